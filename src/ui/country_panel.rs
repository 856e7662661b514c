//! A country's panel: status, capital, its part in the OTS, quotes, a dated timeline,
//! diaspora institutions and initiatives, its people abroad, notes and sources.

use leptos::prelude::*;

use super::chunks::{split_point, use_chunks};
use super::clipboard::page_address;
use super::data_status::retry_on_click;
use super::item_actions::on_item_click;
use super::reactive::effect;
use super::sheet::{SheetHandle, SheetHeight};
use super::state::{AppState, use_app};
use crate::citation::item_citation;
use crate::data::Dataset;
use crate::geo::path::format_decimal;
use crate::markup::context::MarkupContext;
use crate::markup::country::{country_facts_html, country_html, country_status_html};
use crate::markup::hooks::item_dom_id;
use crate::markup::html::Html;
use crate::markup::notice::{code_failed_html, data_failed_html};
use crate::world::CountryCode;

/// The country panel's chunk: the body's full markup (`markup::country`) and what its
/// buttons do (copy, cite). The heading, the facts and the status lines stay in the main
/// module, so a click paints the heading in the next frame.
#[derive(Clone, Copy)]
pub struct CountryBody {
    html: fn(&Dataset, CountryCode, Option<&str>, &MarkupContext<'_>) -> String,
    click: fn(AppState, CountryCode, &web_sys::MouseEvent),
}

split_point!(
    country_panel,
    fn country_body() -> CountryBody {
        CountryBody {
            html: country_html,
            click: |app, code, ev| {
                let citation = |id: &str| {
                    app.dataset.with_untracked(|data| {
                        item_citation(data.as_ref()?, &page_address(), code, id)
                    })
                };
                on_item_click(ev, app.text(), &citation);
            },
        }
    }
);

/// The panel of one country.
#[component]
pub fn CountryPanel(code: CountryCode) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let name = move || {
        app.track_names();
        app.name_of(code)
    };
    let SheetHeight(sheet) = expect_context::<SheetHeight>();
    let chunk = use_chunks().country;
    chunk.request();

    // The name and status paint at once; the long lists follow a frame later, so the
    // panel answers a click within a frame even for countries with much data. Two
    // animation frames: a callback asked for now runs before the coming paint, and
    // would put the lists into the same frame as the name.
    let complete = RwSignal::new(false);
    request_animation_frame(move || {
        request_animation_frame(move || {
            complete.try_set(true);
        });
    });

    // The lists name other countries (where people live abroad): they wait for the names
    // of the language (settled also when those fail, to English and then codes), so that
    // codes do not flash before the names and the markup is not written twice.
    let names_settled = move || app.names.with(Option::is_some);

    // Bring a linked item into view once it is on the page.
    effect(move || {
        let item = app.map_state.with(|s| s.item.clone());
        let loaded =
            app.details_ready.get() && complete.get() && chunk.ready().is_some() && names_settled();
        app.lang.track();
        if let (Some(item), true) = (item, loaded) {
            request_animation_frame(move || scroll_to_item(&item));
        }
    });

    // The panel's markup as a memo: when a change (the English names arriving behind the
    // language's own, the data) gives the same markup again, the DOM is left alone, and
    // the focus with it: writing it again sent the focus from a linked item to the page.
    let body_html = Memo::new(move |_| {
        app.track_names();
        // Events after the year shown are dimmed.
        app.year.track();
        let item = app.map_state.with(|s| s.item.clone());
        let ready = app.details_ready.get();
        let body = chunk.ready();
        let code_failed = body.is_none() && chunk.failed();
        app.with_markup_context(|cx| match (app.dataset.get(), body) {
            (Some(data), Some(body)) if complete.get() && ready && names_settled() => {
                (body.html)(&data, code, item.as_deref(), cx)
            }
            // The frame after the click paints the status line alone, with the name.
            (Some(data), _) if !complete.get() => data
                .country(code)
                .map(|c| country_status_html(c, cx))
                .unwrap_or_default(),
            // Until the quotes and diaspora files (and the panel's chunk) are in, the
            // facts, and a line that says the rest is on its way. (Not from
            // `first-view.json`: its countries lack the notes and sources.)
            (Some(data), _) if app.full_data.get() => {
                let mut html = data
                    .country(code)
                    .map(|c| country_facts_html(c, cx))
                    .unwrap_or_default();
                if !ready && app.data_failed.get() {
                    html.push_str(&data_failed_html(cx.text));
                } else if code_failed {
                    html.push_str(&code_failed_html(cx.text));
                } else {
                    html.push_str(&status_line(cx.text.loading_details, Some("panel-loading")));
                }
                html
            }
            _ if app.data_failed.get() => data_failed_html(cx.text),
            // From `first-view.json`: the full files are on their way.
            (Some(_), _) => status_line(cx.text.loading_details, Some("panel-loading")),
            (None, _) => status_line(cx.text.loading, None),
        })
    });

    view! {
        <aside
            class="panel"
            class:panel--sized=move || sheet.get().is_some()
            style:height=move || sheet.get().map(|h| format!("{}px", format_decimal(h, 1)))
            data-testid="panel"
            aria-labelledby="panel-title"
            data-country=code.as_str().to_owned()
        >
            <SheetHandle />
            <header class="panel__header">
                <h2 class="panel__title" id="panel-title">{name}</h2>
                <button
                    type="button"
                    class="panel__close"
                    data-testid="panel-close"
                    aria-label=move || text().close_panel
                    title=move || text().close_panel
                    on:click=move |_| app.select(None)
                >
                    "×"
                </button>
            </header>
            <div
                class="panel__body"
                on:click=move |ev| {
                    if let Some(body) = chunk.ready_untracked() {
                        (body.click)(app, code, &ev);
                    }
                    retry_on_click(app, &ev);
                }
                inner_html=move || body_html.get()
            ></div>
        </aside>
    }
}

/// `<p class="panel__status" role="status">text</p>`.
fn status_line(text: &str, testid: Option<&str>) -> String {
    let mut html = Html::new();
    html.element(
        "p",
        &[
            ("class", Some("panel__status")),
            ("role", Some("status")),
            ("data-testid", testid),
        ],
        text,
    );
    html.finish()
}

/// Scrolls the panel to an item's card, and moves the focus there unless the reader holds
/// it elsewhere: the details can arrive while they type in the search box or step through a
/// tour with its buttons and keys, and taking the focus then would send their keys to the card.
fn scroll_to_item(item: &str) {
    let Some(element) = document().get_element_by_id(&item_dom_id(item)) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if !focus_is_free_for(&element) {
        return;
    }
    if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
        let _ = html.focus();
    }
}

/// Whether the focus may move to `element`: nothing holds it (the page itself), or it is in
/// the same panel (a link from one of its items to another).
fn focus_is_free_for(element: &web_sys::Element) -> bool {
    let doc = document();
    let Some(active) = doc.active_element() else {
        return true;
    };
    let on_page = doc
        .body()
        .is_some_and(|body| body.is_same_node(Some(&active)))
        || doc
            .document_element()
            .is_some_and(|root| root.is_same_node(Some(&active)));
    on_page
        || element
            .closest(".panel")
            .ok()
            .flatten()
            .is_some_and(|panel| panel.contains(Some(&active)))
}
