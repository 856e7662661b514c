//! Offices of the OTS (`organization.json`): Secretaries-General and chairmanships.

use super::checker::Checker;
use super::date::FuzzyDate;
use super::declare::record;
use super::fields::{Code, Date, Flag, Id, OptDate, OptText, Sources, Text};
use super::source::Source;
use crate::world::CountryCode;

record! {
    /// A Secretary-General and the term the sources give.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SecretaryGeneral {
        /// Stable kebab-case id, e.g. `sg-kubanychbek-omuraliev`.
        id: String = Id,
        /// The person's name.
        name: String = Text,
        /// The country the person comes from.
        country: CountryCode = Code,
        /// Start of the term.
        from: FuzzyDate = Date,
        /// End of the term; `None` while in office.
        to: Option<FuzzyDate> = OptDate,
        check(c, record) {
            term(c, record, from, to.flatten());
        }
        /// A short description of the appointment.
        note: String = Text,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
        /// Why the term boundaries are uncertain, if they are.
        uncertainty: Option<String> = OptText,
    }
}

record! {
    /// A country's turn as chair of the OTS.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Chairmanship {
        /// Stable kebab-case id, e.g. `chair-aze-2025`.
        id: String = Id,
        /// The chairing country.
        country: CountryCode = Code,
        /// When the chairmanship began.
        from: FuzzyDate = Date,
        /// When it ended; `None` for the current chair.
        to: Option<FuzzyDate> = OptDate,
        check(c, record) {
            term(c, record, from, to.flatten());
        }
        /// What the period rests on, in words.
        basis: String = Text,
        /// True when the period is inferred from the host rotation rather than documented.
        inferred: bool = Flag,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
        /// Why the period is uncertain; always present when inferred.
        uncertainty: Option<String> = OptText,
        check(c, record) {
            if inferred && uncertainty.is_none() {
                c.report(
                    record,
                    "uncertainty",
                    "an inferred chairmanship must say what it is inferred from",
                );
            }
        }
    }
}

/// Reports a term that ends before it starts.
fn term(c: &mut Checker<'_>, record: &str, from: Option<FuzzyDate>, to: Option<FuzzyDate>) {
    if let (Some(from), Some(to)) = (from, to)
        && to.last_day() < from.first_day()
    {
        c.report(
            record,
            "to",
            format!(
                "the term ends ({}) before it starts ({})",
                to.compact(),
                from.compact()
            ),
        );
    }
}
