//! The world's country shapes: codes, GeoJSON parsing and projected paths.
//!
//! Pure code: nothing here imports leptos or web-sys.

pub mod adjacency;
pub mod country_code;
pub mod country_names;
pub mod country_path;
pub mod world_geometry;

#[cfg(test)]
mod real_geometry_tests;

pub use adjacency::{Adjacency, Direction};
pub use country_code::CountryCode;
pub use country_names::CountryNames;
pub use country_path::{CountryPath, project_world};
pub use world_geometry::{
    CountryShape, OUTER_FILE, WORLD_FILE, World, WorldError, parse_world, parse_world_files,
};
