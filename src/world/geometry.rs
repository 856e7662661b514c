//! Parsing the world geometry (GeoJSON). It comes in two files:
//! `public/data/world.geojson` lists every feature and draws those the app's first view
//! can show; the others have a `null` geometry there ("unlocated", in GeoJSON's words)
//! and are drawn by `public/data/world-outer.geojson`, which the app fetches once the
//! map is up (see [`World::fill`] and `render::boot_map::first_view_cover`).

use std::fmt;

use serde_json::Value;

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
///
/// The file is read as a `serde_json::Value` and walked here, not deserialized into the
/// `geojson` crate's types: the app reads its data files as `Value`s already, and the
/// crate's derived readers cost the Wasm 12 KB with brotli. A native test reads the
/// committed files with the `geojson` crate too and checks that both readings agree.
/// The native tools and tests read the text; the app passes the value the browser's
/// `JSON.parse` made of it to [`parse_world_value`].
pub fn parse_world(json: &str) -> Result<World, WorldError> {
    let value: Value = serde_json::from_str(json).map_err(|e| WorldError::Syntax(e.to_string()))?;
    parse_world_value(&value)
}

/// Like [`parse_world`], from the file already parsed as JSON (the app parses it with the
/// browser's `JSON.parse`: see `json_value`).
pub fn parse_world_value(value: &Value) -> Result<World, WorldError> {
    let features = match (
        value.get("type").and_then(Value::as_str),
        value.get("features"),
    ) {
        (Some("FeatureCollection"), Some(Value::Array(features))) => features,
        (Some("FeatureCollection"), _) => {
            return Err(syntax("a FeatureCollection needs a list of \"features\""));
        }
        (Some(kind), _) if GEOJSON_TYPES.contains(&kind) => {
            return Err(WorldError::NotAFeatureCollection);
        }
        _ => return Err(syntax("expected a GeoJSON object with a \"type\"")),
    };
    // A world map has a few hundred countries (241 here); a file with thousands is not
    // one, and the quadratic steps below (an insertion sort) must stay bounded.
    if features.len() > MAX_FEATURES {
        return Err(WorldError::Syntax(format!(
            "{} features; a world map has at most {MAX_FEATURES}",
            features.len()
        )));
    }
    let mut shapes = Vec::with_capacity(features.len());
    for (index, feature) in features.iter().enumerate() {
        shapes.push(shape_from_feature(index, feature)?);
    }
    let shapes = sorted_by_code(shapes);
    if let Some(pair) = shapes.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(WorldError::DuplicateId(pair[0].code));
    }
    Ok(World { shapes })
}

/// The most features a geometry file may have.
pub const MAX_FEATURES: usize = 1000;

/// The values of a GeoJSON object's `type`.
const GEOJSON_TYPES: [&str; 9] = [
    "Feature",
    "FeatureCollection",
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
];

