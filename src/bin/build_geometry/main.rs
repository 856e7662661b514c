//! `build-geometry`: turns the pinned Natural Earth and CLDR packages in
//! `tools/node_modules` into the app's data files:
//!
//! - `public/data/world.json`: every country and territory of world-atlas
//!   `countries-50m.json`, simplified and rounded, keyed by a three-letter code; those
//!   whose box does not meet the app's first view (`render::boot_map::first_view_cover`)
//!   listed without a geometry (the format: `world::world_file`);
//! - `public/data/world-outer.json`: the geometry of those, which the app fetches once
//!   its map is up;
//! - `public/data/names/<lang>.json`: the display name of every code in eight languages.
//!
//! Run it through `scripts/build-geometry.sh`, which installs the packages first. The
//! output is deterministic: the same packages give byte-identical files.
//!
//! Options (for measuring trade-offs; the defaults are what the app ships, see
//! docs/GEOMETRY.md):
//!
//! - `--focus`, `--near`, `--eurasia`, `--old-world` and `--world` each take
//!   `T/R[/A]` for one detail region (see [`Options::detail_at`]): the Douglas–Peucker
//!   tolerance T in plane units; the rounding R, either a number of decimals (`2`: to
//!   0.01°) or a step in degrees with a decimal point (`0.05`, `0.5`, `1.0`); and the
//!   smallest islet kept, A, in square plane units (left out: the region keeps its own);
//! - `--frame F`: an islet spanning at least F of the view the app frames its feature
//!   in is kept whatever its region; `--whole A`: features whose land adds up to less
//!   than A square plane units keep every islet (see [`drop_islets`]);
//! - `--source <node_modules dir>` and `--out <data dir>` move the input and output.
//!
//! The steps, one module each: [`codes`] gives every feature its code, [`geometry`]
//! simplifies and rounds the arcs and chooses the rings, [`write`](mod@write) turns them into
//! the shapes the library writes,
//! [`names`] the names files, and [`report`] prints what was written.

mod codes;
mod geometry;
mod names;
mod report;
mod write;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Deserialize;

use ots_atlas::geo::topojson::Topology;
use ots_atlas::geo::{EqualEarth, LonLat};
use ots_atlas::render::boot_map::first_view_cover;
use ots_atlas::world::{OUTER_FILE, WORLD_FILE, parse_world_files};

use codes::{CodeMappings, assign_codes};
use geometry::{
    Arcs, Fixes, collect_rings, drop_islets, fix_rings, land_borders, lost_borders,
    raise_arc_precision, refine_small_features,
};
use names::build_names;
use report::{LeftOut, Written, print_summary};
use write::{check_no_streaks, feature_world, file_text};

// Detail is spent where the app looks. Tolerances are Douglas–Peucker distances in
// world-plane units: the map is 1000 units wide, so one unit is about 40 km at the
// equator and 1.3 px when the whole world fills a 1280 px wide map (zoom 1); the default
// view shows about 0.15 units per pixel. Rounding is in degrees (0.1° is about 11 km,
// 0.01° about 1 km). Islets are rings smaller than what shows at the zoom their region
// is seen at (see [`drop_islets`]). A single setting for the whole world that fits the
// size budget turns Azerbaijan into a handful of straight lines once the user zooms to
// it; see docs/GEOMETRY.md for the sizes measured at other settings.

/// The OTS members and their neighbours, from Central Europe to the Altai: the default
/// view is centred on it and every zoom to a member state stays inside it.
const FOCUS: Region = Region::new(10.0, 30.0, 90.0, 60.0);

/// The features the app zooms to: the OTS members and observers. Their outlines keep
/// [`FOCUS_DETAIL`], and with them the matching borders of their neighbours.
const ZOOM_TARGETS: [&str; 8] = ["AZE", "CYN", "HUN", "KAZ", "KGZ", "TKM", "TUR", "UZB"];

/// What the views of the zoom targets show around them at their closest: the Caucasus
/// with Central Asia (Armenia, Georgia, Tajikistan, northern Iran and Afghanistan), and
/// Cyprus round Northern Cyprus.
const CORE: [Region; 2] = [
    Region::new(38.0, 36.0, 82.0, 46.0),
    Region::new(32.0, 34.5, 34.7, 35.8),
];

