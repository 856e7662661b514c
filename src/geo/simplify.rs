//! Line simplification (Douglas–Peucker), used by the `build-geometry` tool on each
//! TopoJSON arc so that a border shared by two countries is simplified once.
//!
//! Rather than simplifying for one tolerance, [`significance`] ranks every point by the
//! largest tolerance at which Douglas–Peucker would still keep it. A ranking lets the
//! tool keep *more* points of one arc later (a tiny island that would otherwise vanish)
//! without running the algorithm again, and the kept set for any tolerance is exactly
//! what Douglas–Peucker would return for it.

use super::coords::{LonLat, PlanePoint};
use super::projection::EqualEarth;
use super::ring::unwrap;

/// For each point, the largest tolerance (in the units of the points) at which
/// Douglas–Peucker keeps it. Both ends of the line rank as infinite: they are always kept.
///
/// The ranking is monotone along the recursion (a point never outranks the point that
/// split its range), so "keep every point ranked above t" gives the Douglas–Peucker
/// result for tolerance t. A closed line (first point == last point) is first split at
/// the point farthest from its start, ranked by that distance.
pub fn significance(points: &[PlanePoint]) -> Vec<f64> {
    let n = points.len();
    let mut ranks = vec![f64::INFINITY; n];
    if n < 3 {
        return ranks;
    }
    let mut stack = Vec::new();
    if points[0] == points[n - 1] {
        let (far, distance) = farthest_from_point(points, points[0]);
        ranks[far] = distance;
        stack.push((0, far, distance));
        stack.push((far, n - 1, distance));
    } else {
        stack.push((0, n - 1, f64::INFINITY));
    }
    while let Some((start, end, cap)) = stack.pop() {
        if end - start < 2 {
            continue;
        }
        let (far, distance) = farthest_from_segment(points, start, end);
        let rank = distance.min(cap);
        ranks[far] = rank;
        stack.push((start, far, rank));
        stack.push((far, end, rank));
    }
    ranks
}

/// The points ranked above `tolerance`: the Douglas–Peucker result for that tolerance.
pub fn keep_above(ranks: &[f64], tolerance: f64) -> Vec<bool> {
    ranks.iter().map(|&rank| rank > tolerance).collect()
}

/// An arc projected for measuring distances, with longitudes unwrapped first so that an
/// arc crossing ±180° stays one continuous line in the plane (Equal Earth's x is linear
/// in longitude, so longitudes beyond ±180° simply extend the plane sideways).
pub fn unwrapped_plane_points(arc: &[LonLat], projection: &EqualEarth) -> Vec<PlanePoint> {
    unwrap(arc)
        .into_iter()
        .map(|p| projection.plane_from_lon_lat(p))
        .collect()
}

/// The point of a closed line farthest from `origin` (its first point) and its distance;
/// of equally far points, the first. (The last point is the first again, at distance 0:
/// it never wins.)
fn farthest_from_point(points: &[PlanePoint], origin: PlanePoint) -> (usize, f64) {
    let mut best = (1, -1.0);
    for (i, p) in points.iter().enumerate().skip(1) {
        let d = distance(*p, origin);
        if d > best.1 {
            best = (i, d);
        }
    }
    best
}

/// The point strictly between `start` and `end` farthest from the segment joining them.
fn farthest_from_segment(points: &[PlanePoint], start: usize, end: usize) -> (usize, f64) {
    let (a, b) = (points[start], points[end]);
    let first = start + 1;
    let mut best = (first, -1.0);
    for (i, p) in points.iter().enumerate().take(end).skip(first) {
        let d = distance_to_segment(*p, a, b);
        if d > best.1 {
            best = (i, d);
        }
    }
    best
}

fn distance(p: PlanePoint, q: PlanePoint) -> f64 {
    (p.x - q.x).hypot(p.y - q.y)
}

