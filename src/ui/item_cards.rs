//! Quotes and events as cards, each with a stable anchor, "copy link" and "cite".

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clipboard::{copy_text, page_address};
use super::sources::{EnglishOnly, SourceLinks, Uncertainty};
use super::state::use_app;
use crate::citation::{event_citation, item_permalink, quote_citation};
use crate::data::{Event, EventKind, EventStatus, Quote, TextOrigin};
use crate::i18n::{Strings, fill};
use crate::world::CountryCode;

/// The DOM id of an item's card.
pub fn item_dom_id(id: &str) -> String {
    format!("item-{id}")
}

/// One quote: the words, who said them, when and where, and the source.
#[component]
pub fn QuoteCard(quote: Quote, country: CountryCode, text: &'static Strings) -> impl IntoView {
    let app = use_app();
    let id = quote.id.clone();
    let permalink = item_permalink(&page_address(), country, &quote.id);
    let citation = quote_citation(&quote, &permalink);
    let highlighted = {
        let id = id.clone();
        move || {
            app.map_state
                .with(|s| s.item.as_deref() == Some(id.as_str()))
        }
    };
    let speaker = match &quote.quoted_by {
        Some(by) => format!(
            "{}, {} ({})",
            quote.speaker,
            quote.role,
            fill(text.quoted_by, &[by])
        ),
        None => format!("{}, {}", quote.speaker, quote.role),
    };
    let translated = (quote.text_origin == TextOrigin::Translation).then_some(text.translation);
    view! {
        <article
            class="item item--quote"
            class:item--highlight=highlighted
            id=item_dom_id(&id)
            data-item=id.clone()
            data-testid="item"
            tabindex="-1"
        >
            <blockquote class="item__quote" lang=quote.language.clone()>
                <p>"“" {quote.text.clone()} "”"</p>
            </blockquote>
            <p class="item__speaker">"— " {speaker}</p>
            <p class="item__meta">
                <span lang="en">{quote.occasion.clone()}</span>
                " · "
                <time datetime=quote.date.compact()>{app.date(&quote.date)}</time>
                {translated.map(|t| view! { " · " <em>{t}</em> })}
            </p>
            {quote.context.clone().map(|c| view! { <p class="item__context">{c}</p> })}
            <Uncertainty note=quote.uncertainty.clone() text />
            <SourceLinks sources=quote.sources.clone() text />
            <ItemActions permalink citation text />
        </article>
    }
}

/// One event of the timeline.
#[component]
pub fn EventCard(event: Event, country: CountryCode, text: &'static Strings) -> impl IntoView {
    let app = use_app();
    let id = event.id.clone();
    let permalink = item_permalink(&page_address(), country, &event.id);
    let citation = event_citation(&event, &permalink);
    let highlighted = {
        let id = id.clone();
        move || {
            app.map_state
                .with(|s| s.item.as_deref() == Some(id.as_str()))
        }
    };
    let year = event.date.year();
    let future = move || year > app.year.get();
    let status = match event.status {
        EventStatus::Held => None,
        EventStatus::Planned => Some(text.status_planned),
        EventStatus::Possible => Some(text.status_possible),
    };
    view! {
        <article
            class="item item--event"
            class:item--highlight=highlighted
            class:item--unconfirmed=status.is_some()
            class:item--future=future
            id=item_dom_id(&id)
            data-item=id.clone()
            data-testid="item"
            tabindex="-1"
        >
            <p class="item__date">
                <time datetime=event.date.compact()>{app.date(&event.date)}</time>
                " · "
                <span class="item__kind">{event_kind_label(event.kind, text)}</span>
                {status.map(|s| view! { " · " <strong class="item__status">{s}</strong> })}
            </p>
            <h4 class="item__title" lang="en">{event.title.clone()}</h4>
            <p class="item__place" lang="en">{event.place.name.clone()}</p>
            <p class="item__summary" lang="en">{event.summary.clone()}</p>
            <EnglishOnly text />
            <Uncertainty note=event.uncertainty.clone() text />
            <SourceLinks sources=event.sources.clone() text />
            <ItemActions permalink citation text />
        </article>
    }
}

/// "Copy link" and "Cite" for one item, with feedback read out to screen readers. When the
/// browser refuses the clipboard, the text appears selected in a field for manual copying.
#[component]
fn ItemActions(permalink: String, citation: String, text: &'static Strings) -> impl IntoView {
    let feedback = RwSignal::new(None::<&'static str>);
    let fallback = RwSignal::new(None::<String>);
    let show_citation = RwSignal::new(false);
    let fallback_ref = NodeRef::<leptos::html::Input>::new();
    let copy = move |value: String| {
        spawn_local(async move {
            let ok = copy_text(&value).await;
            feedback.set(Some(if ok {
                text.link_copied
            } else {
                text.copy_failed
            }));
            fallback.set((!ok).then_some(value));
        });
    };
    Effect::new(move |_| {
        if fallback.with(Option::is_some)
            && let Some(input) = fallback_ref.get()
        {
            let _ = input.focus();
            input.select();
        }
    });
    let link_for_copy = permalink.clone();
    view! {
        <div class="item__actions">
            <button
                type="button"
                class="item__action"
                data-testid="copy-link"
                data-permalink=permalink.clone()
                on:click=move |_| copy(link_for_copy.clone())
            >
                {text.copy_link}
            </button>
            <button
                type="button"
                class="item__action"
                data-testid="cite"
                aria-expanded=move || if show_citation.get() { "true" } else { "false" }
                on:click=move |_| show_citation.update(|v| *v = !*v)
            >
                {text.cite}
            </button>
            <span class="item__feedback" role="status" aria-live="polite">
                {move || feedback.get()}
            </span>
        </div>
        {move || {
            fallback
                .get()
                .map(|value| {
                    view! {
                        <input
                            class="item__fallback"
                            node_ref=fallback_ref
                            readonly
                            aria-label=text.copy_link
                            prop:value=value
                        />
                    }
                })
        }}
        <Show when=move || show_citation.get()>
            <div class="item__citation" data-testid="citation">
                <p>
                    <strong>{text.citation} ": "</strong>
                    <span class="item__citation-text">{citation.clone()}</span>
                </p>
                <button
                    type="button"
                    class="item__action"
                    on:click={
                        let citation = citation.clone();
                        move |_| copy(citation.clone())
                    }
                >
                    {text.copy_citation}
                </button>
            </div>
        </Show>
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
