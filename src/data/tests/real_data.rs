//! Tests over the real data files, as shipped in `public/data/`.

use std::collections::HashSet;

use crate::data::{
    DataFiles, Dataset, EventStatus, Item, NoteTopic, Source, Status, SummitSeries, TextOrigin,
};
use crate::world::{CountryCode, parse_world};

const FILES: DataFiles<'static> = DataFiles {
    countries: include_str!("../../../public/data/countries.json"),
    events: include_str!("../../../public/data/events.json"),
    quotes: include_str!("../../../public/data/quotes.json"),
    diaspora: include_str!("../../../public/data/diaspora.json"),
    organization: include_str!("../../../public/data/organization.json"),
    publishers: include_str!("../../../public/data/publishers.json"),
    changelog: include_str!("../../../public/data/changelog.json"),
};

const WORLD: &str = include_str!("../../../public/data/world.json");

fn code(text: &'static str) -> CountryCode {
    CountryCode::from_static(text)
}

/// The real dataset, checked against the real map geometry.
fn data() -> Dataset {
    let world = parse_world(WORLD).unwrap_or_else(|e| panic!("{e}"));
    Dataset::load(&FILES, &|c| world.contains(c)).unwrap_or_else(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the real data has problems:\n{}", listed.join("\n"))
    })
}

/// Every source of every record, so the tests can look at all of them at once.
fn all_sources(data: &Dataset) -> Vec<&Source> {
    let mut all: Vec<&Source> = Vec::new();
    for country in data.countries() {
        all.extend(&country.sources);
        all.extend(country.notes.iter().flat_map(|n| &n.sources));
        all.extend(country.membership.iter().flat_map(|m| &m.sources));
    }
    all.extend(data.events().iter().flat_map(|e| &e.sources));
    all.extend(data.quotes().iter().flat_map(|q| &q.sources));
    all.extend(data.institutions().iter().flat_map(|i| &i.sources));
    all.extend(data.initiatives().iter().flat_map(|i| &i.sources));
    all.extend(data.figures().iter().flat_map(|f| &f.sources));
    let org = data.organization();
    all.extend(org.facts.iter().flat_map(|f| &f.sources));
    all.extend(&org.organs.sources);
    all.extend(org.secretaries_general.iter().flat_map(|s| &s.sources));
    all.extend(org.chairmanships.iter().flat_map(|c| &c.sources));
    all.extend(org.observances.iter().flat_map(|o| &o.sources));
    all.extend(org.related_bodies.iter().flat_map(|b| &b.sources));
    all.extend(org.observer_organizations.iter().flat_map(|o| &o.sources));
    all
}

#[test]
fn the_real_data_loads_against_the_map_geometry() {
    let data = data();
    assert_eq!(data.ots_countries().len(), 8);
}

#[test]
fn every_country_code_exists_in_the_geometry() {
    // Loading already rejects unknown codes; this names the codes that matter most.
    let world = parse_world(WORLD).unwrap_or_else(|e| panic!("{e}"));
    for text in [
        "TUR", "AZE", "KAZ", "KGZ", "UZB", "HUN", "TKM", "CYN", "USA", "CYP",
    ] {
        assert!(
            world.contains(CountryCode::from_static(text)),
            "{text} is not on the map"
        );
    }
}

#[test]
fn every_source_is_an_http_address() {
    let data = data();
    let sources = all_sources(&data);
    assert!(sources.len() > 300, "only {} sources", sources.len());
    for source in sources {
        let url = source.url();
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "{url}"
        );
    }
}

#[test]
fn the_three_article_quotes_are_present_word_for_word() {
    let data = data();
    let expected = [
        (
            "Kubanychbek Omuraliev",
            "unity, resilience, and strong sense of identity",
        ),
        (
            "Kubanychbek Omuraliev",
            "Within the framework of the Organization of Turkic States, we attach special importance to cooperation with diaspora communities. Diasporas serve as natural bridges between societies, economies and cultures,",
        ),
        (
            "Khazar Ibrahim",
            "I hope that in years to come, we’ll have more and more members of diasporas from other friendly and brotherly countries coming and joining us,",
        ),
    ];
    for (speaker, text) in expected {
        let quote = data.quotes().iter().find(|q| q.text == text);
        let quote = quote.unwrap_or_else(|| panic!("missing quote: {text}"));
        assert_eq!(quote.speaker, speaker);
        assert_eq!(
            quote.event.as_deref(),
            Some("washington-solidarity-reception-2025")
        );
        assert!(quote.date.approximate, "the reception date is inferred");
    }
}

