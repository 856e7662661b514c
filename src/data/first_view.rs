//! `first-view.json`: one small file with only what the map's default first view shows,
//! written at build time from the committed files (`build-previews`), so that the first
//! load does not download `countries.json`, `events.json` and `organization.json` whole.
//! The app reads it into a [`Dataset`] the first view can use, and fetches the full files
//! once the map is ready (or at once for a view that needs them:
//! `MapState::needs_details`, the same rule as the page's inline preload script).
//!
//! What the first view reads, and so what the file keeps:
//!
//! - the map's colours and the year slider (`Dataset::status_in_year`), the About panel's
//!   members and observers (`ots_countries`) and the map pictures' words (`alt_text`):
//!   each OTS country's code and membership status, since and founding flag;
//! - the markers and their tooltips (`overlay::build_markers`) and the About panel's
//!   summits: each event's id, date, title, place (name, country, pin), kind and status;
//! - the About panel: the organisation's names, date, facts (with their sources and
//!   uncertainty notes), organs, the current Secretary-General and chair, and the summits.
//!
//! Left for the full files: countries outside the OTS, names, capitals, codes, notes and
//! sources of countries; events' countries, summaries, sources, uncertainty notes and
//! place notes; past offices, observances, related bodies and observer organisations.
//! Measured on the December 2026 data (brotli 11, minified): the three files 24.2 KB,
//! this file 7.3 KB. The data files hold English text only: there are no translations to
//! carry (interface text comes from `i18n`, country names from `names/<lang>.json`).
//!
//! A `Dataset` read from this file is a first-view dataset: every query the first view
//! asks answers as it does on the full files (the tests below, and those of
//! `markup::about`, `overlay::markers` and `render::alt_text`), the others may not; the
//! views that ask them wait for the full files (`details_ready`).

use serde_json::{Map, Value};

use super::checker::{Checker, Json};
use super::country::{Country, Membership, Status};
use super::cross_check::{self, References};
use super::dataset::{DataFiles, Dataset};
use super::date::FuzzyDate;
use super::declare::{reader, record};
use super::error::DataError;
use super::event::{Event, EventKind, EventStatus};
use super::fields::{Code, Date, Id, PlaceIn, Text, Word, WordOr, Words};
use super::organization;
use super::place::Place;
use super::records::{Field, Kind, Loaded, Shape};
use crate::world::CountryCode;

/// The file's name, next to the full files in `data/`.
pub const FIRST_VIEW_FILE: &str = "first-view.json";

/// The event fields the first view reads.
const EVENT_FIELDS: [&str; 6] = ["id", "date", "title", "place", "kind", "status"];
/// The place fields the first view reads (its note is shown in an event's panel only).
const PLACE_FIELDS: [&str; 4] = ["name", "country", "lon", "lat"];
/// The membership fields the first view reads.
const MEMBERSHIP_FIELDS: [&str; 3] = ["status", "since", "founding_member"];
/// The organisation's lists the About panel does not show: written empty.
const ORGANIZATION_LATER: [&str; 3] = ["observances", "related_bodies", "observer_organizations"];
/// The organisation's offices, of which the About panel shows the current holder (the one
/// without an end date).
const OFFICES: [&str; 2] = ["secretaries_general", "chairmanships"];

/// The text of `first-view.json` from the texts of the committed files (build time; the
/// files have passed `Dataset::load`). Records keep their fields as written, so the app
/// reads them with the same field readers.
pub fn first_view_json(files: &DataFiles<'_>) -> Result<String, String> {
    let parse = |name: &str, text: &str| {
        super::records::parse_json(text).map_err(|message| format!("{name}: {message}"))
    };
    let countries = parse("countries.json", files.countries)?;
    let events = parse("events.json", files.events)?;
    let mut organization = parse("organization.json", files.organization)?;
    let countries: Vec<Value> = list(&countries, "countries")
        .iter()
        .filter_map(|country| {
            let membership = country.get("membership")?;
            let mut out = Map::new();
            out.insert("code".to_owned(), country.get("code")?.clone());
            out.insert(
                "membership".to_owned(),
                Value::Object(pick(membership, &MEMBERSHIP_FIELDS)),
            );
            Some(Value::Object(out))
        })
        .collect();
    let events: Vec<Value> = list(&events, "events")
        .iter()
        .map(|event| {
            let mut out = pick(event, &EVENT_FIELDS);
            if let Some(place) = event.get("place") {
                out.insert(
                    "place".to_owned(),
                    Value::Object(pick(place, &PLACE_FIELDS)),
                );
            }
            Value::Object(out)
        })
        .collect();
    if let Value::Object(org) = &mut organization {
        for name in ORGANIZATION_LATER {
            org.insert(name.to_owned(), Value::Array(Vec::new()));
        }
        for name in OFFICES {
            if let Some(Value::Array(terms)) = org.get_mut(name) {
                terms.retain(|term| term.get("to").is_none_or(Value::is_null));
            }
        }
    }
    let mut file = Map::new();
    file.insert("countries".to_owned(), Value::Array(countries));
    file.insert("events".to_owned(), Value::Array(events));
    file.insert("organization".to_owned(), organization);
    serde_json::to_string(&Value::Object(file)).map_err(|e| e.to_string())
}

