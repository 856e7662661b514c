//! Cutting rings at the antimeridian, so that no shape streaks across the map.
//!
//! A ring that crosses ±180° (Russia's Chukotka, Fiji) has consecutive points more than
//! 180° of longitude apart. Projected as it is, such a ring draws a band across the whole
//! map. We "unwrap" the ring into a continuous longitude range (e.g. 170°..190°), close
//! rings that go round a pole (Antarctica) along that pole, clip the result to each 360°
//! window it touches and shift every piece back into [-180°, 180°].

use super::coords::LonLat;
use super::ring::unwrap;

/// Splits a closed ring into rings that stay within [-180°, 180°] without jumping across.
/// A ring that does not cross the antimeridian is returned unchanged, as the only item.
pub fn cut_ring(ring: &[LonLat]) -> Vec<Vec<LonLat>> {
    // (A ring of fewer than two points has no pair of points to cross with.)
    if !crosses(ring) {
        return vec![ring.to_vec()];
    }
    let mut unwrapped = unwrap(ring);
    let first = unwrapped[0];
    let last = unwrapped[unwrapped.len() - 1];
    let winding = last.lon - first.lon;
    if winding.abs() > 180.0 {
        // The ring goes round a pole: close it along that pole (the south one when its
        // points lie south of the equator on average, i.e. their latitudes sum below zero).
        let pole = if ring.iter().map(|p| p.lat).sum::<f64>() < 0.0 {
            -90.0
        } else {
            90.0
        };
        unwrapped.push(LonLat::new(last.lon, pole));
        unwrapped.push(LonLat::new(first.lon, pole));
        unwrapped.push(first);
    }
    let min_lon = unwrapped
        .iter()
        .map(|p| p.lon)
        .fold(f64::INFINITY, f64::min);
    let max_lon = unwrapped
        .iter()
        .map(|p| p.lon)
        .fold(f64::NEG_INFINITY, f64::max);
    let first_window = ((min_lon + 180.0) / 360.0).floor() as i32;
    let last_window = ((max_lon + 180.0) / 360.0).ceil() as i32 - 1;
    let mut pieces = Vec::new();
    for window in first_window..=last_window {
        let offset = 360.0 * f64::from(window);
        let clipped = clip_to_strip(&unwrapped, offset - 180.0, offset + 180.0);
        if clipped.len() >= 4 {
            pieces.push(
                clipped
                    .into_iter()
                    .map(|p| LonLat::new(p.lon - offset, p.lat))
                    .collect(),
            );
        }
    }
    pieces
}

/// True when two consecutive points are more than 180° of longitude apart.
pub fn crosses(ring: &[LonLat]) -> bool {
    ring.windows(2)
        .any(|pair| (pair[1].lon - pair[0].lon).abs() > 180.0)
}

/// Clips a closed ring to `west <= lon <= east` (Sutherland–Hodgman, one edge at a time).
/// The result is closed: `clip_half` starts it with its last point.
fn clip_to_strip(ring: &[LonLat], west: f64, east: f64) -> Vec<LonLat> {
    let kept_west = clip_half(ring, |p| p.lon >= west, west);
    clip_half(&kept_west, |p| p.lon <= east, east)
}

fn clip_half(ring: &[LonLat], inside: impl Fn(LonLat) -> bool, edge_lon: f64) -> Vec<LonLat> {
    let mut out = Vec::with_capacity(ring.len());
    for pair in ring.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match (inside(a), inside(b)) {
            (true, true) => out.push(b),
            (true, false) => out.push(crossing(a, b, edge_lon)),
            (false, true) => {
                out.push(crossing(a, b, edge_lon));
                out.push(b);
            }
            (false, false) => {}
        }
    }
    if let Some(&first) = out.first() {
        out.insert(0, *out.last().unwrap_or(&first));
    }
    out
}

