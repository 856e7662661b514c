//! Parsing the world geometry file (`public/data/world.geojson`) with the `geojson` crate.

use std::fmt;

use geojson::{Feature, GeoJson, GeometryValue, feature::Id};

use super::country_code::CountryCode;
use crate::geo::LonLat;
use crate::geo::path::{Polygon, format_number};
use crate::sort::order_by;

/// One country or territory: its code and its polygons in degrees.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// The project's code for the feature (the GeoJSON feature `id`).
    pub code: CountryCode,
    /// Outer rings and holes, closed, in degrees.
    pub polygons: Vec<Polygon>,
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
    /// The feature has no Polygon or MultiPolygon geometry.
    BadGeometry { code: CountryCode, found: String },
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
            Self::Syntax(msg) => write!(f, "world.geojson is not valid GeoJSON: {msg}"),
            Self::NotAFeatureCollection => {
                write!(f, "world.geojson must be a GeoJSON FeatureCollection")
            }
            Self::BadId { index, id } => write!(
                f,
                "world.geojson: feature #{index} has id {id}, not a three-letter country code"
            ),
            Self::DuplicateId(code) => write!(f, "world.geojson: two features have id {code}"),
            Self::BadGeometry { code, found } => write!(
                f,
                "world.geojson: feature {code} has {found} geometry; expected Polygon or MultiPolygon"
            ),
            Self::BadCoordinate { code, lon, lat } => write!(
                f,
                "world.geojson: feature {code} has a point out of range ({}, {})",
                format_number(*lon),
                format_number(*lat)
            ),
        }
    }
}

impl std::error::Error for WorldError {}

/// Parses the world geometry: a FeatureCollection whose features have a country code as
/// `id` and a Polygon or MultiPolygon geometry. Properties are ignored.
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
        None => {
            return Err(WorldError::BadGeometry {
                code,
                found: "no".to_owned(),
            });
        }
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
}
