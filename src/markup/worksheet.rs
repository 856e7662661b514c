//! The worksheet (`?print=worksheet`, issue 18): one A4 page for a class. A title, lines
//! for the pupil's name and the date, the map without any name with the OTS countries
//! numbered from west to east (a line each to write the name on), a few questions, and
//! the QR code of the live view. The app sets it as the sheet's content (`ui::worksheet`,
//! in the print chunk); `style/main.css` fits it to one page.

use super::html::Html;
use super::qr::write_qr_svg;
use crate::data::{FuzzyDate, Status};
use crate::geo::camera::Viewport;
use crate::geo::path::format_decimal;
use crate::geo::{Bounds, Camera};
use crate::i18n::fill;
use crate::i18n::sheet::SheetStrings;
use crate::quiz::{Choice, Prompt, Question};
use crate::sort::sort_by;
use crate::world::{CountryCode, CountryPath};

/// The map's box, in the units of its text and markers (its `viewBox` has this shape).
const MAP_BOX: Viewport = Viewport {
    width: 1000.0,
    height: 560.0,
};
/// Room around the numbered countries, in map pixels.
const MAP_PADDING: f64 = 36.0;
/// The radius of a number's disc, in map pixels.
const NUMBER_RADIUS: f64 = 15.0;

/// A question as the sheet prints it: the prompt and the choices (never the answer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetQuestion {
    /// The question.
    pub prompt: String,
    /// What the question is about, from the data (a summit's title and date, a quote's
    /// words, a body's name), printed under it.
    pub detail: Option<String>,
    /// The choices to tick, empty for an open question.
    pub choices: Vec<String>,
}

/// The quiz's questions (`quiz::questions`) as the sheet prints them: `sentence` words a
/// prompt in the interface language (the quiz's `i18n::quiz::question_sentence`), `name`
/// names a country, `date` writes a date. The answers are left out.
pub fn sheet_questions(
    questions: &[Question],
    sentence: &dyn Fn(&Prompt) -> String,
    name: &dyn Fn(CountryCode) -> String,
    date: &dyn Fn(&FuzzyDate) -> String,
) -> Vec<SheetQuestion> {
    questions
        .iter()
        .map(|question| SheetQuestion {
            prompt: sentence(&question.prompt),
            detail: match &question.prompt {
                Prompt::JoinedIn { .. } | Prompt::Observer => None,
                Prompt::SummitHost {
                    title, date: when, ..
                } => Some(format!("{title} ({})", date(when))),
                Prompt::QuoteSpeaker {
                    text, date: when, ..
                } => Some(format!("“{text}” ({})", date(when))),
                Prompt::DiasporaBody { name, .. } => Some(name.clone()),
            },
            choices: question
                .options
                .iter()
                .map(|choice| match choice {
                    Choice::Country(code) => name(*code),
                    Choice::Person(person) => person.clone(),
                })
                .collect(),
        })
        .collect()
}

/// What the sheet shows.
pub struct Worksheet<'a> {
    /// Every country's projected path (what is loaded of the world).
    pub paths: &'a [CountryPath],
    /// The OTS status of a country (in the year shown): which countries are numbered.
    pub statuses: &'a dyn Fn(CountryCode) -> Option<Status>,
    /// The questions.
    pub questions: &'a [SheetQuestion],
    /// The address of the live view, which the QR code opens.
    pub live_link: &'a str,
}

/// The countries numbered on the sheet: the OTS members and observers with a shape, from
/// west to east (by the centre of their largest polygon). Number `n` is index `n - 1`.
pub fn numbered_countries<'a>(
    paths: &'a [CountryPath],
    statuses: &dyn Fn(CountryCode) -> Option<Status>,
) -> Vec<&'a CountryPath> {
    let mut ots: Vec<&CountryPath> = paths
        .iter()
        .filter(|p| !p.d.is_empty() && statuses(p.code).is_some())
        .collect();
    // Plane x grows eastwards.
    sort_by(&mut ots, |a, b| a.anchor.x < b.anchor.x);
    ots
}

/// The sheet's markup.
pub fn worksheet_html(text: &SheetStrings, sheet: &Worksheet<'_>) -> String {
    let numbered = numbered_countries(sheet.paths, sheet.statuses);
    let mut html = Html::new();
    html.el(
        "article",
        &[
            ("class", Some("worksheet__page")),
            ("aria-labelledby", Some("worksheet-title")),
        ],
        |html| {
            html.el("header", &[("class", Some("worksheet__head"))], |html| {
                html.element(
                    "h1",
                    &[("id", Some("worksheet-title"))],
                    text.worksheet_title,
                );
                html.el("p", &[("class", Some("worksheet__fields"))], |html| {
                    for label in [text.worksheet_name, text.worksheet_date] {
                        html.element("span", &[("class", Some("worksheet__field"))], label);
                    }
                });
            });
            html.el(
                "section",
                &[("class", Some("worksheet__map-task"))],
                |html| {
                    html.element("h2", &[], text.worksheet_map_task);
                    write_map(html, text, sheet.paths, &numbered);
                    html.el(
                        "ol",
                        &[
                            ("class", Some("worksheet__answers")),
                            ("data-testid", Some("worksheet-answers")),
                        ],
                        |html| {
                            for _ in &numbered {
                                html.element("li", &[], "");
                            }
                        },
                    );
                },
            );
            write_questions(html, text, sheet.questions);
            html.el("footer", &[("class", Some("worksheet__foot"))], |html| {
                let name = fill(text.qr_code_label, &[sheet.live_link]);
                write_qr_svg(html, sheet.live_link, &name, "worksheet__qr");
                html.el("p", &[("class", Some("worksheet__live"))], |html| {
                    html.element("span", &[], text.worksheet_live_view)
                        .text(" ")
                        .element(
                            "span",
                            &[("class", Some("worksheet__link"))],
                            sheet.live_link,
                        );
                });
            });
        },
    );
    html.finish()
}

