//! Keeping every marker reachable: markers that would overlap at the current zoom are
//! spread on a small ring around their common place, or, when too many share a place,
//! shown as one numbered group that zooms in when chosen.

use std::f64::consts::{FRAC_PI_2, TAU};

use crate::geo::{PlanePoint, math};
use crate::sort::order_by;

/// Markers closer than this many screen pixels overlap.
pub const CROWD_PX: f64 = 14.0;
/// The most markers spread on one ring; larger crowds become a group.
pub const MAX_RING: usize = 8;
/// Screen pixels of ring per marker, so neighbours on the ring do not touch.
const RING_SPACING_PX: f64 = 17.0;
/// The smallest ring radius in pixels.
const MIN_RING_RADIUS_PX: f64 = 13.0;

/// Where one marker (or a group) is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// One marker, drawn `dx`, `dy` screen pixels away from `at` (zero when not crowded).
    Single {
        /// The marker's index in the input.
        index: usize,
        /// The plane point the offset starts from (its own place, or its crowd's centre).
        at: PlanePoint,
        /// Horizontal offset in screen pixels.
        dx: f64,
        /// Vertical offset in screen pixels.
        dy: f64,
    },
    /// Several markers at one place, drawn as one numbered symbol.
    Group {
        /// The markers' indices, ascending.
        members: Vec<usize>,
        /// The crowd's centre.
        at: PlanePoint,
    },
}

/// Lays out markers for a camera `scale` (screen pixels per plane unit). With
/// `at_max_zoom`, crowds are always spread on rings, since zooming in cannot split them.
pub fn layout_markers(points: &[PlanePoint], scale: f64, at_max_zoom: bool) -> Vec<Placement> {
    let crowds = crowds(points, scale);
    let mut out = Vec::with_capacity(points.len());
    for members in crowds {
        let at = centroid(members.iter().map(|&i| points[i]));
        match members.len() {
            1 => out.push(Placement::Single {
                index: members[0],
                at: points[members[0]],
                dx: 0.0,
                dy: 0.0,
            }),
            n if n <= MAX_RING || at_max_zoom => {
                let radius = (n as f64 * RING_SPACING_PX / TAU).max(MIN_RING_RADIUS_PX);
                for (k, &index) in members.iter().enumerate() {
                    let angle = -FRAC_PI_2 + TAU * k as f64 / n as f64;
                    out.push(Placement::Single {
                        index,
                        at,
                        dx: radius * math::cos(angle),
                        dy: radius * math::sin(angle),
                    });
                }
            }
            _ => out.push(Placement::Group { members, at }),
        }
    }
    out
}

/// Groups of markers linked by overlaps (single linkage), each sorted, in order of their
/// first member. A grid of cells one crowd-distance wide keeps this near-linear: only
/// markers in neighbouring cells are compared.
fn crowds(points: &[PlanePoint], scale: f64) -> Vec<Vec<usize>> {
    let cell = CROWD_PX / scale.max(1e-9);
    let cells: Vec<(i64, i64)> = points
        .iter()
        .map(|p| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64))
        .collect();
    // The markers in order of their cells, so that the markers of one cell sit together
    // and are found by a binary search. A sorted list rather than a `HashMap`: the map's
    // hashing and table code would make the Wasm several kilobytes larger.
    let keys: Vec<u64> = cells.iter().map(|&(x, y)| cell_key(x, y)).collect();
    let by_cell = order_by(&keys);
    let mut parent: Vec<usize> = (0..points.len()).collect();
    for (i, &p) in points.iter().enumerate() {
        let (cx, cy) = cells[i];
        for nx in cx - 1..=cx + 1 {
            for ny in cy - 1..=cy + 1 {
                let key = cell_key(nx, ny);
                let start = by_cell.partition_point(|&j| keys[j] < key);
                for &j in by_cell[start..].iter().take_while(|&&j| keys[j] == key) {
                    if j > i && math::hypot(p.x - points[j].x, p.y - points[j].y) * scale < CROWD_PX
                    {
                        union(&mut parent, i, j);
                    }
                }
            }
        }
    }
    let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); points.len()];
    for i in 0..points.len() {
        let root = find(&mut parent, i);
        by_root[root].push(i);
    }
    // `union` makes the smallest index the root of its group, so the groups, listed by
    // root, are already in order of their first member.
    by_root.into_iter().filter(|g| !g.is_empty()).collect()
}

