//! Offices of the OTS (`organization.json`): Secretaries-General and chairmanships.

use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::records::{Field, Kind, Record, Shape};
use super::source::Source;
use crate::world::CountryCode;

/// A Secretary-General and the term the sources give.
#[derive(Clone, Debug, PartialEq)]
pub struct SecretaryGeneral {
    /// Stable kebab-case id, e.g. `sg-kubanychbek-omuraliev`.
    pub id: String,
    /// The person's name.
    pub name: String,
    /// The country the person comes from.
    pub country: CountryCode,
    /// Start of the term.
    pub from: FuzzyDate,
    /// End of the term; `None` while in office.
    pub to: Option<FuzzyDate>,
    /// A short description of the appointment.
    pub note: String,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// Why the term boundaries are uncertain, if they are.
    pub uncertainty: Option<String>,
}

/// A country's turn as chair of the OTS.
#[derive(Clone, Debug, PartialEq)]
pub struct Chairmanship {
    /// Stable kebab-case id, e.g. `chair-aze-2025`.
    pub id: String,
    /// The chairing country.
    pub country: CountryCode,
    /// When the chairmanship began.
    pub from: FuzzyDate,
    /// When it ended; `None` for the current chair.
    pub to: Option<FuzzyDate>,
    /// What the period rests on, in words.
    pub basis: String,
    /// True when the period is inferred from the host rotation rather than documented.
    pub inferred: bool,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// Why the period is uncertain; always present when inferred.
    pub uncertainty: Option<String>,
}

/// The shape of a Secretary-General record.
pub(crate) const SECRETARY_GENERAL: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("name", Kind::Str),
    Field::new("country", Kind::Str),
    Field::new("from", Kind::Any),
    Field::new("to", Kind::OptAny),
    Field::new("note", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// The shape of a chairmanship record.
pub(crate) const CHAIRMANSHIP: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("country", Kind::Str),
    Field::new("from", Kind::Any),
    Field::new("to", Kind::OptAny),
    Field::new("basis", Kind::Str),
    Field::new("inferred", Kind::Bool),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Reads a term's start and optional end, reporting an end before the start.
fn term(
    c: &mut Checker<'_>,
    record: &str,
    from: &Value,
    to: Option<&Value>,
) -> (Option<FuzzyDate>, Option<FuzzyDate>) {
    let from = c.date(record, "from", from);
    let to = to.and_then(|value| c.date(record, "to", value));
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
    (from, to)
}

/// Checks a Secretary-General record; `None` when a problem was reported.
pub(crate) fn convert_secretary_general(
    mut raw: Record,
    c: &mut Checker<'_>,
    record: &str,
) -> Option<SecretaryGeneral> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let name = c.text(record, "name", raw.str("name"));
    let country = c.code(record, "country", &raw.str("country"));
    let (from, to) = term(c, record, &raw.any("from"), raw.opt_any("to").as_ref());
    let note = c.text(record, "note", raw.str("note"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    // One exit for every failure keeps the drop code in one place.
    match (country, from, c.error_count() == before) {
        (Some(country), Some(from), true) => Some(SecretaryGeneral {
            id,
            name,
            country,
            from,
            to,
            note,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}

/// Checks a chairmanship record; `None` when a problem was reported.
pub(crate) fn convert_chairmanship(
    mut raw: Record,
    c: &mut Checker<'_>,
    record: &str,
) -> Option<Chairmanship> {
    let before = c.error_count();
    let id = raw.str("id");
    let inferred = raw.bool("inferred");
    c.id(record, &id);
    let country = c.code(record, "country", &raw.str("country"));
    let (from, to) = term(c, record, &raw.any("from"), raw.opt_any("to").as_ref());
    let basis = c.text(record, "basis", raw.str("basis"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    if inferred && uncertainty.is_none() {
        c.report(
            record,
            "uncertainty",
            "an inferred chairmanship must say what it is inferred from",
        );
    }
    // One exit for every failure keeps the drop code in one place.
    match (country, from, c.error_count() == before) {
        (Some(country), Some(from), true) => Some(Chairmanship {
            id,
            country,
            from,
            to,
            basis,
            inferred,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}
