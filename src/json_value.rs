//! The rules by which a value parsed by the browser's `JSON.parse` becomes a
//! `serde_json::Value` that the readers (`world`, `data`, `i18n`, `data_version`) take as
//! they take serde_json's own parse of the same text.
//!
//! In the Wasm the app parses its files with `JSON.parse` and walks the result into a
//! `Value` (`ui/json.rs`), so that the Wasm carries no JSON parser. The walk lives in `ui`
//! (it needs js-sys); what it decides is here, with native tests: how a JavaScript number
//! becomes a `Number`, and how deep the nesting may go.

use serde_json::{Number, Value};

/// The deepest nesting of arrays and objects the walk accepts: the same limit as
/// serde_json's parser, which fails at the 128th level (its "recursion limit exceeded").
/// It keeps a hostile file (`[[[[…]]]]` a million deep, which `JSON.parse` accepts) from
/// overflowing the Wasm stack.
pub const MAX_DEPTH: usize = 128;

/// The message for a file nested deeper than [`MAX_DEPTH`].
pub const TOO_DEEP: &str = "recursion limit exceeded (arrays and objects nested 128 deep)";

/// The message for a number `JSON.parse` reads as an infinity (`1e999`), which serde_json
/// rejects.
pub const OUT_OF_RANGE: &str = "number out of range";

/// A JavaScript number as serde_json would hold it. A whole number within the range of
/// `u64` (from 0) or `i64` (below 0) is an integer, as serde_json reads `12` or `-3`, so
/// that the integer fields of `data/records.rs` (u8, u32, i32, u64) accept and reject the
/// same values and their messages print the same digits. `-0` stays a float, as in
/// serde_json. Every other number is a float; an infinity is an error.
///
/// Two differences cannot be avoided, since `JSON.parse` keeps only the number: a whole
/// number written with a fraction or an exponent (`2.0`, `1e2`) is an integer here but a
/// float for serde_json (so the browser accepts `2.0` in an integer field where
/// `check-data` rejects it, and `check-data` runs on every build), and integers beyond
/// 2^53 lose their last digits (no data file holds one: the largest are populations).
pub fn number(n: f64) -> Result<Value, &'static str> {
    if !n.is_finite() {
        return Err(OUT_OF_RANGE);
    }
    // 2^64 and 2^63, exactly.
    const U64_END: f64 = 18_446_744_073_709_551_616.0;
    const I64_START: f64 = -9_223_372_036_854_775_808.0;
    if n.fract() == 0.0 && !(n == 0.0 && n.is_sign_negative()) {
        if (0.0..U64_END).contains(&n) {
            return Ok(Value::from(n as u64));
        }
        if (I64_START..0.0).contains(&n) {
            return Ok(Value::from(n as i64));
        }
    }
    Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
}

/// What the browser makes of a JSON text, for the native tests of the `…_value` readers:
/// serde_json's reading with every number passed through `f64` and [`number`], as the
/// walk of `JSON.parse`'s result does it (`tests/browser.rs` checks the walk itself).
#[cfg(test)]
pub(crate) fn as_the_browser_reads(text: &str) -> Value {
    fn walk(value: Value) -> Value {
        match value {
            Value::Number(n) => number(n.as_f64().unwrap_or_default()).unwrap_or_default(),
            Value::Array(items) => Value::Array(items.into_iter().map(walk).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, walk(v))).collect())
            }
            other => other,
        }
    }
    walk(serde_json::from_str(text).expect("a test's JSON is valid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's reading of a number's text.
    fn serde(text: &str) -> Value {
        serde_json::from_str(text).expect("a JSON number")
    }

    /// What the walk makes of the number `JSON.parse` reads from the same text (Rust's
    /// `f64` parsing is correctly rounded, like `JSON.parse`).
    fn walked(text: &str) -> Value {
        number(text.parse::<f64>().expect("a number")).expect("a finite number")
    }

    #[test]
    fn numbers_become_what_serde_json_reads_from_the_same_text() {
        for text in [
            "0",
            "-0",
            "-0.0",
            "1",
            "-1",
            "255",
            "256",
            "-2147483648",
            "4294967295",
            "4294967296",
            "9007199254740992",
            "-9007199254740992",
            "0.1",
            "-0.5",
            "69.123456",
            "1e21",
            "1e-7",
            "100000000000000000000",
            "-1e300",
            "1.7976931348623157e308",
            "5e-324",
        ] {
            let walked = walked(text);
            let serde = serde(text);
            assert_eq!(walked, serde, "{text}");
            // The same kind of number too (`PartialEq` would not tell 0.0 from -0.0).
            assert_eq!(walked.to_string(), serde.to_string(), "{text}");
            assert_eq!(walked.is_u64(), serde.is_u64(), "{text}");
            assert_eq!(walked.is_i64(), serde.is_i64(), "{text}");
        }
    }

    #[test]
    fn a_whole_number_written_as_a_float_is_an_integer_here() {
        // The difference the doc comment names: `JSON.parse` keeps no trace of `.0`.
        assert_eq!(walked("2.0"), Value::from(2u64));
        assert!(serde("2.0").is_f64());
        assert_eq!(walked("-1e2"), Value::from(-100i64));
    }

    #[test]
    fn an_infinity_is_out_of_range_as_in_serde_json() {
        assert_eq!(number(f64::INFINITY), Err(OUT_OF_RANGE));
        assert_eq!(number(f64::NEG_INFINITY), Err(OUT_OF_RANGE));
        assert_eq!(number(f64::NAN), Err(OUT_OF_RANGE));
        assert!(serde_json::from_str::<Value>("1e999").is_err());
    }

    #[test]
    fn the_ends_of_the_integer_ranges() {
        assert_eq!(
            number(18_446_744_073_709_549_568.0),
            Ok(Value::from(u64::MAX - 2047))
        );
        assert!(
            number(18_446_744_073_709_551_616.0)
                .expect("finite")
                .is_f64()
        );
        assert_eq!(
            number(-9_223_372_036_854_775_808.0),
            Ok(Value::from(i64::MIN))
        );
        assert!(
            number(-9_223_372_036_854_777_856.0)
                .expect("finite")
                .is_f64()
        );
    }
}