fn crossing(a: LonLat, b: LonLat, edge_lon: f64) -> LonLat {
    let t = (edge_lon - a.lon) / (b.lon - a.lon);
    LonLat::new(edge_lon, a.lat + t * (b.lat - a.lat))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::ring::from_pairs as ring;

    fn no_jumps(piece: &[LonLat]) -> bool {
        piece
            .windows(2)
            .all(|pair| (pair[1].lon - pair[0].lon).abs() <= 180.0)
    }

    #[test]
    fn only_a_step_of_more_than_180_degrees_crosses() {
        let ring = |lons: &[f64]| -> Vec<LonLat> {
            lons.iter().map(|&lon| LonLat::new(lon, 10.0)).collect()
        };
        assert!(!crosses(&ring(&[10.0, 20.0, 30.0, 10.0])));
        assert!(
            !crosses(&ring(&[-90.0, 90.0, -90.0])),
            "180° apart is not a crossing"
        );
        assert!(crosses(&ring(&[170.0, -170.0, 170.0])));
        assert!(crosses(&ring(&[-179.0, 179.0])));
        assert!(!crosses(&ring(&[170.0])));
        assert!(!crosses(&[]));
    }

    #[test]
    fn a_ring_away_from_the_antimeridian_is_left_alone() {
        let square = ring(&[
            (10.0, 10.0),
            (20.0, 10.0),
            (20.0, 20.0),
            (10.0, 20.0),
            (10.0, 10.0),
        ]);
        assert_eq!(cut_ring(&square), vec![square]);
    }

    #[test]
    fn a_ring_across_the_antimeridian_becomes_one_piece_on_each_side() {
        // A square from 170°E to 170°W, like Fiji or Chukotka.
        let square = ring(&[
            (170.0, 60.0),
            (-170.0, 60.0),
            (-170.0, 70.0),
            (170.0, 70.0),
            (170.0, 60.0),
        ]);
        let pieces = cut_ring(&square);
        assert_eq!(pieces.len(), 2);
        for piece in &pieces {
            assert!(no_jumps(piece), "{piece:?}");
            assert_eq!(piece.first(), piece.last());
            let east = piece.iter().all(|p| p.lon >= 170.0 - 1e-9);
            let west = piece.iter().all(|p| p.lon <= -170.0 + 1e-9);
            assert!(east || west, "{piece:?}");
        }
        let touches_edge = |lon: f64| pieces.iter().flatten().any(|p| (p.lon - lon).abs() < 1e-9);
        assert!(touches_edge(180.0) && touches_edge(-180.0));
    }

    #[test]
    fn a_slanted_edge_is_cut_where_it_meets_the_antimeridian() {
        // From 170°E 60°N to 170°W 70°N: halfway in longitude, so 65°N at 180°.
        let ring = ring(&[
            (170.0, 60.0),
            (-170.0, 70.0),
            (-170.0, 80.0),
            (170.0, 80.0),
            (170.0, 60.0),
        ]);
        let pieces = cut_ring(&ring);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        let has = |lon: f64, lat: f64| {
            pieces
                .iter()
                .flatten()
                .any(|p| (p.lon - lon).abs() < 1e-9 && (p.lat - lat).abs() < 1e-9)
        };
        assert!(has(180.0, 65.0) && has(-180.0, 65.0), "{pieces:?}");
        assert!(has(180.0, 80.0) && has(-180.0, 80.0), "{pieces:?}");
        // Each piece is closed once, with no point repeated in a row.
        for piece in &pieces {
            assert_eq!(piece.first(), piece.last());
            assert!(piece.windows(2).all(|w| w[0] != w[1]), "{piece:?}");
        }
    }

    #[test]
    fn a_ring_round_the_north_pole_is_closed_along_the_north_pole() {
        let coast = ring(&[
            (-180.0, 70.0),
            (-90.0, 75.0),
            (0.0, 72.0),
            (90.0, 75.0),
            (179.0, 70.0),
            (-180.0, 70.0),
        ]);
        let pieces = cut_ring(&coast);
        assert_eq!(pieces.len(), 1, "{pieces:?}");
        assert!(pieces[0].iter().any(|p| p.lat == 90.0), "{pieces:?}");
        assert!(pieces[0].iter().all(|p| p.lat != -90.0), "{pieces:?}");
    }

    #[test]
    fn a_ring_round_the_south_pole_is_closed_along_the_pole() {
        // Like Antarctica: the coast goes all the way round, crossing at 80°S.
        let coast = ring(&[
            (-180.0, -80.0),
            (-90.0, -70.0),
            (0.0, -70.0),
            (90.0, -70.0),
            (179.0, -80.0),
            (-180.0, -80.0),
        ]);
        let pieces = cut_ring(&coast);
        assert_eq!(pieces.len(), 1, "{pieces:?}");
        let piece = &pieces[0];
        assert!(no_jumps(piece) || piece.iter().any(|p| p.lat == -90.0));
        assert!(piece.iter().any(|p| p.lat == -90.0));
        assert!(piece.iter().all(|p| p.lat != 90.0));
        assert!(piece.iter().all(|p| (-180.0..=180.0).contains(&p.lon)));
    }
}
