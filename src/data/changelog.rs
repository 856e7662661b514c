//! The corrections and additions log (`changelog.json`): dated entries naming the records
//! added, corrected or removed and why, like a newspaper's corrections column. The About
//! panel lists it and the build writes it as an Atom feed (`feed.xml`).

use super::checker::Checker;
use super::date::FuzzyDate;
use super::records::{Field, Kind, Loaded, Record, Shape};
use super::source::Source;

/// What an entry did to the records it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// New records.
    Added,
    /// Records whose facts, wording or sources were fixed.
    Corrected,
    /// Records taken out (their ids no longer exist).
    Removed,
}

const ACTIONS: &[&str] = &["added", "corrected", "removed"];
const ACTION_VALUES: [Change; 3] = [Change::Added, Change::Corrected, Change::Removed];

impl Change {
    /// The word used in the data file and the feed.
    pub fn key(self) -> &'static str {
        ACTIONS[self as usize]
    }
}

/// One entry of the log.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    /// Stable kebab-case id (the feed entry's id).
    pub id: String,
    /// The day of the change.
    pub date: FuzzyDate,
    /// What was done.
    pub action: Change,
    /// The ids (or country codes) of the records concerned.
    pub records: Vec<String>,
    /// What changed and why, in a sentence or two.
    pub text: String,
    /// Pages that settle the change, when the records' own sources are not enough.
    pub sources: Vec<Source>,
}

const FILE: Shape = &[Field::new("entries", Kind::List)];

const ENTRY: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("date", Kind::Any),
    Field::new("action", Kind::Word(ACTIONS)),
    Field::new("records", Kind::Strs),
    Field::new("text", Kind::Str),
    Field::new("sources", Kind::StrsOr),
];

/// Reads and checks `changelog.json`; the record ids are checked later, against every file.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> Loaded<LogEntry> {
    let Some(mut file) = c.parse_file(text, FILE) else {
        return Loaded::default();
    };
    c.load_list("entries", "id", file.list("entries"), ENTRY, convert)
}

fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<LogEntry> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let date = c.date(record, "date", &raw.any("date"));
    let action = ACTION_VALUES[raw.word("action", ACTIONS)];
    let records = raw.strs("records");
    if records.is_empty() {
        c.report(record, "records", "name at least one record");
    }
    let text = c.text(record, "text", raw.str("text"));
    let urls = raw.strs("sources");
    // Sources are optional here: the records named carry their own.
    let sources = if urls.is_empty() {
        Vec::new()
    } else {
        c.sources(record, "sources", &urls)
    };
    match (date, c.error_count() == before) {
        (Some(date), true) => Some(LogEntry {
            id,
            date,
            action,
            records,
            text,
            sources,
        }),
        _ => None,
    }
}
