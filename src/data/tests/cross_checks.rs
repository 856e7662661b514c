//! The checks across records (`cross_check`) and of a record's codes and sources
//! (`checker`), each on the real data with one deliberate fault: the fault is reported,
//! named by file, record and field, and what is allowed next to it is not.

use serde_json::{Value, json};

use crate::test_support::real_data_problems_editing;

/// The records of `list` in `file`'s JSON, to change.
fn records<'a>(json: &'a mut Value, list: &str) -> &'a mut Vec<Value> {
    json[list]
        .as_array_mut()
        .unwrap_or_else(|| panic!("a list {list}"))
}

/// The record of `list` whose `key` is `value`.
fn record<'a>(json: &'a mut Value, list: &str, key: &str, value: &str) -> &'a mut Value {
    records(json, list)
        .iter_mut()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no {list} record with {key} {value}"))
}

fn assert_problems(problems: Vec<String>, expected: &[&str]) {
    assert_eq!(problems, expected, "{problems:#?}");
}

#[test]
fn a_country_listed_twice_is_reported() {
    let problems = real_data_problems_editing("countries.json", |json| {
        let list = records(json, "countries");
        let kgz = list
            .iter()
            .find(|c| c["code"] == "KGZ")
            .expect("KGZ")
            .clone();
        list.push(kgz);
    });
    assert!(
        problems.contains(
            &"countries.json: record \"KGZ\", field \"code\": this country is already listed"
                .to_owned()
        ),
        "{problems:#?}"
    );
}

#[test]
fn a_lower_case_country_code_is_refused_though_it_names_a_known_country() {
    let problems = real_data_problems_editing("events.json", |json| {
        record(json, "events", "id", "bishkek-summit-2024")["countries"] = json!(["TUR", "kaz"]);
    });
    assert_problems(
        problems,
        &[
            "events.json: record \"bishkek-summit-2024\", field \"countries\": \"kaz\" is not an upper-case three-letter country code",
        ],
    );
}

#[test]
fn a_source_listed_twice_is_reported() {
    let problems = real_data_problems_editing("events.json", |json| {
        let event = record(json, "events", "id", "bishkek-summit-2024");
        let first = event["sources"][0].clone();
        records(event, "sources").push(first.clone());
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with(
            "events.json: record \"bishkek-summit-2024\", field \"sources\": lists \"http"
        ) && problems[0].ends_with("\" twice"),
        "{problems:#?}"
    );
}

/// The quotes file with `edit` applied to the quote `id`'s counterpoints and dispute.
fn counterpoint_problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    real_data_problems_editing("quotes.json", |json| {
        edit(record(json, "quotes", "id", "erdogan-not-recognition-2022"))
    })
}

const QUOTE: &str = "quotes.json: record \"erdogan-not-recognition-2022\", field \"counterpoints\"";

#[test]
fn a_counterpoint_on_the_same_disputed_matter_is_accepted() {
    // The real record answers three quotes on Northern Cyprus's status.
    assert_problems(counterpoint_problems(|_| {}), &[]);
}

#[test]
fn a_counterpoint_must_be_a_defined_quote() {
    let problems = counterpoint_problems(|q| q["counterpoints"] = json!(["no-such-quote"]));
    assert_problems(
        problems,
        &[&format!(
            "{QUOTE}: refers to quote \"no-such-quote\", which quotes.json does not define"
        )],
    );
}

#[test]
fn a_quote_cannot_be_its_own_counterpoint() {
    let problems =
        counterpoint_problems(|q| q["counterpoints"] = json!(["erdogan-not-recognition-2022"]));
    assert_problems(
        problems,
        &[&format!("{QUOTE}: a quote cannot answer itself")],
    );
}

#[test]
fn a_counterpoint_must_be_on_the_same_disputed_matter() {
    // Another matter on the other side.
    let problems = real_data_problems_editing("quotes.json", |json| {
        record(json, "quotes", "id", "cyprus-mfa-no-state-recognises-2022")["dispute"] =
            json!("karabakh");
    });
    let other = "quote \"cyprus-mfa-no-state-recognises-2022\" is not about the same disputed matter (give both the same \"dispute\")";
    assert!(
        problems.contains(&format!("{QUOTE}: {other}")),
        "{problems:#?}"
    );
    // No matter on either side: a counterpoint needs one.
    let problems = real_data_problems_editing("quotes.json", |json| {
        for quote in records(json, "quotes") {
            if let Some(q) = quote.as_object_mut() {
                q.remove("dispute");
            }
        }
    });
    assert!(
        problems.contains(&format!("{QUOTE}: {other}")),
        "{problems:#?}"
    );
}

/// The organisation file with `edit` applied to its summit list.
fn summit_problems(edit: impl FnOnce(&mut Vec<Value>)) -> Vec<String> {
    real_data_problems_editing("organization.json", |json| edit(records(json, "summits")))
}

