//! Geometry: the arcs of the source simplified and rounded by region, the rings each
//! feature keeps (pole lines and islets too small to show are left out), and the fixes
//! that keep every ring valid and every land border shared by both sides.

use std::collections::{BTreeMap, HashMap};

use ots_atlas::geo::antimeridian::cut_ring;
use ots_atlas::geo::frame::APP_FRAMING;
use ots_atlas::geo::ring::{plane_area, signed_area, unwrap, winds_round_a_pole};
use ots_atlas::geo::simplify::{significance, unwrapped_plane_points};
use ots_atlas::geo::topojson::{Topology, arc_reference, assemble_ring, decode_arcs};
use ots_atlas::geo::{Bounds, EqualEarth, LonLat, PLANE_WIDTH};
use ots_atlas::world::{Adjacency, CountryCode, World};

use crate::codes::Country;
use crate::{Detail, MAX_DECIMALS, Options, ZOOM_TARGETS};

/// Features whose box (the larger side, in plane units) is smaller than this, about
/// 80 km: microstates and small island states. When the app frames one of them, the
/// region detail would draw it as a triangle, so they keep detail relative to their
/// own size instead (see [`SMALL_FEATURE_TOLERANCE`]).
const SMALL_FEATURE_SIZE: f64 = 2.0;

/// The tolerance of a small feature as a fraction of its size: 2 %, so Liechtenstein
/// keeps its outline (nine points) rather than three.
const SMALL_FEATURE_TOLERANCE: f64 = 0.02;

/// Plane units per degree of longitude at the equator, where a degree is widest: a
/// rounding step of `tolerance / PLANE_UNITS_PER_DEGREE` degrees is within the
/// tolerance everywhere.
const PLANE_UNITS_PER_DEGREE: f64 = PLANE_WIDTH / 360.0;

/// A ring whose points all lie this close to a pole is not land but an artefact of how
/// the source closes Antarctica round the South Pole (see [`is_pole_artefact`]).
const POLE_ARTEFACT_LATITUDE: f64 = 89.99;

/// The rings of one feature as arc indices, grouped by polygon (outer ring first),
/// without the pole lines that are left out (see [`collect_rings`]).
pub struct CountryRings {
    /// The code the feature is written under.
    pub code: CountryCode,
    /// Arc indices of each ring, by polygon (outer ring first), as in TopoJSON.
    pub polygons: Vec<Vec<Vec<i64>>>,
}

impl CountryRings {
    /// Every ring of every polygon.
    pub fn rings(&self) -> impl Iterator<Item = &[i64]> {
        self.polygons.iter().flatten().map(Vec::as_slice)
    }
}

/// The simplification state of every arc. Each point has the detail of its region;
/// on top of that, an arc may keep every point ranked above its `floor` and round with
/// `extra_decimals` more, for small features and for rings that would otherwise
/// collapse. The kept points and the decimals only ever grow, so fixing rings always
/// terminates.
pub struct Arcs {
    /// Every arc of the source at full detail.
    pub points: Vec<Vec<LonLat>>,
    /// The Douglas–Peucker rank of each point (see `significance`).
    ranks: Vec<Vec<f64>>,
    /// The detail of each point, from the region it lies in.
    details: Vec<Vec<Detail>>,
    /// Per arc, every point ranked above this is kept whatever its region.
    floors: Vec<f64>,
    /// Per arc, how many decimals finer than its region it is rounded.
    pub extra_decimals: Vec<u32>,
}

