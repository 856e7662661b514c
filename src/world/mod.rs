//! The world's countries and their shapes:
//!
//! - [`country_code`]: [`CountryCode`], the key of a country or territory;
//! - [`geometry`]: the [`World`] of shapes and how its two files add up;
//! - [`world_file`]: the files' format (lon/lat as relative whole numbers on a grid),
//!   read and written;
//! - [`country_path`]: each shape projected to an SVG path, with the box that frames it;
//! - [`adjacency`]: which countries touch, for the map's keyboard navigation;
//! - [`country_names`]: display names in one language.
//!
//! Pure code: nothing here imports leptos or web-sys.

pub mod adjacency;
pub mod country_code;
pub mod country_names;
pub mod country_path;
pub mod geometry;
pub mod world_file;

#[cfg(test)]
mod real_geometry_tests;

pub use adjacency::{Adjacency, Direction};
pub use country_code::CountryCode;
pub use country_names::CountryNames;
pub use country_path::{CountryPath, project_world};
pub use geometry::{CountryShape, OUTER_FILE, WORLD_FILE, World, WorldError, parse_world_files};
pub use world_file::{parse_world, parse_world_value, world_json};
