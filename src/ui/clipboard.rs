//! Copying text for the visitor, with a fallback when the clipboard is refused.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; returns false when the browser refused (no permission, old browser).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The address of the app without its query: where permalinks point.
pub fn page_address() -> String {
    let location = leptos::prelude::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    format!("{origin}{path}")
}
