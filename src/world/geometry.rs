//! The world geometry: its shapes by code, and how its two files add up. It comes in two
//! files (read and written by [`world_file`](super::world_file)):
//! `public/data/world.json` lists every feature and draws those the app's first view
//! can show; the others are pending there and are drawn by `public/data/world-outer.json`,
//! which the app fetches once the map is up (see [`World::fill`] and
//! `render::boot_map::first_view_cover`).

use std::fmt;

use super::country_code::CountryCode;
use super::world_file::parse_world;
use crate::geo::path::{Polygon, format_number};
use crate::geo::{Bounds, EqualEarth};
use crate::sort::order_by;

/// The name of the file with every feature and the geometry of the first view.
pub const WORLD_FILE: &str = "world.json";
/// The name of the file with the geometry [`WORLD_FILE`] leaves out.
pub const OUTER_FILE: &str = "world-outer.json";

/// One country or territory: its code and its polygons in degrees.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// The project's code for the feature.
    pub code: CountryCode,
    /// Outer rings and holes, closed, in degrees. Empty while the shape is pending (the
    /// file lists only its code; its geometry comes from [`OUTER_FILE`]).
    pub polygons: Vec<Polygon>,
}

impl CountryShape {
    /// True when the file left this shape's geometry for [`OUTER_FILE`].
    pub fn is_pending(&self) -> bool {
        self.polygons.is_empty()
    }

    /// The box of all its points on the plane (none while pending). A shape across the
    /// antimeridian spans the plane's width.
    pub fn plane_bounds(&self, projection: &EqualEarth) -> Option<Bounds> {
        Bounds::of_points(
            self.polygons
                .iter()
                .flatten()
                .flatten()
                .map(|&p| projection.plane_from_lon_lat(p)),
        )
    }
}

/// Every shape of the base map, sorted by code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct World {
    /// The shapes, sorted by code, one per code.
    pub shapes: Vec<CountryShape>,
}

impl World {
    /// The shape with this code, if the map has one.
    pub fn shape(&self, code: CountryCode) -> Option<&CountryShape> {
        self.shapes
            .binary_search_by(|s| s.code.cmp(&code))
            .ok()
            .map(|i| &self.shapes[i])
    }

    /// True when the map has a shape with this code.
    pub fn contains(&self, code: CountryCode) -> bool {
        self.shape(code).is_some()
    }

    /// All codes, sorted.
    pub fn codes(&self) -> impl Iterator<Item = CountryCode> + '_ {
        self.shapes.iter().map(|s| s.code)
    }

    /// The codes whose geometry is still to come, sorted.
    pub fn pending(&self) -> impl Iterator<Item = CountryCode> + '_ {
        self.shapes
            .iter()
            .filter(|s| s.is_pending())
            .map(|s| s.code)
    }

    /// True when every shape has its geometry.
    pub fn is_complete(&self) -> bool {
        self.pending().next().is_none()
    }

    /// Gives the pending shapes the geometry of `outer` (a parsed [`OUTER_FILE`]). Every
    /// feature of `outer` must be one this world is waiting for, and every shape waiting
    /// must get its geometry; otherwise nothing changes.
    pub fn fill(&mut self, outer: World) -> Result<(), WorldError> {
        for shape in &outer.shapes {
            match self.shape(shape.code) {
                Some(own) if own.is_pending() => {}
                _ => return Err(WorldError::NotPending(shape.code)),
            }
        }
        if let Some(code) = self.pending().find(|&code| !outer.contains(code)) {
            return Err(WorldError::StillPending(code));
        }
        for shape in outer.shapes {
            if let Ok(i) = self.shapes.binary_search_by(|s| s.code.cmp(&shape.code)) {
                self.shapes[i] = shape;
            }
        }
        Ok(())
    }

    /// Splits a complete world for its two files: the first keeps every shape but
    /// leaves pending those for which `deferred` is true; the second holds just those.
    pub fn split(mut self, deferred: impl Fn(&CountryShape) -> bool) -> (World, World) {
        let mut outer = Vec::new();
        for shape in &mut self.shapes {
            if deferred(shape) {
                outer.push(CountryShape {
                    code: shape.code,
                    polygons: std::mem::take(&mut shape.polygons),
                });
            }
        }
        (self, World { shapes: outer })
    }
}

