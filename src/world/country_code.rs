//! `CountryCode`: the project's key for a country or territory.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Three upper-case ASCII letters: ISO 3166-1 alpha-3 where one exists (`KAZ`), otherwise
/// a stable code the project assigns (`CYN` for Northern Cyprus, `XKX` for Kosovo, …).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

/// Why a text is not a country code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryCodeError {
    /// The rejected text, as given.
    pub text: String,
}

impl fmt::Display for CountryCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a country code (three letters such as KAZ)",
            self.text
        )
    }
}

impl std::error::Error for CountryCodeError {}

impl CountryCode {
    /// Parses three ASCII letters in any case (`kaz`, `Kaz`, `KAZ`), ignoring surrounding
    /// white space.
    pub fn parse(text: &str) -> Result<Self, CountryCodeError> {
        let trimmed = text.trim();
        let bytes = trimmed.as_bytes();
        if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return Err(CountryCodeError {
                text: text.to_owned(),
            });
        }
        Ok(Self([
            bytes[0].to_ascii_uppercase(),
            bytes[1].to_ascii_uppercase(),
            bytes[2].to_ascii_uppercase(),
        ]))
    }

    /// A code from a literal known to be valid, for constants and tests.
    ///
    /// # Panics
    /// When `text` is not three ASCII letters; only use it with literals.
    pub const fn from_static(text: &'static str) -> Self {
        let b = text.as_bytes();
        assert!(b.len() == 3, "a country code has three letters");
        assert!(
            b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
        );
        Self([b[0], b[1], b[2]])
    }

    /// The code as text, e.g. `"KAZ"`.
    pub fn as_str(&self) -> &str {
        // Every constructor guarantees three ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = CountryCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        // Data files must use the canonical upper-case form.
        if text.trim() != text || text.to_ascii_uppercase() != text {
            return Err(serde::de::Error::custom(format!(
                "\"{text}\" is not an upper-case three-letter country code"
            )));
        }
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_written_as_its_letters_and_debugged_with_its_type() {
        let code = CountryCode::parse("KAZ").expect("a code");
        assert_eq!(code.to_string(), "KAZ");
        // What a failed assertion about codes prints.
        assert_eq!(format!("{code:?}"), "CountryCode(KAZ)");
    }

    #[test]
    fn a_rejected_code_is_quoted_as_given_in_the_error() {
        let error = CountryCode::parse(" ka").expect_err("two letters");
        assert_eq!(
            error.to_string(),
            "\" ka\" is not a country code (three letters such as KAZ)"
        );
    }

    #[test]
    fn codes_are_read_in_any_case() {
        assert_eq!(
            CountryCode::parse("kaz").map(|c| c.to_string()),
            Ok("KAZ".to_owned())
        );
        assert_eq!(
            CountryCode::parse(" Cyn ").map(|c| c.to_string()),
            Ok("CYN".to_owned())
        );
    }

    #[test]
    fn anything_but_three_letters_is_rejected() {
        for bad in ["", "KA", "KAZA", "K1Z", "<script>", "ÄÖÜ", "K Z"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn data_files_must_use_upper_case() {
        assert!(serde_json::from_str::<CountryCode>("\"KAZ\"").is_ok());
        assert!(serde_json::from_str::<CountryCode>("\"kaz\"").is_err());
    }
}
