//! Which countries touch, and which neighbour lies in a given direction: the map's
//! keyboard navigation (arrow keys move between neighbouring countries).
//!
//! Two countries are neighbours when their rings share at least two vertices: the
//! geometry is simplified per shared arc at build time, so common borders keep identical
//! points on both sides.

use std::collections::HashMap;

use super::country_code::CountryCode;
use super::world_geometry::World;
use crate::geo::{EqualEarth, LonLat, PlanePoint};

/// Shared vertices needed to call two countries neighbours (one point is a corner touch).
const MIN_SHARED_POINTS: usize = 2;
/// Plane units of distance that weigh as much as a full turn away from the arrow.
const DISTANCE_WEIGHT: f64 = 2000.0;
/// A neighbour is "in the direction" when the cosine between the arrow and the way to its
/// border is at least this (about 66° either side).
const MIN_COSINE: f64 = 0.4;

/// An arrow key's direction on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// West.
    Left,
    /// East.
    Right,
    /// North.
    Up,
    /// South.
    Down,
}

impl Direction {
    /// Unit vector in plane units (y grows southwards).
    fn vector(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }

    /// The direction of an arrow key (`ArrowLeft`, …).
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }
}

/// For every country (by index in `World::shapes`), its neighbours and the middle of the
/// border shared with each, in plane units.
#[derive(Clone, Debug, Default)]
pub struct Adjacency {
    codes: Vec<CountryCode>,
    neighbours: Vec<Vec<(usize, PlanePoint)>>,
}

impl Adjacency {
    /// Finds shared borders in the world's geometry.
    pub fn build(world: &World, projection: &EqualEarth) -> Adjacency {
        // Each vertex (to 1/1000 of a degree) lists the countries that use it.
        let mut owners: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
        for (index, shape) in world.shapes.iter().enumerate() {
            for polygon in &shape.polygons {
                for ring in polygon {
                    for p in ring {
                        let key = (
                            (p.lon * 1000.0).round() as i64,
                            (p.lat * 1000.0).round() as i64,
                        );
                        let list = owners.entry(key).or_default();
                        if list.last() != Some(&index) && !list.contains(&index) {
                            list.push(index);
                        }
                    }
                }
            }
        }
        // For each pair: how many vertices they share and their sum, for the midpoint.
        let mut shared: HashMap<(usize, usize), (usize, f64, f64)> = HashMap::new();
        for (&(lon, lat), list) in &owners {
            for (i, &a) in list.iter().enumerate() {
                for &b in &list[i + 1..] {
                    let entry = shared.entry((a.min(b), a.max(b))).or_insert((0, 0.0, 0.0));
                    entry.0 += 1;
                    entry.1 += lon as f64 / 1000.0;
                    entry.2 += lat as f64 / 1000.0;
                }
            }
        }
        let mut neighbours = vec![Vec::new(); world.shapes.len()];
        let mut pairs: Vec<_> = shared.into_iter().collect();
        pairs.sort_by_key(|&(pair, _)| pair);
        for ((a, b), (count, lon_sum, lat_sum)) in pairs {
            if count < MIN_SHARED_POINTS {
                continue;
            }
            let mid = projection
                .plane_from_lon_lat(LonLat::new(lon_sum / count as f64, lat_sum / count as f64));
            neighbours[a].push((b, mid));
            neighbours[b].push((a, mid));
        }
        Adjacency {
            codes: world.codes().collect(),
            neighbours,
        }
    }

    /// The codes of a country's neighbours, sorted.
    pub fn neighbours_of(&self, code: CountryCode) -> Vec<CountryCode> {
        let Some(index) = self.index(code) else {
            return Vec::new();
        };
        let mut list: Vec<CountryCode> = self.neighbours[index]
            .iter()
            .map(|&(i, _)| self.codes[i])
            .collect();
        list.sort();
        list
    }

