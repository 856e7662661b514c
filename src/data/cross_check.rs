//! The checks across records and files: unique ids, references between records, and the
//! sequence of offices. The checks of one record are its readers' (`fields.rs`, through
//! the `Checker` of `checker.rs`) and its own (`check` in its `record!`).

use super::changelog::{Change, LogEntry};
use super::dataset::{
    CHANGELOG_FILE, COUNTRIES_FILE, DIASPORA_FILE, ORGANIZATION_FILE, QUOTES_FILE,
};
use super::error::DataError;
use super::event::Event;
use super::initiative::Initiative;
use super::observance::Observance;
use super::organization::Organization;
use super::query::date_key;
use super::quote::Quote;
use super::summit::Summit;
use crate::sort::order_by;
use crate::world::CountryCode;

use super::dataset::Dataset;
use super::query::Item;
use super::tour::{TOURS_FILE, Tour};
use std::ops::RangeInclusive;

/// Reports every id used a second time, within a file or across files. The first use wins;
/// each later use is reported where it occurs.
pub(crate) fn duplicate_ids(groups: &[(&'static str, &[String])], errors: &mut Vec<DataError>) {
    // A few hundred ids: scanning a list is fast enough and keeps the Wasm small.
    let mut seen: Vec<(&str, &'static str)> = Vec::new();
    for (file, ids) in groups {
        for id in ids.iter() {
            match seen.iter().find(|(seen_id, _)| *seen_id == id.as_str()) {
                Some((_, first)) => errors.push(DataError::at(
                    file,
                    id,
                    "id",
                    format!("duplicate id: already used by another record in {first}"),
                )),
                None => seen.push((id, file)),
            }
        }
    }
}

/// Every record a log entry names must exist, unless the entry says it was removed.
pub(crate) fn log_records(
    entries: &[LogEntry],
    known: &dyn Fn(&str) -> bool,
    errors: &mut Vec<DataError>,
) {
    for entry in entries {
        if entry.action == Change::Removed {
            continue;
        }
        for id in entry.records.iter().filter(|id| !known(id)) {
            errors.push(DataError::at(
                CHANGELOG_FILE,
                &entry.id,
                "records",
                format!("names \"{id}\", which no data file defines (write \"removed\" for records taken out)"),
            ));
        }
    }
}

/// Reports a country listed twice in `countries.json`.
pub(crate) fn duplicate_codes(codes: &[String], errors: &mut Vec<DataError>) {
    for (i, code) in codes.iter().enumerate() {
        if codes[..i].contains(code) {
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
    counterpoints(refs.quotes, errors);
    let mut check = |file: &str, record: &str, field: &str, id: &str| {
        if !refs.event_ids.iter().any(|defined| defined == id) {
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

/// A quote's counterpoints must be other quotes on the same disputed matter.
fn counterpoints(quotes: &[Quote], errors: &mut Vec<DataError>) {
    for quote in quotes {
        for id in &quote.counterpoints {
            let problem = match quotes.iter().find(|q| &q.id == id) {
                None => Some(format!(
                    "refers to quote \"{id}\", which quotes.json does not define"
                )),
                Some(other) if other.id == quote.id => {
                    Some("a quote cannot answer itself".to_owned())
                }
                Some(other) if other.dispute != quote.dispute || quote.dispute.is_none() => {
                    Some(format!(
                        "quote \"{id}\" is not about the same disputed matter (give both the same \"dispute\")"
                    ))
                }
                Some(_) => None,
            };
            if let Some(message) = problem {
                errors.push(DataError::at(
                    QUOTES_FILE,
                    &quote.id,
                    "counterpoints",
                    message,
                ));
            }
        }
    }
}

/// Each summit entry must point at a summit-like event, once, with a unique number.
fn summit_index(refs: &References<'_>, errors: &mut Vec<DataError>) {
    for (i, summit) in refs.summits.iter().enumerate() {
        let earlier = &refs.summits[..i];
        let record = summit.event.as_str();
        if earlier.iter().any(|s| s.event == summit.event) {
            errors.push(DataError::at(
                ORGANIZATION_FILE,
                record,
                "event",
                "this summit is already listed",
            ));
        }
        if let Some(number) = summit.number
            && earlier
                .iter()
                .any(|s| s.series == summit.series && s.number == Some(number))
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
        let keys: Vec<u64> = terms.iter().map(|(_, from, _)| date_key(from)).collect();
        let sorted: Vec<_> = order_by(&keys).into_iter().map(|i| terms[i]).collect();
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

/// Every step of a tour must show what exists: its year one the map shows, its item an
/// event or quote that its country's panel lists. A tour with a problem is dropped (each
/// problem reported, naming the step's field).
pub(crate) fn tour_views(
    tours: Vec<Tour>,
    data: &Dataset,
    years: &RangeInclusive<i32>,
    errors: &mut Vec<DataError>,
) -> Vec<Tour> {
    let mut kept = Vec::with_capacity(tours.len());
    for tour in tours {
        let before = errors.len();
        for (i, step) in tour.steps.iter().enumerate() {
            let view = &step.view;
            let mut report = |field: &str, message: String| {
                let field = format!("steps[{i}].view.{field}");
                errors.push(DataError::at(TOURS_FILE, &tour.id, &field, message));
            };
            if let Some(year) = view.year
                && !years.contains(&year)
            {
                report(
                    "year",
                    format!(
                        "{year} is outside the years the map shows ({}–{})",
                        years.start(),
                        years.end()
                    ),
                );
            }
            let Some(id) = &view.item else {
                continue;
            };
            match (data.item(id), view.country) {
                (None, _) => report("item", format!("no event or quote has the id \"{id}\"")),
                (Some(_), None) => report(
                    "item",
                    format!(
                        "\"{id}\" needs the step's country: an item is shown in a country's panel"
                    ),
                ),
                (Some(item), Some(code)) if !item_concerns(item, code) => report(
                    "item",
                    format!(
                        "\"{id}\" does not concern {code}: that country's panel does not list it"
                    ),
                ),
                _ => {}
            }
        }
        if errors.len() == before {
            kept.push(tour);
        }
    }
    kept
}

/// True when the country's panel lists the item (`Dataset::events_for`, `quotes_for`).
fn item_concerns(item: Item<'_>, code: CountryCode) -> bool {
    match item {
        Item::Event(event) => event.concerns(code),
        Item::Quote(quote) => {
            quote.speaker_country == Some(code) || quote.countries.contains(&code)
        }
    }
}
