//! `check-data` as an editor runs it: a folder of data files in, problems out, exit code 1.
//! Each case overlays one broken file from `tests/fixtures/data/<case>/` on the valid base.

use std::path::{Path, PathBuf};
use std::process::Command;

const FILES: [&str; 7] = [
    "countries.json",
    "events.json",
    "quotes.json",
    "diaspora.json",
    "organization.json",
    "publishers.json",
    "changelog.json",
];

/// A fresh folder with the base files and the case's own files over them.
fn folder_for(case: &str) -> PathBuf {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data");
    let dir = std::env::temp_dir().join(format!("ots-check-data-{case}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for file in FILES {
        let own = fixtures.join(case).join(file);
        let from = if own.exists() {
            own
        } else {
            fixtures.join("base").join(file)
        };
        std::fs::copy(&from, dir.join(file)).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    }
    dir
}

/// Runs check-data on a case: (exit success, stderr).
fn check(case: &str) -> (bool, String) {
    let dir = folder_for(case);
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .arg(&dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run check-data: {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_valid_base_passes() {
    let (ok, stderr) = check("base");
    assert!(ok, "{stderr}");
}

#[test]
fn a_source_on_an_unregistered_host_fails_naming_file_record_and_field() {
    let (ok, stderr) = check("unregistered-host");
    assert!(!ok);
    assert!(
        stderr.contains("events.json: record \"gabala-summit-2025\", field \"sources\": the host \"unlisted-news.example\""),
        "{stderr}"
    );
}

#[test]
fn a_mirror_host_in_the_registry_fails_naming_file_record_and_field() {
    let (ok, stderr) = check("mirror-host");
    assert!(!ok);
    assert!(
        stderr.contains("publishers.json: record \"wikipedia-mirror\", field \"hosts\": \"hessslslslsls.azureedge.net\" is a content-delivery network's host"),
        "{stderr}"
    );
}
