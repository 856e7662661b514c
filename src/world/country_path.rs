//! Projected country shapes: the SVG path of each country plus the boxes the map needs
//! to frame it, label it and find its neighbours.

use super::country_code::CountryCode;
use super::geometry::World;
use crate::geo::antimeridian::cut_ring;
use crate::geo::path::polygons_path;
use crate::geo::ring::plane_area;
use crate::geo::{Bounds, EqualEarth, PlanePoint};

/// One country ready to draw, in world-plane units.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryPath {
    /// The country's code.
    pub code: CountryCode,
    /// The SVG path data of all its polygons.
    pub d: String,
    /// The box of its largest polygon: what "zoom to this country" frames, so that
    /// overseas territories do not shrink the mainland to a dot.
    pub main_bounds: Bounds,
    /// The centre of its largest polygon's box, where a label or a focus ring goes.
    pub anchor: PlanePoint,
    /// The area of the largest polygon in square plane units.
    pub main_area: f64,
}

/// Projects every shape of the world, in the world's (code) order.
pub fn project_world(world: &World, projection: &EqualEarth) -> Vec<CountryPath> {
    world
        .shapes
        .iter()
        .map(|shape| {
            let d = polygons_path(&shape.polygons, projection);
            let mut main: Option<(f64, Bounds)> = None;
            for polygon in &shape.polygons {
                let Some(outer) = polygon.first() else {
                    continue;
                };
                for piece in cut_ring(outer) {
                    let points: Vec<PlanePoint> = piece
                        .iter()
                        .map(|&p| projection.plane_from_lon_lat(p))
                        .collect();
                    let area = plane_area(&points);
                    if let Some(bounds) = Bounds::of_points(points.iter().copied())
                        && main.is_none_or(|(best, _)| area > best)
                    {
                        main = Some((area, bounds));
                    }
                }
            }
            let (main_area, main_bounds) = main.unwrap_or((
                0.0,
                Bounds {
                    min: PlanePoint::default(),
                    max: PlanePoint::default(),
                },
            ));
            CountryPath {
                code: shape.code,
                d,
                main_bounds,
                anchor: main_bounds.center(),
                main_area,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::world::parse_world;

    #[test]
    fn the_largest_polygon_sets_the_frame() {
        // Two squares: 0–1° and 10–20° (the second polygon's steps follow the first's).
        let json = r#"{"features":[["AAA",1,["0 0 1 0 0 1-1 0"],["10-1 10 0 0 10-10 0"]]]}"#;
        let world = parse_world(json).expect("parses");
        let projection = EqualEarth::new();
        let paths = project_world(&world, &projection);
        assert_eq!(paths.len(), 1);
        let big = paths[0].main_bounds;
        let inside_big = projection.plane_from_lon_lat(crate::geo::LonLat::new(15.0, 5.0));
        let inside_small = projection.plane_from_lon_lat(crate::geo::LonLat::new(0.5, 0.5));
        assert!(big.contains(inside_big) && !big.contains(inside_small));
        assert_eq!(paths[0].d.matches('M').count(), 2);
    }
}
