//! Display names of countries in one language, read from `public/data/names/<lang>.json`.
//!
//! The file is a JSON object from country code to name, written by `build-geometry`
//! from Unicode CLDR, e.g. `{"AZE":"Azerbaijan","CYN":"Northern Cyprus",…}`.

use std::fmt;

use serde::Deserializer;
use serde::de::{self, MapAccess, Visitor};

use super::country_code::CountryCode;

/// The names of one language, keyed by country code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountryNames {
    /// Sorted by code, each code once. A sorted list rather than a `BTreeMap`: a few
    /// hundred entries are searched fast enough, and the Wasm carries less map code.
    names: Vec<(CountryCode, String)>,
}

impl CountryNames {
    /// Parses a names file. Fails with a message naming the problem: text that is not a
    /// JSON object, a key that is not an upper-case country code, a name that is not a
    /// non-empty string, or a code listed twice.
    pub fn parse(json: &str) -> Result<CountryNames, String> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let names = deserializer
            .deserialize_map(NamesVisitor)
            .and_then(|names| deserializer.end().map(|()| names))
            .map_err(|e| format!("names file: {e}"))?;
        Ok(CountryNames { names })
    }

    /// Like [`CountryNames::parse`], from the file already parsed as JSON (the app parses
    /// it with the browser's `JSON.parse`: see `json_value`). A code listed twice cannot be
    /// told here (the parse keeps the last name): the native test of the committed files
    /// reads their text with [`CountryNames::parse`], which rejects it.
    pub fn parse_value(value: serde_json::Value) -> Result<CountryNames, String> {
        let serde_json::Value::Object(map) = value else {
            return Err(format!("names file: expected {EXPECTING}"));
        };
        let mut names = Vec::with_capacity(map.len());
        for (key, value) in &map {
            add_name(&mut names, key, value).map_err(|e| format!("names file: {e}"))?;
        }
        Ok(CountryNames { names })
    }

    /// The name of a country, if the file has one.
    pub fn get(&self, code: CountryCode) -> Option<&str> {
        self.names
            .binary_search_by_key(&code, |(c, _)| *c)
            .ok()
            .map(|i| self.names[i].1.as_str())
    }

    /// Every code and its name, sorted by code.
    pub fn iter(&self) -> impl Iterator<Item = (CountryCode, &str)> + '_ {
        self.names.iter().map(|(code, name)| (*code, name.as_str()))
    }

    /// How many countries have a name.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when the file named no country.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Reads the object entry by entry, so that a duplicate key is an error rather than
/// silently replacing the first name (which a plain map would do).
struct NamesVisitor;

impl<'de> Visitor<'de> for NamesVisitor {
    type Value = Vec<(CountryCode, String)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut names: Vec<(CountryCode, String)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value::<serde_json::Value>()?;
            add_name(&mut names, &key, &value).map_err(de::Error::custom)?;
        }
        Ok(names)
    }
}

/// What a names file is, for messages.
const EXPECTING: &str = "an object from country code to name";

/// Checks one entry of a names file and adds it to `names` (kept sorted by code): the key
/// must be a canonical code, the name a non-empty text, the code new.
fn add_name(
    names: &mut Vec<(CountryCode, String)>,
    key: &str,
    value: &serde_json::Value,
) -> Result<(), String> {
    let code = canonical_code(key)?;
    let name = value
        .as_str()
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .ok_or_else(|| format!("the name of {code} is {value}, not a non-empty text"))?;
    match names.binary_search_by_key(&code, |(c, _)| *c) {
        Ok(_) => Err(format!("{code} is listed twice")),
        Err(at) => {
            names.insert(at, (code, name.to_owned()));
            Ok(())
        }
    }
}

