//! Quotes (`quotes.json`): attributed words, verbatim as the sources print them.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::records::Loaded;
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    quotes: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuote {
    id: String,
    text: String,
    speaker: String,
    role: String,
    quoted_by: Option<String>,
    occasion: String,
    event: Option<String>,
    date: Value,
    #[serde(default)]
    countries: Vec<String>,
    language: String,
    text_origin: TextOrigin,
    context: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

/// Reads and checks `quotes.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> Loaded<Quote> {
    let Some(file) = c
        .parse_json(text)
        .and_then(|value| c.parse_shape::<RawFile>(None, value))
    else {
        return Loaded::default();
    };
    c.load_list("quotes", "id", file.quotes, convert)
}

fn convert(raw: RawQuote, c: &mut Checker<'_>, record: &str) -> Option<Quote> {
    let before = c.error_count();
    c.id(record, &raw.id);
    if raw.text.trim().is_empty() {
        c.report(record, "text", "the quote text is empty");
    } else if raw.text.trim() != raw.text {
        c.report(
            record,
            "text",
            "the quote text has white space at the start or end",
        );
    }
    let speaker = c.text(record, "speaker", raw.speaker);
    let role = c.text(record, "role", raw.role);
    let quoted_by = c.optional_text(record, "quoted_by", raw.quoted_by);
    let occasion = c.text(record, "occasion", raw.occasion);
    let event = c.optional_text(record, "event", raw.event);
    let date = c.date(record, "date", &raw.date);
    let countries = c.codes(record, "countries", &raw.countries);
    if !is_language_tag(&raw.language) {
        c.report(
            record,
            "language",
            format!(
                "\"{}\" is not a language tag such as \"en\" or \"kk\"",
                raw.language
            ),
        );
    }
    let context = c.optional_text(record, "context", raw.context);
    let sources = c.sources(record, "sources", &raw.sources);
    let uncertainty = c.optional_text(record, "uncertainty", raw.uncertainty);
    if raw.text_origin == TextOrigin::Translation && uncertainty.is_none() {
        // A reader must learn that the words are not the speaker's own.
        c.report(
            record,
            "uncertainty",
            "a translated quote must say who translated it and what was checked",
        );
    }
    if c.error_count() > before {
        return None;
    }
    Some(Quote {
        id: raw.id,
        text: raw.text,
        speaker,
        role,
        quoted_by,
        occasion,
        event,
        date: date?,
        countries,
        language: raw.language,
        text_origin: raw.text_origin,
        context,
        sources,
        uncertainty,
    })
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
