//! `DataError`: one problem found in a data file, located as precisely as possible.

use std::fmt;

/// One problem in a data file. Loading collects every problem instead of stopping at the
/// first, so an editor can fix a file in one pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file name, e.g. `events.json`.
    pub file: String,
    /// The record's id (a country's code, a summit's event id), or `#N` (1-based position in
    /// its list) when the record has no id; `None` for problems with the whole file.
    pub record: Option<String>,
    /// The field at fault, as a path such as `date`, `place.lon` or `notes[2].sources`.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl DataError {
    /// A problem with one field of one record.
    pub fn at(file: &str, record: &str, field: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            record: Some(record.to_owned()),
            field: (!field.is_empty()).then(|| field.to_owned()),
            message: message.into(),
        }
    }

    /// A problem with a whole file, such as broken JSON.
    pub fn in_file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            record: None,
            field: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    /// Reads like `events.json: record "x", field "date": "2025-02-30" is not a real date`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        match (&self.record, &self.field) {
            (Some(record), Some(field)) => write!(f, ": record \"{record}\", field \"{field}\"")?,
            (Some(record), None) => write!(f, ": record \"{record}\"")?,
            (None, Some(field)) => write!(f, ": field \"{field}\"")?,
            (None, None) => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_located_error_names_file_record_and_field() {
        let error = DataError::at(
            "events.json",
            "washington-solidarity-reception-2025",
            "date",
            "\"2025-02-30\" is not a real date",
        );
        assert_eq!(
            error.to_string(),
            "events.json: record \"washington-solidarity-reception-2025\", field \"date\": \"2025-02-30\" is not a real date"
        );
    }

    #[test]
    fn a_file_error_names_only_the_file() {
        let error = DataError::in_file("quotes.json", "invalid JSON at line 3, column 5");
        assert_eq!(
            error.to_string(),
            "quotes.json: invalid JSON at line 3, column 5"
        );
    }
}