/// A grid cell as one number that sorts like the pair (x, y). Cells beyond the range of
/// `i32` (only at absurd scales) share the outermost cell: that costs comparisons, never
/// a missed overlap, since every pair found is still measured.
fn cell_key(x: i64, y: i64) -> u64 {
    let part = |v: i64| {
        let v = v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        // Flipping the sign bit keeps the order of an i32 as a u32.
        u64::from(v.cast_unsigned() ^ 0x8000_0000)
    };
    part(x) << 32 | part(y)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

fn centroid(points: impl Iterator<Item = PlanePoint>) -> PlanePoint {
    let (mut x, mut y, mut n) = (0.0_f64, 0.0_f64, 0.0_f64);
    for p in points {
        x += p.x;
        y += p.y;
        n += 1.0;
    }
    PlanePoint::new(x / n.max(1.0), y / n.max(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> PlanePoint {
        PlanePoint::new(x, y)
    }

    #[test]
    fn markers_far_apart_stay_where_they_are() {
        let placed = layout_markers(&[p(0.0, 0.0), p(10.0, 0.0)], 10.0, false);
        assert_eq!(
            placed,
            [
                Placement::Single {
                    index: 0,
                    at: p(0.0, 0.0),
                    dx: 0.0,
                    dy: 0.0
                },
                Placement::Single {
                    index: 1,
                    at: p(10.0, 0.0),
                    dx: 0.0,
                    dy: 0.0
                },
            ]
        );
    }

    #[test]
    fn markers_at_one_place_are_spread_on_a_ring_where_none_overlap() {
        // Five events in one city, like the Washington visit.
        let points = vec![p(5.0, 5.0); 5];
        let placed = layout_markers(&points, 2.0, false);
        assert_eq!(placed.len(), 5);
        let screen: Vec<(f64, f64)> = placed
            .iter()
            .map(|pl| match pl {
                Placement::Single { at, dx, dy, .. } => (at.x * 2.0 + dx, at.y * 2.0 + dy),
                Placement::Group { .. } => panic!("five markers fit on a ring"),
            })
            .collect();
        for (i, a) in screen.iter().enumerate() {
            for b in &screen[i + 1..] {
                assert!(
                    (a.0 - b.0).hypot(a.1 - b.1) >= CROWD_PX - 1e-9,
                    "{a:?} {b:?}"
                );
            }
        }
    }

    /// The ring starts at the top and goes clockwise (screen y points down), with 17 px of
    /// ring per marker and a radius of at least 13 px.
    #[test]
    fn the_ring_starts_at_the_top_and_gives_each_marker_its_share() {
        let offsets = |n: usize| -> Vec<(f64, f64)> {
            layout_markers(&vec![p(2.0, 3.0); n], 1.0, false)
                .into_iter()
                .map(|pl| match pl {
                    Placement::Single { at, dx, dy, .. } => {
                        assert_eq!(at, p(2.0, 3.0), "around the crowd's place");
                        (dx, dy)
                    }
                    Placement::Group { .. } => panic!("{n} markers fit on a ring"),
                })
                .collect()
        };
        let close =
            |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9;
        // Eight markers: a circumference of 8 × 17 px.
        let r = 8.0 * 17.0 / TAU;
        let eight = offsets(8);
        let half = r * std::f64::consts::FRAC_1_SQRT_2;
        assert!(close(eight[0], (0.0, -r)), "{:?}", eight[0]);
        assert!(close(eight[1], (half, -half)), "{:?}", eight[1]);
        assert!(close(eight[2], (r, 0.0)), "{:?}", eight[2]);
        assert!(close(eight[4], (0.0, r)), "{:?}", eight[4]);
        assert!(close(eight[6], (-r, 0.0)), "{:?}", eight[6]);
        // Two markers: 34 px of ring would be a radius of 5.4 px; the minimum is 13.
        let two = offsets(2);
        assert!(
            close(two[0], (0.0, -13.0)) && close(two[1], (0.0, 13.0)),
            "{two:?}"
        );
    }

    /// Far out (a small scale), markers a long way apart on the plane still meet on the
    /// screen: 141 plane units at 0.01 px per unit are 1.4 px.
    #[test]
    fn markers_close_on_the_screen_crowd_at_any_scale() {
        let placed = layout_markers(&[p(0.0, 0.0), p(100.0, 100.0)], 0.01, false);
        assert!(
            placed
                .iter()
                .all(|pl| matches!(pl, Placement::Single { at, dx, dy, .. } if *at == p(50.0, 50.0) && dx.hypot(*dy) > 0.0)),
            "{placed:?}"
        );
    }

    /// Markers only crowd when closer than 14 px on the screen, whichever grid cells they
    /// fall in (at scale 1 a cell is 14 units wide).
    #[test]
    fn crowds_are_decided_by_distance_across_cell_boundaries() {
        let singles = |points: &[PlanePoint]| {
            layout_markers(points, 1.0, false)
                .iter()
                .filter(
                    |pl| matches!(pl, Placement::Single { dx, dy, .. } if *dx == 0.0 && *dy == 0.0),
                )
                .count()
        };
        // Neighbouring cells, 27 and 15 px apart, and exactly 14 px apart: not crowded.
        assert_eq!(singles(&[p(0.0, 0.0), p(27.0, 0.0)]), 2);
        assert_eq!(singles(&[p(20.0, 0.0), p(35.0, 0.0)]), 2);
        assert_eq!(singles(&[p(0.0, 0.0), p(14.0, 0.0)]), 2);
        // 0.2 px apart across a row or a column of cells, either one first: crowded.
        assert_eq!(singles(&[p(5.0, 13.9), p(5.0, 14.1)]), 0);
        assert_eq!(singles(&[p(5.0, 14.1), p(5.0, 13.9)]), 0);
        assert_eq!(singles(&[p(13.9, 5.0), p(14.1, 5.0)]), 0);
        assert_eq!(singles(&[p(14.1, 5.0), p(13.9, 5.0)]), 0);
    }

    /// Cell keys sort like their (x, y) pairs, negative before positive, and differ for
    /// different cells.
    #[test]
    fn cell_keys_sort_like_their_cells() {
        let cells = [
            (-3, 7),
            (-1, -1),
            (-1, 0),
            (0, -5),
            (0, 0),
            (0, 1),
            (1, -1),
            (2, 0),
        ];
        for pair in cells.windows(2) {
            let [(ax, ay), (bx, by)] = [pair[0], pair[1]];
            assert!(cell_key(ax, ay) < cell_key(bx, by), "{pair:?}");
        }
        // Beyond i32, cells share the outermost key, in order still.
        assert_eq!(cell_key(i64::MAX, 0), cell_key(i64::from(i32::MAX), 0));
        assert!(cell_key(i64::MIN, 0) < cell_key(0, 0));
    }

    /// Nine markers, one in each cell of a 3 × 3 block, all within 14 px of the middle
    /// one, listed first: one crowd of nine, so a group.
    #[test]
    fn a_full_block_of_cells_is_searched() {
        let mut points = vec![p(21.0, 21.0)];
        for y in [13.9, 21.0, 28.1] {
            for x in [13.9, 21.0, 28.1] {
                if (x, y) != (21.0, 21.0) {
                    points.push(p(x, y));
                }
            }
        }
        assert!(
            matches!(&layout_markers(&points, 1.0, false)[..], [Placement::Group { members, .. }] if members.len() == 9)
        );
    }

    #[test]
    fn a_large_crowd_becomes_a_group_until_zoom_is_at_its_limit() {
        let points = vec![p(1.0, 1.0); 12];
        let placed = layout_markers(&points, 1.0, false);
        assert_eq!(
            placed,
            [Placement::Group {
                members: (0..12).collect(),
                at: p(1.0, 1.0)
            }]
        );
        assert_eq!(layout_markers(&points, 1.0, true).len(), 12);
    }

    #[test]
    fn eight_markers_at_one_place_are_spread_and_nine_become_a_group() {
        // The README: more than 8 events at one place are shown as one numbered group.
        let eight = layout_markers(&[p(3.0, 4.0); 8], 1.0, false);
        assert_eq!(eight.len(), 8);
        assert!(
            eight
                .iter()
                .all(|pl| matches!(pl, Placement::Single { dx, dy, .. } if dx.hypot(*dy) > 0.0)),
            "{eight:?}"
        );
        assert_eq!(
            layout_markers(&[p(3.0, 4.0); 9], 1.0, false),
            [Placement::Group {
                members: (0..9).collect(),
                at: p(3.0, 4.0)
            }]
        );
    }

    #[test]
    fn zooming_in_splits_a_crowd() {
        let points = [p(0.0, 0.0), p(1.0, 0.0)];
        assert_eq!(layout_markers(&points, 5.0, false).len(), 2);
        assert!(
            matches!(layout_markers(&points, 5.0, false)[0], Placement::Single { dx, .. } if dx != 0.0)
        );
        let far = layout_markers(&points, 50.0, false);
        assert!(matches!(far[0], Placement::Single { dx, .. } if dx == 0.0));
    }

    #[test]
    fn two_thousand_markers_are_laid_out() {
        let points: Vec<_> = (0..2000)
            .map(|i| p(f64::from(i % 50) * 3.0, f64::from(i / 50) * 3.0))
            .collect();
        let placed = layout_markers(&points, 4.0, false);
        let count: usize = placed
            .iter()
            .map(|pl| match pl {
                Placement::Single { .. } => 1,
                Placement::Group { members, .. } => members.len(),
            })
            .sum();
        assert_eq!(count, 2000);
    }
}
