//! `Checker`: the checks of one file's fields that every record type shares (ids, texts,
//! country codes, sources, dates, pins), each noting its problem as a `DataError` and
//! carrying on, so that one pass reports everything. The checks across records and files
//! are in `cross_check.rs`.

use serde_json::Value;

use super::date::FuzzyDate;
use super::error::DataError;
use super::fields::Declared;
use super::place::position_problem;
use super::records::{self, Loaded, Parsed, Record, Shape};
use super::source::Source;
use crate::geo::LonLat;
use crate::world::CountryCode;

/// One data file's JSON, as the readers take it: its value, or the problem that kept it
/// from being read as JSON (a whole message: `invalid JSON at line 3, column 7: …`).
/// Natively the text is parsed with serde_json (`records::parse_json`); the app passes
/// what the browser's `JSON.parse` made of it (see `json_value`).
pub(crate) type Json = Result<Value, String>;

/// Checks fields of the records of one file and collects the problems found.
pub(crate) struct Checker<'a> {
    file: &'static str,
    errors: &'a mut Vec<DataError>,
    known: &'a dyn Fn(CountryCode) -> bool,
}

impl<'a> Checker<'a> {
    /// A checker for `file` that accepts the country codes `known` accepts.
    pub fn new(
        file: &'static str,
        errors: &'a mut Vec<DataError>,
        known: &'a dyn Fn(CountryCode) -> bool,
    ) -> Self {
        Self {
            file,
            errors,
            known,
        }
    }

    /// How many problems have been noted so far (in all files).
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// Notes a problem with one field of one record.
    pub fn report(&mut self, record: &str, field: &str, message: impl Into<String>) {
        self.errors
            .push(DataError::at(self.file, record, field, message));
    }

    /// Checks that the file's JSON is an object of the given shape, or reports why it
    /// could not be read.
    pub fn parse_file(&mut self, json: Json, shape: Shape) -> Option<Record> {
        match json {
            Ok(value) => self.parse_shape(None, value, shape),
            Err(message) => {
                self.errors.push(DataError::in_file(self.file, message));
                None
            }
        }
    }

    /// Checks that a value is an object of the given shape, reporting against `record` or
    /// the whole file.
    pub fn parse_shape(
        &mut self,
        record: Option<&str>,
        value: Value,
        shape: Shape,
    ) -> Option<Record> {
        records::parse_shape(self.file, record, value, shape, self.errors)
    }

    /// Reads and converts every record of the list `list` of a file, keeping the ids of all
    /// of them (see [`Loaded`]). `id_key` names the field that identifies a record.
    pub fn load_list<T: Declared>(
        &mut self,
        file: &mut Record,
        list: &str,
        id_key: &str,
    ) -> Loaded<T> {
        let mut loaded = Loaded {
            readable: true,
            ..Loaded::default()
        };
        // Each record is read and checked before the next, so problems come in file order.
        for (index, value) in file.list(list).into_iter().enumerate() {
            let parsed: Parsed =
                records::parse_record(self.file, list, id_key, index, value, T::SHAPE, self.errors);
            loaded.ids.extend(parsed.id);
            if let Some(record) = parsed
                .raw
                .and_then(|raw| T::convert(raw, self, &parsed.label))
            {
                loaded.records.push(record);
            }
        }
        loaded
    }

    /// Checks that an id is a kebab-case slug (`washington-solidarity-reception-2025`),
    /// which keeps it stable and safe in a URL.
    pub fn id(&mut self, record: &str, id: &str) {
        let well_formed = !id.is_empty()
            && id.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !well_formed {
            self.report(
                record,
                "id",
                format!("\"{id}\" is not a kebab-case id (lower-case letters, digits and single hyphens)"),
            );
        }
    }

    /// Checks that a text is not blank and has no white space at its ends; returns it as is.
    pub fn text(&mut self, record: &str, field: &str, text: String) -> String {
        if text.trim().is_empty() {
            self.report(record, field, "must not be empty");
        } else if text.trim() != text {
            self.report(record, field, "has white space at the start or end");
        }
        text
    }

    /// Like [`Checker::text`] for an optional field: absent is fine, blank is not.
    pub fn optional_text(
        &mut self,
        record: &str,
        field: &str,
        text: Option<String>,
    ) -> Option<String> {
        text.map(|t| self.text(record, field, t))
    }

    /// Reads a country code, which must be upper case and known to the map.
    pub fn code(&mut self, record: &str, field: &str, text: &str) -> Option<CountryCode> {
        match CountryCode::parse(text) {
            Ok(code) if code.as_str() == text => {
                if (self.known)(code) {
                    Some(code)
                } else {
                    self.report(
                        record,
                        field,
                        format!(
                            "unknown country code \"{text}\": the map has no country with this code"
                        ),
                    );
                    None
                }
            }
            _ => {
                self.report(
                    record,
                    field,
                    format!("\"{text}\" is not an upper-case three-letter country code"),
                );
                None
            }
        }
    }

    /// Reads a list of country codes; each must be valid and listed once.
    pub fn codes(&mut self, record: &str, field: &str, texts: &[String]) -> Vec<CountryCode> {
        let mut codes: Vec<CountryCode> = Vec::with_capacity(texts.len());
        for text in texts {
            if let Some(code) = self.code(record, field, text) {
                if codes.contains(&code) {
                    self.report(record, field, format!("lists {code} twice"));
                } else {
                    codes.push(code);
                }
            }
        }
        codes
    }

    /// Reads a record's sources: at least one, each an http(s) address, none twice.
    pub fn sources(&mut self, record: &str, field: &str, urls: &[String]) -> Vec<Source> {
        if urls.is_empty() {
            self.report(record, field, "at least one http(s) source is required");
        }
        let mut sources: Vec<Source> = Vec::with_capacity(urls.len());
        for url in urls {
            match Source::parse(url) {
                Ok(source) if sources.contains(&source) => {
                    self.report(record, field, format!("lists \"{url}\" twice"));
                }
                Ok(source) => sources.push(source),
                Err(message) => self.report(record, field, message),
            }
        }
        sources
    }

    /// Reads a date in any of the JSON forms (see `date.rs`).
    pub fn date(&mut self, record: &str, field: &str, value: &Value) -> Option<FuzzyDate> {
        FuzzyDate::from_json(value)
            .map_err(|message| self.report(record, field, message))
            .ok()
    }

    /// Reads an optional pin: both coordinates or neither. `field` names the object holding
    /// them (`place`, `capital`, `seat`). The outer `None` means a problem was reported.
    pub fn position(
        &mut self,
        record: &str,
        field: &str,
        lon: Option<f64>,
        lat: Option<f64>,
    ) -> Option<Option<LonLat>> {
        match (lon, lat) {
            (None, None) => Some(None),
            (Some(lon), Some(lat)) => match position_problem(lon, lat) {
                None => Some(Some(LonLat::new(lon, lat))),
                Some((which, message)) => {
                    self.report(record, &format!("{field}.{which}"), message);
                    None
                }
            },
            (Some(_), None) | (None, Some(_)) => {
                self.report(record, field, "give both lon and lat, or neither");
                None
            }
        }
    }
}
