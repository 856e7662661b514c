//! Checks across records and files: unique ids, references between records, and the
//! sequence of offices. Single-record checks live with each record type.

use std::collections::{HashMap, HashSet};

use super::dataset::{COUNTRIES_FILE, DIASPORA_FILE, ORGANIZATION_FILE, QUOTES_FILE};
use super::error::DataError;
use super::event::Event;
use super::initiative::Initiative;
use super::observance::Observance;
use super::organization::Organization;
use super::quote::Quote;
use super::summit::Summit;

/// Reports every id used a second time, within a file or across files. The first use wins;
/// each later use is reported where it occurs.
pub(crate) fn duplicate_ids(groups: &[(&'static str, &[String])], errors: &mut Vec<DataError>) {
    let mut seen: HashMap<&str, &'static str> = HashMap::new();
    for (file, ids) in groups {
        for id in ids.iter() {
            match seen.get(id.as_str()) {
                Some(first) => errors.push(DataError::at(
                    file,
                    id,
                    "id",
                    format!("duplicate id: already used by another record in {first}"),
                )),
                None => {
                    seen.insert(id, file);
                }
            }
        }
    }
}

/// Reports a country listed twice in `countries.json`.
pub(crate) fn duplicate_codes(codes: &[String], errors: &mut Vec<DataError>) {
    let mut seen = HashSet::new();
    for code in codes {
        if !seen.insert(code.as_str()) {
            errors.push(DataError::at(
                COUNTRIES_FILE,
                code,
                "code",
                "this country is already listed",
            ));
        }
    }
}

/// What the reference checks look at.
pub(crate) struct References<'a> {
    /// Every id written in `events.json`, including those of broken records.
    pub event_ids: &'a [String],
    /// The events that passed their checks.
    pub events: &'a [Event],
    /// The quotes that passed their checks.
    pub quotes: &'a [Quote],
    /// The initiatives that passed their checks.
    pub initiatives: &'a [Initiative],
    /// The summit entries that passed their checks.
    pub summits: &'a [Summit],
    /// The observances that passed their checks.
    pub observances: &'a [Observance],
}

/// Reports every reference to an event id that `events.json` does not define, and summit
/// entries that point at an event that is not a summit.
pub(crate) fn references(refs: &References<'_>, errors: &mut Vec<DataError>) {
    let defined: HashSet<&str> = refs.event_ids.iter().map(String::as_str).collect();
    let mut check = |file: &str, record: &str, field: &str, id: &str| {
        if !defined.contains(id) {
            errors.push(DataError::at(
                file,
                record,
                field,
                format!("refers to event \"{id}\", which events.json does not define"),
            ));
        }
    };
    for quote in refs.quotes {
        if let Some(event) = &quote.event {
            check(QUOTES_FILE, &quote.id, "event", event);
        }
    }
    for initiative in refs.initiatives {
        for event in &initiative.events {
            check(DIASPORA_FILE, &initiative.id, "events", event);
        }
    }
    for observance in refs.observances {
        if let Some(event) = &observance.event {
            check(ORGANIZATION_FILE, &observance.id, "event", event);
        }
    }
    for summit in refs.summits {
        check(ORGANIZATION_FILE, &summit.event, "event", &summit.event);
    }
    summit_index(refs, errors);
}

/// Each summit entry must point at a summit-like event, once, with a unique number.
fn summit_index(refs: &References<'_>, errors: &mut Vec<DataError>) {
    let mut seen_events = HashSet::new();
    let mut seen_numbers = HashSet::new();
    for summit in refs.summits {
        let record = summit.event.as_str();
        if !seen_events.insert(record) {
            errors.push(DataError::at(
                ORGANIZATION_FILE,
                record,
                "event",
                "this summit is already listed",
            ));
        }
        if let Some(number) = summit.number
            && !seen_numbers.insert((summit.series, number))
        {
            errors.push(DataError::at(
                ORGANIZATION_FILE,
                record,
                "number",
                format!("another summit of this series is number {number}"),
            ));
        }
        if let Some(event) = refs.events.iter().find(|e| e.id == summit.event)
            && !event.kind.is_summit()
        {
            errors.push(DataError::at(
                ORGANIZATION_FILE,
                record,
                "event",
                format!(
                    "event \"{}\" is a {}, not a summit",
                    event.id,
                    event.kind.label()
                ),
            ));
        }
    }
}

/// Terms of office must not overlap, and only the latest may be open-ended.
pub(crate) fn offices(organization: &Organization, errors: &mut Vec<DataError>) {
    let chairs: Vec<_> = organization
        .chairmanships
        .iter()
        .map(|c| (c.id.as_str(), c.from, c.to))
        .collect();
    let secretaries: Vec<_> = organization
        .secretaries_general
        .iter()
        .map(|s| (s.id.as_str(), s.from, s.to))
        .collect();
    for terms in [chairs, secretaries] {
        let mut sorted = terms;
        sorted.sort_by_key(|(_, from, _)| from.sort_key());
        for pair in sorted.windows(2) {
            let (id, _, to) = pair[0];
            let (next_id, next_from, _) = pair[1];
            match to {
                None => errors.push(DataError::at(
                    ORGANIZATION_FILE,
                    id,
                    "to",
                    format!("has no end date although \"{next_id}\" starts later"),
                )),
                Some(to) if to.first_day() > next_from.last_day() => errors.push(DataError::at(
                    ORGANIZATION_FILE,
                    next_id,
                    "from",
                    format!("starts before \"{id}\" ends"),
                )),
                Some(_) => {}
            }
        }
    }
}
