//! The camera: which part of the world plane the map element shows, and how gestures move it.
//!
//! A camera is a centre in the world plane plus a scale in CSS pixels per plane unit.
//! Given the size of the map element (a [`Viewport`]) it yields the SVG `viewBox`, so
//! panning and zooming change one attribute and never re-project a path.

use super::bounds::Bounds;
use super::coords::{PlanePoint, ScreenPoint};
use super::projection::PLANE_WIDTH;

/// The smallest zoom allowed: the world at half the width of the map.
pub const MIN_ZOOM: f64 = 0.5;
/// The largest zoom allowed: enough to pick out Northern Cyprus or Bahrain.
pub const MAX_ZOOM: f64 = 96.0;

/// The size of the map element in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
}

impl Viewport {
    /// Builds a viewport; sizes below one pixel are raised to one.
    pub fn new(width: f64, height: f64) -> Self {
        Self {
            width: width.max(1.0),
            height: height.max(1.0),
        }
    }

    /// The centre of the element, in screen pixels.
    pub fn center(&self) -> ScreenPoint {
        ScreenPoint::new(self.width / 2.0, self.height / 2.0)
    }
}

/// What the map shows: a centre in the plane and a zoom relative to the viewport's width.
///
/// Zoom 1 means the whole world (PLANE_WIDTH units) spans the width of the element, so a
/// zoom level shows the same span of longitude on a phone and on a desktop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// The plane point shown at the centre of the element.
    pub center: PlanePoint,
    /// Magnification relative to the world fitting the element's width.
    pub zoom: f64,
}

impl Camera {
    /// A camera, with the zoom clamped to the allowed range.
    pub fn new(center: PlanePoint, zoom: f64) -> Self {
        Self {
            center,
            zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        }
    }

    /// The camera that shows `bounds` whole, with `padding` pixels on every side.
    pub fn fit(bounds: Bounds, viewport: Viewport, padding: f64) -> Self {
        let usable_w = (viewport.width - 2.0 * padding).max(1.0);
        let usable_h = (viewport.height - 2.0 * padding).max(1.0);
        let scale = (usable_w / bounds.width().max(1e-9)).min(usable_h / bounds.height().max(1e-9));
        Self::new(bounds.center(), scale * PLANE_WIDTH / viewport.width)
    }

    /// CSS pixels per plane unit for this viewport.
    pub fn scale(&self, viewport: Viewport) -> f64 {
        self.zoom * viewport.width / PLANE_WIDTH
    }

    /// The rectangle of the plane that the element shows.
    pub fn visible(&self, viewport: Viewport) -> Bounds {
        let scale = self.scale(viewport);
        let half_w = viewport.width / scale / 2.0;
        let half_h = viewport.height / scale / 2.0;
        Bounds {
            min: PlanePoint::new(self.center.x - half_w, self.center.y - half_h),
            max: PlanePoint::new(self.center.x + half_w, self.center.y + half_h),
        }
    }

    /// The SVG `viewBox` attribute for this viewport.
    pub fn view_box(&self, viewport: Viewport) -> String {
        self.visible(viewport).view_box()
    }

    /// The plane point under a screen position.
    pub fn plane_from_screen(&self, viewport: Viewport, p: ScreenPoint) -> PlanePoint {
        let scale = self.scale(viewport);
        PlanePoint::new(
            self.center.x + (p.x - viewport.width / 2.0) / scale,
            self.center.y + (p.y - viewport.height / 2.0) / scale,
        )
    }

    /// The screen position of a plane point.
    pub fn screen_from_plane(&self, viewport: Viewport, p: PlanePoint) -> ScreenPoint {
        let scale = self.scale(viewport);
        ScreenPoint::new(
            (p.x - self.center.x) * scale + viewport.width / 2.0,
            (p.y - self.center.y) * scale + viewport.height / 2.0,
        )
    }

    /// Moves the view by a drag of `dx`, `dy` pixels (the map follows the pointer).
    pub fn pan_by(&self, viewport: Viewport, dx: f64, dy: f64) -> Self {
        let scale = self.scale(viewport);
        Self::new(
            PlanePoint::new(self.center.x - dx / scale, self.center.y - dy / scale),
            self.zoom,
        )
    }

    /// Zooms by `factor` keeping the plane point under `anchor` where it is on screen.
    pub fn zoom_at(&self, viewport: Viewport, factor: f64, anchor: ScreenPoint) -> Self {
        let target = Self::new(self.center, self.zoom * factor);
        let before = self.plane_from_screen(viewport, anchor);
        let after = target.plane_from_screen(viewport, anchor);
        Self::new(
            PlanePoint::new(
                target.center.x + before.x - after.x,
                target.center.y + before.y - after.y,
            ),
            target.zoom,
        )
    }

    /// How far, in CSS pixels, the picture drawn with this camera must move to show what
    /// `target` (at the same zoom) shows: a drag over a busy map moves the picture (a CSS
    /// transform, no repaint) and sets the camera when it ends.
    pub fn shift_to(&self, viewport: Viewport, target: &Camera) -> (f64, f64) {
        let scale = self.scale(viewport);
        (
            (self.center.x - target.center.x) * scale,
            (self.center.y - target.center.y) * scale,
        )
    }

