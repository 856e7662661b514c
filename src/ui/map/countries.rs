//! The country shapes: one `<path>` per country with its status class and accessible
//! name, the selection and keyboard-focus outlines, and the delegated listeners (one for
//! every shape). The shapes are written once as markup (`markup::countries`); a change of
//! state sets the attributes that changed on the shapes whose state changed.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::svg;
use wasm_bindgen::JsCast;

use super::camera::MapCamera;
use super::keys::{code_of_target, country_focus, country_key};
use super::pointer::Pointer;
use crate::i18n::status::status_label;
use crate::markup::countries::{
    ShapeState, country_class, country_shapes_html, pressed, tab_index,
};
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

    // The shapes in the group's order, with what each shows now: the markup is written
    // from these, and the effects below change only what differs from them.
    let codes: Arc<[CountryCode]> = first.paths.iter().map(|p| p.code).collect();
    let statuses = StoredValue::new(untrack(|| {
        codes
            .iter()
            .map(|&code| status_of(app, code))
            .collect::<Vec<_>>()
    }));
    let labels = StoredValue::new(untrack(|| {
        codes
            .iter()
            .map(|&code| country_label(app, code))
            .collect::<Vec<_>>()
    }));
    let chosen = StoredValue::new(selected.get_untracked());
    let focusable = StoredValue::new(map.focus.get_untracked());
    let shapes = statuses.with_value(|statuses| {
        labels.with_value(|labels| {
            country_shapes_html(first.paths.iter().zip(statuses.iter().zip(labels)).map(
                |(path, (&status, label))| ShapeState {
                    code: path.code,
                    d: &path.d,
                    status,
                    label,
                    selected: chosen.get_value() == Some(path.code),
                    focusable: focusable.get_value() == path.code,
                },
            ))
        })
    });

    // The status colours follow the year and the data.
    {
        let codes = codes.clone();
        effect(move || {
            let now: Vec<_> = codes.iter().map(|&code| status_of(app, code)).collect();
            update_each(group, statuses, now, "class", |status| {
                country_class(*status)
            });
        });
    }
    // The accessible names follow the language, the names and the statuses.
    effect(move || {
        let now: Vec<_> = codes.iter().map(|&code| country_label(app, code)).collect();
        update_each(group, labels, now, "aria-label", String::as_str);
    });
    // The selected shape is pressed; the focusable one is the Tab stop.
    effect(move || {
        let now = selected.get();
        let before = chosen.get_value();
        if now != before {
            chosen.set_value(now);
            set_on(group, before, "aria-pressed", pressed(false));
            set_on(group, now, "aria-pressed", pressed(true));
        }
    });
    effect(move || {
        let now = map.focus.get();
        let before = focusable.get_value();
        if now != before {
            focusable.set_value(now);
            set_on(group, Some(before), "tabindex", tab_index(false));
            set_on(group, Some(now), "tabindex", tab_index(true));
        }
    });

    let focused = RwSignal::new(None::<CountryCode>);
    let path_d = move |code: Option<CountryCode>| {
        code.and_then(|code| {
            map.world
                .with(|w| w.as_ref()?.path(code).map(|p| p.d.clone()))
        })
        .unwrap_or_default()
    };
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
            inner_html=shapes
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
        ></g>
        <path class="map__selected" d=move || path_d(selected.get()) aria-hidden="true" />
        <path class="map__focus" d=move || path_d(focused.get()) aria-hidden="true" />
    }
}

/// A shape's OTS status in the year shown.
fn status_of(app: AppState, code: CountryCode) -> Option<crate::data::Status> {
    app.ots_status(code).map(|(status, _)| status)
}

/// The accessible name of a shape: its name, and its OTS status where it has one.
fn country_label(app: AppState, code: CountryCode) -> String {
    app.track_names();
    status_label(app.text(), app.name_of(code), app.ots_status(code))
}

/// Sets `attribute` on each shape (the group's children, in order) whose value in `now`
/// differs from `shown`, which then holds `now`.
fn update_each<T: PartialEq + Send + Sync + 'static>(
    group: NodeRef<svg::G>,
    shown: StoredValue<Vec<T>>,
    now: Vec<T>,
    attribute: &str,
    value: impl Fn(&T) -> &str,
) {
    let Some(group) = group.get_untracked() else {
        return;
    };
    let children = group.children();
    shown.with_value(|shown| {
        for (i, (old, new)) in shown.iter().zip(&now).enumerate() {
            if old != new
                && let Some(element) = children.item(i as u32)
            {
                let _ = element.set_attribute(attribute, value(new));
            }
        }
    });
    shown.set_value(now);
}

/// Sets `attribute` on the shape of `code`, if there is one.
fn set_on(group: NodeRef<svg::G>, code: Option<CountryCode>, attribute: &str, value: &str) {
    let (Some(group), Some(code)) = (group.get_untracked(), code) else {
        return;
    };
    let selector = format!("path[data-code=\"{code}\"]");
    if let Ok(Some(element)) = group.query_selector(&selector) {
        let _ = element.set_attribute(attribute, value);
    }
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