impl Arcs {
    /// Decodes the arcs, ranks their points and gives each point its region's detail (the
    /// finest on the outline of a zoom target).
    pub fn new(
        topology: &Topology,
        countries: &[Country],
        options: &Options,
    ) -> Result<Self, String> {
        let points = decode_arcs(topology).map_err(|e| format!("countries-50m.json: {e}"))?;
        let projection = EqualEarth::new();
        let ranks = points
            .iter()
            .map(|arc| significance(&unwrapped_plane_points(arc, &projection)))
            .collect();
        let mut on_target = vec![false; points.len()];
        for country in countries {
            if !ZOOM_TARGETS.contains(&country.code.as_str()) {
                continue;
            }
            for &index in country
                .geometry
                .polygons()
                .iter()
                .flatten()
                .flatten()
                .flatten()
            {
                if let Some(flag) = on_target.get_mut(arc_reference(index).0) {
                    *flag = true;
                }
            }
        }
        let details = points
            .iter()
            .zip(&on_target)
            .map(|(arc, &target)| arc.iter().map(|&p| options.detail_at(p, target)).collect())
            .collect();
        Ok(Self {
            floors: vec![f64::INFINITY; points.len()],
            extra_decimals: vec![0; points.len()],
            points,
            ranks,
            details,
        })
    }

    /// True when point `i` of arc `a` is written. End points always are.
    fn keeps(&self, a: usize, i: usize) -> bool {
        let rank = self.ranks[a][i];
        rank > self.details[a][i].tolerance.min(self.floors[a])
    }

    /// Every arc as it will be written: kept points (or all points), rounded, without
    /// consecutive repeats. An arc's end points are shared with other arcs, so they are
    /// rounded as finely as the finest arc that ends there, which keeps junctions
    /// identical for every ring that passes through them.
    pub fn render(&self, keep_all: bool) -> Vec<Vec<LonLat>> {
        let end_steps = self.end_steps();
        self.points
            .iter()
            .enumerate()
            .map(|(a, arc)| {
                let last = arc.len() - 1;
                let mut out: Vec<LonLat> = Vec::new();
                for (i, &p) in arc.iter().enumerate() {
                    let is_end = i == 0 || i == last;
                    if !(is_end || keep_all || self.keeps(a, i)) {
                        continue;
                    }
                    let step = if is_end {
                        end_steps
                            .get(&key(p))
                            .copied()
                            .unwrap_or_else(|| self.step(a, i))
                    } else {
                        self.step(a, i)
                    };
                    let q = round_point(p, step);
                    if out.last() != Some(&q) {
                        out.push(q);
                    }
                }
                out
            })
            .collect()
    }

    /// The rounding step of point `i` of arc `a`: its region's, or a power of ten
    /// `extra_decimals` finer.
    fn step(&self, a: usize, i: usize) -> Step {
        let detail = self.details[a][i];
        match self.extra_decimals[a] {
            0 => Step::new(detail.multiple, detail.decimals),
            extra => Step::new(1, (detail.decimals + extra).min(MAX_DECIMALS)),
        }
    }

    /// The finest step of every arc end point, by position.
    fn end_steps(&self) -> HashMap<(u64, u64), Step> {
        let mut out: HashMap<(u64, u64), Step> = HashMap::new();
        for (a, arc) in self.points.iter().enumerate() {
            for i in [0, arc.len() - 1] {
                let step = self.step(a, i);
                let entry = out.entry(key(arc[i])).or_insert(step);
                if step.degrees() < entry.degrees() {
                    *entry = step;
                }
            }
        }
        out
    }

    /// The highest-ranked point of these arcs that is not kept yet.
    fn best_dropped_point(&self, ring: &[i64]) -> Option<(usize, f64)> {
        let mut best: Option<(usize, f64)> = None;
        for &index in ring {
            let (a, _) = arc_reference(index);
            for (i, &rank) in self.ranks[a].iter().enumerate() {
                if !self.keeps(a, i) && best.is_none_or(|(_, r)| rank > r) {
                    best = Some((a, rank));
                }
            }
        }
        best
    }

