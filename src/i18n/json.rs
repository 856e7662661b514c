//! Interface text as JSON, for the languages the Wasm fetches on demand. The Rust tables are
//! the source (a missing field does not compile); `public/i18n/<lang>.json` is written from
//! them and a test fails when a file no longer matches its table.

use serde_json::{Map, Value};

use super::{EN, Strings};

/// A table as a JSON object `{ "field": "text", … }` in field order.
pub fn to_json(strings: &Strings) -> String {
    let mut object = Map::new();
    for (name, text) in strings.fields() {
        object.insert(name.to_owned(), Value::from(text));
    }
    let mut out = serde_json::to_string_pretty(&Value::Object(object)).unwrap_or_default();
    out.push('\n');
    out
}

/// Reads a table written by [`to_json`]. Fields the file lacks fall back to English. The
/// texts live as long as the page: a language is read once per visit.
pub fn from_json(json: &str) -> Result<&'static Strings, String> {
    from_json_value(serde_json::from_str(json).map_err(|e| e.to_string())?)
}

/// Like [`from_json`], from the file already parsed as JSON (the app parses it with the
/// browser's `JSON.parse`: see `json_value`).
pub fn from_json_value(value: Value) -> Result<&'static Strings, String> {
    let Value::Object(object) = value else {
        return Err("expected a JSON object of texts".to_owned());
    };
    let leaked: Vec<(String, &'static str)> = object
        .into_iter()
        .filter_map(|(key, value)| match value {
            Value::String(text) => Some((key, &*Box::leak(text.into_boxed_str()))),
            _ => None,
        })
        .collect();
    let lookup = |name: &str| leaked.iter().find(|(k, _)| k == name).map(|(_, v)| *v);
    Ok(Box::leak(Box::new(Strings::from_lookup(lookup, &EN))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::url_state::Lang;

    /// Set `UPDATE_I18N=1` to rewrite the files after changing a table (never done in CI).
    #[test]
    fn the_language_files_match_their_tables() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/i18n");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let path = dir.join(format!("{}.json", lang.tag()));
            let expected = to_json(strings(lang));
            if std::env::var_os("UPDATE_I18N").is_some() {
                std::fs::create_dir_all(&dir).expect("create public/i18n");
                std::fs::write(&path, &expected).expect("write a language file");
            }
            let found = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                found == expected,
                "{} is out of date: run `UPDATE_I18N=1 cargo test the_language_files` and commit it",
                path.display()
            );
        }
    }

    #[test]
    fn a_table_survives_the_trip_through_json() {
        let ru = from_json(&to_json(strings(Lang::Ru))).expect("parses");
        assert_eq!(ru.fields(), strings(Lang::Ru).fields());
    }

    #[test]
    fn the_text_and_the_parsed_value_read_the_same() {
        let json = to_json(strings(Lang::Kk));
        let value = crate::json_value::as_the_browser_reads(&json);
        let from_value = from_json_value(value).expect("parses");
        assert_eq!(
            from_value.fields(),
            from_json(&json).expect("parses").fields()
        );
        let value = crate::json_value::as_the_browser_reads("[1, 2]");
        assert!(from_json_value(value).is_err());
    }

    #[test]
    fn missing_fields_fall_back_to_english() {
        let partial = from_json(r#"{"app_title": "Atlas X"}"#).expect("parses");
        assert_eq!(partial.app_title, "Atlas X");
        assert_eq!(partial.retry, EN.retry);
        assert!(from_json("[1, 2]").is_err());
    }
}
