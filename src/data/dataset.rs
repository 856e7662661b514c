//! `Dataset`: the seven data files, parsed, checked against one another and against the
//! map's country codes, and then only read.

use serde_json::Value;

use super::changelog::{self, LogEntry};
use super::checker::{Checker, Json};
use super::country::{self, Country};
use super::cross_check::{self, References};
use super::diaspora;
use super::error::DataError;
use super::event::{self, Event};
use super::figure::Figure;
use super::initiative::Initiative;
use super::institution::Institution;
use super::organization::{self, Organization};
use super::publisher::{self, Publisher};
use super::quote::{self, Quote};
use super::records;
use crate::world::CountryCode;

/// The name of the countries file.
pub const COUNTRIES_FILE: &str = "countries.json";
/// The name of the events file.
pub const EVENTS_FILE: &str = "events.json";
/// The name of the quotes file.
pub const QUOTES_FILE: &str = "quotes.json";
/// The name of the diaspora file.
pub const DIASPORA_FILE: &str = "diaspora.json";
/// The name of the organisation file.
pub const ORGANIZATION_FILE: &str = "organization.json";
/// The name of the publishers registry.
pub const PUBLISHERS_FILE: &str = "publishers.json";
/// The name of the corrections and additions log.
pub const CHANGELOG_FILE: &str = "changelog.json";
/// All seven file names, in the order of [`DataFiles`].
pub const FILE_NAMES: [&str; 7] = [
    COUNTRIES_FILE,
    EVENTS_FILE,
    QUOTES_FILE,
    DIASPORA_FILE,
    ORGANIZATION_FILE,
    PUBLISHERS_FILE,
    CHANGELOG_FILE,
];

/// What the app reads in place of `quotes.json` until it is needed: the map's first view
/// does without quotes (they are read in a country's panel), so the app downloads the
/// file on demand and builds the dataset from this empty list meanwhile.
pub const NO_QUOTES: &str = r#"{"quotes":[]}"#;
/// What the app reads in place of `diaspora.json` until it is needed (a country's panel,
/// the diaspora layer, the table view, a data download): see [`NO_QUOTES`].
pub const NO_DIASPORA: &str = r#"{"institutions":[],"initiatives":[],"figures":[]}"#;
/// What the app reads in place of `publishers.json` until the details are needed: sources
/// are then labelled by their host.
pub const NO_PUBLISHERS: &str = r#"{"publishers":[]}"#;
/// What the app reads in place of `changelog.json` until the details are needed.
pub const NO_CHANGELOG: &str = r#"{"entries":[]}"#;

/// The text of the seven data files, however the caller obtained it (fetched by the browser,
/// read from disk, or embedded with `include_str!`).
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    /// The text of `countries.json`.
    pub countries: &'a str,
    /// The text of `events.json`.
    pub events: &'a str,
    /// The text of `quotes.json`.
    pub quotes: &'a str,
    /// The text of `diaspora.json`.
    pub diaspora: &'a str,
    /// The text of `organization.json`.
    pub organization: &'a str,
    /// The text of `publishers.json`.
    pub publishers: &'a str,
    /// The text of `changelog.json`.
    pub changelog: &'a str,
}

impl<'a> DataFiles<'a> {
    /// The texts in the order of [`FILE_NAMES`].
    pub fn from_texts(texts: &'a [String; 7]) -> DataFiles<'a> {
        DataFiles {
            countries: &texts[0],
            events: &texts[1],
            quotes: &texts[2],
            diaspora: &texts[3],
            organization: &texts[4],
            publishers: &texts[5],
            changelog: &texts[6],
        }
    }

    /// `(file name, text)` for each file, in the order of [`FILE_NAMES`].
    pub fn named(&self) -> [(&'static str, &'a str); 7] {
        [
            (COUNTRIES_FILE, self.countries),
            (EVENTS_FILE, self.events),
            (QUOTES_FILE, self.quotes),
            (DIASPORA_FILE, self.diaspora),
            (ORGANIZATION_FILE, self.organization),
            (PUBLISHERS_FILE, self.publishers),
            (CHANGELOG_FILE, self.changelog),
        ]
    }
}

/// The seven data files already parsed as JSON, for [`Dataset::load_valid_values`]: the app
/// parses them with the browser's `JSON.parse` (see `json_value`), so that the Wasm
/// carries no JSON parser. Each is the file's value, or what the parser said of text that
/// is not JSON (reported as the file's problem, as [`Dataset::load_valid`] reports a
/// syntax error).
#[derive(Clone, Debug)]
pub struct DataValues {
    /// `countries.json`.
    pub countries: Result<Value, String>,
    /// `events.json`.
    pub events: Result<Value, String>,
    /// `quotes.json`.
    pub quotes: Result<Value, String>,
    /// `diaspora.json`.
    pub diaspora: Result<Value, String>,
    /// `organization.json`.
    pub organization: Result<Value, String>,
    /// `publishers.json`.
    pub publishers: Result<Value, String>,
    /// `changelog.json`.
    pub changelog: Result<Value, String>,
}

impl DataValues {
    /// The values in the order of [`FILE_NAMES`].
    pub fn from_files(files: [Result<Value, String>; 7]) -> DataValues {
        let mut files = files.into_iter();
        // Seven files for seven fields: `next` never runs out.
        let mut next = || files.next().unwrap_or_else(|| Err(String::new()));
        DataValues {
            countries: next(),
            events: next(),
            quotes: next(),
            diaspora: next(),
            organization: next(),
            publishers: next(),
            changelog: next(),
        }
    }