/// The map: the land without names, the numbered countries tinted, a disc with its
/// number at each one's anchor.
fn write_map(
    html: &mut Html,
    text: &SheetStrings,
    paths: &[CountryPath],
    numbered: &[&CountryPath],
) {
    let Some(frame) = numbered.iter().map(|p| p.main_bounds).reduce(Bounds::union) else {
        return;
    };
    let camera = Camera::fit(frame, MAP_BOX, MAP_PADDING);
    let scale = camera.scale(MAP_BOX);
    let visible = camera.visible(MAP_BOX);
    let px = |pixels: f64| format_decimal(pixels / scale, 4);
    let view_box = camera.view_box(MAP_BOX);
    let label = fill(text.worksheet_map_label, &[&numbered.len().to_string()]);
    html.el(
        "svg",
        &[
            ("class", Some("worksheet__map")),
            ("viewBox", Some(&view_box)),
            ("role", Some("img")),
            ("aria-label", Some(&label)),
            ("data-testid", Some("worksheet-map")),
        ],
        |html| {
            let (x, y) = (
                format_decimal(visible.min.x, 4),
                format_decimal(visible.min.y, 4),
            );
            let (w, h) = (
                format_decimal(visible.width(), 4),
                format_decimal(visible.height(), 4),
            );
            html.element(
                "rect",
                &[
                    ("class", Some("worksheet__sea")),
                    ("x", Some(&x)),
                    ("y", Some(&y)),
                    ("width", Some(&w)),
                    ("height", Some(&h)),
                ],
                "",
            );
            let stroke = px(0.8);
            html.el(
                "g",
                &[
                    ("class", Some("worksheet__land")),
                    ("stroke-width", Some(&stroke)),
                ],
                |html| {
                    for path in paths
                        .iter()
                        .filter(|p| !p.d.is_empty() && p.main_bounds.meets(visible))
                    {
                        let ots = numbered.iter().any(|n| n.code == path.code);
                        let class = if ots {
                            "worksheet__country worksheet__country--ots"
                        } else {
                            "worksheet__country"
                        };
                        html.element("path", &[("class", Some(class)), ("d", Some(&path.d))], "");
                    }
                },
            );
            let (radius, font, outline) = (px(NUMBER_RADIUS), px(NUMBER_RADIUS * 1.2), px(1.5));
            for (i, path) in numbered.iter().enumerate() {
                let (cx, cy) = (
                    format_decimal(path.anchor.x, 4),
                    format_decimal(path.anchor.y, 4),
                );
                let number = (i + 1).to_string();
                html.el(
                    "g",
                    &[
                        ("class", Some("worksheet__number")),
                        ("data-number", Some(&number)),
                    ],
                    |html| {
                        html.element(
                            "circle",
                            &[
                                ("cx", Some(&cx)),
                                ("cy", Some(&cy)),
                                ("r", Some(&radius)),
                                ("stroke-width", Some(&outline)),
                            ],
                            "",
                        )
                        .element(
                            "text",
                            &[
                                ("x", Some(&cx)),
                                ("y", Some(&cy)),
                                ("font-size", Some(&font)),
                                ("text-anchor", Some("middle")),
                                ("dominant-baseline", Some("central")),
                            ],
                            &number,
                        );
                    },
                );
            }
        },
    );
}

