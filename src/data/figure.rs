//! Population figures (`diaspora.json`, list `figures`): how many people from one country
//! live in another, as the sources estimate it.

use std::fmt;

use super::declare::{record, words};
use super::fields::{Code, Id, OptText, OptWhole, Sources, Text, Word};
use super::source::Source;
use crate::world::CountryCode;

words! {
    /// Whether a population moved abroad or has always lived across the border.
    pub enum PopulationKind {
        /// Emigrants and their descendants (a migration diaspora).
        Diaspora,
        /// A native (autochthonous) community across a border, not a migration diaspora.
        Native,
    }
}

words! {
    /// How far a figure can be trusted, from its one-letter grade in the files.
    pub enum Confidence {
        /// A wide-range or Wikipedia-derived estimate (`L`); treat as unverified.
        Low = "L",
        /// An official estimate or a reputable secondary source (`M`).
        Medium = "M",
        /// An official census or official statistics (`H`).
        High = "H",
    }
}

/// A number of people: one value, a range, or a lower bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// About this many people.
    Value(u64),
    /// Between `min` and `max` people, as estimates differ.
    Range {
        /// The lowest estimate.
        min: u64,
        /// The highest estimate.
        max: u64,
    },
    /// At least this many people (the source says "more than").
    AtLeast(u64),
}

impl Amount {
    /// The lowest number the amount allows.
    pub fn lower(self) -> u64 {
        match self {
            Self::Value(v) | Self::AtLeast(v) => v,
            Self::Range { min, .. } => min,
        }
    }

    /// The highest number given (the lower bound for [`Amount::AtLeast`]), for sorting.
    pub fn upper(self) -> u64 {
        match self {
            Self::Value(v) | Self::AtLeast(v) => v,
            Self::Range { max, .. } => max,
        }
    }
}

impl fmt::Display for Amount {
    /// `3,000,000`, `12,000,000–23,000,000` or `at least 1,400,000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Value(v) => f.write_str(&grouped(v)),
            Self::Range { min, max } => write!(f, "{}–{}", grouped(min), grouped(max)),
            Self::AtLeast(v) => write!(f, "at least {}", grouped(v)),
        }
    }
}

/// Digits grouped by thousands with commas, e.g. `1,462,588`.
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

record! {
    /// How many people from `origin` live in `host`, according to the sources.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Figure {
        /// Stable kebab-case id, e.g. `tur-in-deu-2024`.
        id: String = Id,
        /// The country (or, for `CYN`, the community) the people come from.
        origin: CountryCode = Code,
        /// The country they live in.
        host: CountryCode = Code,
        check(c, record) {
            if origin.is_some() && origin == host {
                c.report(record, "host", "the host country is the country of origin");
            }
        }
        /// About this many people.
        value: Option<u64> = OptWhole<u64> as file only,
        /// The lowest estimate, or a lower bound without `max`.
        min: Option<u64> = OptWhole<u64> as file only,
        /// The highest estimate.
        max: Option<u64> = OptWhole<u64> as file only,
        /// How many people, in persons.
        amount: Amount = check(c, record) {
            match (value, min, max) {
                (Some(v), None, None) => Some(Amount::Value(v)),
                (None, Some(min), None) => Some(Amount::AtLeast(min)),
                (None, Some(min), Some(max)) if min < max => Some(Amount::Range { min, max }),
                (None, Some(_), Some(_)) => {
                    c.report(record, "max", "max must be greater than min");
                    None
                }
                _ => {
                    c.report(record, "value", "give either value, or min (with an optional max)");
                    None
                }
            }
        },
        /// The year the figure refers to, if the sources give one.
        year: Option<i32> = OptWhole<i32>,
        check(c, record) {
            if let Some(year) = year
                && !(1900..=2100).contains(&year)
            {
                c.report(record, "year", format!("{year} is not a plausible year"));
            }
        }
        /// Migration diaspora or native community.
        kind: PopulationKind = Word<PopulationKind>,
        /// How far the figure can be trusted.
        confidence: Confidence = Word<Confidence>,
        /// What is counted and by whom, e.g. `census (ethnicity), Russia 2020/21`.
        basis: String = Text,
        /// A further remark, if any.
        note: Option<String> = OptText,
        /// Where the figure comes from.
        sources: Vec<Source> = Sources,
        /// Why the figure is uncertain; always present for low confidence.
        uncertainty: Option<String> = OptText,
        check(c, record) {
            if confidence == Confidence::Low && uncertainty.is_none() {
                c.report(
                    record,
                    "uncertainty",
                    "a low-confidence (L) figure must explain its uncertainty",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_with_thousands_separators() {
        assert_eq!(Amount::Value(3_000_000).to_string(), "3,000,000");
        assert_eq!(Amount::Value(999).to_string(), "999");
        assert_eq!(
            Amount::Range {
                min: 12_000_000,
                max: 23_000_000
            }
            .to_string(),
            "12,000,000–23,000,000"
        );
        assert_eq!(Amount::AtLeast(1_400_000).to_string(), "at least 1,400,000");
    }
}
