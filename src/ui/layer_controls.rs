//! Switching overlays on and off, and choosing the membership year (slider and play).

use leptos::prelude::*;

use super::phone::is_phone;
use super::state::{History, use_app};
use crate::url_state::{FIRST_YEAR, Layer};

/// Milliseconds per year while the timeline plays.
const PLAY_STEP_MS: u64 = 800;

/// The layer switches and the year control, in a foldable box over the map.
#[component]
pub fn LayerControls() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let on_phone = is_phone();
    let toggle = move |layer: Layer, on: bool| {
        app.update(History::Push, |s| s.layers = s.layers.with(layer, on));
    };
    let layer_box = move |layer: Layer, testid: &'static str| {
        let checked = move || app.map_state.with(|s| s.layers.contains(layer));
        let label = move || match layer {
            Layer::Initiatives => text().layer_initiatives,
            Layer::Diaspora => text().layer_diaspora,
        };
        view! {
            <label class="layer-controls__layer">
                <input
                    type="checkbox"
                    data-testid=testid
                    prop:checked=checked
                    on:change=move |ev| toggle(layer, event_target_checked(&ev))
                />
                <span>{label}</span>
            </label>
        }
    };

    let set_year = move |year: i32, history: History| {
        let wanted = (year != app.current_year).then_some(year);
        if app.map_state.with_untracked(|s| s.year) != wanted {
            app.update(history, |s| s.year = wanted);
        }
    };
    let playing = RwSignal::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = playing.get_untracked() {
            handle.clear();
            playing.set(None);
        }
    };
    let play = move || {
        if playing.get_untracked().is_some() {
            stop();
            return;
        }
        if app.year.get_untracked() >= app.current_year {
            set_year(FIRST_YEAR, History::Replace);
        }
        let handle = set_interval_with_handle(
            move || {
                let next = app.year.get_untracked() + 1;
                if next > app.current_year {
                    stop();
                } else {
                    set_year(next, History::Replace);
                }
            },
            std::time::Duration::from_millis(PLAY_STEP_MS),
        );
        if let Ok(handle) = handle {
            playing.set(Some(handle));
        }
    };
    on_cleanup(stop);

    view! {
        <details
            class="layer-controls"
            open=!on_phone && !app.map_state.with_untracked(|s| s.embed)
            data-testid="layer-controls"
        >
            <summary class="layer-controls__title">{move || text().layers}</summary>
            <div class="layer-controls__body">
                {layer_box(Layer::Initiatives, "layer-initiatives")}
                {layer_box(Layer::Diaspora, "layer-diaspora")}
                <div class="year-control">
                    <label class="year-control__label" for="year-slider">
                        {move || text().year} " "
                        <output for="year-slider" data-testid="year-value">{move || app.year.get()}</output>
                    </label>
                    <div class="year-control__row">
                        <input
                            id="year-slider"
                            type="range"
                            data-testid="year-slider"
                            min=FIRST_YEAR
                            max=app.current_year
                            step="1"
                            prop:value=move || app.year.get().to_string()
                            on:input=move |ev| {
                                if let Ok(year) = event_target_value(&ev).parse::<i32>() {
                                    set_year(year, History::Replace);
                                }
                            }
                        />
                        <button
                            type="button"
                            class="year-control__play"
                            data-testid="year-play"
                            aria-pressed=move || if playing.get().is_some() { "true" } else { "false" }
                            on:click=move |_| play()
                        >
                            {move || if playing.get().is_some() { text().pause } else { text().play }}
                        </button>
                    </div>
                </div>
            </div>
        </details>
    }
}
