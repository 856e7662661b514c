//! The legend: what the colours, patterns, symbols and line widths on the map mean, and
//! which year the map shows.

use leptos::prelude::*;

use super::phone::is_phone;
use super::state::use_app;
use crate::geo::path::format_decimal;
use crate::i18n::numbers::compact;
use crate::i18n::{Strings, fill};
use crate::overlay::{MarkerShape, PopulationScale};
use crate::url_state::Layer;

/// The year the Turkic Council was renamed the Organization of Turkic States.
const RENAMING_YEAR: i32 = 2021;

/// The legend box, drawn with the same classes as the map so it always matches.
#[component]
pub fn Legend() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let title = move || {
        let year = app.year.get();
        let name = if year < RENAMING_YEAR {
            text().turkic_council_name
        } else {
            text().ots_name
        };
        fill(text().as_of_year, &[name, &year.to_string()])
    };
    let layers = move || app.map_state.with(|s| s.layers);
    let on_phone = is_phone();
    view! {
        <details class="legend" data-testid="legend" open=!on_phone>
            <summary class="legend__title" data-testid="legend-title">{title}</summary>
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
            {move || layers().contains(Layer::Initiatives).then(|| marker_legend(text()))}
            {move || layers().contains(Layer::Diaspora).then(|| flow_legend(text(), app.lang.get()))}
        </details>
    }
}

fn marker_legend(text: &'static Strings) -> impl IntoView {
    let entries = MarkerShape::ALL.map(|shape| {
        let label = match shape {
            MarkerShape::Star => text.kind_summit,
            MarkerShape::Square => text.kind_meeting,
            MarkerShape::Circle => text.kind_reception,
            MarkerShape::Diamond => text.kind_forum,
            MarkerShape::Triangle => text.kind_training,
            MarkerShape::Document => text.kind_document,
        };
        view! {
            <li>
                <svg class="legend__swatch" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
                    <path class=format!("marker__symbol marker--{}", shape.key()) d=shape.path() />
                </svg>
                <span>{label}</span>
            </li>
        }
    });
    view! {
        <p class="legend__subtitle">{text.layer_initiatives}</p>
        <ul class="legend__items" data-testid="legend-markers">{entries.into_iter().collect_view()}</ul>
    }
}

fn flow_legend(text: &'static Strings, lang: crate::url_state::Lang) -> impl IntoView {
    let scale = PopulationScale::default();
    let references = PopulationScale::REFERENCES.map(|people| {
        let width = scale.width(people);
        view! {
            <li>
                <svg class="legend__line" viewBox="0 0 36 20" width="36" height="20" aria-hidden="true">
                    <line class="flow__line" x1="2" y1="10" x2="34" y2="10" stroke-width=format_decimal(width, 1) />
                </svg>
                <span>{compact(people, lang)}</span>
            </li>
        }
    });
    view! {
        <p class="legend__subtitle">{text.people}</p>
        <ul class="legend__items" data-testid="legend-scale">
            {references.into_iter().collect_view()}
            <li>
                <svg class="legend__line" viewBox="0 0 36 20" width="36" height="20" aria-hidden="true">
                    <line class="flow__line" x1="2" y1="10" x2="34" y2="10" stroke-width="3" />
                </svg>
                <span>{text.diaspora_line}</span>
            </li>
            <li>
                <svg class="legend__line flow--native" viewBox="0 0 36 20" width="36" height="20" aria-hidden="true">
                    <line class="flow__line" x1="2" y1="10" x2="34" y2="10" stroke-width="3" />
                </svg>
                <span>{text.native_line}</span>
            </li>
        </ul>
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
