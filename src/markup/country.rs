//! A country's panel as markup: status, capital, its part in the OTS, quotes, a dated
//! timeline, diaspora institutions and initiatives, its people abroad, notes and sources.

use crate::data::{
    Country, Dataset, Figure, Initiative, Institution, NoteTopic, PopulationKind, Status,
};
use crate::i18n::fill;
use crate::i18n::numbers::full_amount;
use crate::world::CountryCode;

use super::context::{MarkupContext, section};
use super::hooks::{DATA_HOST, DATA_ORIGIN};
use super::html::{Html, classes};
use super::item::{event_card, quote_card};
use super::tables::confidence_label;

/// The status line alone: what the panel paints in the frame after a click, with its
/// heading (the rest follows a frame later).
pub fn country_status_html(country: &Country, cx: &MarkupContext<'_>) -> String {
    let mut html = Html::new();
    status(&mut html, country, cx);
    html.finish()
}

/// Status, recognition note, official name and capital: what the panel shows while the
/// lists are on their way.
pub fn country_facts_html(country: &Country, cx: &MarkupContext<'_>) -> String {
    let mut html = Html::new();
    facts(&mut html, country, cx);
    html.finish()
}

/// Everything the data holds about one country, or a short neutral line. `item` is the
/// linked item, highlighted.
pub fn country_html(
    data: &Dataset,
    code: CountryCode,
    item: Option<&str>,
    cx: &MarkupContext<'_>,
) -> String {
    let text = cx.text;
    let mut html = Html::new();
    let country = data.country(code);
    let quotes = data.quotes_for(code);
    let events = data.events_for(code);
    let abroad = data.figures_from(code);
    let here: Vec<&Figure> = data
        .figures_in(code)
        .into_iter()
        .filter(|f| f.origin != code)
        .collect();
    if let Some(country) = country {
        facts(&mut html, country, cx);
    }
    if country.is_none()
        && quotes.is_empty()
        && events.is_empty()
        && abroad.is_empty()
        && here.is_empty()
    {
        html.element("p", &[("class", Some("panel__status"))], text.status_none)
            .element("p", &[], text.no_data_for_country);
    }

    let hosted = data.summits_hosted_by(code);
    let chairs = data.chairmanships_of(code);
    if !hosted.is_empty() || !chairs.is_empty() {
        section(&mut html, "sec-ots", text.in_the_ots, |html| {
            if !hosted.is_empty() {
                html.element("h4", &[], text.summits_hosted);
                html.el("ul", &[("class", Some("plain-list"))], |html| {
                    for s in hosted.iter().rev() {
                        let event = s.event;
                        html.el("li", &[], |html| {
                            html.element(
                                "a",
                                &[("href", Some(&format!("?country={code}&item={}", event.id)))],
                                &format!(
                                    "{} — {}, {}",
                                    event.title,
                                    cx.date(&event.date),
                                    event.place.name
                                ),
                            );
                        });
                    }
                });
            }
            if !chairs.is_empty() {
                html.element("h4", &[], text.chairmanships);
                html.el("ul", &[("class", Some("plain-list"))], |html| {
                    for c in chairs {
                        let end =
                            c.to.map_or_else(|| text.present.to_owned(), |d| cx.date(&d));
                        html.el("li", &[], |html| {
                            html.text(&format!("{} – {}", cx.date(&c.from), end));
                            if c.inferred {
                                html.text(" ").element(
                                    "em",
                                    &[("class", Some("flag"))],
                                    &format!("({})", text.inferred),
                                );
                            }
                            cx.uncertainty(html, c.uncertainty.as_deref());
                            cx.sources(html, &c.sources);
                        });
                    }
                });
            }
        });
    }

    if !quotes.is_empty() {
        section(&mut html, "sec-quotes", text.quotes, |html| {
            for q in quotes {
                let counterpoints = data.counterpoints_of(q);
                let highlighted = item == Some(q.id.as_str());
                quote_card(html, cx, q, code, highlighted, &counterpoints);
            }
        });
    }
    if !events.is_empty() {
        section(&mut html, "sec-timeline", text.timeline, |html| {
            html.el("div", &[("class", Some("timeline"))], |html| {
                for e in events {
                    event_card(html, cx, e, code, item == Some(e.id.as_str()));
                }
            });
        });
    }
    let institutions = data.institutions_for(code);
    if !institutions.is_empty() {
        let heading = text.diaspora_institutions;
        section(&mut html, "sec-institutions", heading, |html| {
            for i in institutions {
                institution_card(html, i, cx);
            }
        });
    }
    let initiatives = data.initiatives_for(code);
    if !initiatives.is_empty() {
        let heading = text.diaspora_initiatives;
        section(&mut html, "sec-initiatives", heading, |html| {
            for i in initiatives {
                initiative_card(html, data, i, code, cx);
            }
        });
    }
    if !abroad.is_empty() {
        section(&mut html, "sec-abroad", text.people_abroad, |html| {
            figure_list(html, &abroad, true, cx);
        });
    }
    if !here.is_empty() {
        section(&mut html, "sec-here", text.communities_here, |html| {
            figure_list(html, &here, false, cx);
        });
    }
    if let Some(country) = country {
        notes(&mut html, country, cx);
    }
    html.element(
        "p",
        &[
            ("class", Some("panel__as-of")),
            ("data-testid", Some("as-of")),
        ],
        &fill(text.as_of, &[&cx.date(&data.organization().as_of)]),
    );
    html.finish()
}

