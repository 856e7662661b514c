//! OTS Atlas: an interactive, embeddable map of the Organization of Turkic States.
//!
//! Modules in reading order. `geo`, `world`, `data` and `url_state` are pure Rust with
//! native tests; `ui` (wasm32 only) wires their values to Leptos signals and markup.

pub mod geo;
pub mod world;

#[cfg(target_arch = "wasm32")]
pub mod ui;
