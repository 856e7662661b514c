//! The country shapes: one `<path>` per country with its status class and accessible
//! name, the selection and keyboard-focus outlines, and the delegated listeners (one for
//! every shape).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::svg;
use wasm_bindgen::JsCast;

use super::camera::MapCamera;
use super::keys::{code_of_target, country_focus, country_key};
use super::pointer::Pointer;
use crate::data::Status;
use crate::i18n::status::status_label;
use crate::ui::chunks::use_chunks;
use crate::ui::load::LoadedWorld;
use crate::ui::reactive::effect;
use crate::ui::state::{AppState, use_app};
use crate::world::CountryCode;

/// The shapes of `first` (every country listed, those beyond the first view without a
/// shape until the rest of the geometry arrives), then the selection and focus outlines.
#[component]
pub fn Countries(first: Arc<LoadedWorld>, map: MapCamera, pointer: Pointer) -> impl IntoView {
    let app = use_app();
    let chunks = use_chunks();
    let group = NodeRef::<svg::G>::new();
    let selected = Memo::new(move |_| app.map_state.with(|s| s.country));
    map.start(selected.get_untracked());
    // Only the shapes whose state changes are touched when the selection or focus moves.
    let is_selected = Selector::new(move || selected.get());
    let has_focus = Selector::new(move || Some(map.focus.get()));
    effect(move || {
        if let Some(code) = selected.get() {
            map.focus.set(code);
        }
    });
    // The shapes that arrive later go into the paths that waited for them.
    effect(move || {
        map.world.with(|world| {
            if let (Some(world), Some(group)) = (world, group.get())
                && world.complete
            {
                draw_pending_paths(&group, world);
            }
        });
    });
    let focused = RwSignal::new(None::<CountryCode>);
    let path_d = move |code: Option<CountryCode>| {
        code.and_then(|code| {
            map.world
                .with(|w| w.as_ref()?.path(code).map(|p| p.d.clone()))
        })
        .unwrap_or_default()
    };
    let countries = first
        .paths
        .iter()
        .map(|path| {
            let code = path.code;
            let class = move || country_class(app.ots_status(code).map(|(status, _)| status));
            let label = move || country_label(app, code);
            let tabindex = {
                let has_focus = has_focus.clone();
                move || {
                    if has_focus.selected(&Some(code)) {
                        "0"
                    } else {
                        "-1"
                    }
                }
            };
            let pressed = {
                let is_selected = is_selected.clone();
                move || {
                    if is_selected.selected(&Some(code)) {
                        "true"
                    } else {
                        "false"
                    }
                }
            };
            view! {
                <path
                    class=class
                    d=path.d.clone()
                    data-code=code.as_str().to_owned()
                    role="button"
                    tabindex=tabindex
                    aria-label=label
                    aria-pressed=pressed
                />
            }
        })
        .collect_view();
    let on_click = move |ev: web_sys::MouseEvent| {
        if pointer.was_drag() {
            return;
        }
        if let Some(code) = code_of_target(&ev) {
            app.select(Some(code));
        }
    };
    view! {
        <g
            node_ref=group
            class="map__countries"
            // Chromium makes an SVG element with focus listeners a tab stop: the
            // group is not one (the first Tab into the map reaches a country).
            tabindex="-1"
            on:pointerover=move |ev: web_sys::PointerEvent| {
                let code = code_of_target(&ev);
                // A pointer over a country may choose it: its panel's code comes meanwhile.
                if code.is_some() {
                    chunks.country.request();
                }
                pointer.country_over(ev, code);
            }
            on:pointermove=move |ev| pointer.country_move(ev)
            on:pointerout=move |_: web_sys::PointerEvent| pointer.country_out()
            on:click=on_click
            on:keydown=move |ev| country_key(app, map, ev)
            on:focusin=move |ev| {
                chunks.country.request();
                country_focus(map, focused, ev)
            }
            on:focusout=move |_: web_sys::FocusEvent| focused.set(None)
        >
            {countries}
        </g>
        <path class="map__selected" d=move || path_d(selected.get()) aria-hidden="true" />
        <path class="map__focus" d=move || path_d(focused.get()) aria-hidden="true" />
    }
}

/// The CSS class of a country shape from its OTS status.
fn country_class(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Member) => "country country--member",
        Some(Status::Observer) => "country country--observer",
        None => "country",
    }
}

/// The accessible name of a shape: its name, and its OTS status where it has one.
fn country_label(app: AppState, code: CountryCode) -> String {
    app.track_names();
    status_label(app.text(), app.name_of(code), app.ots_status(code))
}

/// Gives the country paths that were drawn without a shape (beyond the first view) the
/// shape `world` now has. Each is set once; the other paths are not touched.
fn draw_pending_paths(group: &web_sys::SvgElement, world: &LoadedWorld) {
    let Ok(pending) = group.query_selector_all("path[d=\"\"]") else {
        return;
    };
    for i in 0..pending.length() {
        let Some(element) = pending
            .item(i)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let path = element
            .get_attribute("data-code")
            .and_then(|code| CountryCode::parse(&code).ok())
            .and_then(|code| world.path(code));
        if let Some(path) = path {
            let _ = element.set_attribute("d", &path.d);
        }
    }
}
