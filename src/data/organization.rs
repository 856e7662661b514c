//! `organization.json`: what the OTS is, its organs and offices, its summits, the days it
//! marks and the bodies around it.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::observance::{Observance, RawObservance};
use super::office::{Chairmanship, RawChairmanship, RawSecretaryGeneral, SecretaryGeneral};
use super::related_body::{RawRelatedBody, RelatedBody};
use super::source::Source;
use super::summit::{RawSummit, Summit};

/// A sourced statement for the "about" text.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Stable kebab-case id, e.g. `about-founding`.
    pub id: String,
    /// The statement.
    pub text: String,
    /// Where it comes from.
    pub sources: Vec<Source>,
    /// Why it is uncertain (or a claim rather than a count), if it is.
    pub uncertainty: Option<String>,
}

/// The principal organs of the OTS.
#[derive(Clone, Debug, PartialEq)]
pub struct Organs {
    /// Their names, e.g. `Council of Heads of State`.
    pub names: Vec<String>,
    /// Where the list comes from.
    pub sources: Vec<Source>,
}

/// An international organisation with observer status (not drawn on the map).
#[derive(Clone, Debug, PartialEq)]
pub struct ObserverOrganization {
    /// Stable kebab-case id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// When it became an observer.
    pub since: FuzzyDate,
    /// A remark, if any.
    pub note: Option<String>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
}

/// Everything about the organisation itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Organization {
    /// `Organization of Turkic States`.
    pub name: String,
    /// `OTS`.
    pub short_name: String,
    /// The name before the 2021 renaming.
    pub former_name: Option<String>,
    /// The date of the newest reports the data rests on ("data as of").
    pub as_of: FuzzyDate,
    /// Sourced statements for the "about" text, in reading order.
    pub facts: Vec<Fact>,
    /// The principal organs.
    pub organs: Organs,
    /// Secretaries-General, oldest first.
    pub secretaries_general: Vec<SecretaryGeneral>,
    /// Chairmanships, oldest first.
    pub chairmanships: Vec<Chairmanship>,
    /// The summit index, oldest first.
    pub summits: Vec<Summit>,
    /// Days marked every year.
    pub observances: Vec<Observance>,
    /// Related bodies and offices.
    pub related_bodies: Vec<RelatedBody>,
    /// Organisations with observer status.
    pub observer_organizations: Vec<ObserverOrganization>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    name: String,
    short_name: String,
    former_name: Option<String>,
    as_of: Value,
    facts: Vec<Value>,
    organs: Value,
    secretaries_general: Vec<Value>,
    chairmanships: Vec<Value>,
    summits: Vec<Value>,
    observances: Vec<Value>,
    related_bodies: Vec<Value>,
    observer_organizations: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    text: String,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrgans {
    names: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawObserverOrganization {
    id: String,
    name: String,
    since: Value,
    note: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
}

/// The checked contents of `organization.json`, with what the cross-file checks need even
/// when another part of the file is broken.
pub(crate) struct LoadedOrganization {
    /// The organisation; `None` when anything in the file was wrong.
    pub organization: Option<Organization>,
    /// Every record id written in the file's lists.
    pub ids: Vec<String>,
    /// The summit entries that passed their own checks.
    pub summits: Vec<Summit>,
    /// The observances that passed their own checks.
    pub observances: Vec<Observance>,
}

/// Reads and checks `organization.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> LoadedOrganization {
    let mut loaded = LoadedOrganization {
        organization: None,
        ids: Vec::new(),
        summits: Vec::new(),
        observances: Vec::new(),
    };
    let Some(file) = c
        .parse_json(text)
        .and_then(|value| c.parse_shape::<RawFile>(None, value))
    else {
        return loaded;
    };
    let before = c.error_count();
    let name = c.text("organization", "name", file.name);
    let short_name = c.text("organization", "short_name", file.short_name);
    let former_name = c.optional_text("organization", "former_name", file.former_name);
    let as_of = c.date("organization", "as_of", &file.as_of);
    let facts = c.load_list("facts", "id", file.facts, convert_fact);
    let organs = c
        .parse_shape::<RawOrgans>(Some("organs"), file.organs)
        .map(|raw| convert_organs(raw, c));
    let secretaries_general = c.load_list(
        "secretaries_general",
        "id",
        file.secretaries_general,
        RawSecretaryGeneral::convert,
    );
    let chairmanships = c.load_list(
        "chairmanships",
        "id",
        file.chairmanships,
        RawChairmanship::convert,
    );
    let summits = c.load_list("summits", "event", file.summits, RawSummit::convert);
    let observances = c.load_list(
        "observances",
        "id",
        file.observances,
        RawObservance::convert,
    );
    let related_bodies = c.load_list(
        "related_bodies",
        "id",
        file.related_bodies,
        RawRelatedBody::convert,
    );
    let observer_organizations = c.load_list(
        "observer_organizations",
        "id",
        file.observer_organizations,
        convert_observer,
    );
    // Summit entries are keyed by their event id, which is not an id of their own.
    for list in [
        &facts.ids,
        &secretaries_general.ids,
        &chairmanships.ids,
        &observances.ids,
        &related_bodies.ids,
        &observer_organizations.ids,
    ] {
        loaded.ids.extend(list.iter().cloned());
    }
    loaded.summits.clone_from(&summits.records);
    loaded.observances.clone_from(&observances.records);
    let (Some(as_of), Some(organs)) = (as_of, organs) else {
        return loaded;
    };
    if c.error_count() > before {
        return loaded;
    }
    loaded.organization = Some(Organization {
        name,
        short_name,
        former_name,
        as_of,
        facts: facts.records,
        organs,
        secretaries_general: secretaries_general.records,
        chairmanships: chairmanships.records,
        summits: summits.records,
        observances: observances.records,
        related_bodies: related_bodies.records,
        observer_organizations: observer_organizations.records,
    });
    loaded
}

fn convert_fact(raw: RawFact, c: &mut Checker<'_>, record: &str) -> Option<Fact> {
    let before = c.error_count();
    c.id(record, &raw.id);
    let text = c.text(record, "text", raw.text);
    let sources = c.sources(record, "sources", &raw.sources);
    let uncertainty = c.optional_text(record, "uncertainty", raw.uncertainty);
    (c.error_count() == before).then_some(Fact {
        id: raw.id,
        text,
        sources,
        uncertainty,
    })
}

fn convert_organs(raw: RawOrgans, c: &mut Checker<'_>) -> Organs {
    if raw.names.is_empty() {
        c.report("organs", "names", "list at least one organ");
    }
    let names = raw
        .names
        .into_iter()
        .map(|name| c.text("organs", "names", name))
        .collect();
    let sources = c.sources("organs", "sources", &raw.sources);
    Organs { names, sources }
}

fn convert_observer(
    raw: RawObserverOrganization,
    c: &mut Checker<'_>,
    record: &str,
) -> Option<ObserverOrganization> {
    let before = c.error_count();
    c.id(record, &raw.id);
    let name = c.text(record, "name", raw.name);
    let since = c.date(record, "since", &raw.since);
    let note = c.optional_text(record, "note", raw.note);
    let sources = c.sources(record, "sources", &raw.sources);
    if c.error_count() > before {
        return None;
    }
    Some(ObserverOrganization {
        id: raw.id,
        name,
        since: since?,
        note,
        sources,
    })
}
