//! Loaders of the real committed files, shared by unit tests across modules.

use crate::data::{DataFiles, Dataset};
use crate::world::{World, parse_world_files};

/// The real geometry: both files, the outer one filled in.
pub fn real_world() -> World {
    parse_world_files(
        include_str!("../public/data/world.json"),
        include_str!("../public/data/world-outer.json"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// The real data files, validated against the real geometry.
pub fn real_dataset() -> Dataset {
    load(&real_files())
}

/// The real data with one file (`events.json`, …) changed by `edit`: for a test that needs
/// a record the real data lacks (an arc across the Pacific, a planned event with a pin).
/// The result must still be valid.
pub fn real_dataset_editing(file: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Dataset {
    load(&DataFiles::from_texts(&real_texts_editing(file, edit)))
}

/// The problems the real data has with one file (`events.json`, …) changed by `edit`, as
/// `check-data` prints them (none: an empty list).
pub fn real_data_problems_editing(
    file: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) -> Vec<String> {
    let texts = real_texts_editing(file, edit);
    let world = real_world();
    match Dataset::load(&DataFiles::from_texts(&texts), &|code| world.contains(code)) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The real files' texts, with `file` changed by `edit`.
fn real_texts_editing(file: &str, edit: impl FnOnce(&mut serde_json::Value)) -> [String; 7] {
    let named = real_files().named();
    let index = named
        .iter()
        .position(|(name, _)| *name == file)
        .unwrap_or_else(|| panic!("no data file {file}"));
    let mut texts = named.map(|(_, text)| text.to_owned());
    let mut json: serde_json::Value =
        serde_json::from_str(&texts[index]).unwrap_or_else(|e| panic!("{file}: {e}"));
    edit(&mut json);
    texts[index] = json.to_string();
    texts
}

/// The real data files' texts.
pub fn real_data_files() -> DataFiles<'static> {
    real_files()
}

/// The full committed files as the app holds them before the quotes, diaspora,
/// publishers and changelog files arrive (the state `first-view.json` stands in for).
pub fn real_dataset_before_details() -> Dataset {
    use crate::data::{NO_CHANGELOG, NO_DIASPORA, NO_PUBLISHERS, NO_QUOTES};
    load(&DataFiles {
        quotes: NO_QUOTES,
        diaspora: NO_DIASPORA,
        publishers: NO_PUBLISHERS,
        changelog: NO_CHANGELOG,
        ..real_files()
    })
}

/// The dataset the app reads from `first-view.json` as the build writes it from the real
/// files (`data::first_view`).
pub fn real_dataset_first_view() -> Dataset {
    let world = real_world();
    let text =
        crate::data::first_view::first_view_json(&real_files()).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::from_str(&text).map_err(|e| e.to_string());
    let (data, errors) = Dataset::load_first_view(json, &|code| world.contains(code));
    assert_eq!(errors, [], "first-view.json is read back without a problem");
    data.unwrap_or_else(|| panic!("first-view.json has its organisation"))
}

fn real_files() -> DataFiles<'static> {
    DataFiles {
        countries: include_str!("../public/data/countries.json"),
        events: include_str!("../public/data/events.json"),
        quotes: include_str!("../public/data/quotes.json"),
        diaspora: include_str!("../public/data/diaspora.json"),
        organization: include_str!("../public/data/organization.json"),
        publishers: include_str!("../public/data/publishers.json"),
        changelog: include_str!("../public/data/changelog.json"),
    }
}

fn load(files: &DataFiles<'_>) -> Dataset {
    let world = real_world();
    Dataset::load(files, &|code| world.contains(code))
        .unwrap_or_else(|errors| panic!("the real data is invalid: {errors:?}"))
}
