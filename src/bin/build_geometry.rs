//! `build-geometry`: turns the pinned Natural Earth and CLDR packages in
//! `tools/node_modules` into the app's data files:
//!
//! - `public/data/world.geojson`: every country and territory of world-atlas
//!   `countries-50m.json`, simplified and rounded, keyed by a three-letter code; those
//!   whose box does not meet the app's first view (`render::boot_map::first_view_cover`)
//!   with a `null` geometry;
//! - `public/data/world-outer.geojson`: the geometry of those, which the app fetches once
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

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Deserialize;
use serde_json::Value;

use ots_atlas::geo::antimeridian::cut_ring;
use ots_atlas::geo::frame::APP_FRAMING;
use ots_atlas::geo::path::format_decimal;
use ots_atlas::geo::ring::{orient, plane_area, signed_area, unwrap, winds_round_a_pole};
use ots_atlas::geo::simplify::{significance, unwrapped_plane_points};
use ots_atlas::geo::topojson::{TopoGeometry, Topology, arc_reference, assemble_ring, decode_arcs};
use ots_atlas::geo::{Bounds, EqualEarth, LonLat, PLANE_WIDTH};
use ots_atlas::render::boot_map::first_view_cover;
use ots_atlas::world::{
    Adjacency, CountryCode, OUTER_FILE, WORLD_FILE, World, parse_world, parse_world_files,
};

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
/// the app shows when it frames the feature (see [`framed_span`]) is kept whatever its
/// region: 2 % is about 25 px on a desktop, so that Jeju stays with Korea and
/// Okinawa with Japan.
const FRAMED_ISLET: f64 = 0.02;

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

/// The most decimals a tiny ring (the Vatican) may need before it stops collapsing.
const MAX_DECIMALS: u32 = 6;

/// A ring whose points all lie this close to a pole is not land but an artefact of how
/// the source closes Antarctica round the South Pole (see [`is_pole_artefact`]).
const POLE_ARTEFACT_LATITUDE: f64 = 89.99;

/// The languages of the names files, as CLDR locale ids. CLDR's `kk` and `ky` are
/// Cyrillic and `uz` is Latin, which is what the app wants.
const LANGUAGES: [&str; 8] = ["en", "tr", "az", "kk", "ky", "uz", "hu", "ru"];

/// Features the source does not key by an ISO numeric code, matched by their Natural
/// Earth name. Codes follow Natural Earth's ADM0_A3 (Kosovo uses the common `XKX`).
/// Ashmore and Cartier Islands carries Australia's numeric id 036 in world-atlas, so it
/// would collide with Australia: it keeps its own feature under its ADM0_A3 code.
const ASSIGNED: [Assigned; 6] = [
    Assigned::new("N. Cyprus", None, "CYN", None),
    Assigned::new("Kosovo", None, "XKX", Some("XK")),
    Assigned::new("Somaliland", None, "SOL", None),
    Assigned::new("Indian Ocean Ter.", None, "IOA", None),
    Assigned::new("Siachen Glacier", None, "KAS", None),
    Assigned::new("Ashmore and Cartier Is.", Some("036"), "ATC", None),
];

