//! What a view without the map (tables, quotes) shows until its data is in: "Loading…",
//! or, when a data file could not be downloaded or read, that sentence and Try again.

use leptos::prelude::*;

use super::chunks::use_chunks;
use super::delegate::clicked;
use super::state::{AppState, use_app};
use crate::markup::hooks::{DATA_ACTION, PanelAction};
use crate::markup::notice::data_failed_html;

/// Acts on a click on the "could not be read" state's Try again
/// (`markup::notice::{data_failed_html, code_failed_html}`) inside a panel or view.
pub fn retry_on_click(app: AppState, ev: &web_sys::MouseEvent) {
    match clicked(ev, DATA_ACTION).and_then(|(_, a)| PanelAction::from_key(&a)) {
        Some(PanelAction::RetryData) => app.retry_data(),
        Some(PanelAction::RetryCode) => use_chunks().retry_failed(),
        Some(PanelAction::ShowTours) => {
            app.request_details();
            use_chunks().show_tours();
        }
        None => {}
    }
}

/// The loading line, or the final "could not be read" state with Try again.
#[component]
pub fn DataStatus() -> impl IntoView {
    let app = use_app();
    move || {
        if app.data_failed.get() {
            let html = data_failed_html(app.text());
            view! {
                <div
                    on:click=move |ev| retry_on_click(app, &ev)
                    inner_html=html
                ></div>
            }
            .into_any()
        } else {
            view! { <p role="status">{app.text().loading_details}</p> }.into_any()
        }
    }
}
