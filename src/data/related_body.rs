//! Bodies related to the OTS (`organization.json`, list `related_bodies`), such as TURKPA,
//! TURKSOY and the Turkic Investment Fund.

use super::checker::Checker;
use super::date::FuzzyDate;
use super::place::{PLACE, Place, read_place};
use super::records::{Field, Kind, Record, Shape};
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

/// The shape of a related body record.
pub(crate) const SHAPE: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("name", Kind::Str),
    Field::new("seat", Kind::Obj(PLACE)),
    Field::new("founded", Kind::OptAny),
    Field::new("note", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Checks a related body record; `None` when a problem was reported.
pub(crate) fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<RelatedBody> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let name = c.text(record, "name", raw.str("name"));
    let seat = raw
        .obj("seat")
        .and_then(|seat| read_place(seat, c, record, "seat"));
    let founded_value = raw.opt_any("founded");
    let founded = founded_value
        .as_ref()
        .and_then(|value| c.date(record, "founded", value));
    let note = c.text(record, "note", raw.str("note"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    if founded_value.is_none() && uncertainty.is_none() {
        c.report(
            record,
            "uncertainty",
            "say why the founding date is unknown",
        );
    }
    // One exit for every failure keeps the drop code in one place.
    match (seat, c.error_count() == before) {
        (Some(seat), true) => Some(RelatedBody {
            id,
            name,
            seat,
            founded,
            note,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}
