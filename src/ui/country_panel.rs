//! The side panel of the selected country (a bottom sheet on phones).

use leptos::prelude::*;

use super::state::use_app;
use crate::data::{Country, Status};
use crate::i18n::fill;
use crate::world::CountryCode;

/// The panel; empty when nothing is selected.
#[component]
pub fn CountryPanel() -> impl IntoView {
    let app = use_app();
    // Only codes the map knows open a panel (the names file lists exactly those).
    let selected = Memo::new(move |_| {
        let code = app.map_state.with(|s| s.country)?;
        let known = app
            .english_names
            .with(|n| n.as_ref().map(|n| n.get(code).is_some()));
        (known != Some(false)).then_some(code)
    });
    move || selected.get().map(|code| view! { <PanelFor code /> })
}

/// The panel of one country.
#[component]
fn PanelFor(code: CountryCode) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let name = move || app.name_of(code);
    let country = move || {
        app.dataset
            .with(|d| d.as_ref().and_then(|d| d.country(code).cloned()))
    };
    view! {
        <aside class="panel" data-testid="panel" aria-labelledby="panel-title">
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
            <div class="panel__body">
                {move || match country() {
                    Some(c) => view! { <CountryFacts country=c /> }.into_any(),
                    None => view! {
                        <p class="panel__status">{move || text().status_none}</p>
                        <p>{move || text().no_data_for_country}</p>
                    }
                    .into_any(),
                }}
            </div>
        </aside>
    }
}

/// Status, official name and capital.
#[component]
fn CountryFacts(country: Country) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let status_line = {
        let membership = country.membership.clone();
        move || match &membership {
            Some(m) => {
                let year = m.since.year().to_string();
                let line = match m.status {
                    Status::Member => fill(text().status_member, &[&year]),
                    Status::Observer => fill(text().status_observer, &[&year]),
                };
                if m.founding_member {
                    format!("{line} ({})", text().founding_member)
                } else {
                    line
                }
            }
            None => text().status_none.to_owned(),
        }
    };
    let official = country.official_name.clone();
    let capital = country.capital.as_ref().map(|p| p.name.clone());
    view! {
        <p class="panel__status" data-testid="panel-status">{status_line}</p>
        <dl class="panel__facts">
            {official.map(|o| view! {
                <dt>{move || text().official_name}</dt>
                <dd>{o}</dd>
            })}
            {capital.map(|c| view! {
                <dt>{move || text().capital}</dt>
                <dd>{c}</dd>
            })}
        </dl>
    }
}
