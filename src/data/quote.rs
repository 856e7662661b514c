//! Quotes (`quotes.json`): attributed words, verbatim as the sources print them.

use serde::Deserialize;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::place::{PLACE, Place, read_place};
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

/// What a quote is about: the small fixed list the quotes view filters by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteTheme {
    /// Unity, kinship and shared identity.
    UnityIdentity,
    /// Diasporas and compatriots abroad.
    Diaspora,
    /// Economy, trade, transport and energy.
    EconomyTrade,
    /// Language, culture, education and heritage.
    LanguageCulture,
    /// Security, peace and disputes.
    Security,
    /// The organisation itself: its bodies, membership and decisions.
    Institutions,
}

impl QuoteTheme {
    /// Every theme, in the order the quotes view lists them.
    pub const ALL: [QuoteTheme; 6] = [
        QuoteTheme::UnityIdentity,
        QuoteTheme::Diaspora,
        QuoteTheme::EconomyTrade,
        QuoteTheme::LanguageCulture,
        QuoteTheme::Security,
        QuoteTheme::Institutions,
    ];

    /// The word used in the data and in the URL (`theme=diaspora`).
    pub fn key(self) -> &'static str {
        THEMES[self as usize]
    }

    /// The theme a data or URL word names.
    pub fn from_key(key: &str) -> Option<QuoteTheme> {
        THEMES
            .iter()
            .position(|k| *k == key)
            .map(|i| QuoteTheme::ALL[i])
    }
}

/// The theme words, in the order of [`QuoteTheme::ALL`].
const THEMES: &[&str] = &[
    "unity-identity",
    "diaspora",
    "economy-trade",
    "language-culture",
    "security",
    "institutions",
];

/// A disputed matter on which the atlas shows each side's own statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dispute {
    /// The status of Northern Cyprus.
    NorthernCyprusStatus,
    /// Karabakh.
    Karabakh,
}

const DISPUTES: &[&str] = &["northern-cyprus-status", "karabakh"];
const DISPUTE_VALUES: [Dispute; 2] = [Dispute::NorthernCyprusStatus, Dispute::Karabakh];

/// Attributed words, kept exactly as the sources print them.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Stable kebab-case id.
    pub id: String,
    /// The words, verbatim (never trimmed or retyped).
    pub text: String,
    /// Who said or wrote them.
    pub speaker: String,
    /// The country the speaker speaks for (none for the OTS's own officials).
    pub speaker_country: Option<CountryCode>,
    /// The speaker's role at the time.
    pub role: String,
    /// Who relayed the words when the speaker did not say them there himself.
    pub quoted_by: Option<String>,
    /// Where or how they were said, in words.
    pub occasion: String,
    /// Where they were said (no pin needed), when known.
    pub place: Option<Place>,
    /// The id of the event where they were said, if it is in `events.json`.
    pub event: Option<String>,
    /// When they were said.
    pub date: FuzzyDate,
    /// Countries the quote concerns.
    pub countries: Vec<CountryCode>,
    /// What the quote is about (one to three themes).
    pub themes: Vec<QuoteTheme>,
    /// The language of `text` as a BCP 47 tag, e.g. `en`.
    pub language: String,
    /// Whether `text` is the speaker's own wording.
    pub text_origin: TextOrigin,
    /// Whose rendering a translated text is (a publisher's, an official translation).
    pub translated_by: Option<String>,
    /// Context needed to read the words fairly (a fragment, an excerpt, …).
    pub context: Option<String>,
    /// The disputed matter on which the words state one side's position.
    pub dispute: Option<Dispute>,
    /// Ids of quotes stating the other side's position, shown next to this one.
    pub counterpoints: Vec<String>,
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
    Field::new("speaker_country", Kind::OptStr),
    Field::new("role", Kind::Str),
    Field::new("quoted_by", Kind::OptStr),
    Field::new("occasion", Kind::Str),
    Field::new("place", Kind::OptObj(PLACE)),
    Field::new("event", Kind::OptStr),
    Field::new("date", Kind::Any),
    Field::new("countries", Kind::StrsOr),
    Field::new("themes", Kind::Strs),
    Field::new("language", Kind::Str),
    Field::new("text_origin", Kind::Word(ORIGINS)),
    Field::new("translated_by", Kind::OptStr),
    Field::new("context", Kind::OptStr),
    Field::new("dispute", Kind::OptStr),
    Field::new("counterpoints", Kind::StrsOr),
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
    let speaker_country = raw
        .opt_str("speaker_country")
        .map(|code| c.code(record, "speaker_country", &code));
    let role = c.text(record, "role", raw.str("role"));
    let quoted_by = c.optional_text(record, "quoted_by", raw.opt_str("quoted_by"));
    let occasion = c.text(record, "occasion", raw.str("occasion"));
    let place = raw
        .obj("place")
        .map(|place| read_place(place, c, record, "place"));
    let event = c.optional_text(record, "event", raw.opt_str("event"));
    let date = c.date(record, "date", &raw.any("date"));
    let countries = c.codes(record, "countries", &raw.strs("countries"));
    let themes = read_themes(c, record, &raw.strs("themes"));
    let language = raw.str("language");
    let text_origin = ORIGIN_VALUES[raw.word("text_origin", ORIGINS)];
    if !is_language_tag(&language) {
        c.report(
            record,
            "language",
            format!("\"{language}\" is not a language tag such as \"en\" or \"kk\"",),
        );
    }
    let translated_by = c.optional_text(record, "translated_by", raw.opt_str("translated_by"));
    if (text_origin == TextOrigin::Translation) != translated_by.is_some() {
        c.report(
            record,
            "translated_by",
            "give whose rendering the words are exactly when text_origin is \"translation\"",
        );
    }
    let context = c.optional_text(record, "context", raw.opt_str("context"));
    let dispute = raw.opt_str("dispute").map(|word| {
        let found = DISPUTES.iter().position(|d| *d == word);
        if found.is_none() {
            c.report(
                record,
                "dispute",
                format!("\"{word}\" is not one of: {}", DISPUTES.join(", ")),
            );
        }
        found.map(|i| DISPUTE_VALUES[i])
    });
    let counterpoints = raw.strs("counterpoints");
    if dispute.is_some() && counterpoints.is_empty() {
        c.report(
            record,
            "counterpoints",
            "a quote stating one side of a disputed matter must name the other side's statement",
        );
    }
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
            speaker_country: speaker_country.flatten(),
            role,
            quoted_by,
            occasion,
            place: place.flatten(),
            event,
            date,
            countries,
            themes,
            language,
            text_origin,
            translated_by,
            context,
            dispute: dispute.flatten(),
            counterpoints,
            sources,
            uncertainty,
        }),
        _ => None,
    }
}

/// Reads one to three known themes, none twice.
fn read_themes(c: &mut Checker<'_>, record: &str, words: &[String]) -> Vec<QuoteTheme> {
    if words.is_empty() || words.len() > 3 {
        c.report(record, "themes", "give one to three themes");
    }
    let mut themes = Vec::with_capacity(words.len());
    for word in words {
        match QuoteTheme::from_key(word) {
            Some(theme) if themes.contains(&theme) => {
                c.report(record, "themes", format!("lists \"{word}\" twice"));
            }
            Some(theme) => themes.push(theme),
            None => c.report(
                record,
                "themes",
                format!("\"{word}\" is not one of: {}", THEMES.join(", ")),
            ),
        }
    }
    themes
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