    /// Keeps every point of arc `a` ranked above `tolerance` and rounds it to at least
    /// `decimals` (but never beyond [`MAX_DECIMALS`]).
    fn refine(&mut self, a: usize, tolerance: f64, decimals: u32) {
        self.floors[a] = self.floors[a].min(tolerance);
        let coarsest = self.details[a]
            .iter()
            .map(|d| d.decimals)
            .min()
            .unwrap_or(0);
        let finest = self.max_decimals(a) - self.extra_decimals[a];
        let wanted = decimals.saturating_sub(coarsest);
        let allowed = MAX_DECIMALS.saturating_sub(finest);
        self.extra_decimals[a] = self.extra_decimals[a].max(wanted.min(allowed));
    }

    /// The finest rounding any point of the arc gets.
    fn max_decimals(&self, a: usize) -> u32 {
        let region = self.details[a]
            .iter()
            .map(|d| d.decimals)
            .max()
            .unwrap_or(0);
        region + self.extra_decimals[a]
    }
}

/// A point as a hashable key: the bits of its coordinates.
fn key(p: LonLat) -> (u64, u64) {
    (p.lon.to_bits(), p.lat.to_bits())
}

/// A rounding step: `multiple` × 10^-`decimals` degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Step {
    /// How many steps of 10^-`decimals` degrees.
    multiple: u32,
    /// The power of ten of the step.
    decimals: u32,
}

impl Step {
    /// A step of `multiple` × 10^-`decimals` degrees.
    const fn new(multiple: u32, decimals: u32) -> Self {
        Self { multiple, decimals }
    }

    /// The step in degrees.
    fn degrees(self) -> f64 {
        f64::from(self.multiple) / 10f64.powi(self.decimals as i32)
    }
}

/// Rounds to the nearest multiple of the step (halves away from zero), then to the
/// step's decimals so that the value prints without float noise.
fn round_point(p: LonLat, step: Step) -> LonLat {
    let factor = 10f64.powi(step.decimals as i32);
    let m = f64::from(step.multiple);
    let round = |v: f64| ((v * factor / m).round() * m).round() / factor;
    LonLat::new(round(p.lon), round(p.lat))
}

/// Lists every ring to write. Rings that only trace a pole are left out and counted:
/// world-atlas closes Antarctica with a zero-area "outer ring" along 89.999°S and stores
/// the real coast as its hole. Left in, that sliver would be Antarctica's outer ring,
/// and the app (which frames a country by its largest outer ring) would frame a line.
/// The coast becomes the outer ring instead; `cut_ring` closes it along the pole.
pub fn collect_rings(
    countries: &[Country],
    arcs: &Arcs,
) -> Result<(Vec<CountryRings>, usize), String> {
    let mut features = Vec::with_capacity(countries.len());
    let mut dropped = 0;
    for country in countries {
        let label = format!("{} ({})", country.code, country.geometry.name());
        let polygons = country
            .geometry
            .polygons()
            .ok_or_else(|| format!("{label} is not a Polygon or MultiPolygon"))?;
        let mut kept_polygons = Vec::with_capacity(polygons.len());
        for polygon in polygons {
            let mut kept = Vec::with_capacity(polygon.len());
            for ring in polygon {
                let points =
                    assemble_ring(&ring, &arcs.points).map_err(|e| format!("{label}: {e}"))?;
                if is_pole_artefact(&points) {
                    dropped += 1;
                } else {
                    kept.push(ring);
                }
            }
            if kept.is_empty() {
                return Err(format!(
                    "{label}: a polygon has no ring besides a pole line"
                ));
            }
            kept_polygons.push(kept);
        }
        features.push(CountryRings {
            code: country.code,
            polygons: kept_polygons,
        });
    }
    Ok((features, dropped))
}

/// True when every point lies within [`POLE_ARTEFACT_LATITUDE`] of a pole.
fn is_pole_artefact(ring: &[LonLat]) -> bool {
    ring.iter().all(|p| p.lat.abs() >= POLE_ARTEFACT_LATITUDE)
}

