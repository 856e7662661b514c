//! The root component: the page's layout, its loading and error states, and the `<html>`
//! attributes that follow the state.

use leptos::prelude::*;

use super::clipboard::page_address;
use super::embed::{EmbedBar, report_height_to_parent};
use super::header::SiteHeader;
use super::layer_controls::LayerControls;
use super::legend::Legend;
use super::load::LoadError;
use super::map::{MapCamera, MapView};
use super::notice_bar::NoticeBar;
use super::panel::Panel;
use super::print::{PRINT_QR_ID, PrintRequest};
use super::quotes_view::QuotesView;
use super::reactive::{effect, effect_until};
use super::state::{AppState, current_year, use_app};
use super::table_view::TableView;
use super::tour::TourHost;
use super::worksheet::WorksheetPage;
use crate::i18n::fill;
use crate::i18n::status::status_label;
use crate::links::view_link;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! { <Atlas /> }
}

/// The page: header, notices, map and panel, and the `<html>` attributes that follow the
/// state (language, theme, embed).
#[component]
fn Atlas() -> impl IntoView {
    let app = AppState::provide(current_year());
    // Above the header, whose search frames the country it finds.
    MapCamera::provide(app, app.world);
    PrintRequest::follow_printing();

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
    // Memos, so that the map is rebuilt only when the table or quotes view is switched.
    let table_memo = Memo::new(move |_| app.map_state.with(|s| s.table));
    let quotes_memo = Memo::new(move |_| app.map_state.with(|s| s.quotes.is_some()));
    let table = move || table_memo.get() || quotes_memo.get();
    // A page for paper (`print=worksheet`) instead of the atlas, which stays mounted
    // (hidden) so that leaving the sheet does not build the map again.
    let worksheet = Memo::new(move |_| app.map_state.with(|s| s.print.is_some()));

    view! {
        <div class="atlas" class:atlas--embed=embed data-testid="atlas" hidden=worksheet>
            <Show when=move || !embed()>
                <SiteHeader />
            </Show>
            <NoticeBar />
            <main class="atlas__body">
                <Announcer />
                <p class="visually-hidden" id="map-keyboard-help">{move || text().keyboard_help}</p>
                <div class="atlas__map" class:atlas__map--table=table>
                    {move || match (app.first_world(), table()) {
                        (_, true) if quotes_memo.get() => view! { <QuotesView /> }.into_any(),
                        (_, true) => view! { <TableView /> }.into_any(),
                        (None, false) => view! { <MapLoading /> }.into_any(),
                        (Some(Err(error)), false) => view! { <LoadFailed error /> }.into_any(),
                        (Some(Ok(w)), false) => view! { <MapView world=w /> }.into_any(),
                    }}
                    <TourHost />
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
            // On paper, the address of the view printed and its QR code (hidden on screen).
            <p class="print-link" data-testid="print-link">
                {move || view_link(&page_address(), &app.map_state.get())}
            </p>
            <span class="print-qr" id=PRINT_QR_ID data-testid="print-qr"></span>
            <Show when=embed>
                <EmbedBar />
            </Show>
        </div>
        <Show when=move || worksheet.get()>
            <WorksheetPage />
        </Show>
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

/// Screen readers hear what was selected.
#[component]
fn Announcer() -> impl IntoView {
    let app = use_app();
    let announcement = move || {
        app.track_names();
        let code = app.map_state.with(|s| s.country)?;
        let text = app.text();
        let label = status_label(text, app.name_of(code), app.ots_status(code));
        Some(fill(text.selected_announcement, &[&label]))
    };
    view! { <p class="visually-hidden" aria-live="polite" data-testid="announcer">{announcement}</p> }
}

/// What the map area shows when the geometry could not be loaded.
#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let app = use_app();
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-map-error", "load");
    }
    view! {
        <div class="map-status map-status--error" role="alert" data-testid="load-error">
            <h2>{move || app.text().load_failed}</h2>
            <p>{error.to_string()}</p>
            <button type="button" class="button" on:click=move |_| app.retry_world()>
                {move || app.text().retry}
            </button>
        </div>
    }
}