#[test]
fn a_summit_listed_twice_is_reported() {
    let problems = summit_problems(|summits| {
        let mut again = summits[0].clone();
        again["number"] = json!(99);
        summits.push(again);
    });
    assert_problems(
        problems,
        &[
            "organization.json: record \"ankara-summit-1992\", field \"event\": this summit is already listed",
        ],
    );
}

#[test]
fn two_summits_of_a_series_cannot_share_a_number_but_two_series_can() {
    let problems = summit_problems(|summits| summits[1]["number"] = json!(1));
    assert_problems(
        problems,
        &[
            "organization.json: record \"istanbul-summit-1994\", field \"number\": another summit of this series is number 1",
        ],
    );
    let problems = summit_problems(|summits| {
        summits[1]["number"] = json!(1);
        summits[1]["series"] = json!("turkic-council");
    });
    assert!(
        !problems.iter().any(|p| p.contains("field \"number\"")),
        "{problems:#?}"
    );
}

#[test]
fn a_summit_entry_must_point_at_a_summit() {
    let problems = summit_problems(|summits| {
        summits.push(json!({
            "event": "baku-turkic-bodies-coordination-2018",
            "series": "turkic-speaking-states",
            "host": "AZE"
        }));
    });
    assert_problems(
        problems,
        &[
            "organization.json: record \"baku-turkic-bodies-coordination-2018\", field \"event\": event \"baku-turkic-bodies-coordination-2018\" is a meeting, not a summit",
        ],
    );
}

/// The organisation file with the first two secretaries-general's terms set to these.
fn term_problems(first_to: Value, second_from: Value) -> Vec<String> {
    real_data_problems_editing("organization.json", |json| {
        let list = records(json, "secretaries_general");
        list[0]["to"] = first_to;
        list[1]["from"] = second_from;
    })
}

#[test]
fn terms_of_office_may_meet_but_not_overlap() {
    // The next term starts the day the first ends, or later: fine.
    assert_problems(term_problems(json!("2014-03-01"), json!("2014-03-01")), &[]);
    assert_problems(term_problems(json!("2014-03-01"), json!("2014-03-02")), &[]);
    // It starts before the first ends.
    assert_problems(
        term_problems(json!("2014-03-02"), json!("2014-03-01")),
        &[
            "organization.json: record \"sg-ramil-hasanov\", field \"from\": starts before \"sg-halil-akinci\" ends",
        ],
    );
}

