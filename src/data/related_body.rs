//! Bodies related to the OTS (`organization.json`, list `related_bodies`), such as TURKPA,
//! TURKSOY and the Turkic Investment Fund.

use super::date::FuzzyDate;
use super::declare::record;
use super::fields::{Id, OptDate, OptText, PlaceIn, Sources, Text};
use super::place::Place;
use super::source::Source;

record! {
    /// An organ, affiliated organisation or office of Turkic cooperation, with its seat.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RelatedBody {
        /// Stable kebab-case id.
        id: String = Id,
        /// Its name.
        name: String = Text,
        /// Where it sits.
        seat: Place = PlaceIn,
        /// When it was founded, if known.
        founded: Option<FuzzyDate> = OptDate,
        /// What it is, in a sentence or two.
        note: String = Text,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
        /// What is uncertain, if anything.
        uncertainty: Option<String> = OptText,
        check(c, record) {
            if founded.is_none() && uncertainty.is_none() {
                c.report(
                    record,
                    "uncertainty",
                    "say why the founding date is unknown",
                );
            }
        }
    }
}
