//! Events (`events.json`): summits, meetings, receptions, forums and other dated happenings.

use super::checker::{Checker, Json};
use super::date::FuzzyDate;
use super::declare::{record, words};
use super::fields::{Codes, Date, Id, OptText, PlaceIn, Sources, Text, Word, WordOr};
use super::place::Place;
use super::records::{Field, Kind, Loaded, Shape};
use super::source::Source;
use crate::world::CountryCode;

words! {
    /// What sort of happening an event is.
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

words! {
    /// Whether an event took place.
    pub enum EventStatus {
        /// It took place (the default when the file says nothing).
        Held,
        /// It is announced and scheduled but has not happened yet.
        Planned,
        /// It was only mentioned as a possibility.
        Possible,
    }
}

record! {
    /// A dated happening with its place, the countries concerned and its sources.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Event {
        /// Stable kebab-case id, e.g. `washington-solidarity-reception-2025`.
        id: String = Id,
        /// When it happened, as precisely as known.
        date: FuzzyDate = Date,
        /// A short headline.
        title: String = Text,
        /// Where it happened.
        place: Place = PlaceIn,
        /// Countries taking part or concerned, besides the place's country.
        countries: Vec<CountryCode> = Codes,
        /// What sort of event it is.
        kind: EventKind = Word<EventKind>,
        /// Whether it took place.
        status: EventStatus = WordOr<EventStatus>,
        /// What happened, in a few neutral sentences.
        summary: String = Text,
        /// Where it is reported.
        sources: Vec<Source> = Sources,
        /// Why the event or its date is uncertain, if it is.
        uncertainty: Option<String> = OptText,
        check(c, record) {
            if status != EventStatus::Held && uncertainty.is_none() {
                // A journalist must never read an announced event as one that happened.
                c.report(
                    record,
                    "uncertainty",
                    "an event that is planned or possible must say so in an uncertainty note",
                );
            }
        }
    }
}

impl Event {
    /// True when the event took place in the country or lists it among its countries.
    pub fn concerns(&self, code: CountryCode) -> bool {
        self.place.country == code || self.countries.contains(&code)
    }
}

const FILE: Shape = &[Field::new("events", Kind::List)];

/// Reads and checks `events.json`.
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> Loaded<Event> {
    let Some(mut file) = c.parse_file(json, FILE) else {
        return Loaded::default();
    };
    c.load_list(&mut file, "events", "id")
}