/// Leaves out islets too small to see at the zoom their region is looked at: each ring
/// whose area (in the plane, before simplification) is below the `min_area` of the
/// region holding the middle of its box. Always kept:
/// - rings that share an arc with another feature (land borders, and the holes of
///   enclaves), so that every border stays drawn on both sides;
/// - holes;
/// - the largest outer ring of a feature (the one the app frames);
/// - every ring of a feature whose outer rings add up to less than `options.whole`.
///
/// A polygon whose outer ring is left out takes its holes with it. Returns the number
/// of rings left out.
pub fn drop_islets(features: &mut [CountryRings], arcs: &Arcs, options: &Options) -> usize {
    let projection = EqualEarth::new();
    let mut users = vec![0_u32; arcs.points.len()];
    for feature in features.iter() {
        let mut used: Vec<usize> = feature
            .rings()
            .flatten()
            .map(|&index| arc_reference(index).0)
            .collect();
        used.sort_unstable();
        used.dedup();
        for a in used {
            users[a] += 1;
        }
    }
    let mut dropped = 0;
    for feature in features.iter_mut() {
        let target = ZOOM_TARGETS.contains(&feature.code.as_str());
        let areas: Vec<f64> = feature
            .polygons
            .iter()
            .map(|polygon| outer_area(&polygon[0], arcs, &projection))
            .collect();
        let total: f64 = areas.iter().filter(|a| a.is_finite()).sum();
        if total < options.whole || areas.is_empty() {
            continue;
        }
        let largest = areas
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i);
        // The smallest islet that still shows when the app frames this feature.
        let framed =
            (framed_span(&feature.polygons[largest][0], arcs, &projection) * options.frame).powi(2);
        let mut index = 0;
        feature.polygons.retain(|polygon| {
            let i = index;
            index += 1;
            let outer = &polygon[0];
            let shared = polygon
                .iter()
                .flatten()
                .any(|&arc| users[arc_reference(arc).0] > 1);
            let keep = i == largest
                || shared
                || areas[i] >= framed
                || areas[i] >= options.detail_at(ring_middle(outer, arcs), target).min_area;
            if !keep {
                dropped += polygon.len();
            }
            keep
        });
    }
    dropped
}

/// How many plane units across the app shows when it frames a feature whose largest
/// polygon has this outer ring: the ring's box grown by the app's framing margin
/// ([`APP_FRAMING`]) of its size on each side, and at least its smallest span (the
/// larger side is what counts here).
fn framed_span(ring: &[i64], arcs: &Arcs, projection: &EqualEarth) -> f64 {
    let size = assemble_ring(ring, &arcs.points)
        .ok()
        .and_then(|points| {
            cut_ring(&points)
                .into_iter()
                .filter_map(|piece| {
                    Bounds::of_points(piece.iter().map(|&p| projection.plane_from_lon_lat(p)))
                })
                .reduce(Bounds::union)
        })
        .map_or(0.0, |b| b.width().max(b.height()));
    (size * (1.0 + 2.0 * APP_FRAMING.margin)).max(APP_FRAMING.min_span)
}

/// The area of an outer ring in square plane units, at full detail; infinite for a ring
/// that winds round a pole (Antarctica's coast), whose plane area is not its shoelace.
fn outer_area(ring: &[i64], arcs: &Arcs, projection: &EqualEarth) -> f64 {
    let Ok(points) = assemble_ring(ring, &arcs.points) else {
        return 0.0;
    };
    if winds_round_a_pole(&points) {
        return f64::INFINITY;
    }
    plane_area(&unwrapped_plane_points(&points, projection))
}

