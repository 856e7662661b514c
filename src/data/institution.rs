//! National diaspora institutions (`diaspora.json`, list `institutions`).

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawInstitution {
    id: String,
    country: String,
    identified: bool,
    name: Option<String>,
    local_name: Option<String>,
    established: Option<Value>,
    history: Option<String>,
    head: Option<String>,
    website: Option<String>,
    summary: String,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

impl RawInstitution {
    /// Checks the record; `None` when a problem was reported.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<Institution> {
        let before = c.error_count();
        c.id(record, &self.id);
        let country = c.code(record, "country", &self.country);
        let name = c.optional_text(record, "name", self.name);
        match (self.identified, &name) {
            (true, None) => c.report(record, "name", "an identified institution needs a name"),
            (false, Some(_)) => c.report(
                record,
                "name",
                "an unidentified institution must not have a name; set identified to true",
            ),
            _ => {}
        }
        let local_name = c.optional_text(record, "local_name", self.local_name);
        // A bad date is reported here; the record is dropped below by the error count.
        let established = self
            .established
            .as_ref()
            .and_then(|value| c.date(record, "established", value));
        let history = c.optional_text(record, "history", self.history);
        let head = c.optional_text(record, "head", self.head);
        let website = self.website.and_then(|url| {
            Source::parse(&url)
                .map_err(|m| c.report(record, "website", m))
                .ok()
        });
        let summary = c.text(record, "summary", self.summary);
        let sources = c.sources(record, "sources", &self.sources);
        let uncertainty = c.optional_text(record, "uncertainty", self.uncertainty);
        if !self.identified && uncertainty.is_none() {
            c.report(
                record,
                "uncertainty",
                "an unidentified institution must explain what was not found",
            );
        }
        if c.error_count() > before {
            return None;
        }
        Some(Institution {
            id: self.id,
            country: country?,
            identified: self.identified,
            name,
            local_name,
            established,
            history,
            head,
            website,
            summary,
            sources,
            uncertainty,
        })
    }
}
