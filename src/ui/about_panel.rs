//! "About the OTS": shown when no country is selected. What the organisation is, its
//! members and observers with their years, secretariat, Secretary-General, chair and
//! summits. On phones it starts folded so the map stays in view.

use leptos::prelude::*;

use super::data_status::retry_on_click;
use super::delegate::clicked;
use super::phone::is_phone;
use super::sheet::{SheetHandle, SheetHeight};
use super::state::use_app;
use crate::geo::path::format_decimal;
use crate::markup::about::about_html;
use crate::markup::hooks::DATA_SELECT;
use crate::markup::html::Html;
use crate::markup::notice::data_failed_html;
use crate::world::CountryCode;

/// The About panel (`hidden` while another panel shows).
#[component]
pub fn AboutPanel(hidden: Memo<bool>) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let on_phone = is_phone();
    let expanded = RwSignal::new(!on_phone && !app.map_state.with_untracked(|s| s.embed));
    let SheetHeight(sheet) = expect_context::<SheetHeight>();
    // A memo: the body is set again only when its markup changes. The full files that
    // replace `first-view.json` give the same markup (`markup::about`'s tests), so the
    // swap does not rewrite the panel (no flicker; a focused button keeps its focus).
    let body = Memo::new(move |_| {
        app.track_names();
        match app.dataset.get() {
            Some(data) => app.with_markup_context(|cx| about_html(&data, cx)),
            None if app.data_failed.get() => data_failed_html(text()),
            None => {
                let mut html = Html::new();
                html.element("p", &[], text().loading);
                html.finish()
            }
        }
    });
    view! {
        <aside
            class="panel panel--about"
            class:panel--collapsed=move || !expanded.get()
            class:panel--sized=move || sheet.get().is_some() && expanded.get()
            style:height=move || sheet.get().filter(|_| expanded.get()).map(|h| format!("{}px", format_decimal(h, 1)))
            data-testid="about-panel"
            aria-labelledby="about-title"
            hidden=hidden
        >
            <SheetHandle />
            <header class="panel__header">
                <h2 class="panel__title" id="about-title">{move || text().about_title}</h2>
                <button
                    type="button"
                    class="panel__toggle"
                    data-testid="about-toggle"
                    aria-expanded=move || if expanded.get() { "true" } else { "false" }
                    aria-controls="about-body"
                    aria-label=move || text().about_expand
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "▾" } else { "▴" }}
                </button>
            </header>
            <div
                class="panel__body"
                id="about-body"
                on:click=move |ev| {
                    if let Some((_, code)) = clicked(&ev, DATA_SELECT)
                        && let Ok(code) = CountryCode::parse(&code)
                    {
                        app.select(Some(code));
                    }
                    retry_on_click(app, &ev);
                }
            >
                {move || {
                    let year = app.year.get();
                    (year != app.current_year).then(|| {
                        let line = text().organisation_in(year);
                        view! { <p class="panel__year" data-testid="about-year">{line}</p> }
                    })
                }}
                <div inner_html=move || body.get()></div>
            </div>
        </aside>
    }
}
