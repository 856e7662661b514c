//! `organization.json`: what the OTS is, its organs and offices, its summits, the days it
//! marks and the bodies around it.

use super::checker::{Checker, Json};
use super::date::FuzzyDate;
use super::declare::record;
use super::fields::{Date, Id, OptText, Sources, Text};
use super::observance::Observance;
use super::office::{Chairmanship, SecretaryGeneral};
use super::records::{Field, Kind, Loaded, Record, Shape};
use super::related_body::RelatedBody;
use super::source::Source;
use super::summit::Summit;

record! {
    /// A sourced statement for the "about" text.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Fact {
        /// Stable kebab-case id, e.g. `about-founding`.
        id: String = Id,
        /// The statement.
        text: String = Text,
        /// Where it comes from.
        sources: Vec<Source> = Sources,
        /// Why it is uncertain (or a claim rather than a count), if it is.
        uncertainty: Option<String> = OptText,
    }
}

/// The principal organs of the OTS.
#[derive(Clone, Debug, PartialEq)]
pub struct Organs {
    /// Their names, e.g. `Council of Heads of State`.
    pub names: Vec<String>,
    /// Where the list comes from.
    pub sources: Vec<Source>,
}

record! {
    /// An international organisation with observer status (not drawn on the map).
    #[derive(Clone, Debug, PartialEq)]
    pub struct ObserverOrganization {
        /// Stable kebab-case id.
        id: String = Id,
        /// Its name.
        name: String = Text,
        /// When it became an observer.
        since: FuzzyDate = Date,
        /// A remark, if any.
        note: Option<String> = OptText,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
    }
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

const ORGANS: Shape = &[
    Field::new("names", Kind::Strs),
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
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> LoadedOrganization {
    load_lists::<true>(json, c)
}

/// Reads and checks the organisation of `first-view.json`, which leaves the observances,
/// related bodies and observer organisations out (`first_view`): they stay empty, and their
/// readers stay out of the first load's Wasm, in the full files' chunk.
pub(crate) fn load_first_view(json: Json, c: &mut Checker<'_>) -> LoadedOrganization {
    load_lists::<false>(json, c)
}

/// Reads the file, with the lists the first view leaves out only when `LATER` is set.
fn load_lists<const LATER: bool>(json: Json, c: &mut Checker<'_>) -> LoadedOrganization {
    let mut loaded = LoadedOrganization {
        organization: None,
        ids: Vec::new(),
        summits: Vec::new(),
        observances: Vec::new(),
    };
    let Some(mut file) = c.parse_file(json, FILE) else {
        return loaded;
    };
    let before = c.error_count();
    let name = c.text("organization", "name", file.str("name"));
    let short_name = c.text("organization", "short_name", file.str("short_name"));
    let former_name = c.optional_text("organization", "former_name", file.opt_str("former_name"));
    let as_of = c.date("organization", "as_of", &file.any("as_of"));
    let facts = c.load_list(&mut file, "facts", "id");
    let organs = c
        .parse_shape(Some("organs"), file.any("organs"), ORGANS)
        .map(|raw| convert_organs(raw, c));
    let secretaries_general = c.load_list(&mut file, "secretaries_general", "id");
    let chairmanships = c.load_list(&mut file, "chairmanships", "id");
    let summits = c.load_list(&mut file, "summits", "event");
    let (observances, related_bodies, observer_organizations) = if LATER {
        (
            c.load_list(&mut file, "observances", "id"),
            c.load_list(&mut file, "related_bodies", "id"),
            c.load_list(&mut file, "observer_organizations", "id"),
        )
    } else {
        (Loaded::default(), Loaded::default(), Loaded::default())
    };
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