    /// The country to move to from `from` with an arrow key: the neighbour whose shared
    /// border lies most nearly in that direction from `from`'s anchor; for islands and
    /// when no border faces that way, the nearest country whose anchor does.
    pub fn step(
        &self,
        from: CountryCode,
        direction: Direction,
        anchor_of: &dyn Fn(CountryCode) -> Option<PlanePoint>,
    ) -> Option<CountryCode> {
        let index = self.index(from)?;
        let origin = anchor_of(from)?;
        let (dx, dy) = direction.vector();
        let score = |target: PlanePoint| -> Option<f64> {
            let (vx, vy) = (target.x - origin.x, target.y - origin.y);
            let length = vx.hypot(vy);
            if length < 1e-9 {
                return None;
            }
            let cosine = (vx * dx + vy * dy) / length;
            // What lies straight ahead wins; distance only breaks near-ties.
            (cosine >= MIN_COSINE).then(|| (1.0 - cosine) + length / DISTANCE_WEIGHT)
        };
        let by_border = self.neighbours[index]
            .iter()
            .filter_map(|&(i, mid)| score(mid).map(|s| (s, i)))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, i)) = by_border {
            return Some(self.codes[i]);
        }
        self.codes
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != index)
            .filter_map(|(i, &code)| score(anchor_of(code)?).map(|s| (s, i)))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, i)| self.codes[i])
    }

    fn index(&self, code: CountryCode) -> Option<usize> {
        self.codes.binary_search(&code).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::real_world;
    use crate::world::project_world;

    fn code(text: &'static str) -> CountryCode {
        CountryCode::from_static(text)
    }

    struct Fixture {
        adjacency: Adjacency,
        anchors: Vec<(CountryCode, PlanePoint)>,
    }

    impl Fixture {
        fn new() -> Fixture {
            let world = real_world();
            let projection = EqualEarth::new();
            let anchors = project_world(&world, &projection)
                .iter()
                .map(|p| (p.code, p.anchor))
                .collect();
            Fixture {
                adjacency: Adjacency::build(&world, &projection),
                anchors,
            }
        }

        fn step(&self, from: CountryCode, direction: Direction) -> Option<CountryCode> {
            let anchor_of =
                |c: CountryCode| self.anchors.iter().find(|(k, _)| *k == c).map(|(_, p)| *p);
            self.adjacency.step(from, direction, &anchor_of)
        }
    }

    #[test]
    fn kazakhstan_borders_its_five_neighbours() {
        let f = Fixture::new();
        let neighbours = f.adjacency.neighbours_of(code("KAZ"));
        for n in ["CHN", "KGZ", "RUS", "TKM", "UZB"] {
            assert!(
                neighbours.contains(&code(n)),
                "{n} missing from {neighbours:?}"
            );
        }
    }

    #[test]
    fn moving_west_from_kazakhstan_reaches_a_caspian_neighbour() {
        let f = Fixture::new();
        let caspian = [code("AZE"), code("RUS"), code("IRN"), code("TKM")];
        let mut at = code("KAZ");
        let mut path = vec![at];
        for _ in 0..4 {
            let Some(next) = f.step(at, Direction::Left) else {
                break;
            };
            at = next;
            path.push(at);
            if caspian.contains(&at) {
                return;
            }
        }
        panic!("never reached the Caspian: {path:?}");
    }

    #[test]
    fn arrows_go_the_right_way_between_known_neighbours() {
        let f = Fixture::new();
        assert_eq!(f.step(code("UZB"), Direction::Up), Some(code("KAZ")));
        assert_eq!(f.step(code("KAZ"), Direction::Right), Some(code("CHN")));
        assert_eq!(f.step(code("AZE"), Direction::Up), Some(code("RUS")));
    }

    #[test]
    fn an_island_moves_to_the_nearest_country_that_way() {
        let f = Fixture::new();
        // Iceland has no land border; east of it lies Norway (or the Faroes' owner).
        let east = f
            .step(code("ISL"), Direction::Right)
            .expect("something east of Iceland");
        assert_ne!(east, code("ISL"));
    }
}
