//! OTS diaspora initiatives (`diaspora.json`, list `initiatives`).

use serde::Deserialize;

use super::checker::Checker;
use super::source::Source;
use crate::world::CountryCode;

/// What form an initiative takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InitiativeKind {
    /// A standing mechanism of national institutions (ministerial meetings).
    Platform,
    /// A strategy document.
    Strategy,
    /// An expert working group.
    WorkingGroup,
    /// A forum series.
    Forum,
    /// A training programme.
    Training,
    /// An exchange-of-experience programme.
    Exchange,
    /// A youth forum series.
    YouthForum,
    /// An internship programme.
    Internship,
}

/// A recurring OTS diaspora activity and the events that belong to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Initiative {
    /// Stable kebab-case id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What form it takes.
    pub kind: InitiativeKind,
    /// What it does, in a few sentences.
    pub summary: String,
    /// Countries taking part.
    pub countries: Vec<CountryCode>,
    /// Ids of its sessions in `events.json`, oldest first.
    pub events: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// What is uncertain or interpreted, if anything.
    pub uncertainty: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawInitiative {
    id: String,
    name: String,
    kind: InitiativeKind,
    summary: String,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    events: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

impl RawInitiative {
    /// Checks the record; `None` when a problem was reported. Event ids are checked later,
    /// against all of `events.json`.
    pub(crate) fn convert(self, c: &mut Checker<'_>, record: &str) -> Option<Initiative> {
        let before = c.error_count();
        c.id(record, &self.id);
        let name = c.text(record, "name", self.name);
        let summary = c.text(record, "summary", self.summary);
        let countries = c.codes(record, "countries", &self.countries);
        let sources = c.sources(record, "sources", &self.sources);
        let uncertainty = c.optional_text(record, "uncertainty", self.uncertainty);
        if c.error_count() > before {
            return None;
        }
        Some(Initiative {
            id: self.id,
            name,
            kind: self.kind,
            summary,
            countries,
            events: self.events,
            sources,
            uncertainty,
        })
    }
}