/// Names of the codes CLDR does not have, in the order of [`LANGUAGES`]. The wording
/// is neutral: a geographic description, never a claim about status.
const EXTRA_NAMES: [(&str, [&str; 8]); 5] = [
    (
        "CYN",
        [
            "Northern Cyprus",
            "Kuzey Kıbrıs",
            "Şimali Kipr",
            "Солтүстік Кипр",
            "Түндүк Кипр",
            "Shimoliy Kipr",
            "Észak-Ciprus",
            "Северный Кипр",
        ],
    ),
    (
        "SOL",
        [
            "Somaliland",
            "Somaliland",
            "Somalilend",
            "Сомалиленд",
            "Сомалиленд",
            "Somalilend",
            "Szomáliföld",
            "Сомалиленд",
        ],
    ),
    (
        "IOA",
        [
            "Indian Ocean Territories",
            "Hint Okyanusu Toprakları",
            "Hind Okeanı Əraziləri",
            "Үнді мұхиты аумақтары",
            "Инди океанындагы аймактар",
            "Hind okeani hududlari",
            "Indiai-óceáni területek",
            "Территории в Индийском океане",
        ],
    ),
    (
        "KAS",
        [
            "Siachen Glacier",
            "Siachen Buzulu",
            "Siaçen buzlağı",
            "Сиачен мұздығы",
            "Сиачен мөңгүсү",
            "Siachen muzligi",
            "Siachen-gleccser",
            "Ледник Сиачен",
        ],
    ),
    (
        "ATC",
        [
            "Ashmore and Cartier Islands",
            "Ashmore ve Cartier Adaları",
            "Aşmor və Kartye adaları",
            "Эшмор және Картье аралдары",
            "Эшмор жана Картье аралдары",
            "Ashmor va Karye orollari",
            "Ashmore- és Cartier-szigetek",
            "Острова Эшмор и Картье",
        ],
    ),
];

/// Which CLDR name to show. The rule: the default name, except where the default adds a
/// qualifier a map label does not need or disambiguates awkwardly, and CLDR offers a
/// plainer alternative: "Hong Kong SAR China" → "Hong Kong" (`short`), "Macao SAR China"
/// → "Macao", "Myanmar (Burma)" → "Myanmar", and the two Congos' "Congo - Kinshasa" /
/// "Congo - Brazzaville" → "Congo (DRC)" / "Congo (Republic)" (`variant`). Short forms
/// that are abbreviations ("UK", "US") are not used. A language without the alternative
/// falls back to its default name, with the qualifier in brackets removed where it is
/// only a former name (Myanmar's "(Burma)" in most languages); brackets that tell two
/// places apart (the British and U.S. Virgin Islands in Russian) stay.
const PREFERRED_ALTERNATIVES: [(&str, &str); 5] = [
    ("HK", "short"),
    ("MO", "short"),
    ("MM", "short"),
    ("CD", "variant"),
    ("CG", "variant"),
];

/// Where CLDR's name differs from the name an OTS country uses for itself in that language,
/// the country's own usage: `(language, code, name, why)`. The eight OTS countries were
/// checked in all eight languages (December 2026); only this one differs.
const OWN_NAMES: [(&str, &str, &str, &str); 1] = [(
    "ru",
    "KGZ",
    "Кыргызстан",
    "CLDR ru says Киргизия; the Constitution of the Kyrgyz Republic (art. 1) names the state \
     Кыргызская Республика (Кыргызстан), and the OTS and Kyrgyzstan write Кыргызстан in Russian",
)];

/// Uzbek Latin writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC; CLDR's `uz`
/// has ‘ or ’ in a few names ("Qo‘shma Shtatlari", "Kot-d’Ivuar").
fn uzbek_apostrophes(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut before = None;
    for c in name.chars() {
        let c = match c {
            '‘' | '’' | '\'' if matches!(before, Some('o' | 'g' | 'O' | 'G')) => 'ʻ',
            '‘' | '’' | '\'' => 'ʼ',
            c => c,
        };
        out.push(c);
        before = Some(c);
    }
    out
}

/// Territories whose default name ends in a bracketed former name, dropped when the
/// language has no short form (see [`PREFERRED_ALTERNATIVES`]).
const FORMER_NAME_IN_BRACKETS: [&str; 1] = ["MM"];

/// A code assigned by name to a feature without a usable numeric id.
struct Assigned {
    /// The world-atlas `name` property.
    name: &'static str,
    /// The id the feature has in world-atlas, if any.
    source_id: Option<&'static str>,
    /// The code the map uses.
    code: &'static str,
    /// The CLDR territory key for its names, when CLDR has one.
    cldr: Option<&'static str>,
}

