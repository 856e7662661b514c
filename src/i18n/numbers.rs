//! Numbers for people: grouped digits and compact amounts ("3.1 million", "10–30
//! thousand"), in each language's own separators and words.

use crate::data::Amount;
use crate::url_state::Lang;

/// How one language writes numbers.
struct NumberStyle {
    decimal: char,
    group: char,
    thousand: &'static str,
    million: &'static str,
}

fn style(lang: Lang) -> NumberStyle {
    // U+00A0 (no-break space) groups digits where a space is the convention.
    const NBSP: char = '\u{a0}';
    match lang {
        Lang::En => NumberStyle {
            decimal: '.',
            group: ',',
            thousand: "thousand",
            million: "million",
        },
        Lang::Tr => NumberStyle {
            decimal: ',',
            group: '.',
            thousand: "bin",
            million: "milyon",
        },
        Lang::Az => NumberStyle {
            decimal: ',',
            group: '.',
            thousand: "min",
            million: "milyon",
        },
        Lang::Kk => NumberStyle {
            decimal: ',',
            group: NBSP,
            thousand: "мың",
            million: "миллион",
        },
        Lang::Ky => NumberStyle {
            decimal: ',',
            group: NBSP,
            thousand: "миң",
            million: "миллион",
        },
        Lang::Uz => NumberStyle {
            decimal: ',',
            group: NBSP,
            thousand: "ming",
            million: "million",
        },
        Lang::Hu => NumberStyle {
            decimal: ',',
            group: NBSP,
            thousand: "ezer",
            million: "millió",
        },
        Lang::Ru => NumberStyle {
            decimal: ',',
            group: NBSP,
            thousand: "тыс.",
            million: "млн",
        },
    }
}

/// Digits grouped by thousands: `1,462,588` in English, `1 462 588` in Russian. Hungarian
/// leaves four-digit numbers whole (`9999`; CLDR `hu` has `minimumGroupingDigits: 2`).
pub fn grouped(value: u64, lang: Lang) -> String {
    let group = style(lang).group;
    let digits = value.to_string();
    if lang == Lang::Hu && digits.len() == 4 {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    out
}

/// Which word a compact number uses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    One,
    Thousand,
    Million,
}

fn unit_for(value: u64) -> Unit {
    if value >= 1_000_000 {
        Unit::Million
    } else if value >= 10_000 {
        Unit::Thousand
    } else {
        Unit::One
    }
}

/// The number in a unit: whole thousands, millions with at most one decimal (`3.1`, `30`).
fn scaled(value: u64, unit: Unit, decimal: char) -> String {
    let divisor = match unit {
        Unit::One => return value.to_string(),
        // Thousands are written whole: "14 thousand", not "14.2 thousand".
        Unit::Thousand => return ((value + 500) / 1_000).to_string(),
        Unit::Million => 1_000_000,
    };
    // Tenths, rounded half up, computed in integers.
    let tenths = (value * 10 + divisor / 2) / divisor;
    let (whole, frac) = (tenths / 10, tenths % 10);
    if frac == 0 || whole >= 100 {
        let rounded = if whole >= 100 {
            (tenths + 5) / 10
        } else {
            whole
        };
        rounded.to_string()
    } else {
        format!("{whole}{decimal}{frac}")
    }
}

/// A compact number: `14,205`, `30 thousand`, `3.1 million`.
pub fn compact(value: u64, lang: Lang) -> String {
    let s = style(lang);
    match unit_for(value) {
        Unit::One => grouped(value, lang),
        Unit::Thousand => format!(
            "{} {}",
            scaled(value, Unit::Thousand, s.decimal),
            s.thousand
        ),
        Unit::Million => format!("{} {}", scaled(value, Unit::Million, s.decimal), s.million),
    }
}

/// A compact amount: a value, a range sharing one unit where possible (`10–30 thousand`,
/// `12–23 million`), or a lower bound (`≥ 1.4 million`).
pub fn compact_amount(amount: Amount, lang: Lang) -> String {
    let s = style(lang);
    match amount {
        Amount::Value(v) => compact(v, lang),
        Amount::AtLeast(v) => format!("≥ {}", compact(v, lang)),
        Amount::Range { min, max } => {
            let unit = unit_for(max);
            if unit_for(min) == unit || (unit == Unit::Million && min >= 100_000) {
                let word = match unit {
                    Unit::One => "",
                    Unit::Thousand => s.thousand,
                    Unit::Million => s.million,
                };
                let low = scaled(min, unit, s.decimal);
                let high = scaled(max, unit, s.decimal);
                if word.is_empty() {
                    format!("{}–{}", grouped(min, lang), grouped(max, lang))
                } else {
                    format!("{low}–{high} {word}")
                }
            } else {
                format!("{}–{}", compact(min, lang), compact(max, lang))
            }
        }
    }
}

