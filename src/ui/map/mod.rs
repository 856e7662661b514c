//! The SVG map: country shapes, hover and selection overlays, and the pointer, wheel and
//! keyboard handlers that move the camera. Geometry attributes are static; only the
//! `viewBox`, a few classes and the overlays change while the map is used.
//!
//! `MapView` holds the `<svg>`, its `<defs>` and the order of its layers; each concern has
//! a file: the camera (`camera`), pointer gestures (`pointer`), the keyboard (`keys`), the
//! country shapes (`countries`), markers and flows (`overlays`), the tooltip and hints
//! (`tooltip`), and the buttons (`controls`, with the picture downloads in `export`).

pub mod camera;
mod controls;
mod countries;
pub mod export;
mod keys;
mod overlays;
mod pointer;
mod tooltip;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::svg;
use wasm_bindgen::JsCast;

pub use self::camera::MapCamera;
use self::controls::MapControls;
use self::countries::Countries;
pub use self::keys::focus_country;
use self::overlays::{FlowLayer, MarkerLayer};
use self::pointer::Pointer;
use self::tooltip::{GestureHint, MapTooltip};
use super::load::LoadedWorld;
use super::reactive::{effect, effect_until};
use super::state::use_app;
use crate::geo::path::format_decimal;
use crate::render::boot_map::first_view_cover;

/// The interactive map of the world. `world` starts as the geometry of the first view
/// (every country listed, those beyond it without a shape) and may later become the whole
/// world: the shapes that arrive are drawn into their paths in place.
#[component]
pub fn MapView(world: Arc<LoadedWorld>) -> impl IntoView {
    let app = use_app();
    let svg_ref = NodeRef::<svg::Svg>::new();
    let first = world;
    // A map mounted on its own (the browser tests) brings its own camera.
    let map = use_context::<MapCamera>().unwrap_or_else(|| {
        let world = first.clone();
        let world = Memo::new_with_compare(move |_| Some(world.clone()), |_, _| true);
        MapCamera::provide(app, world)
    });
    let projection = first.projection;
    let cover = first_view_cover(&projection);
    let tooltip = RwSignal::new(None);
    let hint = RwSignal::new(None);

    // Measure the element and keep measuring it: embeds and phones resize.
    effect(move || {
        let Some(svg) = svg_ref.get() else { return };
        let element: web_sys::Element = svg.unchecked_into();
        map.observe(&element);
    });
    map.follow_url(projection);

    // A view beyond what world.json draws needs the rest of the geometry now.
    let covered = move || {
        map.camera.get().is_some_and(|camera| {
            map.complete() || cover.encloses(camera.visible(map.viewport.get()))
        })
    };
    effect(move || {
        if map.camera.get().is_some() && !covered() {
            app.request_outer();
        }
    });
    // Once the map is painted, the state's prefetch schedule starts (`AppState::map_shown`).
    // Once done, this no longer runs (it read the camera, which changes on every frame of
    // a pan).
    effect_until(move || {
        if !(covered() && app.names.get().is_some() && app.text_ready()) {
            return false;
        }
        app.map_shown();
        true
    });

    let world_bounds = first.world_bounds;
    let view_box = move || {
        map.camera
            .get()
            .map(|c| c.view_box(map.viewport.get()))
            .unwrap_or_else(|| world_bounds.view_box())
    };

    // The hatch is drawn in screen pixels: scale the pattern against the zoom.
    let hatch_transform = move || {
        let scale = map
            .camera
            .get()
            .map_or(1.0, |c| c.scale(map.viewport.get()));
        format!("rotate(45) scale({})", format_decimal(1.0 / scale, 5))
    };

    let pointer = Pointer::new(app, map, svg_ref, tooltip, hint);
    view! {
        <div class="map" data-testid="map-container">
            <svg
                node_ref=svg_ref
                class="map__svg"
                data-testid="map"
                role="group"
                aria-label=move || app.text().map_label
                aria-describedby="map-keyboard-help"
                viewBox=view_box
                on:pointerdown=move |ev| pointer.down(ev)
                on:pointermove=move |ev| pointer.moved(ev)
                on:pointerup=move |ev| pointer.end(ev)
                on:pointercancel=move |ev| pointer.end(ev)
                on:wheel=move |ev| pointer.wheel(ev)
            >
                <defs>
                    <pattern
                        id="observer-hatch"
                        patternUnits="userSpaceOnUse"
                        width="6"
                        height="6"
                        patternTransform=hatch_transform
                    >
                        <rect width="6" height="6" class="hatch__bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch__line" />
                    </pattern>
                </defs>
                <rect class="map__ocean" x="-2000" y="-2000" width="4000" height="4000" aria-hidden="true" />
                <Countries first=first.clone() map pointer />
                <FlowLayer map tooltip />
                <MarkerLayer projection map tooltip />
            </svg>
            <div class="map__grabbing" class:map__grabbing--on=move || pointer.dragging.get() aria-hidden="true"></div>
            <MapTooltip tooltip />
            <GestureHint hint />
            <MapControls map />
        </div>
    }
}
