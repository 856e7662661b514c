//! Loaders of the real committed files, shared by unit tests across modules.

use crate::data::{DataFiles, Dataset, FILE_NAMES};
use crate::world::{World, parse_world_files};

/// The real geometry: both files, the outer one filled in.
pub fn real_world() -> World {
    parse_world_files(
        include_str!("../public/data/world.geojson"),
        include_str!("../public/data/world-outer.geojson"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// The real data files, in the order of [`FILE_NAMES`].
const REAL_TEXTS: [&str; 7] = [
    include_str!("../public/data/countries.json"),
    include_str!("../public/data/events.json"),
    include_str!("../public/data/quotes.json"),
    include_str!("../public/data/diaspora.json"),
    include_str!("../public/data/organization.json"),
    include_str!("../public/data/publishers.json"),
    include_str!("../public/data/changelog.json"),
];

/// The real data files, validated against the real geometry.
pub fn real_dataset() -> Dataset {
    load(&REAL_TEXTS.map(str::to_owned))
}

/// The real data with one file (`events.json`, …) changed by `edit`: for a test that needs
/// a record the real data lacks (an arc across the Pacific, a planned event with a pin).
/// The result must still be valid.
pub fn real_dataset_editing(file: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Dataset {
    let mut texts = REAL_TEXTS.map(str::to_owned);
    let index = FILE_NAMES
        .iter()
        .position(|name| *name == file)
        .unwrap_or_else(|| panic!("no data file {file}"));
    let mut json: serde_json::Value =
        serde_json::from_str(&texts[index]).unwrap_or_else(|e| panic!("{file}: {e}"));
    edit(&mut json);
    texts[index] = json.to_string();
    load(&texts)
}

fn load(texts: &[String; 7]) -> Dataset {
    let world = real_world();
    Dataset::load(&DataFiles::from_texts(texts), &|code| world.contains(code))
        .unwrap_or_else(|errors| panic!("the real data is invalid: {errors:?}"))
}