/// An amount in full digits: `3,000,000`, `12,000,000–23,000,000`, `≥ 1,400,000`.
pub fn full_amount(amount: Amount, lang: Lang) -> String {
    match amount {
        Amount::Value(v) => grouped(v, lang),
        Amount::Range { min, max } => format!("{}–{}", grouped(min, lang), grouped(max, lang)),
        Amount::AtLeast(v) => format!("≥ {}", grouped(v, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_per_language() {
        assert_eq!(grouped(1_462_588, Lang::En), "1,462,588");
        assert_eq!(grouped(1_462_588, Lang::Tr), "1.462.588");
        assert_eq!(grouped(1_462_588, Lang::Ru), "1\u{a0}462\u{a0}588");
        assert_eq!(grouped(999, Lang::En), "999");
    }

    #[test]
    fn azerbaijani_kazakh_kyrgyz_and_uzbek_use_their_cldr_separators() {
        // CLDR: az groups with a full stop, kk, ky and uz with a no-break space; all four
        // write a decimal comma.
        assert_eq!(grouped(1_462_588, Lang::Az), "1.462.588");
        for lang in [Lang::Kk, Lang::Ky, Lang::Uz] {
            assert_eq!(grouped(1_462_588, lang), "1\u{a0}462\u{a0}588", "{lang:?}");
            assert_eq!(grouped(9_999, lang), "9\u{a0}999", "{lang:?}");
        }
        assert_eq!(compact(1_462_588, Lang::Az), "1,5 milyon");
        assert_eq!(compact(1_462_588, Lang::Kk), "1,5 миллион");
        assert_eq!(compact(1_462_588, Lang::Ky), "1,5 миллион");
        assert_eq!(compact(1_462_588, Lang::Uz), "1,5 million");
    }

    #[test]
    fn compact_numbers_use_words() {
        assert_eq!(compact(14_205, Lang::En), "14 thousand");
        assert_eq!(compact(9_999, Lang::En), "9,999");
        assert_eq!(compact(3_000_000, Lang::En), "3 million");
        assert_eq!(compact(1_462_588, Lang::En), "1.5 million");
        assert_eq!(compact(474_576, Lang::En), "475 thousand");
        assert_eq!(compact(1_462_588, Lang::Tr), "1,5 milyon");
    }

    #[test]
    fn full_amounts_use_the_language_separators() {
        assert_eq!(
            full_amount(
                Amount::Range {
                    min: 12_000_000,
                    max: 23_000_000
                },
                Lang::En
            ),
            "12,000,000–23,000,000"
        );
        assert_eq!(full_amount(Amount::Value(3_000_000), Lang::Tr), "3.000.000");
    }

    #[test]
    fn ranges_share_their_unit() {
        assert_eq!(
            compact_amount(
                Amount::Range {
                    min: 10_000,
                    max: 30_000
                },
                Lang::En
            ),
            "10–30 thousand"
        );
        assert_eq!(
            compact_amount(
                Amount::Range {
                    min: 12_000_000,
                    max: 23_000_000
                },
                Lang::En
            ),
            "12–23 million"
        );
        assert_eq!(
            compact_amount(
                Amount::Range {
                    min: 530_000,
                    max: 2_000_000
                },
                Lang::En
            ),
            "0.5–2 million"
        );
        assert_eq!(
            compact_amount(
                Amount::Range {
                    min: 40_000,
                    max: 120_000
                },
                Lang::Hu
            ),
            "40–120 ezer"
        );
        assert_eq!(
            compact_amount(Amount::AtLeast(1_400_000), Lang::En),
            "≥ 1.4 million"
        );
    }

    #[test]
    fn hungarian_starts_grouping_at_five_digits() {
        assert_eq!(grouped(9_999, Lang::Hu), "9999");
        assert_eq!(grouped(12_345, Lang::Hu), "12\u{a0}345");
        assert_eq!(grouped(9_999, Lang::Ru), "9\u{a0}999");
        assert_eq!(grouped(9_999, Lang::En), "9,999");
    }
}
