//! The country keyboard: Enter or Space selects, the arrows step to the neighbouring
//! country, Shift with an arrow pans, + and − zoom. One shape at a time is a tab stop
//! (`MapCamera::focus`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::camera::MapCamera;
use crate::gesture::key_pan;
use crate::ui::state::AppState;
use crate::world::{CountryCode, Direction};

/// Pixels one Shift+arrow press pans the map.
const KEY_PAN_PX: f64 = 80.0;
/// Zoom factor of one + or − key press.
const KEY_ZOOM: f64 = 1.5;

/// A key pressed on a country's shape.
pub fn country_key(app: AppState, map: MapCamera, ev: web_sys::KeyboardEvent) {
    let Some(code) = code_of_target(&ev) else {
        return;
    };
    let key = ev.key();
    if matches!(key.as_str(), "Enter" | " ") {
        ev.prevent_default();
        app.select(Some(code));
    } else if let Some(direction) = Direction::from_key(&key) {
        ev.prevent_default();
        if ev.shift_key() {
            let (dx, dy) = key_pan(direction, KEY_PAN_PX);
            map.change(|c, v| c.pan_by(v, dx, dy));
        } else {
            step(map, code, direction);
        }
    } else if matches!(key.as_str(), "+" | "=") {
        ev.prevent_default();
        map.change(|c, v| c.zoom_at(v, KEY_ZOOM, v.center()));
    } else if matches!(key.as_str(), "-" | "_") {
        ev.prevent_default();
        map.change(|c, v| c.zoom_at(v, 1.0 / KEY_ZOOM, v.center()));
    }
}

/// Moves the keyboard focus to the neighbour of `code` in `direction`, bringing it into view.
fn step(map: MapCamera, code: CountryCode, direction: Direction) {
    let Some(world) = map.world.get_untracked() else {
        return;
    };
    let next = world
        .adjacency
        .step(code, direction, &|c| world.path(c).map(|p| p.anchor));
    if let Some(next) = next {
        map.focus.set(next);
        if let Some(anchor) = world.path(next).map(|p| p.anchor) {
            map.keep_in_view(anchor);
        }
        focus_country(next);
    }
}

/// A country's shape took the keyboard focus: it becomes the tab stop, and keyboard
/// focus (only) draws the dashed outline (`focused`).
pub fn country_focus(
    map: MapCamera,
    focused: RwSignal<Option<CountryCode>>,
    ev: web_sys::FocusEvent,
) {
    let code = code_of_target(&ev);
    // The dashed outline is for the keyboard: a press of the mouse or a finger also
    // focuses the shape, and would draw it over the country under every drag.
    let by_keyboard = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.matches(":focus-visible").unwrap_or(true));
    focused.set(code.filter(|_| by_keyboard));
    if let Some(code) = code {
        map.focus.set(code);
    }
}

/// Moves keyboard focus to a country's shape.
pub fn focus_country(code: CountryCode) {
    let selector = format!("path.country[data-code=\"{code}\"]");
    if let Ok(Some(element)) = document().query_selector(&selector)
        && let Ok(svg) = element.dyn_into::<web_sys::SvgElement>()
    {
        let _ = svg.focus();
    }
}

/// The country code of the shape an event happened on.
pub fn code_of_target(ev: &web_sys::Event) -> Option<CountryCode> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let code = target.get_attribute("data-code")?;
    CountryCode::parse(&code).ok()
}
