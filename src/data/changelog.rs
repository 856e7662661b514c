//! The corrections and additions log (`changelog.json`): dated entries naming the records
//! added, corrected or removed and why, like a newspaper's corrections column. The About
//! panel lists it and the build writes it as an Atom feed (`feed.xml`).

use super::checker::{Checker, Json};
use super::date::FuzzyDate;
use super::declare::{reader, record, words};
use super::fields::{Date, Id, Text, Word};
use super::records::{Field, Kind, Loaded, Shape};
use super::source::Source;

record! {
    /// One entry of the log. The record ids are checked later, against every file.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LogEntry {
        /// Stable kebab-case id (the feed entry's id).
        id: String = Id,
        /// The day of the change.
        date: FuzzyDate = Date,
        /// What was done.
        action: Change = Word<Change>,
        /// The ids (or country codes) of the records concerned.
        records: Vec<String> = Named,
        /// What changed and why, in a sentence or two.
        text: String = Text,
        /// Pages that settle the change, when the records' own sources are not enough.
        sources: Vec<Source> = OptSources,
    }
}

words! {
    /// What an entry did to the records it names.
    pub enum Change {
        /// New records.
        Added,
        /// Records whose facts, wording or sources were fixed.
        Corrected,
        /// Records taken out (their ids no longer exist).
        Removed,
    }
}

reader! {
    /// The records an entry names: at least one.
    Named: Kind::Strs => Vec<String>, |raw, name, c, record| {
        let records = raw.strs(name);
        if records.is_empty() {
            c.report(record, name, "name at least one record");
        }
        records
    }
}

reader! {
    /// Sources that may be left out: the records named carry their own.
    OptSources: Kind::StrsOr => Vec<Source>, |raw, name, c, record| {
        let urls = raw.strs(name);
        if urls.is_empty() { Vec::new() } else { c.sources(record, name, &urls) }
    }
}

const FILE: Shape = &[Field::new("entries", Kind::List)];

/// Reads and checks `changelog.json`.
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> Loaded<LogEntry> {
    let Some(mut file) = c.parse_file(json, FILE) else {
        return Loaded::default();
    };
    c.load_list(&mut file, "entries", "id")
}
