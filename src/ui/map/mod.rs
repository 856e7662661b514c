//! The SVG map: country shapes, hover and selection overlays, and the pointer, wheel and
//! keyboard handlers that move the camera. Geometry attributes are static; only the
//! `viewBox`, a few classes and the overlays change while the map is used.
//!
//! `MapView` holds the `<svg>`, its `<defs>` and the order of its layers; each concern has
//! a file: the camera (`camera`), pointer gestures (`pointer`), the keyboard (`keys`), the
//! country shapes (`countries`), markers and flows (`overlays`), the tooltip and hints
//! (`tooltip`), and the buttons (`controls`, with the picture downloads in `export`).

mod camera;
mod controls;
mod countries;
pub mod export;
mod keys;
mod overlays;
mod pointer;
mod tooltip;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::svg;
use wasm_bindgen::JsCast;

pub use self::camera::MapCamera;
use self::controls::MapControls;
use self::countries::Countries;
pub use self::countries::focus_country;
use self::overlays::{FlowLayer, MarkerLayer};
use self::pointer::Pointer;
use self::tooltip::{GestureHint, MapTooltip};
use super::load::{LoadedWorld, load_outer, mark_started};
use super::offline::keep_offline_copy;
use super::reactive::{effect, effect_until};
use super::state::use_app;
use crate::geo::path::format_decimal;
use crate::render::boot_map::first_view_cover;

/// How long after the map is ready the quotes and diaspora files are fetched.
const DETAILS_PREFETCH_DELAY: Duration = Duration::from_millis(1000);
/// Then, with everything the page needs in, the offline copy (`ui/offline.rs`).
const OFFLINE_COPY_DELAY: Duration = Duration::from_millis(5000);
/// How long after the map is ready the geometry outside the first view is fetched.
const OUTER_PREFETCH_DELAY: Duration = Duration::from_millis(300);

/// The interactive map of the world. `world` starts as the geometry of the first view
/// (every country listed, those beyond it without a shape) and may later become the whole
/// world: the shapes that arrive are drawn into their paths in place.
#[component]
pub fn MapView(world: Arc<LoadedWorld>) -> impl IntoView {
    let app = use_app();
    let svg_ref = NodeRef::<svg::Svg>::new();
    let first = world;
    let world = RwSignal::new(Some(first.clone()));
    let map = MapCamera::provide(app, world.into());
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

    // A view beyond what world.geojson draws needs the rest of the geometry now.
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
    // Once wanted (and again on a retry), the outer geometry is downloaded and its
    // shapes go into the paths that waited for them.
    {
        let first = first.clone();
        effect(move || {
            app.data_retry.track();
            if !app.outer_wanted.get()
                || map
                    .world
                    .with_untracked(|w| w.as_ref().is_some_and(|w| w.complete))
            {
                return;
            }
            let first = first.clone();
            leptos::task::spawn_local(async move {
                match load_outer(&first).await {
                    Ok(complete) => world.set(Some(complete)),
                    Err(error) => app.notify_load(&error),
                }
            });
        });
    }

    // Tell tests and the benchmark when the map is painted (all of the view) and answers
    // input. Soon after, fetch the geometry beyond the first view; a second later, with
    // the map idle, the quotes and diaspora files the default view does without, so that
    // the first country opened does not wait for them (nor for checking the data again,
    // which takes a few frames on a slow phone); later still, the offline copy. Once
    // done, this no longer runs (it read the camera, which changes on every frame of a
    // pan).
    effect_until(move || {
        if !(covered() && app.names.get().is_some() && app.text_ready()) {
            return false;
        }
        request_animation_frame(move || {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-map-ready", "");
                // From now on, downloads make sure the server's data is this page's.
                mark_started();
            }
            set_timeout(move || app.request_outer(), OUTER_PREFETCH_DELAY);
            set_timeout(move || app.request_details(), DETAILS_PREFETCH_DELAY);
            set_timeout(keep_offline_copy, OFFLINE_COPY_DELAY);
        });
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

    // A search (or another part of the page) asks to bring a country into view.
    effect(move || {
        if let Some(code) = app.frame_request.get() {
            app.frame_request.set(None);
            map.frame(code);
        }
    });

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
