//! The summit index (`organization.json`, list `summits`): which events are summits, their
//! numbering and their host. Dates, places and sources stay in `events.json`.

use serde::Deserialize;

use super::checker::Checker;
use super::event::Event;
use crate::world::CountryCode;

/// Which numbering a summit belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SummitSeries {
    /// Summits of heads of Turkic-speaking states, 1992–2010 (before the Council met as such).
    TurkicSpeakingStates,
    /// Summits of the Turkic Council and, from 2021, the OTS, numbered from 2011.
    TurkicCouncilOts,
}

/// A summit: a reference to its event plus what the event does not say.
#[derive(Clone, Debug, PartialEq)]
pub struct Summit {
    /// The id of the summit's event in `events.json`.
    pub event: String,
    /// Which numbering it belongs to.
    pub series: SummitSeries,
    /// Its ordinal in the series (`12` for the 12th), when the sources number it.
    pub number: Option<u32>,
    /// The host country (for an online summit, the country that convened it).
    pub host: CountryCode,
}

/// A summit with its event resolved, as the queries return it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SummitRef<'a> {
    /// The index entry.
    pub summit: &'a Summit,
    /// The event with date, place, summary and sources.
    pub event: &'a Event,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSummit {
    event: String,
    series: SummitSeries,
    number: Option<u32>,
    host: String,
}

impl RawSummit {
    /// Checks the entry; the event id is checked later against `events.json`.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<Summit> {
        let host = c.code(record, "host", &self.host);
        if self.number == Some(0) {
            c.report(record, "number", "summit numbers start at 1");
            return None;
        }
        Some(Summit {
            event: self.event,
            series: self.series,
            number: self.number,
            host: host?,
        })
    }
}
