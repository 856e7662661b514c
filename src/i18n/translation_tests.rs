//! Checks every language's text against English, field by field, through
//! [`Strings::fields`] (and the quiz's, `QuizStrings::fields`). A language that lacks a field does not compile at all; these tests
//! catch what compiles but is still wrong.

use super::quiz::quiz_strings;
use super::sheet::sheet_strings;
use super::strings;
use crate::url_state::Lang;

/// A language's whole interface text: the app's (`Strings`), the quiz's and paper's.
struct Table(Lang);

impl Table {
    fn fields(&self) -> Vec<(&'static str, &'static str)> {
        let mut fields = strings(self.0).fields();
        fields.extend(quiz_strings(self.0).fields());
        fields.extend(sheet_strings(self.0).fields());
        fields
    }
}

/// English's text.
const EN: Table = Table(Lang::En);

/// Every language other than English, with its table.
fn translations() -> impl Iterator<Item = (Lang, Table)> {
    Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::En)
        .map(|lang| (lang, Table(lang)))
}

/// The placeholders of a template, sorted: `{1} and {0}` gives `["{0}", "{1}"]`. A brace
/// that does not belong to a well-formed `{name}` placeholder (digits, or the letters and
/// digits of the date patterns' `{d2}`) is reported as a problem, so a lost `}` does not
/// pass for a placeholder; a mistyped `{O}` differs from English's `{0}`.
fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        let closing = tail.find('}').filter(|_| tail.starts_with('{'));
        match closing {
            Some(j) if j > 1 && tail[1..j].bytes().all(|b| b.is_ascii_alphanumeric()) => {
                found.push(tail[..=j].to_owned());
                rest = &tail[j + 1..];
            }
            _ => {
                found.push(format!("malformed brace in \"{tail}\""));
                rest = &tail[1..];
            }
        }
    }
    found.sort();
    found
}

#[test]
fn placeholders_are_read_and_malformed_braces_reported() {
    assert_eq!(placeholders("{1} in {0}"), ["{0}", "{1}"]);
    assert_eq!(placeholders("no placeholder"), Vec::<String>::new());
    assert_eq!(placeholders("{O}"), ["{O}"]);
    assert_eq!(placeholders("{d} {m2}"), ["{d}", "{m2}"]);
    assert_eq!(placeholders("{ 0}").len(), 2);
    assert_eq!(placeholders("{0").len(), 1);
    assert!(placeholders("0}")[0].starts_with("malformed"));
}

#[test]
fn every_field_is_listed_once() {
    let names: Vec<&str> = EN.fields().iter().map(|(name, _)| *name).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len());
    assert!(names.contains(&"app_title") && names.contains(&"skip_to_panel"));
    for (lang, table) in translations() {
        let theirs: Vec<&str> = table.fields().iter().map(|(name, _)| *name).collect();
        assert_eq!(theirs, names, "{lang:?}");
    }
}

#[test]
fn every_text_is_filled_and_trimmed() {
    for lang in Lang::ALL {
        for (name, text) in Table(lang).fields() {
            assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
            assert_eq!(text.trim(), text, "{lang:?}.{name} has outer spaces");
        }
    }
}

#[test]
fn every_translation_has_the_placeholders_of_english() {
    let english = EN.fields();
    for (lang, table) in translations() {
        for ((name, reference), (_, text)) in english.iter().zip(table.fields()) {
            assert_eq!(
                placeholders(text),
                placeholders(reference),
                "{lang:?}.{name}: \"{text}\" against English \"{reference}\""
            );
        }
    }
}

#[test]
fn no_text_is_a_key_or_a_reminder() {
    let key_like = |text: &str| {
        text.contains('_')
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    };
    for lang in Lang::ALL {
        for (name, text) in Table(lang).fields() {
            // English may say "inferred" for `inferred`; no other language may.
            assert!(
                lang == Lang::En || text != name,
                "{lang:?}.{name} is its own key"
            );
            assert!(!key_like(text), "{lang:?}.{name} looks like a key: {text}");
            for marker in ["TODO", "FIXME", "XXX", "TBD"] {
                assert!(!text.contains(marker), "{lang:?}.{name} contains {marker}");
            }
        }
    }
}

