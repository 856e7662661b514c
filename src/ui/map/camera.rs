//! The camera: what the map shows, kept in step with the URL both ways, and framing a
//! country. Provided above the header, so that the search can frame what it finds.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::geo::camera::Viewport;
use crate::geo::frame::APP_FRAMING;
use crate::geo::{Bounds, Camera, EqualEarth, PlanePoint};
use crate::ui::load::LoadedWorld;
use crate::ui::reactive::effect;
use crate::ui::state::{AppState, History};
use crate::url_state::MapView as UrlView;
use crate::world::CountryCode;

/// How long the view must rest before it is written to the URL.
const VIEW_SETTLE: Duration = Duration::from_millis(400);
/// The country that takes the map's keyboard focus first.
const DEFAULT_FOCUS: &str = "KAZ";

/// The camera and the element size, shared with the zoom buttons, the overlays and the
/// search. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub struct MapCamera {
    /// What the map shows; `None` until the element has been measured (and while the map
    /// is not shown: the table and quotes views).
    pub camera: RwSignal<Option<Camera>>,
    /// The element's size in CSS pixels.
    pub viewport: RwSignal<Viewport>,
    /// The projected world: first that of the first view, then the whole one (`None`
    /// until it has loaded).
    pub world: Memo<Option<Arc<LoadedWorld>>>,
    /// The country whose shape takes the keyboard focus (the one shape that is a tab stop).
    pub focus: RwSignal<CountryCode>,
    /// Bumped whenever the camera moves, to write the URL once it settles.
    moves: RwSignal<u32>,
    /// A country to frame as soon as the map can: it is not shown yet, or the country's
    /// shape is still downloading.
    pending: RwSignal<Option<CountryCode>>,
    app: AppState,
}

impl MapCamera {
    /// Creates the camera of the map that draws `world` and provides it as context.
    pub fn provide(app: AppState, world: Memo<Option<Arc<LoadedWorld>>>) -> MapCamera {
        let map = MapCamera {
            camera: RwSignal::new(None),
            viewport: RwSignal::new(Viewport::new(800.0, 500.0)),
            world,
            focus: RwSignal::new(CountryCode::from_static(DEFAULT_FOCUS)),
            moves: RwSignal::new(0),
            pending: RwSignal::new(None),
            app,
        };
        provide_context(map);
        map
    }

    /// Moves the camera (kept inside the world) and schedules the URL update.
    pub fn set(&self, camera: Camera) {
        if let Some(world) = self.bounds(|w| w.world_bounds) {
            self.camera.set(Some(camera.clamp_to(world)));
            self.moves.update(|n| *n += 1);
        }
    }

    /// Applies `change` to the current camera, if there is one.
    pub fn change(&self, change: impl FnOnce(Camera, Viewport) -> Camera) {
        if let Some(camera) = self.camera.get_untracked() {
            self.set(change(camera, self.viewport.get_untracked()));
        }
    }

    /// The camera that frames the OTS region in the current viewport.
    pub fn region_camera(&self) -> Option<Camera> {
        self.fit(|w| w.region_bounds)
    }

    /// The camera that shows the whole world in the current viewport.
    pub fn world_camera(&self) -> Option<Camera> {
        self.fit(|w| w.world_bounds)
    }

    /// The camera that fits the plane rectangle `of` the world in the current viewport.
    fn fit(&self, of: fn(&LoadedWorld) -> Bounds) -> Option<Camera> {
        let bounds = self.bounds(of)?;
        Some(Camera::fit(
            bounds,
            self.viewport.get_untracked(),
            APP_FRAMING.padding_px,
        ))
    }

    /// True once every country has its shape (tracked).
    pub fn complete(&self) -> bool {
        self.world.with(|w| w.as_ref().is_some_and(|w| w.complete))
    }

    /// Pans the camera so that `point` is on screen (leaving the zoom alone).
    pub fn keep_in_view(&self, point: PlanePoint) {
        self.change(|camera, viewport| {
            if camera.visible(viewport).contains(point) {
                camera
            } else {
                Camera::new(point, camera.zoom)
            }
        });
    }

    /// Moves the camera to show the plane rectangle `bounds` whole, unless it already
    /// does (a view the visitor chose is not narrowed).
    pub fn show(&self, bounds: Bounds) {
        self.change(|camera, viewport| {
            if camera.visible(viewport).encloses(bounds) {
                camera
            } else {
                Camera::fit(bounds, viewport, APP_FRAMING.padding_px)
            }
        });
    }

    /// Brings a country into view (the search): at once when the map is shown and has the
    /// country's shape, else as soon as it can. A country beyond the first view waits for
    /// its shape.
    pub fn frame(&self, code: CountryCode) {
        self.pending.set((!self.try_frame(code)).then_some(code));
    }

    /// Frames `code` unless the map cannot yet; false when it must wait.
    fn try_frame(&self, code: CountryCode) -> bool {
        let Some(world) = self.world.get_untracked() else {
            return false;
        };
        if self.camera.get_untracked().is_none() {
            return false;
        }
        let path = world.path(code);
        if path.is_some_and(|p| p.d.is_empty()) && !world.complete {
            self.app.request_outer();
            return false;
        }
        if let Some(path) = path {
            let bounds = APP_FRAMING.around(path.main_bounds);
            self.set(Camera::fit(
                bounds,
                self.viewport.get_untracked(),
                APP_FRAMING.padding_px,
            ));
            self.focus.set(code);
        }
        true
    }

    /// The plane rectangle `of` the world, once it has loaded.
    fn bounds(&self, of: fn(&LoadedWorld) -> Bounds) -> Option<Bounds> {
        self.world.with_untracked(|w| w.as_deref().map(of))
    }

    /// Starts the camera of a newly shown map: the keyboard focus on the selected country
    /// (else the default one), and no camera until the map is measured (again when the
    /// map is shown after the table view, as the first time).
    pub fn start(&self, selected: Option<CountryCode>) {
        self.focus
            .set(selected.unwrap_or(CountryCode::from_static(DEFAULT_FOCUS)));
        let map = *self;
        on_cleanup(move || {
            map.camera.try_set(None);
            map.moves.try_set(0);
        });
    }

    /// Keeps the camera and the URL's view in step, and frames the country asked for while
    /// the map could not (see [`MapCamera::frame`]).
    pub fn follow_url(self, projection: EqualEarth) {
        let map = self;
        let app = self.app;
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
                    let Some(region) = map.region_camera() else {
                        return;
                    };
                    region
                }
            };
            let same = current
                .map(|c| {
                    UrlView::from_camera(c, &projection)
                        == UrlView::from_camera(wanted, &projection)
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
                    let (Some(camera), Some(region)) =
                        (map.camera.get_untracked(), map.region_camera())
                    else {
                        return;
                    };
                    let view = UrlView::from_camera(camera, &projection);
                    // The default framing is not written: such links adapt to every screen.
                    let region = UrlView::from_camera(region, &projection);
                    let wanted = (view != region).then_some(view);
                    if app.map_state.with_untracked(|s| s.view) != wanted {
                        app.update(History::Replace, |s| s.view = wanted);
                    }
                },
                VIEW_SETTLE,
            );
        });

        // A country to frame waits for the map to be measured and for its shape.
        effect(move || {
            let Some(code) = map.pending.get() else {
                return;
            };
            map.world.track();
            map.camera.track();
            if map.try_frame(code) {
                map.pending.set(None);
            }
        });
    }

    /// Keeps the viewport equal to the element's size.
    pub fn observe(&self, element: &web_sys::Element) {
        let viewport = self.viewport;
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
}
