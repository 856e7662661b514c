//! Country search: suggestions as you type, matching names in the current language, in
//! English and by code, forgiving case and diacritics ("turkiye" finds "Türkiye").

use crate::sort::sort_by;
use crate::world::CountryCode;

/// How well a country matches, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Code,
    Prefix,
    WordPrefix,
    Contains,
}

/// A country as search sees it: its code and the names it may be called by.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchEntry {
    /// The country.
    pub code: CountryCode,
    /// The name shown (current language).
    pub name: String,
    /// Other names to match (English), if different.
    pub other: Option<String>,
}

/// Up to `limit` codes matching `query`, best first; ties in order of the shown name.
pub fn suggest(query: &str, entries: &[SearchEntry], limit: usize) -> Vec<CountryCode> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(Rank, String, CountryCode)> = entries
        .iter()
        .filter_map(|e| {
            let names = std::iter::once(e.name.as_str()).chain(e.other.as_deref());
            let rank = if fold(e.code.as_str()) == q {
                Some(Rank::Code)
            } else {
                names.filter_map(|n| rank_name(&fold(n), &q)).min()
            }?;
            Some((rank, fold(&e.name), e.code))
        })
        .collect();
    sort_by(&mut hits, |a, b| a < b);
    hits.into_iter()
        .take(limit)
        .map(|(_, _, code)| code)
        .collect()
}

fn rank_name(name: &str, q: &str) -> Option<Rank> {
    if name.starts_with(q) {
        Some(Rank::Prefix)
    } else if name
        .split(|c: char| !is_word_char(c))
        .any(|word| word.starts_with(q))
    {
        Some(Rank::WordPrefix)
    } else if name.contains(q) {
        Some(Rank::Contains)
    } else {
        None
    }
}

/// Lower case without diacritics, apostrophes or modifier letters, for matching only.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower) {
        match c {
            'ä' | 'á' | 'à' | 'â' | 'ã' | 'å' | 'ā' => out.push('a'),
            'ç' | 'č' | 'ć' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' | 'ə' | 'ě' | 'ē' => out.push('e'),
            'ğ' => out.push('g'),
            'ı' | 'í' | 'ì' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ñ' | 'ň' => out.push('n'),
            'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ő' | 'ø' | 'ō' => out.push('o'),
            'ş' | 'š' | 'ś' => out.push('s'),
            'ü' | 'ú' | 'ù' | 'û' | 'ű' | 'ū' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ё' => out.push('е'),
            // Combining marks, apostrophes and the Uzbek ʻ are ignored.
            '\u{300}'..='\u{36f}' | '\'' | '’' | 'ʻ' | 'ʼ' | '‘' | '`' => {}
            c => out.push(c),
        }
    }
    out
}

