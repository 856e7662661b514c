//! The data version of a build: one hash of every data, names and interface-text file.
//! The page carries it (`<meta name="ots-atlas-version">`), the app adds it to every file
//! it fetches (`data/quotes.json?v=…`, so the offline copy keeps each version's files
//! apart) and compares it with `version.json` before it fetches anything once the map is
//! up: a tab opened before a deploy never mixes its Wasm with the new data, and offers to
//! reload instead.

use std::fs;
use std::path::Path;

/// The file the app asks for the version the server holds now.
pub const VERSION_FILE: &str = "version.json";

/// 16 hex digits of the SHA-256 of the names and contents of the files under `data/` and
/// `i18n/` (sorted, so the same files give the same version).
pub fn data_version(dist: &Path) -> Result<String, String> {
    let mut files = Vec::new();
    for folder in ["data", "i18n"] {
        collect(&dist.join(folder), folder, &mut files)?;
    }
    files.sort();
    hash_files(dist, &files)
}

/// 16 hex digits of the SHA-256 of the named files' names and contents (`./` is the page,
/// `index.html`).
pub fn hash_files(dist: &Path, files: &[String]) -> Result<String, String> {
    use sha2::Digest as _;
    let mut hash = sha2::Sha256::new();
    for name in files {
        let path = dist.join(if name == "./" { "index.html" } else { name });
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        hash.update(name.as_bytes());
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    Ok(hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The data files below `dir` (named from the dist folder: `data/names/en.json`).
fn collect(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
    if !dir.is_dir() {
        return Ok(());
    }
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{prefix}/{name}");
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect(&entry.path(), &path, out)?;
        } else if name.ends_with(".json") {
            out.push(path);
        }
    }
    Ok(())
}

/// Writes `version.json`: `{"version":"…"}`.
pub fn write_version_file(dist: &Path, version: &str) -> Result<(), String> {
    let path = dist.join(VERSION_FILE);
    fs::write(&path, format!("{{\"version\":\"{version}\"}}\n"))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The page's preloads of data files with the version in their query, as the app asks
/// for them (a preload for another address would be downloaded twice). An earlier
/// version is replaced.
pub fn versioned_preloads(html: &str, version: &str) -> String {
    const START: &str = "<link rel=\"preload\" href=\"data/";
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(i) = rest.find(START) {
        let (before, from) = rest.split_at(i + START.len());
        out.push_str(before);
        let end = from.find('"').unwrap_or(from.len());
        let address = &from[..end];
        let path = address.split_once("?v=").map_or(address, |(path, _)| path);
        out.push_str(path);
        out.push_str("?v=");
        out.push_str(version);
        rest = &from[end..];
    }
    out.push_str(rest);
    out
}

/// The version as a `<meta>` tag for the page's head.
pub fn version_meta(version: &str) -> String {
    format!(r#"<meta name="ots-atlas-version" content="{version}" />"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::tests::TempDir;

    #[test]
    fn preloads_of_data_carry_the_version_once() {
        let html = r#"<link rel="preload" href="data/world.json" as="fetch" /><link rel="preload" href="main.css" /><link rel="preload" href="data/names/en.json" as="fetch" />"#;
        let once = versioned_preloads(html, "abc");
        assert_eq!(
            once,
            r#"<link rel="preload" href="data/world.json?v=abc" as="fetch" /><link rel="preload" href="main.css" /><link rel="preload" href="data/names/en.json?v=abc" as="fetch" />"#
        );
        assert_eq!(versioned_preloads(&once, "def"), once.replace("abc", "def"));
    }

    #[test]
    fn other_data_is_another_version() {
        let dist = TempDir::new("build-previews-version");
        for (file, text) in [
            ("data/countries.json", "{}"),
            ("data/names/en.json", "{}"),
            ("i18n/tr.json", "{}"),
            ("index.html", "not data"),
        ] {
            let path = dist.0.join(file);
            fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
            fs::write(path, text).expect("written");
        }
        let first = data_version(&dist.0).expect("a version");
        assert_eq!(first.len(), 16);
        fs::write(dist.0.join("index.html"), "another page").expect("written");
        assert_eq!(
            data_version(&dist.0).expect("a version"),
            first,
            "the page is not data"
        );
        fs::write(dist.0.join("data/names/en.json"), "{ }").expect("written");
        assert_ne!(data_version(&dist.0).expect("a version"), first);
        write_version_file(&dist.0, "0123456789abcdef").expect("written");
        assert_eq!(
            fs::read_to_string(dist.0.join(VERSION_FILE)).expect("read"),
            "{\"version\":\"0123456789abcdef\"}\n"
        );
    }
}
