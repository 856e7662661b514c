//! Dates as precise as the sources allow: a day, a month or a year, possibly approximate,
//! or a range between two such dates.
//!
//! In the JSON files a date is either a string (`"2025-12-17"`, `"2025-12"`, `"2025"`) or an
//! object: `{"date": "2025-12-17", "approximate": true}` for an inferred or "about" date, and
//! `{"from": "2022-03-28", "to": "2022-03-30"}` (optionally with `"approximate"`) for a range.

use std::fmt;

use serde_json::Value;

use super::records::describe;

/// The English month names, for messages and for the English date formats.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// Only the year.
    Year,
    /// The year and the month.
    Month,
    /// The exact day.
    Day,
}

/// The number of days in a month (1–12) of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A calendar date known to the year, the month or the day. Construction guarantees a real
/// date (no 30 February, no month 13), which is why the fields are private.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// Builds a date from its parts; a day needs a month. The error explains what is wrong.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Result<Self, String> {
        if !(1..=9999).contains(&year) {
            return Err(format!("year {year} is out of range"));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!("there is no month {m}"));
        }
        match (month, day) {
            (None, Some(_)) => return Err("a day needs a month".to_owned()),
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => {
                return Err(format!(
                    "{} {year} has {} days",
                    MONTHS[usize::from(m - 1)],
                    days_in_month(year, m)
                ));
            }
            _ => {}
        }
        Ok(Self { year, month, day })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits exactly as shown).
    pub fn parse(text: &str) -> Result<Self, String> {
        let malformed =
            || format!("\"{text}\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = text.split('-').collect();
        let widths = [4, 2, 2];
        if parts.len() > 3
            || parts
                .iter()
                .zip(widths)
                .any(|(p, w)| p.len() != w || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(malformed());
        }
        let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u16>().ok());
        let year = number(0).map(i32::from).ok_or_else(malformed)?;
        // Two ASCII digits always fit in a u8.
        let month = number(1).and_then(|m| u8::try_from(m).ok());
        let day = number(2).and_then(|d| u8::try_from(d).ok());
        Self::new(year, month, day).map_err(|why| format!("\"{text}\" is not a real date ({why})"))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// How much of the date is known.
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the date covers, as `(year, month, day)`.
    pub fn first_day(self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers, as `(year, month, day)`.
    pub fn last_day(self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// The ISO 8601 form: `2025-12-17`, `2025-12` or `2025`.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    fn month_name(self) -> Option<&'static str> {
        self.month.map(|m| MONTHS[usize::from(m - 1)])
    }
}

impl fmt::Display for PartialDate {
    /// English reading order: `17 December 2025`, `December 2025`, `2025`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.day, self.month_name()) {
            (Some(d), Some(m)) => write!(f, "{d} {m} {}", self.year),
            (None, Some(m)) => write!(f, "{m} {}", self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

/// A date as precise as the sources allow: one [`PartialDate`] or a range of two, possibly
/// marked approximate. Built by [`FuzzyDate::from_json`] or [`FuzzyDate::parse`], which
/// guarantee that a range does not end before it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuzzyDate {
    /// The date, or the first date of a range.
    pub start: PartialDate,
    /// The last date of a range; `None` for a single date.
    pub end: Option<PartialDate>,
    /// True when the sources do not pin the date down (inferred, "about", "week of").
    pub approximate: bool,
}

impl FuzzyDate {
    /// A single, exact-as-given date.
    pub fn on(date: PartialDate) -> Self {
        Self {
            start: date,
            end: None,
            approximate: false,
        }
    }

    /// A range; fails when `end` lies wholly before `start`.
    pub fn range(start: PartialDate, end: PartialDate) -> Result<Self, String> {
        if end.last_day() < start.first_day() {
            return Err(format!(
                "the range ends ({}) before it starts ({})",
                end.iso(),
                start.iso()
            ));
        }
        Ok(Self {
            start,
            end: Some(end),
            approximate: false,
        })
    }

    /// The same date marked approximate.
    pub fn approximately(self) -> Self {
        Self {
            approximate: true,
            ..self
        }
    }

    /// Parses the compact text form used in URLs and by [`FuzzyDate::compact`]: a date
    /// (`2025-12-17`, `2025-12`, `2025`), or two joined by `/` for a range, optionally
    /// preceded by `~` for an approximate date.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (approximate, rest) = match text.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let date = match rest.split_once('/') {
            Some((from, to)) => Self::range(PartialDate::parse(from)?, PartialDate::parse(to)?)?,
            None => Self::on(PartialDate::parse(rest)?),
        };
        Ok(Self {
            approximate,
            ..date
        })
    }

    /// Reads a date as written in the JSON files (see the module documentation).
    pub fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(text) => PartialDate::parse(text).map(Self::on),
            Value::Object(map) => {
                if let Some(key) = map
                    .keys()
                    .find(|k| !matches!(k.as_str(), "date" | "from" | "to" | "approximate"))
                {
                    return Err(format!(
                        "unknown key \"{key}\" in a date; use {{\"date\": …, \"approximate\": true}} or {{\"from\": …, \"to\": …}}"
                    ));
                }
                let approximate = match map.get("approximate") {
                    None => false,
                    Some(Value::Bool(flag)) => *flag,
                    Some(_) => return Err("\"approximate\" must be true or false".to_owned()),
                };
                let date = match (map.get("date"), map.get("from"), map.get("to")) {
                    (Some(date), None, None) => Self::on(part(date)?),
                    (None, Some(from), Some(to)) => Self::range(part(from)?, part(to)?)?,
                    _ => {
                        return Err(
                            "a date object needs either \"date\" or both \"from\" and \"to\""
                                .to_owned(),
                        );
                    }
                };
                Ok(Self {
                    approximate,
                    ..date
                })
            }
            other => Err(format!(
                "expected a date string or object, found {}",
                describe(other)
            )),
        }
    }

    /// The year the date (or range) starts in.
    pub fn year(&self) -> i32 {
        self.start.year()
    }

    /// The first day covered, as `(year, month, day)`.
    pub fn first_day(&self) -> (i32, u8, u8) {
        self.start.first_day()
    }

    /// The last day covered, as `(year, month, day)`.
    pub fn last_day(&self) -> (i32, u8, u8) {
        self.end.unwrap_or(self.start).last_day()
    }

    /// A key for chronological sorting by start: unknown parts count as 0, so `2025` sorts
    /// before `2025-01` and `2025-01-01`.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (
            self.start.year(),
            self.start.month().unwrap_or(0),
            self.start.day().unwrap_or(0),
        )
    }

    /// The compact text form read by [`FuzzyDate::parse`], e.g. `~2025-12-17` or
    /// `2022-03-28/2022-03-30`.
    pub fn compact(&self) -> String {
        let tilde = if self.approximate { "~" } else { "" };
        match self.end {
            Some(end) => format!("{tilde}{}/{}", self.start.iso(), end.iso()),
            None => format!("{tilde}{}", self.start.iso()),
        }
    }
}

