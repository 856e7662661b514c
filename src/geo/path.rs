//! SVG path strings from rings of the world plane.

use std::fmt::Write;

use super::antimeridian::cut_ring;
use super::coords::{LonLat, PlanePoint};
use super::projection::EqualEarth;

/// One polygon: an outer ring followed by its holes, each ring closed (first == last).
pub type Polygon = Vec<Vec<LonLat>>;

/// Appends one ring as `M x,y x,y … Z`, with coordinates rounded to two decimals and
/// points that round to the same position as their predecessor skipped.
pub fn push_ring(out: &mut String, ring: impl IntoIterator<Item = PlanePoint>) {
    let mut previous: Option<(i64, i64)> = None;
    let mut count = 0usize;
    let start = out.len();
    for p in ring {
        let rounded = (round_hundredths(p.x), round_hundredths(p.y));
        if previous == Some(rounded) {
            continue;
        }
        out.push(if previous.is_none() { 'M' } else { ' ' });
        push_hundredths(out, rounded.0);
        out.push(',');
        push_hundredths(out, rounded.1);
        previous = Some(rounded);
        count += 1;
    }
    if count < 3 {
        // Fewer than three distinct points enclose nothing: drop the ring.
        out.truncate(start);
    } else {
        out.push('Z');
    }
}

/// The SVG path of a (multi)polygon: cut at the antimeridian, projected, rounded.
pub fn polygons_path(polygons: &[Polygon], projection: &EqualEarth) -> String {
    let mut out = String::new();
    for polygon in polygons {
        for ring in polygon {
            for piece in cut_ring(ring) {
                push_ring(
                    &mut out,
                    piece.iter().map(|&p| projection.plane_from_lon_lat(p)),
                );
            }
        }
    }
    out
}

/// A polyline as `M x,y x,y …` (not closed), for arcs and lines.
pub fn polyline_path(points: impl IntoIterator<Item = PlanePoint>) -> String {
    let mut out = String::new();
    let mut first = true;
    for p in points {
        out.push(if first { 'M' } else { ' ' });
        push_hundredths(&mut out, round_hundredths(p.x));
        out.push(',');
        push_hundredths(&mut out, round_hundredths(p.y));
        first = false;
    }
    out
}

fn round_hundredths(v: f64) -> i64 {
    (v * 100.0).round() as i64
}

/// Writes a value given in hundredths as a decimal without trailing zeros (`-1.5`, `12`, `0.05`).
fn push_hundredths(out: &mut String, hundredths: i64) {
    push_scaled(out, hundredths, 2);
}

/// Writes `scaled / 10^decimals` as a decimal without trailing zeros (and `0`, never `-0`).
///
/// Integer arithmetic only: formatting the float (`{:.2}`) would bring the standard
/// library's float printing (about 15 KB) into the Wasm.
fn push_scaled(out: &mut String, scaled: i64, decimals: u32) {
    let unit = 10_u64.pow(decimals);
    let abs = scaled.unsigned_abs();
    if scaled < 0 {
        out.push('-');
    }
    // Writing to a String cannot fail.
    let _ = write!(out, "{}", abs / unit);
    let mut frac = abs % unit;
    if frac == 0 {
        return;
    }
    let mut digits = decimals;
    while frac.is_multiple_of(10) {
        frac /= 10;
        digits -= 1;
    }
    let _ = write!(out, ".{frac:0width$}", width = digits as usize);
}

/// Formats a number with at most `decimals` decimals (up to 9) and no trailing zeros,
/// rounding half away from zero. Values too large for that many decimals in an `i64`
/// (beyond 9 × 10^18 / 10^decimals, far off any map) are written whole.
pub fn format_decimal(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(9) as u32;
    let scaled = (value * 10_f64.powi(decimals as i32)).round();
    let mut out = String::new();
    if !value.is_finite() {
        out.push('0');
    } else if scaled.abs() < 9.0e18 {
        push_scaled(&mut out, scaled as i64, decimals);
    } else {
        push_scaled(&mut out, value.round() as i64, 0);
    }
    out
}

