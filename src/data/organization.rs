//! `organization.json`: what the OTS is, its organs and offices, its summits, the days it
//! marks and the bodies around it.

use super::checker::Checker;
use super::date::FuzzyDate;
use super::observance::{self, Observance};
use super::office::{self, Chairmanship, SecretaryGeneral};
use super::records::{Field, Kind, Record, Shape};
use super::related_body::{self, RelatedBody};
use super::source::Source;
use super::summit::{self, Summit};

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

const FILE: Shape = &[
    Field::new("name", Kind::Str),
    Field::new("short_name", Kind::Str),
    Field::new("former_name", Kind::OptStr),
    Field::new("as_of", Kind::Any),
    Field::new("facts", Kind::List),
    Field::new("organs", Kind::Any),
    Field::new("secretaries_general", Kind::List),
    Field::new("chairmanships", Kind::List),
    Field::new("summits", Kind::List),
    Field::new("observances", Kind::List),
    Field::new("related_bodies", Kind::List),
    Field::new("observer_organizations", Kind::List),
];

const FACT: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("text", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

const ORGANS: Shape = &[
    Field::new("names", Kind::Strs),
    Field::new("sources", Kind::StrsOr),
];

const OBSERVER_ORGANIZATION: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("name", Kind::Str),
    Field::new("since", Kind::Any),
    Field::new("note", Kind::OptStr),
    Field::new("sources", Kind::StrsOr),
];

/// The checked contents of `organization.json`, with what the cross-file checks need even
/// when another part of the file is broken.
pub(crate) struct LoadedOrganization {
    /// The organisation; `None` when anything in the file was wrong.
    pub organization: Option<Organization>,
    /// Every record id written in the file's lists.
    pub ids: Vec<String>,
    /// The summit entries that passed their own checks, when `organization` is `None`
    /// (otherwise they are in it): see [`LoadedOrganization::summits`].
    summits: Vec<Summit>,
    /// The observances that passed their own checks, when `organization` is `None`.
    observances: Vec<Observance>,
}

impl LoadedOrganization {
    /// The summit entries that passed their own checks.
    pub fn summits(&self) -> &[Summit] {
        self.organization
            .as_ref()
            .map_or(&self.summits, |o| &o.summits)
    }

    /// The observances that passed their own checks.
    pub fn observances(&self) -> &[Observance] {
        self.organization
            .as_ref()
            .map_or(&self.observances, |o| &o.observances)
    }
}

/// Reads and checks `organization.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> LoadedOrganization {
    let mut loaded = LoadedOrganization {
        organization: None,
        ids: Vec::new(),
        summits: Vec::new(),
        observances: Vec::new(),
    };
    let Some(mut file) = c.parse_file(text, FILE) else {
        return loaded;
    };
    let before = c.error_count();
    let name = c.text("organization", "name", file.str("name"));
    let short_name = c.text("organization", "short_name", file.str("short_name"));
    let former_name = c.optional_text("organization", "former_name", file.opt_str("former_name"));
    let as_of = c.date("organization", "as_of", &file.any("as_of"));
    let facts = c.load_list("facts", "id", file.list("facts"), FACT, convert_fact);
    let organs = c
        .parse_shape(Some("organs"), file.any("organs"), ORGANS)
        .map(|raw| convert_organs(raw, c));
    let secretaries_general = c.load_list(
        "secretaries_general",
        "id",
        file.list("secretaries_general"),
        office::SECRETARY_GENERAL,
        office::convert_secretary_general,
    );
    let chairmanships = c.load_list(
        "chairmanships",
        "id",
        file.list("chairmanships"),
        office::CHAIRMANSHIP,
        office::convert_chairmanship,
    );
    let summits = c.load_list(
        "summits",
        "event",
        file.list("summits"),
        summit::SHAPE,
        summit::convert,
    );
    let observances = c.load_list(
        "observances",
        "id",
        file.list("observances"),
        observance::SHAPE,
        observance::convert,
    );
    let related_bodies = c.load_list(
        "related_bodies",
        "id",
        file.list("related_bodies"),
        related_body::SHAPE,
        related_body::convert,
    );
    let observer_organizations = c.load_list(
        "observer_organizations",
        "id",
        file.list("observer_organizations"),
        OBSERVER_ORGANIZATION,
        convert_observer,
    );
    // Summit entries are keyed by their event id, which is not an id of their own.
    for list in [
        facts.ids,
        secretaries_general.ids,
        chairmanships.ids,
        observances.ids,
        related_bodies.ids,
        observer_organizations.ids,
    ] {
        loaded.ids.extend(list);
    }
    match (as_of, organs, c.error_count() == before) {
        (Some(as_of), Some(organs), true) => {
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
        }
        _ => {
            loaded.summits = summits.records;
            loaded.observances = observances.records;
        }
    }
    loaded
}

fn convert_fact(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Fact> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let text = c.text(record, "text", raw.str("text"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    (c.error_count() == before).then_some(Fact {
        id,
        text,
        sources,
        uncertainty,
    })
}

fn convert_organs(mut raw: Record, c: &mut Checker<'_>) -> Organs {
    let names = raw.strs("names");
    if names.is_empty() {
        c.report("organs", "names", "list at least one organ");
    }
    let names = names
        .into_iter()
        .map(|name| c.text("organs", "names", name))
        .collect();
    let sources = c.sources("organs", "sources", &raw.strs("sources"));
    Organs { names, sources }
}

fn convert_observer(
    mut raw: Record,
    c: &mut Checker<'_>,
    record: &str,
) -> Option<ObserverOrganization> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let name = c.text(record, "name", raw.str("name"));
    let since = c.date(record, "since", &raw.any("since"));
    let note = c.optional_text(record, "note", raw.opt_str("note"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    // One exit for every failure keeps the drop code in one place.
    match (since, c.error_count() == before) {
        (Some(since), true) => Some(ObserverOrganization {
            id,
            name,
            since,
            note,
            sources,
        }),
        _ => None,
    }
}