impl Assigned {
    const fn new(
        name: &'static str,
        source_id: Option<&'static str>,
        code: &'static str,
        cldr: Option<&'static str>,
    ) -> Self {
        Self {
            name,
            source_id,
            code,
            cldr,
        }
    }
}

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
    west: f64,
    south: f64,
    east: f64,
    north: f64,
}

impl Region {
    const fn new(west: f64, south: f64, east: f64, north: f64) -> Self {
        Self {
            west,
            south,
            east,
            north,
        }
    }

    fn contains(&self, p: LonLat) -> bool {
        (self.west..=self.east).contains(&p.lon) && (self.south..=self.north).contains(&p.lat)
    }
}

/// Command-line settings.
struct Options {
    focus: Detail,
    near: Detail,
    eurasia: Detail,
    old_world: Detail,
    world: Detail,
    /// Features whose land adds up to less than this (square plane units) keep every
    /// islet.
    whole: f64,
    /// An islet that spans at least this fraction of its feature's size is kept.
    frame: f64,
    source: PathBuf,
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

/// One feature of the source with the code it will be written under.
struct Country<'a> {
    code: CountryCode,
    /// The CLDR territory key (alpha-2) for its names, if CLDR has it.
    cldr: Option<String>,
    geometry: &'a TopoGeometry,
}

/// The rings of one feature as arc indices, grouped by polygon (outer ring first),
/// without the pole lines that are left out (see [`collect_rings`]).
struct CountryRings {
    code: CountryCode,
    polygons: Vec<Vec<Vec<i64>>>,
}

impl CountryRings {
    fn rings(&self) -> impl Iterator<Item = &[i64]> {
        self.polygons.iter().flatten().map(Vec::as_slice)
    }
}

/// The simplification state of every arc. Each point has the detail of its region;
/// on top of that, an arc may keep every point ranked above its `floor` and round with
/// `extra_decimals` more, for small features and for rings that would otherwise
/// collapse. The kept points and the decimals only ever grow, so fixing rings always
/// terminates.
struct Arcs {
    points: Vec<Vec<LonLat>>,
    ranks: Vec<Vec<f64>>,
    details: Vec<Vec<Detail>>,
    floors: Vec<f64>,
    extra_decimals: Vec<u32>,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("build-geometry: {message}");
            ExitCode::FAILURE
        }
    }
}

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
        let json = world_json(&features, &rounded, Part::Whole)?;
        let world =
            parse_world(&json).map_err(|e| format!("the written geometry is invalid: {e}"))?;
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
    let deferred: Vec<CountryCode> = world
        .shapes
        .iter()
        .filter(|shape| {
            shape
                .plane_bounds(&projection)
                .is_none_or(|b| !b.meets(cover))
        })
        .map(|shape| shape.code)
        .collect();
    let first_json = world_json(&features, &rounded, Part::First(&deferred))?;
    let outer_json = world_json(&features, &rounded, Part::Outer(&deferred))?;
    check_geojson(WORLD_FILE, &first_json)?;
    check_geojson(OUTER_FILE, &outer_json)?;
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
            deferred: deferred.len(),
        },
    );
    Ok(())
}

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

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------
// Codes

/// CLDR's territory code table, reduced to current (not deprecated) territories.
struct CodeMappings {
    /// ISO numeric ("036") → (alpha-2, alpha-3) of every current territory with that number.
    by_numeric: HashMap<String, Vec<(String, String)>>,
}

