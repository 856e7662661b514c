//! The SVG map: country shapes, hover and selection overlays, and the pointer, wheel and
//! keyboard handlers that move the camera. Geometry attributes are static; only the
//! `viewBox`, a few classes and the overlays change while the map is used.

mod controls;
pub mod export;
mod overlays;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::svg;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use self::controls::MapControls;
use self::overlays::{FlowLayer, MarkerLayer};
use super::load::{LoadedWorld, load_outer, mark_started};
use super::offline::keep_offline_copy;
use super::reactive::{effect, effect_until};
use super::state::{History, use_app};
use crate::data::Status;
use crate::geo::camera::Viewport;
use crate::geo::path::format_decimal;
use crate::geo::{Camera, ScreenPoint};
use crate::gesture::{
    Gestures, Motion, WheelAction, pans_as_picture, touch_moves_map, wheel_action,
};
use crate::i18n::fill;
use crate::render::boot_map::first_view_cover;
use crate::url_state::MapView as UrlView;
use crate::world::{CountryCode, Direction};

/// Pixels of margin around the framed region.
const FRAME_PADDING_PX: f64 = 12.0;
/// How long the view must rest before it is written to the URL.
const VIEW_SETTLE: Duration = Duration::from_millis(400);
/// How long after the map is ready the quotes and diaspora files are fetched.
const DETAILS_PREFETCH_DELAY: Duration = Duration::from_millis(1000);
/// Then, with everything the page needs in, the offline copy (`ui/offline.rs`).
const OFFLINE_COPY_DELAY: Duration = Duration::from_millis(5000);
/// On the map's element from a press to its release (over a busy map): no shape takes
/// the hover look meanwhile (the CSS hover rules exclude it).
const PRESSED_CLASS: &str = "map__svg--pressed";
/// How long after the map is ready the geometry outside the first view is fetched.
const OUTER_PREFETCH_DELAY: Duration = Duration::from_millis(300);
/// Zoom factor of one wheel notch (100 px of `deltaY`).
const WHEEL_ZOOM_PER_100PX: f64 = 1.25;

/// The camera and the element size, shared with the zoom buttons.
#[derive(Clone, Copy)]
pub struct MapCamera {
    /// What the map shows; `None` until the element has been measured.
    pub camera: RwSignal<Option<Camera>>,
    /// The element's size in CSS pixels.
    pub viewport: RwSignal<Viewport>,
    /// The projected world: first that of the first view, then the whole one.
    pub world: RwSignal<Arc<LoadedWorld>>,
    /// Bumped whenever the camera moves, to write the URL once it settles.
    moves: RwSignal<u32>,
}

impl MapCamera {
    /// Moves the camera (kept inside the world) and schedules the URL update.
    pub fn set(&self, camera: Camera) {
        let world = self.world.with_untracked(|w| w.world_bounds);
        self.camera.set(Some(camera.clamp_to(world)));
        self.moves.update(|n| *n += 1);
    }

    /// Applies `change` to the current camera, if there is one.
    pub fn change(&self, change: impl FnOnce(Camera, Viewport) -> Camera) {
        if let Some(camera) = self.camera.get_untracked() {
            self.set(change(camera, self.viewport.get_untracked()));
        }
    }

    /// The camera that frames the OTS region in the current viewport.
    pub fn region_camera(&self) -> Camera {
        let bounds = self.world.with_untracked(|w| w.region_bounds);
        Camera::fit(bounds, self.viewport.get_untracked(), FRAME_PADDING_PX)
    }

    /// The camera that shows the whole world in the current viewport.
    pub fn world_camera(&self) -> Camera {
        let bounds = self.world.with_untracked(|w| w.world_bounds);
        Camera::fit(bounds, self.viewport.get_untracked(), FRAME_PADDING_PX)
    }
}

