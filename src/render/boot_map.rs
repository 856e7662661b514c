//! [`boot_svg`]: a small, static SVG of the app's default view (the OTS region), that
//! `build-previews` writes into `index.html` so that a map shows, and answers, while the
//! Wasm downloads.
//!
//! The picture is made to be cheap on the first load rather than exact:
//!
//! - every ring is clipped to the `viewBox` (plus a margin), so only what can show is
//!   written; each country is one `<path>` inside a link to its view
//!   (`<a href="?country=KAZ" aria-label="Kazakhstan, OTS member since 2009">`), and the
//!   links are grouped by kind: one `<g>` for the countries outside the OTS, one for the
//!   observers (`class="o"`) and one for the members (`class="m"`);
//! - coordinates are whole numbers of a grid of [`GRID`] steps per plane unit (the
//!   `viewBox` is in grid steps too), written relative to the previous point with the
//!   shortest separators SVG allows (`m123-45 6 7z`): under half a pixel off on a
//!   desktop, and without decimal points, which take a tenth of the bytes; rings that
//!   round to less than a few tenths of a unit across are left out;
//! - colours, stroke widths, the hover and focus looks and the observer hatch come from
//!   `style/main.css` and `style/boot.css` (the classes `boot-map`, `m`, `o`,
//!   `hatch__bg`, `hatch__line`), so the dark theme applies and the markup carries no
//!   colour.
//!
//! The links make the first paint answer before the app runs: a tap, a click or Enter on
//! a country opens its view (the inline script of `index.html` turns that into a history
//! entry the app reads when it starts, without loading the page again; without
//! JavaScript the link loads that view). The members and observers are tab stops, with
//! the app's accessible names; the other countries answer the pointer only
//! (`tabindex="-1"`), as the app's map is one tab stop and not sixty.
//!
//! The `viewBox` is as wide as the view the app picks for the OTS region on a
//! 1280 × 800 desktop ([`default_view`]) and centred on it, but twice as tall as it is
//! wide: with `preserveAspectRatio="xMidYMid slice"` the picture fills its box and shows
//! the region's whole width in any box from a portrait phone (1 : 2) to a wide desktop,
//! as the app's own framing does. Nothing outside the `viewBox` can show, hence the
//! clipping. The output is deterministic.

use std::fmt::Write;

use crate::data::Status;
use crate::geo::camera::Viewport;
use crate::geo::frame::{APP_FRAMING, OTS_REGION};
use crate::geo::path::format_decimal;
use crate::geo::{Bounds, Camera, EqualEarth, PlanePoint};
use crate::render::xml::escape;
use crate::world::{CountryCode, CountryPath};

/// The accessible name of the boot map (an SVG `role="group"` holding the countries'
/// links).
pub const BOOT_MAP_LABEL: &str = "Map: choose a country";

/// What the boot map needs to know of a country: its kind and its accessible name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BootCountry {
    /// Member, observer, or outside the OTS (`None`).
    pub status: Option<Status>,
    /// The link's accessible name, as the app names the shape (the name, and the OTS
    /// status with its year where there is one).
    pub label: String,
}

/// The app's map element on a 1280 × 800 desktop window: the window less the 380 px
/// side panel (`--panel-width`) and the 61 px header (measured in Chromium).
pub const DESKTOP_MAP: Viewport = Viewport {
    width: 900.0,
    height: 739.0,
};

/// The id of the observer hatch inside the boot map (distinct from the app's own
/// `observer-hatch`, which exists once the app has mounted).
pub const HATCH_ID: &str = "boot-hatch";

/// How far beyond the boot map's view, in plane units (about a tenth of its width), the
/// geometry of the first load reaches: see [`first_view_cover`].
pub const FIRST_VIEW_MARGIN: f64 = 20.0;

/// Grid steps per plane unit: the boot map's coordinates are whole steps of 0.2 units.
/// On a 1280 × 800 desktop a unit is 4.6 px, so a point is at most 0.5 px from where
/// the app draws it (0.8 px on a 1920 px wide window).
pub const GRID: f64 = 5.0;