/// What is wrong with a geometry file. Each variant names the feature at fault.
#[derive(Clone, Debug, PartialEq)]
pub enum WorldError {
    /// The text is not JSON (the message carries line and column), or not shaped as a
    /// geometry file.
    Syntax(String),
    /// The JSON is not an object with a list of `features`.
    NotAWorld,
    /// The feature at this index has no `id`, or the id is not a country code.
    BadId { index: usize, id: String },
    /// Two features share a code.
    DuplicateId(CountryCode),
    /// The feature's grid or one of its polygons or rings is malformed (`problem` says
    /// which and how).
    BadFeature { code: CountryCode, problem: String },
    /// A feature of the outer file that the first file does not leave pending.
    NotPending(CountryCode),
    /// A feature the first file leaves pending and the outer file does not draw.
    StillPending(CountryCode),
    /// A coordinate is outside [-180, 180] × [-90, 90] or not finite.
    BadCoordinate {
        code: CountryCode,
        lon: f64,
        lat: f64,
    },
}

impl fmt::Display for WorldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(msg) => write!(f, "not a valid geometry file: {msg}"),
            Self::NotAWorld => write!(
                f,
                "not a geometry file: expected an object with a list of \"features\""
            ),
            Self::BadId { index, id } => write!(
                f,
                "feature #{index} has id {id}, not a three-letter country code"
            ),
            Self::DuplicateId(code) => write!(f, "two features have id {code}"),
            Self::BadFeature { code, problem } => write!(f, "feature {code}: {problem}"),
            Self::BadCoordinate { code, lon, lat } => write!(
                f,
                "feature {code} has a point out of range ({}, {})",
                format_number(*lon),
                format_number(*lat)
            ),
            Self::NotPending(code) => write!(
                f,
                "feature {code} is not one that {WORLD_FILE} leaves for {OUTER_FILE}"
            ),
            Self::StillPending(code) => write!(
                f,
                "{WORLD_FILE} leaves feature {code} for {OUTER_FILE}, which does not draw it"
            ),
        }
    }
}

impl std::error::Error for WorldError {}

/// The most features a geometry file may have.
pub const MAX_FEATURES: usize = 1000;

/// Parses both geometry files into the complete world; an error names the file at fault.
pub fn parse_world_files(first: &str, outer: &str) -> Result<World, String> {
    let mut world = parse_world(first).map_err(|e| format!("{WORLD_FILE}: {e}"))?;
    let outer = parse_world(outer).map_err(|e| format!("{OUTER_FILE}: {e}"))?;
    world
        .fill(outer)
        .map_err(|e| format!("{OUTER_FILE}: {e}"))?;
    Ok(world)
}

