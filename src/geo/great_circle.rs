//! Great-circle arcs: the shortest path between two places on the globe.

use super::antimeridian::crosses;
use super::coords::LonLat;
use super::math;

/// `segments + 1` points along the great circle from `from` to `to`, both included.
pub fn interpolate(from: LonLat, to: LonLat, segments: usize) -> Vec<LonLat> {
    let a = unit_vector(from);
    let b = unit_vector(to);
    let dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]).clamp(-1.0, 1.0);
    let angle = math::acos(dot);
    let segments = segments.max(1);
    if angle < 1e-12 {
        return vec![from; segments + 1];
    }
    let sin_angle = math::sin(angle);
    (0..=segments)
        .map(|i| {
            let t = i as f64 / segments as f64;
            let wa = math::sin((1.0 - t) * angle) / sin_angle;
            let wb = math::sin(t * angle) / sin_angle;
            lon_lat_from_unit([
                wa * a[0] + wb * b[0],
                wa * a[1] + wb * b[1],
                wa * a[2] + wb * b[2],
            ])
        })
        .collect()
}

/// The point halfway along the great circle.
pub fn midpoint(from: LonLat, to: LonLat) -> LonLat {
    interpolate(from, to, 2)[1]
}

/// Splits a line wherever it jumps across the antimeridian, adding the crossing point
/// (at +180° on one side and -180° on the other) so that no segment streaks across.
pub fn split_at_antimeridian(line: &[LonLat]) -> Vec<Vec<LonLat>> {
    let mut parts = vec![Vec::new()];
    for (i, &p) in line.iter().enumerate() {
        if i > 0 {
            let q = line[i - 1];
            if crosses(&[q, p]) {
                // Leaving the eastern side (q east of 0°) or the western one.
                let east = q.lon > 0.0;
                let edge = if east { 180.0 } else { -180.0 };
                let p_unwrapped = if east { p.lon + 360.0 } else { p.lon - 360.0 };
                let t = (edge - q.lon) / (p_unwrapped - q.lon);
                let lat = q.lat + t * (p.lat - q.lat);
                if let Some(current) = parts.last_mut() {
                    current.push(LonLat::new(edge, lat));
                }
                parts.push(vec![LonLat::new(-edge, lat)]);
            }
        }
        if let Some(current) = parts.last_mut() {
            current.push(p);
        }
    }
    parts.retain(|part| part.len() >= 2);
    parts
}

/// The great-circle distance in kilometres (mean Earth radius 6371 km).
pub fn distance_km(from: LonLat, to: LonLat) -> f64 {
    let a = unit_vector(from);
    let b = unit_vector(to);
    let dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]).clamp(-1.0, 1.0);
    math::acos(dot) * 6371.0
}

fn unit_vector(p: LonLat) -> [f64; 3] {
    let (lon, lat) = (p.lon.to_radians(), p.lat.to_radians());
    [
        math::cos(lat) * math::cos(lon),
        math::cos(lat) * math::sin(lon),
        math::sin(lat),
    ]
}