/// The middle of a ring's longitude–latitude box (measured on unwrapped longitudes, so a
/// ring across ±180° has its middle near the antimeridian, not near 0°).
fn ring_middle(ring: &[i64], arcs: &Arcs) -> LonLat {
    let Ok(points) = assemble_ring(ring, &arcs.points) else {
        return LonLat::new(0.0, 0.0);
    };
    let unwrapped = unwrap(&points);
    let (mut west, mut east) = (f64::INFINITY, f64::NEG_INFINITY);
    let (mut south, mut north) = (f64::INFINITY, f64::NEG_INFINITY);
    for p in &unwrapped {
        west = west.min(p.lon);
        east = east.max(p.lon);
        south = south.min(p.lat);
        north = north.max(p.lat);
    }
    let lon = (west + east) / 2.0;
    let lon = lon - 360.0 * ((lon + 180.0) / 360.0).floor();
    LonLat::new(lon, (south + north) / 2.0)
}

/// Gives each small feature (see [`SMALL_FEATURE_SIZE`]) a tolerance relative to its own
/// size, and a rounding step within that tolerance. Returns how many features that was.
pub fn refine_small_features(features: &[CountryRings], arcs: &mut Arcs) -> usize {
    let projection = EqualEarth::new();
    let mut count = 0;
    for feature in features {
        let Some(size) = feature_size(feature, arcs, &projection) else {
            continue;
        };
        if size >= SMALL_FEATURE_SIZE {
            continue;
        }
        count += 1;
        let tolerance = size * SMALL_FEATURE_TOLERANCE;
        let step = tolerance / PLANE_UNITS_PER_DEGREE;
        let decimals = (-step.log10()).ceil().max(0.0) as u32;
        for ring in feature.rings() {
            for &index in ring {
                arcs.refine(arc_reference(index).0, tolerance, decimals);
            }
        }
    }
    count
}

/// The larger side of the box of a feature's outer rings in the plane, measured on the
/// pieces the app draws (cut at the antimeridian).
fn feature_size(feature: &CountryRings, arcs: &Arcs, projection: &EqualEarth) -> Option<f64> {
    let mut bounds: Option<Bounds> = None;
    for polygon in &feature.polygons {
        let outer = polygon.first()?;
        let points = assemble_ring(outer, &arcs.points).ok()?;
        for piece in cut_ring(&points) {
            let piece_bounds =
                Bounds::of_points(piece.iter().map(|&p| projection.plane_from_lon_lat(p)))?;
            bounds = Some(bounds.map_or(piece_bounds, |b| b.union(piece_bounds)));
        }
    }
    bounds.map(|b| b.width().max(b.height()))
}

/// Makes every ring survive simplification and rounding with at least three distinct
/// points and a non-zero area: first by keeping more of its arcs' points (highest ranked
/// first), and when even all points collapse at the current precision, by rounding its
/// arcs more finely. Returns the codes that needed each kind of fix.
pub fn fix_rings(
    features: &[CountryRings],
    arcs: &mut Arcs,
    fixes: &mut Fixes,
) -> Result<(), String> {
    loop {
        let rendered = arcs.render(false);
        let full = arcs.render(true);
        let mut changed = false;
        for feature in features {
            for ring in feature.rings() {
                let code = feature.code;
                if ring_is_valid(&assemble(code, ring, &rendered)?) {
                    continue;
                }
                changed = true;
                if ring_is_valid(&assemble(code, ring, &full)?) {
                    let (a, rank) = arcs.best_dropped_point(ring).ok_or_else(|| {
                        format!("{code}: a ring is invalid but keeps every point")
                    })?;
                    arcs.floors[a] = rank.next_down();
                    fixes.points.push(code);
                } else {
                    raise_precision(code, ring, arcs)?;
                    fixes.decimals.push(code);
                }
            }
        }
        if !changed {
            return Ok(());
        }
    }
}

/// Rounds every arc of a ring one decimal finer.
fn raise_precision(code: CountryCode, ring: &[i64], arcs: &mut Arcs) -> Result<(), String> {
    for &index in ring {
        raise_arc_precision(code, arc_reference(index).0, arcs)?;
    }
    Ok(())
}

