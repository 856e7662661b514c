//! What a picture of the world shows: the named geographic frames as longitude/latitude
//! boxes ([`OTS_REGION`], [`WORLD`]), the rectangle around one country ([`around`]), and
//! the app's framing policy ([`APP_FRAMING`]), which the map, the static first paint and
//! `build-geometry` share.

use super::bounds::Bounds;
use super::coords::{LonLat, PlanePoint};
use super::projection::EqualEarth;

/// How a picture frames a region or a country: the margin the camera keeps in pixels,
/// and how much of a country's surroundings it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Framing {
    /// Pixels of margin around the framed rectangle.
    pub padding_px: f64,
    /// Margin around a country brought into view, as a fraction of its size on every side.
    pub margin: f64,
    /// The smallest plane span shown when framing a country, so small states keep context.
    pub min_span: f64,
}

/// How the app frames the OTS region and a country. The interactive map uses it, the
/// static first paint (`render::boot_map`) draws the view it gives on a desktop, and
/// `build-geometry` keeps the islets that show at the zoom it gives.
pub const APP_FRAMING: Framing = Framing {
    padding_px: 12.0,
    margin: 0.3,
    min_span: 30.0,
};

impl Framing {
    /// The rectangle to frame a country whose main polygon has the box `country`: see
    /// [`around`], with this framing's margin and smallest span.
    pub fn around(&self, country: Bounds) -> Bounds {
        around(country, self.margin, self.min_span)
    }
}

/// The rectangle to frame a country whose main polygon has the box `country`: the box
/// grown by `padding` times its size on every side, then widened about its centre to at
/// least `min_width` plane units, so that a small country (Northern Cyprus is about
/// 3 units wide) is shown with its neighbours. The picture's aspect ratio is left to the
/// camera, which shows at least this rectangle.
pub fn around(country: Bounds, padding: f64, min_width: f64) -> Bounds {
    let pad_x = country.width() * padding;
    let pad_y = country.height() * padding;
    let mut frame = Bounds {
        min: PlanePoint::new(country.min.x - pad_x, country.min.y - pad_y),
        max: PlanePoint::new(country.max.x + pad_x, country.max.y + pad_y),
    };
    if frame.width() < min_width {
        let center = frame.center();
        frame.min.x = center.x - min_width / 2.0;
        frame.max.x = center.x + min_width / 2.0;
    }
    frame
}

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

/// Points sampled along each of the box's meridians: the projection curves them, so the
/// corners alone would miss the widest part of the box.
const EDGE_SAMPLES: usize = 16;

impl LonLatBox {
    /// The plane rectangle holding the whole projected box. Sampling its west and east
    /// meridians is enough: Equal Earth's `y` depends on the latitude alone (so the top and
    /// bottom are the north and south edges, which the meridians reach), and its `x` is the
    /// longitude times a positive factor of the latitude (so along any parallel it is widest
    /// at the box's west or east edge).
    pub fn plane_bounds(&self, projection: &EqualEarth) -> Bounds {
        let mut points = Vec::with_capacity(2 * (EDGE_SAMPLES + 1));
        for i in 0..=EDGE_SAMPLES {
            let t = i as f64 / EDGE_SAMPLES as f64;
            let lat = self.south + t * (self.north - self.south);
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

    fn bounds(x0: f64, y0: f64, x1: f64, y1: f64) -> Bounds {
        Bounds {
            min: PlanePoint::new(x0, y0),
            max: PlanePoint::new(x1, y1),
        }
    }

    #[test]
    fn a_large_country_gets_its_padding() {
        let frame = around(bounds(0.0, 0.0, 100.0, 50.0), 0.25, 60.0);
        assert_eq!(frame, bounds(-25.0, -12.5, 125.0, 62.5));
    }

    #[test]
    fn a_small_country_is_widened_about_its_centre() {
        let frame = around(bounds(10.0, 10.0, 13.0, 12.0), 0.5, 60.0);
        assert_eq!(frame.width(), 60.0);
        assert_eq!(frame.center(), PlanePoint::new(11.5, 11.0));
        assert_eq!((frame.min.y, frame.max.y), (9.0, 13.0));
    }

    #[test]
    fn the_app_framing_uses_its_own_margin_and_span() {
        let country = bounds(0.0, 0.0, 10.0, 5.0);
        assert_eq!(APP_FRAMING.around(country), around(country, 0.3, 30.0));
    }

    #[test]
    fn the_world_frame_is_the_whole_plane() {
        let projection = EqualEarth::new();
        let b = WORLD.plane_bounds(&projection);
        assert!((b.width() - PLANE_WIDTH).abs() < 1e-9);
        assert!((b.height() - 2.0 * projection.half_height()).abs() < 1e-9);
    }

    #[test]
    fn a_box_s_plane_bounds_are_those_of_a_dense_grid_over_it() {
        let projection = EqualEarth::new();
        let boxes = [
            OTS_REGION,
            LonLatBox {
                west: -170.0,
                south: -60.0,
                east: -20.0,
                north: 10.0,
            },
            LonLatBox {
                west: 100.0,
                south: -45.0,
                east: 179.0,
                north: -10.0,
            },
        ];
        for b in boxes {
            let grid = (0..=60).flat_map(|i| {
                (0..=60).map(move |j| {
                    let lon = b.west + (b.east - b.west) * f64::from(i) / 60.0;
                    let lat = b.south + (b.north - b.south) * f64::from(j) / 60.0;
                    LonLat::new(lon, lat)
                })
            });
            let dense =
                Bounds::of_points(grid.map(|p| projection.plane_from_lon_lat(p))).expect("points");
            let sampled = b.plane_bounds(&projection);
            for (a, d) in [
                (sampled.min.x, dense.min.x),
                (sampled.min.y, dense.min.y),
                (sampled.max.x, dense.max.x),
                (sampled.max.y, dense.max.y),
            ] {
                // Sixteen steps along a meridian come within a tenth of a plane unit of
                // its widest point (the equator, for a box across it).
                assert!((a - d).abs() < 0.1, "{b:?}: {sampled:?} against {dense:?}");
            }
        }
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
