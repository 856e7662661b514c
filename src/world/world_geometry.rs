//! Parsing the world geometry with the `geojson` crate. It comes in two files:
//! `public/data/world.geojson` lists every feature and draws those the app's first view
//! can show; the others have a `null` geometry there ("unlocated", in GeoJSON's words)
//! and are drawn by `public/data/world-outer.geojson`, which the app fetches once the
//! map is up (see [`World::fill`] and `render::boot_map::first_view_cover`).

use std::fmt;

use geojson::{Feature, GeoJson, GeometryValue, feature::Id};

use super::country_code::CountryCode;
use crate::geo::path::{Polygon, format_number};
use crate::geo::{Bounds, EqualEarth, LonLat};
use crate::sort::order_by;

/// The name of the file with every feature and the geometry of the first view.
pub const WORLD_FILE: &str = "world.geojson";
/// The name of the file with the geometry [`WORLD_FILE`] leaves out.
pub const OUTER_FILE: &str = "world-outer.geojson";

/// One country or territory: its code and its polygons in degrees.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// The project's code for the feature (the GeoJSON feature `id`).
    pub code: CountryCode,
    /// Outer rings and holes, closed, in degrees. Empty while the shape is pending (its
    /// geometry is `null` in the file, to come from [`OUTER_FILE`]).
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
    /// The text is not GeoJSON (the message carries line and column).
    Syntax(String),
    /// The GeoJSON is not a FeatureCollection.
    NotAFeatureCollection,
    /// The feature at this index has no `id`, or the id is not a country code.
    BadId { index: usize, id: String },
    /// Two features share a code.
    DuplicateId(CountryCode),
    /// The feature has neither a Polygon or MultiPolygon geometry nor `null`.
    BadGeometry { code: CountryCode, found: String },
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
            Self::Syntax(msg) => write!(f, "not valid GeoJSON: {msg}"),
            Self::NotAFeatureCollection => write!(f, "not a GeoJSON FeatureCollection"),
            Self::BadId { index, id } => write!(
                f,
                "feature #{index} has id {id}, not a three-letter country code"
            ),
            Self::DuplicateId(code) => write!(f, "two features have id {code}"),
            Self::BadGeometry { code, found } => write!(
                f,
                "feature {code} has {found} geometry; expected Polygon, MultiPolygon or null"
            ),
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