/// The country's OTS status line (member or observer since, founding member).
fn status(html: &mut Html, country: &Country, cx: &MarkupContext<'_>) {
    let text = cx.text;
    let status_line = match &country.membership {
        Some(m) => {
            let since = cx.date(&m.since);
            let line = match m.status {
                Status::Member => fill(text.status_member, &[&since]),
                Status::Observer => fill(text.status_observer, &[&since]),
            };
            if m.founding_member {
                format!("{line} ({})", text.founding_member)
            } else {
                line
            }
        }
        None => text.status_none.to_owned(),
    };
    html.element(
        "p",
        &[
            ("class", Some("panel__status")),
            ("data-testid", Some("panel-status")),
        ],
        &status_line,
    );
}

fn facts(html: &mut Html, country: &Country, cx: &MarkupContext<'_>) {
    let text = cx.text;
    status(html, country, cx);
    if let Some(m) = &country.membership {
        cx.uncertainty(html, m.uncertainty.as_deref());
        cx.sources(html, &m.sources);
    }
    for note in country.notes_about(NoteTopic::Recognition) {
        let attributes = [
            ("class", Some("note note--recognition")),
            ("data-testid", Some("recognition-note")),
            ("role", Some("note")),
        ];
        html.el("div", &attributes, |html| {
            html.element("h3", &[("class", Some("note__title"))], text.recognition)
                .element("p", &[], &note.text);
            cx.uncertainty(html, note.uncertainty.as_deref());
            cx.sources(html, &note.sources);
        });
    }
    html.el("dl", &[("class", Some("panel__facts"))], |html| {
        if let Some(official) = &country.official_name {
            html.element("dt", &[], text.official_name)
                .element("dd", &[], official);
        }
        if let Some(capital) = &country.capital {
            html.element("dt", &[], text.capital)
                .element("dd", &[], &capital.name);
        }
    });
    cx.uncertainty(html, country.uncertainty.as_deref());
}

/// The country's other notes and the sources of its record, at the end of the panel.
fn notes(html: &mut Html, country: &Country, cx: &MarkupContext<'_>) {
    let mut others = country
        .notes
        .iter()
        .filter(|n| n.topic != NoteTopic::Recognition)
        .peekable();
    if others.peek().is_some() {
        section(html, "sec-notes", cx.text.notes, |html| {
            for note in others {
                html.el("div", &[("class", Some("note"))], |html| {
                    html.element("p", &[], &note.text);
                    cx.uncertainty(html, note.uncertainty.as_deref());
                    cx.sources(html, &note.sources);
                });
            }
        });
    }
    cx.sources(html, &country.sources);
}

