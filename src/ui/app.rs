//! The root component: page shell, loading and error states.

use std::sync::Arc;

use leptos::prelude::*;

use super::clipboard::page_address;
use super::embed::{EmbedBar, report_height_to_parent};
use super::header::SiteHeader;
use super::layer_controls::LayerControls;
use super::legend::Legend;
use super::load::{
    LoadError, LoadedWorld, build_dataset, load_data_texts, load_detail_texts, load_names,
    load_text, load_world,
};
use super::loader::loaded;
use super::map::MapView;
use super::map::focus_country;
use super::notice_bar::NoticeBar;
use super::panel::Panel;
use super::quotes_view::QuotesView;
use super::reactive::{effect, effect_until};
use super::state::{AppState, History, Notice, current_year, use_app};
use super::table_view::TableView;
use crate::i18n::status::status_label;
use crate::i18n::{EN, fill};
use crate::share_links::view_link;
use crate::url_state::{Lang, MapState, UrlNotice};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! { <Atlas /> }
}

/// The page: header, notices, map and panel.
#[component]
fn Atlas() -> impl IntoView {
    let year = current_year();
    let app = AppState::provide(year);
    let initial_notices = initial_url_notices(year);

    let retry = RwSignal::new(0u32);
    let world = loaded(move || {
        retry.track();
        load_world()
    });
    let texts = loaded(move || {
        retry.track();
        app.data_retry.track();
        load_data_texts()
    });
    // Quotes and diaspora records come once a view needs them (not the default view).
    let details = loaded(move || {
        retry.track();
        app.data_retry.track();
        let wanted = app.details_wanted.get();
        async move {
            if wanted {
                Some(load_detail_texts().await)
            } else {
                None
            }
        }
    });
    // "Try again" on a data notice downloads these again too.
    let names = loaded(move || {
        app.data_retry.track();
        load_names(app.lang.get())
    });
    // Interface text for languages other than English arrives on demand.
    let interface_text = loaded(move || {
        app.data_retry.track();
        let lang = app.lang.get();
        async move {
            if lang == Lang::En {
                None
            } else {
                Some((lang, load_text(lang).await))
            }
        }
    });
    effect(move || match interface_text.get() {
        Some(Some((lang, Ok(text)))) => app.loaded_text.set(Some((lang, text))),
        // Settled in English: the map becomes ready, and the notice offers Try again.
        Some(Some((lang, Err(error)))) => {
            app.loaded_text.set(Some((lang, &EN)));
            app.notify_load(&error);
        }
        _ => {}
    });
    // English names back up the others; in English they are the same file, loaded once.
    let english = loaded(move || {
        let needed = app.lang.get() != Lang::En;
        async move {
            if needed {
                Some(load_names(Lang::En).await)
            } else {
                None
            }
        }
    });

    // Names and data are published into the shared state as they arrive.
    effect(move || match names.get() {
        Some(Ok(n)) => {
            if app.lang.get_untracked() == Lang::En {
                app.english_names.set(Some(n.clone()));
            }
            app.names.set(Some(n));
        }
        // Settled without them: names fall back to English, then to codes
        // (`AppState::name_of`), and the notice offers Try again.
        Some(Err(error)) => {
            app.names.set(Some(Arc::default()));
            app.notify_load(&error);
        }
        None => {}
    });
    effect(move || {
        if let Some(Some(Ok(n))) = english.get() {
            app.english_names.set(Some(n));
        }
    });
    effect(move || {
        let (Some(Ok(w)), Some(texts)) = (world.get(), texts.get()) else {
            return;
        };
        let texts = match texts {
            Ok(texts) => texts,
            Err(error) => {
                app.data_failed.set(true);
                app.notify_load(&error);
                return;
            }
        };
        let details = match details.get() {
            Some(Some(Ok(details))) => Some(details),
            Some(Some(Err(error))) => {
                app.data_failed.set(true);
                app.notify_load(&error);
                None
            }
            _ => None,
        };
        let complete = details.is_some();
        // Every valid record is kept; the others are reported in one notice.
        let (dataset, errors) = build_dataset(&texts, details.as_deref(), &w);
        if !errors.is_empty() {
            for error in &errors {
                leptos::logging::error!("{error}");
            }
            app.notify(Notice::Data(data_problems(&errors)));
        }
        match dataset {
            Some(dataset) => {
                app.dataset.set(Some(dataset));
                app.details_ready.set(complete);
            }
            None => app.data_failed.set(true),
        }
    });

    // Once the map is known, drop what the URL asked for that does not exist, tell the
    // visitor why, and rewrite the URL in its normal form.
    effect_until(move || {
        let Some(Ok(w)) = world.get() else {
            return false;
        };
        normalise_url(&app, &w, &initial_notices);
        true
    });

    // A linked item that the data does not hold is dropped with a notice.
    effect(move || {
        let Some(data) = app.dataset.get().filter(|_| app.details_ready.get()) else {
            return;
        };
        let Some(item) = app.map_state.with_untracked(|s| s.item.clone()) else {
            return;
        };
        if data.item(&item).is_none() {
            app.notify(Notice::Url(UrlNotice::UnknownItem(item)));
            app.update(History::Replace, |s| s.item = None);
        }
    });

    let embed = move || app.map_state.with(|s| s.embed);
    // In an iframe, tell the host page how tall the content is (once, then on change).
    effect_until(move || {
        if !embed() {
            return false;
        }
        report_height_to_parent();
        true
    });
    effect(move || {
        let on = embed();
        if let Some(root) = document().document_element() {
            let _ = if on {
                root.set_attribute("data-embed", "")
            } else {
                root.remove_attribute("data-embed")
            };
        }
    });
    let text = move || app.text();
    effect(move || {
        let lang = app.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    // An explicit theme overrides the system setting; without one, CSS follows the system.
    effect(move || {
        let theme = app.map_state.with(|s| s.theme);
        if let Some(root) = document().document_element() {
            let _ = match theme {
                Some(theme) => root.set_attribute("data-theme", theme.key()),
                None => root.remove_attribute("data-theme"),
            };
        }
    });
    // Escape closes the panel and gives the keyboard focus back to the country.
    let _escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        if let Some(code) = app.map_state.with_untracked(|s| s.country) {
            app.select(None);
            request_animation_frame(move || focus_country(code));
        }
    });
    // Screen readers hear what was selected.
    let announcement = move || {
        app.track_names();
        let code = app.map_state.with(|s| s.country)?;
        let label = status_label(text(), app.name_of(code), app.ots_status(code));
        Some(fill(text().selected_announcement, &[&label]))
    };
    // Memos, so that the map is rebuilt only when the table or quotes view is switched.
    let table_memo = Memo::new(move |_| app.map_state.with(|s| s.table));
    let quotes_memo = Memo::new(move |_| app.map_state.with(|s| s.quotes.is_some()));
    let table = move || table_memo.get() || quotes_memo.get();

    view! {
        <div class="atlas" class:atlas--embed=embed data-testid="atlas">
            <Show when=move || !embed()>
                <SiteHeader />
            </Show>
            <NoticeBar />
            <main class="atlas__body">
                <p class="visually-hidden" aria-live="polite" data-testid="announcer">{announcement}</p>
                <p class="visually-hidden" id="map-keyboard-help">{move || text().keyboard_help}</p>
                <div class="atlas__map" class:atlas__map--table=table>
                    {move || match (world.get(), table()) {
                        (_, true) if quotes_memo.get() => view! { <QuotesView /> }.into_any(),
                        (_, true) => view! { <TableView /> }.into_any(),
                        (None, false) => view! { <MapLoading /> }.into_any(),
                        (Some(Err(error)), false) => view! { <LoadFailed error retry /> }.into_any(),
                        (Some(Ok(w)), false) => view! { <MapView world=w /> }.into_any(),
                    }}
                    <Show when=move || !table()>
                        <LayerControls />
                        <Legend />
                        <p class="attribution" data-testid="attribution">
                            <span>{move || text().attribution_geometry}</span>
                            " · "
                            <span>{move || text().attribution_names}</span>
                        </p>
                    </Show>
                </div>
                <Panel />
            </main>
            // On paper, the address of the view printed (hidden on screen).
            <p class="print-link" data-testid="print-link">
                {move || view_link(&page_address(), &app.map_state.get())}
            </p>
            <Show when=embed>
                <EmbedBar />
            </Show>
        </div>
    }
}

