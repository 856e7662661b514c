//! Names: the display name of every code in the app's eight languages, from CLDR, with
//! the project's own names where CLDR has none or differs from a country's own usage.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::codes::Country;
use crate::read_json;

/// The languages of the names files, as CLDR locale ids. CLDR's `kk` and `ky` are
/// Cyrillic and `uz` is Latin, which is what the app wants.
const LANGUAGES: [&str; 8] = ["en", "tr", "az", "kk", "ky", "uz", "hu", "ru"];

/// Names of the codes CLDR does not have, in the order of [`LANGUAGES`]. The wording
/// is neutral: a geographic description, never a claim about status.
pub const EXTRA_NAMES: [(&str, [&str; 8]); 5] = [
    (
        "CYN",
        [
            "Northern Cyprus",
            "Kuzey Kıbrıs",
            "Şimali Kipr",
            "Солтүстік Кипр",
            "Түндүк Кипр",
            "Shimoliy Kipr",
            "Észak-Ciprus",
            "Северный Кипр",
        ],
    ),
    (
        "SOL",
        [
            "Somaliland",
            "Somaliland",
            "Somalilend",
            "Сомалиленд",
            "Сомалиленд",
            "Somalilend",
            "Szomáliföld",
            "Сомалиленд",
        ],
    ),
    (
        "IOA",
        [
            "Indian Ocean Territories",
            "Hint Okyanusu Toprakları",
            "Hind Okeanı Əraziləri",
            "Үнді мұхиты аумақтары",
            "Инди океанындагы аймактар",
            "Hind okeani hududlari",
            "Indiai-óceáni területek",
            "Территории в Индийском океане",
        ],
    ),
    (
        "KAS",
        [
            "Siachen Glacier",
            "Siachen Buzulu",
            "Siaçen buzlağı",
            "Сиачен мұздығы",
            "Сиачен мөңгүсү",
            "Siachen muzligi",
            "Siachen-gleccser",
            "Ледник Сиачен",
        ],
    ),
    (
        "ATC",
        [
            "Ashmore and Cartier Islands",
            "Ashmore ve Cartier Adaları",
            "Aşmor və Kartye adaları",
            "Эшмор және Картье аралдары",
            "Эшмор жана Картье аралдары",
            "Ashmor va Karye orollari",
            "Ashmore- és Cartier-szigetek",
            "Острова Эшмор и Картье",
        ],
    ),
];

/// Which CLDR name to show. The rule: the default name, except where the default adds a
/// qualifier a map label does not need or disambiguates awkwardly, and CLDR offers a
/// plainer alternative: "Hong Kong SAR China" → "Hong Kong" (`short`), "Macao SAR China"
/// → "Macao", "Myanmar (Burma)" → "Myanmar", and the two Congos' "Congo - Kinshasa" /
/// "Congo - Brazzaville" → "Congo (DRC)" / "Congo (Republic)" (`variant`). Short forms
/// that are abbreviations ("UK", "US") are not used. A language without the alternative
/// falls back to its default name, with the qualifier in brackets removed where it is
/// only a former name (Myanmar's "(Burma)" in most languages); brackets that tell two
/// places apart (the British and U.S. Virgin Islands in Russian) stay.
const PREFERRED_ALTERNATIVES: [(&str, &str); 5] = [
    ("HK", "short"),
    ("MO", "short"),
    ("MM", "short"),
    ("CD", "variant"),
    ("CG", "variant"),
];

/// Where CLDR's name differs from the name an OTS country uses for itself in that language,
/// the country's own usage: `(language, code, name, why)`. The eight OTS countries were
/// checked in all eight languages (December 2026); only this one differs.
const OWN_NAMES: [(&str, &str, &str, &str); 1] = [(
    "ru",
    "KGZ",
    "Кыргызстан",
    "CLDR ru says Киргизия; the Constitution of the Kyrgyz Republic (art. 1) names the state \
     Кыргызская Республика (Кыргызстан), and the OTS and Kyrgyzstan write Кыргызстан in Russian",
)];

/// Uzbek Latin writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC; CLDR's `uz`
/// has ‘ or ’ in a few names ("Qo‘shma Shtatlari", "Kot-d’Ivuar").
fn uzbek_apostrophes(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut before = None;
    for c in name.chars() {
        let c = match c {
            '‘' | '’' | '\'' if matches!(before, Some('o' | 'g' | 'O' | 'G')) => 'ʻ',
            '‘' | '’' | '\'' => 'ʼ',
            c => c,
        };
        out.push(c);
        before = Some(c);
    }
    out
}

/// Territories whose default name ends in a bracketed former name, dropped when the
/// language has no short form (see [`PREFERRED_ALTERNATIVES`]).
const FORMER_NAME_IN_BRACKETS: [&str; 1] = ["MM"];

