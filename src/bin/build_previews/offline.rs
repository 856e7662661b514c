//! `sw.js`: the service worker that keeps an offline copy of the app (`assets/sw.js` with
//! this build's files and version filled in). It lists what a visit uses: the page, the
//! files with Trunk's content hash in their names (JavaScript, Wasm, CSS, icon), the data
//! and geometry files and the English country names, and what installing the app uses:
//! `manifest.webmanifest` and its icons (`icons/*.png`); and the worksheet's `worksheet.css`. Other languages are kept once used.

use std::fs;
use std::path::Path;

use crate::icons::ICON_DIR;
use crate::version::hash_files;

/// The worker's source, with two markers to fill.
const TEMPLATE: &str = include_str!("../../../assets/sw.js");
/// The worker's file name, next to index.html (its scope is the app's folder).
pub const WORKER_FILE: &str = "sw.js";
/// The web app manifest, next to index.html.
const MANIFEST_FILE: &str = "manifest.webmanifest";
/// The worksheet's stylesheet (not hashed: the worksheet page links it by this name).
const WORKSHEET_CSS: &str = "worksheet.css";

/// What was written: the files listed and the version (the cache's name).
pub struct OfflineCopy {
    pub files: Vec<String>,
    pub version: String,
}

/// Writes `<dist>/sw.js` for the files of `dist`. The data files are kept under the
/// addresses the app asks for: with the build's data version in their query.
pub fn write_service_worker(dist: &Path, data_version: &str) -> Result<OfflineCopy, String> {
    let files = offline_files(dist)?;
    let version = hash_files(dist, &files)?;
    let addresses: Vec<String> = files
        .iter()
        .map(|file| {
            if file.starts_with("data/") {
                format!("{file}?v={data_version}")
            } else {
                file.clone()
            }
        })
        .collect();
    let list = serde_json::to_string(&addresses).map_err(|e| e.to_string())?;
    let source = TEMPLATE
        .replace("'__OTS_ATLAS_VERSION__'", &format!("'{version}'"))
        .replace("__OTS_ATLAS_FILES__", &list);
    let path = dist.join(WORKER_FILE);
    fs::write(&path, source).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(OfflineCopy { files, version })
}

/// The files a visit uses, as addresses relative to the worker (sorted; the page first).
fn offline_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut files = vec!["./".to_owned()];
    let mut found: Vec<String> = list(dist)?
        .into_iter()
        .filter(|name| is_hashed(name))
        .collect();
    found.extend(
        list(&dist.join("data"))?
            .into_iter()
            .filter(|name| name.ends_with(".json"))
            .map(|name| format!("data/{name}")),
    );
    if dist.join("data/names/en.json").is_file() {
        found.push("data/names/en.json".to_owned());
    }
    for file in [MANIFEST_FILE, WORKSHEET_CSS] {
        if dist.join(file).is_file() {
            found.push(file.to_owned());
        }
    }
    if dist.join(ICON_DIR).is_dir() {
        found.extend(
            list(&dist.join(ICON_DIR))?
                .into_iter()
                .filter(|name| name.ends_with(".png"))
                .map(|name| format!("{ICON_DIR}/{name}")),
        );
    }
    found.sort();
    files.extend(found);
    Ok(files)
}

/// The names of the files (not folders) in `dir`.
fn list(dir: &Path) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    Ok(entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect())
}

/// `main-3d503a4a01dfd86.css`, `ots-atlas-ba8100517f29a306_bg.wasm`: a name with Trunk's
/// content hash (10 to 16 hex digits after the last hyphen), as `HASHED` in the worker.
fn is_hashed(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if !matches!(ext, "js" | "wasm" | "css" | "svg") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::tests::TempDir;

    fn dist() -> TempDir {
        let dist = TempDir::new("build-previews-offline");
        for (file, text) in [
            ("index.html", "<!doctype html>"),
            ("ots-atlas-ba8100517f29a306.js", "js"),
            ("ots-atlas-ba8100517f29a306_bg.wasm", "wasm"),
            ("main-3d503a4a01dfd86.css", "css"),
            ("favicon-8c20aaacac8791ce.svg", "svg"),
            ("embed.js", "not hashed"),
            ("embed-demo.html", "not the app"),
            ("main-3d503a4a01dfd86.css.br", "a compressed copy"),
            ("data/countries.json", "{}"),
            ("data/world.json", "{}"),
            ("data/README.txt", "not data"),
            ("manifest.webmanifest", "{}"),
            ("worksheet.css", "css"),
            ("icons/icon-192.png", "png"),
            ("data/names/en.json", "{}"),
            ("data/names/tr.json", "{}"),
            ("i18n/tr.json", "{}"),
            ("share/KAZ.html", "a preview page"),
        ] {
            let path = dist.0.join(file);
            fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
            fs::write(path, text).expect("written");
        }
        dist
    }

    #[test]
    fn the_worker_lists_what_a_visit_uses() {
        let dist = dist();
        let copy = write_service_worker(&dist.0, "0123456789abcdef").expect("written");
        assert_eq!(
            copy.files,
            [
                "./",
                "data/countries.json",
                "data/names/en.json",
                "data/world.json",
                "favicon-8c20aaacac8791ce.svg",
                "icons/icon-192.png",
                "main-3d503a4a01dfd86.css",
                "manifest.webmanifest",
                "ots-atlas-ba8100517f29a306.js",
                "ots-atlas-ba8100517f29a306_bg.wasm",
                "worksheet.css",
            ]
        );
        let source = fs::read_to_string(dist.0.join(WORKER_FILE)).expect("sw.js");
        assert!(source.contains(&format!("const VERSION = '{}';", copy.version)));
        assert!(
            source.contains(r#"const PRECACHE = ["./","data/countries.json?v=0123456789abcdef","#)
        );
        assert!(!source.contains("__OTS_ATLAS"), "every marker is filled");
        assert_eq!(copy.version.len(), 16);
    }

    #[test]
    fn new_content_is_a_new_version() {
        let dist = dist();
        let first = write_service_worker(&dist.0, "0123456789abcdef")
            .expect("written")
            .version;
        assert_eq!(
            write_service_worker(&dist.0, "0123456789abcdef")
                .expect("again")
                .version,
            first
        );
        fs::write(dist.0.join("data/countries.json"), "{ }").expect("changed");
        assert_ne!(
            write_service_worker(&dist.0, "0123456789abcdef")
                .expect("written")
                .version,
            first
        );
    }

    #[test]
    fn hashed_names_are_told_apart() {
        for name in [
            "main-3d503a4a01dfd86.css",
            "ots-atlas-ba8100517f29a306_bg.wasm",
            "favicon-8c20aaacac8791ce.svg",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "embed.js",
            "sw.js",
            "main-xyz.css",
            "a-0123.js",
            "x-0123456789.png",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }
}