/// Europe, the Middle East and the rest of Asia north of the tropics: what a user sees
/// when panning away from the default view at the same zoom.
const EURASIA: Region = Region::new(-25.0, 25.0, 125.0, 72.0);

/// The rest of what the default view shows (the Arctic coast and islands up to 79°N,
/// Arabia and the Sahara down to 21°N), with the rest of Asia north of 15°N.
const OLD_WORLD: Region = Region::new(-25.0, 15.0, 180.0, 90.0);

/// On a zoom target's outline inside [`FOCUS`], or inside [`CORE`]: about a pixel at
/// the default view, about 10 px when the app frames Azerbaijan (0.01° is 0.03 units).
/// Islets from 0.04 square units (0.2 × 0.2, about 50 km²) are kept.
const FOCUS_DETAIL: Detail = Detail::new(0.2, (1, 2), 0.04);

/// The rest of [`FOCUS`], seen at the default view: 2 px, rounded to 0.05° (under half
/// a pixel). Islets as in [`FOCUS_DETAIL`]: the Aegean shows whole when the app frames
/// Türkiye.
const NEAR_DETAIL: Detail = Detail::new(0.3, (5, 2), 0.04);

/// Inside [`EURASIA`]: 3 px at the default view, 2.5 px at zoom 4. Islets from 0.25
/// square units (0.5 × 0.5).
const EURASIA_DETAIL: Detail = Detail::new(0.5, (1, 1), 0.25);

/// Inside [`OLD_WORLD`]: 2 px at zoom 1. Islets from 2.25 square units (1.5 × 1.5).
const OLD_WORLD_DETAIL: Detail = Detail::new(1.5, (1, 1), 2.25);

/// Everywhere else (the Americas, Sub-Saharan Africa, South-East Asia's islands,
/// Oceania, Antarctica): 3 px at zoom 1, rounded to 0.5° (under a pixel). Islets from
/// 6.25 square units (2.5 × 2.5, about 3 px across at zoom 1).
const WORLD_DETAIL: Detail = Detail::new(2.5, (5, 1), 6.25);

/// Features whose outer rings add up to less than this many square plane units (about
/// 6,000 km²: the Maldives, Kiribati, Tonga, the Faroes…) keep every islet: their
/// islands are what they are, and they are framed close enough for each to show.
const WHOLE_FEATURE_AREA: f64 = 5.0;

/// An islet whose side (the square root of its area) is at least this fraction of what
/// the app shows when it frames the feature (see `geometry::framed_span`) is kept whatever its
/// region: 2 % is about 25 px on a desktop, so that Jeju stays with Korea and
/// Okinawa with Japan.
const FRAMED_ISLET: f64 = 0.02;

/// The most decimals a tiny ring (the Vatican) may need before it stops collapsing: the
/// finest grid the files can hold.
const MAX_DECIMALS: u32 = 6;
const _: () = assert!(10_i64.pow(MAX_DECIMALS) == ots_atlas::world::world_file::MAX_GRID);

/// How finely to keep a region: a simplification tolerance, a rounding step and the
/// smallest islet worth a ring.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Detail {
    /// Douglas–Peucker tolerance in world-plane units.
    tolerance: f64,
    /// Points are rounded to multiples of `multiple` × 10^-`decimals` degrees (0.05° is
    /// 5 at 2 decimals).
    decimals: u32,
    /// See `decimals`: 1, or e.g. 5 for a step between two powers of ten.
    multiple: u32,
    /// Islets (rings) smaller than this, in square plane units, are left out; see
    /// [`drop_islets`] for the rings that are always kept.
    min_area: f64,
}

impl Detail {
    /// A detail from a tolerance, a (multiple, decimals) rounding and an islet area.
    const fn new(tolerance: f64, (multiple, decimals): (u32, u32), min_area: f64) -> Self {
        Self {
            tolerance,
            decimals,
            multiple,
            min_area,
        }
    }
}

/// A longitude–latitude box, in degrees.
#[derive(Clone, Copy, Debug)]
struct Region {
    /// Western edge.
    west: f64,
    /// Southern edge.
    south: f64,
    /// Eastern edge.
    east: f64,
    /// Northern edge.
    north: f64,
}

