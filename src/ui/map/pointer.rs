//! Pointer handling: drag to pan, two fingers to pinch, wheel to zoom; a drag over a busy
//! map moves a picture of it; the hover look is held from a press to its release; and the
//! country under the pointer is named in the tooltip.

use leptos::prelude::*;
use leptos::svg;
use wasm_bindgen::JsCast;

use super::camera::MapCamera;
use super::tooltip::{Hint, Tip, Tooltip, show_hint};
use crate::geo::path::format_decimal;
use crate::geo::{Camera, ScreenPoint};
use crate::gesture::{
    Gestures, Motion, WheelAction, pans_as_picture, touch_moves_map, wheel_action, wheel_pixels,
};
use crate::i18n::fill;
use crate::ui::state::AppState;
use crate::world::CountryCode;

/// On the map's element from a press to its release (over a busy map): no shape takes
/// the hover look meanwhile (the CSS hover rules exclude it).
const PRESSED_CLASS: &str = "map__svg--pressed";
/// Zoom factor of one wheel notch (100 px of `deltaY`).
const WHEEL_ZOOM_PER_100PX: f64 = 1.25;

/// The map's pointer state and its handlers. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub struct Pointer {
    app: AppState,
    map: MapCamera,
    svg: NodeRef<svg::Svg>,
    gestures: StoredValue<Gestures>,
    tooltip: Tooltip,
    hint: Hint,
    /// The element's position, read once per gesture: reading it on every pointer move
    /// forces a layout each time.
    origin: StoredValue<(f64, f64)>,
    /// A drag over a busy map (thousands of markers and flows) moves a picture of it, a
    /// CSS transform that needs no repaint, and sets the camera once when the drag ends:
    /// this holds the camera at the start and the drag so far.
    picture: StoredValue<Option<(Camera, f64, f64)>>,
    /// While a drag lasts, a transparent layer over the map shows the closed hand: a
    /// cursor set on the SVG would restyle every shape in it (100 ms a press on a busy map).
    pub dragging: RwSignal<bool>,
    /// From a press to its release, the hover look stays on the shapes that had it: a
    /// drag's first move hit-tests the map before the map moves, and the layer with the
    /// closed hand and pointer capture take `:hover`; a highlight passing from one flow to
    /// another repaints all they overlap (over 100 ms with 2,000 flows, in software).
    /// Holding it from the press itself is what works: held from the drag's first move,
    /// that frame still repainted. Only a busy map (the one a drag moves as a picture) is
    /// held: the hold restyles every shape, a cost a click's frame on a light map need not
    /// pay (its highlights repaint little). After a click, the hold ends once the click's
    /// frame is painted.
    held: StoredValue<Option<Vec<web_sys::Element>>, LocalStorage>,
}

impl Pointer {
    /// The pointer state of the map drawn in `svg`.
    pub fn new(
        app: AppState,
        map: MapCamera,
        svg: NodeRef<svg::Svg>,
        tooltip: Tooltip,
        hint: Hint,
    ) -> Pointer {
        Pointer {
            app,
            map,
            svg,
            gestures: StoredValue::new(Gestures::default()),
            tooltip,
            hint,
            origin: StoredValue::new((0.0, 0.0)),
            picture: StoredValue::new(None),
            dragging: RwSignal::new(false),
            held: StoredValue::new_local(None),
        }
    }

    /// True when the press that just ended moved (its click selects nothing).
    pub fn was_drag(&self) -> bool {
        self.gestures.with_value(Gestures::was_drag)
    }

    /// A button or finger was pressed on the map.
    pub fn down(&self, ev: web_sys::PointerEvent) {
        if !ev.is_primary() && ev.pointer_type() == "mouse" {
            return;
        }
        if self.held.with_value(Option::is_none)
            && let Some(svg) = self.element()
            && pans_as_picture(overlay_shapes(&svg))
        {
            let shapes = hovered_shapes(&svg);
            hold_hover(&svg, &shapes, true);
            self.held.set_value(Some(shapes));
        }
        self.measure();
        let p = self.local_point(&ev);
        self.gestures.update_value(|g| g.down(ev.pointer_id(), p));
    }

    /// A pointer moved over the map: it pans or pinches once a press became a drag.
    pub fn moved(&self, ev: web_sys::PointerEvent) {
        // A button released outside the map (its `pointerup` went elsewhere).
        if ev.buttons() == 0 && ev.pointer_type() == "mouse" {
            self.drop_hold();
        }
        let embedded = self.app.map_state.with_untracked(|s| s.embed);
        let pointers = self.gestures.with_value(Gestures::pointer_count);
        if ev.pointer_type() == "touch" && !touch_moves_map(embedded, pointers) {
            // One finger in an embed scrolls the host page; say how to move the map.
            if pointers == 1 {
                show_hint(self.hint, self.app.text().zoom_hint_touch.to_owned());
            }
            return;
        }
        let p = self.local_point(&ev);
        let was_dragging = self.gestures.with_value(Gestures::is_dragging);
        let mut motion = Motion::None;
        self.gestures
            .update_value(|g| motion = g.moved(ev.pointer_id(), p));
        if !was_dragging && self.gestures.with_value(Gestures::is_dragging) {
            self.drag_started(&ev);
        }
        match motion {
            Motion::None => {}
            Motion::Pan { dx, dy } => self.pan(dx, dy),
            Motion::Pinch {
                dx,
                dy,
                factor,
                anchor,
            } => {
                self.commit_picture();
                self.map
                    .change(|c, v| c.pan_by(v, dx, dy).zoom_at(v, factor, anchor));
            }
        }
    }

