//! One broken fixture per kind of problem, under `tests/fixtures/data/<kind>/`. Each holds
//! only the file it breaks; the other files come from `tests/fixtures/data/base/`, a small
//! valid dataset. Every message must name the file, the record and the field.

use std::path::{Path, PathBuf};

use crate::data::hosts::unregistered_sources;
use crate::data::{DataError, DataFiles, DataTexts, Dataset, Item};
use crate::world::CountryCode;

/// The codes the fixtures may use, standing in for the map geometry.
const KNOWN: [&str; 7] = ["AUT", "AZE", "DEU", "KAZ", "KGZ", "TUR", "USA"];

fn fixture_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/data")
        .join(kind)
}

/// Loads a fixture against the fixture codes.
fn load(kind: &str) -> Result<Dataset, Vec<DataError>> {
    load_with(kind, &|code: CountryCode| KNOWN.contains(&code.as_str()))
}

/// Loads a fixture: its own files where it has them, the base dataset's elsewhere.
fn load_with(kind: &str, known: &dyn Fn(CountryCode) -> bool) -> Result<Dataset, Vec<DataError>> {
    Dataset::load(&fixture_texts(kind).files(), known)
}

/// A fixture's texts: its own files where it has them, the base dataset's elsewhere.
fn fixture_texts(kind: &str) -> DataTexts {
    DataTexts::read_dirs(&[&fixture_dir(kind), &fixture_dir("base")])
        .unwrap_or_else(|unreadable| panic!("{}", unreadable[0]))
}

/// The single problem a broken fixture must produce.
fn only_error(kind: &str) -> DataError {
    match load(kind) {
        Ok(_) => panic!("fixture {kind} loaded without a problem"),
        Err(mut errors) => {
            let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
            assert_eq!(errors.len(), 1, "fixture {kind}: {listed:#?}");
            errors.remove(0)
        }
    }
}

#[test]
fn the_base_fixture_is_a_valid_dataset() {
    let data = load("base").unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(data.countries().len(), 3);
    assert_eq!(data.summits().len(), 1);
}

#[test]
fn a_folder_without_the_files_names_each_missing_file_and_why() {
    let dir = fixture_dir("no-such-folder");
    let unreadable = DataTexts::read_dir(&dir)
        .map(|_| ())
        .expect_err("nothing to read");
    let messages: Vec<String> = unreadable.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 7, "{messages:#?}");
    assert_eq!(
        messages[0],
        format!(
            "cannot read {}: No such file or directory (os error 2)",
            dir.join("countries.json").display()
        )
    );
}

#[test]
fn broken_json_is_reported_with_line_and_column() {
    let error = only_error("syntax");
    assert_eq!(error.file, "events.json");
    assert_eq!((error.record, error.field), (None, None));
    assert!(
        error.message == "invalid JSON at line 20, column 7: expected `,` or `}`",
        "{}",
        error.message
    );
}

/// The one problem each broken fixture must produce, as `check-data` prints it.
const ONE_PROBLEM: &[(&str, &str)] = &[
    // An unknown country code names the record and field.
    (
        "unknown-code",
        "events.json: record \"washington-solidarity-reception-2025\", field \"countries\": unknown country code \"XXA\": the map has no country with this code",
    ),
    // An impossible day is not a real date.
    (
        "impossible-date",
        "events.json: record \"washington-solidarity-reception-2025\", field \"date\": \"2025-02-30\" is not a real date (February 2025 has 28 days)",
    ),
    // An impossible month is not a real date.
    (
        "impossible-month",
        "quotes.json: record \"ibrahim-diasporas-joining-us-2025\", field \"date\": \"2025-13-01\" is not a real date (there is no month 13)",
    ),
    // A range ending before it starts is rejected.
    (
        "reversed-range",
        "events.json: record \"vienna-capacity-building-training-2026\", field \"date\": the range ends (2026-01-13) before it starts (2026-01-14)",
    ),
    // A record without sources is rejected.
    (
        "missing-source",
        "diaspora.json: record \"tur-in-deu-2024\", field \"sources\": at least one http(s) source is required",
    ),
    // A source that is not http is rejected.
    (
        "non-http-source",
        "countries.json: record \"USA\", field \"notes[0].sources\": \"javascript:alert(1)\" is not an http(s) address",
    ),
    // A duplicate id within a file is reported at its second use.
    (
        "duplicate-id",
        "events.json: record \"gabala-summit-2025\", field \"id\": duplicate id: already used by another record in events.json",
    ),
    // A quote may not reuse an event id.
    (
        "duplicate-id-across-files",
        "quotes.json: record \"washington-solidarity-reception-2025\", field \"id\": duplicate id: already used by another record in events.json",
    ),
    // A pin off the globe names the coordinate.
    (
        "coordinates",
        "events.json: record \"washington-solidarity-reception-2025\", field \"place.lon\": longitude -277.0369 is outside [-180, 180]",
    ),
    // A quote without words is rejected.
    (
        "empty-quote",
        "quotes.json: record \"ibrahim-diasporas-joining-us-2025\", field \"text\": the quote text is empty",
    ),
    // A quote occasion must be a defined event.
    (
        "undefined-reference",
        "quotes.json: record \"ibrahim-diasporas-joining-us-2025\", field \"event\": refers to event \"washington-reception-2025\", which events.json does not define",
    ),
    // A summit entry must be a defined event.
    (
        "undefined-summit",
        "organization.json: record \"baku-summit-2019\", field \"event\": refers to event \"baku-summit-2019\", which events.json does not define",
    ),
    // A disputed quote must name the other sides statement.
    (
        "dispute-without-counterpoint",
        "quotes.json: record \"ibrahim-diasporas-joining-us-2025\", field \"counterpoints\": a quote stating one side of a disputed matter must name the other side's statement",
    ),
    // A log entry must name records that exist.
    (
        "unknown-log-record",
        "changelog.json: record \"log-2026-12-04-quotes-added\", field \"records\": names \"no-such-quote-2024\", which no data file defines (write \"removed\" for records taken out)",
    ),
];

