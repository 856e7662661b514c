//! The registry check of `check-data`: every source in every data file must be on a host
//! that `publishers.json` lists, so that each fact names a publisher a journalist can cite.
//! It walks the files' JSON rather than the typed records, so a `sources` list added to any
//! record type is checked without a line here. Native tools only: the browser labels an
//! unlisted host by its name instead.

use serde_json::Value;

use super::dataset::{DataFiles, PUBLISHERS_FILE};
use super::error::DataError;
use super::publisher::{Publisher, publisher_of};
use super::source::Source;

/// One problem per source whose host no publisher lists, naming file, record and field.
pub fn unregistered_sources(files: &DataFiles<'_>, publishers: &[Publisher]) -> Vec<DataError> {
    let mut errors = Vec::new();
    for (file, text) in files.named() {
        if file != PUBLISHERS_FILE {
            errors.extend(unregistered_sources_in(file, text, publishers));
        }
    }
    errors
}

/// [`unregistered_sources`] of one file (`tours.json`, read apart from the seven).
pub fn unregistered_sources_in(file: &str, text: &str, publishers: &[Publisher]) -> Vec<DataError> {
    let mut errors = Vec::new();
    let Ok(Value::Object(top)) = serde_json::from_str::<Value>(text) else {
        return errors; // the loaders report unreadable files.
    };
    for (key, value) in &top {
        let mut check = |record: &str, field: &str, url: &str| {
            let Ok(source) = Source::parse(url) else {
                return; // reported by the loaders
            };
            if publisher_of(publishers, &source).is_none() {
                errors.push(DataError::at(
                    file,
                    record,
                    field,
                    format!(
                        "the host \"{}\" of \"{url}\" is not in publishers.json: add its publisher there, or cite the original publisher's page",
                        source.host()
                    ),
                ));
            }
        };
        match value {
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let label =
                        record_label(item).unwrap_or_else(|| format!("{key} #{}", index + 1));
                    walk(item, "", &label, &mut check);
                }
            }
            Value::Object(_) => walk(value, "", key, &mut check),
            _ => {}
        }
    }
    errors
}

/// A record's name in messages: its `id`, `code` or (summits) `event`.
fn record_label(item: &Value) -> Option<String> {
    ["id", "code", "event"]
        .iter()
        .find_map(|key| item.get(key).and_then(Value::as_str))
        .map(str::to_owned)
}

/// Calls `check(record, field path, url)` for every address in a `sources` list at any
/// depth below `value`.
fn walk(value: &Value, path: &str, record: &str, check: &mut dyn FnMut(&str, &str, &str)) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let here = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                if key == "sources" {
                    for url in inner.as_array().into_iter().flatten() {
                        if let Some(url) = url.as_str() {
                            check(record, &here, url);
                        }
                    }
                } else {
                    walk(inner, &here, record, check);
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(item, &format!("{path}[{index}]"), record, check);
            }
        }
        _ => {}
    }
}