/// Rounds one arc one decimal finer, or fails when it is already at [`MAX_DECIMALS`].
pub fn raise_arc_precision(code: CountryCode, a: usize, arcs: &mut Arcs) -> Result<(), String> {
    if arcs.max_decimals(a) >= MAX_DECIMALS {
        return Err(format!(
            "{code}: a ring or border collapses even with every point at {MAX_DECIMALS} decimals"
        ));
    }
    arcs.extra_decimals[a] += 1;
    Ok(())
}

/// Every pair of features (indices into `features`, smaller first) whose rings share
/// an arc in the source, with the arcs they share: land borders, and the holes of
/// enclaves.
pub fn land_borders(features: &[CountryRings]) -> BTreeMap<(usize, usize), Vec<usize>> {
    let mut users: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (f, feature) in features.iter().enumerate() {
        for &index in feature.rings().flatten() {
            let list = users.entry(arc_reference(index).0).or_default();
            if !list.contains(&f) {
                list.push(f);
            }
        }
    }
    let mut borders: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (arc, list) in users {
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                borders.entry((a.min(b), a.max(b))).or_default().push(arc);
            }
        }
    }
    borders
}

/// The land borders that the app would no longer find: pairs that share fewer than two
/// vertices at 1/1000° (see `Adjacency`), because rounding merged the ends of a short
/// border.
pub fn lost_borders(
    features: &[CountryRings],
    borders: &BTreeMap<(usize, usize), Vec<usize>>,
    world: &World,
) -> Vec<(usize, usize)> {
    let adjacency = Adjacency::build(world, &EqualEarth::new());
    borders
        .keys()
        .copied()
        .filter(|&(a, b)| {
            !adjacency
                .neighbours_of(features[a].code)
                .contains(&features[b].code)
        })
        .collect()
}

/// Which features needed more points or more decimals than the defaults give.
#[derive(Default)]
pub struct Fixes {
    /// Features with a ring that needed more points (one entry per fix).
    pub points: Vec<CountryCode>,
    /// Features with a ring that needed finer rounding (one entry per fix).
    pub decimals: Vec<CountryCode>,
    /// Land borders whose arcs were rounded more finely so that both sides still share
    /// two vertices.
    pub borders: Vec<(CountryCode, CountryCode)>,
}

/// The points of a ring from its arcs, with the feature named in the error.
pub fn assemble(
    code: CountryCode,
    ring: &[i64],
    arcs: &[Vec<LonLat>],
) -> Result<Vec<LonLat>, String> {
    assemble_ring(ring, arcs).map_err(|e| format!("{code}: {e}"))
}