/// The text with its `{…}` placeholders taken out: what a reader sees of it.
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn english_text_is_left_only_where_both_languages_share_the_word() {
    // Words spelled the same in English and in the language.
    let shared = ["Forum", "forum", "Diaspora", "diaspora", "Status"];
    let english = EN.fields();
    for (lang, table) in translations() {
        for ((name, reference), (_, text)) in english.iter().zip(table.fields()) {
            // A pattern of placeholders alone (a date's order) may be the same.
            let no_words = !words(text).chars().any(char::is_alphabetic);
            assert!(
                text != *reference || shared.contains(&text) || no_words,
                "{lang:?}.{name} is still English: {text}"
            );
        }
    }
}

#[test]
fn the_organisation_has_its_official_names() {
    let official = [
        (
            Lang::En,
            "Organization of Turkic States",
            "Turkic Council",
            "OTS",
        ),
        (Lang::Tr, "Türk Devletleri Teşkilatı", "Türk Konseyi", "TDT"),
        (Lang::Az, "Türk Dövlətləri Təşkilatı", "Türk Şurası", "TDT"),
        (Lang::Kk, "Түркі мемлекеттері ұйымы", "Түркі кеңесі", "ТМҰ"),
        (Lang::Ky, "Түрк мамлекеттеринин уюму", "Түрк кеңеши", "ТМУ"),
        (
            Lang::Uz,
            "Turkiy davlatlar tashkiloti",
            "Turkiy kengash",
            "TDT",
        ),
        (Lang::Hu, "Türk Államok Szervezete", "Türk Tanács", "TÁSZ"),
        (
            Lang::Ru,
            "Организация тюркских государств",
            "Тюркский совет",
            "ОТГ",
        ),
    ];
    assert_eq!(official.len(), Lang::ALL.len());
    for (lang, name, former, abbreviation) in official {
        let text = strings(lang);
        assert_eq!(text.ots_name, name, "{lang:?}");
        assert_eq!(text.turkic_council_name, former, "{lang:?}");
        assert!(text.app_title.contains(abbreviation), "{lang:?}");
        assert!(text.app_tagline.contains(name), "{lang:?}");
    }
}

#[test]
fn keyboard_and_link_symbols_are_kept() {
    let english = EN.fields();
    for (lang, table) in translations() {
        for ((name, reference), (_, text)) in english.iter().zip(table.fields()) {
            for symbol in ["Ctrl", "⌘", "↗", "…", "+", "−"] {
                assert!(
                    !reference.contains(symbol) || text.contains(symbol),
                    "{lang:?}.{name} lost {symbol}: {text}"
                );
            }
        }
    }
}

/// Latin words that stay as they are in Cyrillic text: names, key caps and file formats.
const LATIN_IN_CYRILLIC: [&str; 13] = [
    "Natural Earth",
    "QR",
    "Unicode",
    "CLDR",
    "Ctrl+C",
    "Enter",
    "Escape",
    "Shift",
    "SVG",
    "PNG",
    "CSV",
    "JSON",
    "Atom",
];

#[test]
fn each_language_keeps_to_its_script() {
    let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    for (lang, table) in translations() {
        for (name, text) in table.fields() {
            if matches!(lang, Lang::Kk | Lang::Ky | Lang::Ru) {
                let rest = LATIN_IN_CYRILLIC
                    .iter()
                    .fold(words(text), |t, word| t.replace(word, ""));
                assert!(
                    !rest.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang:?}.{name} mixes Latin letters into Cyrillic: {text}"
                );
            } else {
                assert!(
                    !text.chars().any(cyrillic),
                    "{lang:?}.{name} has Cyrillic letters: {text}"
                );
            }
        }
    }
}

/// What is wrong with the apostrophes of an Uzbek text: oʻ and gʻ take ʻ (U+02BB), the
/// tutuq belgisi ʼ (U+02BC); never ', `, ‘ or ’.
fn uzbek_apostrophe_problem(text: &str) -> Option<String> {
    if let Some(wrong) = ['\'', '`', '‘', '’']
        .into_iter()
        .find(|c| text.contains(*c))
    {
        return Some(format!("has {wrong:?}"));
    }
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().find_map(|(i, &c)| {
        let before = i.checked_sub(1).map(|j| chars[j]);
        (c == 'ʻ' && !matches!(before, Some('o' | 'g' | 'O' | 'G')))
            .then(|| "has ʻ (U+02BB) after a letter other than o or g".to_owned())
    })
}

#[test]
fn uzbek_uses_the_turned_comma_in_o_and_g() {
    for (name, text) in Table(Lang::Uz).fields() {
        if let Some(problem) = uzbek_apostrophe_problem(text) {
            panic!("uz.{name} {problem}: {text}");
        }
    }
    for (code, name) in country_names("uz") {
        if let Some(problem) = uzbek_apostrophe_problem(&name) {
            panic!("names/uz.json {code} {problem}: {name}");
        }
    }
}

