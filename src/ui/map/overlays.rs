//! The overlays drawn over the countries: diaspora flows and event markers. The values
//! come from `overlay` and their markup from `markup::overlay` (pure); this file sets
//! it into each layer and answers the layer's events (one listener each: click, keys,
//! pointer and focus for the tooltip).

use std::sync::Arc;

use leptos::prelude::*;

use super::camera::MapCamera;
use super::tooltip::{Tip, Tooltip};
use crate::geo::camera::MAX_ZOOM;
use crate::geo::path::format_decimal;
use crate::geo::{EqualEarth, PlanePoint, ScreenPoint};
use crate::markup::hooks::{
    DATA_COUNTRY, DATA_DX, DATA_DY, DATA_HOST, DATA_ITEM, DATA_X, DATA_Y, DATA_YEAR, MARKER_FUTURE,
    WITH_DATA_YEAR,
};
use crate::markup::overlay::{flows_html, markers_html};
use crate::overlay::{
    Flow, FlowSelection, PopulationScale, build_flows, build_markers, flows_frame, layout_markers,
};
use crate::ui::delegate::clicked;
use crate::ui::reactive::effect;
use crate::ui::state::{History, use_app};
use crate::url_state::Layer;
use crate::url_state::parse_number;
use crate::world::CountryCode;

/// How much a group of markers zooms in when chosen.
const GROUP_ZOOM: f64 = 2.5;

/// Diaspora flows for the selected country, or for all when none is selected. A flow to a
/// country beyond the first view shows once that country's shape has arrived.
#[component]
pub fn FlowLayer(map: MapCamera, tooltip: Tooltip) -> impl IntoView {
    let app = use_app();
    let on = Memo::new(move |_| app.map_state.with(|s| s.layers.contains(Layer::Diaspora)));
    let selection = Memo::new(move |_| {
        let code = app.map_state.with(|s| s.country);
        app.dataset.with(|d| match (d, code) {
            (Some(d), Some(code)) if d.figures().iter().any(|f| f.origin == code) => {
                FlowSelection::From(code)
            }
            (Some(d), Some(code)) if d.figures().iter().any(|f| f.host == code) => {
                FlowSelection::Into(code)
            }
            _ => FlowSelection::All,
        })
    });
    let flows = Memo::new(move |_| {
        if !on.get() {
            return Arc::new(Vec::new());
        }
        let selection = selection.get();
        let Some(world) = map.world.get() else {
            return Arc::new(Vec::new());
        };
        Arc::new(app.dataset.with(|d| {
            d.as_ref()
                .map(|d| {
                    build_flows(
                        d,
                        &world.paths,
                        &world.projection,
                        selection,
                        &PopulationScale::default(),
                    )
                })
                .unwrap_or_default()
        }))
    });
    frame_chosen_flows(map, on, flows);
    let html = move || {
        app.track_names();
        let flows = flows.get();
        app.with_markup_context(|cx| flows_html(&flows, cx))
    };
    view! {
        <g
            class="map__flows"
            data-testid="flows"
            // Chromium makes an SVG element with focus listeners a tab stop: the group is
            // not one (its flows are).
            tabindex="-1"
            on:click=move |ev| {
                if let Some(host) = shape(&ev, DATA_HOST).and_then(|(_, h)| CountryCode::parse(&h).ok()) {
                    app.select(Some(host));
                }
            }
            on:keydown=move |ev| {
                on_shape_key(&ev, DATA_HOST, |_, host| {
                    if let Ok(host) = CountryCode::parse(host) {
                        app.select(Some(host));
                    }
                });
            }
            on:pointerover=move |ev| show_tip(&ev, DATA_HOST, map, tooltip)
            on:pointerout=move |ev| hide_tip(&ev, tooltip)
            on:focusin=move |ev| show_tip(&ev, DATA_HOST, map, tooltip)
            on:focusout=move |ev| hide_tip(&ev, tooltip)
            inner_html=html
        ></g>
    }
}

