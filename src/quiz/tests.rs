use super::*;
use crate::data::{Country, EventStatus, NoteTopic};
use crate::test_support::{real_dataset, real_dataset_editing, real_dataset_first_view};

/// Whether an option is right under the data, decided from the records themselves rather
/// than from how the generator chose it.
fn holds(data: &Dataset, prompt: &Prompt, choice: &Choice) -> bool {
    match (prompt, choice) {
        (Prompt::JoinedIn { status, year }, Choice::Country(code)) => data
            .country(*code)
            .and_then(|c| c.membership.as_ref())
            .is_some_and(|m| m.status == *status && m.since.year() == *year),
        (Prompt::Observer, Choice::Country(code)) => {
            data.country(*code).and_then(Country::status) == Some(Status::Observer)
        }
        (Prompt::SummitHost { event, .. }, Choice::Country(code)) => {
            data.summits().iter().any(|s| {
                s.event.id == *event && (s.summit.host == *code || s.event.place.country == *code)
            })
        }
        (Prompt::QuoteSpeaker { text, .. }, Choice::Person(name)) => data
            .quotes()
            .iter()
            .any(|q| q.text == *text && q.speaker == *name),
        (Prompt::DiasporaBody { name, .. }, Choice::Country(code)) => data
            .institutions()
            .iter()
            .any(|i| i.name.as_deref() == Some(name.as_str()) && i.country == *code),
        _ => false,
    }
}

/// True when the record behind a question carries a mark of doubt.
fn flagged(data: &Dataset, question: &Question) -> bool {
    let id = question.record.as_str();
    let event = data.events().iter().find(|e| e.id == id);
    let quote = data.quotes().iter().find(|q| q.id == id);
    let institution = data.institutions().iter().find(|i| i.id == id);
    let country = data.countries().iter().find(|c| c.code.as_str() == id);
    match (event, quote, institution, country) {
        (Some(e), ..) => {
            e.uncertainty.is_some() || e.date.approximate || e.status != EventStatus::Held
        }
        (_, Some(q), ..) => {
            // Every quote's `uncertainty` is about its wording (see `eligible.rs`).
            q.date.approximate || q.dispute.is_some() || q.quoted_by.is_some()
        }
        (_, _, Some(i), _) => !i.identified || i.uncertainty.is_some(),
        (_, _, _, Some(c)) => standing_doubted(c),
        _ => true,
    }
}

/// True when a country's standing or its date carries a mark of doubt.
fn standing_doubted(country: &Country) -> bool {
    country.uncertainty.is_some()
        || country
            .membership
            .as_ref()
            .is_some_and(|m| m.uncertainty.is_some() || m.since.approximate)
        || country
            .notes
            .iter()
            .any(|n| n.topic == NoteTopic::Membership && n.uncertainty.is_some())
}

fn records(questions: &[Question]) -> Vec<&str> {
    questions.iter().map(|q| q.record.as_str()).collect()
}

#[test]
fn a_seed_gives_the_same_questions_and_another_seed_others() {
    let data = real_dataset();
    assert_eq!(
        questions(&data, 42, QUIZ_LENGTH),
        questions(&data, 42, QUIZ_LENGTH)
    );
    assert_ne!(
        questions(&data, 42, QUIZ_LENGTH),
        questions(&data, 43, QUIZ_LENGTH)
    );
}

#[test]
fn seed_42_asks_these_questions_first() {
    // Pinned so that a change of the draw (which every shared quiz link depends on) is seen;
    // the same numbers come out of the Wasm (`draw.rs` draws `u32`s only).
    let data = real_dataset();
    let quiz = questions(&data, 42, QUIZ_LENGTH);
    let first: Vec<(&str, usize)> = quiz
        .iter()
        .take(4)
        .map(|q| (q.record.as_str(), q.answer))
        .collect();
    assert_eq!(first, PINNED);
}

const PINNED: [(&str, usize); 4] = [
    ("bayramov-fraternity-mutual-trust-2025", 3),
    ("TKM", 0),
    ("hun-state-secretariat-national-policy", 1),
    ("HUN", 3),
];

#[test]
fn ten_questions_two_of_each_kind_each_with_distinct_options_and_a_source() {
    let data = real_dataset();
    for seed in 0..50 {
        let quiz = questions(&data, seed, QUIZ_LENGTH);
        assert_eq!(quiz.len(), QUIZ_LENGTH, "seed {seed}");
        for kind in QuestionKind::ALL {
            let asked = quiz.iter().filter(|q| q.kind() == kind).count();
            assert!(asked >= 1, "seed {seed}: no {kind:?} question");
        }
        for question in &quiz {
            assert!(
                (2..=MAX_OPTIONS).contains(&question.options.len()),
                "{question:?}"
            );
            assert!(question.answer < question.options.len());
            let distinct = question
                .options
                .iter()
                .enumerate()
                .all(|(i, a)| question.options.iter().skip(i + 1).all(|b| a != b));
            assert!(distinct, "{question:?}");
            assert!(!question.sources.is_empty(), "{question:?}");
        }
        let prompts_distinct = quiz
            .iter()
            .enumerate()
            .all(|(i, a)| quiz.iter().skip(i + 1).all(|b| a.prompt != b.prompt));
        assert!(prompts_distinct, "seed {seed}: a prompt asked twice");
    }
}

