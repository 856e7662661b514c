//! `Dataset`: the five data files, parsed, checked against one another and against the
//! map's country codes, and then only read.

use super::checker::Checker;
use super::country::{self, Country};
use super::diaspora;
use super::error::DataError;
use super::event::{self, Event};
use super::figure::Figure;
use super::initiative::Initiative;
use super::institution::Institution;
use super::organization::{self, Organization};
use super::quote::{self, Quote};
use super::validate::{self, References};
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
/// All five file names, in the order of [`DataFiles`].
pub const FILE_NAMES: [&str; 5] = [
    COUNTRIES_FILE,
    EVENTS_FILE,
    QUOTES_FILE,
    DIASPORA_FILE,
    ORGANIZATION_FILE,
];

/// What the app reads in place of `quotes.json` until it is needed: the map's first view
/// does without quotes (they are read in a country's panel), so the app downloads the
/// file on demand and builds the dataset from this empty list meanwhile.
pub const NO_QUOTES: &str = r#"{"quotes":[]}"#;
/// What the app reads in place of `diaspora.json` until it is needed (a country's panel,
/// the diaspora layer, the table view, a data download): see [`NO_QUOTES`].
pub const NO_DIASPORA: &str = r#"{"institutions":[],"initiatives":[],"figures":[]}"#;

/// The text of the five data files, however the caller obtained it (fetched by the browser,
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
}

impl Dataset {
    /// Parses and checks the five files. `known_codes` says which country codes the map
    /// geometry has; every code in the data must be one of them. Returns every problem
    /// found, in file order, when there is any.
    pub fn load(
        files: &DataFiles<'_>,
        known_codes: &dyn Fn(CountryCode) -> bool,
    ) -> Result<Dataset, Vec<DataError>> {
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

        validate::duplicate_codes(&countries.ids, &mut errors);
        validate::duplicate_ids(
            &[
                (EVENTS_FILE, events.ids.as_slice()),
                (QUOTES_FILE, quotes.ids.as_slice()),
                (DIASPORA_FILE, diaspora.institutions.ids.as_slice()),
                (DIASPORA_FILE, diaspora.initiatives.ids.as_slice()),
                (DIASPORA_FILE, diaspora.figures.ids.as_slice()),
                (ORGANIZATION_FILE, organization.ids.as_slice()),
            ],
            &mut errors,
        );
        // Without a readable events.json every reference would look broken; its own error
        // says enough.
        if events.readable {
            validate::references(
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
            validate::offices(org, &mut errors);
        }

        match organization.organization {
            Some(organization) if errors.is_empty() => Ok(Dataset {
                countries: countries.records,
                events: events.records,
                quotes: quotes.records,
                institutions: diaspora.institutions.records,
                initiatives: diaspora.initiatives.records,
                figures: diaspora.figures.records,
                organization,
            }),
            // A missing organisation always comes with a reported problem; the fallback
            // keeps this path from ever returning an empty error list.
            _ if errors.is_empty() => Err(vec![DataError::in_file(
                ORGANIZATION_FILE,
                "could not be read",
            )]),
            _ => Err(errors),
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

    /// The organisation: about facts, organs, offices, summits, observances, related bodies.
    pub fn organization(&self) -> &Organization {
        &self.organization
    }
}