/// What the map area shows while the geometry downloads.
#[component]
fn MapLoading() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="map-status" role="status" data-testid="map-loading">
            {move || app.text().loading}
        </div>
    }
}

/// What the map area shows when the geometry could not be loaded.
#[component]
fn LoadFailed(error: LoadError, retry: RwSignal<u32>) -> impl IntoView {
    let app = use_app();
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-map-error", "load");
    }
    view! {
        <div class="map-status map-status--error" role="alert" data-testid="load-error">
            <h2>{move || app.text().load_failed}</h2>
            <p>{error.to_string()}</p>
            <button type="button" class="button" on:click=move |_| retry.update(|n| *n += 1)>
                {move || app.text().retry}
            </button>
        </div>
    }
}

/// The notices the first URL of the session deserves (bad parameters).
fn initial_url_notices(year: i32) -> Vec<UrlNotice> {
    let search = window().location().search().unwrap_or_default();
    MapState::from_query(&search, year).1
}

/// Drops a country the map does not have, reports every problem once and rewrites the URL
/// in its normal form without adding a history entry.
fn normalise_url(app: &AppState, world: &Arc<LoadedWorld>, initial: &[UrlNotice]) {
    for notice in initial {
        app.notify(Notice::Url(notice.clone()));
    }
    let mut state = app.map_state.get_untracked();
    if let Some(code) = state.country
        && !world.contains(code)
    {
        app.notify(Notice::Url(UrlNotice::UnknownCountry(code)));
        state = state.with_country(None);
    }
    let current = window().location().search().unwrap_or_default();
    let current = current.strip_prefix('?').unwrap_or(&current);
    if current != state.to_query() {
        app.go(&state, History::Replace);
    }
}

/// One line for the data notice: the first problem and how many more there are.
fn data_problems(errors: &[crate::data::DataError]) -> String {
    let first = errors.first().map(ToString::to_string).unwrap_or_default();
    if errors.len() > 1 {
        format!("{first} (and {} more problems)", errors.len() - 1)
    } else {
        first
    }
}