/// The narrowest box (width : height) in which the picture still shows the whole width
/// of the default view: a portrait phone's window under the header is about 1 : 2.
pub const PORTRAIT_ASPECT: f64 = 0.5;

/// What to draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BootMapOptions {
    /// The part of the plane the `viewBox` shows.
    pub view: Bounds,
    /// Rings are clipped to `view` grown by this many plane units (so that the strokes
    /// along the cut are outside the picture).
    pub margin: f64,
    /// Rings whose rounded box is smaller than this many plane units on both sides are
    /// left out (islands of a pixel or two).
    pub min_ring: f64,
    /// Pixels per plane unit the hatch is sized for (the app sizes it for the current
    /// zoom; here it is fixed, for the default view).
    pub hatch_scale: f64,
}

impl BootMapOptions {
    /// The app's default view of `region` on a 1280 × 800 desktop, made tall enough for
    /// a portrait phone ([`PORTRAIT_ASPECT`]); the hatch is sized as on that desktop.
    pub fn for_region(region: Bounds) -> Self {
        let desktop = default_view(region);
        let center = desktop.center();
        let half_width = desktop.width() / 2.0;
        let half_height = (desktop.width() / PORTRAIT_ASPECT).max(desktop.height()) / 2.0;
        Self {
            view: Bounds {
                min: PlanePoint::new(center.x - half_width, center.y - half_height),
                max: PlanePoint::new(center.x + half_width, center.y + half_height),
            },
            margin: 1.0,
            min_ring: 0.3,
            hatch_scale: DESKTOP_MAP.width / desktop.width(),
        }
    }
}

/// The part of the plane that `world.json` draws: the boot map's view of the OTS
/// region (the app's default view on any screen from a portrait phone to a desktop)
/// grown by [`FIRST_VIEW_MARGIN`]. `build-geometry` writes every feature whose box
/// meets it there, and leaves the others to `world-outer.json`, so a view inside
/// this rectangle needs only the first file.
pub fn first_view_cover(projection: &EqualEarth) -> Bounds {
    let view = BootMapOptions::for_region(OTS_REGION.plane_bounds(projection)).view;
    grow(view, FIRST_VIEW_MARGIN)
}

/// The rectangle of the plane the app shows for `region` in its desktop map element:
/// the region fitted with the app's padding, widened to the element's aspect ratio.
pub fn default_view(region: Bounds) -> Bounds {
    Camera::fit(region, DESKTOP_MAP, APP_FRAMING.padding_px).visible(DESKTOP_MAP)
}

