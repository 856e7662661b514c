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
        f.write_str("an object from country code to name")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut names: Vec<(CountryCode, String)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let code = canonical_code(&key).map_err(de::Error::custom)?;
            let value = map.next_value::<serde_json::Value>()?;
            let name = value
                .as_str()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .ok_or_else(|| {
                    de::Error::custom(format!(
                        "the name of {code} is {value}, not a non-empty text"
                    ))
                })?;
            match names.binary_search_by_key(&code, |(c, _)| *c) {
                Ok(_) => return Err(de::Error::custom(format!("{code} is listed twice"))),
                Err(at) => names.insert(at, (code, name.to_owned())),
            }
        }
        Ok(names)
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

    #[test]
    fn text_that_is_not_an_object_is_rejected() {
        for json in ["", "[]", r#""KAZ""#, "{", r#"{"KAZ":"Kazakhstan"} x"#] {
            assert!(CountryNames::parse(json).is_err(), "{json}");
        }
    }
}
