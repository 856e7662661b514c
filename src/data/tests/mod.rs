//! Tests over whole datasets: one broken fixture per kind of problem, the checks across
//! records on the real files with one fault each, and the real files.

#[cfg(not(target_arch = "wasm32"))]
mod cross_checks;
#[cfg(not(target_arch = "wasm32"))]
mod fixtures;
mod real_data;
