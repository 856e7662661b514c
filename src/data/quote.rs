//! Quotes (`quotes.json`): attributed words, verbatim as the sources print them.

use super::checker::{Checker, Json};
use super::date::FuzzyDate;
use super::declare::{reader, record, words};
use super::fields::{Codes, Date, Id, Ids, OptCode, OptPlace, OptText, Sources, Text, Word, Words};
use super::place::Place;
use super::records::{Field, Kind, Loaded, Shape};
use super::source::Source;
use crate::world::CountryCode;

words! {
    /// Whether a quote's text is the speaker's own wording.
    pub enum TextOrigin {
        /// The speaker's own words in the language given.
        Original,
        /// A translation (by the source, not by the atlas).
        Translation,
        /// The sources do not say whether the speaker used this language.
        Unknown,
    }
}

words! {
    /// What a quote is about: the small fixed list the quotes view filters by, in the
    /// order it lists them. The words are also used in the URL (`theme=diaspora`).
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
}

words! {
    /// A disputed matter on which the atlas shows each side's own statement.
    pub enum Dispute {
        /// The status of Northern Cyprus.
        NorthernCyprusStatus,
        /// Karabakh.
        Karabakh,
    }
}

record! {
    /// Attributed words, kept exactly as the sources print them.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Quote {
        /// Stable kebab-case id.
        id: String = Id,
        /// The words, verbatim (never trimmed or retyped).
        text: String = Verbatim,
        /// Who said or wrote them.
        speaker: String = Text,
        /// The country the speaker speaks for (none for the OTS's own officials).
        speaker_country: Option<CountryCode> = OptCode,
        /// The speaker's role at the time.
        role: String = Text,
        /// Who relayed the words when the speaker did not say them there himself.
        quoted_by: Option<String> = OptText,
        /// Where or how they were said, in words.
        occasion: String = Text,
        /// Where they were said (no pin needed), when known.
        place: Option<Place> = OptPlace,
        /// The id of the event where they were said, if it is in `events.json`.
        event: Option<String> = OptText,
        /// When they were said.
        date: FuzzyDate = Date,
        /// Countries the quote concerns.
        countries: Vec<CountryCode> = Codes,
        /// What the quote is about (one to three themes).
        themes: Vec<QuoteTheme> = Themes,
        /// The language of `text` as a BCP 47 tag, e.g. `en`.
        language: String = Language,
        /// Whether `text` is the speaker's own wording.
        text_origin: TextOrigin = Word<TextOrigin>,
        /// Whose rendering a translated text is (a publisher's, an official translation).
        translated_by: Option<String> = OptText,
        check(c, record) {
            if (text_origin == TextOrigin::Translation) != translated_by.is_some() {
                c.report(
                    record,
                    "translated_by",
                    "give whose rendering the words are exactly when text_origin is \"translation\"",
                );
            }
        }
        /// Context needed to read the words fairly (a fragment, an excerpt, …).
        context: Option<String> = OptText,
        /// The disputed matter on which the words state one side's position.
        dispute: Option<Dispute> = DisputeWord,
        /// Ids of quotes stating the other side's position, shown next to this one.
        counterpoints: Vec<String> = Ids,
        check(c, record) {
            // A dispute given, even as a word that is not known (reported above).
            if dispute.is_some() && counterpoints.is_empty() {
                c.report(
                    record,
                    "counterpoints",
                    "a quote stating one side of a disputed matter must name the other side's statement",
                );
            }
        }
        /// Where the words are printed.
        sources: Vec<Source> = Sources,
        /// Why the wording, attribution or date is uncertain, if it is.
        uncertainty: Option<String> = OptText,
        check(c, record) {
            if text_origin == TextOrigin::Translation && uncertainty.is_none() {
                // A reader must learn that the words are not the speaker's own.
                c.report(
                    record,
                    "uncertainty",
                    "a translated quote must say who translated it and what was checked",
                );
            }
        }
    }
}

const FILE: Shape = &[Field::new("quotes", Kind::List)];

/// Reads and checks `quotes.json`.
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> Loaded<Quote> {
    let Some(mut file) = c.parse_file(json, FILE) else {
        return Loaded::default();
    };
    c.load_list(&mut file, "quotes", "id")
}

reader! {
    /// The words of a quote: not blank nor padded, with messages of their own.
    Verbatim: Kind::Str => String, |raw, name, c, record| {
        let text = raw.str(name);
        if text.trim().is_empty() {
            c.report(record, name, "the quote text is empty");
        } else if text.trim() != text {
            c.report(record, name, "the quote text has white space at the start or end");
        }
        text
    }
}

reader! {
    /// A language tag (see [`is_language_tag`]).
    Language: Kind::Str => String, |raw, name, c, record| {
        let language = raw.str(name);
        if !is_language_tag(&language) {
            let message = format!("\"{language}\" is not a language tag such as \"en\" or \"kk\"");
            c.report(record, name, message);
        }
        language
    }
}

reader! {
    /// The optional disputed matter, as a string so that an unknown word gets a message of
    /// its own.
    DisputeWord: Kind::OptStr => optional Dispute, |raw, name, c, record| {
        let word = raw.opt_str(name)?;
        let found = Dispute::from_key(&word);
        if found.is_none() {
            let message = format!("\"{word}\" is not one of: {}", Dispute::WORDS.join(", "));
            c.report(record, name, message);
        }
        Some(found)
    }
}

reader! {
    /// The themes (see [`read_themes`]).
    Themes: Kind::Strs => Vec<QuoteTheme>,
        |raw, name, c, record| read_themes(c, record, &raw.strs(name))
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
                format!("\"{word}\" is not one of: {}", QuoteTheme::WORDS.join(", ")),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_tag_is_two_or_three_lower_case_letters_and_perhaps_a_region() {
        for good in ["en", "kk", "tur", "en-GB", "uz-UZ"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "", "e", "engl", "EN", "En", "e1", "en-gb", "en-GBR", "en-G", "en-", "-GB", "en_GB",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