/// The interactive map of the world. `world` starts as the geometry of the first view
/// (every country listed, those beyond it without a shape) and may later become the whole
/// world: the shapes that arrive are drawn into their paths in place.
#[component]
pub fn MapView(world: Arc<LoadedWorld>) -> impl IntoView {
    let app = use_app();
    let svg_ref = NodeRef::<svg::Svg>::new();
    let countries_ref = NodeRef::<svg::G>::new();
    let first = world;
    let map = MapCamera {
        camera: RwSignal::new(None),
        viewport: RwSignal::new(Viewport::new(800.0, 500.0)),
        world: RwSignal::new(first.clone()),
        moves: RwSignal::new(0),
    };
    provide_context(map);
    let projection = first.projection;
    let cover = first_view_cover(&projection);
    let gestures = StoredValue::new(Gestures::default());
    let tooltip = RwSignal::new(None::<(Tip, ScreenPoint)>);
    let hint = RwSignal::new(None::<(String, u32)>);

    // Measure the element and keep measuring it: embeds and phones resize.
    effect(move || {
        let Some(svg) = svg_ref.get() else { return };
        let element: web_sys::Element = svg.unchecked_into();
        observe_size(&element, map.viewport);
    });

    // The URL's view, or the OTS region, becomes the camera when the map is first
    // measured and whenever the URL's view changes (Back, Forward, a pasted link).
    let url_view = Memo::new(move |_| app.map_state.with(|s| s.view));
    effect(move || {
        let view = url_view.get();
        // Re-run when the element is resized, to keep the default framing fitted.
        map.viewport.track();
        let current = map.camera.get_untracked();
        let wanted = match view {
            Some(v) => v.camera(&projection),
            None => {
                // Keep the visitor's framing when only the viewport changed.
                if current.is_some() && map.moves.get_untracked() > 0 {
                    return;
                }
                map.region_camera()
            }
        };
        let same = current
            .map(|c| {
                UrlView::from_camera(c, &projection) == UrlView::from_camera(wanted, &projection)
            })
            .unwrap_or(false);
        if !same || current.is_none() {
            map.camera.set(Some(wanted));
        }
    });

    // Write the view into the URL once the camera has rested (replace, not push).
    effect(move || {
        let n = map.moves.get();
        if n == 0 {
            return;
        }
        set_timeout(
            move || {
                if map.moves.get_untracked() != n {
                    return;
                }
                let Some(camera) = map.camera.get_untracked() else {
                    return;
                };
                let view = UrlView::from_camera(camera, &projection);
                // The default framing is not written: such links adapt to every screen.
                let region = UrlView::from_camera(map.region_camera(), &projection);
                let wanted = (view != region).then_some(view);
                if app.map_state.with_untracked(|s| s.view) != wanted {
                    app.update(History::Replace, |s| s.view = wanted);
                }
            },
            VIEW_SETTLE,
        );
    });

    // A view beyond what world.geojson draws needs the rest of the geometry now.
    let covered = move || {
        map.camera.get().is_some_and(|camera| {
            map.world.with(|w| w.complete) || cover.encloses(camera.visible(map.viewport.get()))
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
            if !app.outer_wanted.get() || map.world.with_untracked(|w| w.complete) {
                return;
            }
            let first = first.clone();
            leptos::task::spawn_local(async move {
                match load_outer(&first).await {
                    Ok(world) => {
                        if let Some(group) = countries_ref.get_untracked() {
                            draw_pending_paths(&group, &world);
                        }
                        map.world.set(world);
                    }
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

    let view_box = move || {
        map.camera
            .get()
            .map(|c| c.view_box(map.viewport.get()))
            .unwrap_or_else(|| map.world.with_untracked(|w| w.world_bounds.view_box()))
    };

    // The hatch is drawn in screen pixels: scale the pattern against the zoom.
    let hatch_transform = move || {
        let scale = map
            .camera
            .get()
            .map_or(1.0, |c| c.scale(map.viewport.get()));
        format!("rotate(45) scale({})", format_decimal(1.0 / scale, 5))
    };

    let selected = Memo::new(move |_| app.map_state.with(|s| s.country));
    // Only the shapes whose state changes are touched when the selection or focus moves.
    let is_selected = Selector::new(move || selected.get());
    let focus_code = RwSignal::new(
        selected
            .get_untracked()
            .unwrap_or(CountryCode::from_static(DEFAULT_FOCUS)),
    );
    let has_focus = Selector::new(move || Some(focus_code.get()));
    effect(move || {
        if let Some(code) = selected.get() {
            focus_code.set(code);
        }
    });
    let focused = RwSignal::new(None::<CountryCode>);
    let path_d = move |code: Option<CountryCode>| {
        code.and_then(|code| map.world.with(|w| w.path(code).map(|p| p.d.clone())))
            .unwrap_or_default()
    };
    let focused_d = move || path_d(focused.get());
    let selected_d = move || path_d(selected.get());

    let countries = first
        .paths
        .iter()
        .map(|path| {
            let code = path.code;
            let class = move || country_class(status_now(code));
            let label = move || country_label(code);
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

    // Pointer handling: drag to pan, two fingers to pinch, wheel to zoom.
    // The element's position, read once per gesture: reading it on every pointer move
    // forces a layout each time.
    let origin = StoredValue::new((0.0_f64, 0.0_f64));
    let measure = move || {
        if let Some(svg) = svg_ref.get_untracked() {
            let element: web_sys::Element = svg.unchecked_into();
            let rect = element.get_bounding_client_rect();
            origin.set_value((rect.left(), rect.top()));
        }
    };
    let local_point = move |x: i32, y: i32| -> ScreenPoint {
        let (left, top) = origin.get_value();
        ScreenPoint::new(f64::from(x) - left, f64::from(y) - top)
    };
    // A drag over a busy map (thousands of markers and flows) moves a picture of it, a CSS
    // transform that needs no repaint, and sets the camera once when the drag ends:
    // `picture` holds the camera at the start and the drag so far.
    let picture = StoredValue::new(None::<(Camera, f64, f64)>);
    // While a drag lasts, a transparent layer over the map shows the closed hand: a cursor
    // set on the SVG would restyle every shape in it (100 ms a press on a busy map).
    let dragging = RwSignal::new(false);
    let svg_element =
        move || -> Option<web_sys::Element> { Some(svg_ref.get_untracked()?.unchecked_into()) };
    let commit_picture = move || {
        let Some((start, dx, dy)) = picture.get_value() else {
            return;
        };
        picture.set_value(None);
        if let Some(svg) = svg_element() {
            shift_picture(&svg, None);
        }
        map.set(start.pan_by(map.viewport.get_untracked(), dx, dy));
    };
    // From a press to its release, the hover look stays on the shapes that had it: a
    // drag's first move hit-tests the map before the map moves, and the layer with the
    // closed hand and pointer capture take `:hover`; a highlight passing from one flow to
    // another repaints all they overlap (over 100 ms with 2,000 flows, in software).
    // Holding it from the press itself is what works: held from the drag's first move,
    // that frame still repainted. Only a busy map (the one a drag moves as a picture) is
    // held: the hold restyles every shape, a cost a click's frame on a light map need not
    // pay (its highlights repaint little). After a click, the hold ends once the click's
    // frame is painted.
    let held = StoredValue::new_local(None::<Vec<web_sys::Element>>);
    let drop_hold = move || {
        let Some(Some(shapes)) = held.try_get_value() else {
            return;
        };
        held.set_value(None);
        if let Some(svg) = svg_element() {
            hold_hover(&svg, &shapes, false);
        }
    };
    // Runs a frame later: the map may be gone by then.
    let release_hover = move || {
        if gestures.try_with_value(Gestures::pointer_count) == Some(0) {
            drop_hold();
        }
    };
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        if !ev.is_primary() && ev.pointer_type() == "mouse" {
            return;
        }
        if held.with_value(Option::is_none)
            && let Some(svg) = svg_element()
            && pans_as_picture(overlay_shapes(&svg))
        {
            let shapes = hovered_shapes(&svg);
            hold_hover(&svg, &shapes, true);
            held.set_value(Some(shapes));
        }
        measure();
        let p = local_point(ev.client_x(), ev.client_y());
        gestures.update_value(|g| g.down(ev.pointer_id(), p));
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        // A button released outside the map (its `pointerup` went elsewhere).
        if ev.buttons() == 0 && ev.pointer_type() == "mouse" {
            drop_hold();
        }
        let embedded = app.map_state.with_untracked(|s| s.embed);
        if ev.pointer_type() == "touch"
            && !touch_moves_map(embedded, gestures.with_value(Gestures::pointer_count))
        {
            // One finger in an embed scrolls the host page; say how to move the map.
            if gestures.with_value(Gestures::pointer_count) == 1 {
                show_hint(hint, app.text().zoom_hint_touch.to_owned());
            }
            return;
        }
        let p = local_point(ev.client_x(), ev.client_y());
        let was_dragging = gestures.with_value(Gestures::is_dragging);
        let mut motion = Motion::None;
        gestures.update_value(|g| motion = g.moved(ev.pointer_id(), p));
        if !was_dragging && gestures.with_value(Gestures::is_dragging) {
            // Capture only once the press became a drag, so a plain click still reaches
            // the country under the pointer.
            if let Some(target) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = target.set_pointer_capture(ev.pointer_id());
            }
            tooltip.set(None);
            dragging.set(true);
            if let (Some(svg), Some(camera)) = (svg_element(), map.camera.get_untracked())
                && gestures.with_value(Gestures::pointer_count) == 1
                && pans_as_picture(overlay_shapes(&svg))
            {
                picture.set_value(Some((camera, 0.0, 0.0)));
            }
        }
        match motion {
            Motion::None => {}
            Motion::Pan { dx, dy } => match picture.get_value() {
                Some((start, x, y)) => {
                    let (x, y) = (x + dx, y + dy);
                    picture.set_value(Some((start, x, y)));
                    let viewport = map.viewport.get_untracked();
                    let world = map.world.with_untracked(|w| w.world_bounds);
                    let target = start.pan_by(viewport, x, y).clamp_to(world);
                    if let Some(svg) = svg_element() {
                        shift_picture(&svg, Some(start.shift_to(viewport, &target)));
                    }
                }
                None => map.change(|c, v| c.pan_by(v, dx, dy)),
            },
            Motion::Pinch {
                dx,
                dy,
                factor,
                anchor,
            } => {
                commit_picture();
                map.change(|c, v| c.pan_by(v, dx, dy).zoom_at(v, factor, anchor));
            }
        }
    };
    let on_pointer_end = move |ev: web_sys::PointerEvent| {
        gestures.update_value(|g| {
            g.up(ev.pointer_id());
        });
        if !gestures.with_value(Gestures::is_dragging) {
            commit_picture();
            if dragging.get_untracked() {
                dragging.set(false);
            }
        }
        if gestures.with_value(Gestures::pointer_count) == 0 {
            // After this frame (a click's work and paint come first).
            request_animation_frame(move || {
                set_timeout(release_hover, std::time::Duration::ZERO);
            });
        }
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let embedded = app.map_state.with_untracked(|s| s.embed);
        if wheel_action(embedded, ev.ctrl_key() || ev.meta_key()) == WheelAction::ScrollPage {
            let key = if is_mac() { "⌘" } else { "Ctrl" };
            show_hint(hint, fill(app.text().zoom_hint_wheel, &[key]));
            return;
        }
        ev.prevent_default();
        commit_picture();
        measure();
        let p = local_point(ev.client_x(), ev.client_y());
        let delta = match ev.delta_mode() {
            1 => ev.delta_y() * 33.0,
            2 => ev.delta_y() * 400.0,
            _ => ev.delta_y(),
        };
        // 1.25 to the power of notches, through `exp`: `powf` would add the larger `pow`.
        let factor = (WHEEL_ZOOM_PER_100PX.ln() * (-delta / 100.0)).exp();
        map.change(|c, v| c.zoom_at(v, factor, p));
    };

    // Country events are delegated to the group: one listener for every shape.
    let on_country_over = move |ev: web_sys::PointerEvent| {
        if gestures.with_value(Gestures::is_dragging) {
            return;
        }
        // Entering a shape is rare enough to measure the element (the layout may have moved).
        measure();
        let code = code_of_target(&ev);
        app.hovered.set(code);
        tooltip.set(code.map(|c| (Tip::Country(c), local_point(ev.client_x(), ev.client_y()))));
    };
    let on_country_move = move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() != "mouse" {
            return;
        }
        if let Some((tip @ Tip::Country(_), _)) = tooltip.get_untracked() {
            tooltip.set(Some((tip, local_point(ev.client_x(), ev.client_y()))));
        }
    };
    let on_country_out = move |_ev: web_sys::PointerEvent| {
        app.hovered.set(None);
        tooltip.set(None);
    };
    let on_country_click = move |ev: web_sys::MouseEvent| {
        if gestures.with_value(Gestures::was_drag) {
            return;
        }
        if let Some(code) = code_of_target(&ev) {
            app.select(Some(code));
        }
    };
    let on_country_key = move |ev: web_sys::KeyboardEvent| {
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
                let (dx, dy) = match direction {
                    Direction::Left => (KEY_PAN_PX, 0.0),
                    Direction::Right => (-KEY_PAN_PX, 0.0),
                    Direction::Up => (0.0, KEY_PAN_PX),
                    Direction::Down => (0.0, -KEY_PAN_PX),
                };
                map.change(|c, v| c.pan_by(v, dx, dy));
                return;
            }
            let world = map.world.get_untracked();
            let next = world
                .adjacency
                .step(code, direction, &|c| world.path(c).map(|p| p.anchor));
            if let Some(next) = next {
                focus_code.set(next);
                if let Some(anchor) = world.path(next).map(|p| p.anchor) {
                    keep_in_view(map, anchor);
                }
                focus_country(next);
            }
        } else if matches!(key.as_str(), "+" | "=") {
            ev.prevent_default();
            map.change(|c, v| c.zoom_at(v, KEY_ZOOM, v.center()));
        } else if matches!(key.as_str(), "-" | "_") {
            ev.prevent_default();
            map.change(|c, v| c.zoom_at(v, 1.0 / KEY_ZOOM, v.center()));
        }
    };
    let on_country_focus = move |ev: web_sys::FocusEvent| {
        let code = code_of_target(&ev);
        // The dashed outline is for the keyboard: a press of the mouse or a finger also
        // focuses the shape, and would draw it over the country under every drag.
        let by_keyboard = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.matches(":focus-visible").unwrap_or(true));
        focused.set(code.filter(|_| by_keyboard));
        if let Some(code) = code {
            focus_code.set(code);
        }
    };
    let on_country_blur = move |_ev: web_sys::FocusEvent| focused.set(None);

    // A search (or another part of the page) asks to bring a country into view.
    // A country beyond the first view waits for its shape (the request stays until then).
    effect(move || {
        let Some(code) = app.frame_request.get() else {
            return;
        };
        let world = map.world.get();
        let path = world.path(code);
        if path.is_some_and(|p| p.d.is_empty()) && !world.complete {
            app.request_outer();
            return;
        }
        app.frame_request.set(None);
        if let Some(path) = path {
            let bounds =
                crate::render::frame::around(path.main_bounds, FRAME_MARGIN, FRAME_MIN_SPAN);
            map.set(Camera::fit(
                bounds,
                map.viewport.get_untracked(),
                FRAME_PADDING_PX,
            ));
            focus_code.set(code);
        }
    });

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
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_end
                on:pointercancel=on_pointer_end
                on:wheel=on_wheel
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
                <g
                    node_ref=countries_ref
                    class="map__countries"
                    // Chromium makes an SVG element with focus listeners a tab stop: the
                    // group is not one (the first Tab into the map reaches a country).
                    tabindex="-1"
                    on:pointerover=on_country_over
                    on:pointermove=on_country_move
                    on:pointerout=on_country_out
                    on:click=on_country_click
                    on:keydown=on_country_key
                    on:focusin=on_country_focus
                    on:focusout=on_country_blur
                >
                    {countries}
                </g>
                <path class="map__selected" d=selected_d aria-hidden="true" />
                <path class="map__focus" d=focused_d aria-hidden="true" />
                <FlowLayer map tooltip />
                <MarkerLayer projection map tooltip />
            </svg>
            <div class="map__grabbing" class:map__grabbing--on=move || dragging.get() aria-hidden="true"></div>
            <MapTooltip tooltip />
            {move || {
                hint.get()
                    .map(|(text, _)| {
                        view! { <div class="map-hint" role="status" data-testid="gesture-hint">{text}</div> }
                    })
            }}
            <MapControls map />
        </div>
    }
}

/// What the floating tooltip shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Tip {
    /// A country's name.
    Country(CountryCode),
    /// A prepared text (a marker's or a flow's label).
    Text(String),
}

