//! Dates in each language's words and order: `17 December 2025`, `17 декабря 2025 г.`,
//! `2025. december 17.`, `2025-ж., 17-декабрь`.
//!
//! Month names and patterns follow CLDR's Gregorian calendar (`cldr-dates-full` 48.2.0,
//! `main/<lang>/ca-gregorian.json`): the `long` date format for a day, `yMMMM` for a month,
//! and the `yMMMd` interval formats for ranges of days, with wide month names. English
//! reproduces the `Display` text of [`FuzzyDate`] exactly.

use super::Strings;
use crate::data::{FuzzyDate, PartialDate, Precision};

/// How one language writes dates, read from its [`Strings`] (the `months…` and `date_…`
/// fields).
///
/// Patterns use `{d}`, `{m}` and `{y}` for the day, the month name and the year, and `{d2}`,
/// `{m2}` for the second day and month of a range. As in CLDR, a narrow no-break space
/// (U+202F) keeps a year together with its abbreviated "year" word (`2025 г.`, `2025 ж.`).
struct DateStyle {
    /// Month names next to a day (CLDR's format form: genitive in Russian), `|`-separated.
    months: &'static str,
    /// Month names next to a year alone (CLDR `yMMMM`: the stand-alone form in Russian).
    months_alone: &'static str,
    /// A day: `17 December 2025`.
    day: &'static str,
    /// A month: `December 2025`.
    month: &'static str,
    /// Two days of one month: `28–30 March 2022`.
    days_of_month: &'static str,
    /// Two days of one year: `13 January – 2 February 2026`.
    days_of_year: &'static str,
    /// Added, after a space, behind an approximate date.
    approximate: &'static str,
}

