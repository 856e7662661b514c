//! Tests over whole datasets: one broken fixture per kind of problem, and the real files.

#[cfg(not(target_arch = "wasm32"))]
mod fixtures;
mod real_data;