/// The distance from `p` to the segment `a`–`b` (not the infinite line: a spike that
/// runs past the end of the segment must still count as far).
fn distance_to_segment(p: PlanePoint, a: PlanePoint, b: PlanePoint) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_squared = dx * dx + dy * dy;
    if length_squared == 0.0 {
        return distance(p, a);
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / length_squared).clamp(0.0, 1.0);
    distance(p, PlanePoint::new(a.x + t * dx, a.y + t * dy))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(points: &[(f64, f64)]) -> Vec<PlanePoint> {
        points.iter().map(|&(x, y)| PlanePoint::new(x, y)).collect()
    }

    fn kept(points: &[PlanePoint], tolerance: f64) -> Vec<usize> {
        keep_above(&significance(points), tolerance)
            .iter()
            .enumerate()
            .filter_map(|(i, &k)| k.then_some(i))
            .collect()
    }

    #[test]
    fn a_small_closed_line_is_split_at_its_farthest_point_by_its_true_distance() {
        let p = |x: f64, y: f64| PlanePoint::new(x, y);
        let ranks = significance(&[p(0.0, 0.0), p(0.3, 0.0), p(0.3, 0.4), p(0.0, 0.0)]);
        assert!((ranks[2] - 0.5).abs() < 1e-12, "{ranks:?}");
    }

    #[test]
    fn of_two_points_equally_far_from_a_closed_line_s_start_the_first_splits_it() {
        let p = |x: f64, y: f64| PlanePoint::new(x, y);
        // (3, 4) and (5, 0) are both 5 from the start; (5, 0) is then 4 from (3, 4)–(0, 0).
        let ranks = significance(&[p(0.0, 0.0), p(3.0, 4.0), p(5.0, 0.0), p(0.0, 0.0)]);
        assert_eq!(ranks[1..3], [5.0, 4.0], "{ranks:?}");
    }

    #[test]
    fn of_two_points_equally_far_from_a_segment_the_first_splits_it() {
        let p = |x: f64, y: f64| PlanePoint::new(x, y);
        let ranks = significance(&[p(0.0, 0.0), p(1.0, 1.0), p(3.0, 1.0), p(4.0, 0.0)]);
        assert_eq!(ranks[1], 1.0, "{ranks:?}");
        assert!(ranks[2] < 1.0, "{ranks:?}");
    }

    #[test]
    fn a_point_ranked_at_the_tolerance_is_dropped_only_those_above_stay() {
        assert_eq!(
            keep_above(&[1.0, 0.5, 2.0, f64::INFINITY], 1.0),
            [false, false, true, true]
        );
    }

    #[test]
    fn the_ends_of_a_line_are_always_kept() {
        let line = pts(&[(0.0, 0.0), (1.0, 0.1), (2.0, 0.0)]);
        assert_eq!(kept(&line, 1000.0), [0, 2]);
        assert_eq!(
            significance(&pts(&[(0.0, 0.0), (1.0, 1.0)])),
            [f64::INFINITY; 2]
        );
    }

    #[test]
    fn a_point_is_kept_when_it_deviates_more_than_the_tolerance() {
        // A bump of height 1 at x = 2 with wiggles of about 0.09 and 0.18 on either side.
        let line = pts(&[(0.0, 0.0), (1.0, 0.6), (2.0, 1.0), (3.0, 0.3), (4.0, 0.0)]);
        assert_eq!(kept(&line, 0.5), [0, 2, 4]);
        assert_eq!(kept(&line, 0.05), [0, 1, 2, 3, 4]);
        assert_eq!(kept(&line, 2.0), [0, 4]);
    }

    #[test]
    fn ranks_never_exceed_the_rank_of_the_point_that_split_their_range() {
        // The third point is 0.9 from the whole line but 1.03 from the sub-segment it
        // falls in after the split at the second point (rank 1). Unclamped, a tolerance
        // of 1.01 would keep it without the point that made its sub-segment exist.
        let line = pts(&[(0.0, 0.0), (9.0, 1.0), (9.5, -0.9), (10.0, 0.0)]);
        let ranks = significance(&line);
        assert_eq!(ranks[1], 1.0);
        assert_eq!(ranks[2], 1.0);
        assert_eq!(kept(&line, 1.01), [0, 3]);
        assert_eq!(kept(&line, 0.5), [0, 1, 2, 3]);
    }

    #[test]
    fn a_closed_line_keeps_its_farthest_point_first() {
        let square = pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]);
        let ranks = significance(&square);
        assert_eq!(ranks[2], 2f64.sqrt());
        assert_eq!(kept(&square, 1.2), [0, 2, 4]);
        assert_eq!(kept(&square, 0.5), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_spike_beyond_the_end_of_the_segment_counts_as_far() {
        let line = pts(&[(0.0, 0.0), (5.0, 0.0), (1.0, 0.0)]);
        assert_eq!(kept(&line, 1.0), [0, 1, 2]);
    }

    #[test]
    fn an_arc_across_the_antimeridian_is_unwrapped_into_one_line() {
        let arc = [
            LonLat::new(179.0, 10.0),
            LonLat::new(-179.0, 10.0),
            LonLat::new(-178.0, 10.0),
        ];
        let plane = unwrapped_plane_points(&arc, &EqualEarth::new());
        let step = plane[1].x - plane[0].x;
        assert!(step > 0.0 && step < 10.0, "{plane:?}");
        // The middle point lies on the line from the first to the last: it goes first.
        assert_eq!(kept(&plane, 1e-6), [0, 2]);
    }
}