/// At least three distinct points, closed, and a non-zero area.
fn ring_is_valid(ring: &[LonLat]) -> bool {
    ring.len() >= 4 && ring.first() == ring.last() && signed_area(ring) != 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_options;
    use ots_atlas::geo::path::format_decimal;
    use ots_atlas::geo::ring::from_pairs as ring;

    #[test]
    fn a_ring_that_rounds_to_a_line_is_invalid() {
        let square = ring(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]);
        assert!(ring_is_valid(&square));
        let line = ring(&[(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (0.0, 0.0)]);
        assert!(!ring_is_valid(&line));
        assert!(!ring_is_valid(&ring(&[(0.0, 0.0), (1.0, 1.0), (0.0, 0.0)])));
    }

    #[test]
    fn only_a_ring_along_a_pole_is_an_artefact() {
        assert!(is_pole_artefact(&ring(&[
            (-180.0, -89.999),
            (0.0, -89.999),
            (180.0, -89.999)
        ])));
        assert!(!is_pole_artefact(&ring(&[
            (-180.0, -89.999),
            (0.0, -80.0),
            (180.0, -89.999)
        ])));
    }

    #[test]
    fn points_are_rounded_half_away_from_zero() {
        assert_eq!(
            round_point(LonLat::new(12.345_6, -0.004), Step::new(1, 2)),
            LonLat::new(12.35, -0.0)
        );
        assert_eq!(
            round_point(LonLat::new(12.345_6, 1.0), Step::new(1, 3)),
            LonLat::new(12.346, 1.0)
        );
    }

    #[test]
    fn points_round_to_steps_between_powers_of_ten_without_float_noise() {
        assert_eq!(
            round_point(LonLat::new(-71.26, 18.74), Step::new(5, 1)),
            LonLat::new(-71.5, 18.5)
        );
        assert_eq!(
            round_point(LonLat::new(47.326, 40.274), Step::new(5, 2)),
            LonLat::new(47.35, 40.25)
        );
        // 0.7 is not a multiple of 0.1 in binary; the result must still print as 0.7.
        let p = round_point(LonLat::new(0.68, 0.0), Step::new(1, 1));
        assert_eq!(format_decimal(p.lon, MAX_DECIMALS as usize), "0.7");
        assert!(Step::new(5, 2).degrees() < Step::new(1, 1).degrees());
    }

    /// Three countries in the far south Atlantic (the `world` region): A, with a
    /// border shared with B, a 0.1° islet and a 2° island; B; and C, two 0.1° islets.
    const ISLANDS: &str = r#"{
        "type": "Topology",
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "MultiPolygon", "arcs": [[[0, 1]], [[3]], [[4]]]},
            {"type": "Polygon", "arcs": [[2, -1]]},
            {"type": "MultiPolygon", "arcs": [[[5]], [[6]]]}
        ]}},
        "arcs": [
            [[-20, -40], [-20, -30]],
            [[-20, -30], [-30, -30], [-30, -40], [-20, -40]],
            [[-20, -40], [-10, -40], [-10, -30], [-20, -30]],
            [[-35, -45], [-34.9, -45], [-34.9, -44.9], [-35, -45]],
            [[-35, -30], [-33, -30], [-33, -28], [-35, -30]],
            [[-5, -45], [-4.9, -45], [-4.9, -44.9], [-5, -45]],
            [[-5, -40], [-4.9, -40], [-4.9, -39.9], [-5, -40]]
        ]
    }"#;

    #[test]
    fn islets_too_small_to_show_are_left_out_but_borders_and_small_states_stay() {
        let topology: Topology = serde_json::from_str(ISLANDS).expect("a valid topology");
        let geometries = &topology.objects["countries"].geometries;
        let countries: Vec<Country> = ["AAA", "BBB", "CCC"]
            .iter()
            .zip(geometries)
            .map(|(code, geometry)| Country {
                code: CountryCode::parse(code).expect("a code"),
                cldr: None,
                geometry,
            })
            .collect();
        let options = parse_options(std::iter::empty()).expect("defaults");
        let arcs = Arcs::new(&topology, &countries, &options).expect("decodes");
        let (mut features, _) = collect_rings(&countries, &arcs).expect("rings");
        assert_eq!(drop_islets(&mut features, &arcs, &options), 1);
        // A keeps its mainland (shared with B) and the 2° island, not the 0.1° islet.
        assert_eq!(features[0].polygons, [vec![vec![0, 1]], vec![vec![4]]]);
        assert_eq!(features[1].polygons, [vec![vec![2, -1]]]);
        // C is small overall: all of it stays.
        assert_eq!(features[2].polygons.len(), 2);
    }

    #[test]
    fn land_borders_are_the_arcs_two_features_share() {
        let rings = |code: &str, polygons: Vec<Vec<Vec<i64>>>| CountryRings {
            code: CountryCode::parse(code).expect("a code"),
            polygons,
        };
        // West and East share arc 0; East's islet (arc 2) and North's coast are its own.
        let features = [
            rings("AAA", vec![vec![vec![0, 1]]]),
            rings("BBB", vec![vec![vec![3, -1]], vec![vec![2]]]),
            rings("CCC", vec![vec![vec![4]]]),
        ];
        let borders = land_borders(&features);
        assert_eq!(borders.into_iter().collect::<Vec<_>>(), [((0, 1), vec![0])]);
    }
}