fn syntax(message: &str) -> WorldError {
    WorldError::Syntax(message.to_owned())
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

fn shape_from_feature(index: usize, feature: &Value) -> Result<CountryShape, WorldError> {
    if feature.get("type").and_then(Value::as_str) != Some("Feature") {
        return Err(WorldError::Syntax(format!(
            "feature #{index} is not a Feature"
        )));
    }
    let code = match feature.get("id") {
        Some(Value::String(text)) => CountryCode::parse(text).map_err(|_| WorldError::BadId {
            index,
            id: format!("\"{text}\""),
        })?,
        None | Some(Value::Null) => {
            return Err(WorldError::BadId {
                index,
                id: "(none)".to_owned(),
            });
        }
        Some(other) => {
            return Err(WorldError::BadId {
                index,
                id: other.to_string(),
            });
        }
    };
    let polygons = match feature.get("geometry") {
        None | Some(Value::Null) => Vec::new(),
        Some(geometry) => {
            let coordinates = geometry.get("coordinates");
            let bad = |kind: &str| {
                WorldError::Syntax(format!(
                    "feature {code}: the coordinates of a {kind} are not a list of {}",
                    if kind == "Polygon" {
                        "rings"
                    } else {
                        "polygons"
                    }
                ))
            };
            match geometry.get("type").and_then(Value::as_str) {
                Some("Polygon") => vec![polygon(code, coordinates).ok_or_else(|| bad("Polygon"))??],
                Some("MultiPolygon") => coordinates
                    .and_then(Value::as_array)
                    .ok_or_else(|| bad("MultiPolygon"))?
                    .iter()
                    .map(|p| polygon(code, Some(p)).ok_or_else(|| bad("MultiPolygon"))?)
                    .collect::<Result<_, _>>()?,
                found => {
                    return Err(WorldError::BadGeometry {
                        code,
                        found: found.unwrap_or("untyped").to_owned(),
                    });
                }
            }
        }
    };
    Ok(CountryShape { code, polygons })
}

/// A polygon's rings of `[lon, lat]` positions, `None` if it is not shaped like one, or a
/// point out of range.
fn polygon(code: CountryCode, value: Option<&Value>) -> Option<Result<Polygon, WorldError>> {
    let mut rings = Vec::new();
    for ring in value?.as_array()? {
        let mut points = Vec::new();
        for position in ring.as_array()? {
            let position = position.as_array()?;
            let number = |i: usize| position.get(i).and_then(Value::as_f64);
            let p = LonLat::new(number(0)?, number(1)?);
            if !p.is_valid() {
                return Some(Err(WorldError::BadCoordinate {
                    code,
                    lon: p.lon,
                    lat: p.lat,
                }));
            }
            points.push(p);
        }
        rings.push(points);
    }
    Some(Ok(rings))
}

#[cfg(test)]
mod tests {
    use super::*;

    const THREE_SQUARES: &str = include_str!("../../tests/fixtures/three-squares.geojson");

    /// The shapes of a geometry file as the `geojson` crate reads it, in file order:
    /// the reference that `parse_world` must agree with.
    fn reference_shapes(json: &str) -> Vec<CountryShape> {
        use geojson::{GeoJson, GeometryValue, feature::Id};
        let Ok(GeoJson::FeatureCollection(collection)) = json.parse::<GeoJson>() else {
            panic!("not a FeatureCollection by the geojson crate");
        };
        let position = |p: &[f64]| LonLat::new(p[0], p[1]);
        let polygon = |rings: Vec<Vec<geojson::Position>>| -> Polygon {
            rings
                .into_iter()
                .map(|ring| ring.into_iter().map(|p| position(p.as_slice())).collect())
                .collect()
        };
        collection
            .features
            .into_iter()
            .map(|feature| {
                let Some(Id::String(id)) = feature.id else {
                    panic!("a feature without a text id");
                };
                let polygons = match feature.geometry.map(|g| g.value) {
                    None => Vec::new(),
                    Some(GeometryValue::Polygon { coordinates }) => vec![polygon(coordinates)],
                    Some(GeometryValue::MultiPolygon { coordinates }) => {
                        coordinates.into_iter().map(polygon).collect()
                    }
                    Some(other) => panic!("{id}: {}", other.type_name()),
                };
                CountryShape {
                    code: CountryCode::parse(&id).expect("a country code"),
                    polygons,
                }
            })
            .collect()
    }

    #[test]
    fn the_lean_reader_agrees_with_the_geojson_crate() {
        for json in [
            THREE_SQUARES,
            include_str!("../../public/data/world.geojson"),
            include_str!("../../public/data/world-outer.geojson"),
        ] {
            let mut expected = reference_shapes(json);
            let world = parse_world(json).expect("parses");
            assert_eq!(world.shapes.len(), expected.len());
            for shape in &world.shapes {
                let i = expected
                    .iter()
                    .position(|e| e.code == shape.code)
                    .expect("the same codes");
                assert_eq!(shape, &expected.swap_remove(i));
            }
        }
    }

    #[test]
    fn geometry_of_the_wrong_shape_is_a_syntax_error_naming_the_feature() {
        for json in [
            r#"{"type":"FeatureCollection"}"#,
            r#"{"type":"FeatureCollection","features":[{"type":"Other","id":"AAA"}]}"#,
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"AAA","geometry":{"type":"Polygon","coordinates":[[0,0]]}}]}"#,
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"AAA","geometry":{"type":"MultiPolygon","coordinates":[[[[0,"x"]]]]}}]}"#,
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"AAA","geometry":{"type":"Polygon"}}]}"#,
            r#"[1,2]"#,
        ] {
            let error = parse_world(json).expect_err(json);
            assert!(matches!(error, WorldError::Syntax(_)), "{json}: {error:?}");
        }
        let error = parse_world(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"AAA","geometry":{"type":"Polygon","coordinates":[[0,0]]}}]}"#,
        )
        .expect_err("a ring of numbers");
        assert_eq!(
            error.to_string(),
            "not valid GeoJSON: feature AAA: the coordinates of a Polygon are not a list of rings"
        );
        assert_eq!(
            parse_world(
                r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"AAA","geometry":{"type":"Point","coordinates":[0,0]}}]}"#
            ),
            Err(WorldError::BadGeometry {
                code: CountryCode::parse("AAA").expect("code"),
                found: "Point".to_owned()
            })
        );
    }

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
