//! Events (`events.json`): summits, meetings, receptions, forums and other dated happenings.

use serde::Deserialize;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::place::{PLACE, Place, read_place};
use super::records::{Field, Kind, Loaded, Record, Shape};
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

const FILE: Shape = &[Field::new("events", Kind::List)];

const KINDS: &[&str] = &[
    "founding",
    "summit",
    "informal-summit",
    "extraordinary-summit",
    "ministerial-meeting",
    "meeting",
    "reception",
    "forum",
    "youth-forum",
    "training",
    "exchange",
    "adoption",
    "observance",
];
const KIND_VALUES: [EventKind; 13] = [
    EventKind::Founding,
    EventKind::Summit,
    EventKind::InformalSummit,
    EventKind::ExtraordinarySummit,
    EventKind::MinisterialMeeting,
    EventKind::Meeting,
    EventKind::Reception,
    EventKind::Forum,
    EventKind::YouthForum,
    EventKind::Training,
    EventKind::Exchange,
    EventKind::Adoption,
    EventKind::Observance,
];

/// The first is the default.
const STATUSES: &[&str] = &["held", "planned", "possible"];
const STATUS_VALUES: [EventStatus; 3] = [
    EventStatus::Held,
    EventStatus::Planned,
    EventStatus::Possible,
];

const EVENT: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("date", Kind::Any),
    Field::new("title", Kind::Str),
    Field::new("place", Kind::Obj(PLACE)),
    Field::new("countries", Kind::StrsOr),
    Field::new("kind", Kind::Word(KINDS)),
    Field::new("status", Kind::WordOr(STATUSES)),
    Field::new("summary", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Reads and checks `events.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> Loaded<Event> {
    let Some(mut file) = c.parse_file(text, FILE) else {
        return Loaded::default();
    };
    c.load_list("events", "id", file.list("events"), EVENT, convert)
}

fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Event> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let date = c.date(record, "date", &raw.any("date"));
    let title = c.text(record, "title", raw.str("title"));
    let place = raw
        .obj("place")
        .and_then(|place| read_place(place, c, record, "place"));
    let countries = c.codes(record, "countries", &raw.strs("countries"));
    let summary = c.text(record, "summary", raw.str("summary"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    let kind = KIND_VALUES[raw.word("kind", KINDS)];
    let status = STATUS_VALUES[raw.word("status", STATUSES)];
    if status != EventStatus::Held && uncertainty.is_none() {
        // A journalist must never read an announced event as one that happened.
        c.report(
            record,
            "uncertainty",
            "an event that is planned or possible must say so in an uncertainty note",
        );
    }
    // One exit for every failure keeps the drop code in one place.
    match (date, place, c.error_count() == before) {
        (Some(date), Some(place), true) => Some(Event {
            id,
            date,
            title,
            place,
            countries,
            kind,
            status,
            summary,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}
