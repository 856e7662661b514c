//! Whether the page is shown at phone width, where panels become bottom sheets and the
//! map's boxes start folded.

use leptos::prelude::window;

/// Widths up to this are phones (the same breakpoint as `style/main.css`).
const PHONE_QUERY: &str = "(max-width: 700px)";

/// True when the window is phone-sized now (read once, when a component is built).
pub fn is_phone() -> bool {
    window()
        .match_media(PHONE_QUERY)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
