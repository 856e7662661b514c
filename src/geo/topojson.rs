//! Reading TopoJSON: the shared-arc format of `world-atlas`, used only by the
//! `build-geometry` tool.
//!
//! A topology stores every border once, as an "arc" (a polyline), and each polygon ring
//! lists the arcs it follows. A negative index `i` means arc `!i` (that is, `-i - 1`)
//! walked backwards. In a quantized topology the arcs hold integers: the first position
//! is absolute, each later one is the difference from its predecessor, and the
//! `transform` turns the running sums into degrees.
//!
//! Keeping arcs separate until the end is what lets the tool simplify each border once,
//! so that two neighbours still share exactly the same line.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::coords::LonLat;

/// A TopoJSON document, reduced to the parts a map of polygons needs.
#[derive(Clone, Debug, Deserialize)]
pub struct Topology {
    /// The arcs, as stored: quantized deltas when `transform` is present, degrees otherwise.
    pub arcs: Vec<Vec<Vec<f64>>>,
    /// How quantized positions map to degrees, if the topology is quantized.
    pub transform: Option<Transform>,
    /// The named objects, such as `countries` and `land`.
    pub objects: BTreeMap<String, TopoObject>,
}

/// The quantization transform: degrees = integer × scale + translate.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
pub struct Transform {
    /// Degrees per quantization step, for x and y.
    pub scale: [f64; 2],
    /// The position of the integer origin, in degrees.
    pub translate: [f64; 2],
}

/// A named object: world-atlas uses a GeometryCollection of countries.
#[derive(Clone, Debug, Deserialize)]
pub struct TopoObject {
    /// The member geometries (empty for an object that is not a collection).
    #[serde(default)]
    pub geometries: Vec<TopoGeometry>,
}

/// One geometry of a collection with its optional id and name.
#[derive(Clone, Debug, Deserialize)]
pub struct TopoGeometry {
    /// The feature id: world-atlas uses zero-padded ISO 3166-1 numeric codes ("036").
    pub id: Option<String>,
    /// The properties; world-atlas stores only `name`.
    pub properties: Option<TopoProperties>,
    /// The shape as lists of arc indices.
    #[serde(flatten)]
    pub shape: TopoShape,
}

impl TopoGeometry {
    /// The `name` property, or an empty text when there is none.
    pub fn name(&self) -> &str {
        self.properties
            .as_ref()
            .and_then(|p| p.name.as_deref())
            .unwrap_or("")
    }

    /// The shape as polygons of rings of arc indices; a Polygon is a single polygon.
    /// Returns `None` for geometry types that are not areas.
    pub fn polygons(&self) -> Option<Vec<Vec<Vec<i64>>>> {
        match &self.shape {
            TopoShape::Polygon { arcs } => Some(vec![arcs.clone()]),
            TopoShape::MultiPolygon { arcs } => Some(arcs.clone()),
            TopoShape::Other => None,
        }
    }
}

/// The properties world-atlas attaches to a country.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct TopoProperties {
    /// The Natural Earth short name, e.g. "N. Cyprus".
    pub name: Option<String>,
}

/// The geometry types a country can have; anything else is kept as `Other` so that
/// the tool can report it by name rather than fail inside the parser.
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "type")]
pub enum TopoShape {
    /// One polygon: rings of arc indices, outer ring first.
    Polygon {
        /// The rings.
        arcs: Vec<Vec<i64>>,
    },
    /// Several polygons.
    MultiPolygon {
        /// The polygons.
        arcs: Vec<Vec<Vec<i64>>>,
    },
    /// Points, lines or empty geometries.
    #[serde(other)]
    Other,
}

/// What is wrong with a topology.
#[derive(Clone, Debug, PartialEq)]
pub enum TopoError {
    /// The arc at this index has a position with fewer than two numbers, or none at all.
    BadArc(usize),
    /// A ring refers to an arc that does not exist.
    MissingArc(i64),
    /// A ring lists no arcs.
    EmptyRing,
}

impl fmt::Display for TopoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadArc(index) => {
                write!(f, "arc {index} is empty or has a position without x and y")
            }
            Self::MissingArc(index) => {
                write!(f, "a ring refers to arc {index}, which does not exist")
            }
            Self::EmptyRing => write!(f, "a ring lists no arcs"),
        }
    }
}

impl std::error::Error for TopoError {}

/// Every arc in degrees: quantized arcs are delta-decoded and transformed.
pub fn decode_arcs(topology: &Topology) -> Result<Vec<Vec<LonLat>>, TopoError> {
    topology
        .arcs
        .iter()
        .enumerate()
        .map(|(index, arc)| decode_arc(index, arc, topology.transform.as_ref()))
        .collect()
}

/// One arc in degrees. Without a transform the positions are already absolute degrees.
pub fn decode_arc(
    index: usize,
    arc: &[Vec<f64>],
    transform: Option<&Transform>,
) -> Result<Vec<LonLat>, TopoError> {
    if arc.is_empty() {
        return Err(TopoError::BadArc(index));
    }
    let mut out = Vec::with_capacity(arc.len());
    // Running sums of quantized integers stay exact in f64 far beyond any real topology.
    let (mut x, mut y) = (0.0, 0.0);
    for position in arc {
        let (&dx, &dy) = match (position.first(), position.get(1)) {
            (Some(dx), Some(dy)) => (dx, dy),
            _ => return Err(TopoError::BadArc(index)),
        };
        out.push(match transform {
            Some(t) => {
                x += dx;
                y += dy;
                LonLat::new(
                    x * t.scale[0] + t.translate[0],
                    y * t.scale[1] + t.translate[1],
                )
            }
            None => LonLat::new(dx, dy),
        });
    }
    Ok(out)
}

