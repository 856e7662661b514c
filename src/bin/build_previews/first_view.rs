//! `data/first-view.json`: only what the map's default first view shows, written from the
//! committed data files (`data::first_view`) into the staging folder before the data
//! version is computed, so that the file is versioned (`?v=`) and in the offline copy's
//! list like the others.

use std::fs;
use std::path::Path;

use ots_atlas::data::first_view::{FIRST_VIEW_FILE, first_view_json};
use ots_atlas::data::{DataTexts, Dataset};
use ots_atlas::world::CountryCode;

/// Writes `<dist>/data/first-view.json` from the data files of `data`, once the app's
/// reader takes it back without a problem (`known`: the map's country codes); returns its
/// size.
pub fn write_first_view(
    data: &Path,
    dist: &Path,
    known: &dyn Fn(CountryCode) -> bool,
) -> Result<usize, String> {
    let texts = DataTexts::read_dir(data).map_err(|unreadable| {
        unreadable
            .first()
            .map(ToString::to_string)
            .unwrap_or_default()
    })?;
    let text = first_view_json(&texts.files()).map_err(|e| format!("{FIRST_VIEW_FILE}: {e}"))?;
    let json = serde_json::from_str(&text).map_err(|e| e.to_string());
    let (dataset, errors) = Dataset::load_first_view(json, known);
    if let Some(error) = errors.first() {
        return Err(format!("the app could not read it: {error}"));
    }
    dataset.ok_or_else(|| format!("{FIRST_VIEW_FILE}: no organisation"))?;
    let folder = dist.join("data");
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let path = folder.join(FIRST_VIEW_FILE);
    fs::write(&path, &text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::tests::TempDir;
    use crate::offline::write_service_worker;
    use crate::version::data_version;

    #[test]
    fn the_file_is_written_versioned_and_kept_offline() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let dist = TempDir::new("build-previews-first-view");
        let before = data_version(&dist.0).expect("a version");
        let size = write_first_view(&data, &dist.0, &|_| true).expect("written");
        let text = fs::read_to_string(dist.0.join("data/first-view.json")).expect("the file");
        assert_eq!(text.len(), size);
        assert!(
            text.starts_with(r#"{"countries":[{"code":"#),
            "{}",
            &text[..40]
        );
        // Part of the data version, and of the offline copy under its versioned address.
        let version = data_version(&dist.0).expect("a version");
        assert_ne!(version, before);
        fs::write(dist.0.join("index.html"), "<!doctype html>").expect("a page");
        write_service_worker(&dist.0, &version).expect("sw.js");
        let worker = fs::read_to_string(dist.0.join("sw.js")).expect("sw.js");
        assert!(worker.contains(&format!("\"data/first-view.json?v={version}\"")));
    }

    #[test]
    fn a_missing_data_folder_or_a_file_the_app_could_not_read_is_explained() {
        let dist = TempDir::new("build-previews-first-view-missing");
        let nowhere = dist.0.join("nowhere");
        let error = write_first_view(&nowhere, &dist.0, &|_| true).expect_err("no data");
        assert!(
            error.contains("cannot read") && error.contains("countries.json"),
            "{error}"
        );
        // A file the app could not read is not written.
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let no_turkiye = |code: CountryCode| code.as_str() != "TUR";
        let error = write_first_view(&data, &dist.0, &no_turkiye).expect_err("unknown code");
        assert!(error.contains("first-view.json: record \"TUR\""), "{error}");
        assert!(!dist.0.join("data/first-view.json").exists());
    }
}
