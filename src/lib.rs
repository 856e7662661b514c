//! OTS Atlas: an interactive, embeddable map of the Organization of Turkic States.
//!
//! Modules in reading order. `geo`, `world`, `data` and `url_state` are pure Rust with
//! native tests; `ui` (wasm32 only) wires their values to Leptos signals and markup.
//! `render` writes standalone documents (the SVG maps, the Atom feed), `markup` the HTML
//! and SVG fragments that `ui` sets as an element's content, with `markup::hooks` naming
//! what those fragments and `ui`'s listeners share.

pub mod data;
pub mod geo;
pub mod world;

pub mod citation;
pub mod data_version;
pub mod export;
pub mod gesture;
pub mod i18n;
pub mod links;
pub mod markup;
pub mod overlay;
pub mod page_link;
pub mod quote_filter;
pub mod render;
pub mod search;
pub mod sort;
pub mod url_state;

#[cfg(test)]
mod palette_tests;
#[cfg(test)]
mod test_support;

#[cfg(target_arch = "wasm32")]
pub mod ui;