/// A national diaspora institution, or the record that none is identified.
fn institution_card(html: &mut Html, institution: &Institution, cx: &MarkupContext<'_>) {
    let text = cx.text;
    let class = classes("card", &[("card--unidentified", !institution.identified)]);
    html.el("article", &[("class", Some(&class))], |html| {
        html.element(
            "h4",
            &[("class", Some("card__title"))],
            institution.name.as_deref().unwrap_or(text.not_identified),
        );
        if let Some(local) = &institution.local_name {
            html.element("p", &[("class", Some("card__subtitle"))], local);
        }
        html.element("p", &[], &institution.summary).el(
            "dl",
            &[("class", Some("panel__facts"))],
            |html| {
                if let Some(established) = &institution.established {
                    html.element("dt", &[], text.established).element(
                        "dd",
                        &[],
                        &cx.date(established),
                    );
                }
                if let Some(head) = &institution.head {
                    html.element("dt", &[], text.head).element("dd", &[], head);
                }
            },
        );
        if let Some(history) = &institution.history {
            html.element("p", &[("class", Some("card__history"))], history);
        }
        cx.uncertainty(html, institution.uncertainty.as_deref());
        cx.sources(html, &institution.sources);
    });
}

/// An OTS diaspora initiative with links to its sessions.
fn initiative_card(
    html: &mut Html,
    data: &Dataset,
    initiative: &Initiative,
    code: CountryCode,
    cx: &MarkupContext<'_>,
) {
    html.el("article", &[("class", Some("card"))], |html| {
        html.element("h4", &[("class", Some("card__title"))], &initiative.name)
            .element("p", &[], &initiative.summary);
        let sessions = data.initiative_events(initiative);
        if !sessions.is_empty() {
            html.el("ul", &[("class", Some("plain-list"))], |html| {
                for e in sessions {
                    html.el("li", &[], |html| {
                        html.element(
                            "a",
                            &[("href", Some(&format!("?country={code}&item={}", e.id)))],
                            &format!("{} — {}", cx.date(&e.date), e.place.name),
                        );
                    });
                }
            });
        }
        cx.uncertainty(html, initiative.uncertainty.as_deref());
        cx.sources(html, &initiative.sources);
    });
}