/// A key must be a code in its canonical form (`KAZ`, not `kaz` or ` KAZ`).
fn canonical_code(key: &str) -> Result<CountryCode, String> {
    CountryCode::parse(key)
        .ok()
        .filter(|code| code.as_str() == key)
        .ok_or_else(|| format!("key \"{key}\" is not an upper-case three-letter country code"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_value::as_the_browser_reads;

    const KAZ: CountryCode = CountryCode::from_static("KAZ");
    const CYN: CountryCode = CountryCode::from_static("CYN");

    #[test]
    fn names_are_looked_up_by_code() {
        let names = CountryNames::parse(r#"{"KAZ":"Қазақстан","CYN":"Солтүстік Кипр"}"#)
            .expect("a valid names file");
        assert_eq!(names.get(KAZ), Some("Қазақстан"));
        assert_eq!(names.get(CYN), Some("Солтүстік Кипр"));
        assert_eq!(names.get(CountryCode::from_static("TUR")), None);
        assert_eq!(names.len(), 2);
        assert!(!names.is_empty());
    }

    #[test]
    fn iteration_is_sorted_by_code() {
        let names = CountryNames::parse(r#"{"TUR":"Türkiye","AZE":"Azerbaijan","HUN":"Hungary"}"#)
            .expect("a valid names file");
        let codes: Vec<String> = names.iter().map(|(code, _)| code.to_string()).collect();
        assert_eq!(codes, ["AZE", "HUN", "TUR"]);
    }

    #[test]
    fn an_empty_object_is_an_empty_table() {
        let names = CountryNames::parse(" {} ").expect("valid");
        assert!(names.is_empty());
    }

    #[test]
    fn a_key_that_is_not_a_canonical_code_is_named_in_the_error() {
        for (json, key) in [
            (r#"{"kaz":"Kazakhstan"}"#, "kaz"),
            (r#"{"KAZA":"Kazakhstan"}"#, "KAZA"),
            (r#"{" KAZ":"Kazakhstan"}"#, " KAZ"),
        ] {
            let error = CountryNames::parse(json).expect_err(json);
            assert!(error.contains(&format!("\"{key}\"")), "{error}");
        }
    }

    #[test]
    fn a_missing_or_empty_name_is_reported_with_its_code() {
        for json in [
            r#"{"KAZ":""}"#,
            r#"{"KAZ":"  "}"#,
            r#"{"KAZ":5}"#,
            r#"{"KAZ":null}"#,
        ] {
            let error = CountryNames::parse(json).expect_err(json);
            assert!(error.contains("KAZ"), "{error}");
        }
    }

    #[test]
    fn a_code_listed_twice_is_an_error() {
        let error = CountryNames::parse(r#"{"KAZ":"Kazakhstan","KAZ":"Qazaqstan"}"#)
            .expect_err("duplicate");
        assert!(error.contains("KAZ is listed twice"), "{error}");
    }

    /// Both readings, of the text and of what the browser's `JSON.parse` makes of it, give
    /// the same names, or both an error naming the same problem. A duplicate code is the
    /// exception: `JSON.parse` keeps the last name (see `parse_value`).
    #[test]
    fn the_text_and_the_parsed_value_read_the_same() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/names");
        for entry in std::fs::read_dir(dir).expect("the names directory") {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("read");
            let names = CountryNames::parse(&text).expect("a committed names file is valid");
            assert_eq!(
                CountryNames::parse_value(as_the_browser_reads(&text)),
                Ok(names)
            );
        }
        for (json, problem) in [
            (r#"{"kaz":"Kazakhstan"}"#, "\"kaz\""),
            (r#"{"KAZ":5}"#, "the name of KAZ is 5,"),
            (r#"{"KAZ":2.5}"#, "the name of KAZ is 2.5,"),
            (r#"{"KAZ":" "}"#, "KAZ"),
            ("[]", "an object from country code to name"),
            ("\"KAZ\"", "an object from country code to name"),
        ] {
            let text = CountryNames::parse(json).expect_err(json);
            let value = CountryNames::parse_value(as_the_browser_reads(json)).expect_err(json);
            assert!(
                text.starts_with("names file: ") && text.contains(problem),
                "{text}"
            );
            assert!(
                value.starts_with("names file: ") && value.contains(problem),
                "{value}"
            );
        }
    }

    #[test]
    fn text_that_is_not_an_object_is_rejected() {
        for json in ["", "[]", r#""KAZ""#, "{", r#"{"KAZ":"Kazakhstan"} x"#] {
            assert!(CountryNames::parse(json).is_err(), "{json}");
        }
    }
}
