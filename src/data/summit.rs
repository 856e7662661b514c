//! The summit index (`organization.json`, list `summits`): which events are summits, their
//! numbering and their host. Dates, places and sources stay in `events.json`.

use serde::Deserialize;

use super::checker::Checker;
use super::event::Event;
use super::records::{Field, Int, Kind, Record, Shape};
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

const SERIES: &[&str] = &["turkic-speaking-states", "turkic-council-ots"];
const SERIES_VALUES: [SummitSeries; 2] = [
    SummitSeries::TurkicSpeakingStates,
    SummitSeries::TurkicCouncilOts,
];

/// The shape of a summit entry.
pub(crate) const SHAPE: Shape = &[
    Field::new("event", Kind::Str),
    Field::new("series", Kind::Word(SERIES)),
    Field::new("number", Kind::OptInt(Int::U32)),
    Field::new("host", Kind::Str),
];

/// Checks a summit entry; the event id is checked later against `events.json`.
pub(crate) fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Summit> {
    let number = raw.unsigned("number").and_then(|n| u32::try_from(n).ok());
    let host = c.code(record, "host", &raw.str("host"));
    if number == Some(0) {
        c.report(record, "number", "summit numbers start at 1");
        return None;
    }
    Some(Summit {
        event: raw.str("event"),
        series: SERIES_VALUES[raw.word("series", SERIES)],
        number,
        host: host?,
    })
}