/// The list `name` of a file (empty when it has none).
fn list<'a>(file: &'a Value, name: &str) -> &'a [Value] {
    file.get(name)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The fields `names` of an object that it has, in that order.
fn pick(value: &Value, names: &[&str]) -> Map<String, Value> {
    names
        .iter()
        .filter_map(|name| Some(((*name).to_owned(), value.get(*name)?.clone())))
        .collect()
}

record! {
    /// An OTS country as the first view needs it.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FirstViewCountry {
        /// The code of its map shape.
        code: CountryCode = Code,
        /// Its OTS standing.
        membership: Membership = Standing,
    }
}

record! {
    /// An event as the first view needs it: a marker, its tooltip, a summit's line.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FirstViewEvent {
        /// Stable kebab-case id.
        id: String = Id,
        /// When it happened.
        date: FuzzyDate = Date,
        /// A short headline.
        title: String = Text,
        /// Where it happened.
        place: Place = PlaceIn,
        /// What sort of event it is.
        kind: EventKind = Word<EventKind>,
        /// Whether it took place.
        status: EventStatus = WordOr<EventStatus>,
    }
}

/// A membership as the first view needs it.
const STANDING: Shape = &[
    Field::new("status", Kind::Word(Status::WORDS)),
    Field::new("since", Kind::Any),
    Field::new("founding_member", Kind::Bool),
];

reader! {
    /// An OTS standing of the [`STANDING`] shape (its sources and note come with the full
    /// files).
    Standing: Kind::Obj(STANDING) => required Membership, |raw, field, c, record| {
        let mut m = raw.obj(field)?;
        let since = c.date(record, "membership.since", &m.any("since"))?;
        Some(Membership {
            status: Status::nth(m.word("status", Status::WORDS)),
            since,
            founding_member: m.bool("founding_member"),
            sources: Vec::new(),
            uncertainty: None,
        })
    }
}

/// The file's shape.
const FILE: Shape = &[
    Field::new("countries", Kind::List),
    Field::new("events", Kind::List),
    Field::new("organization", Kind::Any),
];

impl Dataset {
    /// Reads `first-view.json` (parsed as JSON, as [`Dataset::load_valid_values`] takes the
    /// files) into a first-view dataset, keeping every valid record and reporting the
    /// others against the file; `None` when its organisation cannot be read.
    pub fn load_first_view(
        json: Result<Value, String>,
        known_codes: &dyn Fn(CountryCode) -> bool,
    ) -> (Option<Dataset>, Vec<DataError>) {
        let mut errors = Vec::new();
        let json: Json = json.map_err(|reason| format!("invalid JSON: {reason}"));
        let mut c = Checker::new(FIRST_VIEW_FILE, &mut errors, known_codes);
        let Some(mut file) = c.parse_file(json, FILE) else {
            return (None, errors);
        };
        let countries: Loaded<FirstViewCountry> = c.load_list(&mut file, "countries", "code");
        let events: Loaded<FirstViewEvent> = c.load_list(&mut file, "events", "id");
        let organization = organization::load_first_view(Ok(file.any("organization")), &mut c);
        let event_ids = events.ids;
        let events: Vec<Event> = events.records.into_iter().map(Event::from).collect();
        cross_check::references(
            &References {
                event_ids: &event_ids,
                events: &events,
                quotes: &[],
                initiatives: &[],
                summits: organization.summits(),
                observances: organization.observances(),
            },
            &mut errors,
        );
        let countries = countries.records.into_iter().map(Country::from).collect();
        let dataset = organization
            .organization
            .map(|organization| Dataset::first_view(countries, events, organization));
        (dataset, errors)
    }
}

impl From<FirstViewEvent> for Event {
    /// The event, without what the first view does not show.
    fn from(e: FirstViewEvent) -> Event {
        Event {
            id: e.id,
            date: e.date,
            title: e.title,
            place: e.place,
            countries: Vec::new(),
            kind: e.kind,
            status: e.status,
            summary: String::new(),
            sources: Vec::new(),
            uncertainty: None,
        }
    }
}

