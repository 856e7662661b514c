//! Country search: suggestions as you type, matching names in the current language, in
//! English and by code, forgiving case and diacritics ("turkiye" finds "Türkiye").

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
    hits.sort();
    hits.into_iter()
        .take(limit)
        .map(|(_, _, code)| code)
        .collect()
}

fn rank_name(name: &str, q: &str) -> Option<Rank> {
    if name.starts_with(q) {
        Some(Rank::Prefix)
    } else if name
        .split(|c: char| !c.is_alphanumeric())
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
    for c in text.chars().flat_map(char::to_lowercase) {
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

    #[test]
    fn an_empty_query_suggests_nothing() {
        assert!(suggest("  ", &entries(), 5).is_empty());
    }
}
