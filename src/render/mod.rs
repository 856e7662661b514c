//! Standalone documents: whole SVG and XML files drawn from the same projected country
//! paths, projection, colours and data as the interactive map.
//!
//! - [`static_map`]: [`render_svg`] writes a whole SVG document (ocean, countries coloured
//!   by OTS status, an optional highlighted country, title, legend, credit, permalink);
//! - [`boot_map`]: [`boot_map::boot_svg`] writes a small SVG of the app's default view,
//!   inlined into `index.html` as the first paint before the Wasm arrives;
//! - [`alt_text`]: the map pictures in words, for their `<desc>` and the share dialog;
//! - [`atom`]: the changelog as an Atom feed (a standalone XML document, written by
//!   `build-previews`);
//! - [`xml`]: escaping text for XML and HTML, the one escaper of the crate (also used by
//!   [`crate::markup::html::Html`] and [`crate::links`]).
//!
//! The fragments of HTML the app sets inside its own elements (panels, tables, overlays,
//! dialogs) are in [`crate::markup`].
//!
//! Pure code (no leptos, no web-sys), deterministic output: the same input gives the same
//! bytes. `build-previews` rasterises these documents into link-preview images; the app can
//! offer them as a download or inline one as a first paint.

pub mod alt_text;
pub mod atom;
pub mod boot_map;
pub mod static_map;
pub mod xml;

pub use static_map::{LegendLabels, StaticMapOptions, render_svg};