/// When the diaspora layer shows a chosen country's flows, the map frames them (and the
/// country) once they are drawn whole: a transient move, which replaces the history entry
/// (`MapCamera::set`). A link or Back/Forward whose address names its own view keeps it
/// (`page_link::Arrival`).
fn frame_chosen_flows(map: MapCamera, on: Memo<bool>, flows: Memo<Arc<Vec<Flow>>>) {
    let app = use_app();
    let chosen = Memo::new(move |_| {
        on.get()
            .then(|| app.map_state.with(|s| s.country))
            .flatten()
    });
    // The country whose flows wait to be framed.
    let waiting = RwSignal::new(None::<CountryCode>);
    effect(move || {
        let chosen = chosen.get();
        let named_view = app.map_state.with_untracked(|s| s.view.is_some());
        waiting.set(chosen.filter(|_| app.arrival().may_frame(named_view)));
    });
    effect(move || {
        let Some(code) = waiting.get() else {
            return;
        };
        // Flows to countries beyond the first view end at their shapes: wait for them.
        if !map.complete() {
            return;
        }
        let flows = flows.get();
        let country = map
            .world
            .with_untracked(|w| w.as_ref().and_then(|w| w.path(code)).map(|p| p.main_bounds));
        if let Some(frame) = flows_frame(&flows, country) {
            map.show(frame);
            waiting.set(None);
        }
    });
}

/// Event markers, spread or grouped so that each stays reachable at the current zoom.
#[component]
pub fn MarkerLayer(projection: EqualEarth, map: MapCamera, tooltip: Tooltip) -> impl IntoView {
    let app = use_app();
    let on = Memo::new(move |_| {
        app.map_state
            .with(|s| s.layers.contains(Layer::Initiatives))
    });
    // Compared by value: the full files that replace `first-view.json` give the same
    // markers (`overlay::markers`' tests), and the layer is not redrawn.
    let markers = Memo::new_with_compare(
        move |_| {
            Arc::new(app.dataset.with(|d| {
                d.as_ref()
                    .map(|d| build_markers(d, &projection))
                    .unwrap_or_default()
            }))
        },
        |before, now| before != now,
    );
    // Only the zoom changes the layout: panning moves everything together.
    let scale = Memo::new(move |_| {
        map.camera
            .get()
            .map(|c| (c.scale(map.viewport.get()), c.zoom >= MAX_ZOOM * 0.999))
    });
    let layout = Memo::new(move |_| {
        let Some((scale, maxed)) = scale.get() else {
            return Arc::new(Vec::new());
        };
        if !on.get() {
            return Arc::new(Vec::new());
        }
        let markers = markers.get();
        let points: Vec<PlanePoint> = markers.iter().map(|m| m.at).collect();
        Arc::new(layout_markers(&points, scale, maxed))
    });
    // Markers keep their size on screen through one CSS variable, the inverse of the
    // zoom: a zoom step changes that variable, not every marker (see `.marker` in CSS).
    let inverse_scale = move || format_decimal(scale.get().map_or(1.0, |(s, _)| 1.0 / s), 6);
    let html = move || {
        let markers = markers.get();
        let layout = layout.get();
        app.with_markup_context(|cx| markers_html(&markers, &layout, cx))
    };
    // Events after the year shown are dimmed: a year change moves a class on the markers
    // (after the layer's markup, which is written with the year of its time).
    let layer = NodeRef::<leptos::svg::G>::new();
    effect(move || {
        let year = app.year.get();
        layout.track();
        markers.track();
        if let Some(layer) = layer.get() {
            dim_future_markers(&layer, year);
        }
    });
    // Opens a marker's item, or zooms in on a group.
    let act = move |element: &web_sys::Element| {
        if let Some(item) = element.get_attribute(DATA_ITEM) {
            let country = element
                .get_attribute(DATA_COUNTRY)
                .and_then(|c| CountryCode::parse(&c).ok());
            app.update(History::Push, |s| {
                s.country = country;
                s.item = Some(item);
            });
        } else if let Some(at) = anchor(element) {
            map.change(|camera, viewport| {
                let anchor = camera.screen_from_plane(viewport, at);
                camera.zoom_at(viewport, GROUP_ZOOM, anchor)
            });
        }
    };
    view! {
        <g
            node_ref=layer
            class="map__markers"
            data-testid="markers"
            tabindex="-1"
            style:--k=inverse_scale
            on:click=move |ev: web_sys::MouseEvent| {
                if let Some((element, _)) = shape(&ev, DATA_X) {
                    ev.stop_propagation();
                    act(&element);
                }
            }
            on:keydown=move |ev| on_shape_key(&ev, DATA_X, |element, _| act(element))
            on:pointerover=move |ev| show_tip(&ev, DATA_ITEM, map, tooltip)
            on:pointerout=move |ev| hide_tip(&ev, tooltip)
            on:focusin=move |ev| show_tip(&ev, DATA_ITEM, map, tooltip)
            on:focusout=move |ev| hide_tip(&ev, tooltip)
            inner_html=html
        ></g>
    }
}

