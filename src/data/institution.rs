//! National diaspora institutions (`diaspora.json`, list `institutions`).

use super::checker::Checker;
use super::date::FuzzyDate;
use super::records::{Field, Kind, Record, Shape};
use super::source::Source;
use crate::world::CountryCode;

/// A country's body for its diaspora, or a record that none was identified.
#[derive(Clone, Debug, PartialEq)]
pub struct Institution {
    /// Stable kebab-case id.
    pub id: String,
    /// The country the institution belongs to.
    pub country: CountryCode,
    /// False when the sources name no such body; `name` is then `None`.
    pub identified: bool,
    /// The English name.
    pub name: Option<String>,
    /// The name in the country's language.
    pub local_name: Option<String>,
    /// When the current body was set up, if known.
    pub established: Option<FuzzyDate>,
    /// Predecessors and reorganisations, in words.
    pub history: Option<String>,
    /// Who heads it, with the period the sources give.
    pub head: Option<String>,
    /// Its website.
    pub website: Option<Source>,
    /// What it does, in a sentence or two.
    pub summary: String,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// Why the record is uncertain, if it is.
    pub uncertainty: Option<String>,
}

/// The shape of an institution record.
pub(crate) const SHAPE: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("country", Kind::Str),
    Field::new("identified", Kind::Bool),
    Field::new("name", Kind::OptStr),
    Field::new("local_name", Kind::OptStr),
    Field::new("established", Kind::OptAny),
    Field::new("history", Kind::OptStr),
    Field::new("head", Kind::OptStr),
    Field::new("website", Kind::OptStr),
    Field::new("summary", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Checks an institution record; `None` when a problem was reported.
pub(crate) fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Institution> {
    let before = c.error_count();
    let id = raw.str("id");
    let identified = raw.bool("identified");
    c.id(record, &id);
    let country = c.code(record, "country", &raw.str("country"));
    let name = c.optional_text(record, "name", raw.opt_str("name"));
    match (identified, &name) {
        (true, None) => c.report(record, "name", "an identified institution needs a name"),
        (false, Some(_)) => c.report(
            record,
            "name",
            "an unidentified institution must not have a name; set identified to true",
        ),
        _ => {}
    }
    let local_name = c.optional_text(record, "local_name", raw.opt_str("local_name"));
    // A bad date is reported here; the record is dropped below by the error count.
    let established = raw
        .opt_any("established")
        .and_then(|value| c.date(record, "established", &value));
    let history = c.optional_text(record, "history", raw.opt_str("history"));
    let head = c.optional_text(record, "head", raw.opt_str("head"));
    let website = raw.opt_str("website").and_then(|url| {
        Source::parse(&url)
            .map_err(|m| c.report(record, "website", m))
            .ok()
    });
    let summary = c.text(record, "summary", raw.str("summary"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    if !identified && uncertainty.is_none() {
        c.report(
            record,
            "uncertainty",
            "an unidentified institution must explain what was not found",
        );
    }
    // One exit for every failure keeps the drop code in one place.
    match (country, c.error_count() == before) {
        (Some(country), true) => Some(Institution {
            id,
            country,
            identified,
            name,
            local_name,
            established,
            history,
            head,
            website,
            summary,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}