#[test]
fn translated_and_unverified_quotes_say_so() {
    let data = data();
    let tokayev = data.quote("tokayev-unity-strategic-choice-2025");
    assert_eq!(
        tokayev.map(|q| q.text_origin),
        Some(TextOrigin::Translation)
    );
    assert!(
        tokayev
            .and_then(|q| q.quoted_by.as_deref())
            .is_some_and(|by| by.contains("Kadyrov"))
    );
    let erdogan = data.quote("erdogan-not-recognition-2022");
    assert!(
        erdogan
            .and_then(|q| q.uncertainty.as_deref())
            .is_some_and(|u| u.contains("Cyprus Mail's rendering"))
    );
    assert!(erdogan.is_some_and(|q| q.translated_by.is_some() && q.dispute.is_some()));
}

#[test]
fn ids_are_unique_across_events_and_quotes() {
    let data = data();
    let mut seen = HashSet::new();
    for id in data
        .events()
        .iter()
        .map(|e| &e.id)
        .chain(data.quotes().iter().map(|q| &q.id))
    {
        assert!(seen.insert(id.as_str()), "{id} is used twice");
    }
}

#[test]
fn the_washington_reception_concerns_the_united_states_and_has_an_inferred_date() {
    let data = data();
    let Some(Item::Event(reception)) = data.item("washington-solidarity-reception-2025") else {
        panic!("the Washington reception is missing");
    };
    assert!(reception.countries.contains(&code("USA")));
    assert_eq!(reception.place.country, code("USA"));
    assert_eq!(reception.date.compact(), "~2025-12-17");
    assert!(
        reception
            .uncertainty
            .as_deref()
            .is_some_and(|u| u.contains("Wednesday"))
    );
    assert_eq!(data.quotes_at(&reception.id).len(), 3);
}

#[test]
fn the_possible_us_training_session_is_not_presented_as_held() {
    let data = data();
    let session = data.event("us-capacity-building-training-2026");
    assert_eq!(session.map(|e| e.status), Some(EventStatus::Possible));
}

#[test]
fn northern_cyprus_is_an_observer_with_a_recognition_note() {
    let data = data();
    let cyn = data
        .country(code("CYN"))
        .unwrap_or_else(|| panic!("CYN is missing"));
    assert_eq!(cyn.status(), Some(Status::Observer));
    let recognition: Vec<&str> = cyn
        .notes_about(NoteTopic::Recognition)
        .map(|n| n.text.as_str())
        .collect();
    assert!(
        recognition
            .iter()
            .any(|t| t.contains("recognised") && t.contains("541")),
        "{recognition:?}"
    );
    assert!(
        cyn.membership
            .as_ref()
            .is_some_and(|m| m.uncertainty.is_some())
    );
}

#[test]
fn membership_follows_the_dates_in_countries_json() {
    let data = data();
    let status = |c: &'static str, year| data.status_in_year(code(c), year);
    assert_eq!(status("UZB", 2015), None);
    assert_eq!(status("UZB", 2019), Some(Status::Member));
    assert_eq!(status("CYN", 2021), None);
    assert_eq!(status("CYN", 2022), Some(Status::Observer));
    assert_eq!(status("TUR", 2009), Some(Status::Member));
    assert_eq!(status("HUN", 2017), None);
    assert_eq!(status("HUN", 2018), Some(Status::Observer));
    assert_eq!(status("TKM", 2021), Some(Status::Observer));
    assert_eq!(status("USA", 2025), None);
}

#[test]
fn ots_countries_list_members_then_observers_wherever_the_file_lists_them() {
    // As the file has them, and with Hungary, an observer since 2018, moved to its top.
    let moved = crate::test_support::real_dataset_editing("countries.json", |json| {
        let list = json["countries"].as_array_mut().expect("a list");
        let at = list.iter().position(|c| c["code"] == "HUN").expect("HUN");
        let hungary = list.remove(at);
        list.insert(0, hungary);
    });
    for data in [data(), moved] {
        let order: Vec<&str> = data
            .ots_countries()
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(
            order,
            ["TUR", "AZE", "KAZ", "KGZ", "UZB", "HUN", "TKM", "CYN"]
        );
    }
}

