//! Events (`events.json`): summits, meetings, receptions, forums and other dated happenings.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::place::{Place, RawPlace};
use super::records::Loaded;
use super::source::Source;
use crate::world::CountryCode;

/// What sort of happening an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// The founding of the organisation (the 2009 Nakhchivan Agreement).
    Founding,
    /// A regular summit of heads of state.
    Summit,
    /// An informal summit of heads of state.
    InformalSummit,
    /// An extraordinary summit of heads of state.
    ExtraordinarySummit,
    /// A meeting of ministers and heads of institutions (for example of diaspora bodies).
    MinisterialMeeting,
    /// A meeting of officials or diplomats.
    Meeting,
    /// A reception.
    Reception,
    /// A forum open to organisations beyond governments.
    Forum,
    /// A forum for young people.
    YouthForum,
    /// A training programme session.
    Training,
    /// An exchange-of-experience programme.
    Exchange,
    /// The adoption or approval of a document.
    Adoption,
    /// The proclamation of an observance (a day).
    Observance,
}

impl EventKind {
    /// True for gatherings of heads of state (regular, informal, extraordinary) and for the
    /// founding summit.
    pub fn is_summit(self) -> bool {
        matches!(
            self,
            Self::Founding | Self::Summit | Self::InformalSummit | Self::ExtraordinarySummit
        )
    }

    /// A short English label, e.g. `informal summit`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Founding => "founding",
            Self::Summit => "summit",
            Self::InformalSummit => "informal summit",
            Self::ExtraordinarySummit => "extraordinary summit",
            Self::MinisterialMeeting => "ministerial meeting",
            Self::Meeting => "meeting",
            Self::Reception => "reception",
            Self::Forum => "forum",
            Self::YouthForum => "youth forum",
            Self::Training => "training",
            Self::Exchange => "exchange of experience",
            Self::Adoption => "adoption",
            Self::Observance => "observance",
        }
    }
}

/// Whether an event took place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    /// It took place (the default when the file says nothing).
    #[default]
    Held,
    /// It is announced and scheduled but has not happened yet.
    Planned,
    /// It was only mentioned as a possibility.
    Possible,
}

/// A dated happening with its place, the countries concerned and its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable kebab-case id, e.g. `washington-solidarity-reception-2025`.
    pub id: String,
    /// When it happened, as precisely as known.
    pub date: FuzzyDate,
    /// A short headline.
    pub title: String,
    /// Where it happened.
    pub place: Place,
    /// Countries taking part or concerned, besides the place's country.
    pub countries: Vec<CountryCode>,
    /// What sort of event it is.
    pub kind: EventKind,
    /// Whether it took place.
    pub status: EventStatus,
    /// What happened, in a few neutral sentences.
    pub summary: String,
    /// Where it is reported.
    pub sources: Vec<Source>,
    /// Why the event or its date is uncertain, if it is.
    pub uncertainty: Option<String>,
}

impl Event {
    /// True when the event took place in the country or lists it among its countries.
    pub fn concerns(&self, code: CountryCode) -> bool {
        self.place.country == code || self.countries.contains(&code)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    events: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    date: Value,
    title: String,
    place: RawPlace,
    #[serde(default)]
    countries: Vec<String>,
    kind: EventKind,
    #[serde(default)]
    status: EventStatus,
    summary: String,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

/// Reads and checks `events.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> Loaded<Event> {
    let Some(file) = c
        .parse_json(text)
        .and_then(|value| c.parse_shape::<RawFile>(None, value))
    else {
        return Loaded::default();
    };
    c.load_list("events", "id", file.events, convert)
}

fn convert(raw: RawEvent, c: &mut Checker<'_>, record: &str) -> Option<Event> {
    let before = c.error_count();
    c.id(record, &raw.id);
    let date = c.date(record, "date", &raw.date);
    let title = c.text(record, "title", raw.title);
    let place = raw.place.convert(c, record, "place");
    let countries = c.codes(record, "countries", &raw.countries);
    let summary = c.text(record, "summary", raw.summary);
    let sources = c.sources(record, "sources", &raw.sources);
    let uncertainty = c.optional_text(record, "uncertainty", raw.uncertainty);
    if raw.status != EventStatus::Held && uncertainty.is_none() {
        // A journalist must never read an announced event as one that happened.
        c.report(
            record,
            "uncertainty",
            "an event that is planned or possible must say so in an uncertainty note",
        );
    }
    if c.error_count() > before {
        return None;
    }
    Some(Event {
        id: raw.id,
        date: date?,
        title,
        place: place?,
        countries,
        kind: raw.kind,
        status: raw.status,
        summary,
        sources,
        uncertainty,
    })
}
