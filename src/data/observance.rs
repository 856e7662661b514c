//! Observances (`organization.json`, list `observances`): days marked every year.

use serde::Deserialize;

use super::checker::Checker;
use super::date::days_in_month;
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawObservance {
    id: String,
    name: String,
    month: u8,
    day: u8,
    #[serde(default)]
    countries: Vec<String>,
    summary: String,
    event: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

impl RawObservance {
    /// Checks the record; the event id is checked later against `events.json`.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<Observance> {
        let before = c.error_count();
        c.id(record, &self.id);
        let name = c.text(record, "name", self.name);
        if !(1..=12).contains(&self.month) {
            c.report(record, "month", format!("there is no month {}", self.month));
        } else if self.day == 0 || self.day > days_in_month(2024, self.month) {
            // 2024 is a leap year, so 29 February is accepted as a yearly day.
            c.report(
                record,
                "day",
                format!("month {} has no day {}", self.month, self.day),
            );
        }
        let countries = c.codes(record, "countries", &self.countries);
        let summary = c.text(record, "summary", self.summary);
        let event = c.optional_text(record, "event", self.event);
        let sources = c.sources(record, "sources", &self.sources);
        let uncertainty = c.optional_text(record, "uncertainty", self.uncertainty);
        if c.error_count() > before {
            return None;
        }
        Some(Observance {
            id: self.id,
            name,
            month: self.month,
            day: self.day,
            countries,
            summary,
            event,
            sources,
            uncertainty,
        })
    }
}
