//! Zoom buttons, the OTS-region reset and the whole-world view.

use leptos::prelude::*;

use super::camera::MapCamera;
use crate::ui::share_dialog::ShareDialog;
use crate::ui::state::use_app;

/// Zoom factor of one button press.
const BUTTON_ZOOM: f64 = 1.6;

/// The map's buttons, in a labelled group.
#[component]
pub fn MapControls(map: MapCamera) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let zoom = move |factor: f64| {
        map.change(|camera, viewport| camera.zoom_at(viewport, factor, viewport.center()));
    };
    view! {
        <div class="map-controls" role="group" aria-label=move || text().map_controls>
            <ShareDialog />
            <button
                type="button"
                class="map-controls__button"
                data-testid="zoom-in"
                aria-label=move || text().zoom_in
                title=move || text().zoom_in
                on:click=move |_| zoom(BUTTON_ZOOM)
            >
                "+"
            </button>
            <button
                type="button"
                class="map-controls__button"
                data-testid="zoom-out"
                aria-label=move || text().zoom_out
                title=move || text().zoom_out
                on:click=move |_| zoom(1.0 / BUTTON_ZOOM)
            >
                "−"
            </button>
            <button
                type="button"
                class="map-controls__button map-controls__button--text"
                data-testid="reset-view"
                title=move || text().reset_view
                on:click=move |_| {
                    if let Some(camera) = map.region_camera() {
                        map.set(camera);
                    }
                }
            >
                {move || text().reset_view}
            </button>
            <button
                type="button"
                class="map-controls__button map-controls__button--text"
                data-testid="world-view"
                title=move || text().world_view
                on:click=move |_| {
                    if let Some(camera) = map.world_camera() {
                        map.set(camera);
                    }
                }
            >
                {move || text().world_view}
            </button>
        </div>
    }
}
