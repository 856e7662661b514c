//! The legend: what the colours, patterns, symbols and line widths on the map mean, and
//! which year the map shows.

use leptos::prelude::*;

use super::phone::is_phone;
use super::state::use_app;
use crate::markup::legend::legend_html;

/// The legend box, drawn with the same classes as the map so it always matches.
#[component]
pub fn Legend() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let title = move || text().organisation_in(app.year.get());
    let on_phone = is_phone();
    view! {
        <details class="legend" data-testid="legend" open=!on_phone>
            <summary class="legend__title" data-testid="legend-title">{title}</summary>
            <div
                class="legend__body"
                inner_html=move || legend_html(text(), app.lang.get(), app.map_state.with(|s| s.layers))
            ></div>
        </details>
    }
}
