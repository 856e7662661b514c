//! Named geographic frames the map can show, as longitude/latitude boxes.

use super::bounds::Bounds;
use super::coords::LonLat;
use super::projection::EqualEarth;

/// A box of longitudes and latitudes in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLatBox {
    /// Western edge.
    pub west: f64,
    /// Southern edge.
    pub south: f64,
    /// Eastern edge.
    pub east: f64,
    /// Northern edge.
    pub north: f64,
}

/// The OTS region: from Hungary and Cyprus in the west to eastern Kazakhstan.
pub const OTS_REGION: LonLatBox = LonLatBox {
    west: 16.0,
    south: 34.0,
    east: 88.0,
    north: 56.0,
};

/// The whole globe.
pub const WORLD: LonLatBox = LonLatBox {
    west: -180.0,
    south: -90.0,
    east: 180.0,
    north: 90.0,
};

/// Points sampled along each edge: the projection curves meridians and parallels, so the
/// corners alone would miss the widest part of the box.
const EDGE_SAMPLES: usize = 16;

impl LonLatBox {
    /// The plane rectangle holding the whole projected box.
    pub fn plane_bounds(&self, projection: &EqualEarth) -> Bounds {
        let mut points = Vec::with_capacity(4 * (EDGE_SAMPLES + 1));
        for i in 0..=EDGE_SAMPLES {
            let t = i as f64 / EDGE_SAMPLES as f64;
            let lon = self.west + t * (self.east - self.west);
            let lat = self.south + t * (self.north - self.south);
            points.push(LonLat::new(lon, self.south));
            points.push(LonLat::new(lon, self.north));
            points.push(LonLat::new(self.west, lat));
            points.push(LonLat::new(self.east, lat));
        }
        let projected = points.into_iter().map(|p| projection.plane_from_lon_lat(p));
        // The box always has points, so this never falls back.
        Bounds::of_points(projected).unwrap_or(Bounds {
            min: Default::default(),
            max: Default::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::PLANE_WIDTH;

    #[test]
    fn the_world_frame_is_the_whole_plane() {
        let projection = EqualEarth::new();
        let b = WORLD.plane_bounds(&projection);
        assert!((b.width() - PLANE_WIDTH).abs() < 1e-9);
        assert!((b.height() - 2.0 * projection.half_height()).abs() < 1e-9);
    }

    #[test]
    fn the_ots_region_holds_budapest_nicosia_and_eastern_kazakhstan() {
        let projection = EqualEarth::new();
        let b = OTS_REGION.plane_bounds(&projection);
        for (lon, lat) in [(19.04, 47.50), (33.36, 35.19), (84.0, 49.0), (71.47, 51.16)] {
            assert!(b.contains(projection.plane_from_lon_lat(LonLat::new(lon, lat))));
        }
    }
}
