//! Quotes and events as cards: each with a stable anchor (`item-<id>`), "copy link" and
//! "cite". The buttons carry data attributes the app's click listener acts on:
//! `data-copy` (text to copy; feedback goes to the card's `.item__feedback`, and when the
//! clipboard is refused the text appears in a field made for it) and `data-cite` (the id
//! of the citation block to show or hide, filled with [`citation_html`] when first shown).

use crate::citation::item_permalink;
use crate::data::{Event, EventKind, EventStatus, Quote, TextOrigin};
use crate::i18n::{Strings, fill};
use crate::url_state::Lang;
use crate::world::CountryCode;

use super::context::MarkupContext;
use super::hooks::{
    DATA_ITEM, ITEM, ITEM_ACTIONS, ITEM_CITATION, ITEM_CITATION_TEXT, ITEM_FEEDBACK, ItemAction,
    citation_id, item_dom_id,
};
use super::html::{Html, classes};

/// One quote: the words, who said them, when and where, and the source; on a disputed
/// matter, the other side's statements (`counterpoints`) beside it.
pub fn quote_card(
    html: &mut Html,
    cx: &MarkupContext<'_>,
    quote: &Quote,
    country: CountryCode,
    highlighted: bool,
    counterpoints: &[&Quote],
) {
    let text = cx.text;
    let class = classes(
        ITEM.name,
        &[("item--quote", true), ("item--highlight", highlighted)],
    );
    card(html, &class, &quote.id, |html| {
        quote_body(html, cx, quote);
        if let Some(context) = &quote.context {
            html.element("p", &[("class", Some("item__context"))], context);
        }
        cx.uncertainty(html, quote.uncertainty.as_deref());
        cx.sources(html, &quote.sources);
        if !counterpoints.is_empty() {
            let attributes = [
                ("class", Some("item__counterpoints")),
                ("data-testid", Some("counterpoints")),
            ];
            html.el("aside", &attributes, |html| {
                html.element("h5", &[], text.counterpoint_heading);
                for other in counterpoints {
                    html.el("div", &[("class", Some("item__counterpoint"))], |html| {
                        quote_body(html, cx, other);
                        cx.sources(html, &other.sources);
                    });
                }
            });
        }
        let permalink = item_permalink(cx.page, country, &quote.id);
        actions(html, text, &quote.id, &permalink);
    });
}

/// The words, the speaker and the occasion, date and place of a quote.
fn quote_body(html: &mut Html, cx: &MarkupContext<'_>, quote: &Quote) {
    let text = cx.text;
    let attributes = [
        ("class", Some("item__quote")),
        ("lang", Some(quote.language.as_str())),
    ];
    html.el("blockquote", &attributes, |html| {
        html.element("p", &[], &format!("“{}”", quote.text));
    });
    let speaker = match &quote.quoted_by {
        Some(by) => format!(
            "{}, {} ({})",
            quote.speaker,
            quote.role,
            fill(text.quoted_by, &[by])
        ),
        None => format!("{}, {}", quote.speaker, quote.role),
    };
    html.element(
        "p",
        &[("class", Some("item__speaker"))],
        &format!("— {speaker}"),
    )
    .el("p", &[("class", Some("item__meta"))], |html| {
        html.element("span", &[("lang", Some("en"))], &quote.occasion)
            .text(" · ");
        cx.time(html, &quote.date);
        if let Some(place) = &quote.place {
            html.text(" · ")
                .element("span", &[("lang", Some("en"))], &place.name);
        }
        match (&quote.translated_by, quote.text_origin) {
            (Some(by), _) => {
                html.text(" · ")
                    .element("em", &[], &fill(text.translated_by, &[by]));
            }
            (None, TextOrigin::Translation) => {
                html.text(" · ").element("em", &[], text.translation);
            }
            _ => {}
        }
    });
}

/// One event of the timeline; `future` (after the year shown) dims it.
pub fn event_card(
    html: &mut Html,
    cx: &MarkupContext<'_>,
    event: &Event,
    country: CountryCode,
    highlighted: bool,
) {
    let text = cx.text;
    let status = match event.status {
        EventStatus::Held => None,
        EventStatus::Planned => Some(text.status_planned),
        EventStatus::Possible => Some(text.status_possible),
    };
    let class = classes(
        ITEM.name,
        &[
            ("item--event", true),
            ("item--highlight", highlighted),
            ("item--unconfirmed", status.is_some()),
            ("item--future", event.date.year() > cx.year),
        ],
    );
    card(html, &class, &event.id, |html| {
        html.el("p", &[("class", Some("item__date"))], |html| {
            cx.time(html, &event.date);
            html.text(" · ").element(
                "span",
                &[("class", Some("item__kind"))],
                event_kind_label(event.kind, text),
            );
            if let Some(status) = status {
                html.text(" · ")
                    .element("strong", &[("class", Some("item__status"))], status);
            }
        })
        .element(
            "h4",
            &[("class", Some("item__title")), ("lang", Some("en"))],
            &event.title,
        )
        .element(
            "p",
            &[("class", Some("item__place")), ("lang", Some("en"))],
            &event.place.name,
        )
        .element(
            "p",
            &[("class", Some("item__summary")), ("lang", Some("en"))],
            &event.summary,
        );
        english_only(html, cx);
        cx.uncertainty(html, event.uncertainty.as_deref());
        cx.sources(html, &event.sources);
        let permalink = item_permalink(cx.page, country, &event.id);
        actions(html, text, &event.id, &permalink);
    });
}

