//! The summit index (`organization.json`, list `summits`): which events are summits, their
//! numbering and their host. Dates, places and sources stay in `events.json`.

use super::declare::{record, words};
use super::event::Event;
use super::fields::{Code, OptWhole, Plain, Word};
use crate::world::CountryCode;

record! {
    /// A summit: a reference to its event plus what the event does not say. The event id
    /// is checked later, against `events.json`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Summit {
        /// The id of the summit's event in `events.json`.
        event: String = Plain,
        /// Which numbering it belongs to.
        series: SummitSeries = Word<SummitSeries>,
        /// Its ordinal in the series (`12` for the 12th), when the sources number it.
        number: Option<u32> = OptWhole<u32>,
        /// The host country (for an online summit, the country that convened it).
        host: CountryCode = Code,
        check(c, record) {
            if number == Some(0) {
                c.report(record, "number", "summit numbers start at 1");
            }
        }
    }
}

words! {
    /// Which numbering a summit belongs to.
    pub enum SummitSeries {
        /// Summits of heads of Turkic-speaking states, 1992–2010 (before the Council met as
        /// such).
        TurkicSpeakingStates,
        /// Summits of the Turkic Council and, from 2021, the OTS, numbered from 2011.
        TurkicCouncilOts,
    }
}

/// A summit with its event resolved, as the queries return it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SummitRef<'a> {
    /// The index entry.
    pub summit: &'a Summit,
    /// The event with date, place, summary and sources.
    pub event: &'a Event,
}