/// The shapes in order of their codes (the file lists them in order when written by
/// build-geometry, so this is quick).
pub(super) fn sorted_by_code(shapes: Vec<CountryShape>) -> Vec<CountryShape> {
    let key = |shape: &CountryShape| {
        shape
            .code
            .as_str()
            .bytes()
            .fold(0u32, |k, b| k << 8 | u32::from(b))
    };
    let keys: Vec<u32> = shapes.iter().map(key).collect();
    let order = order_by(&keys);
    let mut slots: Vec<Option<CountryShape>> = shapes.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LonLat;
    use crate::world::world_file::world_json;

    const THREE_SQUARES: &str = include_str!("../../tests/fixtures/three-squares.json");

    fn code(text: &'static str) -> CountryCode {
        CountryCode::from_static(text)
    }

    #[test]
    fn a_small_world_is_read_by_code() {
        let world = parse_world(THREE_SQUARES).expect("fixture parses");
        let codes: Vec<String> = world.codes().map(|c| c.to_string()).collect();
        assert_eq!(codes, ["AAA", "BBB", "CCC"]);
        let bbb = world.shape(code("BBB")).expect("BBB");
        assert_eq!(bbb.polygons.len(), 2);
        assert_eq!(
            bbb.polygons[1][0],
            [
                (12.0, 0.0),
                (13.0, 0.0),
                (13.0, 1.0),
                (12.0, 1.0),
                (12.0, 0.0)
            ]
            .map(|(x, y)| LonLat::new(x, y))
        );
    }

    #[test]
    fn features_without_a_code_are_reported_by_index() {
        assert_eq!(
            parse_world(r#"{"features":[[null,1,["0 0 1 0 0 1"]]]}"#),
            Err(WorldError::BadId {
                index: 0,
                id: "null".to_owned()
            })
        );
    }

    #[test]
    fn a_feature_without_a_grid_is_a_pending_shape() {
        let world = parse_world(r#"{"features":[["AAA"]]}"#).expect("parses");
        assert!(world.contains(code("AAA")));
        assert_eq!(world.pending().collect::<Vec<_>>(), [code("AAA")]);
        assert!(!world.is_complete());
    }

    #[test]
    fn a_split_world_fills_back_to_the_same_world() {
        let whole = parse_world(THREE_SQUARES).expect("fixture parses");
        let (mut first, outer) = whole.clone().split(|shape| shape.code != code("AAA"));
        assert_eq!(
            first.codes().count(),
            3,
            "the first file lists every feature"
        );
        assert_eq!(
            first.pending().collect::<Vec<_>>(),
            [code("BBB"), code("CCC")]
        );
        assert_eq!(
            outer.codes().collect::<Vec<_>>(),
            [code("BBB"), code("CCC")]
        );
        first.fill(outer).expect("fills");
        assert!(first.is_complete());
        assert_eq!(first, whole);
    }

    #[test]
    fn filling_rejects_unexpected_and_missing_shapes_and_changes_nothing() {
        let whole = parse_world(THREE_SQUARES).expect("fixture parses");
        let (first, outer) = whole.clone().split(|shape| shape.code == code("CCC"));

        // The outer file draws a shape the first file already has.
        let mut target = first.clone();
        assert_eq!(
            target.fill(whole.clone()),
            Err(WorldError::NotPending(code("AAA")))
        );
        assert_eq!(target, first);

        // The outer file leaves a pending shape undrawn.
        let mut target = first.clone();
        assert_eq!(
            target.fill(World::default()),
            Err(WorldError::StillPending(code("CCC")))
        );
        assert_eq!(target, first);
        assert!(target.fill(outer).is_ok());
    }

    #[test]
    fn errors_of_both_files_name_the_file() {
        let (first, _) = parse_world(THREE_SQUARES)
            .expect("fixture parses")
            .split(|shape| shape.code == code("CCC"));
        let first = world_json(&first).expect("writes");
        let error = parse_world_files(&first, "{").expect_err("outer is not JSON");
        assert!(
            error.starts_with("world-outer.json: not a valid geometry file"),
            "{error}"
        );
        let error = parse_world_files(&first, r#"{"features":[]}"#).expect_err("CCC stays pending");
        assert_eq!(
            error,
            "world-outer.json: world.json leaves feature CCC for world-outer.json, which does not draw it"
        );
        let error = parse_world_files(&first, r#"{"features":[["CCC",1,["0 0 1"]]]}"#)
            .expect_err("a bad ring");
        assert_eq!(
            error,
            "world-outer.json: feature CCC: polygon 1, ring 1: 3 numbers, not pairs of longitude and latitude"
        );
        let error = parse_world_files("[]", "{}").expect_err("first is not a geometry file");
        assert!(error.starts_with("world.json: "), "{error}");
    }
}
