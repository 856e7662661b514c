//! The About panel's markup: what the organisation is, its members and observers with
//! their years, the Secretary-General, the chair and the summits.

use crate::data::{Change, Dataset, Status, SummitSeries};
use crate::i18n::fill;

use super::context::{MarkupContext, section};
use super::hooks::{DATA_ACTION, DATA_CODE, DATA_SELECT, PanelAction};
use super::html::Html;

/// The body of the About panel. Each member and observer is a button carrying
/// `data-select` (the app selects that country when it is pressed).
pub fn about_html(data: &Dataset, cx: &MarkupContext<'_>) -> String {
    let text = cx.text;
    let org = data.organization();
    let mut html = Html::new();
    about_opening(&mut html, data, cx, org.facts.len());
    // The guided tours (`ui::tour`), which the panel's listener opens.
    html.el("p", &[("class", Some("panel__tours"))], |html| {
        let attributes = [
            ("type", Some("button")),
            ("class", Some("link-button")),
            (DATA_ACTION, Some(PanelAction::ShowTours.key())),
            ("data-testid", Some("tours-toggle")),
        ];
        html.element("button", &attributes, text.tours_title);
    });

    section(&mut html, "about-members", text.members_heading, |html| {
        country_list(html, data, cx, Status::Member, "about-members");
        html.element("h3", &[], text.observers_heading);
        country_list(html, data, cx, Status::Observer, "about-observers");
    });

    section(&mut html, "about-people", text.secretariat, |html| {
        html.el("dl", &[("class", Some("panel__facts"))], |html| {
            if let Some(sg) = data.current_secretary_general() {
                html.element("dt", &[], text.secretary_general)
                    .el("dd", &[], |html| {
                        html.text(&format!(
                            "{} ({}), {} – {}",
                            sg.name,
                            cx.name(sg.country),
                            cx.date(&sg.from),
                            text.present
                        ));
                        cx.uncertainty(html, sg.uncertainty.as_deref());
                        cx.sources(html, &sg.sources);
                    });
            }
            if let Some(chair) = data.current_chair() {
                html.element("dt", &[], text.current_chair)
                    .el("dd", &[], |html| {
                        html.text(&format!(
                            "{}, {} – {}",
                            cx.name(chair.country),
                            cx.date(&chair.from),
                            text.present
                        ));
                        cx.sources(html, &chair.sources);
                    });
            }
        });
    });

    section(&mut html, "about-summits", text.summits, |html| {
        let list = [
            ("class", Some("plain-list")),
            ("data-testid", Some("about-summits")),
        ];
        html.el("ul", &list, |html| {
            // Newest first.
            for s in data
                .summits()
                .into_iter()
                .rev()
                .filter(|s| s.summit.series == SummitSeries::TurkicCouncilOts)
            {
                let event = s.event;
                html.el("li", &[], |html| {
                    html.element(
                        "a",
                        &[(
                            "href",
                            Some(&format!("?country={}&item={}", s.summit.host, event.id)),
                        )],
                        &format!(
                            "{} — {}, {}",
                            event.title,
                            cx.date(&event.date),
                            event.place.name
                        ),
                    );
                });
            }
        })
        .element(
            "p",
            &[("class", Some("panel__as-of"))],
            &fill(text.as_of, &[&cx.date(&org.as_of)]),
        );
        changelog(html, data, cx);
    });
    // The quiz, in the language shown (a plain click opens it in place).
    let quiz = format!("?lang={}&quiz=1", cx.lang.tag());
    let link = [
        ("class", Some("button")),
        ("href", Some(quiz.as_str())),
        ("data-testid", Some("quiz-start")),
    ];
    html.el("p", &[("class", Some("panel__quiz"))], |html| {
        html.element("a", &link, text.quiz_start);
    });
    html.finish()
}

/// The opening of the About panel: its first `facts` facts (what the organisation is),
/// each with its uncertainty and sources, exactly as [`about_html`] begins. The build
/// writes it into the static first paint of `index.html`, so the page is readable before
/// the app runs.
pub fn about_opening_html(data: &Dataset, cx: &MarkupContext<'_>, facts: usize) -> String {
    let mut html = Html::new();
    about_opening(&mut html, data, cx, facts);
    html.finish()
}

/// Writes the first `facts` facts of the organisation.
fn about_opening(html: &mut Html, data: &Dataset, cx: &MarkupContext<'_>, facts: usize) {
    for fact in data.organization().facts.iter().take(facts) {
        html.el("div", &[("class", Some("fact"))], |html| {
            html.element("p", &[], &fact.text);
            cx.uncertainty(html, fact.uncertainty.as_deref());
            cx.sources(html, &fact.sources);
        });
    }
}

