//! The shapes `build-geometry` writes: each feature's rings as points, oriented the
//! RFC 7946 way, as a [`World`] (the library's `world::world_json` writes its files),
//! and the checks the shapes must pass.

use ots_atlas::geo::antimeridian::cut_ring;
use ots_atlas::geo::ring::orient;
use ots_atlas::geo::{EqualEarth, LonLat, PLANE_WIDTH};
use ots_atlas::world::{CountryShape, World, parse_world, world_json};

use crate::geometry::{CountryRings, assemble};

/// Every feature with its rings as points, in code order.
pub fn feature_world(features: &[CountryRings], arcs: &[Vec<LonLat>]) -> Result<World, String> {
    let mut shapes = Vec::with_capacity(features.len());
    for feature in features {
        shapes.push(CountryShape {
            code: feature.code,
            polygons: feature_polygons(feature, arcs)?,
        });
    }
    shapes.sort_by_key(|shape| shape.code);
    Ok(World { shapes })
}

/// The text of one geometry file, checked to read back as exactly `world` (the format is
/// lossless: see `world::world_file`).
pub fn file_text(file: &str, world: &World) -> Result<String, String> {
    let text = world_json(world).map_err(|e| format!("{file} cannot be written: {e}"))?;
    match parse_world(&text) {
        Ok(read) if read == *world => Ok(text),
        Ok(_) => Err(format!("{file} does not read back as the shapes written")),
        Err(e) => Err(format!("{file} as written does not read: {e}")),
    }
}

/// The rings of a feature as points, each oriented the GeoJSON way.
fn feature_polygons(
    feature: &CountryRings,
    arcs: &[Vec<LonLat>],
) -> Result<Vec<Vec<Vec<LonLat>>>, String> {
    let mut out = Vec::with_capacity(feature.polygons.len());
    for polygon in &feature.polygons {
        let mut rings = Vec::with_capacity(polygon.len());
        for (i, ring) in polygon.iter().enumerate() {
            let points = assemble(feature.code, ring, arcs)?;
            rings.push(orient(points, i > 0));
        }
        out.push(rings);
    }
    Ok(out)
}

/// Fails when a ring, cut at the antimeridian and projected as the app draws it, has a
/// segment wider than half the map: a streak across the world. Segments along a pole
/// line (where `cut_ring` closes Antarctica) are the map's own edge and are allowed.
pub fn check_no_streaks(world: &World) -> Result<(), String> {
    let projection = EqualEarth::new();
    for shape in &world.shapes {
        for ring in shape.polygons.iter().flatten() {
            for piece in cut_ring(ring) {
                for pair in piece.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    let on_pole = a.lat.abs() == 90.0 && b.lat.abs() == 90.0;
                    let width = (projection.plane_from_lon_lat(a).x
                        - projection.plane_from_lon_lat(b).x)
                        .abs();
                    if width > PLANE_WIDTH / 2.0 && !on_pole {
                        return Err(format!(
                            "{}: the segment {a:?} → {b:?} would streak across the map",
                            shape.code
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}
