//! The overlays drawn over the countries: diaspora flows and event markers. The values
//! come from `overlay` (pure); this file only wires them to SVG and events.

use std::sync::Arc;

use leptos::prelude::*;

use super::load::LoadedWorld;
use super::map_view::{MapCamera, Tip};
use super::state::{History, use_app};
use crate::geo::camera::MAX_ZOOM;
use crate::geo::path::format_decimal;
use crate::geo::{PlanePoint, ScreenPoint};
use crate::i18n::numbers::compact_amount;
use crate::i18n::{Strings, fill};
use crate::overlay::{
    Flow, FlowSelection, Marker, Placement, PopulationScale, build_flows, build_markers,
    layout_markers,
};
use crate::url_state::Layer;

/// How much a group of markers zooms in when chosen.
const GROUP_ZOOM: f64 = 2.5;

/// Diaspora flows for the selected country, or for all when none is selected.
#[component]
pub fn FlowLayer(
    world: Arc<LoadedWorld>,
    map: MapCamera,
    tooltip: RwSignal<Option<(Tip, ScreenPoint)>>,
) -> impl IntoView {
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
    view! {
        <g class="map__flows" data-testid="flows">
            {move || {
                let text = app.text();
                app.track_names();
                flows
                    .get()
                    .iter()
                    .cloned()
                    .enumerate()
                    .map(|(i, flow)| flow_view(flow, i == 0, text, map, tooltip))
                    .collect_view()
            }}
        </g>
    }
}

fn flow_view(
    flow: Flow,
    first: bool,
    text: &'static Strings,
    map: MapCamera,
    tooltip: RwSignal<Option<(Tip, ScreenPoint)>>,
) -> impl IntoView {
    let app = use_app();
    let label = flow_label(&flow, text);
    let ranged = flow.width_high > flow.width_low;
    let dot = format!(
        "M{},{}h0",
        format_decimal(flow.host_at.x, 2),
        format_decimal(flow.host_at.y, 2)
    );
    let host = flow.host;
    let host_at = flow.host_at;
    let show = {
        let label = label.clone();
        move || {
            tooltip.set(Some((
                Tip::Text(label.clone()),
                screen_of(map, host_at, 0.0, 0.0),
            )))
        }
    };
    let show_on_focus = show.clone();
    view! {
        <g
            class="flow"
            class:flow--native=flow.native
            class:flow--range=ranged
            data-testid="flow"
            data-origin=flow.origin.as_str().to_owned()
            data-host=host.as_str().to_owned()
            role="button"
            tabindex=if first { "0" } else { "-1" }
            aria-label=label
            on:pointerenter=move |_| show()
            on:pointerleave=move |_| tooltip.set(None)
            on:focus=move |_| show_on_focus()
            on:blur=move |_| tooltip.set(None)
            on:click=move |_| app.select(Some(host))
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    app.select(Some(host));
                } else {
                    move_focus_among_siblings(&ev);
                }
            }
        >
            {ranged.then(|| view! {
                <path class="flow__band" d=flow.d.clone() stroke-width=format_decimal(flow.width_high, 1) />
            })}
            <path class="flow__line" d=flow.d.clone() stroke-width=format_decimal(flow.width_low, 1) />
            <path class="flow__dot" d=dot stroke-width=format_decimal(flow.width_low + 4.0, 1) />
        </g>
    }
}

/// "Türkiye → Germany: 3 million (2024) · 2 sources", with "native community" added.
fn flow_label(flow: &Flow, text: &'static Strings) -> String {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let mut label = format!(
        "{} → {}: {}",
        app.name_of(flow.origin),
        app.name_of(flow.host),
        compact_amount(flow.amount, lang)
    );
    if let Some(year) = flow.year {
        label.push_str(&format!(" ({year})"));
    }
    let sources = if flow.source_count == 1 {
        text.source_one.to_owned()
    } else {
        fill(text.source_many, &[&flow.source_count.to_string()])
    };
    label.push_str(&format!(" · {sources}"));
    if flow.native {
        label.push_str(&format!(" · {}", text.native_community));
    }
    label
}

