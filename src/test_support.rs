//! Loaders of the real committed files, shared by unit tests across modules.

use crate::data::{DataFiles, Dataset};
use crate::world::{World, parse_world_files};

/// The real geometry: both files, the outer one filled in.
pub fn real_world() -> World {
    parse_world_files(
        include_str!("../public/data/world.geojson"),
        include_str!("../public/data/world-outer.geojson"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// The real data files, validated against the real geometry.
pub fn real_dataset() -> Dataset {
    let world = real_world();
    let files = DataFiles {
        countries: include_str!("../public/data/countries.json"),
        events: include_str!("../public/data/events.json"),
        quotes: include_str!("../public/data/quotes.json"),
        diaspora: include_str!("../public/data/diaspora.json"),
        organization: include_str!("../public/data/organization.json"),
        publishers: include_str!("../public/data/publishers.json"),
        changelog: include_str!("../public/data/changelog.json"),
    };
    Dataset::load(&files, &|code| world.contains(code))
        .unwrap_or_else(|errors| panic!("the real data is invalid: {errors:?}"))
}
