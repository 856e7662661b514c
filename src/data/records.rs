//! Reading a file's JSON and splitting it into records, so that one malformed record is
//! reported without hiding the problems of the others.
//!
//! A record's shape is checked against a [`Shape`]: a table of its fields and what each
//! may hold. One table-driven function does the checking for every record type (instead
//! of one serde `Deserialize` impl per type, which made the Wasm much larger), and reports
//! the first problem the way serde would, naming the field at fault as a path such as
//! `place.lng` or `notes[2].topic`. Once a record has passed, [`Record`]'s getters take
//! its fields out (for the readers of `fields.rs`); they cannot fail.

use serde_json::{Map, Number, Value};

use super::error::DataError;
use crate::geo::path::format_number;

/// The fields of one kind of record, in the order they are documented.
pub(crate) type Shape = &'static [Field];

/// One field of a record: its key and what it may hold.
pub(crate) struct Field {
    name: &'static str,
    kind: Kind,
}

impl Field {
    /// Declares a field.
    pub(crate) const fn new(name: &'static str, kind: Kind) -> Self {
        Self { name, kind }
    }
}

/// The integer types a field may hold, with their serde names for messages.
#[derive(Clone, Copy)]
pub(crate) enum Int {
    /// `u8`.
    U8,
    /// `u32`.
    U32,
    /// `i32`.
    I32,
    /// `u64`.
    U64,
}

impl Int {
    fn name(self) -> &'static str {
        match self {
            Self::U8 => "u8",
            Self::U32 => "u32",
            Self::I32 => "i32",
            Self::U64 => "u64",
        }
    }

    fn holds(self, n: Integer) -> bool {
        match (self, n) {
            (Self::U64, Integer::Unsigned(_)) => true,
            (Self::U8, Integer::Unsigned(n)) => n <= u8::MAX.into(),
            (Self::U32, Integer::Unsigned(n)) => n <= u32::MAX.into(),
            (Self::I32, Integer::Unsigned(n)) => n <= u64::from(i32::MAX.unsigned_abs()),
            (Self::I32, Integer::Signed(n)) => n >= i32::MIN.into(),
            (_, Integer::Signed(_)) => false,
        }
    }
}

/// What a field may hold. "Optional" fields may be absent or `null`; fields "…Or" may be
/// absent (reading as the default) but not `null`; the others are required.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// A string.
    Str,
    /// A string, optional.
    OptStr,
    /// A list of strings.
    Strs,
    /// A list of strings; absent reads as empty.
    StrsOr,
    /// Any value (a date, checked later).
    Any,
    /// Any value, optional.
    OptAny,
    /// A list of any values (the records of a file), required.
    List,
    /// `true` or `false`.
    Bool,
    /// An integer.
    Int(Int),
    /// An integer, optional.
    OptInt(Int),
    /// A number.
    F64,
    /// A number, optional.
    OptF64,
    /// One of these words (an enum's variants).
    Word(&'static [&'static str]),
    /// One of these words; absent reads as the first.
    WordOr(&'static [&'static str]),
    /// A nested object.
    Obj(Shape),
    /// A nested object, optional.
    OptObj(Shape),
    /// A list of nested objects; absent reads as empty.
    Objs(Shape),
}

/// A record whose shape has been checked: its fields can be taken without failure.
pub(crate) struct Record(Map<String, Value>);

impl Record {
    fn take(&mut self, name: &str) -> Value {
        // Taking the value out leaves `null` behind: cheaper in code than removing the key.
        self.0.get_mut(name).map(Value::take).unwrap_or_default()
    }

    /// A [`Kind::Str`] field.
    pub fn str(&mut self, name: &str) -> String {
        self.opt_str(name).unwrap_or_default()
    }

    /// A [`Kind::Str`] field, left in place for another field's reader ("" when absent).
    pub fn peek_str(&self, name: &str) -> &str {
        self.0.get(name).and_then(Value::as_str).unwrap_or_default()
    }