impl Region {
    /// A box from its four edges.
    const fn new(west: f64, south: f64, east: f64, north: f64) -> Self {
        Self {
            west,
            south,
            east,
            north,
        }
    }

    /// True when the point is inside the box or on its edge.
    fn contains(&self, p: LonLat) -> bool {
        (self.west..=self.east).contains(&p.lon) && (self.south..=self.north).contains(&p.lat)
    }
}

/// Command-line settings.
struct Options {
    /// The detail of [`FOCUS`] on zoom targets and of [`CORE`] (`--focus`).
    focus: Detail,
    /// The rest of [`FOCUS`] (`--near`).
    near: Detail,
    /// [`EURASIA`] (`--eurasia`).
    eurasia: Detail,
    /// [`OLD_WORLD`] (`--old-world`).
    old_world: Detail,
    /// Everywhere else (`--world`).
    world: Detail,
    /// Features whose land adds up to less than this (square plane units) keep every
    /// islet.
    whole: f64,
    /// An islet that spans at least this fraction of its feature's size is kept.
    frame: f64,
    /// The `node_modules` folder with world-atlas and CLDR (`--source`).
    source: PathBuf,
    /// The data folder written to (`--out`).
    out: PathBuf,
}

impl Options {
    /// The detail that applies at a point: that of the innermost region holding it,
    /// from the finest: `focus` on the outline of a [`ZOOM_TARGETS`] feature inside
    /// [`FOCUS`] (`on_target`) or inside [`CORE`]; `near` elsewhere inside [`FOCUS`];
    /// then `eurasia` ([`EURASIA`]), `old_world` ([`OLD_WORLD`]) and `world`.
    fn detail_at(&self, p: LonLat, on_target: bool) -> Detail {
        if FOCUS.contains(p) && (on_target || CORE.iter().any(|r| r.contains(p))) {
            self.focus
        } else if FOCUS.contains(p) {
            self.near
        } else if EURASIA.contains(p) {
            self.eurasia
        } else if OLD_WORLD.contains(p) {
            self.old_world
        } else {
            self.world
        }
    }
}