/// The names file of every language, as compact JSON text, keyed by code.
pub fn build_names(
    countries: &[Country],
    source: &Path,
) -> Result<Vec<(&'static str, String)>, String> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (l, language) in LANGUAGES.iter().enumerate() {
        let territories = load_territories(source, language)?;
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        for country in countries {
            match name_of(country, l, &territories) {
                Some(name) => {
                    names.insert(country.code.to_string(), name);
                }
                None => problems.push(format!("{language}: no name for {}", country.code)),
            }
        }
        let text = serde_json::to_string(&names)
            .map_err(|e| format!("cannot write the {language} names: {e}"))?;
        files.push((*language, text + "\n"));
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(format!("missing names:\n  {}", problems.join("\n  ")))
    }
}

/// The CLDR territory names of one language, by territory key.
fn load_territories(source: &Path, language: &str) -> Result<BTreeMap<String, String>, String> {
    let path = source.join(format!(
        "cldr-localenames-full/main/{language}/territories.json"
    ));
    let file: Value = read_json(&path)?;
    let table = file
        .pointer(&format!("/main/{language}/localeDisplayNames/territories"))
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{} has no territories table", path.display()))?;
    Ok(table
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
        .collect())
}

/// The display name of a country in the language at `language_index` of [`LANGUAGES`].
fn name_of(
    country: &Country,
    language_index: usize,
    territories: &BTreeMap<String, String>,
) -> Option<String> {
    let language = LANGUAGES[language_index];
    let own = OWN_NAMES
        .iter()
        .find(|(l, code, _, _)| *l == language && *code == country.code.as_str())
        .map(|(_, _, name, _)| (*name).to_owned());
    let name = match (own, &country.cldr) {
        (Some(own), _) => own,
        (None, Some(key)) => cldr_name(key, territories)?,
        (None, None) => EXTRA_NAMES
            .iter()
            .find(|(code, _)| *code == country.code.as_str())
            .map(|(_, names)| names[language_index].to_owned())?,
    };
    let name = if language == "uz" {
        uzbek_apostrophes(&name)
    } else {
        name
    };
    let trimmed = name.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A CLDR name by the rule of [`PREFERRED_ALTERNATIVES`].
fn cldr_name(key: &str, territories: &BTreeMap<String, String>) -> Option<String> {
    let alternative = PREFERRED_ALTERNATIVES
        .iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, alt)| territories.get(&format!("{key}-alt-{alt}")));
    if let Some(name) = alternative {
        return Some(name.clone());
    }
    let name = territories.get(key)?;
    if FORMER_NAME_IN_BRACKETS.contains(&key)
        && let Some(start) = name.rfind(" (")
        && name.ends_with(')')
    {
        return Some(name[..start].to_owned());
    }
    Some(name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ots_atlas::world::CountryCode;

    #[test]
    fn cldr_names_prefer_plain_alternatives_and_drop_former_names() {
        let table: BTreeMap<String, String> = [
            ("HK", "Hong Kong SAR China"),
            ("HK-alt-short", "Hong Kong"),
            ("MM", "Myanma (Birma)"),
            ("VG", "Виргинские о-ва (Великобритания)"),
            ("GB", "United Kingdom"),
            ("GB-alt-short", "UK"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let name = |key| cldr_name(key, &table);
        assert_eq!(name("HK").as_deref(), Some("Hong Kong"));
        assert_eq!(name("MM").as_deref(), Some("Myanma"));
        assert_eq!(
            name("VG").as_deref(),
            Some("Виргинские о-ва (Великобритания)")
        );
        assert_eq!(name("GB").as_deref(), Some("United Kingdom"));
        assert_eq!(name("ZZ"), None);
    }

    #[test]
    fn uzbek_names_use_the_uzbek_apostrophes() {
        assert_eq!(
            uzbek_apostrophes("Amerika Qo‘shma Shtatlari"),
            "Amerika Qoʻshma Shtatlari"
        );
        assert_eq!(
            uzbek_apostrophes("G‘arbiy Sahroi Kabir"),
            "Gʻarbiy Sahroi Kabir"
        );
        assert_eq!(uzbek_apostrophes("Kot-d’Ivuar"), "Kot-dʼIvuar");
        assert_eq!(uzbek_apostrophes("Oʻzbekiston"), "Oʻzbekiston");
    }

    #[test]
    fn own_names_are_for_known_languages_and_say_why() {
        for (language, code, name, why) in OWN_NAMES {
            assert!(LANGUAGES.contains(&language), "{language}");
            assert_eq!(code.len(), 3);
            assert!(!name.is_empty() && why.len() > 20, "{code}");
        }
    }

    #[test]
    fn every_extra_name_is_filled_in_for_every_language() {
        for (code, names) in EXTRA_NAMES {
            assert!(CountryCode::parse(code).is_ok(), "{code}");
            assert!(names.iter().all(|n| !n.trim().is_empty()), "{code}");
        }
    }
}