/// A number for a message: up to 9 decimals, no trailing zeros, and `NaN`, `inf` or
/// `-inf` as Rust writes them.
pub fn format_number(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_owned()
    } else if value.is_infinite() {
        if value > 0.0 { "inf" } else { "-inf" }.to_owned()
    } else {
        format_decimal(value, 9)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(points: &[(f64, f64)]) -> Vec<PlanePoint> {
        points.iter().map(|&(x, y)| PlanePoint::new(x, y)).collect()
    }

    #[test]
    fn a_ring_is_written_with_two_decimals_and_closed() {
        let mut out = String::new();
        push_ring(
            &mut out,
            pts(&[
                (0.0, 0.0),
                (10.004, 0.0),
                (10.0, -5.5),
                (0.123, -5.5),
                (0.0, 0.0),
            ]),
        );
        assert_eq!(out, "M0,0 10,0 10,-5.5 0.12,-5.5 0,0Z");
    }

    #[test]
    fn points_that_round_together_are_written_once() {
        let mut out = String::new();
        push_ring(
            &mut out,
            pts(&[
                (1.0, 1.0),
                (1.001, 1.002),
                (2.0, 1.0),
                (2.0, 2.0),
                (1.0, 1.0),
            ]),
        );
        assert_eq!(out, "M1,1 2,1 2,2 1,1Z");
    }

    #[test]
    fn a_ring_that_collapses_to_a_line_is_dropped() {
        let mut out = String::from("M0,0 1,0 1,1Z");
        push_ring(&mut out, pts(&[(5.0, 5.0), (5.001, 5.0), (5.0, 5.001)]));
        assert_eq!(out, "M0,0 1,0 1,1Z");
    }

    #[test]
    fn three_distinct_points_are_a_ring() {
        let mut out = String::new();
        push_ring(&mut out, pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]));
        assert_eq!(out, "M0,0 1,0 1,1Z");
    }

    #[test]
    fn a_small_lon_lat_square_projects_to_the_expected_path() {
        // A 1° square at the origin. The expected values were computed separately from the
        // published Equal Earth formulas, with the world scaled to 1000 units wide.
        let square: Polygon = vec![vec![
            LonLat::new(0.0, 0.0),
            LonLat::new(1.0, 0.0),
            LonLat::new(1.0, 1.0),
            LonLat::new(0.0, 1.0),
            LonLat::new(0.0, 0.0),
        ]];
        let path = polygons_path(&[square], &EqualEarth::new());
        assert_eq!(path, "M0,0 2.78,0 2.78,-3.74 0,-3.74 0,0Z");
    }

    #[test]
    fn a_shape_across_the_antimeridian_has_no_segment_across_the_map() {
        let fiji: Polygon = vec![vec![
            LonLat::new(178.0, -17.0),
            LonLat::new(-179.0, -17.0),
            LonLat::new(-179.0, -16.0),
            LonLat::new(178.0, -16.0),
            LonLat::new(178.0, -17.0),
        ]];
        let path = polygons_path(&[fiji], &EqualEarth::new());
        assert_eq!(path.matches('M').count(), 2, "{path}");
        // No coordinate pair inside a ring jumps by more than half the plane.
        for ring in path.split('M').filter(|r| !r.is_empty()) {
            let xs: Vec<f64> = ring
                .trim_end_matches('Z')
                .split(' ')
                .map(|pair| pair.split(',').next().unwrap_or("0").parse().unwrap_or(0.0))
                .collect();
            assert!(xs.windows(2).all(|w| (w[1] - w[0]).abs() < 500.0), "{ring}");
        }
    }

    #[test]
    fn decimals_are_trimmed() {
        assert_eq!(format_decimal(42.10, 2), "42.1");
        assert_eq!(format_decimal(-0.001, 2), "0");
        assert_eq!(format_decimal(3.0, 2), "3");
        assert_eq!(format_decimal(55.126, 2), "55.13");
        assert_eq!(format_decimal(-12.5, 0), "-13");
        assert_eq!(format_decimal(f64::NAN, 2), "0");
        assert_eq!(format_number(f64::NAN), "NaN");
        assert_eq!(format_number(f64::NEG_INFINITY), "-inf");
        assert_eq!(format_number(f64::INFINITY), "inf");
        assert_eq!(format_number(200.25), "200.25");
    }

    #[test]
    fn decimals_match_the_standard_formatting_away_from_ties() {
        let trim = |s: String| {
            let s = if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_owned()
            } else {
                s
            };
            if s == "-0" { "0".to_owned() } else { s }
        };
        let mut seed = 11u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let value = (seed >> 11) as f64 / (1u64 << 53) as f64 * 2_000.0 - 1_000.0;
            for decimals in 0..=5 {
                let scaled = value * 10_f64.powi(decimals as i32);
                // Values a hair from a tie may round either way; the map cannot see it.
                if ((scaled - scaled.trunc()).abs() - 0.5).abs() < 1e-6 {
                    continue;
                }
                assert_eq!(
                    format_decimal(value, decimals),
                    trim(format!("{value:.decimals$}")),
                    "{value} to {decimals} decimals"
                );
            }
        }
    }
}