    /// A press became a drag.
    fn drag_started(&self, ev: &web_sys::PointerEvent) {
        // Capture only once the press became a drag, so a plain click still reaches
        // the country under the pointer.
        if let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(ev.pointer_id());
        }
        self.tooltip.set(None);
        self.dragging.set(true);
        if let (Some(svg), Some(camera)) = (self.element(), self.map.camera.get_untracked())
            && self.gestures.with_value(Gestures::pointer_count) == 1
            && pans_as_picture(overlay_shapes(&svg))
        {
            self.picture.set_value(Some((camera, 0.0, 0.0)));
        }
    }

    /// Pans the map, or its picture during a drag over a busy map.
    fn pan(&self, dx: f64, dy: f64) {
        let map = self.map;
        match self.picture.get_value() {
            Some((start, x, y)) => {
                let (x, y) = (x + dx, y + dy);
                self.picture.set_value(Some((start, x, y)));
                let viewport = map.viewport.get_untracked();
                let Some(world) = map
                    .world
                    .with_untracked(|w| w.as_ref().map(|w| w.world_bounds))
                else {
                    return;
                };
                let target = start.pan_by(viewport, x, y).clamp_to(world);
                if let Some(svg) = self.element() {
                    shift_picture(&svg, Some(start.shift_to(viewport, &target)));
                }
            }
            None => map.change(|c, v| c.pan_by(v, dx, dy)),
        }
    }

    /// A pointer was released (or the browser took it over).
    pub fn end(&self, ev: web_sys::PointerEvent) {
        self.gestures.update_value(|g| {
            g.up(ev.pointer_id());
        });
        if !self.gestures.with_value(Gestures::is_dragging) {
            self.commit_picture();
            if self.dragging.get_untracked() {
                self.dragging.set(false);
            }
        }
        if self.gestures.with_value(Gestures::pointer_count) == 0 {
            let pointer = *self;
            // After this frame (a click's work and paint come first).
            request_animation_frame(move || {
                set_timeout(move || pointer.release_hover(), std::time::Duration::ZERO);
            });
        }
    }

    /// The wheel zooms around the pointer (in an embed, only with Ctrl or ⌘ held).
    pub fn wheel(&self, ev: web_sys::WheelEvent) {
        let embedded = self.app.map_state.with_untracked(|s| s.embed);
        if wheel_action(embedded, ev.ctrl_key() || ev.meta_key()) == WheelAction::ScrollPage {
            let key = if is_mac() { "⌘" } else { "Ctrl" };
            show_hint(self.hint, fill(self.app.text().zoom_hint_wheel, &[key]));
            return;
        }
        ev.prevent_default();
        self.commit_picture();
        self.measure();
        let p = self.local_point(&ev);
        let delta = wheel_pixels(ev.delta_y(), ev.delta_mode());
        // 1.25 to the power of notches, by the browser's `Math` (Rust's would add libm's).
        let factor = js_sys::Math::pow(WHEEL_ZOOM_PER_100PX, -delta / 100.0);
        self.map.change(|c, v| c.zoom_at(v, factor, p));
    }

    /// The pointer entered a country: it is hovered and named in the tooltip.
    pub fn country_over(&self, ev: web_sys::PointerEvent, code: Option<CountryCode>) {
        if self.gestures.with_value(Gestures::is_dragging) {
            return;
        }
        // Entering a shape is rare enough to measure the element (the layout may have moved).
        self.measure();
        self.app.hovered.set(code);
        let at = self.local_point(&ev);
        self.tooltip.set(code.map(|c| (Tip::Country(c), at)));
    }

    /// The mouse moved over a country: the tooltip follows.
    pub fn country_move(&self, ev: web_sys::PointerEvent) {
        if ev.pointer_type() != "mouse" {
            return;
        }
        if let Some((tip @ Tip::Country(_), _)) = self.tooltip.get_untracked() {
            self.tooltip.set(Some((tip, self.local_point(&ev))));
        }
    }

    /// The pointer left a country.
    pub fn country_out(&self) {
        self.app.hovered.set(None);
        self.tooltip.set(None);
    }

    fn element(&self) -> Option<web_sys::Element> {
        Some(self.svg.get_untracked()?.unchecked_into())
    }

    /// Reads the element's position (once per gesture).
    fn measure(&self) {
        if let Some(element) = self.element() {
            let rect = element.get_bounding_client_rect();
            self.origin.set_value((rect.left(), rect.top()));
        }
    }

    /// Where an event happened, in the map's pixels.
    fn local_point(&self, ev: &web_sys::MouseEvent) -> ScreenPoint {
        let (left, top) = self.origin.get_value();
        ScreenPoint::new(
            f64::from(ev.client_x()) - left,
            f64::from(ev.client_y()) - top,
        )
    }

    /// Sets the camera where a picture drag left it, and puts the picture back.
    fn commit_picture(&self) {
        let Some((start, dx, dy)) = self.picture.get_value() else {
            return;
        };
        self.picture.set_value(None);
        if let Some(svg) = self.element() {
            shift_picture(&svg, None);
        }
        self.map
            .set(start.pan_by(self.map.viewport.get_untracked(), dx, dy));
    }

    fn drop_hold(&self) {
        let Some(Some(shapes)) = self.held.try_get_value() else {
            return;
        };
        self.held.set_value(None);
        if let Some(svg) = self.element() {
            hold_hover(&svg, &shapes, false);
        }
    }

    /// Runs a frame later: the map may be gone by then.
    fn release_hover(&self) {
        if self.gestures.try_with_value(Gestures::pointer_count) == Some(0) {
            self.drop_hold();
        }
    }
}

/// True on Apple systems, where ⌘ takes the place of Ctrl.
fn is_mac() -> bool {
    window()
        .navigator()
        .platform()
        .map(|p| p.starts_with("Mac") || p.starts_with("iP"))
        .unwrap_or(false)
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