/// Figures of one origin (listed by host) or of one host (listed by origin).
fn figure_list(html: &mut Html, figures: &[&Figure], by_host: bool, cx: &MarkupContext<'_>) {
    let text = cx.text;
    let list = [("class", Some("figures")), ("data-testid", Some("figures"))];
    html.el("ul", &list, |html| {
        for f in figures {
            let place = if by_host {
                cx.name(f.host)
            } else {
                text.from_country.replace("{0}", &cx.name(f.origin))
            };
            let native = f.kind == PopulationKind::Native;
            let class = classes("figure", &[("figure--native", native)]);
            let attributes = [
                ("class", Some(class.as_str())),
                ("data-testid", Some("figure")),
                (DATA_HOST, Some(f.host.as_str())),
                (DATA_ORIGIN, Some(f.origin.as_str())),
            ];
            html.el("li", &attributes, |html| {
                html.el("p", &[("class", Some("figure__line"))], |html| {
                    html.element("strong", &[], &place)
                        .text(": ")
                        .element(
                            "span",
                            &[("class", Some("figure__amount"))],
                            &full_amount(f.amount, cx.lang),
                        )
                        .text(&f.year.map(|y| format!(" ({y})")).unwrap_or_default());
                })
                .el("p", &[("class", Some("figure__meta"))], |html| {
                    let kind = if native {
                        text.native_community
                    } else {
                        text.diaspora_kind
                    };
                    html.element("span", &[("class", Some("figure__kind"))], kind)
                        .text(" · ")
                        .element("span", &[], confidence_label(f.confidence, text))
                        .text(" · ")
                        .element("span", &[], &f.basis);
                });
                if let Some(note) = &f.note {
                    html.element("p", &[("class", Some("figure__note"))], note);
                }
                cx.uncertainty(html, f.uncertainty.as_deref());
                cx.sources(html, &f.sources);
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::markup::context::test_context;
    use crate::test_support::real_dataset;
    use crate::url_state::Lang;

    fn panel(code: &str, item: Option<&str>, year: i32, lang: Lang) -> String {
        let data = real_dataset();
        let cx = test_context(year, lang, &code_name);
        country_html(&data, CountryCode::parse(code).expect("a code"), item, &cx)
    }

    #[test]
    fn azerbaijans_panel_holds_the_natural_bridges_quote_with_its_actions() {
        let html = panel("AZE", None, 2026, Lang::En);
        let id = "omuraliev-diasporas-natural-bridges-2025";
        let start = html
            .find(&format!("data-item=\"{id}\""))
            .expect("the quote");
        let card = &html[start..start + html[start..].find("</article>").expect("its end")];
        assert!(card.contains("Diasporas serve as natural bridges"));
        assert!(card.contains(&format!(
            "data-copy=\"https://example.org/atlas/?country=AZE&amp;item={id}\""
        )));
        assert!(card.contains(&format!("data-cite=\"cite-{id}\"")));
        // The citation's place, empty: "Cite" writes it (`item_html::citation_html`).
        assert!(card.contains(&format!("id=\"cite-{id}\" hidden=\"\"></div>")));
        assert!(card.contains("rel=\"noopener noreferrer external\""));
        // Each text is in the card once, and links carry their address only in `href` (a
        // country's panel is parsed on every click, so its size counts).
        assert_eq!(
            card.matches("Diasporas serve as natural bridges").count(),
            1
        );
        assert!(!card.contains("data-copy-citation") && !card.contains("item__fallback"));
        assert!(!card.contains("title=\"https://") && !card.contains("data-permalink"));
        assert!(html.contains("data-testid=\"panel-status\">Member of the OTS since"));
        // Nothing is highlighted without a linked item; with one, exactly that one.
        assert!(!html.contains("item--highlight"));
        let linked = panel("AZE", Some(id), 2026, Lang::En);
        assert_eq!(linked.matches("item--highlight").count(), 1);
        assert!(linked.contains(&format!(
            "class=\"item item--quote item--highlight\" id=\"item-{id}\""
        )));
    }

    #[test]
    fn events_after_the_year_shown_are_marked_future_and_english_text_is_flagged() {
        let now = panel("TUR", None, 2026, Lang::En);
        let then = panel("TUR", None, 2010, Lang::En);
        assert!(then.matches("item--future").count() > now.matches("item--future").count());
        assert!(!now.contains("english-only"));
        assert!(panel("TUR", None, 2026, Lang::Tr).contains("data-testid=\"english-only\""));
    }

    #[test]
    fn figures_name_their_hosts_and_northern_cyprus_has_its_recognition_note() {
        let html = panel("TUR", None, 2026, Lang::En);
        assert!(html.contains("data-testid=\"figure\" data-host=\"DEU\" data-origin=\"TUR\""));
        let cyn = panel("CYN", None, 2026, Lang::En);
        assert_eq!(cyn.matches("data-testid=\"recognition-note\"").count(), 1);
    }

    #[test]
    fn a_country_without_records_gets_a_neutral_line() {
        let html = panel("ATA", None, 2026, Lang::En);
        assert_eq!(
            html,
            format!(
                "<p class=\"panel__status\">{}</p><p>{}</p>\
                 <p class=\"panel__as-of\" data-testid=\"as-of\">Data as of December 2026</p>",
                EN.status_none, EN.no_data_for_country
            )
        );
        assert!(!panel("KAZ", None, 2026, Lang::En).contains(EN.no_data_for_country));
    }

    #[test]
    fn the_first_frame_holds_the_status_line_alone_and_the_facts_follow() {
        let data = real_dataset();
        let cx = test_context(2026, Lang::En, &code_name);
        let country = |code: &str| {
            data.country(CountryCode::parse(code).expect("a code"))
                .expect("in the data")
        };
        let status = country_status_html(country("KAZ"), &cx);
        assert!(status.starts_with("<p class=\"panel__status\" data-testid=\"panel-status\">"));
        assert!(status.contains("Member of the OTS since") && status.contains(EN.founding_member));
        assert_eq!(status.matches("<p").count(), 1);
        let facts = country_facts_html(country("KAZ"), &cx);
        assert!(facts.starts_with(&status) && facts.len() > status.len());
        assert!(facts.contains("Astana"));
        let observer = country_status_html(country("HUN"), &cx);
        assert!(observer.contains("Observer") && !observer.contains(EN.founding_member));
    }

    /// The section with this heading id, from its start to its end.
    fn section_of<'a>(html: &'a str, id: &str) -> Option<&'a str> {
        let start = html.find(&format!("aria-labelledby=\"{id}\""))?;
        let end = start + html[start..].find("</section>")?;
        Some(&html[start..end])
    }

    #[test]
    fn a_country_known_only_as_a_host_lists_its_communities_and_no_neutral_line() {
        let html = panel("RUS", None, 2026, Lang::En);
        assert!(!html.contains(EN.no_data_for_country));
        let here = section_of(&html, "sec-here").expect("communities living here");
        let data = real_dataset();
        let rus = CountryCode::parse("RUS").expect("a code");
        let figures = data.figures_in(rus);
        let native = figures
            .iter()
            .filter(|f| f.kind == PopulationKind::Native)
            .count();
        assert_eq!(
            here.matches("data-testid=\"figure\"").count(),
            figures.len()
        );
        assert_eq!(
            here.matches("class=\"figure figure--native\"").count(),
            native
        );
        assert_eq!(
            here.matches("class=\"figure\"").count(),
            figures.len() - native
        );
        assert!(
            native > 0 && native < figures.len(),
            "both kinds are in the data"
        );
    }

    #[test]
    fn the_ots_section_lists_summits_hosted_and_chairmanships_only_when_there_are_some() {
        let hun = panel("HUN", None, 2026, Lang::En);
        let ots = section_of(&hun, "sec-ots").expect("Hungary hosted a summit");
        assert!(ots.contains(EN.summits_hosted) && ots.contains("?country=HUN&amp;item="));
        assert!(!ots.contains(EN.chairmanships));
        let kaz = panel("KAZ", None, 2026, Lang::En);
        let ots = section_of(&kaz, "sec-ots").expect("Kazakhstan's part");
        assert!(ots.contains(EN.summits_hosted) && ots.contains(EN.chairmanships));
        assert!(section_of(&panel("GEO", None, 2026, Lang::En), "sec-ots").is_none());
    }

    #[test]
    fn institutions_initiatives_and_notes_have_their_sections() {
        let html = panel("KAZ", None, 2026, Lang::En);
        let institutions = section_of(&html, "sec-institutions").expect("institutions");
        assert!(institutions.contains("<article class=\"card\"><h4 class=\"card__title\">"));
        let initiatives = section_of(&html, "sec-initiatives").expect("initiatives");
        assert!(initiatives.contains("<article class=\"card\"><h4 class=\"card__title\">"));
        assert!(
            initiatives.contains("<ul class=\"plain-list\"><li><a href=\"?country=KAZ&amp;item=")
        );
        let notes = section_of(&html, "sec-notes").expect("notes");
        assert!(notes.contains("<div class=\"note\"><p>"));
        // The recognition note is at the top of Northern Cyprus's panel, not among the notes.
        let cyn = panel("CYN", None, 2026, Lang::En);
        let notes = section_of(&cyn, "sec-notes").expect("Northern Cyprus's other notes");
        assert!(!notes.contains(EN.recognition));
    }

    fn code_name(code: CountryCode) -> String {
        code.to_string()
    }
}
