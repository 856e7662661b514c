//! `feed.xml`: the corrections and additions log (`changelog.json`) as an Atom feed next
//! to `index.html`, so that newsrooms and teachers can follow the corrections. The main
//! page's head links to it (see [`crate::index::meta_tags`]).
//!
//! Atom ids must be absolute: with a base URL the feed's addresses are under it; without
//! one (a local build, where the preview tags are relative too) they are under
//! [`FALLBACK_BASE`], a name that can never resolve.

use std::fs;
use std::path::Path;

use ots_atlas::render::atom::{FEED_FILE, changelog_feed, rfc3339};

use crate::build::Inputs;
use crate::page::Links;

/// The base of the feed's addresses without `--base-url` (`.invalid` is reserved, RFC 2606).
pub const FALLBACK_BASE: &str = "https://ots-atlas.invalid/";

/// What was written, for the summary line.
#[derive(Debug)]
pub struct FeedReport {
    /// The number of entries.
    pub entries: usize,
    /// The base of the feed's addresses.
    pub base: String,
}

/// Writes `<dist>/feed.xml` from the data's log. An empty log gives a feed without
/// entries dated by the data's "as of" date, so the output stays deterministic.
pub fn write_feed(inputs: &Inputs, links: &Links, dist: &Path) -> Result<FeedReport, String> {
    let base = links.base().unwrap_or(FALLBACK_BASE).to_owned();
    let entries = inputs.data.changelog();
    let as_of = rfc3339(&inputs.data.organization().as_of);
    let xml = changelog_feed(entries, &base, &as_of);
    let path = dist.join(FEED_FILE);
    fs::write(&path, xml).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(FeedReport {
        entries: entries.len(),
        base,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::tests::{TempDir, inputs};
    use resvg::usvg::roxmltree::Document;

    const ATOM: &str = "http://www.w3.org/2005/Atom";

    #[test]
    fn the_feed_is_written_with_the_real_changelog() {
        let dist = TempDir::new("build-previews-feed-test");
        let inputs = inputs();
        let links = Links::absolute("https://example.org/atlas").expect("a valid base");
        let report = write_feed(&inputs, &links, &dist.0).expect("written");
        let log = inputs.data.changelog();
        assert_eq!(report.entries, log.len());
        assert_eq!(report.base, "https://example.org/atlas/");

        let xml = fs::read_to_string(dist.0.join("feed.xml")).expect("feed.xml");
        let doc = Document::parse(&xml).expect("feed.xml is XML");
        let feed = doc.root_element();
        assert!(feed.has_tag_name((ATOM, "feed")));
        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name((ATOM, "entry")))
            .collect();
        assert_eq!(entries.len(), log.len(), "one entry per log entry");
        let ids: Vec<&str> = entries
            .iter()
            .filter_map(|e| e.children().find(|n| n.has_tag_name((ATOM, "id"))))
            .filter_map(|n| n.text())
            .collect();
        for entry in log {
            let id = format!("https://example.org/atlas/#log-{}", entry.id);
            assert!(ids.contains(&id.as_str()), "{id} missing from the feed");
        }
        assert!(xml.contains("<id>https://example.org/atlas/feed.xml</id>"));
        // The feed is dated by its newest entry, or by the data's date without entries.
        let newest = log
            .iter()
            .map(|e| rfc3339(&e.date))
            .max()
            .unwrap_or_else(|| rfc3339(&inputs.data.organization().as_of));
        assert!(
            xml.contains(&format!("<updated>{newest}</updated>")),
            "{xml}"
        );
    }

    #[test]
    fn without_a_base_url_the_ids_are_still_absolute() {
        let dist = TempDir::new("build-previews-feed-test-relative");
        let report = write_feed(&inputs(), &Links::relative(), &dist.0).expect("written");
        assert_eq!(report.base, FALLBACK_BASE);
        let xml = fs::read_to_string(dist.0.join("feed.xml")).expect("feed.xml");
        assert!(xml.contains("<id>https://ots-atlas.invalid/feed.xml</id>"));
        assert!(Document::parse(&xml).is_ok());
    }
}
