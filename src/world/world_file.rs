//! The geometry files' format: reading ([`parse_world`], [`parse_world_value`]) and
//! writing ([`world_json`], for `build-geometry`).
//!
//! A file is JSON, one entry per feature in code order:
//!
//! ```text
//! {"features":[["ABW"],["AFG",100,["6652 3735-76 22-21-32 …"]],["AGO",2,["26-9-2-1 0-2"],[…]]]}
//! ```
//!
//! - `[code]`: a pending shape (its geometry is in the other file, see [`World::fill`]);
//! - `[code, grid, polygon, polygon…]`: a drawn shape. `grid` is a whole number of steps
//!   per degree that divides [`MAX_GRID`] (1, 2, 4, 5, … 10⁶); a polygon is a list of rings, its outer ring first,
//!   then its holes; a ring is a string of whole numbers, longitude and latitude in grid
//!   steps, each relative to the previous point of the feature (the feature's first point
//!   to 0, 0), separated by a space, or by nothing before a minus sign (`12-3 4`), as an
//!   SVG path writes them. The closing point is not written: a ring has at least three
//!   points, and the reader closes it.
//!
//! The format is lossless: `build-geometry` rounds every point to a step of a power of
//! ten (0.5°, 0.05°, 0.01°… down to 10⁻⁶° for the smallest islands), so each feature takes
//! the coarsest grid its points lie on, and a point is read as `n / grid`, one division of
//! two exact integers, which IEEE 754 rounds to the same `f64` as the decimal text
//! ("66.52") GeoJSON had. The drawn map is thus the same to the last bit, at every zoom.
//!
//! Measured on the committed geometry (brotli 11, bytes; December 2026): `world.json`
//! as GeoJSON 15,749; in this format 10,626 with a power-of-ten grid per feature, 10,489
//! with the coarsest grid per ring, 10,389 with the coarsest grid per feature (this; the
//! table in docs/GEOMETRY.md). Plain JSON arrays of the same whole numbers are about 1 KB
//! larger than the strings. Capping the power-of-ten grid at 10³ (lossy: up to 0.0005°,
//! a quarter of a pixel at zoom 96 on a 1280 px wide map) saved 21 bytes: not worth an
//! error.
//!
//! The reader needs only integer parsing: no float text, and the browser's `JSON.parse`
//! makes one string per ring, not one value per number.

use std::fmt::Write as _;

use serde_json::Value;

use super::country_code::CountryCode;
use super::geometry::{CountryShape, MAX_FEATURES, World, WorldError, sorted_by_code};
use crate::geo::LonLat;
use crate::geo::path::Polygon;

/// The finest grid: 10⁶ steps per degree (`build-geometry` rounds to at most six
/// decimals). With it, a coordinate's steps stay far below 2⁵³, so they are exact in an
/// `f64`.
pub const MAX_GRID: i64 = 1_000_000;

/// Parses one geometry file from its text (the tools and tests; the app reads the value
/// the browser's `JSON.parse` made, [`parse_world_value`]). Error messages do not name
/// the file: the caller does.
pub fn parse_world(json: &str) -> Result<World, WorldError> {
    let value: Value = serde_json::from_str(json).map_err(|e| WorldError::Syntax(e.to_string()))?;
    parse_world_value(&value)
}

