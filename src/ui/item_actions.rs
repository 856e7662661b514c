//! What the buttons of the quote and event cards do (`markup::item` writes them):
//! "copy link" copies its `data-copy` text and "copy citation" (`data-copy-citation`) the
//! citation above it; each says so in the card's feedback line, or shows the text
//! selected in a field when the clipboard is refused. "cite" shows or hides the citation
//! named by its `data-cite`, writing it the first time from `citation_of` (the card's
//! `data-item` names the item).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::clipboard::copy_text;
use super::delegate::clicked;
use crate::i18n::Strings;
use crate::markup::hooks::{
    DATA_ITEM, ITEM, ITEM_ACTIONS, ITEM_CITATION, ITEM_CITATION_TEXT, ITEM_FALLBACK, ITEM_FEEDBACK,
    ItemAction,
};
use crate::markup::item::citation_html;

/// Handles a click inside a panel body that holds item cards; `citation_of` gives the
/// citation line of an item by its id.
pub fn on_item_click(
    ev: &web_sys::Event,
    text: &'static Strings,
    citation_of: &dyn Fn(&str) -> Option<String>,
) {
    // "Copy citation" copies the citation shown above it (the text is in the card once).
    let copied = clicked(ev, ItemAction::Copy.key()).or_else(|| {
        let (button, _) = clicked(ev, ItemAction::CopyCitation.key())?;
        let citation = button.closest(ITEM_CITATION.selector).ok()??;
        let text = citation
            .query_selector(ITEM_CITATION_TEXT.selector)
            .ok()??;
        Some((button, text.text_content().unwrap_or_default()))
    });
    if let Some((button, value)) = copied {
        let card = button.closest(ITEM.selector).ok().flatten();
        spawn_local(async move {
            let ok = copy_text(&value).await;
            if let Some(card) = card {
                show_copy_result(&card, ok, &value, text);
            }
        });
    } else if let Some((button, id)) = clicked(ev, ItemAction::Cite.key())
        && let Some(citation) = document().get_element_by_id(&id)
    {
        let show = citation.has_attribute("hidden");
        if show && citation.child_element_count() == 0 {
            let line = button
                .closest(ITEM.selector)
                .ok()
                .flatten()
                .and_then(|card| card.get_attribute(DATA_ITEM))
                .and_then(|id| citation_of(&id));
            let Some(line) = line else {
                return;
            };
            citation.set_inner_html(&citation_html(text, &line));
        }
        let _ = if show {
            citation.remove_attribute("hidden")
        } else {
            citation.set_attribute("hidden", "")
        };
        let _ = button.set_attribute("aria-expanded", if show { "true" } else { "false" });
    }
}

fn show_copy_result(card: &web_sys::Element, ok: bool, value: &str, text: &'static Strings) {
    if let Ok(Some(feedback)) = card.query_selector(ITEM_FEEDBACK.selector) {
        feedback.set_text_content(Some(if ok {
            text.link_copied
        } else {
            text.copy_failed
        }));
    }
    if !ok && let Some(field) = fallback_field(card, text) {
        field.set_value(value);
        let _ = field.focus();
        field.select();
    }
}

/// The card's field for text the clipboard refused, made the first time it is needed
/// (after the card's buttons).
fn fallback_field(
    card: &web_sys::Element,
    text: &'static Strings,
) -> Option<web_sys::HtmlInputElement> {
    if let Ok(Some(field)) = card.query_selector(ITEM_FALLBACK.selector) {
        return field.dyn_into().ok();
    }
    let field = document()
        .create_element("input")
        .ok()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    field.set_class_name(ITEM_FALLBACK.name);
    field.set_read_only(true);
    let _ = field.set_attribute("aria-label", text.copy_link);
    let actions = card.query_selector(ITEM_ACTIONS.selector).ok()??;
    actions.after_with_node_1(&field).ok()?;
    Some(field)
}
