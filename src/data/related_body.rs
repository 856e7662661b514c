//! Bodies related to the OTS (`organization.json`, list `related_bodies`), such as TURKPA,
//! TURKSOY and the Turkic Investment Fund.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::place::{Place, RawPlace};
use super::source::Source;

/// An organ, affiliated organisation or office of Turkic cooperation, with its seat.
#[derive(Clone, Debug, PartialEq)]
pub struct RelatedBody {
    /// Stable kebab-case id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where it sits.
    pub seat: Place,
    /// When it was founded, if known.
    pub founded: Option<FuzzyDate>,
    /// What it is, in a sentence or two.
    pub note: String,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// What is uncertain, if anything.
    pub uncertainty: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRelatedBody {
    id: String,
    name: String,
    seat: RawPlace,
    founded: Option<Value>,
    note: String,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

impl RawRelatedBody {
    /// Checks the record; `None` when a problem was reported.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<RelatedBody> {
        let before = c.error_count();
        c.id(record, &self.id);
        let name = c.text(record, "name", self.name);
        let seat = self.seat.convert(c, record, "seat");
        let founded = self
            .founded
            .as_ref()
            .and_then(|value| c.date(record, "founded", value));
        let note = c.text(record, "note", self.note);
        let sources = c.sources(record, "sources", &self.sources);
        let uncertainty = c.optional_text(record, "uncertainty", self.uncertainty);
        if self.founded.is_none() && uncertainty.is_none() {
            c.report(
                record,
                "uncertainty",
                "say why the founding date is unknown",
            );
        }
        if c.error_count() > before {
            return None;
        }
        Some(RelatedBody {
            id: self.id,
            name,
            seat: seat?,
            founded,
            note,
            sources,
            uncertainty,
        })
    }
}