/// Parses one geometry file already read as JSON: `{"features": [...]}` as the module
/// documentation describes.
pub fn parse_world_value(value: &Value) -> Result<World, WorldError> {
    let Some(Value::Array(features)) = value.get("features") else {
        return Err(WorldError::NotAWorld);
    };
    // A world map has a few hundred countries (241 here); a file with thousands is not
    // one, and the quadratic steps after (an insertion sort) must stay bounded.
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

fn shape_from_feature(index: usize, feature: &Value) -> Result<CountryShape, WorldError> {
    let Some(entry) = feature.as_array() else {
        return Err(WorldError::Syntax(format!(
            "feature #{index} is not a list [code, grid, polygons…]"
        )));
    };
    let code = match entry.first() {
        Some(Value::String(text)) => CountryCode::parse(text).map_err(|_| WorldError::BadId {
            index,
            id: format!("\"{text}\""),
        })?,
        None => {
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
    let bad = |problem: String| WorldError::BadFeature { code, problem };
    let Some(grid) = entry.get(1) else {
        return Ok(CountryShape {
            code,
            polygons: Vec::new(),
        });
    };
    let grid = match grid.as_i64() {
        // Only the grids the writer uses (the divisors of MAX_GRID): a point on another
        // (1/11 of a degree) has no exact decimal, and could not be written back.
        Some(grid) if (1..=MAX_GRID).contains(&grid) && MAX_GRID % grid == 0 => grid,
        _ => {
            return Err(bad(format!(
                "the grid is {grid}, not a whole number of steps per degree that divides {MAX_GRID}"
            )));
        }
    };
    if entry.len() < 3 {
        return Err(bad("a grid but no polygon".to_owned()));
    }
    let mut at = (0, 0);
    let mut polygons = Vec::with_capacity(entry.len() - 2);
    for (p, polygon) in entry[2..].iter().enumerate() {
        let rings = match polygon.as_array() {
            Some(rings) if !rings.is_empty() => rings,
            _ => {
                return Err(bad(format!(
                    "polygon {} is not a list of rings (strings)",
                    p + 1
                )));
            }
        };
        let mut out: Polygon = Vec::with_capacity(rings.len());
        for (r, ring) in rings.iter().enumerate() {
            let place = || format!("polygon {}, ring {}", p + 1, r + 1);
            let Some(text) = ring.as_str() else {
                return Err(bad(format!("{}: not a string of numbers", place())));
            };
            let steps = ring_steps(text, &mut at).map_err(|e| bad(format!("{}: {e}", place())))?;
            let mut points = Vec::with_capacity(steps.len() + 1);
            for (x, y) in steps {
                // Both are exact in an f64 (|x| ≤ 180 × MAX_GRID once checked below), so
                // the division is rounded once, as reading the decimal text would be.
                let p = LonLat::new(x as f64 / grid as f64, y as f64 / grid as f64);
                if !p.is_valid() {
                    return Err(WorldError::BadCoordinate {
                        code,
                        lon: p.lon,
                        lat: p.lat,
                    });
                }
                points.push(p);
            }
            points.push(points[0]);
            out.push(points);
        }
        polygons.push(out);
    }
    Ok(CountryShape { code, polygons })
}

/// The points of one ring string, in grid steps, read relative to `at` (which moves to
/// the ring's last point). At least three points.
fn ring_steps(text: &str, at: &mut (i64, i64)) -> Result<Vec<(i64, i64)>, String> {
    let numbers = whole_numbers(text)?;
    if numbers.len() % 2 != 0 {
        return Err(format!(
            "{} numbers, not pairs of longitude and latitude",
            numbers.len()
        ));
    }
    if numbers.len() < 6 {
        return Err(format!(
            "{} points; a ring has at least 3",
            numbers.len() / 2
        ));
    }
    let mut points = Vec::with_capacity(numbers.len() / 2);
    for pair in numbers.chunks_exact(2) {
        let next = (at.0.checked_add(pair[0]), at.1.checked_add(pair[1]));
        let (Some(x), Some(y)) = next else {
            return Err("a point beyond any grid".to_owned());
        };
        *at = (x, y);
        points.push(*at);
    }
    Ok(points)
}

/// The most digits a number of a ring may have: more is never a point of the world
/// (180° × [`MAX_GRID`] has nine), and it keeps the sums far from overflowing.
const MAX_DIGITS: usize = 12;

/// Reads whole numbers separated by a space, or by nothing before a minus sign:
/// `"12-3 4"` is 12, −3, 4.
fn whole_numbers(text: &str) -> Result<Vec<i64>, String> {
    let mut out = Vec::new();
    // The number being read: its sign, value and digit count.
    let mut negative = false;
    let mut value: i64 = 0;
    let mut digits = 0;
    let mut started = false;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            b'0'..=b'9' => {
                digits += 1;
                if digits > MAX_DIGITS {
                    return Err(format!("a number longer than {MAX_DIGITS} digits"));
                }
                value = value * 10 + i64::from(byte - b'0');
                started = true;
            }
            b' ' | b'-' => {
                if started {
                    if digits == 0 {
                        return Err(format!("a minus sign without digits at {i}"));
                    }
                    out.push(if negative { -value } else { value });
                } else if byte == b' ' {
                    return Err(format!("a space without a number before it at {i}"));
                }
                negative = byte == b'-';
                started = negative;
                (value, digits) = (0, 0);
            }
            _ => {
                return Err(format!(
                    "{:?} at {i} is not part of a whole number",
                    text[i..].chars().next().unwrap_or('?')
                ));
            }
        }
    }
    if !started || digits == 0 {
        return Err(if text.is_empty() {
            "no numbers".to_owned()
        } else {
            "it ends without a number".to_owned()
        });
    }
    out.push(if negative { -value } else { value });
    Ok(out)
}

/// Writes a world in this format: pending shapes as `[code]`, the others on the coarsest
/// grid their points lie on. Fails, naming the feature, on a point that is on no grid up
/// to [`MAX_GRID`] (not rounded to six decimals), out of range, or on a ring that is not
/// closed or has fewer than three points: what [`parse_world`] would not read back the
/// same.
pub fn world_json(world: &World) -> Result<String, WorldError> {
    let mut out = String::from(r#"{"features":["#);
    for (i, shape) in world.shapes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, r#"["{}""#, shape.code);
        if !shape.is_pending() {
            write_shape(&mut out, shape)?;
        }
        out.push(']');
    }
    out.push_str("]}\n");
    Ok(out)
}

fn write_shape(out: &mut String, shape: &CountryShape) -> Result<(), WorldError> {
    let code = shape.code;
    let bad = |problem: String| WorldError::BadFeature { code, problem };
    let points = || shape.polygons.iter().flatten().flatten();
    if let Some(p) = points().find(|p| !p.is_valid()) {
        return Err(WorldError::BadCoordinate {
            code,
            lon: p.lon,
            lat: p.lat,
        });
    }
    let grid = grids()
        .find(|&grid| {
            points().all(|p| on_grid(p.lon, grid).is_some() && on_grid(p.lat, grid).is_some())
        })
        .ok_or_else(|| {
            bad(format!(
                "a point on no grid up to {MAX_GRID} steps per degree"
            ))
        })?;
    let _ = write!(out, ",{grid}");
    let mut at = (0, 0);
    for (p, polygon) in shape.polygons.iter().enumerate() {
        out.push_str(",[");
        for (r, ring) in polygon.iter().enumerate() {
            let place = format!("polygon {}, ring {}", p + 1, r + 1);
            let Some((last, open)) = ring.split_last() else {
                return Err(bad(format!("{place} is empty")));
            };
            if open.first() != Some(last) {
                return Err(bad(format!("{place} is not closed")));
            }
            if open.len() < 3 {
                return Err(bad(format!("{place} has fewer than 3 points")));
            }
            if r > 0 {
                out.push(',');
            }
            out.push('"');
            let mut after_number = false;
            for point in open {
                let step = |v: f64| on_grid(v, grid).unwrap_or_default();
                let (x, y) = (step(point.lon), step(point.lat));
                for delta in [x - at.0, y - at.1] {
                    if after_number && delta >= 0 {
                        out.push(' ');
                    }
                    let _ = write!(out, "{delta}");
                    after_number = true;
                }
                at = (x, y);
            }
            out.push('"');
        }
        out.push(']');
    }
    Ok(())
}

/// The grids a feature may take, coarsest first: the divisors of [`MAX_GRID`]
/// (2ᵃ·5ᵇ, so 1, 2, 4, 5, 8, 10, …), as a rounding to a step of 0.5°, 0.05°, 0.25°… lies
/// on one of them.
fn grids() -> impl Iterator<Item = i64> {
    let mut grids: Vec<i64> = (0..=6)
        .flat_map(|a| (0..=6).map(move |b| 2_i64.pow(a) * 5_i64.pow(b)))
        .collect();
    grids.sort_unstable();
    grids.into_iter()
}

/// `value` in steps of `1 / grid`, when it is exactly `steps / grid` as the reader
/// computes it.
fn on_grid(value: f64, grid: i64) -> Option<i64> {
    let steps = (value * grid as f64).round();
    (steps / grid as f64 == value).then_some(steps as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &'static str) -> CountryCode {
        CountryCode::from_static(text)
    }

    fn ring(points: &[(f64, f64)]) -> Vec<LonLat> {
        let mut ring: Vec<LonLat> = points.iter().map(|&(x, y)| LonLat::new(x, y)).collect();
        ring.push(ring[0]);
        ring
    }

    /// A geometry file of `n` features without shapes, each with its own code.
    fn features(n: usize) -> Value {
        let letters = |i: usize| char::from(b'A' + (i % 26) as u8);
        let features: Vec<Value> = (0..n)
            .map(|i| {
                let code: String = [letters(i / 676), letters(i / 26), letters(i)]
                    .into_iter()
                    .collect();
                serde_json::json!([code])
            })
            .collect();
        serde_json::json!({ "features": features })
    }

    #[test]
    fn a_file_may_hold_up_to_max_features_features() {
        let world = parse_world_value(&features(MAX_FEATURES)).expect("the limit is allowed");
        assert_eq!(world.shapes.len(), MAX_FEATURES);
        assert_eq!(
            parse_world_value(&features(MAX_FEATURES + 1)).map(|w| w.shapes.len()),
            Err(WorldError::Syntax(format!(
                "{} features; a world map has at most {MAX_FEATURES}",
                MAX_FEATURES + 1
            )))
        );
    }

    #[test]
    fn numbers_are_separated_by_a_space_or_a_minus_sign() {
        assert_eq!(whole_numbers("12-3 4"), Ok(vec![12, -3, 4]));
        assert_eq!(whole_numbers("-1-2-30 0"), Ok(vec![-1, -2, -30, 0]));
        for bad in [
            "", " 1", "1 ", "1  2", "1--2", "1-", "-", "1+2", "1.5", "1,2", "1 x",
        ] {
            assert!(whole_numbers(bad).is_err(), "{bad:?}");
        }
        assert!(whole_numbers("1234567890123").is_err(), "13 digits");
        assert_eq!(
            whole_numbers("-123456789012"),
            Ok(vec![-123_456_789_012]),
            "12 digits"
        );
    }

    #[test]
    fn a_point_is_the_same_f64_as_its_decimal_text() {
        // The claim the format rests on: n / grid rounds as parsing the decimal does,
        // for every grid and (a sample of) every coordinate on it.
        for grid in grids() {
            let stride = (grid * 360 / 5000).max(1) as usize;
            for n in (-180 * grid..=180 * grid).step_by(stride) {
                let read = n as f64 / grid as f64;
                let text = rational_text(n, grid);
                assert_eq!(read, text.parse::<f64>().expect("a number"), "{n}/{grid}");
                assert_eq!(on_grid(read, grid), Some(n));
            }
        }
    }

    /// `n / grid` as exact decimal text (grid divides 10⁶, so six decimals suffice).
    fn rational_text(n: i64, grid: i64) -> String {
        let scaled = n * (MAX_GRID / grid);
        let sign = if scaled < 0 { "-" } else { "" };
        let scaled = scaled.abs();
        format!("{sign}{}.{:06}", scaled / MAX_GRID, scaled % MAX_GRID)
    }

    #[test]
    fn a_world_is_written_on_the_coarsest_grid_and_read_back_bit_for_bit() {
        let world = World {
            shapes: vec![
                CountryShape {
                    code: code("AAA"),
                    polygons: vec![
                        vec![
                            ring(&[(-10.5, -5.0), (10.0, -5.5), (10.0, 5.0), (-10.0, 5.0)]),
                            ring(&[(-1.0, -1.0), (-1.0, 1.5), (1.0, 1.0)]),
                        ],
                        vec![ring(&[(170.0, 80.0), (180.0, 80.0), (180.0, 90.0)])],
                    ],
                },
                CountryShape {
                    code: code("BBB"),
                    polygons: Vec::new(),
                },
                CountryShape {
                    code: code("VAT"),
                    polygons: vec![vec![ring(&[
                        (12.445_8, 41.903_1),
                        (12.458, 41.901_2),
                        (12.457, 41.907_5),
                    ])]],
                },
                CountryShape {
                    code: code("ZZZ"),
                    polygons: vec![vec![ring(&[
                        (66.52, 37.35),
                        (65.76, 37.57),
                        (65.55, 37.25),
                    ])]],
                },
            ],
        };
        let json = world_json(&world).expect("writes");
        assert_eq!(
            json,
            concat!(
                r#"{"features":[["AAA",2,["-21-10 41-1 0 21-40 0","18-12 0 5 4-1"],["338 158 20 0 0 20"]],"#,
                r#"["BBB"],["VAT",10000,["124458 419031 122-19-10 63"]],"#,
                r#"["ZZZ",100,["6652 3735-76 22-21-32"]]]}"#,
                "\n"
            )
        );
        assert_eq!(parse_world(&json), Ok(world));
    }

    #[test]
    fn points_off_every_grid_and_open_rings_are_not_written() {
        let shape = |polygons| World {
            shapes: vec![CountryShape {
                code: code("AAA"),
                polygons: vec![polygons],
            }],
        };
        let off = shape(vec![ring(&[(0.0, 0.0), (1.0, 0.0), (0.123_456_7, 1.0)])]);
        assert!(
            world_json(&off)
                .expect_err("seven decimals")
                .to_string()
                .starts_with("feature AAA: a point on no grid")
        );
        let mut open = ring(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]);
        open.pop();
        assert_eq!(
            world_json(&shape(vec![open]))
                .expect_err("open")
                .to_string(),
            "feature AAA: polygon 1, ring 1 is not closed"
        );
        let far = shape(vec![ring(&[(0.0, 0.0), (200.0, 0.0), (1.0, 1.0)])]);
        assert!(matches!(
            world_json(&far),
            Err(WorldError::BadCoordinate { .. })
        ));
    }

    #[test]
    fn malformed_features_are_reported_by_code_and_place() {
        let error = |features: &str| {
            parse_world(&format!(r#"{{"features":[{features}]}}"#))
                .expect_err(features)
                .to_string()
        };
        assert_eq!(
            error(r#"["AAA",0,["0 0 1 0 1 1"]]"#),
            "feature AAA: the grid is 0, not a whole number of steps per degree that divides 1000000"
        );
        // 1/11 of a degree has no exact decimal: such a point could not be written back.
        assert_eq!(
            error(r#"["AAA",11,["0 0 1 0 1 1"]]"#),
            "feature AAA: the grid is 11, not a whole number of steps per degree that divides 1000000"
        );
        assert_eq!(
            error(r#"["AAA",2000000,["0 0 1 0 1 1"]]"#),
            "feature AAA: the grid is 2000000, not a whole number of steps per degree that divides 1000000"
        );
        assert_eq!(
            error(r#"["AAA",1.5,["0 0 1 0 1 1"]]"#),
            "feature AAA: the grid is 1.5, not a whole number of steps per degree that divides 1000000"
        );
        assert_eq!(error(r#"["AAA",1]"#), "feature AAA: a grid but no polygon");
        assert_eq!(
            error(r#"["AAA",1,"0 0 1 0 1 1"]"#),
            "feature AAA: polygon 1 is not a list of rings (strings)"
        );
        assert_eq!(
            error(r#"["AAA",1,["0 0 1 0 1 1"],[]]"#),
            "feature AAA: polygon 2 is not a list of rings (strings)",
            "a polygon without a ring"
        );
        assert_eq!(
            error(r#"["AAA",1,["0 0 1 0 1 1"],[[0,0]]]"#),
            "feature AAA: polygon 2, ring 1: not a string of numbers"
        );
        assert_eq!(
            error(r#"["AAA",1,["0 0 1 0 1 1","0 0 1"]]"#),
            "feature AAA: polygon 1, ring 2: 3 numbers, not pairs of longitude and latitude"
        );
        assert_eq!(
            error(r#"["AAA",1,["0 0 1 0"]]"#),
            "feature AAA: polygon 1, ring 1: 2 points; a ring has at least 3"
        );
        assert_eq!(
            error(r#"["AAA",1,["0 0 1.5 0 1 1"]]"#),
            "feature AAA: polygon 1, ring 1: '.' at 5 is not part of a whole number"
        );
        // Relative steps add up: the third point is at 181°.
        assert_eq!(
            error(r#"["AAA",1,["179 0 1 0 1 1"]]"#),
            "feature AAA has a point out of range (181, 1)"
        );
        assert_eq!(
            error(r#"["AAA",1,["1 0 1 0 1 1"]],["AAA"]"#),
            "two features have id AAA"
        );
        assert_eq!(
            error(r#"["KAZ"],{"id":"AAA"}"#),
            "not a valid geometry file: feature #1 is not a list [code, grid, polygons…]"
        );
        assert_eq!(
            error(r#"["AA"]"#),
            "feature #0 has id \"AA\", not a three-letter country code"
        );
        assert_eq!(
            error("[]"),
            "feature #0 has id (none), not a three-letter country code"
        );
    }

    #[test]
    fn text_that_is_not_a_geometry_file_is_refused() {
        assert!(matches!(
            parse_world("{not json"),
            Err(WorldError::Syntax(_))
        ));
        // A GeoJSON file (the old format) is refused as a whole, not feature by feature.
        for other in [
            r#"{"type":"FeatureCollection","features":{}}"#,
            r#"{"type":"Point","coordinates":[0,0]}"#,
            "[1,2]",
        ] {
            assert_eq!(parse_world(other), Err(WorldError::NotAWorld), "{other}");
        }
        let geojson = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"AAA"}]}"#;
        assert_eq!(
            parse_world(geojson).expect_err("GeoJSON").to_string(),
            "not a valid geometry file: feature #0 is not a list [code, grid, polygons…]"
        );
    }
}
