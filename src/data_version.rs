//! The data version a page was built with, and whether the server still holds it: a tab
//! opened before a deploy must not combine its Wasm with the new data files (see
//! `build-previews`'s `version.rs`, which writes `version.json` and the page's tag).

/// The address of a data file as the app asks for it: with the version in its query, so
/// that the offline copy keeps each version's files apart.
pub fn versioned(url: &str, version: Option<&str>) -> String {
    match version {
        Some(version) => format!("{url}?v={version}"),
        None => url.to_owned(),
    }
}

/// The version in the text of `version.json` (`{"version":"…"}`), if it is one.
pub fn served_version(json: &str) -> Option<String> {
    served_version_value(&serde_json::from_str(json).ok()?)
}

/// Like [`served_version`], from the file already parsed as JSON (the app parses it with
/// the browser's `JSON.parse`: see `json_value`).
pub fn served_version_value(value: &serde_json::Value) -> Option<String> {
    let version = value.get("version")?.as_str()?;
    (!version.is_empty() && version.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| version.to_owned())
}

/// True when the server holds another version than the page's: only then must the app
/// stop fetching and offer a reload (an unreadable answer is not a new version).
pub fn is_newer(page: &str, served_json: &str) -> bool {
    served_version(served_json).is_some_and(|served| served != page)
}

/// Like [`is_newer`], from `version.json` already parsed as JSON.
pub fn is_newer_value(page: &str, served: &serde_json::Value) -> bool {
    served_version_value(served).is_some_and(|served| served != page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_asked_for_with_the_version() {
        assert_eq!(
            versioned("data/quotes.json", Some("0123456789abcdef")),
            "data/quotes.json?v=0123456789abcdef"
        );
        assert_eq!(versioned("data/quotes.json", None), "data/quotes.json");
    }

    #[test]
    fn only_another_readable_version_is_new() {
        let page = "0123456789abcdef";
        assert!(!is_newer(page, r#"{"version":"0123456789abcdef"}"#));
        assert!(is_newer(page, r#"{"version":"fedcba9876543210"}"#));
        assert!(!is_newer(page, "<html>not found</html>"));
        assert!(!is_newer(page, r#"{"version":""}"#));
        assert!(!is_newer(page, r#"{"version":"<script>"}"#));
    }

    #[test]
    fn the_text_and_the_parsed_value_read_the_same() {
        let page = "0123456789abcdef";
        for json in [
            r#"{"version":"0123456789abcdef"}"#,
            r#"{"version":"fedcba9876543210"}"#,
            r#"{"version":""}"#,
            r#"{"version":5}"#,
            "[]",
        ] {
            let value = crate::json_value::as_the_browser_reads(json);
            assert_eq!(is_newer_value(page, &value), is_newer(page, json), "{json}");
        }
    }
}