/// The boot map: an `<svg class="boot-map">` element for inlining into HTML (also a
/// valid standalone SVG document): the countries of `paths`, clipped to the view, each a
/// link to its view named by `countries`, grouped by kind.
pub fn boot_svg(
    paths: &[CountryPath],
    countries: &dyn Fn(CountryCode) -> BootCountry,
    options: &BootMapOptions,
) -> String {
    let clip = grow(options.view, options.margin);
    let mut others = String::new();
    let mut observers = String::new();
    let mut members = String::new();
    for path in paths.iter().filter(|p| !p.d.is_empty()) {
        let mut writer = PathWriter::new(options.min_ring);
        for ring in rings(&path.d) {
            let inside = clip_ring(&ring, clip);
            let rounded: Vec<(i64, i64)> = inside
                .iter()
                .map(|p| (on_grid(p.x), on_grid(p.y)))
                .collect();
            writer.ring(&rounded);
        }
        if writer.out.is_empty() {
            continue;
        }
        let country = countries(path.code);
        let (group, tab_stop) = match country.status {
            Some(Status::Member) => (&mut members, ""),
            Some(Status::Observer) => (&mut observers, ""),
            None => (&mut others, r#" tabindex="-1""#),
        };
        let _ = write!(
            group,
            r#"<a href="?country={}"{tab_stop} aria-label="{}"><path d="{}"/></a>"#,
            path.code.as_str(),
            escape(&country.label),
            writer.out
        );
    }

    let v = options.view;
    let mut out = String::with_capacity(others.len() + observers.len() + members.len() + 1024);
    let _ = write!(
        out,
        r#"<svg class="boot-map" xmlns="http://www.w3.org/2000/svg" viewBox="{} {} {} {}" preserveAspectRatio="xMidYMid slice" role="group" aria-label="{BOOT_MAP_LABEL}">"#,
        format_decimal(v.min.x * GRID, 0),
        format_decimal(v.min.y * GRID, 0),
        format_decimal(v.width() * GRID, 0),
        format_decimal(v.height() * GRID, 0),
    );
    // The app's hatch: 6 px stripes at 45°, sized here for the default view.
    let _ = write!(
        out,
        r#"<defs><pattern id="{HATCH_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45) scale({})"><rect class="hatch__bg" width="6" height="6"/><path class="hatch__line" d="M0 0v6"/></pattern></defs>"#,
        format_decimal(GRID / options.hatch_scale.max(1e-9), 4),
    );
    // Outside the OTS first, so that the white borders of the OTS countries lie on top.
    for (class, group) in [
        ("", others),
        (r#" class="o""#, observers),
        (r#" class="m""#, members),
    ] {
        if !group.is_empty() {
            let _ = write!(out, "<g{class}>{group}</g>");
        }
    }
    out.push_str("</svg>");
    out
}

/// `bounds` grown by `by` on every side.
fn grow(bounds: Bounds, by: f64) -> Bounds {
    Bounds {
        min: PlanePoint::new(bounds.min.x - by, bounds.min.y - by),
        max: PlanePoint::new(bounds.max.x + by, bounds.max.y + by),
    }
}

/// A plane value in whole grid steps.
fn on_grid(value: f64) -> i64 {
    (value * GRID).round() as i64
}

/// The rings of a path written by [`crate::geo::path::push_ring`] (`Mx,y x,y … Z`, one
/// `M … Z` per ring). Anything else in the string is skipped.
fn rings(d: &str) -> impl Iterator<Item = Vec<PlanePoint>> + '_ {
    d.split('M').filter_map(|ring| {
        let points: Vec<PlanePoint> = ring
            .split([' ', 'Z'])
            .filter_map(|pair| {
                let (x, y) = pair.split_once(',')?;
                Some(PlanePoint::new(x.parse().ok()?, y.parse().ok()?))
            })
            .collect();
        (!points.is_empty()).then_some(points)
    })
}

/// The part of a closed ring inside `clip` (Sutherland–Hodgman, one edge of the box at a
/// time). A concave ring cut in several pieces stays one ring joined along the box's
/// edges: invisible as long as those edges are outside the picture.
fn clip_ring(ring: &[PlanePoint], clip: Bounds) -> Vec<PlanePoint> {
    // Each edge: is a point inside, and where a segment crosses the edge.
    type Inside = fn(PlanePoint, Bounds) -> bool;
    type Cross = fn(PlanePoint, PlanePoint, Bounds) -> PlanePoint;
    fn at_x(a: PlanePoint, b: PlanePoint, x: f64) -> PlanePoint {
        PlanePoint::new(x, a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x))
    }
    fn at_y(a: PlanePoint, b: PlanePoint, y: f64) -> PlanePoint {
        PlanePoint::new(a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y)
    }
    let edges: [(Inside, Cross); 4] = [
        (|p, c| p.x >= c.min.x, |a, b, c| at_x(a, b, c.min.x)),
        (|p, c| p.x <= c.max.x, |a, b, c| at_x(a, b, c.max.x)),
        (|p, c| p.y >= c.min.y, |a, b, c| at_y(a, b, c.min.y)),
        (|p, c| p.y <= c.max.y, |a, b, c| at_y(a, b, c.max.y)),
    ];
    let mut points = ring.to_vec();
    for (inside, cross) in edges {
        if points.is_empty() {
            break;
        }
        let mut out = Vec::with_capacity(points.len() + 4);
        let mut previous = points[points.len() - 1];
        for &point in &points {
            match (inside(previous, clip), inside(point, clip)) {
                (true, true) => out.push(point),
                (true, false) => out.push(cross(previous, point, clip)),
                (false, true) => {
                    out.push(cross(previous, point, clip));
                    out.push(point);
                }
                (false, false) => {}
            }
            previous = point;
        }
        points = out;
    }
    points
}

/// Writes rings as one compact path: relative moves and lines, shortest separators.
struct PathWriter {
    out: String,
    /// The current point, in grid steps (a path starts at the origin, so that its first
    /// relative move is the absolute start).
    at: (i64, i64),
    /// Whether the last thing written was a number (else a command letter).
    after_number: bool,
    min_ring: i64,
}

impl PathWriter {
    fn new(min_ring: f64) -> Self {
        Self {
            out: String::new(),
            at: (0, 0),
            after_number: false,
            min_ring: on_grid(min_ring),
        }
    }

    /// Adds a closed ring: duplicate points (after rounding) and the closing point are
    /// dropped; a ring of fewer than three points or smaller than `min_ring` is skipped.
    fn ring(&mut self, points: &[(i64, i64)]) {
        let mut ring: Vec<(i64, i64)> = Vec::with_capacity(points.len());
        for &p in points {
            if ring.last() != Some(&p) {
                ring.push(p);
            }
        }
        while ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        if ring.len() < 3 {
            return;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (i64::MAX, i64::MAX, i64::MIN, i64::MIN);
        for &(x, y) in &ring {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        if x1 - x0 < self.min_ring && y1 - y0 < self.min_ring {
            return;
        }
        self.command('m');
        let start = ring[0];
        for &(x, y) in &ring {
            self.number(x - self.at.0);
            self.number(y - self.at.1);
            self.at = (x, y);
        }
        self.command('z');
        // `z` takes the current point back to the start of the ring.
        self.at = start;
    }

    fn command(&mut self, letter: char) {
        self.out.push(letter);
        self.after_number = false;
    }

    /// Writes a whole number, with a separator only where the grammar needs one (a
    /// minus sign separates by itself).
    fn number(&mut self, value: i64) {
        if self.after_number && value >= 0 {
            self.out.push(' ');
        }
        let _ = write!(self.out, "{value}");
        self.after_number = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writer_path(rings: &[&[(i64, i64)]]) -> String {
        let mut w = PathWriter::new(0.0);
        for ring in rings {
            w.ring(ring);
        }
        w.out
    }

    #[test]
    fn numbers_use_the_shortest_separators() {
        let mut w = PathWriter::new(0.0);
        for v in [12, -5, 5, 30, 0, 7, -123, 10] {
            w.number(v);
        }
        assert_eq!(w.out, "12-5 5 30 0 7-123 10");
    }

    #[test]
    fn rings_are_relative_closed_and_deduplicated() {
        let d = writer_path(&[
            &[(10, 10), (20, 10), (20, 10), (20, 20), (10, 10)],
            &[(30, 30), (40, 30), (40, 40)],
        ]);
        // The second ring moves relative to the first ring's start (after `z`).
        assert_eq!(d, "m10 10 10 0 0 10zm20 20 10 0 0 10z");
    }

    #[test]
    fn degenerate_and_tiny_rings_are_dropped() {
        assert_eq!(writer_path(&[&[(0, 0), (10, 0), (0, 0)]]), "");
        // 0.3 units are 1.5, rounded to 2 steps.
        let mut w = PathWriter::new(0.3);
        w.ring(&[(0, 0), (1, 0), (1, 1)]);
        assert_eq!(w.out, "");
        w.ring(&[(0, 0), (2, 0), (2, 1)]);
        assert_eq!(w.out, "m0 0 2 0 0 1z");
    }

    fn pt(x: f64, y: f64) -> PlanePoint {
        PlanePoint::new(x, y)
    }

    fn bounds(x0: f64, y0: f64, x1: f64, y1: f64) -> Bounds {
        Bounds {
            min: pt(x0, y0),
            max: pt(x1, y1),
        }
    }

    #[test]
    fn path_strings_are_read_back() {
        let rings: Vec<_> = rings("M1.25,-2 3,4.04 5,6ZM-7.5,8 9,10 11,12Z").collect();
        assert_eq!(
            rings,
            vec![
                vec![pt(1.25, -2.0), pt(3.0, 4.04), pt(5.0, 6.0)],
                vec![pt(-7.5, 8.0), pt(9.0, 10.0), pt(11.0, 12.0)]
            ]
        );
    }

    #[test]
    fn rings_are_clipped_to_the_box() {
        let clip = bounds(0.0, 0.0, 10.0, 10.0);
        // Inside: unchanged.
        let inside = [pt(1.0, 1.0), pt(2.0, 1.0), pt(2.0, 2.0)];
        assert_eq!(clip_ring(&inside, clip), inside);
        // Outside: nothing.
        assert!(clip_ring(&[pt(20.0, 1.0), pt(30.0, 1.0), pt(30.0, 5.0)], clip).is_empty());
        // Across the right edge: cut at x = 10.
        let across = [pt(5.0, 2.0), pt(15.0, 2.0), pt(15.0, 4.0), pt(5.0, 4.0)];
        assert_eq!(
            clip_ring(&across, clip),
            [pt(5.0, 2.0), pt(10.0, 2.0), pt(10.0, 4.0), pt(5.0, 4.0)]
        );
        // A ring larger than the box becomes the box.
        let all = [
            pt(-5.0, -5.0),
            pt(15.0, -5.0),
            pt(15.0, 15.0),
            pt(-5.0, 15.0),
        ];
        let mut clipped = clip_ring(&all, clip);
        clipped.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
        assert_eq!(
            clipped,
            [pt(0.0, 0.0), pt(0.0, 10.0), pt(10.0, 0.0), pt(10.0, 10.0)]
        );
    }

    fn square(code: &str, x: f64, y: f64, size: f64) -> CountryPath {
        let b = bounds(x, y, x + size, y + size);
        CountryPath {
            code: CountryCode::parse(code).expect("a code"),
            d: format!(
                "M{x},{y} {},{y} {},{} {x},{} {x},{y}Z",
                x + size,
                x + size,
                y + size,
                y + size
            ),
            main_bounds: b,
            anchor: b.center(),
            main_area: size * size,
        }
    }

    /// AAA (member) and BBB (observer) inside the view, CCC outside the OTS and half
    /// inside, DDD far away.
    fn fixture() -> (Vec<CountryPath>, BootMapOptions) {
        let paths = vec![
            square("AAA", 10.0, 10.0, 5.0),
            square("BBB", 20.0, 10.0, 5.0),
            square("CCC", 35.0, 10.0, 10.0),
            square("DDD", 100.0, 100.0, 5.0),
        ];
        let options = BootMapOptions {
            view: bounds(0.0, 0.0, 40.0, 30.0),
            margin: 1.0,
            min_ring: 0.3,
            hatch_scale: 5.0,
        };
        (paths, options)
    }

    fn country(code: CountryCode) -> BootCountry {
        let status = match code.as_str() {
            "AAA" => Some(Status::Member),
            "BBB" => Some(Status::Observer),
            _ => None,
        };
        BootCountry {
            status,
            label: format!("Land <{}> & co", code.as_str()),
        }
    }

    #[test]
    fn every_country_in_view_is_a_named_link_grouped_by_kind() {
        let (paths, options) = fixture();
        let svg = boot_svg(&paths, &country, &options);
        assert!(svg.starts_with(
            r#"<svg class="boot-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 150" preserveAspectRatio="xMidYMid slice" role="group" aria-label="Map: choose a country">"#
        ), "{svg}");
        assert!(svg.ends_with("</svg>"));
        // The hatch: 6 grid steps scaled to 6 px at 5 px per unit (1 px per step).
        assert!(svg.contains(r#"<pattern id="boot-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45) scale(1)">"#), "{svg}");
        // Others (CCC cut at x = 41, not a tab stop), then observers, then members, each
        // a link to its view with its (escaped) name; DDD is out of view.
        assert!(svg.contains(concat!(
            r#"<g><a href="?country=CCC" tabindex="-1" aria-label="Land &lt;CCC&gt; &amp; co"><path d="m175 50 30 0 0 50-30 0z"/></a></g>"#,
            r#"<g class="o"><a href="?country=BBB" aria-label="Land &lt;BBB&gt; &amp; co"><path d="m100 50 25 0 0 25-25 0z"/></a></g>"#,
            r#"<g class="m"><a href="?country=AAA" aria-label="Land &lt;AAA&gt; &amp; co"><path d="m50 50 25 0 0 25-25 0z"/></a></g></svg>"#,
        )), "{svg}");
        assert!(!svg.contains("DDD") && !svg.contains("fill=") && !svg.contains("aria-hidden"));
        // Three countries and the hatch's line.
        assert_eq!(svg.matches("<path").count(), 4);
        assert_eq!(svg.matches("<a ").count(), 3);
    }

    #[test]
    fn a_country_whose_rings_are_all_too_small_has_no_link() {
        let (mut paths, options) = fixture();
        paths.push(square("EEE", 30.0, 20.0, 0.1));
        let svg = boot_svg(&paths, &country, &options);
        assert!(!svg.contains("EEE"), "{svg}");
    }

    #[test]
    fn the_default_view_is_the_apps_desktop_framing() {
        use crate::geo::EqualEarth;
        use crate::geo::frame::OTS_REGION;
        let region = OTS_REGION.plane_bounds(&EqualEarth::new());
        // What the app's map shows at first on a 1280 × 800 window (measured in Chromium).
        let view = default_view(region);
        let camera = Camera::fit(region, DESKTOP_MAP, APP_FRAMING.padding_px);
        assert_eq!(
            camera.view_box(DESKTOP_MAP),
            "32.201 -236.881 194.624 159.808"
        );
        let options = BootMapOptions::for_region(region);
        // As wide as that view and centred on it; twice as tall as wide.
        assert!((options.view.width() - view.width()).abs() < 1e-9);
        assert!((options.view.height() - 2.0 * view.width()).abs() < 1e-9);
        let (a, b) = (options.view.center(), view.center());
        assert!((a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9);
        // The region spans about 190 of its 195 units.
        assert!(region.width() > 0.95 * options.view.width());
    }

    #[test]
    fn the_first_view_needs_only_the_first_geometry_file_on_usual_screens() {
        use crate::geo::camera::Viewport;
        use crate::geo::frame::OTS_REGION;
        let projection = EqualEarth::new();
        let region = OTS_REGION.plane_bounds(&projection);
        let cover = first_view_cover(&projection);
        // Map elements (CSS px): phones in portrait (under a 104 px header), desktops
        // (less the 380 px panel and the 61 px header), and embeds of common sizes, up to
        // 3 : 1 (a wider map, 3.5 : 1, sees beyond the cover and loads both files first).
        for (width, height) in [
            (320.0, 464.0),
            (390.0, 740.0),
            (430.0, 828.0),
            (900.0, 659.0),
            (900.0, 739.0),
            (1540.0, 1019.0),
            (2180.0, 1379.0),
            (600.0, 400.0),
            (640.0, 360.0),
            (800.0, 450.0),
            (844.0, 390.0),
            (1200.0, 400.0),
        ] {
            let viewport = Viewport::new(width, height);
            let visible = Camera::fit(region, viewport, APP_FRAMING.padding_px).visible(viewport);
            assert!(
                cover.encloses(visible),
                "{width} × {height}: {visible:?} beyond {cover:?}"
            );
        }
    }
}