impl From<FirstViewCountry> for Country {
    /// The country, without what the first view does not show.
    fn from(c: FirstViewCountry) -> Country {
        Country {
            code: c.code,
            name: String::new(),
            official_name: None,
            iso_a2: None,
            iso_n3: None,
            capital: None,
            membership: Some(c.membership),
            notes: Vec::new(),
            sources: Vec::new(),
            uncertainty: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{
        real_data_files, real_dataset_before_details as full, real_dataset_first_view, real_world,
    };

    #[test]
    fn the_file_is_read_back_without_a_problem() {
        let world = real_world();
        let text = first_view_json(&real_data_files()).expect("written");
        let json = serde_json::from_str(&text).map_err(|e| e.to_string());
        let (data, errors) = Dataset::load_first_view(json, &|code| world.contains(code));
        assert_eq!(errors, []);
        assert!(data.is_some());
    }

    #[test]
    fn the_colours_and_the_about_lists_are_those_of_the_full_files() {
        let (lite, full) = (real_dataset_first_view(), full());
        let codes = |d: &Dataset| -> Vec<CountryCode> {
            d.ots_countries().iter().map(|c| c.code).collect()
        };
        assert_eq!(codes(&lite), codes(&full));
        assert!(codes(&full).len() >= 8);
        for country in full.countries() {
            for year in 1990..=2030 {
                assert_eq!(
                    lite.status_in_year(country.code, year),
                    full.status_in_year(country.code, year),
                    "{} in {year}",
                    country.code
                );
            }
            let founding = |d: &Dataset| {
                d.country(country.code)
                    .and_then(|c| c.membership.as_ref())
                    .map(|m| (m.since, m.founding_member))
            };
            assert_eq!(founding(&lite), founding(&full));
        }
    }

    #[test]
    fn every_event_keeps_what_its_marker_and_its_summit_line_show() {
        let (lite, full) = (real_dataset_first_view(), full());
        assert_eq!(lite.events().len(), full.events().len());
        for (a, b) in lite.events().iter().zip(full.events()) {
            assert_eq!(
                (&a.id, a.date, &a.title, a.kind, a.status),
                (&b.id, b.date, &b.title, b.kind, b.status)
            );
            assert_eq!(
                (&a.place.name, a.place.country, a.place.position),
                (&b.place.name, b.place.country, b.place.position)
            );
        }
        let summits = |d: &Dataset| -> Vec<(String, String)> {
            d.summits()
                .iter()
                .map(|s| (s.summit.event.clone(), s.event.title.clone()))
                .collect()
        };
        assert_eq!(summits(&lite), summits(&full));
        assert!(!summits(&full).is_empty());
    }

    #[test]
    fn the_organisation_keeps_what_the_about_panel_shows() {
        let (lite, full) = (real_dataset_first_view(), full());
        let (a, b) = (lite.organization(), full.organization());
        assert_eq!(
            (&a.name, &a.short_name, &a.former_name, a.as_of),
            (&b.name, &b.short_name, &b.former_name, b.as_of)
        );
        assert_eq!(a.facts, b.facts);
        assert_eq!(a.organs, b.organs);
        assert_eq!(
            lite.current_secretary_general(),
            full.current_secretary_general()
        );
        assert_eq!(lite.current_chair(), full.current_chair());
        assert!(full.current_chair().is_some() && full.current_secretary_general().is_some());
    }

    #[test]
    fn what_the_first_view_does_not_show_is_left_out() {
        let text = first_view_json(&real_data_files()).expect("written");
        let files = real_data_files();
        let full = files.countries.len() + files.events.len() + files.organization.len();
        assert!(text.len() * 4 < full, "{} bytes of {full}", text.len());
        for later in [
            "\"summary\"",
            "\"sources\":[\"https://www.iso.org",
            "\"notes\"",
        ] {
            assert!(!text.contains(later), "{later}");
        }
        let lite = real_dataset_first_view();
        assert!(lite.events().iter().all(|e| e.summary.is_empty()));
        assert!(lite.countries().iter().all(|c| c.membership.is_some()));
        assert!(lite.organization().observances.is_empty());
    }

    #[test]
    fn a_damaged_file_is_reported_by_name_and_record() {
        let world = real_world();
        let known = |code| world.contains(code);
        let (data, errors) = Dataset::load_first_view(Err("Unexpected token".into()), &known);
        assert!(data.is_none());
        assert_eq!(
            errors[0].to_string(),
            "first-view.json: invalid JSON: Unexpected token"
        );
        let text = first_view_json(&real_data_files()).expect("written");
        let mut json: Value = serde_json::from_str(&text).expect("JSON");
        json["events"][0]["date"] = Value::from("1992-13");
        json["countries"][0]["membership"]["status"] = Value::from("friend");
        let (data, errors) = Dataset::load_first_view(Ok(json), &known);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages
                .iter()
                .all(|m| m.starts_with("first-view.json: record "))
        );
        // The other records are kept.
        let data = data.expect("the organisation is readable");
        assert_eq!(data.events().len() + 1, full().events().len());
        let (none, errors) = Dataset::load_first_view(Ok(Value::from(3)), &known);
        assert!(none.is_none());
        assert!(errors[0].to_string().contains("expected an object"));
    }
}
