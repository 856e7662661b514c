//! The site header: title, country search, language, theme and the table view switch.
//! Also the language switcher used by embeds.

use leptos::prelude::*;

use super::search_box::SearchBox;
use super::state::{History, use_app};
use crate::url_state::{Lang, Theme};

/// The header of the full page (hidden in embeds).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    view! {
        <header class="site-header">
            <div class="site-header__brand">
                <h1 class="site-header__title">{move || text().app_title}</h1>
                <p class="site-header__tagline">{move || text().app_tagline}</p>
            </div>
            <div class="site-header__tools">
                <SearchBox id="country-search" />
                <LanguageSelect id="language" />
                <ThemeToggle />
                <QuotesToggle />
                <ViewToggle />
            </div>
        </header>
    }
}

/// The language switcher: writes `lang=` into the URL.
#[component]
pub fn LanguageSelect(#[prop(into)] id: String) -> impl IntoView {
    let app = use_app();
    let label_id = format!("{id}-label");
    view! {
        <label class="visually-hidden" id=label_id.clone() for=id.clone()>{move || app.text().language}</label>
        <select
            id=id
            class="lang-select"
            data-testid="language-select"
            aria-labelledby=label_id
            prop:value=move || app.lang.get().tag()
            on:change=move |ev| {
                if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                    app.update(History::Push, |s| s.lang = Some(lang));
                }
            }
        >
            {Lang::ALL
                .into_iter()
                .map(|lang| view! { <option value=lang.tag() lang=lang.tag()>{lang.endonym()}</option> })
                .collect_view()}
        </select>
    }
}

/// Switches between light and dark; without `theme=` the page follows the system.
#[component]
fn ThemeToggle() -> impl IntoView {
    let app = use_app();
    let effective = move || {
        app.map_state.with(|s| s.theme).unwrap_or_else(|| {
            let dark = window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            if dark { Theme::Dark } else { Theme::Light }
        })
    };
    view! {
        <button
            type="button"
            class="header-button"
            data-testid="theme-toggle"
            aria-pressed=move || if effective() == Theme::Dark { "true" } else { "false" }
            on:click=move |_| {
                let next = if effective() == Theme::Dark { Theme::Light } else { Theme::Dark };
                app.update(History::Push, |s| s.theme = Some(next));
            }
        >
            <span class="header-button__icon" aria-hidden="true">"◐"</span>
            <span class="header-button__label">
                {move || if effective() == Theme::Dark { app.text().theme_light } else { app.text().theme_dark }}
            </span>
        </button>
    }
}

/// Opens the quotes view (`view=quotes`), or goes back to the map from it.
#[component]
fn QuotesToggle() -> impl IntoView {
    let app = use_app();
    let on = move || app.map_state.with(|s| s.quotes.is_some());
    view! {
        <button
            type="button"
            class="header-button"
            data-testid="quotes-toggle"
            aria-pressed=move || on().to_string()
            on:click=move |_| app.update(History::Push, |s| {
                s.table = false;
                s.quotes = if s.quotes.is_some() { None } else { Some(Default::default()) };
            })
        >
            <span class="header-button__icon" aria-hidden="true">"❝"</span>
            <span class="header-button__label">{move || app.text().quotes_view}</span>
        </button>
    }
}

/// Switches between the map and the same content as tables (`view=table`).
#[component]
fn ViewToggle() -> impl IntoView {
    let app = use_app();
    let table = move || app.map_state.with(|s| s.table || s.quotes.is_some());
    view! {
        <button
            type="button"
            class="header-button"
            data-testid="view-toggle"
            on:click=move |_| app.update(History::Push, |s| {
                s.table = !(s.table || s.quotes.is_some());
                s.quotes = None;
            })
        >
            <span class="header-button__icon" aria-hidden="true">{move || if table() { "🗺" } else { "▦" }}</span>
            <span class="header-button__label">
                {move || if table() { app.text().map_view } else { app.text().table_view }}
            </span>
        </button>
    }
}