/// The questions, numbered, each with its choices to tick.
fn write_questions(html: &mut Html, text: &SheetStrings, questions: &[SheetQuestion]) {
    if questions.is_empty() {
        return;
    }
    html.el(
        "section",
        &[("class", Some("worksheet__questions"))],
        |html| {
            html.element("h2", &[], text.worksheet_questions);
            html.el(
                "ol",
                &[("data-testid", Some("worksheet-questions"))],
                |html| {
                    for question in questions {
                        html.el("li", &[("class", Some("worksheet__question"))], |html| {
                            html.element("p", &[], &question.prompt);
                            if let Some(detail) = &question.detail {
                                html.element("p", &[("class", Some("worksheet__detail"))], detail);
                            }
                            if question.choices.is_empty() {
                                html.element("p", &[("class", Some("worksheet__write-in"))], "");
                                return;
                            }
                            html.el("ul", &[("class", Some("worksheet__choices"))], |html| {
                                for choice in &question.choices {
                                    html.element("li", &[], choice);
                                }
                            });
                        });
                    }
                },
            );
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::EqualEarth;
    use crate::i18n::sheet::sheet_strings;
    use crate::test_support::{real_dataset, real_world};
    use crate::url_state::Lang;
    use crate::world::{CountryNames, project_world};

    fn sheet_html(questions: &[SheetQuestion]) -> (String, Vec<CountryCode>) {
        let world = real_world();
        let paths = project_world(&world, &EqualEarth::new());
        let data = real_dataset();
        let statuses = |code| data.status_in_year(code, 2026);
        let numbered = numbered_countries(&paths, &statuses)
            .iter()
            .map(|p| p.code)
            .collect();
        let html = worksheet_html(
            sheet_strings(Lang::En),
            &Worksheet {
                paths: &paths,
                statuses: &statuses,
                questions,
                live_link: "https://atlas.example/?lang=en",
            },
        );
        (html, numbered)
    }

    /// How many questions the sheet's list holds.
    fn questions_on(html: &str) -> usize {
        let list = html
            .split(r#"data-testid="worksheet-questions">"#)
            .nth(1)
            .unwrap_or("");
        list.matches(r#"<li class="worksheet__question">"#).count()
    }

    fn questions() -> Vec<SheetQuestion> {
        (1..=5)
            .map(|i| SheetQuestion {
                prompt: format!("Question <{i}>?"),
                detail: None,
                choices: vec!["A & B".to_owned(), "C".to_owned()],
            })
            .collect()
    }

    #[test]
    fn the_eight_ots_countries_are_numbered_from_west_to_east() {
        let (html, numbered) = sheet_html(&questions());
        let codes: Vec<&str> = numbered.iter().map(CountryCode::as_str).collect();
        assert_eq!(codes.len(), 8, "5 members and 3 observers: {codes:?}");
        assert_eq!(codes.first(), Some(&"HUN"));
        assert_eq!(codes.last(), Some(&"KGZ"));
        for n in 1..=8 {
            assert_eq!(
                html.matches(&format!(r#"data-number="{n}""#)).count(),
                1,
                "number {n}"
            );
        }
        assert!(!html.contains(r#"data-number="9""#));
        assert_eq!(html.matches("worksheet__country--ots").count(), 8);
        let answers = html
            .split(r#"data-testid="worksheet-answers">"#)
            .nth(1)
            .unwrap_or("");
        assert!(answers.starts_with(&"<li></li>".repeat(8)), "{answers}");
    }

    #[test]
    fn the_quiz_questions_are_printed_with_their_options_and_without_their_answers() {
        let data = real_dataset();
        let questions = crate::quiz::questions(&data, 7, 5);
        assert_eq!(questions.len(), 5);
        let sheet = sheet_questions(
            &questions,
            &|prompt| format!("{:?}?", prompt.kind()),
            &|code| format!("<{code}>"),
            &|date| format!("{date:?}"),
        );
        assert_eq!(sheet.len(), 5);
        for (question, printed) in questions.iter().zip(&sheet) {
            assert_eq!(printed.prompt, format!("{:?}?", question.kind()));
            assert_eq!(printed.choices.len(), question.options.len());
            match question.right_choice() {
                Some(Choice::Country(code)) => {
                    assert!(printed.choices.contains(&format!("<{code}>")));
                }
                Some(Choice::Person(person)) => assert!(printed.choices.contains(person)),
                None => panic!("a question without its answer"),
            }
            let has_detail = !matches!(question.prompt, Prompt::JoinedIn { .. } | Prompt::Observer);
            assert_eq!(
                printed.detail.is_some(),
                has_detail,
                "{:?}",
                question.prompt
            );
        }
        let (html, _) = sheet_html(&sheet);
        assert_eq!(questions_on(&html), 5);
        assert!(!html.contains("checked"), "no answer ticked on the sheet");
    }

    #[test]
    fn the_map_names_no_country() {
        let (html, _) = sheet_html(&[]);
        let names = CountryNames::parse(
            &std::fs::read_to_string("public/data/names/en.json").expect("names"),
        )
        .expect("names parse");
        for (code, name) in names.iter() {
            assert!(!html.contains(name), "{code}: {name} is on the sheet");
        }
        assert_eq!(
            html.matches("<title").count(),
            1,
            "only the QR code has a title"
        );
        assert!(!html.contains("data-code"));
        assert!(
            !html.contains("worksheet-questions"),
            "no questions, no section"
        );
    }

    #[test]
    fn the_questions_are_printed_without_answers_and_the_qr_code_opens_the_live_view() {
        let (html, _) = sheet_html(&questions());
        assert_eq!(questions_on(&html), 5);
        assert!(html.contains("<p>Question &lt;1&gt;?</p><ul class=\"worksheet__choices\"><li>A &amp; B</li><li>C</li></ul>"));
        assert!(html.contains(r#"aria-label="QR code: https://atlas.example/?lang=en""#));
        assert!(html.contains(r#"data-qr="https://atlas.example/?lang=en""#));
        assert!(html.contains(">Name</span><span class=\"worksheet__field\">Date</span>"));
        assert!(!html.contains("style="));
    }
}
