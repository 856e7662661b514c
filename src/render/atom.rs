//! The corrections and additions log (`changelog.json`) as an Atom 1.0 feed (RFC 4287),
//! so that newsrooms and teachers can follow the corrections in a feed reader.
//! `build-previews` writes it as `feed.xml` next to `index.html`.
//!
//! Pure and deterministic: the same entries, base address and fallback date give the same
//! bytes. Every text goes through [`escape`].

use crate::data::changelog::LogEntry;
use crate::data::date::FuzzyDate;
use crate::sort;

use super::xml::escape;

/// The feed's title.
pub const FEED_TITLE: &str = "OTS Atlas: corrections and additions";
/// The feed's file name, next to `index.html`.
pub const FEED_FILE: &str = "feed.xml";
/// The records an entry's title names before "and N more".
const TITLE_RECORDS: usize = 3;

/// The Atom document of the log. `base_url` is the app's absolute address (a missing final
/// `/` is added): the feed's id and `self` link are `{base_url}feed.xml`, its `alternate`
/// link the app, and an entry's id `{base_url}#log-{id}`. The feed's `<updated>` is the
/// newest entry's date; `updated` (an RFC 3339 timestamp) stands in when the log is empty.
/// Entries come newest first; entries of the same day keep the log's order.
pub fn changelog_feed(entries: &[LogEntry], base_url: &str, updated: &str) -> String {
    let base = if base_url.ends_with('/') {
        base_url.to_owned()
    } else {
        format!("{base_url}/")
    };
    let mut sorted: Vec<&LogEntry> = entries.iter().collect();
    sort::sort_by(&mut sorted, |a, b| a.date.first_day() > b.date.first_day());
    let feed_updated = sorted
        .first()
        .map_or_else(|| updated.to_owned(), |entry| rfc3339(&entry.date));
    let self_url = format!("{base}{FEED_FILE}");

    let mut out = String::with_capacity(1024 + entries.len() * 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
    push_element(&mut out, 1, "title", FEED_TITLE);
    push_element(&mut out, 1, "id", &self_url);
    push_link(&mut out, 1, "self", Some("application/atom+xml"), &self_url);
    push_link(&mut out, 1, "alternate", Some("text/html"), &base);
    push_element(&mut out, 1, "updated", &feed_updated);
    out.push_str("  <author><name>OTS Atlas</name></author>\n");
    for entry in sorted {
        out.push_str("  <entry>\n");
        push_element(&mut out, 2, "id", &format!("{base}#log-{}", entry.id));
        push_element(&mut out, 2, "title", &entry_title(entry));
        push_element(&mut out, 2, "updated", &rfc3339(&entry.date));
        // RFC 4287 §4.1.2: an entry without <content> needs an alternate link; the app's
        // About panel lists the log.
        push_link(&mut out, 2, "alternate", Some("text/html"), &base);
        out.push_str(&format!(
            "    <category term=\"{}\"/>\n",
            escape(entry.action.key())
        ));
        out.push_str(&format!(
            "    <summary type=\"text\">{}</summary>\n",
            escape(&entry.text)
        ));
        for source in &entry.sources {
            push_link(&mut out, 2, "related", None, source.url());
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// `{Action}: {records}`, e.g. `Corrected: a, b, c and 2 more`.
pub fn entry_title(entry: &LogEntry) -> String {
    let key = entry.action.key();
    let mut action = key[..1].to_ascii_uppercase();
    action.push_str(&key[1..]);
    let shown = &entry.records[..entry.records.len().min(TITLE_RECORDS)];
    let mut title = format!("{action}: {}", shown.join(", "));
    let more = entry.records.len() - shown.len();
    if more > 0 {
        title.push_str(&format!(" and {more} more"));
    }
    title
}

/// The first day a date covers as an RFC 3339 timestamp at midnight UTC:
/// `2026-12-04T00:00:00Z` (`2026-12` gives `2026-12-01T00:00:00Z`).
pub fn rfc3339(date: &FuzzyDate) -> String {
    let (year, month, day) = date.first_day();
    format!("{year:04}-{month:02}-{day:02}T00:00:00Z")
}

fn push_element(out: &mut String, depth: usize, name: &str, text: &str) {
    out.push_str(&"  ".repeat(depth));
    out.push_str(&format!("<{name}>{}</{name}>\n", escape(text)));
}

fn push_link(out: &mut String, depth: usize, rel: &str, kind: Option<&str>, href: &str) {
    out.push_str(&"  ".repeat(depth));
    out.push_str(&format!("<link rel=\"{rel}\""));
    if let Some(kind) = kind {
        out.push_str(&format!(" type=\"{kind}\""));
    }
    out.push_str(&format!(" href=\"{}\"/>\n", escape(href)));
}

// The XML parser comes with resvg, a native-only dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::changelog::Change;
    use crate::data::source::Source;
    use resvg::usvg::roxmltree::{Document, Node};

    fn entry(id: &str, date: &str, action: Change, records: &[&str], text: &str) -> LogEntry {
        LogEntry {
            id: id.to_owned(),
            date: FuzzyDate::parse(date).expect("a date literal"),
            action,
            records: records.iter().map(|r| (*r).to_owned()).collect(),
            text: text.to_owned(),
            sources: Vec::new(),
        }
    }

    fn log() -> Vec<LogEntry> {
        let mut corrected = entry(
            "log-2026-01-fix",
            "2026-01",
            Change::Corrected,
            &["a", "b", "c", "d", "e"],
            "Fixed <b>dates</b> & \"names\" of 'five' records.",
        );
        corrected.sources = vec![
            Source::parse("https://example.org/report?id=1&lang=en").expect("a source"),
            Source::parse("https://news.example.com/x").expect("a source"),
        ];
        vec![
            entry(
                "log-2025-11-20-removed",
                "2025-11-20",
                Change::Removed,
                &["old-quote"],
                "Removed a misattributed quote.",
            ),
            entry(
                "log-2026-12-04-quotes-added",
                "2026-12-04",
                Change::Added,
                &["erdogan-family-photo-2022", "KAZ"],
                "Added two records.",
            ),
            corrected,
        ]
    }

    const BASE: &str = "https://example.org/atlas/";

    #[test]
    fn the_feed_is_well_formed_atom() {
        let xml = changelog_feed(&log(), BASE, "2000-01-01T00:00:00Z");
        let doc = Document::parse(&xml).expect("the feed parses as XML");
        let feed = doc.root_element();
        let atom = "http://www.w3.org/2005/Atom";
        assert_eq!(feed.tag_name().name(), "feed");
        assert_eq!(feed.tag_name().namespace(), Some(atom));
        let child = |name: &str| {
            feed.children()
                .find(|n| n.has_tag_name((atom, name)))
                .unwrap_or_else(|| panic!("no <{name}>"))
        };
        assert_eq!(child("title").text(), Some(FEED_TITLE));
        assert_eq!(
            child("id").text(),
            Some("https://example.org/atlas/feed.xml")
        );
        assert_eq!(child("updated").text(), Some("2026-12-04T00:00:00Z"));
        let author = child("author");
        assert_eq!(
            author
                .children()
                .find(|n| n.has_tag_name((atom, "name")))
                .and_then(|n| n.text()),
            Some("OTS Atlas")
        );
        let links: Vec<(&str, &str)> = feed
            .children()
            .filter(|n| n.has_tag_name((atom, "link")))
            .map(|n| {
                (
                    n.attribute("rel").unwrap_or_default(),
                    n.attribute("href").unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            links,
            [
                ("self", "https://example.org/atlas/feed.xml"),
                ("alternate", BASE)
            ]
        );

        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name((atom, "entry")))
            .collect();
        assert_eq!(entries.len(), 3);
        let text = |entry: &Node<'_, '_>, name: &str| {
            entry
                .children()
                .find(|n| n.has_tag_name((atom, name)))
                .and_then(|n| n.text())
                .unwrap_or_else(|| panic!("no <{name}>"))
                .to_owned()
        };
        // Newest first, whatever the log's order.
        let ids: Vec<String> = entries.iter().map(|e| text(e, "id")).collect();
        assert_eq!(
            ids,
            [
                "https://example.org/atlas/#log-log-2026-12-04-quotes-added",
                "https://example.org/atlas/#log-log-2026-01-fix",
                "https://example.org/atlas/#log-log-2025-11-20-removed",
            ]
        );
        for entry in &entries {
            for name in ["id", "title", "updated", "summary"] {
                text(entry, name);
            }
            assert!(
                entry
                    .children()
                    .any(|n| n.has_tag_name((atom, "link"))
                        && n.attribute("rel") == Some("alternate")),
                "an entry without content needs an alternate link"
            );
        }
        let fix = &entries[1];
        assert_eq!(text(fix, "title"), "Corrected: a, b, c and 2 more");
        assert_eq!(text(fix, "updated"), "2026-01-01T00:00:00Z");
        assert_eq!(
            text(fix, "summary"),
            "Fixed <b>dates</b> & \"names\" of 'five' records."
        );
        let summary = fix
            .children()
            .find(|n| n.has_tag_name((atom, "summary")))
            .expect("a summary");
        assert_eq!(summary.attribute("type"), Some("text"));
        let category = fix
            .children()
            .find(|n| n.has_tag_name((atom, "category")))
            .expect("a category");
        assert_eq!(category.attribute("term"), Some("corrected"));
        let related: Vec<&str> = fix
            .children()
            .filter(|n| n.has_tag_name((atom, "link")) && n.attribute("rel") == Some("related"))
            .filter_map(|n| n.attribute("href"))
            .collect();
        assert_eq!(
            related,
            [
                "https://example.org/report?id=1&lang=en",
                "https://news.example.com/x"
            ]
        );
        assert_eq!(
            text(&entries[0], "title"),
            "Added: erdogan-family-photo-2022, KAZ"
        );
        assert_eq!(text(&entries[2], "title"), "Removed: old-quote");
    }

    #[test]
    fn markup_in_texts_is_escaped() {
        let xml = changelog_feed(&log(), BASE, "2000-01-01T00:00:00Z");
        assert!(xml.contains(
            "<summary type=\"text\">Fixed &lt;b&gt;dates&lt;/b&gt; &amp; &quot;names&quot; of &#39;five&#39; records.</summary>"
        ));
        assert!(xml.contains(
            r#"<link rel="related" href="https://example.org/report?id=1&amp;lang=en"/>"#
        ));
        assert!(!xml.contains("<b>") && !xml.contains("& "));
    }

    #[test]
    fn dates_are_rfc_3339() {
        let xml = changelog_feed(&log(), BASE, "2000-01-01T00:00:00Z");
        let updated: Vec<&str> = xml
            .split("<updated>")
            .skip(1)
            .filter_map(|rest| rest.split_once("</updated>").map(|(date, _)| date))
            .collect();
        assert_eq!(updated.len(), 4, "the feed's and one per entry");
        for date in updated {
            let bytes = date.as_bytes();
            assert_eq!(date.len(), 20, "{date}");
            assert!(
                bytes.iter().enumerate().all(|(i, b)| match i {
                    4 | 7 => *b == b'-',
                    10 => *b == b'T',
                    13 | 16 => *b == b':',
                    19 => *b == b'Z',
                    _ => b.is_ascii_digit(),
                }),
                "{date}"
            );
        }
        let day = |text: &str| FuzzyDate::parse(text).expect("a date");
        assert_eq!(rfc3339(&day("2026-12-04")), "2026-12-04T00:00:00Z");
        assert_eq!(rfc3339(&day("2026-03")), "2026-03-01T00:00:00Z");
        assert_eq!(rfc3339(&day("2026")), "2026-01-01T00:00:00Z");
        assert_eq!(
            rfc3339(&day("~2025-11-28/2025-12-02")),
            "2025-11-28T00:00:00Z"
        );
    }

    #[test]
    fn an_empty_log_is_a_valid_feed_dated_by_the_fallback() {
        let xml = changelog_feed(&[], "https://example.org/atlas", "2026-01-01T00:00:00Z");
        let doc = Document::parse(&xml).expect("parses");
        assert_eq!(
            doc.root_element()
                .children()
                .filter(|n| n.has_tag_name("entry"))
                .count(),
            0
        );
        assert!(xml.contains("<updated>2026-01-01T00:00:00Z</updated>"));
        // A missing final slash is added.
        assert!(xml.contains("<id>https://example.org/atlas/feed.xml</id>"));
        assert!(xml.contains(
            r#"<link rel="alternate" type="text/html" href="https://example.org/atlas/"/>"#
        ));
    }

    #[test]
    fn entries_of_the_same_day_keep_the_log_order() {
        let log = [
            entry("first", "2026-02-01", Change::Added, &["a"], "A."),
            entry("second", "2026-02-01", Change::Added, &["b"], "B."),
        ];
        let xml = changelog_feed(&log, BASE, "2000-01-01T00:00:00Z");
        let first = xml.find("#log-first").expect("first");
        let second = xml.find("#log-second").expect("second");
        assert!(first < second);
        assert_eq!(xml.matches("<entry>").count(), 2);
    }
}