#[test]
fn only_the_latest_term_may_be_open_ended() {
    let problems = real_data_problems_editing("organization.json", |json| {
        if let Some(first) = records(json, "chairmanships")[0].as_object_mut() {
            first.remove("to");
        }
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("organization.json: record \"chair-tur-2010\", field \"to\": has no end date although \""),
        "{problems:#?}"
    );
}

#[test]
fn a_term_may_end_the_day_it_starts_but_not_before() {
    let problems = |to: &str| {
        real_data_problems_editing("organization.json", |json| {
            records(json, "secretaries_general")[0]["to"] = json!(to);
        })
    };
    assert_problems(problems("2010-09-16"), &[]);
    assert_problems(
        problems("2010-09-15"),
        &[
            "organization.json: record \"sg-halil-akinci\", field \"to\": the term ends (2010-09-15) before it starts (2010-09-16)",
        ],
    );
}

#[test]
fn a_host_listed_by_two_publishers_is_reported() {
    let problems = real_data_problems_editing("publishers.json", |json| {
        let list = records(json, "publishers");
        let host = list[0]["hosts"][0].clone();
        records(&mut list[1], "hosts").push(host);
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains("field \"hosts\": \"")
            && problems[0].contains("\" is already listed by \""),
        "{problems:#?}"
    );
}

/// The sources on hosts missing from the registry, with `file` changed by `edit`.
fn unregistered(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    use crate::data::DataFiles;
    use crate::data::hosts::unregistered_sources;
    let texts = crate::test_support::real_texts_editing(file, edit);
    let data = crate::test_support::real_dataset();
    unregistered_sources(&DataFiles::from_texts(&texts), data.publishers())
        .iter()
        .map(ToString::to_string)
        .collect()
}

const UNLISTED: &str = "https://unlisted-news.example/ots";

#[test]
fn a_source_is_checked_in_an_object_at_the_top_of_a_file_and_in_a_list_inside_a_record() {
    assert_eq!(
        unregistered("organization.json", |_| {}),
        Vec::<String>::new()
    );
    // organization.json's "organs" is one object, not a list of records.
    let problems = unregistered("organization.json", |json| {
        records(&mut json["organs"], "sources").push(json!(UNLISTED));
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("organization.json: record \"organs\", field \"sources\": the host \"unlisted-news.example\""),
        "{problems:#?}"
    );
    // A country's notes are a list inside the record.
    let problems = unregistered("countries.json", |json| {
        let tur = record(json, "countries", "code", "TUR");
        records(&mut tur["notes"][0], "sources").push(json!(UNLISTED));
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("countries.json: record \"TUR\", field \"notes[0].sources\": the host \"unlisted-news.example\""),
        "{problems:#?}"
    );
}

#[test]
fn an_observance_must_refer_to_a_defined_event() {
    let problems = real_data_problems_editing("organization.json", |json| {
        records(json, "observances")[0]["event"] = json!("no-such-event");
    });
    assert_problems(
        problems,
        &[
            "organization.json: record \"day-of-solidarity-of-azerbaijanis\", field \"event\": refers to event \"no-such-event\", which events.json does not define",
        ],
    );
}

#[test]
fn a_countrys_quotes_and_the_changelog_come_newest_first() {
    use crate::data::query::date_key;
    let data = crate::test_support::real_dataset();
    let quotes: Vec<u64> = data
        .quotes_for(crate::world::CountryCode::from_static("CYN"))
        .iter()
        .map(|q| date_key(&q.date))
        .collect();
    assert!(
        quotes.len() >= 3 && quotes.first() > quotes.last(),
        "{quotes:?}"
    );
    assert!(quotes.windows(2).all(|w| w[0] >= w[1]), "{quotes:?}");
    // Every real entry has the same date: the last one made the oldest, and the first
    // the newest, must come last and first.
    let data = crate::test_support::real_dataset_editing("changelog.json", |json| {
        let entries = records(json, "entries");
        entries[0]["date"] = json!("2026-12-05");
        let last = entries.len() - 1;
        entries[last]["date"] = json!("2026-01-01");
    });
    let log: Vec<&str> = data
        .changelog_newest_first()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    let file: Vec<&str> = data.changelog().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(log.len(), file.len());
    assert_eq!((log.first(), log.last()), (file.first(), file.last()));
    let data = crate::test_support::real_dataset_editing("changelog.json", |json| {
        let entries = records(json, "entries");
        entries[0]["date"] = json!("2026-01-01");
    });
    let log: Vec<&str> = data
        .changelog_newest_first()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        log.last().copied(),
        data.changelog().first().map(|e| e.id.as_str())
    );
}

/// The problems of the real data with the first quote's themes set to `themes`.
fn theme_problems(themes: &[&str]) -> Vec<String> {
    real_data_problems_editing("quotes.json", |json| {
        records(json, "quotes")[0]["themes"] = json!(themes);
    })
}

#[test]
fn a_quote_has_one_to_three_known_themes_none_twice() {
    const AT: &str =
        "quotes.json: record \"omuraliev-unity-resilience-identity-2025\", field \"themes\"";
    assert_problems(theme_problems(&["diaspora"]), &[]);
    assert_problems(
        theme_problems(&["diaspora", "security", "institutions"]),
        &[],
    );
    let too_few = format!("{AT}: give one to three themes");
    assert_problems(theme_problems(&[]), &[&too_few]);
    assert_problems(
        theme_problems(&["diaspora", "security", "institutions", "economy-trade"]),
        &[&too_few],
    );
    assert_problems(
        theme_problems(&["diaspora", "diaspora"]),
        &[&format!("{AT}: lists \"diaspora\" twice")],
    );
    let unknown = theme_problems(&["weather"]);
    assert_eq!(unknown.len(), 1, "{unknown:#?}");
    assert!(
        unknown[0].starts_with(&format!("{AT}: \"weather\" is not one of: ")),
        "{unknown:#?}"
    );
}

#[test]
fn a_figure_has_the_year_it_gives_and_a_year_must_be_plausible() {
    let data = crate::test_support::real_dataset();
    let germany = data
        .figures()
        .iter()
        .find(|f| f.id == "tur-in-deu-2024")
        .expect("Turks in Germany");
    assert_eq!(germany.year, Some(2024));
    let problems = real_data_problems_editing("diaspora.json", |json| {
        record(json, "figures", "id", "tur-in-deu-2024")["year"] = json!(1850);
    });
    assert_problems(
        problems,
        &[
            "diaspora.json: record \"tur-in-deu-2024\", field \"year\": 1850 is not a plausible year",
        ],
    );
}

#[test]
fn dates_sort_by_year_then_month_then_day() {
    use crate::data::FuzzyDate;
    use crate::data::query::date_key;
    let key = |text: &str| date_key(&FuzzyDate::parse(text).expect("a date"));
    let ordered = [
        "2024",
        "2024-12-31",
        "2025",
        "2025-03",
        "2025-03-31",
        "2025-04",
        "2025-04-01",
    ];
    for pair in ordered.windows(2) {
        assert!(key(pair[0]) <= key(pair[1]), "{pair:?}");
    }
    assert!(key("2025-03-31") < key("2025-04-01"));
    assert!(key("2025-03") < key("2025-04"));
    assert!(key("2025-04-01") < key("2025-04-02"));
}