impl CodeMappings {
    fn load(supplemental: &Path) -> Result<Self, String> {
        let mappings: Value = read_json(&supplemental.join("codeMappings.json"))?;
        let aliases: Value = read_json(&supplemental.join("aliases.json"))?;
        let table = mappings
            .pointer("/supplemental/codeMappings")
            .and_then(Value::as_object)
            .ok_or("codeMappings.json has no supplemental.codeMappings object")?;
        let deprecated = aliases
            .pointer("/supplemental/metadata/alias/territoryAlias")
            .and_then(Value::as_object)
            .ok_or("aliases.json has no supplemental.metadata.alias.territoryAlias object")?;
        let mut by_numeric: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for (key, entry) in table {
            // Keys also include currency codes and retired territories (BU, ZR, TP…):
            // only two-letter keys that CLDR does not alias away are territories today.
            let is_alpha2 = key.len() == 2 && key.bytes().all(|b| b.is_ascii_uppercase());
            if !is_alpha2 || deprecated.contains_key(key) {
                continue;
            }
            let numeric = entry.get("_numeric").and_then(Value::as_str);
            let alpha3 = entry.get("_alpha3").and_then(Value::as_str);
            if let (Some(numeric), Some(alpha3)) = (numeric, alpha3) {
                by_numeric
                    .entry(numeric.to_owned())
                    .or_default()
                    .push((key.clone(), alpha3.to_owned()));
            }
        }
        Ok(Self { by_numeric })
    }

    /// The (alpha-2, alpha-3) pair of a numeric code, if exactly one territory has it.
    fn lookup(&self, numeric: &str) -> Result<(String, String), String> {
        match self.by_numeric.get(numeric).map(Vec::as_slice) {
            Some([one]) => Ok(one.clone()),
            Some(many) if !many.is_empty() => Err(format!(
                "numeric code {numeric} belongs to several CLDR territories: {many:?}"
            )),
            _ => Err(format!(
                "numeric code {numeric} is not in CLDR codeMappings"
            )),
        }
    }
}

/// Gives every country of the source a code, or fails listing every feature that has
/// none or shares one. Nothing is dropped silently.
fn assign_codes<'a>(
    topology: &'a Topology,
    mappings: &CodeMappings,
) -> Result<Vec<Country<'a>>, String> {
    let geometries = &topology
        .objects
        .get("countries")
        .ok_or("countries-50m.json has no \"countries\" object")?
        .geometries;
    let mut problems = Vec::new();
    let mut countries = Vec::new();
    let mut used = vec![false; ASSIGNED.len()];
    for (index, geometry) in geometries.iter().enumerate() {
        let label = describe(index, geometry);
        match assign_code(geometry, mappings, &mut used) {
            Ok((code, cldr)) => countries.push(Country {
                code,
                cldr,
                geometry,
            }),
            Err(problem) => problems.push(format!("{label}: {problem}")),
        }
    }
    for (entry, used) in ASSIGNED.iter().zip(&used) {
        if !used {
            problems.push(format!(
                "no feature named \"{}\" (expected for code {}); has the source changed?",
                entry.name, entry.code
            ));
        }
    }
    countries.sort_by_key(|c| c.code);
    for pair in countries.windows(2) {
        if pair[0].code == pair[1].code {
            problems.push(format!(
                "\"{}\" and \"{}\" both get code {}",
                pair[0].geometry.name(),
                pair[1].geometry.name(),
                pair[0].code
            ));
        }
    }
    if problems.is_empty() {
        Ok(countries)
    } else {
        Err(format!("cannot assign codes:\n  {}", problems.join("\n  ")))
    }
}

fn assign_code(
    geometry: &TopoGeometry,
    mappings: &CodeMappings,
    used: &mut [bool],
) -> Result<(CountryCode, Option<String>), String> {
    if let Some(i) = ASSIGNED.iter().position(|a| a.name == geometry.name()) {
        let entry = &ASSIGNED[i];
        if geometry.id.as_deref() != entry.source_id {
            return Err(format!(
                "expected id {:?} for the assigned code {}, found {:?}",
                entry.source_id, entry.code, geometry.id
            ));
        }
        used[i] = true;
        let code = CountryCode::parse(entry.code).map_err(|e| e.to_string())?;
        return Ok((code, entry.cldr.map(str::to_owned)));
    }
    let id = geometry
        .id
        .as_deref()
        .ok_or("no id and no code assigned to its name in ASSIGNED")?;
    let (alpha2, alpha3) = mappings.lookup(id)?;
    let code = CountryCode::parse(&alpha3).map_err(|e| e.to_string())?;
    Ok((code, Some(alpha2)))
}