    /// The values in the order of [`FILE_NAMES`].
    fn into_files(self) -> [Result<Value, String>; 7] {
        [
            self.countries,
            self.events,
            self.quotes,
            self.diaspora,
            self.organization,
            self.publishers,
            self.changelog,
        ]
    }
}

/// The texts of the seven data files read from disk, for the native tools (`check-data`,
/// `build-previews`) and the tests; the app never uses it, so it adds nothing to the Wasm.
/// [`DataTexts::files`] lends them as [`DataFiles`].
#[derive(Clone, Debug)]
pub struct DataTexts([String; 7]);

/// A data file that could not be read.
#[derive(Debug)]
pub struct Unreadable {
    /// The file's name, e.g. `events.json`.
    pub name: &'static str,
    /// Where it was looked for.
    pub path: std::path::PathBuf,
    /// Why it could not be read.
    pub error: std::io::Error,
}

impl std::fmt::Display for Unreadable {
    /// Reads like `cannot read public/data/events.json: No such file or directory (os error 2)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.error)
    }
}

impl DataTexts {
    /// Reads the seven files from the folder `dir`; on failure, every file that could not
    /// be read, in the order of [`FILE_NAMES`].
    pub fn read_dir(dir: &std::path::Path) -> Result<DataTexts, Vec<Unreadable>> {
        Self::read_dirs(&[dir])
    }

    /// Reads each file from the first of `dirs` that has it, so that a folder may hold only
    /// the files that differ from another (a test fixture and its base dataset).
    pub fn read_dirs(dirs: &[&std::path::Path]) -> Result<DataTexts, Vec<Unreadable>> {
        let mut unreadable = Vec::new();
        let texts = FILE_NAMES.map(|name| {
            let path = dirs
                .iter()
                .map(|dir| dir.join(name))
                .find(|path| path.exists())
                .or_else(|| dirs.last().map(|dir| dir.join(name)))
                .unwrap_or_else(|| name.into());
            std::fs::read_to_string(&path).unwrap_or_else(|error| {
                unreadable.push(Unreadable { name, path, error });
                String::new()
            })
        });
        if unreadable.is_empty() {
            Ok(DataTexts(texts))
        } else {
            Err(unreadable)
        }
    }

    /// The texts, as [`Dataset::load`] takes them.
    pub fn files(&self) -> DataFiles<'_> {
        DataFiles::from_texts(&self.0)
    }

    /// The text of one file, by its name in [`FILE_NAMES`], to change it (a test breaking a
    /// file).
    pub fn text_mut(&mut self, name: &str) -> Option<&mut String> {
        let index = FILE_NAMES.iter().position(|n| *n == name)?;
        self.0.get_mut(index)
    }
}

/// Every fact of the atlas, checked. Immutable: built once by [`Dataset::load`], then
/// read through its accessors and queries (see `query.rs`).
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    countries: Vec<Country>,
    events: Vec<Event>,
    quotes: Vec<Quote>,
    institutions: Vec<Institution>,
    initiatives: Vec<Initiative>,
    figures: Vec<Figure>,
    organization: Organization,
    publishers: Vec<Publisher>,
    changelog: Vec<LogEntry>,
}

impl Dataset {
    /// Parses and checks the seven files, all or nothing: `check-data` and the build use
    /// it. `known_codes` says which country codes the map geometry has; every code in the
    /// data must be one of them. Returns every problem found, in file order, when there is
    /// any.
    pub fn load(
        files: &DataFiles<'_>,
        known_codes: &dyn Fn(CountryCode) -> bool,
    ) -> Result<Dataset, Vec<DataError>> {
        match Self::load_valid(files, known_codes) {
            (Some(dataset), errors) if errors.is_empty() => Ok(dataset),
            (_, errors) if !errors.is_empty() => Err(errors),
            // A missing organisation always comes with a reported problem; the fallback
            // keeps this path from ever returning an empty error list.
            _ => Err(vec![DataError::in_file(
                ORGANIZATION_FILE,
                "could not be read",
            )]),
        }
    }

    /// Like [`Dataset::load`], but keeps every record that passed its own checks, with the
    /// problems found: the browser shows what it can and reports the rest in one notice.
    /// `None` only when `organization.json` itself cannot be read.
    pub fn load_valid(
        files: &DataFiles<'_>,
        known_codes: &dyn Fn(CountryCode) -> bool,
    ) -> (Option<Dataset>, Vec<DataError>) {
        let json = files.named().map(|(_, text)| records::parse_json(text));
        Self::load_json(DataValues::from_files(json), known_codes)
    }