#[test]
fn every_question_has_exactly_one_right_option_under_the_data() {
    let data = real_dataset();
    for seed in 0..200 {
        for question in questions(&data, seed, QUIZ_LENGTH) {
            let right: Vec<usize> = (0..question.options.len())
                .filter(|i| holds(&data, &question.prompt, &question.options[*i]))
                .collect();
            assert_eq!(right, [question.answer], "seed {seed}: {question:?}");
        }
    }
}

#[test]
fn no_question_is_about_a_flagged_record_nor_offers_a_doubted_standing() {
    let data = real_dataset();
    let mut asked: Vec<String> = Vec::new();
    for seed in 0..200 {
        for question in questions(&data, seed, QUIZ_LENGTH) {
            assert!(!flagged(&data, &question), "seed {seed}: {question:?}");
            if matches!(
                question.kind(),
                QuestionKind::JoinedIn | QuestionKind::Observer
            ) {
                for code in question.options.iter().filter_map(Choice::country) {
                    let country = data.country(code);
                    assert!(
                        country.is_some_and(|c| !standing_doubted(c)),
                        "{question:?}"
                    );
                }
            }
            if !asked.contains(&question.record) {
                asked.push(question.record);
            }
        }
    }
    // The data's doubted records exist and are never asked about: Uzbekistan's and Northern
    // Cyprus's standing, the summits dated from Wikipedia, the online summits, the
    // unidentified diaspora bodies, the disputed quotes.
    for never in [
        "UZB",
        "CYN",
        "almaty-summit-2011",
        "covid-extraordinary-summit-2020",
        "tkm-diaspora-institution-unidentified",
        "erdogan-not-recognition-2022",
        "tokayev-kazakhs-only-homeland-2023",
    ] {
        assert!(
            !asked.iter().any(|id| id == never),
            "{never} was asked about"
        );
    }
    // … while the certain ones are.
    for some in [
        "HUN",
        "gabala-summit-2025",
        "tur-ytb",
        "omuraliev-ots-flag-new-era-2024",
    ] {
        assert!(
            asked.iter().any(|id| id == some),
            "{some} was never asked about"
        );
    }
}

#[test]
fn a_record_marked_uncertain_is_no_longer_asked_about() {
    let marked = real_dataset_editing("events.json", |json| {
        for event in json["events"].as_array_mut().into_iter().flatten() {
            if event["id"] == "gabala-summit-2025" {
                event["uncertainty"] = "A test says the date is in doubt.".into();
            }
        }
    });
    for seed in 0..200 {
        let quiz = questions(&marked, seed, QUIZ_LENGTH);
        assert!(
            !records(&quiz).contains(&"gabala-summit-2025"),
            "seed {seed}"
        );
    }
}

#[test]
fn small_data_gives_fewer_questions_and_no_data_none() {
    // The first view's data has no quotes and no diaspora file: no such questions.
    let first_view = real_dataset_first_view();
    let quiz = questions(&first_view, 1, QUIZ_LENGTH);
    assert!(!quiz.is_empty());
    assert!(quiz.iter().all(|q| !matches!(
        q.kind(),
        QuestionKind::QuoteSpeaker | QuestionKind::DiasporaBody
    )));
    // One country alone: nothing to set beside it, so nothing to ask.
    let data = real_dataset();
    let lonely = Dataset::first_view(
        data.countries().iter().take(1).cloned().collect(),
        Vec::new(),
        data.organization().clone(),
    );
    assert_eq!(questions(&lonely, 1, QUIZ_LENGTH), []);
    // More asked for than the data holds: every question it has, once.
    let all = questions(&data, 1, 1000);
    assert!(all.len() > QUIZ_LENGTH && all.len() < 1000, "{}", all.len());
    assert_eq!(questions(&data, 1, 0), []);
}

#[test]
fn the_arrow_keys_step_round_the_options() {
    assert_eq!(arrow_step(0, 4, true), 1);
    assert_eq!(arrow_step(3, 4, true), 0);
    assert_eq!(arrow_step(0, 4, false), 3);
    assert_eq!(arrow_step(2, 4, false), 1);
    assert_eq!(arrow_step(0, 0, true), 0);
}

#[test]
fn a_country_chosen_on_the_map_is_the_option_that_names_it() {
    let data = real_dataset();
    let list = questions(&data, 42, 10);
    let question = list
        .iter()
        .find(|q| q.options.iter().filter(|o| o.country().is_some()).count() >= 2)
        .expect("a question with country options");
    for (index, option) in question.options.iter().enumerate() {
        if let Some(code) = option.country() {
            assert_eq!(question.option_of_country(code), Some(index), "{code}");
        }
    }
    let absent = data
        .countries()
        .iter()
        .map(|c| c.code)
        .find(|code| question.options.iter().all(|o| o.country() != Some(*code)))
        .expect("a country not among the options");
    assert_eq!(question.option_of_country(absent), None);
}