fn lon_lat_from_unit(v: [f64; 3]) -> LonLat {
    let lat = math::asin(v[2].clamp(-1.0, 1.0)).to_degrees();
    let lon = math::atan2(v[1], v[0]).to_degrees();
    LonLat::new(lon, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() < eps
    }

    #[test]
    fn the_midpoint_of_two_equator_points_is_on_the_equator() {
        let m = midpoint(LonLat::new(0.0, 0.0), LonLat::new(90.0, 0.0));
        assert!(close(m.lon, 45.0, 1e-9) && close(m.lat, 0.0, 1e-9), "{m:?}");
    }

    #[test]
    fn the_midpoint_along_a_meridian_is_halfway_in_latitude() {
        let m = midpoint(LonLat::new(30.0, 10.0), LonLat::new(30.0, 50.0));
        assert!(
            close(m.lon, 30.0, 1e-9) && close(m.lat, 30.0, 1e-9),
            "{m:?}"
        );
    }

    #[test]
    fn the_great_circle_from_ankara_to_berlin_bows_north() {
        // Known midpoint of the great circle Ankara (32.86, 39.93) – Berlin (13.40, 52.52):
        // about 24.26°E, 46.64°N, north of the straight lon/lat line's 46.2°N.
        let ankara = LonLat::new(32.8597, 39.9334);
        let berlin = LonLat::new(13.405, 52.52);
        let m = midpoint(ankara, berlin);
        assert!(
            close(m.lon, 24.26, 0.01) && close(m.lat, 46.64, 0.01),
            "{m:?}"
        );
        assert!(m.lat > (ankara.lat + berlin.lat) / 2.0);
    }

    #[test]
    fn an_arc_from_a_place_to_itself_is_that_place_repeated() {
        let baku = LonLat::new(49.87, 40.41);
        assert_eq!(interpolate(baku, baku, 4), vec![baku; 5]);
        assert_eq!(
            interpolate(baku, baku, 0),
            vec![baku; 2],
            "at least one segment"
        );
    }

    #[test]
    fn the_path_ends_at_both_places() {
        let from = LonLat::new(49.87, 40.41);
        let to = LonLat::new(-77.04, 38.91);
        let line = interpolate(from, to, 32);
        assert_eq!(line.len(), 33);
        assert!(close(line[0].lon, from.lon, 1e-9) && close(line[32].lat, to.lat, 1e-9));
    }

    #[test]
    fn an_arc_across_the_pacific_is_split_at_the_antimeridian() {
        let tokyo = LonLat::new(139.7, 35.7);
        let seattle = LonLat::new(-122.3, 47.6);
        let line = interpolate(tokyo, seattle, 64);
        let parts = split_at_antimeridian(&line);
        assert_eq!(parts.len(), 2);
        for part in &parts {
            assert!(part.windows(2).all(|w| (w[1].lon - w[0].lon).abs() < 180.0));
        }
        assert!(close(parts[0].last().map_or(0.0, |p| p.lon), 180.0, 1e-9));
        assert!(close(parts[1][0].lon, -180.0, 1e-9));
    }

    #[test]
    fn a_line_is_split_where_it_crosses_either_way_at_the_latitude_between() {
        let p = |lon: f64, lat: f64| LonLat::new(lon, lat);
        // Eastward from 170°E 10°N to 170°W 20°N: halfway, at 15°N.
        assert_eq!(
            split_at_antimeridian(&[p(170.0, 10.0), p(-170.0, 20.0)]),
            vec![
                vec![p(170.0, 10.0), p(180.0, 15.0)],
                vec![p(-180.0, 15.0), p(-170.0, 20.0)]
            ]
        );
        // Westward, from 170°W 20°N to 170°E 10°N.
        assert_eq!(
            split_at_antimeridian(&[p(-170.0, 20.0), p(170.0, 10.0)]),
            vec![
                vec![p(-170.0, 20.0), p(-180.0, 15.0)],
                vec![p(180.0, 15.0), p(170.0, 10.0)]
            ]
        );
        // A quarter of the way: 175°E to 165°W is 5° then 15°.
        let parts = split_at_antimeridian(&[p(175.0, 0.0), p(-165.0, 40.0)]);
        assert!(close(parts[0][1].lat, 10.0, 1e-9), "{parts:?}");
        // A step of exactly 180° is not a crossing; a lone point is no line.
        let half = [p(-90.0, 0.0), p(90.0, 0.0)];
        assert_eq!(split_at_antimeridian(&half), vec![half.to_vec()]);
        assert!(split_at_antimeridian(&[p(10.0, 10.0)]).is_empty());
    }

    #[test]
    fn distances_match_known_values() {
        // Baku to Washington is about 9,680 km.
        let d = distance_km(
            LonLat::new(49.8671, 40.4093),
            LonLat::new(-77.0369, 38.9072),
        );
        assert!((9_650.0..9_710.0).contains(&d), "{d}");
    }
}