    /// Keeps the centre inside `world`, so the map can never be lost off-screen.
    pub fn clamp_to(&self, world: Bounds) -> Self {
        Self::new(
            PlanePoint::new(
                self.center.x.clamp(world.min.x, world.max.x),
                self.center.y.clamp(world.min.y, world.max.y),
            ),
            self.zoom,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: Viewport = Viewport {
        width: 800.0,
        height: 400.0,
    };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_picture_shift_of_a_pan_is_the_drag_unless_the_world_edge_stops_it() {
        let camera = Camera::new(PlanePoint::new(10.0, -20.0), 3.0);
        let panned = camera.pan_by(VIEW, 120.0, -45.0);
        let (dx, dy) = camera.shift_to(VIEW, &panned);
        assert!(close(dx, 120.0) && close(dy, -45.0), "{dx} {dy}");
        // At the world's edge the picture stops where the camera stops.
        let world = Bounds {
            min: PlanePoint::new(-100.0, -100.0),
            max: PlanePoint::new(100.0, 100.0),
        };
        let far = camera.pan_by(VIEW, -1.0e6, 0.0).clamp_to(world);
        let (dx, dy) = camera.shift_to(VIEW, &far);
        assert!(close(dx, (10.0 - 100.0) * camera.scale(VIEW)) && close(dy, 0.0));
    }

    #[test]
    fn zoom_one_shows_the_world_across_the_width() {
        let camera = Camera::new(PlanePoint::new(0.0, 0.0), 1.0);
        let visible = camera.visible(VIEW);
        assert!(close(visible.width(), PLANE_WIDTH));
        assert_eq!(camera.view_box(VIEW), "-500 -250 1000 500");
    }

    #[test]
    fn fitting_bounds_shows_all_of_them_centred() {
        let bounds = Bounds {
            min: PlanePoint::new(100.0, -200.0),
            max: PlanePoint::new(300.0, -100.0),
        };
        let camera = Camera::fit(bounds, VIEW, 0.0);
        let visible = camera.visible(VIEW);
        assert!(close(visible.min.x, 100.0) && close(visible.max.x, 300.0));
        assert!(visible.min.y <= -200.0 && visible.max.y >= -100.0);
        assert_eq!(camera.center, PlanePoint::new(200.0, -150.0));
    }

    #[test]
    fn fitting_tall_bounds_keeps_the_padding_above_and_below() {
        // 100 × 300 plane units in an 800 × 400 view with 50 px of padding: the height
        // decides, 300 px for 300 units, so a unit is a pixel and 50 units show on each side.
        let bounds = Bounds {
            min: PlanePoint::new(0.0, 0.0),
            max: PlanePoint::new(100.0, 300.0),
        };
        let camera = Camera::fit(bounds, VIEW, 50.0);
        assert!(close(camera.scale(VIEW), 1.0), "{}", camera.scale(VIEW));
        let visible = camera.visible(VIEW);
        assert!(
            close(visible.min.y, -50.0) && close(visible.max.y, 350.0),
            "{visible:?}"
        );
    }

    #[test]
    fn the_viewport_centre_is_half_its_size_and_a_size_is_at_least_a_pixel() {
        assert_eq!(
            Viewport::new(800.0, 600.0).center(),
            ScreenPoint::new(400.0, 300.0)
        );
        assert_eq!(
            Viewport::new(0.0, -5.0).center(),
            ScreenPoint::new(0.5, 0.5)
        );
    }

    #[test]
    fn screen_and_plane_conversions_are_inverse() {
        let camera = Camera::new(PlanePoint::new(120.0, -80.0), 3.5);
        let p = ScreenPoint::new(123.0, 45.0);
        let back = camera.screen_from_plane(VIEW, camera.plane_from_screen(VIEW, p));
        assert!(close(back.x, p.x) && close(back.y, p.y));
    }

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let camera = Camera::new(PlanePoint::new(0.0, 0.0), 2.0);
        let cursor = ScreenPoint::new(600.0, 100.0);
        let before = camera.plane_from_screen(VIEW, cursor);
        let zoomed = camera.zoom_at(VIEW, 1.5, cursor);
        let after = zoomed.plane_from_screen(VIEW, cursor);
        assert!(close(zoomed.zoom, 3.0));
        assert!(close(before.x, after.x) && close(before.y, after.y));
    }

    #[test]
    fn panning_moves_the_map_with_the_pointer() {
        let camera = Camera::new(PlanePoint::new(0.0, 0.0), 1.0);
        let anchor = ScreenPoint::new(400.0, 200.0);
        let under = camera.plane_from_screen(VIEW, anchor);
        let moved = camera.pan_by(VIEW, 40.0, -10.0);
        let now = moved.screen_from_plane(VIEW, under);
        assert!(close(now.x, 440.0) && close(now.y, 190.0));
    }

    #[test]
    fn zoom_is_clamped() {
        assert_eq!(Camera::new(PlanePoint::default(), 1e6).zoom, MAX_ZOOM);
        assert_eq!(Camera::new(PlanePoint::default(), 0.0).zoom, MIN_ZOOM);
    }
}