/// The country names file of a language, as `(code, name)`.
fn country_names(tag: &str) -> Vec<(String, String)> {
    let text = match tag {
        "en" => include_str!("../../public/data/names/en.json"),
        "tr" => include_str!("../../public/data/names/tr.json"),
        "az" => include_str!("../../public/data/names/az.json"),
        "kk" => include_str!("../../public/data/names/kk.json"),
        "ky" => include_str!("../../public/data/names/ky.json"),
        "uz" => include_str!("../../public/data/names/uz.json"),
        "hu" => include_str!("../../public/data/names/hu.json"),
        _ => include_str!("../../public/data/names/ru.json"),
    };
    let map: std::collections::BTreeMap<String, String> =
        serde_json::from_str(text).expect("a names file is a JSON object of strings");
    map.into_iter().collect()
}

/// A word that mixes Cyrillic and Latin letters (a look-alike such as Latin "a" in
/// "Кaзахстан"), if the text has one.
fn mixed_script_word(text: &str) -> Option<&str> {
    let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    text.split(|c: char| !c.is_alphanumeric())
        .find(|word| word.chars().any(cyrillic) && word.chars().any(|c| c.is_ascii_alphabetic()))
}

#[test]
fn no_word_mixes_latin_and_cyrillic_letters() {
    for lang in Lang::ALL {
        for (name, text) in Table(lang).fields() {
            assert_eq!(mixed_script_word(text), None, "{lang:?}.{name}: {text}");
        }
        for (code, name) in country_names(lang.tag()) {
            assert_eq!(
                mixed_script_word(&name),
                None,
                "names/{}.json {code}",
                lang.tag()
            );
        }
    }
    assert_eq!(mixed_script_word("Кaзахстан"), Some("Кaзахстан"));
}

/// The translators' glossary: one term per concept, and each language's quotation marks.
fn glossary() -> serde_json::Value {
    serde_json::from_str(include_str!("glossary.json")).expect("glossary.json is JSON")
}

/// The text of a field by name.
fn field(lang: Lang, name: &str) -> &'static str {
    Table(lang)
        .fields()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("glossary.json names an unknown field {name}"))
}

#[test]
fn each_concept_has_one_term_in_each_language() {
    let glossary = glossary();
    let concepts = glossary["concepts"].as_array().expect("concepts");
    for concept in concepts {
        let fields = concept["fields"].as_array().expect("fields");
        for lang in Lang::ALL {
            let term = concept["terms"][lang.tag()]
                .as_str()
                .expect("a term per language");
            let avoid = concept["avoid"][lang.tag()]
                .as_array()
                .cloned()
                .unwrap_or_default();
            for name in fields.iter().filter_map(|f| f.as_str()) {
                let text = field(lang, name).to_lowercase();
                assert!(
                    text.contains(&term.to_lowercase()),
                    "{lang:?}.{name} does not say \"{term}\" ({}): {text}",
                    concept["concept"]
                );
                for word in avoid.iter().filter_map(|w| w.as_str()) {
                    assert!(
                        !text.contains(&word.to_lowercase()),
                        "{lang:?}.{name} says \"{word}\" where the glossary says \"{term}\": {text}"
                    );
                }
            }
        }
    }
}

/// Every quotation mark a text might use.
const QUOTATION_MARKS: [char; 9] = ['“', '”', '„', '‟', '«', '»', '‹', '›', '"'];

#[test]
fn each_language_quotes_with_its_own_marks() {
    let glossary = glossary();
    for lang in Lang::ALL {
        let marks: Vec<char> = glossary["quotation_marks"][lang.tag()]
            .as_array()
            .expect("marks per language")
            .iter()
            .filter_map(|m| m.as_str()?.chars().next())
            .collect();
        let [open, close] = marks[..] else {
            panic!("{lang:?}: give an opening and a closing mark");
        };
        for (name, text) in Table(lang).fields() {
            for c in text.chars().filter(|c| QUOTATION_MARKS.contains(c)) {
                assert!(
                    c == open || c == close,
                    "{lang:?}.{name} quotes with {c:?} where the language uses {open}…{close}: {text}"
                );
            }
            let (opened, closed) = (text.matches(open).count(), text.matches(close).count());
            assert!(
                open == close || opened == closed,
                "{lang:?}.{name} opens {opened} and closes {closed} quotations: {text}"
            );
        }
    }
}