    /// A [`Kind::OptStr`] field.
    pub fn opt_str(&mut self, name: &str) -> Option<String> {
        match self.take(name) {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// A [`Kind::Strs`] or [`Kind::StrsOr`] field.
    pub fn strs(&mut self, name: &str) -> Vec<String> {
        self.list(name)
            .into_iter()
            .filter_map(|value| match value {
                Value::String(text) => Some(text),
                _ => None,
            })
            .collect()
    }

    /// A [`Kind::Any`] field.
    pub fn any(&mut self, name: &str) -> Value {
        self.take(name)
    }

    /// A [`Kind::OptAny`] field (`null` reads as absent).
    pub fn opt_any(&mut self, name: &str) -> Option<Value> {
        Some(self.take(name)).filter(|value| !value.is_null())
    }

    /// A [`Kind::List`] field.
    pub fn list(&mut self, name: &str) -> Vec<Value> {
        match self.take(name) {
            Value::Array(values) => values,
            _ => Vec::new(),
        }
    }

    /// A [`Kind::Bool`] field.
    pub fn bool(&self, name: &str) -> bool {
        matches!(self.0.get(name), Some(Value::Bool(true)))
    }

    /// A [`Kind::OptInt`] or [`Kind::Int`] field of an unsigned type (converting to
    /// the declared type cannot fail).
    pub fn unsigned(&self, name: &str) -> Option<u64> {
        self.0.get(name).and_then(Value::as_u64)
    }

    /// A [`Kind::OptInt`] or [`Kind::Int`] field of a signed type (converting to the
    /// declared type cannot fail).
    pub fn signed(&self, name: &str) -> Option<i64> {
        self.0.get(name).and_then(Value::as_i64)
    }

    /// A [`Kind::OptF64`] or [`Kind::F64`] field.
    pub fn f64(&self, name: &str) -> Option<f64> {
        self.0.get(name).and_then(Value::as_f64)
    }

    /// A [`Kind::Word`] or [`Kind::WordOr`] field, as the index of the word in its list
    /// (0 when absent).
    pub fn word(&self, name: &str, words: &[&str]) -> usize {
        self.0
            .get(name)
            .and_then(Value::as_str)
            .and_then(|word| words.iter().position(|w| *w == word))
            .unwrap_or(0)
    }

    /// A [`Kind::Obj`] or [`Kind::OptObj`] field.
    pub fn obj(&mut self, name: &str) -> Option<Record> {
        match self.take(name) {
            Value::Object(map) => Some(Record(map)),
            _ => None,
        }
    }

    /// A [`Kind::Objs`] field.
    pub fn objs(&mut self, name: &str) -> Vec<Record> {
        self.list(name)
            .into_iter()
            .filter_map(|value| match value {
                Value::Object(map) => Some(Record(map)),
                _ => None,
            })
            .collect()
    }
}

/// One record of a list, as far as its shape could be read.
pub(crate) struct Parsed {
    /// The label used in error messages: the id, or `list #N` when there is none.
    pub label: String,
    /// The id as written, when the record has a non-empty string id.
    pub id: Option<String>,
    /// The record, or `None` when its shape is wrong (already reported).
    pub raw: Option<Record>,
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

/// Parses the text of a file as JSON; a syntax error is described with its line and
/// column, as the file's problem.
pub(crate) fn parse_json(text: &str) -> Result<Value, String> {
    serde_json::from_str::<Value>(text).map_err(|error| {
        let full = error.to_string();
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let reason = full.strip_suffix(&suffix).unwrap_or(&full);
        format!(
            "invalid JSON at line {}, column {}: {reason}",
            error.line(),
            error.column()
        )
    })
}

/// Checks that a value is an object of the given shape. On failure the first problem is
/// reported against `record` (or the whole file when `None`), naming the field at fault.
pub(crate) fn parse_shape(
    file: &str,
    record: Option<&str>,
    value: Value,
    shape: Shape,
    errors: &mut Vec<DataError>,
) -> Option<Record> {
    let Value::Object(map) = value else {
        errors.push(DataError {
            file: file.to_owned(),
            record: record.map(str::to_owned),
            field: None,
            message: format!("expected an object, found {}", describe(&value)),
        });
        return None;
    };
    match check_object(&map, shape) {
        Ok(()) => Some(Record(map)),
        Err(problem) => {
            errors.push(DataError {
                file: file.to_owned(),
                record: record.map(str::to_owned),
                field: Some(problem.path),
                message: problem.message,
            });
            None
        }
    }
}

/// Reads the value at `index` (0-based) of a list into a record. `id_key` names the
/// field that identifies a record (`id`, `code`, or `event` for summits); `list` names the
/// list in the label of a record without one.
pub(crate) fn parse_record(
    file: &str,
    list: &str,
    id_key: &str,
    index: usize,
    value: Value,
    shape: Shape,
    errors: &mut Vec<DataError>,
) -> Parsed {
    let id = value
        .get(id_key)
        .and_then(Value::as_str)
        .filter(|id| !id.trim().is_empty())
        .map(str::to_owned);
    let label = id
        .clone()
        .unwrap_or_else(|| format!("{list} #{}", index + 1));
    let raw = parse_shape(file, Some(&label), value, shape, errors);
    Parsed { label, id, raw }
}

/// A shape problem: where it is, relative to the value checked (`""` for the value itself,
/// `.lon` or `[2].topic` below it), and what is wrong.
struct Problem {
    path: String,
    message: String,
}

impl Problem {
    fn here(message: String) -> Self {
        Self {
            path: String::new(),
            message,
        }
    }

    /// The same problem seen from one level up: `prefix` is `key`, `.key` or `[index]`.
    fn under(mut self, prefix: &str) -> Self {
        self.path.insert_str(0, prefix);
        self
    }
}

/// Checks an object against a shape in the order serde does: its keys in map order
/// (unknown keys and wrong values), then the missing fields in declaration order.
/// The path of a problem starts with the key at fault (`place.lon`).
fn check_object(map: &Map<String, Value>, shape: Shape) -> Result<(), Problem> {
    for (key, value) in map {
        let Some(field) = shape.iter().find(|f| f.name == key.as_str()) else {
            let names: Vec<&str> = shape.iter().map(|f| f.name).collect();
            return Err(
                Problem::here(format!("unknown field `{key}`, {}", one_of(&names))).under(key),
            );
        };
        check_value(value, field.kind).map_err(|problem| problem.under(key))?;
    }
    for field in shape {
        let required = matches!(
            field.kind,
            Kind::Str
                | Kind::Strs
                | Kind::Any
                | Kind::List
                | Kind::Bool
                | Kind::Int(_)
                | Kind::F64
                | Kind::Word(_)
                | Kind::Obj(_)
        );
        if required && !map.contains_key(field.name) {
            return Err(Problem::here(format!("missing field `{}`", field.name)).under(field.name));
        }
    }
    Ok(())
}

fn check_value(value: &Value, kind: Kind) -> Result<(), Problem> {
    let optional = matches!(
        kind,
        Kind::OptStr | Kind::OptAny | Kind::OptInt(_) | Kind::OptF64 | Kind::OptObj(_)
    );
    if optional && value.is_null() {
        return Ok(());
    }
    let wrong = |expected: &str| Err(Problem::here(invalid_type(value, expected)));
    match (kind, value) {
        (Kind::Any | Kind::OptAny, _)
        | (Kind::Str | Kind::OptStr, Value::String(_))
        | (Kind::Bool, Value::Bool(_))
        | (Kind::List, Value::Array(_))
        | (Kind::F64 | Kind::OptF64, Value::Number(_)) => Ok(()),
        (Kind::Str | Kind::OptStr, _) => wrong("a string"),
        (Kind::Bool, _) => wrong("a boolean"),
        (Kind::List, _) => wrong("a sequence"),
        (Kind::F64 | Kind::OptF64, _) => wrong("f64"),
        (Kind::Strs | Kind::StrsOr, Value::Array(items)) => items
            .iter()
            .try_for_each(|item| check_value(item, Kind::Str)),
        (Kind::Int(int) | Kind::OptInt(int), Value::Number(number)) => match integer(number) {
            Some(n) if int.holds(n) => Ok(()),
            Some(n) => Err(Problem::here(format!(
                "invalid value: {}, expected {}",
                describe_integer(n),
                int.name()
            ))),
            None => wrong(int.name()),
        },
        (Kind::Int(int) | Kind::OptInt(int), _) => wrong(int.name()),
        (Kind::Word(words) | Kind::WordOr(words), Value::String(word)) => {
            if words.contains(&word.as_str()) {
                Ok(())
            } else {
                Err(Problem::here(format!(
                    "unknown variant `{word}`, {}",
                    one_of(words)
                )))
            }
        }
        (Kind::Word(_) | Kind::WordOr(_), _) => wrong("a string"),
        (Kind::Obj(shape) | Kind::OptObj(shape), Value::Object(map)) => {
            check_object(map, shape).map_err(|problem| problem.under("."))
        }
        (Kind::Obj(_) | Kind::OptObj(_), _) => Err(Problem::here(format!(
            "expected an object, found {}",
            describe(value)
        ))),
        (Kind::Objs(shape), Value::Array(items)) => {
            items.iter().enumerate().try_for_each(|(index, item)| {
                check_value(item, Kind::Obj(shape))
                    .map_err(|problem| problem.under(&format!("[{index}]")))
            })
        }
        (Kind::Strs | Kind::StrsOr | Kind::Objs(_), _) => wrong("a sequence"),
    }
}

/// A JSON integer as serde sees it: non-negative, or negative.
#[derive(Clone, Copy)]
enum Integer {
    Unsigned(u64),
    Signed(i64),
}

/// The integer a number holds, or `None` for a number with a fraction or exponent.
fn integer(number: &Number) -> Option<Integer> {
    number
        .as_u64()
        .map(Integer::Unsigned)
        .or_else(|| number.as_i64().map(Integer::Signed))
}

fn describe_integer(n: Integer) -> String {
    match n {
        Integer::Unsigned(n) => format!("integer `{n}`"),
        Integer::Signed(n) => format!("integer `{n}`"),
    }
}

/// serde's wording for a value of the wrong type.
fn invalid_type(value: &Value, expected: &str) -> String {
    let found = match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) => match integer(number) {
            Some(n) => describe_integer(n),
            None => {
                // serde shows a float with a decimal point even when it is whole: `2.0`.
                let mut text = format_number(number.as_f64().unwrap_or_default());
                if !text.contains(['.', 'N', 'i']) {
                    text.push_str(".0");
                }
                format!("floating point `{text}`")
            }
        },
        Value::String(text) => format!("string {text:?}"),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    };
    format!("invalid type: {found}, expected {expected}")
}

/// serde's wording for the names a key or word may take: "expected `a`",
/// "expected `a` or `b`", "expected one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let mut out = String::from(if names.len() > 2 {
        "expected one of "
    } else {
        "expected "
    });
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if names.len() == 2 { " or " } else { ", " });
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

