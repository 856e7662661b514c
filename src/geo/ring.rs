//! Rings and lines of longitude/latitude points: unwrapping across ±180°, the shoelace
//! area, winding round a pole, and the GeoJSON orientation. The app's antimeridian cut,
//! its country paths and the `build-geometry` tool share these.

use super::coords::{LonLat, PlanePoint};

/// Shifts longitudes by multiples of 360° so that consecutive points are at most 180°
/// apart: a ring or line across ±180° becomes one continuous run (e.g. 170°..190°).
pub fn unwrap(ring: &[LonLat]) -> Vec<LonLat> {
    // Room for the three points that close a ring along a pole (`antimeridian::cut_ring`).
    let mut out = Vec::with_capacity(ring.len() + 3);
    let Some(first) = ring.first() else {
        return out;
    };
    let mut shift = 0.0;
    let mut previous = first.lon;
    for p in ring {
        let delta = p.lon - previous;
        if delta > 180.0 {
            shift -= 360.0;
        } else if delta < -180.0 {
            shift += 360.0;
        }
        previous = p.lon;
        out.push(LonLat::new(p.lon + shift, p.lat));
    }
    out
}

/// The shoelace area in degrees², on unwrapped longitudes so that a ring across ±180°
/// is measured as one shape. Positive means counter-clockwise.
pub fn signed_area(ring: &[LonLat]) -> f64 {
    twice_signed_area(&unwrap(ring), |p| (p.lon, p.lat)) / 2.0
}

/// The unsigned area of a closed ring of plane points, in square plane units.
pub fn plane_area(points: &[PlanePoint]) -> f64 {
    twice_signed_area(points, |p| (p.x, p.y)).abs() / 2.0
}

/// Twice the signed area of a closed ring (the shoelace formula), with `xy` giving each
/// point's coordinates.
fn twice_signed_area<P>(points: &[P], xy: impl Fn(&P) -> (f64, f64)) -> f64 {
    points
        .windows(2)
        .map(|w| {
            let ((x0, y0), (x1, y1)) = (xy(&w[0]), xy(&w[1]));
            x0 * y1 - x1 * y0
        })
        .sum()
}

/// True when the ring winds round a pole (its unwrapped end is a full turn from its
/// start), where "clockwise" means nothing in the plane.
pub fn winds_round_a_pole(ring: &[LonLat]) -> bool {
    let unwrapped = unwrap(ring);
    match (unwrapped.first(), unwrapped.last()) {
        (Some(first), Some(last)) => (last.lon - first.lon).abs() > 180.0,
        _ => false,
    }
}

/// Orients a ring the GeoJSON way (RFC 7946): outer rings counter-clockwise, holes
/// clockwise. world-atlas follows the opposite (d3) convention. A ring round a pole is
/// left as it is.
pub fn orient(mut ring: Vec<LonLat>, is_hole: bool) -> Vec<LonLat> {
    if !winds_round_a_pole(&ring) && (signed_area(&ring) > 0.0) == is_hole {
        ring.reverse();
    }
    ring
}

/// A ring from (longitude, latitude) pairs in degrees: how tests write one out.
pub fn from_pairs(points: &[(f64, f64)]) -> Vec<LonLat> {
    points
        .iter()
        .map(|&(lon, lat)| LonLat::new(lon, lat))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_across_the_antimeridian_is_unwrapped_into_one_run() {
        let fiji = from_pairs(&[(179.0, -17.0), (-179.0, -17.0), (-179.0, -16.0)]);
        let lons: Vec<f64> = unwrap(&fiji).iter().map(|p| p.lon).collect();
        assert_eq!(lons, [179.0, 181.0, 181.0]);
        assert!(unwrap(&[]).is_empty());
    }

    #[test]
    fn outer_rings_are_written_counter_clockwise_and_holes_clockwise() {
        let clockwise = from_pairs(&[(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.0, 0.0)]);
        assert!(signed_area(&orient(clockwise.clone(), false)) > 0.0);
        assert!(signed_area(&orient(clockwise, true)) < 0.0);
        let counter = from_pairs(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]);
        assert_eq!(
            orient(counter.clone(), false),
            counter,
            "already right: left alone"
        );
        assert!(signed_area(&orient(counter, true)) < 0.0);
    }

    #[test]
    fn a_step_of_exactly_180_degrees_is_not_unwrapped() {
        let half = from_pairs(&[(-90.0, 0.0), (90.0, 10.0), (-90.0, 20.0)]);
        assert_eq!(unwrap(&half), half);
    }

    #[test]
    fn a_ring_across_the_antimeridian_has_its_area_measured_in_one_piece() {
        let fiji = from_pairs(&[
            (179.0, -17.0),
            (179.0, -16.0),
            (-179.0, -16.0),
            (-179.0, -17.0),
            (179.0, -17.0),
        ]);
        assert_eq!(signed_area(&fiji), -2.0);
        assert!(!winds_round_a_pole(&fiji));
    }

    #[test]
    fn a_ring_along_a_parallel_winds_round_the_pole() {
        let arctic = from_pairs(&[(-170.0, 80.0), (-60.0, 80.0), (60.0, 80.0), (170.0, 80.0)]);
        let closed = [arctic.as_slice(), &arctic[..1]].concat();
        assert!(winds_round_a_pole(&closed));
        assert_eq!(orient(closed.clone(), true), closed);
    }

    #[test]
    fn the_plane_area_is_unsigned() {
        let square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]
            .map(|(x, y)| PlanePoint::new(x, y));
        assert_eq!(plane_area(&square), 4.0);
        let mut reversed = square;
        reversed.reverse();
        assert_eq!(plane_area(&reversed), 4.0);
    }
}
