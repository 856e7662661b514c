//! Reading a file's JSON and splitting it into records, so that one malformed record is
//! reported without hiding the problems of the others.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::DataError;

/// One record of a list, as far as its shape could be read.
pub(crate) struct Parsed<R> {
    /// The label used in error messages: the id, or `list #N` when there is none.
    pub label: String,
    /// The id as written, when the record has a non-empty string id.
    pub id: Option<String>,
    /// The raw record, or `None` when its shape is wrong (already reported).
    pub raw: Option<R>,
}

/// The records of a list that passed every check, and the ids of all its records (including
/// broken ones, so that references to them are not reported twice).
pub(crate) struct Loaded<T> {
    /// The checked records, in file order.
    pub records: Vec<T>,
    /// Every id written in the list, in file order.
    pub ids: Vec<String>,
    /// True when the file was valid JSON of the right overall shape, so that its ids can
    /// be trusted as complete by the reference checks.
    pub readable: bool,
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            ids: Vec::new(),
            readable: false,
        }
    }
}

/// Parses the text of a file as JSON, reporting a syntax error with its line and column.
pub(crate) fn parse_json(file: &str, text: &str, errors: &mut Vec<DataError>) -> Option<Value> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let full = error.to_string();
            let suffix = format!(" at line {} column {}", error.line(), error.column());
            let reason = full.strip_suffix(&suffix).unwrap_or(&full);
            errors.push(DataError::in_file(
                file,
                format!(
                    "invalid JSON at line {}, column {}: {reason}",
                    error.line(),
                    error.column()
                ),
            ));
            None
        }
    }
}

/// Reads a value into a serde struct. On failure the problem is reported against `record`
/// (or the whole file when `None`), naming the field at fault when it can be found.
pub(crate) fn parse_shape<T: DeserializeOwned>(
    file: &str,
    record: Option<&str>,
    value: Value,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    match serde_json::from_value::<T>(value.clone()) {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            let message = error.to_string();
            let field = field_at_fault::<T>(&value, &message);
            errors.push(DataError {
                file: file.to_owned(),
                record: record.map(str::to_owned),
                field,
                message: if value.is_object() {
                    message
                } else {
                    format!("expected an object, found {}", describe(&value))
                },
            });
            None
        }
    }
}

/// Reads the value at `index` (0-based) of a list into a raw record. `id_key` names the
/// field that identifies a record (`id`, `code`, or `event` for summits); `list` names the
/// list in the label of a record without one.
pub(crate) fn parse_record<R: DeserializeOwned>(
    file: &str,
    list: &str,
    id_key: &str,
    index: usize,
    value: Value,
    errors: &mut Vec<DataError>,
) -> Parsed<R> {
    let id = value
        .get(id_key)
        .and_then(Value::as_str)
        .filter(|id| !id.trim().is_empty())
        .map(str::to_owned);
    let label = id
        .clone()
        .unwrap_or_else(|| format!("{list} #{}", index + 1));
    let raw = parse_shape::<R>(file, Some(&label), value, errors);
    Parsed { label, id, raw }
}

/// Finds which field of an object made deserialisation fail. serde names the field itself
/// only for unknown and missing fields, and without saying how deep it is. For a missing
/// field of the record itself that name is the answer. Otherwise the culprit is the key
/// whose removal makes the error go away or become "missing field" for that key: serde
/// reads keys before checking for missing ones, so only the broken key can do that.
/// Combining the two gives paths such as `place.lng`.
fn field_at_fault<T: DeserializeOwned>(value: &Value, message: &str) -> Option<String> {
    let named = ["unknown field `", "missing field `", "duplicate field `"]
        .iter()
        .find_map(|marker| {
            let start = message.find(marker)? + marker.len();
            message[start..].split('`').next().map(str::to_owned)
        });
    let Value::Object(map) = value else {
        return named;
    };
    if let Some(name) = &named
        && message.starts_with("missing field `")
        && declared_fields::<T>().contains(name)
    {
        return named;
    }
    let top = map
        .keys()
        .find(|key| {
            let mut without = map.clone();
            without.remove(key.as_str());
            match serde_json::from_value::<T>(Value::Object(without)) {
                Ok(_) => true,
                Err(error) => error.to_string() == format!("missing field `{key}`"),
            }
        })
        .cloned();
    match (top, named) {
        (Some(top), Some(named)) if top != named => Some(format!("{top}.{named}")),
        (Some(top), _) => Some(top),
        (None, named) => named,
    }
}

/// The field names of a `deny_unknown_fields` struct, read from the error serde gives for a
/// key no struct has ("unknown field `…`, expected one of `a`, `b`").
fn declared_fields<T: DeserializeOwned>() -> Vec<String> {
    let mut probe = serde_json::Map::new();
    probe.insert("\u{1}".to_owned(), Value::Null);
    let Err(error) = serde_json::from_value::<T>(Value::Object(probe)) else {
        return Vec::new();
    };
    let message = error.to_string();
    let Some((_, expected)) = message.split_once("expected") else {
        return Vec::new();
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        lon: f64,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        id: String,
        title: String,
        place: Inner,
        note: Option<String>,
    }

    fn field_of(value: Value) -> Option<String> {
        let mut errors = Vec::new();
        parse_shape::<Outer>("f.json", Some("r"), value, &mut errors);
        errors.first().and_then(|e| e.field.clone())
    }

    #[test]
    fn the_field_at_fault_is_named_for_every_kind_of_shape_error() {
        let base = |extra: Value| {
            let mut value = json!({"id": "r", "title": "t", "place": {"lon": 1.0}});
            if let (Value::Object(map), Value::Object(more)) = (&mut value, extra) {
                map.extend(more);
            }
            value
        };
        assert_eq!(
            field_of(base(json!({"titel": "x"}))),
            Some("titel".to_owned())
        );
        assert_eq!(
            field_of(base(json!({"title": 3}))),
            Some("title".to_owned())
        );
        assert_eq!(
            field_of(base(json!({"note": false}))),
            Some("note".to_owned())
        );
        assert_eq!(
            field_of(base(json!({"place": {"lon": 1.0, "lng": 2.0}}))),
            Some("place.lng".to_owned())
        );
        assert_eq!(
            field_of(json!({"id": "r", "place": {"lon": 1.0}})),
            Some("title".to_owned())
        );
        assert_eq!(
            field_of(json!({"id": "r", "title": "t", "place": {}})),
            Some("place.lon".to_owned())
        );
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let mut errors = Vec::new();
        assert!(
            parse_json(
                "events.json",
                "{\n  \"events\": [\n    {\"id\": 1,}\n  ]\n}",
                &mut errors
            )
            .is_none()
        );
        let message = errors.first().map(ToString::to_string).unwrap_or_default();
        assert!(
            message.starts_with("events.json: invalid JSON at line 3, column"),
            "{message}"
        );
    }

    #[test]
    fn records_without_an_id_are_labelled_by_position() {
        let mut errors = Vec::new();
        let parsed: Vec<Parsed<Outer>> = [json!({"title": "t"}), json!([])]
            .into_iter()
            .enumerate()
            .map(|(i, value)| parse_record("f.json", "events", "id", i, value, &mut errors))
            .collect();
        let labels: Vec<&str> = parsed.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["events #1", "events #2"]);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[1].message, "expected an object, found a list");
    }
}
