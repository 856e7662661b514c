//! The map's overlays as pure data: event markers (with their on-screen layout) and
//! diaspora flows (great-circle arcs with widths on a square-root scale).
//!
//! Nothing here imports leptos or web-sys; the map's overlay layers (`ui::map::overlays`)
//! only turn these values into SVG.

pub mod flows;
pub mod marker_layout;
pub mod markers;
pub mod population_scale;

pub use flows::{Flow, FlowSelection, build_flows, flows_frame};
pub use marker_layout::{Placement, layout_markers};
pub use markers::{Marker, MarkerShape, build_markers};
pub use population_scale::PopulationScale;
