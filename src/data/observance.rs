//! Observances (`organization.json`, list `observances`): days marked every year.

use super::checker::Checker;
use super::date::days_in_month;
use super::records::{Field, Int, Kind, Record, Shape};
use super::source::Source;
use crate::world::CountryCode;

/// A day marked every year, e.g. the Day of Solidarity of Azerbaijanis Worldwide (31 December).
#[derive(Clone, Debug, PartialEq)]
pub struct Observance {
    /// Stable kebab-case id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month.
    pub day: u8,
    /// Countries that mark it or proposed it.
    pub countries: Vec<CountryCode>,
    /// Its origin and meaning, in a few sentences.
    pub summary: String,
    /// The id of the event that proclaimed it, if in `events.json`.
    pub event: Option<String>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// What is uncertain, if anything.
    pub uncertainty: Option<String>,
}

/// The shape of an observance record.
pub(crate) const SHAPE: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("name", Kind::Str),
    Field::new("month", Kind::Int(Int::U8)),
    Field::new("day", Kind::Int(Int::U8)),
    Field::new("countries", Kind::StrsOr),
    Field::new("summary", Kind::Str),
    Field::new("event", Kind::OptStr),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Checks an observance record; the event id is checked later against `events.json`.
pub(crate) fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Observance> {
    let before = c.error_count();
    let id = raw.str("id");
    let byte = |name| {
        raw.unsigned(name)
            .and_then(|n| u8::try_from(n).ok())
            .unwrap_or_default()
    };
    let (month, day) = (byte("month"), byte("day"));
    c.id(record, &id);
    let name = c.text(record, "name", raw.str("name"));
    if !(1..=12).contains(&month) {
        c.report(record, "month", format!("there is no month {month}"));
    } else if day == 0 || day > days_in_month(2024, month) {
        // 2024 is a leap year, so 29 February is accepted as a yearly day.
        c.report(record, "day", format!("month {month} has no day {day}"));
    }
    let countries = c.codes(record, "countries", &raw.strs("countries"));
    let summary = c.text(record, "summary", raw.str("summary"));
    let event = c.optional_text(record, "event", raw.opt_str("event"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    (c.error_count() == before).then_some(Observance {
        id,
        name,
        month,
        day,
        countries,
        summary,
        event,
        sources,
        uncertainty,
    })
}