    /// Like [`Dataset::load_valid`], from the files already parsed as JSON (the app's way:
    /// see [`DataValues`]).
    pub fn load_valid_values(
        values: DataValues,
        known_codes: &dyn Fn(CountryCode) -> bool,
    ) -> (Option<Dataset>, Vec<DataError>) {
        let json = |value: Json| value.map_err(|reason| format!("invalid JSON: {reason}"));
        let values = DataValues::from_files(values.into_files().map(json));
        Self::load_json(values, known_codes)
    }

    /// [`Dataset::load_valid`] of the seven files' JSON, a syntax error already worded.
    fn load_json(
        files: DataValues,
        known_codes: &dyn Fn(CountryCode) -> bool,
    ) -> (Option<Dataset>, Vec<DataError>) {
        let mut errors = Vec::new();
        let countries = country::load(
            files.countries,
            &mut Checker::new(COUNTRIES_FILE, &mut errors, known_codes),
        );
        let events = event::load(
            files.events,
            &mut Checker::new(EVENTS_FILE, &mut errors, known_codes),
        );
        let quotes = quote::load(
            files.quotes,
            &mut Checker::new(QUOTES_FILE, &mut errors, known_codes),
        );
        let diaspora = diaspora::load(
            files.diaspora,
            &mut Checker::new(DIASPORA_FILE, &mut errors, known_codes),
        );
        let organization = organization::load(
            files.organization,
            &mut Checker::new(ORGANIZATION_FILE, &mut errors, known_codes),
        );

        let publishers = publisher::load(
            files.publishers,
            &mut Checker::new(PUBLISHERS_FILE, &mut errors, known_codes),
        );
        let changelog = changelog::load(
            files.changelog,
            &mut Checker::new(CHANGELOG_FILE, &mut errors, known_codes),
        );

        cross_check::duplicate_codes(&countries.ids, &mut errors);
        cross_check::duplicate_ids(
            &[
                (EVENTS_FILE, events.ids.as_slice()),
                (QUOTES_FILE, quotes.ids.as_slice()),
                (DIASPORA_FILE, diaspora.institutions.ids.as_slice()),
                (DIASPORA_FILE, diaspora.initiatives.ids.as_slice()),
                (DIASPORA_FILE, diaspora.figures.ids.as_slice()),
                (ORGANIZATION_FILE, organization.ids.as_slice()),
                (CHANGELOG_FILE, changelog.ids.as_slice()),
            ],
            &mut errors,
        );
        let known_record = |id: &str| {
            countries.ids.iter().any(|c| c == id)
                || [
                    &events.ids,
                    &quotes.ids,
                    &diaspora.institutions.ids,
                    &diaspora.initiatives.ids,
                    &diaspora.figures.ids,
                    &organization.ids,
                ]
                .iter()
                .any(|ids| ids.iter().any(|known| known == id))
        };
        cross_check::log_records(&changelog.records, &known_record, &mut errors);
        // Without a readable events.json every reference would look broken; its own error
        // says enough.
        if events.readable {
            cross_check::references(
                &References {
                    event_ids: &events.ids,
                    events: &events.records,
                    quotes: &quotes.records,
                    initiatives: &diaspora.initiatives.records,
                    summits: organization.summits(),
                    observances: organization.observances(),
                },
                &mut errors,
            );
        }
        if let Some(org) = &organization.organization {
            cross_check::offices(org, &mut errors);
        }

        let dataset = organization.organization.map(|organization| Dataset {
            countries: countries.records,
            events: events.records,
            quotes: quotes.records,
            institutions: diaspora.institutions.records,
            initiatives: diaspora.initiatives.records,
            figures: diaspora.figures.records,
            organization,
            publishers: publishers.records,
            changelog: changelog.records,
        });
        (dataset, errors)
    }

    /// A first-view dataset (`first_view.rs`): these records, nothing else.
    pub(crate) fn first_view(
        countries: Vec<Country>,
        events: Vec<Event>,
        organization: Organization,
    ) -> Dataset {
        Dataset {
            countries,
            events,
            quotes: Vec::new(),
            institutions: Vec::new(),
            initiatives: Vec::new(),
            figures: Vec::new(),
            organization,
            publishers: Vec::new(),
            changelog: Vec::new(),
        }
    }

    /// All countries, in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All events, in file order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// All quotes, in file order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// All national diaspora institutions, in file order.
    pub fn institutions(&self) -> &[Institution] {
        &self.institutions
    }

    /// All OTS diaspora initiatives, in file order.
    pub fn initiatives(&self) -> &[Initiative] {
        &self.initiatives
    }

    /// All population figures, in file order.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// The publishers registry (empty until `publishers.json` is loaded).
    pub fn publishers(&self) -> &[Publisher] {
        &self.publishers
    }

    /// The corrections and additions log, in file order (newest first by convention).
    pub fn changelog(&self) -> &[LogEntry] {
        &self.changelog
    }

    /// The organisation: about facts, organs, offices, summits, observances, related bodies.
    pub fn organization(&self) -> &Organization {
        &self.organization
    }
}