#[test]
fn each_broken_fixture_produces_its_one_problem() {
    for (kind, message) in ONE_PROBLEM {
        assert_eq!(only_error(kind).to_string(), *message, "fixture {kind}");
    }
}

#[test]
fn a_misspelt_field_is_named() {
    let error = only_error("unknown-field");
    assert_eq!(error.file, "events.json");
    assert_eq!(error.record.as_deref(), Some("gabala-summit-2025"));
    assert_eq!(error.field.as_deref(), Some("titel"));
    assert!(
        error.message.starts_with("unknown field `titel`"),
        "{}",
        error.message
    );
}

#[test]
fn markup_in_a_text_is_data_and_passes_the_checks() {
    // The UI must render this as text; the checks have no reason to refuse it. The fixture
    // is a copy of the real files, whose codes the real-data tests check against the map.
    let data = load_with("xss", &|_| true).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let payload = "<img src=x onerror=alert(1)>";
    match data.item("omuraliev-unesco-language-day-2025") {
        Some(Item::Quote(quote)) => assert_eq!(quote.text, payload),
        other => panic!("the xss quote is missing: {other:?}"),
    }
    let usa = data.country(CountryCode::from_static("USA"));
    assert_eq!(
        usa.and_then(|c| c.notes.first()).map(|n| n.text.as_str()),
        Some(payload)
    );
}

#[test]
fn every_problem_in_a_file_is_reported_not_only_the_first() {
    let events = std::fs::read_to_string(fixture_dir("base").join("events.json"))
        .unwrap_or_default()
        .replace("\"2025-10-07\"", "\"2025-10-32\"")
        .replace("\"country\": \"AUT\"", "\"country\": \"XXA\"")
        .replace(
            "\"id\": \"washington-solidarity-reception-2025\"",
            "\"id\": \"Washington Reception\"",
        );
    let base =
        |name: &str| std::fs::read_to_string(fixture_dir("base").join(name)).unwrap_or_default();
    let (countries, quotes, diaspora, organization, publishers, changelog) = (
        base("countries.json"),
        base("quotes.json"),
        base("diaspora.json"),
        base("organization.json"),
        base("publishers.json"),
        base("changelog.json"),
    );
    let files = DataFiles {
        countries: &countries,
        events: &events,
        quotes: &quotes,
        diaspora: &diaspora,
        organization: &organization,
        publishers: &publishers,
        changelog: &changelog,
    };
    let errors = Dataset::load(&files, &|code: CountryCode| KNOWN.contains(&code.as_str()))
        .err()
        .unwrap_or_default();
    let fields: Vec<(Option<&str>, Option<&str>)> = errors
        .iter()
        .map(|e| (e.record.as_deref(), e.field.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [
            (Some("gabala-summit-2025"), Some("date")),
            (Some("Washington Reception"), Some("id")),
            (
                Some("vienna-capacity-building-training-2026"),
                Some("place.country")
            ),
            // The quote's event reference now points at an id that no longer exists.
            (Some("ibrahim-diasporas-joining-us-2025"), Some("event")),
        ],
        "{errors:#?}"
    );
}

#[test]
fn a_source_on_a_host_missing_from_the_registry_names_file_record_and_field() {
    let texts = fixture_texts("unregistered-host");
    let files = texts.files();
    let data = Dataset::load(&files, &|code: CountryCode| KNOWN.contains(&code.as_str()))
        .unwrap_or_else(|errors| panic!("{errors:#?}"));
    let errors: Vec<String> = unregistered_sources(&files, data.publishers())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "events.json: record \"gabala-summit-2025\", field \"sources\": the host \"unlisted-news.example\" of \"https://unlisted-news.example/ots-summit\" is not in publishers.json: add its publisher there, or cite the original publisher's page"
        ]
    );
}

