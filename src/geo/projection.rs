//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018), forward and inverse.
//!
//! Conventions: input is [`LonLat`] in degrees; output is a [`PlanePoint`] in SVG user
//! units with y pointing down, scaled so that the whole world is [`PLANE_WIDTH`] units
//! wide and centred on (0, 0).

use super::coords::{LonLat, PlanePoint};
use super::math;

/// The width of the projected world in SVG user units.
pub const PLANE_WIDTH: f64 = 1000.0;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// sqrt(3) / 2, the constant of the parametric latitude.
const M: f64 = 0.866_025_403_784_438_6;
const INVERSE_ITERATIONS: usize = 12;
const INVERSE_EPSILON: f64 = 1e-12;

/// The unit Equal Earth projection: radians in, unit plane out (y up).
pub fn equal_earth_raw(lambda: f64, phi: f64) -> (f64, f64) {
    let theta = math::asin(M * math::sin(phi));
    let x = lambda * math::cos(theta) / (M * slope(theta));
    (x, height(theta))
}

/// The unit `y` of a parametric latitude: A1 θ + A2 θ³ + A3 θ⁷ + A4 θ⁹.
fn height(theta: f64) -> f64 {
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
}

/// The derivative of [`height`], which also divides `x` (one expression for both, so that
/// the forward projection's tests hold the inverse's Newton steps too).
fn slope(theta: f64) -> f64 {
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)
}

/// The inverse of [`equal_earth_raw`], by Newton's method on the parametric latitude.
pub fn equal_earth_raw_inverse(x: f64, y: f64) -> (f64, f64) {
    let mut theta = y;
    for _ in 0..INVERSE_ITERATIONS {
        let delta = (height(theta) - y) / slope(theta);
        theta -= delta;
        if delta.abs() < INVERSE_EPSILON {
            break;
        }
    }
    let lambda = M * x * slope(theta) / math::cos(theta);
    let phi = math::asin((math::sin(theta) / M).clamp(-1.0, 1.0));
    (lambda, phi)
}

/// The x of the unit projection at (180°, 0°): half the unit width of the world.
fn unit_half_width() -> f64 {
    equal_earth_raw(std::f64::consts::PI, 0.0).0
}

/// Equal Earth scaled to the world plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EqualEarth {
    /// Plane units per unit of the raw projection.
    scale: f64,
}

impl Default for EqualEarth {
    fn default() -> Self {
        Self::new()
    }
}

impl EqualEarth {
    /// The projection scaled so that the world is [`PLANE_WIDTH`] units wide.
    pub fn new() -> Self {
        Self {
            scale: PLANE_WIDTH / (2.0 * unit_half_width()),
        }
    }

    /// Projects a geographic position onto the plane.
    pub fn plane_from_lon_lat(&self, p: LonLat) -> PlanePoint {
        let (x, y) = equal_earth_raw(p.lon.to_radians(), p.lat.to_radians());
        PlanePoint::new(x * self.scale, -y * self.scale)
    }

    /// The geographic position of a plane point (the inverse projection).
    /// Points outside the world's outline give longitudes beyond ±180°.
    pub fn lon_lat_from_plane(&self, p: PlanePoint) -> LonLat {
        let (lambda, phi) = equal_earth_raw_inverse(p.x / self.scale, -p.y / self.scale);
        LonLat::new(lambda.to_degrees(), phi.to_degrees())
    }

    /// Half the height of the world in plane units (the distance from equator to pole).
    pub fn half_height(&self) -> f64 {
        self.plane_from_lon_lat(LonLat::new(0.0, -90.0)).y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    #[test]
    fn the_origin_projects_to_the_centre_of_the_plane() {
        let p = EqualEarth::new().plane_from_lon_lat(LonLat::new(0.0, 0.0));
        assert!(close(p.x, 0.0, 1e-12) && close(p.y, 0.0, 1e-12));
    }

    #[test]
    fn the_unit_projection_matches_published_extents() {
        // Published extents of the unit Equal Earth map: half width 2.70663, half height 1.31736.
        let (x, _) = equal_earth_raw(std::f64::consts::PI, 0.0);
        let (_, y) = equal_earth_raw(0.0, std::f64::consts::FRAC_PI_2);
        assert!(close(x, 2.706_629_6, 1e-6), "x = {x}");
        assert!(close(y, 1.317_362_7, 1e-6), "y = {y}");
    }

    #[test]
    fn the_world_is_plane_width_wide_and_about_half_as_high() {
        let proj = EqualEarth::new();
        let east = proj.plane_from_lon_lat(LonLat::new(180.0, 0.0));
        let west = proj.plane_from_lon_lat(LonLat::new(-180.0, 0.0));
        assert!(close(east.x - west.x, PLANE_WIDTH, 1e-9));
        // Equal Earth's aspect ratio is about 2.05 : 1.
        let ratio = PLANE_WIDTH / (2.0 * proj.half_height());
        assert!(close(ratio, 2.0546, 1e-3), "ratio = {ratio}");
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let proj = EqualEarth::new();
        let astana = proj.plane_from_lon_lat(LonLat::new(71.47, 51.16));
        assert!(astana.x > 0.0 && astana.y < 0.0);
    }

    #[test]
    fn inverse_undoes_forward_across_the_globe() {
        let proj = EqualEarth::new();
        for lon in (-180_i32..=180).step_by(15) {
            for lat in (-90_i32..=90).step_by(15) {
                let p = LonLat::new(f64::from(lon), f64::from(lat));
                let back = proj.lon_lat_from_plane(proj.plane_from_lon_lat(p));
                assert!(close(back.lat, p.lat, 1e-7), "{p:?} -> {back:?}");
                if lat.abs() != 90 {
                    assert!(close(back.lon, p.lon, 1e-7), "{p:?} -> {back:?}");
                }
            }
        }
    }
}
