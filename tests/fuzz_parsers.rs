//! Property tests of the parsers that read what a visitor or a file can send (issue 17):
//! the URL state, the data loader, the geometry reader and the dates. Any input must give a
//! result or an error that says where, never a panic.
//!
//! CI runs the fixed budget below (`CASES`, well under a minute on 2 cores in debug); a
//! longer run on demand: `PROPTEST_CASES=20000 cargo test --release --test fuzz_parsers`.

use ots_atlas::data::{DataFiles, Dataset, FILE_NAMES, FuzzyDate};
use ots_atlas::url_state::MapState;
use ots_atlas::world::{parse_world, world_json};
use proptest::prelude::*;
use serde_json::Value;

/// Cases per property in CI; `PROPTEST_CASES` overrides it.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

const REAL: [&str; 7] = [
    include_str!("../public/data/countries.json"),
    include_str!("../public/data/events.json"),
    include_str!("../public/data/quotes.json"),
    include_str!("../public/data/diaspora.json"),
    include_str!("../public/data/organization.json"),
    include_str!("../public/data/publishers.json"),
    include_str!("../public/data/changelog.json"),
];

/// A query string made of the app's own keys and values and of junk, so that both the
/// valid paths and the refusals are exercised.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("country".to_owned()),
        Just("item".to_owned()),
        Just("layers".to_owned()),
        Just("year".to_owned()),
        Just("lang".to_owned()),
        Just("theme".to_owned()),
        Just("center".to_owned()),
        Just("zoom".to_owned()),
        Just("view".to_owned()),
        Just("embed".to_owned()),
        Just("speaker".to_owned()),
        Just("from".to_owned()),
        Just("to".to_owned()),
        "[a-z_%]{0,6}",
    ];
    let value = prop_oneof![
        Just("KAZ".to_owned()),
        Just("quotes".to_owned()),
        Just("table".to_owned()),
        Just("diaspora,initiatives".to_owned()),
        Just("dark,security".to_owned()),
        Just("55.5,42.25".to_owned()),
        Just("2019".to_owned()),
        "[0-9.,eE+-]{0,12}",
        "\\PC{0,12}",
        "(%[0-9A-Fa-f]{0,2}|[a-z])*",
    ];
    prop::collection::vec((key, value), 0..12).prop_map(|pairs| {
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,16}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A real data file with one value somewhere replaced by `replacement` (the path picks
/// where, at any depth).
fn mutate(text: &str, path: &[usize], replacement: Value) -> String {
    let mut value: Value = serde_json::from_str(text).expect("a real data file is JSON");
    replace_at(&mut value, path, replacement);
    value.to_string()
}

/// Replaces the value that `path` leads to (each step picks a child by index, modulo the
/// number of children; the walk stops at a leaf).
fn replace_at(node: &mut Value, path: &[usize], replacement: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *node = replacement;
        return;
    };
    match node {
        Value::Array(items) if !items.is_empty() => {
            let i = step % items.len();
            replace_at(&mut items[i], rest, replacement);
        }
        Value::Object(map) if !map.is_empty() => {
            let i = step % map.len();
            if let Some(child) = map.values_mut().nth(i) {
                replace_at(child, rest, replacement);
            }
        }
        _ => *node = replacement,
    }
}

proptest! {
    #![proptest_config(config())]

    /// Any query parses to a state whose normal form reads back to the same state with no
    /// notice: parse ∘ write is the identity on every state a link can reach.
    #[test]
    fn any_query_parses_and_its_normal_form_round_trips(q in query()) {
        let (state, _) = MapState::from_query(&q, 2026);
        let normal = state.to_query();
        let (again, notices) = MapState::from_query(&normal, 2026);
        prop_assert_eq!(&again, &state, "normal form {}", normal);
        prop_assert!(notices.is_empty(), "{:?} for {}", notices, normal);
        prop_assert_eq!(again.to_query(), normal);
    }

    /// Arbitrary text, not only the app's keys, never panics either.
    #[test]
    fn any_text_parses_without_panic(q in "\\PC{0,200}") {
        let (state, notices) = MapState::from_query(&q, 2026);
        prop_assert!(notices.len() <= 6);
        let _ = state.to_query();
    }

    /// A real data file with one value replaced anywhere loads or reports problems that
    /// name a file; it never panics.
    #[test]
    fn mutated_data_files_load_or_name_their_problems(
        file in 0..7usize,
        path in prop::collection::vec(any::<usize>(), 0..6),
        replacement in json(),
    ) {
        let mut texts: [String; 7] = REAL.map(str::to_owned);
        texts[file] = mutate(REAL[file], &path, replacement);
        if let Err(errors) = Dataset::load(&DataFiles::from_texts(&texts), &|_| true) {
            prop_assert!(!errors.is_empty());
            for error in errors {
                prop_assert!(FILE_NAMES.contains(&error.file.as_str()), "{}", error);
                prop_assert!(!error.message.is_empty());
            }
        }
        let (_, _) = Dataset::load_valid(&DataFiles::from_texts(&texts), &|_| true);
    }

    /// Any JSON value in place of a whole data file gives errors, not a panic.
    #[test]
    fn any_json_as_a_data_file_is_refused_cleanly(file in 0..7usize, value in json()) {
        let mut texts: [String; 7] = REAL.map(str::to_owned);
        texts[file] = value.to_string();
        let _ = Dataset::load(&DataFiles::from_texts(&texts), &|_| true);
    }

    /// The geometry reader takes any text, any feature and any ring string without a
    /// panic; what it reads is written back and read the same.
    #[test]
    fn any_geometry_is_read_or_refused(
        value in json(),
        text in "\\PC{0,80}",
        ring in "[-0-9 ]{0,40}",
        grid in -2i64..2_000_000,
    ) {
        let _ = parse_world(&text);
        let _ = parse_world(&value.to_string());
        for feature in [
            serde_json::json!(["KAZ", value]),
            serde_json::json!(["KAZ", grid, [ring.clone()]]),
            serde_json::json!(["KAZ", 1, [ring], value]),
        ] {
            let file = serde_json::json!({"features": [feature]});
            if let Ok(world) = parse_world(&file.to_string()) {
                let again = world_json(&world).expect("what was read is written");
                prop_assert_eq!(parse_world(&again), Ok(world));
            }
        }
    }

    /// Dates: any JSON or text parses or is refused; what parses writes a compact form
    /// that reads back the same.
    #[test]
    fn dates_parse_or_are_refused_and_round_trip(value in json(), text in "[~0-9/-]{0,24}") {
        if let Ok(date) = FuzzyDate::from_json(&value) {
            prop_assert_eq!(FuzzyDate::parse(&date.compact()), Ok(date));
        }
        if let Ok(date) = FuzzyDate::parse(&text) {
            prop_assert_eq!(FuzzyDate::parse(&date.compact()), Ok(date));
        }
    }
}