impl fmt::Display for FuzzyDate {
    /// English text: `17 December 2025 (approx.)`, `28–30 March 2022`,
    /// `13 January – 2 February 2026`, `September 2018 – October 2019`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let start = self.start;
        match self.end {
            None => write!(f, "{start}")?,
            Some(end) => {
                // Both ends to the day (a day is only known with its month).
                match (start.day(), start.month_name(), end.day()) {
                    (Some(d1), Some(m1), Some(d2))
                        if start.year() == end.year() && start.month() == end.month() =>
                    {
                        write!(f, "{d1}–{d2} {m1} {}", end.year())?;
                    }
                    (Some(d1), Some(m1), Some(_)) if start.year() == end.year() => {
                        write!(f, "{d1} {m1} – {end}")?;
                    }
                    _ => write!(f, "{start} – {end}")?,
                }
            }
        }
        if self.approximate {
            f.write_str(" (approx.)")?;
        }
        Ok(())
    }
}

fn part(value: &Value) -> Result<PartialDate, String> {
    match value {
        Value::String(text) => PartialDate::parse(text),
        other => Err(format!(
            "expected a date string such as \"2025-12-17\", found {}",
            describe(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_three_precisions_parse() {
        assert_eq!(date("2025-12-17").precision(), Precision::Day);
        assert_eq!(date("2025-12").precision(), Precision::Month);
        assert_eq!(date("2025").precision(), Precision::Year);
    }

    #[test]
    fn impossible_days_and_months_are_rejected_with_the_reason() {
        assert_eq!(
            PartialDate::parse("2025-02-30"),
            Err("\"2025-02-30\" is not a real date (February 2025 has 28 days)".to_owned())
        );
        assert_eq!(
            PartialDate::parse("2025-13-01"),
            Err("\"2025-13-01\" is not a real date (there is no month 13)".to_owned())
        );
        assert!(PartialDate::parse("2025-00").is_err());
        assert!(PartialDate::parse("2025-04-31").is_err());
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(PartialDate::parse("2000-02-29").is_ok());
        assert!(PartialDate::parse("1900-02-29").is_err());
        assert!(PartialDate::parse("2025-02-29").is_err());
    }

    #[test]
    fn anything_but_iso_digits_is_malformed() {
        for bad in [
            "",
            "17 Dec 2025",
            "2025-1-5",
            "25-12-17",
            "2025/12/17",
            "2025-12-17T00",
            "２０２５",
        ] {
            let message = PartialDate::parse(bad).err().unwrap_or_default();
            assert!(
                message.contains("is not a date in the form"),
                "{bad}: {message}"
            );
        }
    }

    #[test]
    fn json_strings_and_objects_are_read() {
        assert_eq!(
            FuzzyDate::from_json(&json!("2025-12-17")),
            Ok(FuzzyDate::on(date("2025-12-17")))
        );
        assert_eq!(
            FuzzyDate::from_json(&json!({"date": "2025-12-17", "approximate": true})),
            Ok(FuzzyDate::on(date("2025-12-17")).approximately())
        );
        let range = FuzzyDate::from_json(&json!({"from": "2022-03-28", "to": "2022-03-30"}));
        assert_eq!(range.map(|r| r.end), Ok(Some(date("2022-03-30"))));
    }

    #[test]
    fn malformed_json_dates_are_explained() {
        let reversed = FuzzyDate::from_json(&json!({"from": "2022-03-30", "to": "2022-03-28"}));
        assert_eq!(
            reversed,
            Err("the range ends (2022-03-28) before it starts (2022-03-30)".to_owned())
        );
        assert!(FuzzyDate::from_json(&json!({"from": "2022-03-30"})).is_err());
        assert!(FuzzyDate::from_json(&json!({"date": "2022", "circa": true})).is_err());
        assert!(FuzzyDate::from_json(&json!({"date": "2022", "approximate": "yes"})).is_err());
        assert!(FuzzyDate::from_json(&json!(2022)).is_err());
    }

    #[test]
    fn a_range_may_start_and_end_on_the_same_day_but_not_end_before_it_starts() {
        assert!(FuzzyDate::range(date("2025-12-17"), date("2025-12-17")).is_ok());
        assert_eq!(
            FuzzyDate::range(date("2025-12-17"), date("2025-12-16")).map(|_| ()),
            Err("the range ends (2025-12-16) before it starts (2025-12-17)".to_owned())
        );
    }

    #[test]
    fn a_range_may_share_its_month_with_a_more_precise_start() {
        assert!(FuzzyDate::range(date("2025-12-17"), date("2025-12")).is_ok());
        assert!(FuzzyDate::range(date("2014"), date("2014-06")).is_ok());
    }

    #[test]
    fn dates_read_as_english() {
        let show = |text: &str| FuzzyDate::parse(text).map(|d| d.to_string());
        assert_eq!(show("2025-12-17"), Ok("17 December 2025".to_owned()));
        assert_eq!(
            show("~2025-12-17"),
            Ok("17 December 2025 (approx.)".to_owned())
        );
        assert_eq!(show("1992-10"), Ok("October 1992".to_owned()));
        assert_eq!(show("2025"), Ok("2025".to_owned()));
        assert_eq!(
            show("2022-03-28/2022-03-30"),
            Ok("28–30 March 2022".to_owned())
        );
        assert_eq!(
            show("2026-01-13/2026-02-02"),
            Ok("13 January – 2 February 2026".to_owned())
        );
        assert_eq!(
            show("2018-09/2019-10"),
            Ok("September 2018 – October 2019".to_owned())
        );
    }

    #[test]
    fn the_compact_form_round_trips() {
        for text in [
            "2025-12-17",
            "~2014",
            "2022-03-28/2022-03-30",
            "~2018-09/2019",
        ] {
            assert_eq!(
                FuzzyDate::parse(text).map(|d| d.compact()),
                Ok(text.to_owned())
            );
        }
    }

    #[test]
    fn less_precise_dates_sort_first_within_their_year() {
        let mut dates: Vec<FuzzyDate> = ["2025-12-17", "2025", "2024-11-06", "2025-12"]
            .iter()
            .filter_map(|t| FuzzyDate::parse(t).ok())
            .collect();
        dates.sort_by_key(FuzzyDate::sort_key);
        let order: Vec<String> = dates.iter().map(FuzzyDate::compact).collect();
        assert_eq!(order, ["2024-11-06", "2025", "2025-12", "2025-12-17"]);
        assert_eq!(dates.last().map(FuzzyDate::year), Some(2025));
    }
}