/// Runs the tool; an error is printed and fails the process.
fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("build-geometry: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the sources, builds and checks both geometry files and the names files, then
/// writes them and prints a summary.
fn run() -> Result<(), String> {
    let options = parse_options(std::env::args().skip(1))?;
    let topology: Topology = read_json(&options.source.join("world-atlas/countries-50m.json"))?;
    let mappings = CodeMappings::load(&options.source.join("cldr-core/supplemental"))?;
    let countries = assign_codes(&topology, &mappings)?;

    let mut arcs = Arcs::new(&topology, &countries, &options)?;
    let (mut features, dropped) = collect_rings(&countries, &arcs)?;
    let borders = land_borders(&features);
    let islets = drop_islets(&mut features, &arcs, &options);
    let small = refine_small_features(&features, &mut arcs);
    let mut fixes = Fixes::default();
    let (rounded, json, world) = loop {
        fix_rings(&features, &mut arcs, &mut fixes)?;
        let rounded = arcs.render(false);
        // The world as the files will give it: written and read back (the same, checked).
        let world = feature_world(&features, &rounded)?;
        let json = file_text("the whole world", &world)?;
        let lost = lost_borders(&features, &borders, &world);
        if lost.is_empty() {
            break (rounded, json, world);
        }
        for (a, b) in lost {
            let code = features[a].code;
            fixes.borders.push((code, features[b].code));
            for &arc in &borders[&(a, b)] {
                raise_arc_precision(code, arc, &mut arcs)?;
            }
        }
    };
    check_no_streaks(&world)?;
    // The first file draws what the first view can show; the outer one the rest.
    let projection = EqualEarth::new();
    let cover = first_view_cover(&projection);
    let (first, outer) = world.clone().split(|shape| {
        shape
            .plane_bounds(&projection)
            .is_none_or(|b| !b.meets(cover))
    });
    let deferred = outer.shapes.len();
    let first_json = file_text(WORLD_FILE, &first)?;
    let outer_json = file_text(OUTER_FILE, &outer)?;
    if parse_world_files(&first_json, &outer_json)? != world {
        return Err("the two geometry files do not add up to the whole world".to_owned());
    }
    // Everything is built and checked before the first file is written, so a failure
    // never leaves the geometry and the names out of step.
    let names = build_names(&countries, &options.source)?;

    let data_dir = &options.out;
    write_file(&data_dir.join(WORLD_FILE), &first_json)?;
    write_file(&data_dir.join(OUTER_FILE), &outer_json)?;
    for (language, text) in &names {
        write_file(
            &data_dir.join("names").join(format!("{language}.json")),
            text,
        )?;
    }
    print_summary(
        &features,
        &rounded,
        LeftOut {
            pole_lines: dropped,
            islets,
        },
        small,
        &fixes,
        &arcs,
        &Written {
            whole: json.len(),
            first: first_json.len(),
            outer: outer_json.len(),
            deferred,
        },
    );
    Ok(())
}

/// The settings from the command line: the shipped defaults, changed by each flag.
fn parse_options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut options = Options {
        focus: FOCUS_DETAIL,
        near: NEAR_DETAIL,
        eurasia: EURASIA_DETAIL,
        old_world: OLD_WORLD_DETAIL,
        world: WORLD_DETAIL,
        whole: WHOLE_FEATURE_AREA,
        frame: FRAMED_ISLET,
        source: root.join("tools/node_modules"),
        out: root.join("public/data"),
    };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--focus" => options.focus = parse_detail(&flag, &value, options.focus)?,
            "--near" => options.near = parse_detail(&flag, &value, options.near)?,
            "--eurasia" => options.eurasia = parse_detail(&flag, &value, options.eurasia)?,
            "--old-world" => options.old_world = parse_detail(&flag, &value, options.old_world)?,
            "--world" => options.world = parse_detail(&flag, &value, options.world)?,
            "--whole" => options.whole = parse_area(&flag, &value)?,
            "--frame" => options.frame = parse_area(&flag, &value)?,
            "--source" => options.source = PathBuf::from(value),
            "--out" => options.out = PathBuf::from(value),
            _ => {
                return Err(format!(
                    "unknown option {flag} (expected --focus, --eurasia, --world, --whole, --source or --out)"
                ));
            }
        }
    }
    Ok(options)
}

/// Reads `T/R` or `T/R/A`: a tolerance in plane units, a rounding (see [`parse_step`])
/// and the smallest islet kept in square plane units, e.g. `0.2/2/0.04` or
/// `2.5/0.5/6.25`. Without `A`, the region keeps the islet threshold of `current`.
fn parse_detail(flag: &str, value: &str, current: Detail) -> Result<Detail, String> {
    let bad =
        || format!("{flag} {value}: expected TOLERANCE/ROUNDING[/MIN_AREA] such as 0.2/2/0.04");
    let mut parts = value.split('/');
    let (Some(tolerance), Some(step)) = (parts.next(), parts.next()) else {
        return Err(bad());
    };
    let tolerance: f64 = tolerance.parse().map_err(|_| bad())?;
    let step = parse_step(step).ok_or_else(bad)?;
    let min_area: f64 = match parts.next() {
        Some(area) => area.parse().map_err(|_| bad())?,
        None => current.min_area,
    };
    if parts.next().is_some() {
        return Err(bad());
    }
    let valid = |x: f64| x.is_finite() && x >= 0.0;
    if !(valid(tolerance) && valid(min_area)) || step.1 > MAX_DECIMALS {
        return Err(format!(
            "{flag} {value}: the tolerance and area must be ≥ 0 and the rounding at most {MAX_DECIMALS} decimals"
        ));
    }
    Ok(Detail::new(tolerance, step, min_area))
}

/// A rounding as a (multiple, decimals) pair, meaning steps of multiple × 10^-decimals
/// degrees: a whole number is a number of decimals (`2` is 0.01°, as `(1, 2)`); a
/// number with a decimal point is the step itself (`0.05` is `(5, 2)`, `1.0` is
/// `(10, 1)`).
fn parse_step(text: &str) -> Option<(u32, u32)> {
    let Some((whole, fraction)) = text.split_once('.') else {
        return Some((1, text.parse().ok()?));
    };
    let digits = format!("{whole}{fraction}");
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let multiple: u32 = digits.parse().ok()?;
    let decimals = u32::try_from(fraction.len()).ok()?;
    (multiple > 0).then_some((multiple, decimals))
}