#[test]
fn azerbaijan_chairs_and_omuraliev_is_secretary_general() {
    let data = data();
    let chair = data
        .current_chair()
        .unwrap_or_else(|| panic!("no current chair"));
    assert_eq!(chair.country, code("AZE"));
    assert_eq!(chair.from.compact(), "2025-10-07");
    let sg = data.current_secretary_general().map(|s| s.name.as_str());
    assert_eq!(sg, Some("Kubanychbek Omuraliev"));
    assert_eq!(data.chairmanships_of(code("AZE")).len(), 3);
}

#[test]
fn summits_hosted_by_a_country_come_oldest_first_with_their_numbers() {
    let data = data();
    let hosted = data.summits_hosted_by(code("AZE"));
    let last = hosted
        .last()
        .unwrap_or_else(|| panic!("no summits for AZE"));
    assert_eq!(last.event.id, "gabala-summit-2025");
    assert_eq!(
        (last.summit.series, last.summit.number),
        (SummitSeries::TurkicCouncilOts, Some(12))
    );
    let numbered: Vec<u32> = data
        .summits()
        .iter()
        .filter(|s| s.summit.series == SummitSeries::TurkicCouncilOts)
        .filter_map(|s| s.summit.number)
        .collect();
    assert_eq!(numbered, (1..=12).collect::<Vec<u32>>());
}

#[test]
fn events_for_a_country_come_newest_first() {
    let data = data();
    let events = data.events_for(code("USA"));
    assert_eq!(
        events.first().map(|e| e.id.as_str()),
        Some("us-capacity-building-training-2026")
    );
    assert!(
        events
            .windows(2)
            .all(|w| w[0].date.sort_key() >= w[1].date.sort_key())
    );
}

#[test]
fn native_communities_are_not_counted_as_diaspora() {
    use crate::data::PopulationKind;
    let data = data();
    for (origin, host) in [
        ("AZE", "IRN"),
        ("AZE", "GEO"),
        ("HUN", "ROU"),
        ("UZB", "AFG"),
        ("TKM", "IRN"),
        ("KAZ", "CHN"),
    ] {
        let figures = data.figures_in(code(host));
        let figure = figures.iter().find(|f| f.origin == code(origin));
        assert_eq!(
            figure.map(|f| f.kind),
            Some(PopulationKind::Native),
            "{origin} in {host}"
        );
    }
    let from_turkey = data.figures_from(code("TUR"));
    assert_eq!(from_turkey.first().map(|f| f.host), Some(code("DEU")));
}

#[test]
fn unidentified_institutions_are_recorded_as_such() {
    let data = data();
    for country in ["TKM", "CYN"] {
        let institutions = data.institutions_for(code(country));
        assert_eq!(institutions.len(), 1, "{country}");
        assert!(!institutions[0].identified && institutions[0].name.is_none());
    }
}

#[test]
fn every_initiative_event_resolves() {
    let data = data();
    for initiative in data.initiatives() {
        assert_eq!(
            data.initiative_events(initiative).len(),
            initiative.events.len(),
            "{}",
            initiative.id
        );
    }
    let training = data
        .initiatives_for(code("USA"))
        .into_iter()
        .chain(data.initiatives_for(code("AZE")))
        .find(|i| i.id == "diaspora-capacity-building-training");
    assert!(training.is_some_and(|t| {
        t.events
            .iter()
            .any(|e| e == "us-capacity-building-training-2026")
    }));
}