/// Puts `marker--future` on the markers of events after `year`, and takes it off the others.
fn dim_future_markers(layer: &web_sys::Element, year: i32) {
    let Ok(markers) = layer.query_selector_all(WITH_DATA_YEAR) else {
        return;
    };
    for i in 0..markers.length() {
        let Some(marker) = markers
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let later = marker
            .get_attribute(DATA_YEAR)
            .and_then(|y| parse_number(&y))
            .is_some_and(|y| y > f64::from(year));
        let _ = marker
            .class_list()
            .toggle_with_force(MARKER_FUTURE.name, later);
    }
}

/// The overlay shape (marker, group or flow) an event happened in, by an attribute it
/// carries, with that attribute's value.
fn shape(ev: &web_sys::Event, attribute: &str) -> Option<(web_sys::Element, String)> {
    clicked(ev, attribute)
}

/// Keys on a shape of a layer: Enter or Space acts on it (with the value of `attribute`),
/// the arrow keys move the focus to the next or previous shape.
fn on_shape_key(
    ev: &web_sys::KeyboardEvent,
    attribute: &str,
    act: impl FnOnce(&web_sys::Element, &str),
) {
    let Some((element, value)) = shape(ev, attribute) else {
        return;
    };
    if matches!(ev.key().as_str(), "Enter" | " ") {
        ev.prevent_default();
        act(&element, &value);
    } else {
        move_focus_among_siblings(ev, &element);
    }
}

/// A shape's anchor in the plane (`data-x`, `data-y`).
fn anchor(element: &web_sys::Element) -> Option<PlanePoint> {
    let number = |name: &str| parse_number(&element.get_attribute(name)?);
    Some(PlanePoint::new(number(DATA_X)?, number(DATA_Y)?))
}

/// Shows the tooltip of the shape under the pointer (or focused): its accessible name, at
/// its anchor plus its offset in pixels.
fn show_tip(ev: &web_sys::Event, attribute: &str, map: MapCamera, tooltip: Tooltip) {
    let Some((element, _)) = shape(ev, attribute) else {
        return;
    };
    let (Some(at), Some(label)) = (anchor(&element), element.get_attribute("aria-label")) else {
        return;
    };
    let offset = |name: &str| {
        element
            .get_attribute(name)
            .and_then(|v| parse_number(&v))
            .unwrap_or(0.0)
    };
    tooltip.set(Some((
        Tip::Text(label),
        screen_of(map, at, offset(DATA_DX), offset(DATA_DY)),
    )));
}

/// Hides the tooltip when the pointer (or focus) leaves a shape for something else.
fn hide_tip(ev: &web_sys::Event, tooltip: Tooltip) {
    use wasm_bindgen::JsCast;
    let related = ev
        .dyn_ref::<web_sys::MouseEvent>()
        .and_then(web_sys::MouseEvent::related_target)
        .or_else(|| {
            ev.dyn_ref::<web_sys::FocusEvent>()
                .and_then(web_sys::FocusEvent::related_target)
        })
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    let left = shape(ev, DATA_X).map(|(e, _)| e);
    let still_inside = match (&left, &related) {
        (Some(shape), Some(node)) => shape.contains(Some(node)),
        _ => false,
    };
    if !still_inside {
        tooltip.set(None);
    }
}

/// Arrow keys move the focus to the next or previous marker (or flow) of the same layer:
/// one Tab stop per layer, like the countries.
fn move_focus_among_siblings(ev: &web_sys::KeyboardEvent, current: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let forward = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => true,
        "ArrowLeft" | "ArrowUp" => false,
        _ => return,
    };
    ev.prevent_default();
    let mut next = if forward {
        current.next_element_sibling()
    } else {
        current.previous_element_sibling()
    };
    while let Some(candidate) = next {
        if candidate.has_attribute("tabindex") {
            if let Ok(svg) = candidate.dyn_into::<web_sys::SvgElement>() {
                let _ = svg.focus();
            }
            return;
        }
        next = if forward {
            candidate.next_element_sibling()
        } else {
            candidate.previous_element_sibling()
        };
    }
}

/// The screen position of a plane point plus an offset in pixels.
fn screen_of(map: MapCamera, at: PlanePoint, dx: f64, dy: f64) -> ScreenPoint {
    map.camera
        .get_untracked()
        .map(|c| {
            let p = c.screen_from_plane(map.viewport.get_untracked(), at);
            ScreenPoint::new(p.x + dx, p.y + dy)
        })
        .unwrap_or_default()
}
