//! Static renderings of the map: standalone SVG documents drawn from the same projected
//! country paths, projection and colours as the interactive map.
//!
//! - [`static_map`]: [`render_svg`] writes a whole SVG document (ocean, countries coloured
//!   by OTS status, an optional highlighted country, title, legend, credit, permalink);
//! - [`boot_map`]: [`boot_map::boot_svg`] writes a small SVG of the app's default view,
//!   inlined into `index.html` as the first paint before the Wasm arrives;
//! - [`xml`]: escaping text for XML and HTML.
//!
//! Pure code (no leptos, no web-sys), deterministic output: the same input gives the same
//! bytes. `build-previews` rasterises these documents into link-preview images; the app can
//! offer them as a download or inline one as a first paint.

pub mod about_html;
pub mod alt_text;
pub mod atom;
pub mod boot_map;
pub mod country_html;
pub mod html;
pub mod item_html;
pub mod legend_html;
pub mod notice_html;
pub mod overlay_html;
pub mod panel_context;
pub mod quotes_html;
pub mod search_html;
pub mod share_html;
pub mod static_map;
pub mod tables_html;
pub mod xml;

pub use static_map::{LegendLabels, StaticMapOptions, render_svg};