/// The floating name next to the pointer (or next to the focused marker or flow).
#[component]
fn MapTooltip(tooltip: RwSignal<Option<(Tip, ScreenPoint)>>) -> impl IntoView {
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

/// The country that takes the map's keyboard focus first.
const DEFAULT_FOCUS: &str = "KAZ";
/// Pixels one Shift+arrow press pans the map.
const KEY_PAN_PX: f64 = 80.0;
/// Zoom factor of one + or − key press.
const KEY_ZOOM: f64 = 1.5;
/// Margin around a country brought into view, as a fraction of its size.
const FRAME_MARGIN: f64 = 0.3;
/// The smallest plane span shown when framing a country, so small states keep context.
const FRAME_MIN_SPAN: f64 = 30.0;

/// Moves keyboard focus to a country's shape.
pub fn focus_country(code: CountryCode) {
    let selector = format!("path.country[data-code=\"{code}\"]");
    if let Ok(Some(element)) = document().query_selector(&selector)
        && let Ok(svg) = element.dyn_into::<web_sys::SvgElement>()
    {
        let _ = svg.focus();
    }
}

/// Pans the camera so that `point` is on screen (leaving the zoom alone).
fn keep_in_view(map: MapCamera, point: crate::geo::PlanePoint) {
    map.change(|camera, viewport| {
        if camera.visible(viewport).contains(point) {
            camera
        } else {
            Camera::new(point, camera.zoom)
        }
    });
}

/// How long a gesture hint stays on screen.
const HINT_DURATION: Duration = Duration::from_millis(1800);

/// Shows a hint over the map for a moment (a newer hint restarts the clock).
fn show_hint(hint: RwSignal<Option<(String, u32)>>, text: String) {
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

/// True on Apple systems, where ⌘ takes the place of Ctrl.
fn is_mac() -> bool {
    window()
        .navigator()
        .platform()
        .map(|p| p.starts_with("Mac") || p.starts_with("iP"))
        .unwrap_or(false)
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
fn country_label(code: CountryCode) -> String {
    let app = use_app();
    app.track_names();
    let name = app.name_of(code);
    let text = app.text();
    let status = status_now(code).and_then(|status| {
        let since = app
            .dataset
            .with(|d| Some(d.as_ref()?.country(code)?.membership.as_ref()?.since.year()))?;
        Some((status, since))
    });
    match status {
        Some((Status::Member, year)) => fill(text.country_member, &[&name, &year.to_string()]),
        Some((Status::Observer, year)) => fill(text.country_observer, &[&name, &year.to_string()]),
        None => name,
    }
}

/// A country's OTS status in the year shown. Only OTS countries read the year, so a year
/// change re-runs the few shapes it can affect, not all of them (tracking is dynamic).
fn status_now(code: CountryCode) -> Option<Status> {
    let app = use_app();
    let in_ots = app.dataset.with(|d| {
        d.as_ref()
            .and_then(|d| d.country(code))
            .is_some_and(|c| c.membership.is_some())
    });
    if !in_ots {
        return None;
    }
    let year = app.year.get();
    app.dataset
        .with(|d| d.as_ref().and_then(|d| d.status_in_year(code, year)))
}

/// How many markers and flows the map draws (the children of their two layers).
fn overlay_shapes(svg: &web_sys::Element) -> u32 {
    [".map__markers", ".map__flows"]
        .into_iter()
        .filter_map(|selector| svg.query_selector(selector).ok().flatten())
        .map(|layer| layer.child_element_count())
        .sum()
}

/// Moves the drawn map by `shift` CSS pixels, or puts it back (`None`). The element is
/// its own compositing layer (`will-change` in CSS), so this needs no repaint.
fn shift_picture(svg: &web_sys::Element, shift: Option<(f64, f64)>) {
    let Some(svg) = svg.dyn_ref::<web_sys::SvgElement>() else {
        return;
    };
    let style = svg.style();
    let _ = match shift {
        Some((x, y)) => style.set_property(
            "transform",
            &format!(
                "translate({}px,{}px)",
                format_decimal(x, 1),
                format_decimal(y, 1)
            ),
        ),
        None => style.remove_property("transform").map(drop),
    };
}

/// The map's shapes under the pointer (those a hover rule styles).
fn hovered_shapes(svg: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = svg.query_selector_all(".country:hover, .flow:hover, .marker:hover") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// While a button is down, `shapes` keep their hover look (`hover-held`) and no other
/// shape takes it ([`PRESSED_CLASS`]).
fn hold_hover(svg: &web_sys::Element, shapes: &[web_sys::Element], hold: bool) {
    let _ = if hold {
        svg.class_list().add_1(PRESSED_CLASS)
    } else {
        svg.class_list().remove_1(PRESSED_CLASS)
    };
    for shape in shapes {
        let classes = shape.class_list();
        let _ = if hold {
            classes.add_1("hover-held")
        } else {
            classes.remove_1("hover-held")
        };
    }
}

/// The country code of the shape an event happened on.
fn code_of_target(ev: &web_sys::Event) -> Option<CountryCode> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let code = target.get_attribute("data-code")?;
    CountryCode::parse(&code).ok()
}

/// Keeps `viewport` equal to the element's size.
fn observe_size(element: &web_sys::Element, viewport: RwSignal<Viewport>) {
    let rect = element.get_bounding_client_rect();
    viewport.set(Viewport::new(rect.width(), rect.height()));
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .ok()
        else {
            return;
        };
        let rect = entry.content_rect();
        let next = Viewport::new(rect.width(), rect.height());
        // The map may have been removed (table view) before the browser reports.
        if viewport
            .try_get_untracked()
            .is_some_and(|current| current != next)
        {
            viewport.try_set(next);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(element);
        // The observer and its callback live as long as the map: stop both when it goes.
        let observer = SendWrapper::new(observer);
        let callback = SendWrapper::new(callback);
        on_cleanup(move || {
            observer.disconnect();
            drop(callback);
        });
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
