//! A panic must never leave a silent dead page: log it, then show a visible message.

use wasm_bindgen::JsCast;

use crate::markup::hooks::DATA_RELOAD;

/// Logs every panic to the console and shows a message with a reload button.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        leptos::logging::error!("panic: {detail}");
        show_fatal_message(&detail);
    }));
}

/// Puts a fixed, visible error box on the page, built with plain DOM calls because the
/// reactive system may be the thing that failed.
fn show_fatal_message(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-map-error", "panic");
    }
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("fatal");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "fatal");
    if let Ok(heading) = document.create_element("h2") {
        heading.set_text_content(Some("The map stopped because of an internal error."));
        let _ = panel.append_child(&heading);
    }
    if let Ok(text) = document.create_element("p") {
        text.set_text_content(Some(
            "Please reload the page. If it happens again, tell us what you did and include this detail:",
        ));
        let _ = panel.append_child(&text);
    }
    if let Ok(code) = document.create_element("code") {
        code.set_text_content(Some(detail));
        let _ = panel.append_child(&code);
    }
    if let Ok(button) = document.create_element("a") {
        button.set_text_content(Some("Reload"));
        let _ = button.set_attribute("href", "");
        // A real reload: the in-page link listener leaves `data-reload` links alone.
        let _ = button.set_attribute(DATA_RELOAD, "");
        let _ = button.set_attribute("data-testid", "fatal-reload");
        button.set_class_name("button");
        let _ = panel.append_child(&button);
    }
    if let Some(el) = panel.dyn_ref::<web_sys::HtmlElement>() {
        let _ = body.append_child(el);
    }
}
