//! Observances (`organization.json`, list `observances`): days marked every year.

use super::date::days_in_month;
use super::declare::record;
use super::fields::{Codes, Id, OptText, Sources, Text, Whole};
use super::source::Source;
use crate::world::CountryCode;

record! {
    /// A day marked every year, e.g. the Day of Solidarity of Azerbaijanis Worldwide (31
    /// December). Its event id is checked later, against `events.json`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Observance {
        /// Stable kebab-case id.
        id: String = Id,
        /// Its name.
        name: String = Text,
        /// The month, 1–12.
        month: u8 = Whole<u8>,
        /// The day of the month.
        day: u8 = Whole<u8>,
        check(c, record) {
            if !(1..=12).contains(&month) {
                c.report(record, "month", format!("there is no month {month}"));
            } else if day == 0 || day > days_in_month(2024, month) {
                // 2024 is a leap year, so 29 February is accepted as a yearly day.
                c.report(record, "day", format!("month {month} has no day {day}"));
            }
        }
        /// Countries that mark it or proposed it.
        countries: Vec<CountryCode> = Codes,
        /// Its origin and meaning, in a few sentences.
        summary: String = Text,
        /// The id of the event that proclaimed it, if in `events.json`.
        event: Option<String> = OptText,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
        /// What is uncertain, if anything.
        uncertainty: Option<String> = OptText,
    }
}
