//! Which countries touch, and which neighbour lies in a given direction: the map's
//! keyboard navigation (arrow keys move between neighbouring countries).
//!
//! Two countries are neighbours when their rings share at least two vertices: the
//! geometry is simplified per shared arc at build time, so common borders keep identical
//! points on both sides.

use super::country_code::CountryCode;
use super::geometry::World;
use crate::geo::{EqualEarth, LonLat, PlanePoint, math};

/// Offsets that make a longitude or latitude in thousandths of a degree non-negative.
const LON_OFFSET: i64 = 180_000;
const LAT_OFFSET: i64 = 90_000;
/// The low 32 bits of a packed number.
const LOW_32: u128 = 0xFFFF_FFFF;

/// Shared vertices needed to call two countries neighbours (one point is a corner touch).
const MIN_SHARED_POINTS: usize = 2;
/// Real borders meet at most four or so countries in one point; a vertex shared by more is
/// not a border (a hostile file could make every country share one), and is skipped, so
/// the pairs stay linear in the number of vertices.
const MAX_AT_VERTEX: usize = 8;
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
    ///
    /// Vertices and pairs are packed into `u128`s and sorted, instead of being counted in
    /// hash maps: one sort of plain numbers is much less code in the Wasm than two hash
    /// maps and a sort of tuples, and the midpoints no longer depend on hashing order.
    pub fn build(world: &World, projection: &EqualEarth) -> Adjacency {
        // Each use of a vertex (to 1/1000 of a degree) by a country (its index):
        // lon | lat | index, 32 bits each, so that the uses of a vertex sort together.
        let mut uses: Vec<u128> = Vec::new();
        for (index, shape) in world.shapes.iter().enumerate() {
            for polygon in &shape.polygons {
                for ring in polygon {
                    for p in ring {
                        let lon = (p.lon * 1000.0).round() as i64 + LON_OFFSET;
                        let lat = (p.lat * 1000.0).round() as i64 + LAT_OFFSET;
                        uses.push((lon as u128) << 64 | (lat as u128) << 32 | index as u128);
                    }
                }
            }
        }
        uses.sort_unstable();
        uses.dedup();
        // Each pair of countries (a < b) sharing a vertex: a | b | vertex, so that the
        // vertices of a pair sort together, pairs in order.
        let mut pairs: Vec<u128> = Vec::new();
        for run in uses.chunk_by(|x, y| x >> 32 == y >> 32) {
            if run.len() > MAX_AT_VERTEX {
                continue;
            }
            for (i, a) in run.iter().enumerate() {
                for b in &run[i + 1..] {
                    pairs.push((a & LOW_32) << 96 | (b & LOW_32) << 64 | a >> 32);
                }
            }
        }
        pairs.sort_unstable();
        let mut neighbours = vec![Vec::new(); world.shapes.len()];
        for run in pairs.chunk_by(|x, y| x >> 64 == y >> 64) {
            if run.len() < MIN_SHARED_POINTS {
                continue;
            }
            let (a, b) = ((run[0] >> 96) as usize, (run[0] >> 64 & LOW_32) as usize);
            let (mut lon_sum, mut lat_sum) = (0.0, 0.0);
            for vertex in run {
                lon_sum += ((vertex >> 32 & LOW_32) as i64 - LON_OFFSET) as f64 / 1000.0;
                lat_sum += ((vertex & LOW_32) as i64 - LAT_OFFSET) as f64 / 1000.0;
            }
            let count = run.len() as f64;
            let mid = projection.plane_from_lon_lat(LonLat::new(lon_sum / count, lat_sum / count));
            // Pairs come in order, so each list comes out sorted by index, which is the
            // order of the codes.
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
        // Sorted as they are: `build` lists each country's neighbours in order of their
        // index, and a `World`'s shapes are sorted by code (which `index` relies on too).
        self.neighbours[index]
            .iter()
            .map(|&(i, _)| self.codes[i])
            .collect()
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
            let length = math::hypot(vx, vy);
            // A target at the origin itself has no direction: 0 / 0 is NaN, which fails
            // the comparison below, so it is never chosen.
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
    fn kazakhstan_borders_exactly_its_five_neighbours_and_each_of_them_borders_it() {
        let f = Fixture::new();
        let neighbours = ["CHN", "KGZ", "RUS", "TKM", "UZB"].map(code);
        assert_eq!(f.adjacency.neighbours_of(code("KAZ")), neighbours);
        for n in neighbours {
            assert!(
                f.adjacency.neighbours_of(n).contains(&code("KAZ")),
                "{n} does not border KAZ"
            );
        }
    }

    #[test]
    fn each_arrow_from_kazakhstan_goes_to_the_neighbour_whose_border_lies_that_way() {
        // Kazakhstan's anchor is near 66°E 48°N. The middles of its borders: Turkmenistan
        // south-west (54°E 42°N, west of the Aral Sea), Russia north-west (64°E 52°N: the
        // long northern border bends down to the Caspian), Uzbekistan due south (66°E
        // 42°N), Kyrgyzstan south-east (75°E 43°N), China east (83°E 46°N). West, the
        // Turkmen border is nearer the arrow than the Russian one; south, Uzbekistan is
        // straight ahead while Turkmenistan and Kyrgyzstan are well off to the sides.
        let f = Fixture::new();
        assert_eq!(f.step(code("KAZ"), Direction::Left), Some(code("TKM")));
        assert_eq!(f.step(code("KAZ"), Direction::Up), Some(code("RUS")));
        assert_eq!(f.step(code("KAZ"), Direction::Down), Some(code("UZB")));
        assert_eq!(f.step(code("KAZ"), Direction::Right), Some(code("CHN")));
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
        // Iceland has no land border; east of it, across the sea, lie the Faroes and Norway,
        // south-east Britain and Ireland. Not Greenland to the west nor America.
        let east = f
            .step(code("ISL"), Direction::Right)
            .expect("something east of Iceland");
        assert!(
            ["FRO", "NOR", "GBR", "IRL"].map(code).contains(&east),
            "{east}"
        );
        let x = |c: CountryCode| f.anchors.iter().find(|(k, _)| *k == c).map(|(_, p)| p.x);
        assert!(x(east) > x(code("ISL")), "{east} is not east of Iceland");
    }

    #[test]
    fn a_country_drawn_at_the_very_same_point_lies_in_no_direction() {
        let mut f = Fixture::new();
        let iceland = f
            .anchors
            .iter()
            .find(|(k, _)| *k == code("ISL"))
            .expect("ISL")
            .1;
        // The Faroes moved onto Iceland's anchor: nearest of all, but in no direction.
        for anchor in f.anchors.iter_mut().filter(|(k, _)| *k == code("FRO")) {
            anchor.1 = iceland;
        }
        for direction in [
            Direction::Left,
            Direction::Right,
            Direction::Up,
            Direction::Down,
        ] {
            assert_ne!(
                f.step(code("ISL"), direction),
                Some(code("FRO")),
                "{direction:?}"
            );
        }
    }
}

#[cfg(test)]
mod hostile_tests {
    use super::*;
    use crate::world::parse_world;

    /// `n` features with codes AAA, AAB, …, all with the same small square.
    fn crowded(n: usize) -> String {
        let features: Vec<String> = (0..n)
            .map(|i| {
                let code: String = [i / 676, i / 26 % 26, i % 26]
                    .iter()
                    .map(|&k| char::from(b'A' + k as u8))
                    .collect();
                format!(r#"["{code}",1,["10 10 1 0 0 1-1 0"]]"#)
            })
            .collect();
        format!(r#"{{"features":[{}]}}"#, features.join(","))
    }

    #[test]
    fn countries_crowding_one_point_are_not_neighbours_and_cost_no_pairs() {
        let world = parse_world(&crowded(900)).expect("900 features are a world");
        let adjacency = Adjacency::build(&world, &EqualEarth::new());
        let first = CountryCode::from_static("AAA");
        assert_eq!(adjacency.neighbours_of(first), Vec::<CountryCode>::new());
    }

    /// Up to eight countries may meet at one point (each is then the others' neighbour);
    /// from nine on, the point is no border.
    #[test]
    fn eight_countries_at_a_point_are_neighbours_and_nine_are_not() {
        let first = CountryCode::from_static("AAA");
        let neighbours = |n: usize| {
            let world = parse_world(&crowded(n)).expect("a world");
            Adjacency::build(&world, &EqualEarth::new())
                .neighbours_of(first)
                .len()
        };
        assert_eq!(neighbours(MAX_AT_VERTEX), MAX_AT_VERTEX - 1);
        assert_eq!(neighbours(MAX_AT_VERTEX + 1), 0);
    }

    /// Neighbours come in order of their codes, whatever the order of the file.
    #[test]
    fn neighbours_are_listed_by_code() {
        let square = r#"1,["10 10 1 0 0 1-1 0"]]"#;
        let world = parse_world(&format!(
            r#"{{"features":[["CCC",{square},["AAA",{square},["BBB",{square}]}}"#
        ))
        .expect("a world");
        let adjacency = Adjacency::build(&world, &EqualEarth::new());
        let code = CountryCode::from_static;
        assert_eq!(
            adjacency.neighbours_of(code("BBB")),
            [code("AAA"), code("CCC")]
        );
        assert_eq!(
            adjacency.neighbours_of(code("AAA")),
            [code("BBB"), code("CCC")]
        );
    }

    /// The four arrow keys, by their `KeyboardEvent.key` names, and nothing else.
    #[test]
    fn the_arrow_keys_are_directions() {
        assert_eq!(Direction::from_key("ArrowLeft"), Some(Direction::Left));
        assert_eq!(Direction::from_key("ArrowRight"), Some(Direction::Right));
        assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::from_key("ArrowDown"), Some(Direction::Down));
        assert_eq!(Direction::from_key("Left"), None);
        assert_eq!(Direction::from_key("arrowleft"), None);
    }

    #[test]
    fn a_file_with_thousands_of_features_is_refused_before_any_sorting() {
        let error = parse_world(&crowded(10_000)).expect_err("10,000 features are refused");
        assert!(error.to_string().contains("at most 1000"), "{error}");
    }
}

#[cfg(test)]
mod scoring_tests {
    use super::*;
    use crate::world::parse_world;

    /// Three islands far apart (no borders), and where the test says they are drawn.
    fn islands() -> Adjacency {
        let island = |code: &str, lon: i32| format!(r#"["{code}",1,["{lon} 10 1 0 0 1-1 0"]]"#);
        let world = parse_world(&format!(
            r#"{{"features":[{},{},{}]}}"#,
            island("OOO", 0),
            island("AAA", 60),
            island("BBB", -60)
        ))
        .expect("three islands");
        Adjacency::build(&world, &EqualEarth::new())
    }

    #[test]
    fn the_turn_away_from_the_arrow_weighs_against_distance_linearly() {
        // From OOO to the right: AAA straight ahead but 1,600 units away, BBB 60° off the
        // arrow (cosine 0.5) and 100 away. Score = (1 − cosine) + distance ÷ 2,000:
        // AAA 0.8, BBB 0.55, so BBB.
        let anchors = [
            (CountryCode::from_static("OOO"), PlanePoint::new(0.0, 0.0)),
            (
                CountryCode::from_static("AAA"),
                PlanePoint::new(1600.0, 0.0),
            ),
            (
                CountryCode::from_static("BBB"),
                PlanePoint::new(50.0, 86.602_540_378),
            ),
        ];
        let anchor_of = |c: CountryCode| anchors.iter().find(|(k, _)| *k == c).map(|(_, p)| *p);
        let adjacency = islands();
        assert_eq!(
            adjacency.step(
                CountryCode::from_static("OOO"),
                Direction::Right,
                &anchor_of
            ),
            Some(CountryCode::from_static("BBB"))
        );
    }
}