/// Reads an area in square plane units.
fn parse_area(flag: &str, value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(area) if area.is_finite() && area >= 0.0 => Ok(area),
        _ => Err(format!(
            "{flag} {value}: expected an area ≥ 0 in square plane units"
        )),
    }
}

/// Reads a JSON file of the sources.
fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {}: {e} (run scripts/build-geometry.sh, which installs tools/node_modules)",
            path.display()
        )
    })?;
    serde_json::from_str(&text)
        .map_err(|e| format!("{} is not what was expected: {e}", path.display()))
}

/// Writes a file, creating its folder first.
fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rounding_is_a_number_of_decimals_or_a_step_in_degrees() {
        assert_eq!(parse_step("2"), Some((1, 2)));
        assert_eq!(parse_step("0"), Some((1, 0)));
        assert_eq!(parse_step("0.05"), Some((5, 2)));
        assert_eq!(parse_step("0.5"), Some((5, 1)));
        assert_eq!(parse_step("1.0"), Some((10, 1)));
        assert_eq!(parse_step("0.0"), None);
        assert_eq!(parse_step("-1"), None);
        assert_eq!(parse_step("0.x"), None);
    }

    #[test]
    fn options_default_to_the_shipped_settings_and_reject_unknown_flags() {
        let options = parse_options(std::iter::empty()).expect("defaults");
        assert_eq!(
            (
                options.focus,
                options.near,
                options.eurasia,
                options.old_world,
                options.world
            ),
            (
                FOCUS_DETAIL,
                NEAR_DETAIL,
                EURASIA_DETAIL,
                OLD_WORLD_DETAIL,
                WORLD_DETAIL
            )
        );
        assert_eq!(
            (options.frame, options.whole),
            (FRAMED_ISLET, WHOLE_FEATURE_AREA)
        );
        let args = [
            "--world",
            "2/0",
            "--focus",
            "0.1/3/0.5",
            "--near",
            "0.4/0.05",
            "--frame",
            "0.01",
        ]
        .map(String::from);
        let options = parse_options(args.into_iter()).expect("parses");
        assert_eq!(
            (options.world, options.focus, options.near, options.frame),
            (
                // Without an islet area, a region keeps its own.
                Detail::new(2.0, (1, 0), WORLD_DETAIL.min_area),
                Detail::new(0.1, (1, 3), 0.5),
                Detail::new(0.4, (5, 2), NEAR_DETAIL.min_area),
                0.01
            )
        );
        for bad in [
            ["--world", "-1/1"],
            ["--world", "1/9"],
            ["--world", "1"],
            ["--world", "1/1/-2"],
            ["--world", "1/1/2/3"],
            ["--frame", "x"],
            ["--fast", "1/1"],
        ] {
            assert!(
                parse_options(bad.map(String::from).into_iter()).is_err(),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_innermost_region_decides_the_detail_of_a_point() {
        let options = parse_options(std::iter::empty()).expect("defaults");
        let baku = LonLat::new(49.87, 40.41);
        let yerevan = LonLat::new(44.51, 40.18);
        let athens = LonLat::new(23.73, 37.98);
        let paris = LonLat::new(2.35, 48.86);
        let novaya_zemlya = LonLat::new(55.0, 74.0);
        let lima = LonLat::new(-77.04, -12.05);
        assert_eq!(options.detail_at(baku, false), FOCUS_DETAIL);
        assert_eq!(options.detail_at(yerevan, false), FOCUS_DETAIL);
        assert_eq!(options.detail_at(athens, false), NEAR_DETAIL);
        // On the outline of a zoom target (Türkiye's Aegean coast is near Athens).
        assert_eq!(options.detail_at(athens, true), FOCUS_DETAIL);
        assert_eq!(options.detail_at(paris, true), EURASIA_DETAIL);
        assert_eq!(options.detail_at(novaya_zemlya, false), OLD_WORLD_DETAIL);
        assert_eq!(options.detail_at(lima, false), WORLD_DETAIL);
    }
}
