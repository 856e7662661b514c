//! OTS diaspora initiatives (`diaspora.json`, list `initiatives`).

use serde::Deserialize;

use super::checker::Checker;
use super::records::{Field, Kind, Record, Shape};
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

const KINDS: &[&str] = &[
    "platform",
    "strategy",
    "working-group",
    "forum",
    "training",
    "exchange",
    "youth-forum",
    "internship",
];
const KIND_VALUES: [InitiativeKind; 8] = [
    InitiativeKind::Platform,
    InitiativeKind::Strategy,
    InitiativeKind::WorkingGroup,
    InitiativeKind::Forum,
    InitiativeKind::Training,
    InitiativeKind::Exchange,
    InitiativeKind::YouthForum,
    InitiativeKind::Internship,
];

/// The shape of an initiative record.
pub(crate) const SHAPE: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("name", Kind::Str),
    Field::new("kind", Kind::Word(KINDS)),
    Field::new("summary", Kind::Str),
    Field::new("countries", Kind::StrsOr),
    Field::new("events", Kind::StrsOr),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Checks an initiative record; `None` when a problem was reported. Event ids are checked
/// later, against all of `events.json`.
pub(crate) fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Initiative> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let name = c.text(record, "name", raw.str("name"));
    let summary = c.text(record, "summary", raw.str("summary"));
    let countries = c.codes(record, "countries", &raw.strs("countries"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    (c.error_count() == before).then_some(Initiative {
        id,
        name,
        kind: KIND_VALUES[raw.word("kind", KINDS)],
        summary,
        countries,
        events: raw.strs("events"),
        sources,
        uncertainty,
    })
}
