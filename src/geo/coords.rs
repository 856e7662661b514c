//! The three coordinate spaces of the map, as distinct types.

use serde::{Deserialize, Serialize};

use super::math;

/// A geographic position in degrees: `lon` in [-180, 180], `lat` in [-90, 90].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LonLat {
    /// Longitude in degrees east of Greenwich.
    pub lon: f64,
    /// Latitude in degrees north of the equator.
    pub lat: f64,
}

impl LonLat {
    /// Builds a position from degrees.
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }

    /// True when both values are finite and inside the ranges of the globe.
    pub fn is_valid(self) -> bool {
        self.lon.is_finite()
            && self.lat.is_finite()
            && (-180.0..=180.0).contains(&self.lon)
            && (-90.0..=90.0).contains(&self.lat)
    }
}

/// A point of the projected world plane, in SVG user units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct PlanePoint {
    /// Horizontal position, 0 at the central meridian.
    pub x: f64,
    /// Vertical position, 0 at the equator, positive to the south.
    pub y: f64,
}

impl PlanePoint {
    /// Builds a plane point.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
}

/// A point on the screen in CSS pixels, relative to the map element's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ScreenPoint {
    /// Pixels from the left edge.
    pub x: f64,
    /// Pixels from the top edge.
    pub y: f64,
}

impl ScreenPoint {
    /// Builds a screen point.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// The distance to another screen point, in pixels.
    pub fn distance(self, other: ScreenPoint) -> f64 {
        math::hypot(self.x - other.x, self.y - other.y)
    }

    /// The point halfway to another.
    pub fn midpoint(self, other: ScreenPoint) -> ScreenPoint {
        ScreenPoint::new((self.x + other.x) / 2.0, (self.y + other.y) / 2.0)
    }
}