/// The app's first view builds the dataset without the quotes and diaspora files (they
/// load on demand): it must still pass the checks and hold the same countries, statuses,
/// events (the map's markers) and organisation as the whole dataset.
#[test]
fn the_first_view_dataset_without_quotes_and_diaspora_matches_the_whole_one() {
    use crate::data::{NO_CHANGELOG, NO_DIASPORA, NO_PUBLISHERS, NO_QUOTES};
    let world = parse_world(WORLD).unwrap_or_else(|e| panic!("{e}"));
    let first = DataFiles {
        quotes: NO_QUOTES,
        diaspora: NO_DIASPORA,
        publishers: NO_PUBLISHERS,
        changelog: NO_CHANGELOG,
        ..FILES
    };
    let partial = Dataset::load(&first, &|c| world.contains(c))
        .unwrap_or_else(|errors| panic!("the first-view data has problems: {errors:?}"));
    let whole = data();
    assert!(partial.quotes().is_empty());
    assert!(partial.figures().is_empty() && partial.initiatives().is_empty());
    assert!(partial.institutions().is_empty());
    assert!(!whole.quotes().is_empty() && !whole.figures().is_empty());
    assert_eq!(partial.countries(), whole.countries());
    assert_eq!(partial.events(), whole.events());
    assert_eq!(partial.organization(), whole.organization());
    for country in whole.countries() {
        for year in [2009, 2018, 2026] {
            assert_eq!(
                partial.status_in_year(country.code, year),
                whole.status_in_year(country.code, year)
            );
        }
    }
}

/// The eight OTS countries.
const OTS: [&str; 8] = ["TUR", "AZE", "KAZ", "KGZ", "UZB", "HUN", "TKM", "CYN"];

#[test]
fn every_ots_country_speaks_in_at_least_four_quotes_of_its_own() {
    let data = data();
    for c in OTS {
        let own = data
            .quotes()
            .iter()
            .filter(|q| q.speaker_country == Some(code(c)))
            .count();
        assert!(own >= 4, "{c} has {own} quotes by its own speakers");
    }
}

#[test]
fn all_four_secretaries_general_are_quoted_at_least_eight_times_together() {
    let data = data();
    let org = data.organization();
    let mut total = 0;
    for sg in &org.secretaries_general {
        // "Ramil Hasanov (Hasan)": the name before the bracket is how quotes name him.
        let name = sg.name.split(" (").next().unwrap_or(&sg.name);
        let said = data.quotes().iter().filter(|q| q.speaker == name).count();
        assert!(said >= 1, "{} is not quoted", sg.name);
        total += said;
    }
    assert!(total >= 8, "{total} quotes by Secretaries-General");
}

#[test]
fn quotes_span_the_years_from_the_council_to_today() {
    let data = data();
    let years: HashSet<i32> = data.quotes().iter().map(|q| q.date.year()).collect();
    assert!(years.iter().any(|&y| y <= 2011), "{years:?}");
    assert!(years.iter().any(|&y| y >= 2025), "{years:?}");
    assert!(years.len() >= 10, "{years:?}");
}

#[test]
fn every_ots_country_has_at_least_six_events_in_its_timeline() {
    let data = data();
    for c in OTS {
        let n = data.events_for(code(c)).len();
        assert!(n >= 6, "{c} has {n} events");
    }
}

#[test]
fn no_quote_text_appears_twice() {
    let data = data();
    let mut seen = HashSet::new();
    for q in data.quotes() {
        assert!(seen.insert(q.text.as_str()), "{} repeats a quote", q.id);
    }
}

#[test]
fn every_quote_can_be_filed_under_a_country_and_disputes_show_both_sides() {
    let data = data();
    for q in data.quotes() {
        assert!(
            q.speaker_country.is_some() || !q.countries.is_empty(),
            "{} names no country",
            q.id
        );
        if q.dispute.is_some() {
            let others = data.counterpoints_of(q);
            assert!(!others.is_empty(), "{}", q.id);
            assert!(
                others
                    .iter()
                    .all(|o| o.speaker_country != q.speaker_country || o.speaker != q.speaker),
                "{}: a counterpoint from the same side",
                q.id
            );
        }
    }
}

#[test]
fn every_source_is_on_a_registered_publishers_host() {
    let data = data();
    let problems: Vec<String> = crate::data::hosts::unregistered_sources(&FILES, data.publishers())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_log_names_this_reviews_corrections_and_additions() {
    let data = data();
    assert!(data.changelog().len() >= 5);
    for action in [crate::data::Change::Added, crate::data::Change::Corrected] {
        assert!(data.changelog().iter().any(|e| e.action == action));
    }
}
