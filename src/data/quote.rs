//! Quotes (`quotes.json`): attributed words, verbatim as the sources print them.

use serde::Deserialize;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::records::{Field, Kind, Loaded, Record, Shape};
use super::source::Source;
use crate::world::CountryCode;

/// Whether a quote's text is the speaker's own wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextOrigin {
    /// The speaker's own words in the language given.
    Original,
    /// A translation (by the source, not by the atlas).
    Translation,
    /// The sources do not say whether the speaker used this language.
    Unknown,
}

/// Attributed words, kept exactly as the sources print them.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Stable kebab-case id.
    pub id: String,
    /// The words, verbatim (never trimmed or retyped).
    pub text: String,
    /// Who said or wrote them.
    pub speaker: String,
    /// The speaker's role at the time.
    pub role: String,
    /// Who relayed the words when the speaker did not say them there himself.
    pub quoted_by: Option<String>,
    /// Where or how they were said, in words.
    pub occasion: String,
    /// The id of the event where they were said, if it is in `events.json`.
    pub event: Option<String>,
    /// When they were said.
    pub date: FuzzyDate,
    /// Countries the quote concerns.
    pub countries: Vec<CountryCode>,
    /// The language of `text` as a BCP 47 tag, e.g. `en`.
    pub language: String,
    /// Whether `text` is the speaker's own wording.
    pub text_origin: TextOrigin,
    /// Context needed to read the words fairly (a fragment, an excerpt, …).
    pub context: Option<String>,
    /// Where the words are printed.
    pub sources: Vec<Source>,
    /// Why the wording, attribution or date is uncertain, if it is.
    pub uncertainty: Option<String>,
}

const FILE: Shape = &[Field::new("quotes", Kind::List)];

const ORIGINS: &[&str] = &["original", "translation", "unknown"];
const ORIGIN_VALUES: [TextOrigin; 3] = [
    TextOrigin::Original,
    TextOrigin::Translation,
    TextOrigin::Unknown,
];

const QUOTE: Shape = &[
    Field::new("id", Kind::Str),
    Field::new("text", Kind::Str),
    Field::new("speaker", Kind::Str),
    Field::new("role", Kind::Str),
    Field::new("quoted_by", Kind::OptStr),
    Field::new("occasion", Kind::Str),
    Field::new("event", Kind::OptStr),
    Field::new("date", Kind::Any),
    Field::new("countries", Kind::StrsOr),
    Field::new("language", Kind::Str),
    Field::new("text_origin", Kind::Word(ORIGINS)),
    Field::new("context", Kind::OptStr),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Reads and checks `quotes.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> Loaded<Quote> {
    let Some(mut file) = c.parse_file(text, FILE) else {
        return Loaded::default();
    };
    c.load_list("quotes", "id", file.list("quotes"), QUOTE, convert)
}

fn convert(mut raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Quote> {
    let before = c.error_count();
    let id = raw.str("id");
    c.id(record, &id);
    let text = raw.str("text");
    if text.trim().is_empty() {
        c.report(record, "text", "the quote text is empty");
    } else if text.trim() != text {
        c.report(
            record,
            "text",
            "the quote text has white space at the start or end",
        );
    }
    let speaker = c.text(record, "speaker", raw.str("speaker"));
    let role = c.text(record, "role", raw.str("role"));
    let quoted_by = c.optional_text(record, "quoted_by", raw.opt_str("quoted_by"));
    let occasion = c.text(record, "occasion", raw.str("occasion"));
    let event = c.optional_text(record, "event", raw.opt_str("event"));
    let date = c.date(record, "date", &raw.any("date"));
    let countries = c.codes(record, "countries", &raw.strs("countries"));
    let language = raw.str("language");
    let text_origin = ORIGIN_VALUES[raw.word("text_origin", ORIGINS)];
    if !is_language_tag(&language) {
        c.report(
            record,
            "language",
            format!("\"{language}\" is not a language tag such as \"en\" or \"kk\"",),
        );
    }
    let context = c.optional_text(record, "context", raw.opt_str("context"));
    let sources = c.sources(record, "sources", &raw.strs("sources"));
    let uncertainty = c.optional_text(record, "uncertainty", raw.opt_str("uncertainty"));
    if text_origin == TextOrigin::Translation && uncertainty.is_none() {
        // A reader must learn that the words are not the speaker's own.
        c.report(
            record,
            "uncertainty",
            "a translated quote must say who translated it and what was checked",
        );
    }
    // One exit for every failure keeps the drop code in one place.
    match (date, c.error_count() == before) {
        (Some(date), true) => Some(Quote {
            id,
            text,
            speaker,
            role,
            quoted_by,
            occasion,
            event,
            date,
            countries,
            language,
            text_origin,
            context,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}

/// A primary language subtag (two or three lower-case letters), optionally followed by a
/// region (`-` and two upper-case letters).
fn is_language_tag(tag: &str) -> bool {
    let (language, region) = match tag.split_once('-') {
        Some((language, region)) => (language, Some(region)),
        None => (tag, None),
    };
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
}
