//! The legend: what the colours and patterns on the map mean.

use leptos::prelude::*;

use super::state::use_app;

/// The legend box, drawn with the same classes as the map so it always matches.
#[component]
pub fn Legend() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    view! {
        <section class="legend" data-testid="legend" aria-labelledby="legend-title">
            <h2 class="legend__title" id="legend-title">{move || text().legend}</h2>
            <ul class="legend__items">
                <li>
                    <Swatch class="country country--member" />
                    <span>{move || text().members}</span>
                </li>
                <li>
                    <Swatch class="country country--observer" />
                    <span>{move || text().observers}</span>
                </li>
                <li>
                    <Swatch class="country" />
                    <span>{move || text().other_countries}</span>
                </li>
            </ul>
        </section>
    }
}

/// A small square filled like a country of the given class.
#[component]
fn Swatch(class: &'static str) -> impl IntoView {
    view! {
        <svg class="legend__swatch" viewBox="0 0 20 14" width="20" height="14" aria-hidden="true">
            <rect class=class x="0.5" y="0.5" width="19" height="13" />
        </svg>
    }
}