/// The corrections and additions log, newest first, and the link to its feed (nothing
/// until `changelog.json` is loaded).
fn changelog(html: &mut Html, data: &Dataset, cx: &MarkupContext<'_>) {
    let entries = data.changelog_newest_first();
    if entries.is_empty() {
        return;
    }
    let text = cx.text;
    let list = [
        ("class", Some("plain-list changelog")),
        ("data-testid", Some("changelog")),
    ];
    html.element("h3", &[("id", Some("about-log"))], text.log_heading)
        .el("p", &[], |html| {
            html.element(
                "a",
                &[
                    ("href", Some("feed.xml")),
                    ("type", Some("application/atom+xml")),
                    ("data-testid", Some("feed-link")),
                ],
                text.feed_link,
            );
        })
        .el("ul", &list, |html| {
            for entry in entries {
                let action = match entry.action {
                    Change::Added => text.log_added,
                    Change::Corrected => text.log_corrected,
                    Change::Removed => text.log_removed,
                };
                let id = format!("log-{}", entry.id);
                html.el("li", &[("id", Some(&id))], |html| {
                    cx.time(html, &entry.date);
                    html.text(" · ")
                        .element("strong", &[], action)
                        .text(" ")
                        .element("span", &[("lang", Some("en"))], &entry.text);
                    cx.sources(html, &entry.sources);
                });
            }
        });
}

/// The members (or observers) as buttons that select the country, with their years.
fn country_list(
    html: &mut Html,
    data: &Dataset,
    cx: &MarkupContext<'_>,
    wanted: Status,
    testid: &str,
) {
    let list = [("class", Some("plain-list")), ("data-testid", Some(testid))];
    html.el("ul", &list, |html| {
        for country in data.ots_countries() {
            let Some(m) = country.membership.as_ref().filter(|m| m.status == wanted) else {
                continue;
            };
            let detail = if m.founding_member {
                format!("{} ({})", m.since.year(), cx.text.founding_member)
            } else {
                m.since.year().to_string()
            };
            html.el("li", &[], |html| {
                html.element(
                    "button",
                    &[
                        ("type", Some("button")),
                        ("class", Some("link-button")),
                        (DATA_CODE, Some(country.code.as_str())),
                        (DATA_SELECT, Some(country.code.as_str())),
                    ],
                    &cx.name(country.code),
                )
                .text(" — ")
                .text(&detail);
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::context::{bracketed, test_context};
    use crate::test_support::{real_dataset, real_dataset_before_details, real_dataset_first_view};
    use crate::url_state::Lang;

    fn html_for(year: i32) -> String {
        let data = real_dataset();
        about_html(&data, &test_context(year, Lang::En, &bracketed))
    }

    #[test]
    fn members_and_observers_are_buttons_that_select_them() {
        let html = html_for(2026);
        let members = &html[html.find("data-testid=\"about-members\"").expect("members")..];
        let members = &members[..members.find("</ul>").expect("end")];
        for code in ["TUR", "AZE", "KAZ", "KGZ", "UZB"] {
            assert!(
                members.contains(&format!("data-select=\"{code}\"")),
                "{code}"
            );
            // Names are text: escaped.
            assert!(members.contains(&format!("&lt;{code}&gt;")), "{code}");
        }
        let observers = &html[html
            .find("data-testid=\"about-observers\"")
            .expect("observers")..];
        let observers = &observers[..observers.find("</ul>").expect("end")];
        for code in ["HUN", "TKM", "CYN"] {
            assert!(
                observers.contains(&format!("data-select=\"{code}\"")),
                "{code}"
            );
        }
    }

    #[test]
    fn the_opening_is_how_the_panel_begins() {
        let data = real_dataset();
        let cx = test_context(2026, Lang::En, &bracketed);
        let whole = about_html(&data, &cx);
        let opening = about_opening_html(&data, &cx, 3);
        assert!(whole.starts_with(&opening), "{opening}");
        assert_eq!(opening.matches(r#"<div class="fact">"#).count(), 3);
        assert!(opening.contains("Nakhchivan Agreement"), "{opening}");
        // Asking for more facts than there are gives them all.
        let all = about_opening_html(&data, &cx, usize::MAX);
        assert!(whole.starts_with(&all) && !all.contains("<section"));
    }

    #[test]
    fn the_first_view_file_gives_the_same_panel_in_every_language() {
        // The app shows the About panel from `first-view.json` until the full files are
        // in: the swap must not change a character (no flicker, nothing wrong or missing).
        let (lite, full) = (real_dataset_first_view(), real_dataset_before_details());
        for lang in Lang::ALL {
            let cx = MarkupContext {
                text: crate::i18n::strings(lang),
                ..test_context(2026, lang, &bracketed)
            };
            let html = about_html(&full, &cx);
            assert_eq!(about_html(&lite, &cx), html, "{lang:?}");
            assert!(html.contains("about-summits") && html.contains("https://"));
        }
    }

    #[test]
    fn the_markup_does_not_depend_on_the_year_shown() {
        // The year line is the component's: a year change does not redraw the panel.
        assert_eq!(html_for(2015), html_for(2026));
    }
}