/// Marks data text shown in English because the data has no translation (nothing in
/// English itself).
pub fn english_only(html: &mut Html, cx: &MarkupContext<'_>) {
    if cx.lang != Lang::En {
        html.element(
            "span",
            &[
                ("class", Some("english-only")),
                ("data-testid", Some("english-only")),
            ],
            &format!("({})", cx.text.in_english),
        );
    }
}

/// The kind of an event in the current language.
pub fn event_kind_label(kind: EventKind, text: &'static Strings) -> &'static str {
    match kind {
        EventKind::Founding => text.ev_founding,
        EventKind::Summit => text.ev_summit,
        EventKind::InformalSummit => text.ev_informal_summit,
        EventKind::ExtraordinarySummit => text.ev_extraordinary_summit,
        EventKind::MinisterialMeeting => text.ev_ministerial_meeting,
        EventKind::Meeting => text.ev_meeting,
        EventKind::Reception => text.ev_reception,
        EventKind::Forum => text.ev_forum,
        EventKind::YouthForum => text.ev_youth_forum,
        EventKind::Training => text.ev_training,
        EventKind::Exchange => text.ev_exchange,
        EventKind::Adoption => text.ev_adoption,
        EventKind::Observance => text.ev_observance,
    }
}

/// A card (`<article>`) for the item `id`, around what `content` writes.
fn card(html: &mut Html, class: &str, id: &str, content: impl FnOnce(&mut Html)) {
    html.el(
        "article",
        &[
            ("class", Some(class)),
            ("id", Some(&item_dom_id(id))),
            (DATA_ITEM, Some(id)),
            ("data-testid", Some("item")),
            ("tabindex", Some("-1")),
        ],
        content,
    );
}

/// "Copy link" and "Cite", the feedback line read out to screen readers, and the place of
/// the citation: an empty hidden block that "Cite" fills with [`citation_html`] the first
/// time (a country's panel is parsed on every click, so its size counts: written into
/// every card, the citations were a fifth of Kazakhstan's panel). The field that shows the
/// text when the clipboard is refused is made when needed, too.
fn actions(html: &mut Html, text: &'static Strings, id: &str, permalink: &str) {
    let cite_id = citation_id(id);
    html.el("div", &[("class", Some(ITEM_ACTIONS.name))], |html| {
        html.element(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("item__action")),
                ("data-testid", Some("copy-link")),
                (ItemAction::Copy.key(), Some(permalink)),
            ],
            text.copy_link,
        )
        .element(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("item__action")),
                ("data-testid", Some("cite")),
                ("aria-expanded", Some("false")),
                ("aria-controls", Some(&cite_id)),
                (ItemAction::Cite.key(), Some(&cite_id)),
            ],
            text.cite,
        )
        .element(
            "span",
            &[
                ("class", Some(ITEM_FEEDBACK.name)),
                ("role", Some("status")),
                ("aria-live", Some("polite")),
            ],
            "",
        );
    })
    .element(
        "div",
        &[
            ("class", Some(ITEM_CITATION.name)),
            ("data-testid", Some("citation")),
            ("id", Some(&cite_id)),
            ("hidden", Some("")),
        ],
        "",
    );
}

/// What "Cite" shows in an item's citation block: the citation and "Copy citation".
pub fn citation_html(text: &'static Strings, citation: &str) -> String {
    let mut html = Html::new();
    html.el("p", &[], |html| {
        html.element("strong", &[], &format!("{}: ", text.citation))
            .element(
                "span",
                &[("class", Some(ITEM_CITATION_TEXT.name))],
                citation,
            );
    })
    .element(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("item__action")),
            (ItemAction::CopyCitation.key(), Some("")),
        ],
        text.copy_citation,
    );
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn a_citation_block_holds_the_escaped_line_and_its_copy_button() {
        let html = citation_html(&EN, "“A & B” <x>");
        assert_eq!(
            html,
            "<p><strong>Citation: </strong><span class=\"item__citation-text\">“A &amp; B” &lt;x&gt;</span></p>\
             <button type=\"button\" class=\"item__action\" data-copy-citation=\"\">Copy citation</button>"
        );
    }
}