#[test]
fn the_base_fixture_cites_only_registered_hosts() {
    let texts = fixture_texts("base");
    let files = texts.files();
    let data = Dataset::load(&files, &|code: CountryCode| KNOWN.contains(&code.as_str()))
        .unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(unregistered_sources(&files, data.publishers()), []);
}

#[test]
fn a_mirror_host_in_the_registry_is_refused() {
    let error = only_error("mirror-host").to_string();
    assert!(
        error.starts_with(
            "publishers.json: record \"wikipedia-mirror\", field \"hosts\": \"hessslslslsls.azureedge.net\" is a content-delivery network's host"
        ),
        "{error}"
    );
}

#[test]
fn the_browser_keeps_every_valid_record_and_reports_the_others() {
    let texts = fixture_texts("unknown-code");
    let (data, errors) = Dataset::load_valid(&texts.files(), &|code: CountryCode| {
        KNOWN.contains(&code.as_str())
    });
    let data = data.expect("the organisation is readable, so there is a dataset");
    assert_eq!(errors.len(), 1, "{errors:?}");
    // The broken event is left out; the rest is there.
    assert!(data.event("washington-solidarity-reception-2025").is_none());
    assert!(!data.events().is_empty() && !data.countries().is_empty());
    // The strict check refuses the same files.
    assert!(
        Dataset::load(&texts.files(), &|code: CountryCode| {
            KNOWN.contains(&code.as_str())
        })
        .is_err()
    );
}

#[test]
fn without_a_readable_organisation_there_is_no_dataset() {
    let mut texts = fixture_texts("base");
    if let Some(organization) = texts.text_mut("organization.json") {
        *organization = "not json".to_owned();
    }
    let (data, errors) = Dataset::load_valid(&texts.files(), &|_| true);
    assert!(data.is_none());
    assert!(errors.iter().any(|e| e.file == "organization.json"));
}

/// The files as the app reads them: parsed by the browser's `JSON.parse` (see
/// `json_value`), or `Err` with a stand-in for its message when they are not JSON.
fn as_the_browser_reads(texts: &DataTexts) -> crate::data::DataValues {
    crate::data::DataValues::from_files(texts.files().named().map(|(_, text)| {
        serde_json::from_str::<serde_json::Value>(text)
            .map(|_| crate::json_value::as_the_browser_reads(text))
            .map_err(|_| "Unexpected token".to_owned())
    }))
}

/// Every fixture reads the same from its text (serde_json, the tools) and from the values
/// the browser parses (the app): the same records and the same problems, but for the
/// wording of a syntax error, which comes from the browser.
#[test]
fn the_text_and_the_parsed_values_read_the_same() {
    let known = |code: CountryCode| KNOWN.contains(&code.as_str());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data");
    let kinds = std::fs::read_dir(dir).expect("the fixtures").map(|entry| {
        let name = entry.expect("an entry").file_name();
        (name.to_string_lossy().into_owned(), None)
    });
    // Integers out of their field's range, negative, or with a fraction: each is reported
    // the same way both ways.
    let numbers = [
        ("organization.json", "\"month\": 12", "\"month\": 300"),
        ("organization.json", "\"day\": 31", "\"day\": -1"),
        ("organization.json", "\"day\": 31", "\"day\": 31.5"),
        ("organization.json", "\"day\": 31", "\"day\": 1e300"),
        ("diaspora.json", "\"value\": 3000000", "\"value\": 2.5"),
        ("diaspora.json", "\"value\": 3000000", "\"value\": -3000000"),
    ];
    let numbers = numbers.map(|change| ("base".to_owned(), Some(change)));
    for (kind, change) in kinds.chain(numbers) {
        let mut texts = fixture_texts(&kind);
        if let Some((file, from, to)) = change {
            let text = texts.text_mut(file).expect("a data file");
            assert!(text.contains(from), "{from}");
            *text = text.replacen(from, to, 1);
        }
        let from_text = Dataset::load_valid(&texts.files(), &known);
        let from_values = Dataset::load_valid_values(as_the_browser_reads(&texts), &known);
        assert_eq!(from_text.0, from_values.0, "{kind} {change:?}");
        let describe = |errors: &[DataError]| -> Vec<String> {
            errors
                .iter()
                .map(|e| match e.message.strip_prefix("invalid JSON") {
                    Some(_) => format!("{}: invalid JSON", e.file),
                    None => e.to_string(),
                })
                .collect()
        };
        let problems = describe(&from_text.1);
        assert!(change.is_none() || !problems.is_empty(), "{change:?}");
        assert_eq!(problems, describe(&from_values.1), "{kind} {change:?}");
    }
}
