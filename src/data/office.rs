//! Offices of the OTS (`organization.json`): Secretaries-General and chairmanships.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSecretaryGeneral {
    id: String,
    name: String,
    country: String,
    from: Value,
    to: Option<Value>,
    note: String,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChairmanship {
    id: String,
    country: String,
    from: Value,
    to: Option<Value>,
    basis: String,
    inferred: bool,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

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

impl RawSecretaryGeneral {
    /// Checks the record; `None` when a problem was reported.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<SecretaryGeneral> {
        let before = c.error_count();
        c.id(record, &self.id);
        let name = c.text(record, "name", self.name);
        let country = c.code(record, "country", &self.country);
        let (from, to) = term(c, record, &self.from, self.to.as_ref());
        let note = c.text(record, "note", self.note);
        let sources = c.sources(record, "sources", &self.sources);
        let uncertainty = c.optional_text(record, "uncertainty", self.uncertainty);
        if c.error_count() > before {
            return None;
        }
        Some(SecretaryGeneral {
            id: self.id,
            name,
            country: country?,
            from: from?,
            to,
            note,
            sources,
            uncertainty,
        })
    }
}

impl RawChairmanship {
    /// Checks the record; `None` when a problem was reported.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<Chairmanship> {
        let before = c.error_count();
        c.id(record, &self.id);
        let country = c.code(record, "country", &self.country);
        let (from, to) = term(c, record, &self.from, self.to.as_ref());
        let basis = c.text(record, "basis", self.basis);
        let sources = c.sources(record, "sources", &self.sources);
        let uncertainty = c.optional_text(record, "uncertainty", self.uncertainty);
        if self.inferred && uncertainty.is_none() {
            c.report(
                record,
                "uncertainty",
                "an inferred chairmanship must say what it is inferred from",
            );
        }
        if c.error_count() > before {
            return None;
        }
        Some(Chairmanship {
            id: self.id,
            country: country?,
            from: from?,
            to,
            basis,
            inferred: self.inferred,
            sources,
            uncertainty,
        })
    }
}