/// Event markers, spread or grouped so that each stays reachable at the current zoom.
#[component]
pub fn MarkerLayer(
    world: Arc<LoadedWorld>,
    map: MapCamera,
    tooltip: RwSignal<Option<(Tip, ScreenPoint)>>,
) -> impl IntoView {
    let app = use_app();
    let projection = world.projection;
    let on = Memo::new(move |_| {
        app.map_state
            .with(|s| s.layers.contains(Layer::Initiatives))
    });
    let markers = Memo::new(move |_| {
        Arc::new(app.dataset.with(|d| {
            d.as_ref()
                .map(|d| build_markers(d, &projection))
                .unwrap_or_default()
        }))
    });
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
    view! {
        <g class="map__markers" data-testid="markers" style:--k=inverse_scale>
            {move || {
                let markers = markers.get();
                let text = app.text();
                layout
                    .get()
                    .iter()
                    .enumerate()
                    .map(|(i, placement)| match placement {
                        Placement::Single { index, at, dx, dy } => {
                            marker_view(markers[*index].clone(), *at, (*dx, *dy), i == 0, map, tooltip)
                                .into_any()
                        }
                        Placement::Group { members, at } => {
                            group_view(members.len(), *at, i == 0, text, map).into_any()
                        }
                    })
                    .collect::<Vec<_>>()
            }}
        </g>
    }
}

fn marker_view(
    marker: Marker,
    at: PlanePoint,
    (dx, dy): (f64, f64),
    first: bool,
    map: MapCamera,
    tooltip: RwSignal<Option<(Tip, ScreenPoint)>>,
) -> impl IntoView {
    let app = use_app();
    let (id, country, label, year) = (
        marker.id.clone(),
        marker.country,
        marker.label.clone(),
        marker.year,
    );
    let open = {
        let id = id.clone();
        move || {
            app.update(History::Push, |s| {
                s.country = Some(country);
                s.item = Some(id.clone());
            });
        }
    };
    let open_by_key = open.clone();
    let show = {
        let label = label.clone();
        move || tooltip.set(Some((Tip::Text(label.clone()), screen_of(map, at, dx, dy))))
    };
    let show_on_focus = show.clone();
    let offset = dx != 0.0 || dy != 0.0;
    let future = move || year > app.year.get();
    view! {
        <g
            class=format!("marker marker--{}", marker.shape.key())
            class:marker--future=future
            class:marker--unconfirmed=marker.unconfirmed
            style:--x=format_decimal(at.x, 3)
            style:--y=format_decimal(at.y, 3)
            style:--dx=format_decimal(dx, 1)
            style:--dy=format_decimal(dy, 1)
            data-testid="marker"
            data-item=id
            role="button"
            tabindex=if first { "0" } else { "-1" }
            aria-label=label
            on:click=move |ev: web_sys::MouseEvent| {
                ev.stop_propagation();
                open();
            }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    open_by_key();
                } else {
                    move_focus_among_siblings(&ev);
                }
            }
            on:pointerenter=move |_| show()
            on:pointerleave=move |_| tooltip.set(None)
            on:focus=move |_| show_on_focus()
            on:blur=move |_| tooltip.set(None)
        >
            {offset.then(|| view! {
                <line class="marker__leader" x1=format_decimal(-dx, 1) y1=format_decimal(-dy, 1) x2="0" y2="0" />
            })}
            <path class="marker__hit" d="M-11,0A11,11 0 1 0 11,0A11,11 0 1 0 -11,0Z" />
            <path class="marker__symbol" d=marker.shape.path() />
        </g>
    }
}

fn group_view(
    count: usize,
    at: PlanePoint,
    first: bool,
    text: &'static Strings,
    map: MapCamera,
) -> impl IntoView {
    let label = fill(text.group_label, &[&count.to_string()]);
    let title = label.clone();
    let zoom_in = move || {
        map.change(|camera, viewport| {
            let anchor = camera.screen_from_plane(viewport, at);
            camera.zoom_at(viewport, GROUP_ZOOM, anchor)
        });
    };
    view! {
        <g
            class="marker marker--group"
            style:--x=format_decimal(at.x, 3)
            style:--y=format_decimal(at.y, 3)
            data-testid="marker-group"
            role="button"
            tabindex=if first { "0" } else { "-1" }
            aria-label=label.clone()
            on:click=move |ev: web_sys::MouseEvent| {
                ev.stop_propagation();
                zoom_in();
            }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    zoom_in();
                } else {
                    move_focus_among_siblings(&ev);
                }
            }
        >
            <title>{title}</title>
            <circle class="marker__group-disc" r="12" />
            <text class="marker__group-count" text-anchor="middle" dy="4">{count.to_string()}</text>
        </g>
    }
}

/// Arrow keys move the focus to the next or previous marker (or flow) of the same layer:
/// one Tab stop per layer, like the countries.
fn move_focus_among_siblings(ev: &web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let forward = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => true,
        "ArrowLeft" | "ArrowUp" => false,
        _ => return,
    };
    let Some(current) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
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