/// The lower case of a letter of the scripts country names are written in: Latin (Basic,
/// Latin-1, Extended-A and the Azerbaijani Ə) and Cyrillic (with the Supplement), plus the
/// three letters elsewhere whose lower case is one of them. Other characters are returned
/// unchanged: no name uses them, so a query holding one matches nothing either way.
///
/// `char::to_lowercase` would do, but its tables for the whole of Unicode add about 12 KB
/// to the Wasm. Turkish İ becomes a plain i (`to_lowercase` adds a combining dot, which
/// [`fold`] drops anyway). A test compares this with `to_lowercase` character by character.
fn lower(c: char) -> char {
    let code = u32::from(c);
    // Most capitals are one code point below their small letter, in alternating pairs.
    let pair = |capital_is_even: bool| {
        if (code % 2 == 0) == capital_is_even {
            code + 1
        } else {
            code
        }
    };
    let lowered = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => code + 0x20,
        0x130 => u32::from('i'),
        0x178 => 0xFF,
        0x18F => 0x259,
        0x400..=0x40F => code + 0x50,
        0x4C0 => 0x4CF,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => pair(true),
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => pair(true),
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE => pair(false),
        0x1E9E => 0xDF,
        0x212A => u32::from('k'),
        0x212B => 0xE5,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// True for the letters and digits that make up a word of a (folded) name; false for
/// spaces, punctuation and symbols. The same as `char::is_alphanumeric` for Latin, Greek,
/// Cyrillic and general punctuation (a test checks), without its tables for all of Unicode.
fn is_word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // Latin-1: ª ² ³ µ ¹ º ¼ ½ ¾ count as letters or digits; the rest of the row of
        // punctuation and symbols, × and ÷ do not.
        0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE => true,
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        // Modifier symbols (the modifier letters among them count as letters), combining
        // marks, Greek punctuation and the Cyrillic thousands sign and combining marks.
        0x2C2..=0x2C5 | 0x2D2..=0x2DF | 0x2E5..=0x2EB | 0x2ED | 0x2EF..=0x344 => false,
        0x346..=0x362 | 0x375 | 0x37E | 0x384 | 0x385 | 0x387 | 0x3F6 | 0x482..=0x489 => false,
        // Unassigned code points of Greek.
        0x378 | 0x379 | 0x380..=0x383 | 0x38B | 0x38D | 0x3A2 => false,
        // General punctuation: dashes, quotation marks, spaces.
        0x2000..=0x206F => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &'static str, name: &str, other: Option<&str>) -> SearchEntry {
        SearchEntry {
            code: CountryCode::from_static(code),
            name: name.to_owned(),
            other: other.map(str::to_owned),
        }
    }

    fn entries() -> Vec<SearchEntry> {
        vec![
            entry("TUR", "Türkiye", None),
            entry("CYN", "Northern Cyprus", None),
            entry("CYP", "Cyprus", None),
            entry("KAZ", "Kazakhstan", None),
            entry("KGZ", "Kyrgyzstan", None),
            entry("TKM", "Turkmenistan", None),
        ]
    }

    fn codes(list: Vec<CountryCode>) -> Vec<String> {
        list.into_iter().map(|c| c.to_string()).collect()
    }

    /// A word of the name that starts with the query ranks above a match inside a word,
    /// whatever the alphabet says: Equatorial Guinea before Anguilla.
    #[test]
    fn a_word_prefix_ranks_above_a_match_inside_a_word() {
        let list = [
            entry("AIA", "Anguilla", None),
            entry("GNQ", "Equatorial Guinea", None),
            entry("GIN", "Guinea", None),
        ];
        assert_eq!(codes(suggest("gui", &list, 5)), ["GIN", "GNQ", "AIA"]);
    }

    #[test]
    fn names_match_without_diacritics_and_in_any_case() {
        assert_eq!(codes(suggest("turkiye", &entries(), 5)), ["TUR"]);
        assert_eq!(codes(suggest("TÜR", &entries(), 5)), ["TUR", "TKM"]);
    }

    #[test]
    fn a_code_matches_first() {
        assert_eq!(codes(suggest("cyn", &entries(), 5))[0], "CYN");
        assert_eq!(codes(suggest("KGZ", &entries(), 5)), ["KGZ"]);
    }

    #[test]
    fn prefixes_beat_words_which_beat_substrings() {
        assert_eq!(codes(suggest("cyp", &entries(), 5)), ["CYP", "CYN"]);
        assert_eq!(codes(suggest("north", &entries(), 5)), ["CYN"]);
        assert_eq!(codes(suggest("stan", &entries(), 5)), ["KAZ", "KGZ", "TKM"]);
    }

    #[test]
    fn the_english_name_matches_in_another_language() {
        let list = vec![
            entry("CYN", "Солтүстік Кипр", Some("Northern Cyprus")),
            entry("KAZ", "Қазақстан", Some("Kazakhstan")),
        ];
        assert_eq!(codes(suggest("northern", &list, 5)), ["CYN"]);
        assert_eq!(codes(suggest("қаз", &list, 5)), ["KAZ"]);
    }

    /// The folding `fold` replaced, with the standard library's full Unicode tables.
    fn reference_fold(text: &str) -> String {
        fold(
            &text
                .chars()
                .flat_map(char::to_lowercase)
                .collect::<String>(),
        )
    }

    #[test]
    fn lower_case_is_the_standard_one_for_the_scripts_of_names() {
        let blocks = [0..=0x24F, 0x400..=0x52F, 0x1E9E..=0x1E9E, 0x2126..=0x212B];
        for code in blocks.into_iter().flatten() {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            // Latin Extended-B is left as typed, except the Azerbaijani Ə; Ω (U+2126)
            // becomes Greek, which no name uses.
            if (0x180..=0x24F).contains(&code) && code != 0x18F || code == 0x2126 {
                continue;
            }
            let text = c.to_string();
            assert_eq!(fold(&text), reference_fold(&text), "U+{code:04X}");
        }
    }

    #[test]
    fn every_name_folds_and_splits_as_with_the_standard_tables() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/names");
        let mut names = 0;
        for entry in std::fs::read_dir(dir).expect("the names folder") {
            let text =
                std::fs::read_to_string(entry.expect("a names file").path()).expect("a names file");
            let file: std::collections::BTreeMap<String, String> =
                serde_json::from_str(&text).expect("a names file is an object of names");
            for name in file.values() {
                let folded = fold(name);
                assert_eq!(folded, reference_fold(name), "{name}");
                let words = |split: &dyn Fn(char) -> bool| -> Vec<String> {
                    folded.split(split).map(str::to_owned).collect()
                };
                assert_eq!(
                    words(&|c| !is_word_char(c)),
                    words(&|c| !c.is_alphanumeric()),
                    "{name}"
                );
                names += 1;
            }
        }
        assert!(names > 1000, "only {names} names were checked");
    }

    #[test]
    fn word_characters_are_the_standard_ones_for_latin_greek_and_cyrillic() {
        for code in (0..=0x52F).chain(0x2000..=0x206F) {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{code:04X}");
            }
        }
    }

    #[test]
    fn an_empty_query_suggests_nothing() {
        assert!(suggest("  ", &entries(), 5).is_empty());
    }
}
