//! The bottom sheet on phones: the panel's height once dragged, and its drag handle.

use leptos::prelude::*;

use super::state::use_app;

/// The panel's height on phones when the visitor has dragged it (`None`: the default).
#[derive(Clone, Copy)]
pub struct SheetHeight(pub RwSignal<Option<f64>>);

/// Smallest and largest bottom-sheet heights, in CSS pixels and as a share of the window.
const SHEET_MIN_PX: f64 = 90.0;
const SHEET_MAX_SHARE: f64 = 0.88;
/// Pixels one arrow key press resizes the sheet.
const SHEET_KEY_STEP_PX: f64 = 60.0;

/// The drag handle of the bottom sheet (phones only; hidden by CSS elsewhere). Dragging or
/// the arrow keys resize the panel.
#[component]
pub fn SheetHandle() -> impl IntoView {
    let app = use_app();
    let SheetHeight(height) = expect_context::<SheetHeight>();
    let dragging = RwSignal::new(false);
    let window_height = || {
        window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0)
    };
    let clamp = move |h: f64| h.clamp(SHEET_MIN_PX, window_height() * SHEET_MAX_SHARE);
    let current = move || height.get_untracked().unwrap_or(window_height() * 0.5);
    view! {
        <button
            type="button"
            class="sheet-handle"
            data-testid="sheet-handle"
            aria-label=move || app.text().sheet_handle
            on:pointerdown=move |ev: web_sys::PointerEvent| {
                dragging.set(true);
                if let Some(target) = ev.current_target()
                    && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target)
                {
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
            }
            on:pointermove=move |ev: web_sys::PointerEvent| {
                if dragging.get_untracked() {
                    height.set(Some(clamp(window_height() - f64::from(ev.client_y()))));
                }
            }
            on:pointerup=move |_| dragging.set(false)
            on:pointercancel=move |_| dragging.set(false)
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                let step = match ev.key().as_str() {
                    "ArrowUp" => SHEET_KEY_STEP_PX,
                    "ArrowDown" => -SHEET_KEY_STEP_PX,
                    _ => return,
                };
                ev.prevent_default();
                height.set(Some(clamp(current() + step)));
            }
        ></button>
    }
}