/// What kind of JSON value this is, for messages (`a number`, `a list`, …).
pub(crate) fn describe(value: &Value) -> &'static str {
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
    use serde_json::json;

    const INNER: Shape = &[Field::new("lon", Kind::F64)];

    const OUTER: Shape = &[
        Field::new("id", Kind::Str),
        Field::new("title", Kind::Str),
        Field::new("place", Kind::Obj(INNER)),
        Field::new("note", Kind::OptStr),
    ];

    fn error_of(value: Value) -> Option<DataError> {
        let mut errors = Vec::new();
        parse_shape("f.json", Some("r"), value, OUTER, &mut errors);
        errors.pop()
    }

    fn field_of(value: Value) -> Option<String> {
        error_of(value).and_then(|e| e.field)
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
        assert_eq!(
            field_of(base(json!({"place": {"lon": "x"}}))),
            Some("place.lon".to_owned())
        );
    }

    #[test]
    fn shape_errors_are_worded_as_serde_words_them() {
        let base = |extra: Value| {
            let mut value = json!({"id": "r", "title": "t", "place": {"lon": 1.0}});
            if let (Value::Object(map), Value::Object(more)) = (&mut value, extra) {
                map.extend(more);
            }
            value
        };
        let message = |value: Value| error_of(value).map(|e| e.message).unwrap_or_default();
        assert_eq!(
            message(base(json!({"titel": "x"}))),
            "unknown field `titel`, expected one of `id`, `title`, `place`, `note`"
        );
        assert_eq!(
            message(base(json!({"place": {"lon": 1.0, "lng": 2.0}}))),
            "unknown field `lng`, expected `lon`"
        );
        assert_eq!(
            message(json!({"id": "r", "place": {"lon": 1.0}})),
            "missing field `title`"
        );
        assert_eq!(
            message(base(json!({"title": 3}))),
            "invalid type: integer `3`, expected a string"
        );
        assert_eq!(
            message(base(json!({"title": null}))),
            "invalid type: null, expected a string"
        );
        assert_eq!(
            message(base(json!({"title": "x\"y"}))),
            "" // a string is fine
        );
        assert_eq!(
            message(base(json!({"note": [1]}))),
            "invalid type: sequence, expected a string"
        );
        assert_eq!(
            message(base(json!({"place": {"lon": 2.0}, "title": 2.0}))),
            "invalid type: floating point `2.0`, expected a string"
        );
        assert_eq!(
            message(base(json!({"id": "a\"b\n"}))),
            "" // the id is only checked later
        );
        assert_eq!(
            message(base(json!({"place": {"lon": "x\"y"}}))),
            "invalid type: string \"x\\\"y\", expected f64"
        );
    }

    #[test]
    fn integers_and_words_are_checked_like_serde_checks_them() {
        const SHAPE: Shape = &[
            Field::new("month", Kind::OptInt(Int::U8)),
            Field::new("year", Kind::OptInt(Int::I32)),
            Field::new("kind", Kind::Word(&["a", "b"])),
            Field::new("status", Kind::WordOr(&["x", "y", "z"])),
            Field::new("names", Kind::StrsOr),
            Field::new("notes", Kind::Objs(INNER)),
        ];
        let message = |value: Value| {
            let mut errors = Vec::new();
            parse_shape("f.json", Some("r"), value, SHAPE, &mut errors);
            errors
                .pop()
                .map(|e| format!("{}: {}", e.field.unwrap_or_default(), e.message))
        };
        assert_eq!(message(json!({"kind": "a"})), None);
        assert_eq!(
            message(json!({"kind": "a", "month": 300})),
            Some("month: invalid value: integer `300`, expected u8".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "a", "month": 1.5})),
            Some("month: invalid type: floating point `1.5`, expected u8".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "a", "year": -5_000_000_000_i64})),
            Some("year: invalid value: integer `-5000000000`, expected i32".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "c"})),
            Some("kind: unknown variant `c`, expected `a` or `b`".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "a", "status": "w"})),
            Some("status: unknown variant `w`, expected one of `x`, `y`, `z`".to_owned())
        );
        assert_eq!(
            message(json!({})),
            Some("kind: missing field `kind`".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "a", "names": ["n", 1]})),
            Some("names: invalid type: integer `1`, expected a string".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "a", "notes": [{"lon": 1}, {"lat": 1}]})),
            Some("notes[1].lat: unknown field `lat`, expected `lon`".to_owned())
        );
        assert_eq!(
            message(json!({"kind": "a", "notes": [{"lon": 1}, 7]})),
            Some("notes[1]: expected an object, found a number".to_owned())
        );
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let message =
            parse_json("{\n  \"events\": [\n    {\"id\": 1,}\n  ]\n}").expect_err("a syntax error");
        assert!(
            message.starts_with("invalid JSON at line 3, column"),
            "{message}"
        );
    }

    #[test]
    fn records_without_an_id_are_labelled_by_position() {
        let mut errors = Vec::new();
        let parsed: Vec<Parsed> = [json!({"title": "t"}), json!([])]
            .into_iter()
            .enumerate()
            .map(|(i, value)| parse_record("f.json", "events", "id", i, value, OUTER, &mut errors))
            .collect();
        let labels: Vec<&str> = parsed.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["events #1", "events #2"]);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[1].message, "expected an object, found a list");
    }
}