fn describe(index: usize, geometry: &TopoGeometry) -> String {
    format!(
        "feature #{index} \"{}\" (id {})",
        geometry.name(),
        geometry.id.as_deref().unwrap_or("none")
    )
}

// ---------------------------------------------------------------------------------------
// Geometry

impl Arcs {
    fn new(topology: &Topology, countries: &[Country], options: &Options) -> Result<Self, String> {
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
    fn render(&self, keep_all: bool) -> Vec<Vec<LonLat>> {
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

fn key(p: LonLat) -> (u64, u64) {
    (p.lon.to_bits(), p.lat.to_bits())
}

/// A rounding step: `multiple` × 10^-`decimals` degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Step {
    multiple: u32,
    decimals: u32,
}

impl Step {
    const fn new(multiple: u32, decimals: u32) -> Self {
        Self { multiple, decimals }
    }

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
fn collect_rings(countries: &[Country], arcs: &Arcs) -> Result<(Vec<CountryRings>, usize), String> {
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
fn drop_islets(features: &mut [CountryRings], arcs: &Arcs, options: &Options) -> usize {
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
fn refine_small_features(features: &[CountryRings], arcs: &mut Arcs) -> usize {
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
fn fix_rings(features: &[CountryRings], arcs: &mut Arcs, fixes: &mut Fixes) -> Result<(), String> {
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

fn raise_precision(code: CountryCode, ring: &[i64], arcs: &mut Arcs) -> Result<(), String> {
    for &index in ring {
        raise_arc_precision(code, arc_reference(index).0, arcs)?;
    }
    Ok(())
}

fn raise_arc_precision(code: CountryCode, a: usize, arcs: &mut Arcs) -> Result<(), String> {
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
fn land_borders(features: &[CountryRings]) -> BTreeMap<(usize, usize), Vec<usize>> {
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
fn lost_borders(
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
struct Fixes {
    points: Vec<CountryCode>,
    decimals: Vec<CountryCode>,
    /// Land borders whose arcs were rounded more finely so that both sides still share
    /// two vertices.
    borders: Vec<(CountryCode, CountryCode)>,
}

fn assemble(code: CountryCode, ring: &[i64], arcs: &[Vec<LonLat>]) -> Result<Vec<LonLat>, String> {
    assemble_ring(ring, arcs).map_err(|e| format!("{code}: {e}"))
}

/// At least three distinct points, closed, and a non-zero area.
fn ring_is_valid(ring: &[LonLat]) -> bool {
    ring.len() >= 4 && ring.first() == ring.last() && signed_area(ring) != 0.0
}

// ---------------------------------------------------------------------------------------
// Writing world.geojson

/// Which features a geometry file draws.
#[derive(Clone, Copy)]
enum Part<'a> {
    /// All of them (the whole world, checked before it is split).
    Whole,
    /// All but these, which it lists with a `null` geometry ([`WORLD_FILE`]).
    First(&'a [CountryCode]),
    /// Only these ([`OUTER_FILE`]).
    Outer(&'a [CountryCode]),
}

/// A file is GeoJSON by the reference reader (the `geojson` crate) too, not only by the
/// app's lean one. (The crate is a native dependency: this tool never runs as Wasm.)
#[cfg(not(target_arch = "wasm32"))]
fn check_geojson(file: &str, json: &str) -> Result<(), String> {
    match json.parse::<geojson::GeoJson>() {
        Ok(geojson::GeoJson::FeatureCollection(_)) => Ok(()),
        Ok(_) => Err(format!("{file} is not a FeatureCollection")),
        Err(e) => Err(format!("{file} is not valid GeoJSON: {e}")),
    }
}

#[cfg(target_arch = "wasm32")]
fn check_geojson(_file: &str, _json: &str) -> Result<(), String> {
    Ok(())
}

fn world_json(
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
fn check_no_streaks(world: &World) -> Result<(), String> {
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

// ---------------------------------------------------------------------------------------
// Names

/// The names file of every language, as compact JSON text, keyed by code.
fn build_names(
    countries: &[Country],
    source: &Path,
) -> Result<Vec<(&'static str, String)>, String> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (l, language) in LANGUAGES.iter().enumerate() {
        let territories = load_territories(source, language)?;
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        for country in countries {
            match name_of(country, l, &territories) {
                Some(name) => {
                    names.insert(country.code.to_string(), name);
                }
                None => problems.push(format!("{language}: no name for {}", country.code)),
            }
        }
        let text = serde_json::to_string(&names)
            .map_err(|e| format!("cannot write the {language} names: {e}"))?;
        files.push((*language, text + "\n"));
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(format!("missing names:\n  {}", problems.join("\n  ")))
    }
}

fn load_territories(source: &Path, language: &str) -> Result<BTreeMap<String, String>, String> {
    let path = source.join(format!(
        "cldr-localenames-full/main/{language}/territories.json"
    ));
    let file: Value = read_json(&path)?;
    let table = file
        .pointer(&format!("/main/{language}/localeDisplayNames/territories"))
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{} has no territories table", path.display()))?;
    Ok(table
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
        .collect())
}

/// The display name of a country in the language at `language_index` of [`LANGUAGES`].
fn name_of(
    country: &Country,
    language_index: usize,
    territories: &BTreeMap<String, String>,
) -> Option<String> {
    let language = LANGUAGES[language_index];
    let own = OWN_NAMES
        .iter()
        .find(|(l, code, _, _)| *l == language && *code == country.code.as_str())
        .map(|(_, _, name, _)| (*name).to_owned());
    let name = match (own, &country.cldr) {
        (Some(own), _) => own,
        (None, Some(key)) => cldr_name(key, territories)?,
        (None, None) => EXTRA_NAMES
            .iter()
            .find(|(code, _)| *code == country.code.as_str())
            .map(|(_, names)| names[language_index].to_owned())?,
    };
    let name = if language == "uz" {
        uzbek_apostrophes(&name)
    } else {
        name
    };
    let trimmed = name.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A CLDR name by the rule of [`PREFERRED_ALTERNATIVES`].
fn cldr_name(key: &str, territories: &BTreeMap<String, String>) -> Option<String> {
    let alternative = PREFERRED_ALTERNATIVES
        .iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, alt)| territories.get(&format!("{key}-alt-{alt}")));
    if let Some(name) = alternative {
        return Some(name.clone());
    }
    let name = territories.get(key)?;
    if FORMER_NAME_IN_BRACKETS.contains(&key)
        && let Some(start) = name.rfind(" (")
        && name.ends_with(')')
    {
        return Some(name[..start].to_owned());
    }
    Some(name.clone())
}

// ---------------------------------------------------------------------------------------
// Report

/// Rings of the source that are not written.
#[derive(Clone, Copy)]
struct LeftOut {
    /// Lines along a pole (see [`collect_rings`]).
    pole_lines: usize,
    /// Islets too small to show (see [`drop_islets`]).
    islets: usize,
}

/// A few lines on what was written. Printing them may fail (a closed pipe), which must
/// not fail a build whose files are already written, so the error is ignored.
/// The sizes of what was written, for the summary.
struct Written {
    /// Bytes of the whole world in one file (not written).
    whole: usize,
    /// Bytes of [`WORLD_FILE`].
    first: usize,
    /// Bytes of [`OUTER_FILE`].
    outer: usize,
    /// Features whose geometry is in [`OUTER_FILE`].
    deferred: usize,
}

fn print_summary(
    features: &[CountryRings],
    rounded: &[Vec<LonLat>],
    left_out: LeftOut,
    small: usize,
    fixes: &Fixes,
    arcs: &Arcs,
    written: &Written,
) {
    let Written {
        whole: bytes,
        first: first_bytes,
        outer: outer_bytes,
        deferred,
    } = *written;
    let rings: usize = features.iter().map(|f| f.rings().count()).sum();
    let source_points: usize = arcs.points.iter().map(Vec::len).sum();
    let mut written: Vec<usize> = features
        .iter()
        .flat_map(CountryRings::rings)
        .flatten()
        .map(|&index| arc_reference(index).0)
        .collect();
    written.sort_unstable();
    written.dedup();
    let kept_points: usize = written.iter().map(|&a| rounded[a].len()).sum();
    let finer = written
        .iter()
        .filter(|&&a| arcs.extra_decimals[a] > 0)
        .count();
    let mut borders = fixes.borders.clone();
    borders.sort();
    borders.dedup();
    let borders = borders
        .iter()
        .map(|(a, b)| format!("{a}–{b}"))
        .collect::<Vec<_>>()
        .join(", ");
    let text = format!(
        "{WORLD_FILE}: {first_bytes} bytes, {} features of which {deferred} are drawn by \
         {OUTER_FILE} ({outer_bytes} bytes); {bytes} bytes in one file\n  {} features, {rings} rings ({} pole line and {} islets left out), \
         {kept_points} of {source_points} arc points kept\n  \
         {small} small features kept at their own scale\n  \
         small rings kept whole by extra points: in {} features; \
         by finer rounding: {finer} arcs in {} features\n  \
         borders rounded finer to keep two shared vertices: {}\n",
        features.len(),
        features.len(),
        left_out.pole_lines,
        left_out.islets,
        distinct(&fixes.points),
        distinct(&fixes.decimals),
        if borders.is_empty() { "none" } else { &borders },
    );
    let _ = std::io::stdout().write_all(text.as_bytes());
}

fn distinct(codes: &[CountryCode]) -> usize {
    let mut sorted = codes.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.len()
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn cldr_names_prefer_plain_alternatives_and_drop_former_names() {
        let table: BTreeMap<String, String> = [
            ("HK", "Hong Kong SAR China"),
            ("HK-alt-short", "Hong Kong"),
            ("MM", "Myanma (Birma)"),
            ("VG", "Виргинские о-ва (Великобритания)"),
            ("GB", "United Kingdom"),
            ("GB-alt-short", "UK"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let name = |key| cldr_name(key, &table);
        assert_eq!(name("HK").as_deref(), Some("Hong Kong"));
        assert_eq!(name("MM").as_deref(), Some("Myanma"));
        assert_eq!(
            name("VG").as_deref(),
            Some("Виргинские о-ва (Великобритания)")
        );
        assert_eq!(name("GB").as_deref(), Some("United Kingdom"));
        assert_eq!(name("ZZ"), None);
    }

    #[test]
    fn uzbek_names_use_the_uzbek_apostrophes() {
        assert_eq!(
            uzbek_apostrophes("Amerika Qo‘shma Shtatlari"),
            "Amerika Qoʻshma Shtatlari"
        );
        assert_eq!(
            uzbek_apostrophes("G‘arbiy Sahroi Kabir"),
            "Gʻarbiy Sahroi Kabir"
        );
        assert_eq!(uzbek_apostrophes("Kot-d’Ivuar"), "Kot-dʼIvuar");
        assert_eq!(uzbek_apostrophes("Oʻzbekiston"), "Oʻzbekiston");
    }

    #[test]
    fn own_names_are_for_known_languages_and_say_why() {
        for (language, code, name, why) in OWN_NAMES {
            assert!(LANGUAGES.contains(&language), "{language}");
            assert_eq!(code.len(), 3);
            assert!(!name.is_empty() && why.len() > 20, "{code}");
        }
    }

    #[test]
    fn every_extra_name_is_filled_in_for_every_language() {
        for (code, names) in EXTRA_NAMES {
            assert!(CountryCode::parse(code).is_ok(), "{code}");
            assert!(names.iter().all(|n| !n.trim().is_empty()), "{code}");
        }
        for entry in &ASSIGNED {
            let named = entry.cldr.is_some() || EXTRA_NAMES.iter().any(|(c, _)| *c == entry.code);
            assert!(named, "{} has no names", entry.code);
        }
    }
}
