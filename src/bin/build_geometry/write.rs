//! Writing `world.geojson` and `world-outer.geojson`: the features as GeoJSON text with
//! their rings oriented the RFC 7946 way, and the checks the text must pass.

use std::fmt::Write as _;

use ots_atlas::geo::antimeridian::cut_ring;
use ots_atlas::geo::path::format_decimal;
use ots_atlas::geo::ring::orient;
use ots_atlas::geo::{EqualEarth, LonLat, PLANE_WIDTH};
use ots_atlas::world::{CountryCode, World};

use crate::MAX_DECIMALS;
use crate::geometry::{CountryRings, assemble};

/// Which features a geometry file draws.
#[derive(Clone, Copy)]
pub enum Part<'a> {
    /// All of them (the whole world, checked before it is split).
    Whole,
    /// All but these, which it lists with a `null` geometry ([`WORLD_FILE`](ots_atlas::world::WORLD_FILE)).
    First(&'a [CountryCode]),
    /// Only these ([`OUTER_FILE`](ots_atlas::world::OUTER_FILE)).
    Outer(&'a [CountryCode]),
}

/// A file is GeoJSON by the reference reader (the `geojson` crate) too, not only by the
/// app's lean one. (The crate is a native dependency: this tool never runs as Wasm.)
#[cfg(not(target_arch = "wasm32"))]
pub fn check_geojson(file: &str, json: &str) -> Result<(), String> {
    match json.parse::<geojson::GeoJson>() {
        Ok(geojson::GeoJson::FeatureCollection(_)) => Ok(()),
        Ok(_) => Err(format!("{file} is not a FeatureCollection")),
        Err(e) => Err(format!("{file} is not valid GeoJSON: {e}")),
    }
}

/// The tool never runs as Wasm: there, nothing to check (it only has to compile).
#[cfg(target_arch = "wasm32")]
pub fn check_geojson(_file: &str, _json: &str) -> Result<(), String> {
    Ok(())
}

/// The text of a geometry file: a FeatureCollection of every feature in code order,
/// those `part` leaves out listed with a `null` geometry (or, for the outer file, not at
/// all).
pub fn world_json(
    features: &[CountryRings],
    arcs: &[Vec<LonLat>],
    part: Part<'_>,
) -> Result<String, String> {
    let mut out = String::from(r#"{"type":"FeatureCollection","features":["#);
    let mut first = true;
    for feature in features {
        let deferred = |codes: &[CountryCode]| codes.contains(&feature.code);
        let drawn = match part {
            Part::Whole => true,
            Part::First(codes) => !deferred(codes),
            Part::Outer(codes) if deferred(codes) => true,
            Part::Outer(_) => continue,
        };
        if !first {
            out.push(',');
        }
        first = false;
        if drawn {
            let polygons = feature_polygons(feature, arcs)?;
            write_feature(&mut out, feature.code, &polygons);
        } else {
            let _ = write!(
                out,
                r#"{{"type":"Feature","id":"{}","properties":null,"geometry":null}}"#,
                feature.code
            );
        }
    }
    out.push_str("]}\n");
    Ok(out)
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

/// Appends one feature: a Polygon when it has one polygon, else a MultiPolygon.
fn write_feature(out: &mut String, code: CountryCode, polygons: &[Vec<Vec<LonLat>>]) {
    let _ = write!(
        out,
        r#"{{"type":"Feature","id":"{code}","properties":null,"geometry":"#
    );
    if let [polygon] = polygons {
        out.push_str(r#"{"type":"Polygon","coordinates":"#);
        write_polygon(out, polygon);
    } else {
        out.push_str(r#"{"type":"MultiPolygon","coordinates":["#);
        for (i, polygon) in polygons.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_polygon(out, polygon);
        }
        out.push(']');
    }
    out.push_str("}}");
}

/// Appends the coordinates of one polygon, its outer ring first.
fn write_polygon(out: &mut String, rings: &[Vec<LonLat>]) {
    out.push('[');
    for (i, ring) in rings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        for (j, p) in ring.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            // Values are already rounded; printing them with the most decimals any arc
            // may use and trimming zeros gives the shortest exact text.
            let lon = format_decimal(p.lon, MAX_DECIMALS as usize);
            let lat = format_decimal(p.lat, MAX_DECIMALS as usize);
            let _ = write!(out, "[{lon},{lat}]");
        }
        out.push(']');
    }
    out.push(']');
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