/// The name of month `month` (1–12) from a `|`-separated list (a short list repeats its last
/// name, so that a damaged language file shows a wrong month rather than a panic). Only
/// the one name is looked up: a panel writes dozens of dates.
fn month_name(list: &'static str, month: u8) -> &'static str {
    let mut name = "";
    for part in list.split('|').take(usize::from(month.clamp(1, 12))) {
        name = part;
    }
    name
}

#[cfg(test)]
fn month_names(list: &'static str) -> [&'static str; 12] {
    std::array::from_fn(|i| month_name(list, i as u8 + 1))
}

fn style(text: &Strings) -> DateStyle {
    DateStyle {
        months: text.months,
        months_alone: text.months_alone,
        day: text.date_day,
        month: text.date_month,
        days_of_month: text.date_days_of_month,
        days_of_year: text.date_days_of_year,
        approximate: text.date_approximate,
    }
}

/// Fills a pattern's `{name}` tokens.
fn render(pattern: &str, parts: &[(&str, String)]) -> String {
    parts
        .iter()
        .fold(pattern.to_owned(), |out, (token, value)| {
            out.replace(token, value)
        })
}

/// One date: a day, a month or a year. A year alone is written as its digits in every
/// language (CLDR's Hungarian `y.` is left out, so that `2009 óta` reads correctly).
fn single(date: PartialDate, style: &DateStyle) -> String {
    let year = date.year().to_string();
    match (date.month(), date.day()) {
        (Some(m), Some(d)) => render(
            style.day,
            &[
                ("{d}", d.to_string()),
                ("{m}", month_name(style.months, m).to_owned()),
                ("{y}", year),
            ],
        ),
        (Some(m), None) => render(
            style.month,
            &[
                ("{m}", month_name(style.months_alone, m).to_owned()),
                ("{y}", year),
            ],
        ),
        _ => year,
    }
}

/// A range between two dates. Two days of one year share the year (and the month, if they
/// share it too); any other range is two whole dates joined by an en dash.
fn range(start: PartialDate, end: PartialDate, style: &DateStyle) -> String {
    let both_days = start.precision() == Precision::Day && end.precision() == Precision::Day;
    match (start.month(), start.day(), end.month(), end.day()) {
        (Some(m1), Some(d1), Some(m2), Some(d2)) if both_days && start.year() == end.year() => {
            let pattern = if m1 == m2 {
                style.days_of_month
            } else {
                style.days_of_year
            };
            render(
                pattern,
                &[
                    ("{d2}", d2.to_string()),
                    ("{m2}", month_name(style.months, m2).to_owned()),
                    ("{d}", d1.to_string()),
                    ("{m}", month_name(style.months, m1).to_owned()),
                    ("{y}", end.year().to_string()),
                ],
            )
        }
        _ => format!("{} – {}", single(start, style), single(end, style)),
    }
}

/// A date or range in the words of `text`'s language, with its "approximately" marker
/// when the date is approximate. English gives the same text as `FuzzyDate`'s `Display`.
pub fn format_date(date: &FuzzyDate, text: &Strings) -> String {
    let style = style(text);
    let mut out = match date.end {
        None => single(date.start, &style),
        Some(end) => range(date.start, end, &style),
    };
    if date.approximate {
        out.push(' ');
        out.push_str(style.approximate);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::MONTHS;
    use crate::i18n::strings;
    use crate::url_state::Lang;

    fn show(text: &str, lang: Lang) -> String {
        FuzzyDate::parse(text)
            .map(|d| format_date(&d, strings(lang)))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_language_names_twelve_distinct_months() {
        for lang in Lang::ALL {
            for list in [strings(lang).months, strings(lang).months_alone] {
                let names: Vec<&str> = list.split('|').collect();
                assert_eq!(names.len(), 12, "{lang:?}: {list}");
                let mut distinct = names.clone();
                distinct.sort_unstable();
                distinct.dedup();
                assert_eq!(distinct.len(), 12, "{lang:?}: {list}");
                assert!(
                    names.iter().all(|n| !n.is_empty() && n.trim() == *n),
                    "{lang:?}"
                );
            }
        }
        // English is the data's own month names (`FuzzyDate`'s `Display`).
        assert_eq!(month_names(strings(Lang::En).months), MONTHS);
    }

    #[test]
    fn a_short_month_list_repeats_its_last_name() {
        let names = month_names("a|b");
        assert_eq!(&names[..3], ["a", "b", "b"]);
        assert_eq!(names[11], "b");
    }

    /// The same dates for every language: a day, a month, a year, a range within a month,
    /// a range across months, a range of months and an approximate day.
    const SAMPLES: [&str; 7] = [
        "2025-12-17",
        "2025-12",
        "2025",
        "2022-03-28/2022-03-30",
        "2026-01-13/2026-02-02",
        "2018-09/2019-10",
        "~2025-12-17",
    ];

    fn all(lang: Lang) -> Vec<String> {
        SAMPLES.iter().map(|s| show(s, lang)).collect()
    }

    #[test]
    fn english_matches_the_display_text() {
        for text in SAMPLES.iter().chain(&[
            "~2014",
            "2025-12-17/2025-12",
            "2014/2014-06",
            "2024-12-30/2025-01-02",
            "~2018-09/2019",
        ]) {
            let date = FuzzyDate::parse(text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                format_date(&date, strings(Lang::En)),
                date.to_string(),
                "{text}"
            );
        }
    }

    #[test]
    fn english() {
        assert_eq!(
            all(Lang::En),
            [
                "17 December 2025",
                "December 2025",
                "2025",
                "28–30 March 2022",
                "13 January – 2 February 2026",
                "September 2018 – October 2019",
                "17 December 2025 (approx.)",
            ]
        );
    }

    #[test]
    fn turkish() {
        assert_eq!(
            all(Lang::Tr),
            [
                "17 Aralık 2025",
                "Aralık 2025",
                "2025",
                "28–30 Mart 2022",
                "13 Ocak – 2 Şubat 2026",
                "Eylül 2018 – Ekim 2019",
                "17 Aralık 2025 (yaklaşık)",
            ]
        );
    }

    #[test]
    fn azerbaijani() {
        assert_eq!(
            all(Lang::Az),
            [
                "17 dekabr 2025",
                "dekabr 2025",
                "2025",
                "28–30 mart 2022",
                "13 yanvar – 2 fevral 2026",
                "sentyabr 2018 – oktyabr 2019",
                "17 dekabr 2025 (təxminən)",
            ]
        );
    }

    #[test]
    fn kazakh() {
        assert_eq!(
            all(Lang::Kk),
            [
                "2025\u{202f}ж. 17 желтоқсан",
                "2025\u{202f}ж. желтоқсан",
                "2025",
                "2022\u{202f}ж. 28–30 наурыз",
                "2026\u{202f}ж. 13 қаңтар – 2 ақпан",
                "2018\u{202f}ж. қыркүйек – 2019\u{202f}ж. қазан",
                "2025\u{202f}ж. 17 желтоқсан (шамамен)",
            ]
        );
    }

    #[test]
    fn kyrgyz() {
        assert_eq!(
            all(Lang::Ky),
            [
                "2025-ж., 17-декабрь",
                "2025-ж., декабрь",
                "2025",
                "28–30-март 2022-ж.",
                "13-январь – 2-февраль 2026-ж.",
                "2018-ж., сентябрь – 2019-ж., октябрь",
                "2025-ж., 17-декабрь (болжол менен)",
            ]
        );
    }

    #[test]
    fn uzbek() {
        assert_eq!(
            all(Lang::Uz),
            [
                "17-dekabr, 2025",
                "dekabr, 2025",
                "2025",
                "28–30-mart, 2022",
                "13-yanvar – 2-fevral, 2026",
                "sentabr, 2018 – oktabr, 2019",
                "17-dekabr, 2025 (taxminan)",
            ]
        );
    }

    #[test]
    fn hungarian() {
        assert_eq!(
            all(Lang::Hu),
            [
                "2025. december 17.",
                "2025. december",
                "2025",
                "2022. március 28–30.",
                "2026. január 13. – február 2.",
                "2018. szeptember – 2019. október",
                "2025. december 17. (kb.)",
            ]
        );
    }

    #[test]
    fn russian() {
        assert_eq!(
            all(Lang::Ru),
            [
                "17 декабря 2025\u{202f}г.",
                "декабрь 2025\u{202f}г.",
                "2025",
                "28–30 марта 2022\u{202f}г.",
                "13 января – 2 февраля 2026\u{202f}г.",
                "сентябрь 2018\u{202f}г. – октябрь 2019\u{202f}г.",
                "17 декабря 2025\u{202f}г. (прибл.)",
            ]
        );
    }

    #[test]
    fn a_range_across_years_writes_both_dates_whole() {
        assert_eq!(
            show("2024-12-30/2025-01-02", Lang::Ru),
            "30 декабря 2024\u{202f}г. – 2 января 2025\u{202f}г."
        );
        assert_eq!(show("~2014/2016", Lang::Tr), "2014 – 2016 (yaklaşık)");
    }
}
