//! Embed mode (`?embed=1`): a link to the full map, and the height messages that let the
//! host page size the iframe (see `public/embed.js`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::clipboard::page_address;
use super::header::LanguageSelect;
use super::state::use_app;
use crate::links::{HEIGHT_MESSAGE, full_map_link};

/// "Open the full map" for the same view, shown only in embed mode.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let app = use_app();
    let href = move || full_map_link(&page_address(), &app.map_state.get());
    view! {
        <footer class="embed-bar" data-testid="embed-bar">
            <span class="embed-bar__name">{move || app.text().app_title}</span>
            <LanguageSelect id="embed-language" />
            <a class="embed-bar__link" href=href target="_blank" rel="noopener" data-testid="open-full-map">
                {move || app.text().open_full_map}
            </a>
        </footer>
    }
}

/// Posts the document's height to the parent page whenever it changes.
pub fn report_height_to_parent() {
    let Some(root) = document().document_element() else {
        return;
    };
    let post = || {
        let Some(root) = document().document_element() else {
            return;
        };
        let height = f64::from(root.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window().parent()
            && let Err(error) = parent.post_message(&message, "*")
        {
            leptos::logging::warn!("could not tell the host page our height: {error:?}");
        }
    };
    post();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
        // The observer lives as long as the page; so does its callback.
        callback.forget();
        std::mem::forget(observer);
    }
}
