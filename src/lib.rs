//! OTS Atlas: an interactive, embeddable map of the Organization of Turkic States.
//!
//! Modules by layer, each layer reading only the ones above it (ARCHITECTURE.md has the
//! table). All but `ui` are pure Rust with native tests; `ui` (wasm32 only) wires their
//! values to Leptos signals and markup.

// Geometry, the world's countries and the facts.
pub mod data;
pub mod geo;
pub mod world;

// Small shared tools.
pub mod json_value;
pub mod search;
pub mod sort;

// The view: its URL, its text, what is drawn over the map.
pub mod i18n;
pub mod overlay;
pub mod quiz;
pub mod quote_filter;
pub mod tour_steps;
pub mod url_state;

// What the view is turned into: links, citations, exports.
pub mod citation;
pub mod data_version;
pub mod export;
pub mod gesture;
pub mod links;
pub mod page_link;
pub mod qr;

// Writing: standalone documents (`render`: the SVG maps, the Atom feed) and the HTML and
// SVG fragments `ui` sets as an element's content (`markup`, whose `hooks` name what the
// fragments and `ui`'s listeners share).
pub mod markup;
pub mod render;

#[cfg(test)]
mod palette_tests;
#[cfg(test)]
mod test_support;

#[cfg(target_arch = "wasm32")]
pub mod ui;