/// Parses one geometry file: a FeatureCollection whose features have a country code as
/// `id` and a Polygon or MultiPolygon geometry, or `null` (the shape is then pending).
/// Properties are ignored. Error messages do not name the file: the caller does.
pub fn parse_world(json: &str) -> Result<World, WorldError> {
    let geojson: GeoJson = json
        .parse()
        .map_err(|e: geojson::Error| WorldError::Syntax(e.to_string()))?;
    let GeoJson::FeatureCollection(collection) = geojson else {
        return Err(WorldError::NotAFeatureCollection);
    };
    let mut shapes = Vec::with_capacity(collection.features.len());
    for (index, feature) in collection.features.into_iter().enumerate() {
        shapes.push(shape_from_feature(index, feature)?);
    }
    let shapes = sorted_by_code(shapes);
    if let Some(pair) = shapes.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(WorldError::DuplicateId(pair[0].code));
    }
    Ok(World { shapes })
}

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
fn sorted_by_code(shapes: Vec<CountryShape>) -> Vec<CountryShape> {
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

fn shape_from_feature(index: usize, feature: Feature) -> Result<CountryShape, WorldError> {
    let code = match &feature.id {
        Some(Id::String(text)) => CountryCode::parse(text).map_err(|_| WorldError::BadId {
            index,
            id: format!("\"{text}\""),
        })?,
        Some(Id::Number(n)) => {
            return Err(WorldError::BadId {
                index,
                id: n.to_string(),
            });
        }
        None => {
            return Err(WorldError::BadId {
                index,
                id: "(none)".to_owned(),
            });
        }
    };
    let polygons = match feature.geometry.map(|g| g.value) {
        Some(GeometryValue::Polygon { coordinates }) => vec![coordinates],
        Some(GeometryValue::MultiPolygon { coordinates }) => coordinates,
        Some(other) => {
            return Err(WorldError::BadGeometry {
                code,
                found: other.type_name().to_owned(),
            });
        }
        None => Vec::new(),
    };
    let mut out = Vec::with_capacity(polygons.len());
    for polygon in polygons {
        let mut rings = Vec::with_capacity(polygon.len());
        for ring in polygon {
            let mut points = Vec::with_capacity(ring.len());
            for position in ring {
                let slice = position.as_slice();
                let p = LonLat::new(
                    slice.first().copied().unwrap_or(f64::NAN),
                    slice.get(1).copied().unwrap_or(f64::NAN),
                );
                if !p.is_valid() {
                    return Err(WorldError::BadCoordinate {
                        code,
                        lon: p.lon,
                        lat: p.lat,
                    });
                }
                points.push(p);
            }
            rings.push(points);
        }
        out.push(rings);
    }
    Ok(CountryShape {
        code,
        polygons: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const THREE_SQUARES: &str = include_str!("../../tests/fixtures/three-squares.geojson");

    #[test]
    fn a_small_feature_collection_is_read_by_code() {
        let world = parse_world(THREE_SQUARES).expect("fixture parses");
        let codes: Vec<String> = world.codes().map(|c| c.to_string()).collect();
        assert_eq!(codes, ["AAA", "BBB", "CCC"]);
        let bbb = world.shape(CountryCode::from_static("BBB")).expect("BBB");
        assert_eq!(bbb.polygons.len(), 2);
        assert_eq!(bbb.polygons[0][0][1], LonLat::new(11.0, 0.0));
    }

    #[test]
    fn features_without_a_code_are_reported_by_index() {
        let json = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"#;
        assert_eq!(
            parse_world(json),
            Err(WorldError::BadId {
                index: 0,
                id: "(none)".to_owned()
            })
        );
    }

    #[test]
    fn duplicate_codes_and_bad_points_are_reported_by_code() {
        let dup = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"AAA","properties":null,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
            {"type":"Feature","id":"AAA","properties":null,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"#;
        assert_eq!(
            parse_world(dup),
            Err(WorldError::DuplicateId(CountryCode::from_static("AAA")))
        );
        let far = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"AAA","properties":null,"geometry":{"type":"Polygon","coordinates":[[[0,0],[200,0],[1,1],[0,0]]]}}]}"#;
        assert!(matches!(
            parse_world(far),
            Err(WorldError::BadCoordinate { .. })
        ));
    }

    #[test]
    fn text_that_is_not_geojson_is_a_syntax_error() {
        assert!(matches!(
            parse_world("{not json"),
            Err(WorldError::Syntax(_))
        ));
        assert_eq!(
            parse_world(r#"{"type":"Point","coordinates":[0,0]}"#),
            Err(WorldError::NotAFeatureCollection)
        );
    }

    fn code(text: &'static str) -> CountryCode {
        CountryCode::from_static(text)
    }

    #[test]
    fn a_null_geometry_is_a_pending_shape() {
        let json = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"AAA","properties":null,"geometry":null}]}"#;
        let world = parse_world(json).expect("parses");
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
        let first = to_json(&first);
        let error = parse_world_files(&first, "{").expect_err("outer is not JSON");
        assert!(
            error.starts_with("world-outer.geojson: not valid GeoJSON"),
            "{error}"
        );
        let error = parse_world_files(&first, r#"{"type":"FeatureCollection","features":[]}"#)
            .expect_err("CCC stays pending");
        assert_eq!(
            error,
            "world-outer.geojson: world.geojson leaves feature CCC for world-outer.geojson, which does not draw it"
        );
        let error = parse_world_files("[]", "{}").expect_err("first is not a collection");
        assert!(error.starts_with("world.geojson: "), "{error}");
    }

    /// The world as GeoJSON, pending shapes with a `null` geometry.
    fn to_json(world: &World) -> String {
        let features: Vec<String> = world
            .shapes
            .iter()
            .map(|shape| {
                let geometry = if shape.is_pending() {
                    "null".to_owned()
                } else {
                    let polygons: Vec<Vec<Vec<[f64; 2]>>> = shape
                        .polygons
                        .iter()
                        .map(|p| {
                            p.iter()
                                .map(|r| r.iter().map(|q| [q.lon, q.lat]).collect())
                                .collect()
                        })
                        .collect();
                    format!(
                        r#"{{"type":"MultiPolygon","coordinates":{}}}"#,
                        serde_json::to_string(&polygons).expect("serialises")
                    )
                };
                format!(
                    r#"{{"type":"Feature","id":"{}","properties":null,"geometry":{geometry}}}"#,
                    shape.code
                )
            })
            .collect();
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }
}
