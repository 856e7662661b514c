//! A guided tour's markup: the body of the tour card (the tour's name, the step's title,
//! text and sources) and the list of tours the About panel offers. Tour texts are data in
//! English: they carry `lang="en"` and, in another language, the "(in English)" mark of
//! the other untranslated records.

use crate::data::{Tour, TourStep};
use crate::url_state::{MapState, TourAt};

use super::context::MarkupContext;
use super::hooks::TOUR_STEP_TITLE_ID;
use super::html::Html;
use super::item::english_only;

/// The card's body for `step` of `tour`.
pub fn tour_step_html(tour: &Tour, step: &TourStep, cx: &MarkupContext<'_>) -> String {
    let mut html = Html::new();
    html.el("p", &[("class", Some("tour-card__name"))], |html| {
        html.element("span", &[("lang", Some("en"))], &tour.title);
        english_only(html, cx);
    });
    html.element(
        "h2",
        &[
            ("class", Some("tour-card__title")),
            ("id", Some(TOUR_STEP_TITLE_ID)),
            ("lang", Some("en")),
            ("data-testid", Some("tour-step-title")),
        ],
        &step.title,
    );
    html.element(
        "p",
        &[("class", Some("tour-card__text")), ("lang", Some("en"))],
        &step.text,
    );
    cx.sources(&mut html, &step.sources);
    html.finish()
}

/// The tours as links that start each at its first step, keeping the language, theme and
/// embed mode of `current`.
pub fn tour_list_html(tours: &[Tour], current: &MapState, cx: &MarkupContext<'_>) -> String {
    let mut html = Html::new();
    html.el(
        "ul",
        &[
            ("class", Some("tour-list")),
            ("data-testid", Some("tour-list")),
        ],
        |html| {
            for tour in tours {
                let start = MapState {
                    tour: Some(TourAt {
                        id: tour.id.clone(),
                        step: 1,
                    }),
                    ..current.clone()
                };
                let href = format!("?{}", start.to_query());
                html.el("li", &[], |html| {
                    html.element(
                        "a",
                        &[
                            ("href", Some(&href)),
                            ("lang", Some("en")),
                            ("data-testid", Some("tour-link")),
                        ],
                        &tour.title,
                    );
                    english_only(html, cx);
                    html.element(
                        "p",
                        &[("class", Some("tour-list__summary")), ("lang", Some("en"))],
                        &tour.summary,
                    );
                });
            }
        },
    );
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Publisher;
    use crate::i18n::Strings;
    use crate::i18n::{EN, TR};
    use crate::test_support::{real_dataset, real_world};
    use crate::url_state::Lang;

    fn with_context(
        text: &'static Strings,
        lang: Lang,
        publishers: &[Publisher],
        f: impl FnOnce(&MarkupContext<'_>) -> String,
    ) -> String {
        let names = |code: crate::world::CountryCode| code.as_str().to_owned();
        f(&MarkupContext {
            text,
            lang,
            year: 2026,
            current_year: 2026,
            page: "https://example.org/atlas/",
            names: &names,
            publishers,
        })
    }

    fn tours() -> Vec<Tour> {
        let world = real_world();
        let text = include_str!("../../public/data/tours.json");
        crate::data::load_tours(text, &real_dataset(), &|c| world.contains(c), 2009..=2026).0
    }

    #[test]
    fn a_step_shows_its_title_text_and_sources_marked_english() {
        let tours = tours();
        let data = real_dataset();
        let tour = &tours[0];
        let step = &tour.steps[4];
        let html = with_context(&EN, Lang::En, data.publishers(), |cx| {
            tour_step_html(tour, step, cx)
        });
        assert!(
            html.contains(r#"<h2 class="tour-card__title" id="tour-step-title" lang="en""#),
            "{html}"
        );
        assert!(
            html.contains("Only Türkiye recognises it as a state"),
            "{html}"
        );
        // Sources are named by their publisher, as in the panels.
        assert!(
            html.contains(
                r#"href="https://mfa.gov.cy/press-releases/2022/11/11/otc-samarkand-summit/""#
            ),
            "{html}"
        );
        assert!(!html.contains(">mfa.gov.cy<"), "{html}");
        assert!(!html.contains("english-only"), "{html}");
        let turkish = with_context(&TR, Lang::Tr, data.publishers(), |cx| {
            tour_step_html(tour, step, cx)
        });
        assert!(
            turkish.contains(r#"data-testid="english-only""#),
            "{turkish}"
        );
    }

    #[test]
    fn the_list_links_each_tour_keeping_language_and_embed() {
        let tours = tours();
        let data = real_dataset();
        let (current, _) = MapState::from_query("lang=tr&embed=1", 2026);
        let html = with_context(&TR, Lang::Tr, data.publishers(), |cx| {
            tour_list_html(&tours, &current, cx)
        });
        assert!(
            html.contains(r#"href="?lang=tr&amp;tour=ots-history&amp;step=1&amp;embed=1""#),
            "{html}"
        );
        assert!(
            html.contains(r#"href="?lang=tr&amp;tour=diasporas&amp;step=1&amp;embed=1""#),
            "{html}"
        );
    }
}
