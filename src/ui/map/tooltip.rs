//! The floating name next to the pointer, and the hint that says how to move an embedded
//! map.

use std::time::Duration;

use leptos::prelude::*;

use crate::geo::ScreenPoint;
use crate::geo::path::format_decimal;
use crate::ui::state::use_app;
use crate::world::CountryCode;

/// How long a gesture hint stays on screen.
const HINT_DURATION: Duration = Duration::from_millis(1800);

/// What the floating tooltip shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Tip {
    /// A country's name.
    Country(CountryCode),
    /// A prepared text (a marker's or a flow's label).
    Text(String),
}

/// The tooltip's content and where it shows, in the map's pixels (`None`: hidden).
pub type Tooltip = RwSignal<Option<(Tip, ScreenPoint)>>;

/// A hint over the map and its serial number (a newer hint restarts the clock).
pub type Hint = RwSignal<Option<(String, u32)>>;

/// The floating name next to the pointer (or next to the focused marker or flow).
#[component]
pub fn MapTooltip(tooltip: Tooltip) -> impl IntoView {
    let app = use_app();
    // One element, shown and hidden (on a layer of its own): adding and removing it
    // changed the page's layers, which cost a long frame when a drag began over a busy map.
    let shown = move || tooltip.with(Option::is_some);
    let text = move || {
        tooltip.with(|tip| match tip {
            Some((Tip::Country(code), _)) => {
                app.track_names();
                app.name_of(*code)
            }
            Some((Tip::Text(text), _)) => text.clone(),
            None => String::new(),
        })
    };
    let at = move |offset: fn(ScreenPoint) -> f64| {
        tooltip.with(|tip| {
            tip.as_ref()
                .map(|(_, at)| format!("{}px", format_decimal(offset(*at) + 14.0, 1)))
        })
    };
    view! {
        <div
            class="map-tooltip"
            class:map-tooltip--on=shown
            data-testid=move || shown().then_some("tooltip")
            aria-hidden="true"
            style:left=move || at(|p| p.x)
            style:top=move || at(|p| p.y)
        >
            {text}
        </div>
    }
}

/// The gesture hint, while one shows.
#[component]
pub fn GestureHint(hint: Hint) -> impl IntoView {
    move || {
        hint.get().map(|(text, _)| {
            view! { <div class="map-hint" role="status" data-testid="gesture-hint">{text}</div> }
        })
    }
}

/// Shows a hint over the map for a moment (a newer hint restarts the clock).
pub fn show_hint(hint: Hint, text: String) {
    let serial = hint.with_untracked(|h| h.as_ref().map_or(0, |(_, n)| n + 1));
    hint.set(Some((text, serial)));
    set_timeout(
        move || {
            if hint.with_untracked(|h| h.as_ref().map(|(_, n)| *n)) == Some(serial) {
                hint.set(None);
            }
        },
        HINT_DURATION,
    );
}