/// The arc an index refers to and whether it is walked backwards (`!index`).
pub fn arc_reference(index: i64) -> (usize, bool) {
    if index >= 0 {
        (index as usize, false)
    } else {
        ((!index) as usize, true)
    }
}

/// Joins the arcs of one ring into a closed ring of points. Consecutive arcs share their
/// junction point, so the first point of every arc after the first is skipped.
///
/// Generic over the point type so that the tool can assemble arcs it has already
/// simplified and rounded.
pub fn assemble_ring<T: Copy>(ring: &[i64], arcs: &[Vec<T>]) -> Result<Vec<T>, TopoError> {
    if ring.is_empty() {
        return Err(TopoError::EmptyRing);
    }
    let mut out: Vec<T> = Vec::new();
    for &index in ring {
        let (arc_index, reversed) = arc_reference(index);
        let arc = arcs.get(arc_index).ok_or(TopoError::MissingArc(index))?;
        let skip = usize::from(!out.is_empty());
        if reversed {
            out.extend(arc.iter().rev().skip(skip).copied());
        } else {
            out.extend(arc.iter().skip(skip).copied());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side that share the border x = 1, quantized with a step
    /// of 0.5° and an origin at (10°, 20°).
    const TWO_SQUARES: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "001", "properties": {"name": "West"}, "arcs": [[0, 1]]},
            {"type": "MultiPolygon", "properties": {"name": "East"}, "arcs": [[[2, -1]]]},
            {"type": "Point", "coordinates": [0, 0]}
        ]}},
        "arcs": [
            [[2, 0], [0, 2]],
            [[2, 2], [-2, 0], [0, -2], [2, 0]],
            [[2, 0], [2, 0], [0, 2], [-2, 0]]
        ]
    }"#;

    fn topology() -> Topology {
        serde_json::from_str(TWO_SQUARES).expect("the fixture is valid TopoJSON")
    }

    #[test]
    fn quantized_arcs_are_delta_decoded_and_transformed() {
        let arcs = decode_arcs(&topology()).expect("decodes");
        assert_eq!(
            arcs[0],
            vec![LonLat::new(11.0, 20.0), LonLat::new(11.0, 21.0)]
        );
        assert_eq!(
            arcs[1],
            vec![
                LonLat::new(11.0, 21.0),
                LonLat::new(10.0, 21.0),
                LonLat::new(10.0, 20.0),
                LonLat::new(11.0, 20.0),
            ]
        );
    }

    #[test]
    fn arcs_without_a_transform_are_absolute_degrees() {
        let arc = decode_arc(0, &[vec![1.5, 2.5], vec![3.0, 4.0, 99.0]], None).expect("decodes");
        assert_eq!(arc, vec![LonLat::new(1.5, 2.5), LonLat::new(3.0, 4.0)]);
    }

    #[test]
    fn a_position_without_two_numbers_is_reported_by_arc() {
        assert_eq!(decode_arc(7, &[vec![1.0]], None), Err(TopoError::BadArc(7)));
        assert_eq!(decode_arc(3, &[], None), Err(TopoError::BadArc(3)));
    }

    #[test]
    fn rings_join_arcs_and_walk_negative_indices_backwards() {
        let topology = topology();
        let arcs = decode_arcs(&topology).expect("decodes");
        let geometries = &topology.objects["countries"].geometries;
        let west = geometries[0].polygons().expect("an area");
        let ring = assemble_ring(&west[0][0], &arcs).expect("assembles");
        assert_eq!(ring.len(), 5);
        assert_eq!(ring.first(), ring.last());
        let east = geometries[1].polygons().expect("an area");
        let ring = assemble_ring(&east[0][0], &arcs).expect("assembles");
        assert_eq!(
            ring,
            vec![
                LonLat::new(11.0, 20.0),
                LonLat::new(12.0, 20.0),
                LonLat::new(12.0, 21.0),
                LonLat::new(11.0, 21.0),
                LonLat::new(11.0, 20.0),
            ]
        );
    }

    #[test]
    fn ids_names_and_unsupported_types_are_exposed() {
        let topology = topology();
        let geometries = &topology.objects["countries"].geometries;
        assert_eq!(geometries[0].id.as_deref(), Some("001"));
        assert_eq!(geometries[0].name(), "West");
        assert_eq!(geometries[1].id, None);
        assert_eq!(geometries[1].name(), "East");
        assert!(geometries[2].polygons().is_none());
    }

    #[test]
    fn each_error_says_what_is_wrong_and_where() {
        assert_eq!(
            TopoError::BadArc(7).to_string(),
            "arc 7 is empty or has a position without x and y"
        );
        assert_eq!(
            TopoError::MissingArc(-3).to_string(),
            "a ring refers to arc -3, which does not exist"
        );
        assert_eq!(TopoError::EmptyRing.to_string(), "a ring lists no arcs");
    }

    #[test]
    fn a_reference_to_a_missing_arc_is_an_error() {
        let arcs = vec![vec![LonLat::new(0.0, 0.0)]];
        assert_eq!(
            assemble_ring(&[0, -3], &arcs),
            Err(TopoError::MissingArc(-3))
        );
        assert_eq!(
            assemble_ring::<LonLat>(&[], &arcs),
            Err(TopoError::EmptyRing)
        );
        assert_eq!(arc_reference(-1), (0, true));
        assert_eq!(arc_reference(2), (2, false));
    }
}
