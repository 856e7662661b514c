//! [`render_svg`]: the world map as one standalone SVG document, in the app's projection
//! and colours.
//!
//! The picture is made of up to three bands: a header with the title and subtitle, the
//! map, and a footer with the legend on the left and the credit and permalink on the
//! right. Bands without content are left out, so a bare map fills the whole picture.
//! Text sizes scale with the picture (they are set for 1200 × 630 px). The map is a
//! nested `<svg>` whose `viewBox` comes from [`Camera::fit`], so its paths stay in
//! world-plane units exactly as the app draws them; stroke widths and the hatch are
//! divided by the camera's scale to come out in output pixels, as the app's
//! `vector-effect: non-scaling-stroke` does.
//!
//! The document has no XML declaration, so that it can also be inlined into HTML. Element
//! ids start with `static-map-` so as not to clash with the app's own.

use std::fmt::Write;

use super::xml::escape;
use crate::data::Status;
use crate::geo::camera::Viewport;
use crate::geo::frame::WORLD;
use crate::geo::path::format_decimal;
use crate::geo::{Bounds, Camera, EqualEarth};
use crate::i18n::EN;
use crate::world::{CountryCode, CountryPath};

/// The colours of the map, the same as the custom properties in `style/main.css`
/// (a test checks that they still are).
pub mod colors {
    /// `--ocean`.
    pub const OCEAN: &str = "#cfe0ee";
    /// `--land`: countries outside the OTS.
    pub const LAND: &str = "#eceae4";
    /// `--border`: borders between countries outside the OTS.
    pub const BORDER: &str = "#8a8f96";
    /// `--member`.
    pub const MEMBER: &str = "#0b2e57";
    /// `--observer`: the ground of the observer hatch.
    pub const OBSERVER: &str = "#c96a12";
    /// `--observer-hatch`: the lines of the observer hatch.
    pub const OBSERVER_HATCH: &str = "#f6d2ad";
    /// `--selected`: the outline of the highlighted country.
    pub const SELECTED: &str = "#d4145a";
    /// `--ink`: titles.
    pub const INK: &str = "#1b1f24";
    /// `--ink-muted`: subtitle, legend, credit, permalink.
    pub const INK_MUTED: &str = "#4f5660";
    /// `--paper`: the header band.
    pub const PAPER: &str = "#ffffff";
    /// `--paper-raised`: the footer band.
    pub const PAPER_RAISED: &str = "#f7f7f5";
    /// `--line`: the rules between the bands.
    pub const LINE: &str = "#c9ccd1";
    /// Borders of member and observer countries (white, as in the app).
    pub const OTS_BORDER: &str = "#ffffff";
    /// The fill of a highlighted country outside the OTS: `--selected` at about a third
    /// on white. Highlighted members and observers keep their own colour, so that the
    /// legend still reads right.
    pub const SELECTED_FILL: &str = "#f0adc5";
}

/// The legend's three labels, passed in so that the caller can translate them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendLabels {
    /// The label of member states.
    pub member: String,
    /// The label of observers.
    pub observer: String,
    /// The label of every other country.
    pub other: String,
}

impl Default for LegendLabels {
    /// The app's English labels.
    fn default() -> Self {
        Self {
            member: EN.members.to_owned(),
            observer: EN.observers.to_owned(),
            other: EN.other_countries.to_owned(),
        }
    }
}

/// What to draw, besides the countries.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticMapOptions {
    /// Width of the picture in pixels.
    pub width: u32,
    /// Height of the picture in pixels.
    pub height: u32,
    /// The part of the world plane to show, fitted into the map band (its aspect ratio
    /// is kept, so more is shown along one axis); `None` shows the whole world.
    pub frame: Option<Bounds>,
    /// A country to outline and emphasise.
    pub highlight: Option<CountryCode>,
    /// The title, in the header band and as the document's `<title>`.
    pub title: Option<String>,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// The picture in words (`render::alt_text`), as the document's `<desc>`.
    pub description: Option<String>,
    /// Whether to draw the legend (member / observer / other) in the footer band.
    pub legend: bool,
    /// The legend's labels.
    pub labels: LegendLabels,
    /// The source credit, bottom right.
    pub credit: Option<String>,
    /// A link to the view, under the credit.
    pub permalink: Option<String>,
    /// The CSS font-family list of every text.
    pub font_family: String,
}

impl Default for StaticMapOptions {
    /// A 1200 × 630 px world map (the size of a link-preview image) with the legend and
    /// the Natural Earth credit, no title, nothing highlighted.
    fn default() -> Self {
        Self {
            width: 1200,
            height: 630,
            frame: None,
            highlight: None,
            title: None,
            subtitle: None,
            description: None,
            legend: true,
            labels: LegendLabels::default(),
            credit: Some(EN.attribution_geometry.to_owned()),
            permalink: None,
            font_family: "'Noto Sans', 'DejaVu Sans', Arial, sans-serif".to_owned(),
        }
    }
}

/// The id of the observer hatch used on the map (scaled to the camera).
const HATCH_MAP: &str = "static-map-observer-hatch";
/// The id of the observer hatch used by the legend swatch (in pixels).
const HATCH_LEGEND: &str = "static-map-observer-hatch-legend";

/// Heights of the bands and sizes of the text, in pixels, for one picture.
struct Layout {
    /// Scale of every size against the 1200 × 630 reference.
    unit: f64,
    /// Left and right margin.
    margin: f64,
    header: f64,
    footer: f64,
    map: Viewport,
}

impl Layout {
    fn new(options: &StaticMapOptions) -> Self {
        let (width, height) = (f64::from(options.width), f64::from(options.height));
        let unit = (width / 1200.0).min(height / 630.0).max(0.25);
        let lines = [(&options.title, 52.0), (&options.subtitle, 32.0)];
        let text_lines: f64 = lines
            .iter()
            .filter(|(text, _)| text.is_some())
            .map(|(_, line)| line)
            .sum();
        let header = if text_lines > 0.0 {
            (22.0 + text_lines + 16.0) * unit
        } else {
            0.0
        };
        let has_footer = options.legend || options.credit.is_some() || options.permalink.is_some();
        let footer = if has_footer { 52.0 * unit } else { 0.0 };
        Self {
            unit,
            margin: 32.0 * unit,
            header,
            footer,
            map: Viewport::new(width, height - header - footer),
        }
    }
}

/// The world map as a complete SVG document: ocean, every country of `paths` (in their
/// order) coloured by `statuses`, the highlighted country outlined, and the header and
/// footer that `options` ask for. Every text is XML-escaped.
pub fn render_svg(
    paths: &[CountryPath],
    statuses: &dyn Fn(CountryCode) -> Option<Status>,
    options: &StaticMapOptions,
) -> String {
    let layout = Layout::new(options);
    let (width, height) = (options.width, options.height);
    let mut out = String::with_capacity(paths.iter().map(|p| p.d.len() + 80).sum::<usize>() + 4096);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" font-family="{}">"#,
        escape(&options.font_family)
    );
    let _ = writeln!(
        out,
        "<title>{}</title>",
        escape(options.title.as_deref().unwrap_or("Map"))
    );
    if let Some(description) = &options.description {
        let _ = writeln!(out, "<desc>{}</desc>", escape(description));
    }
    let _ = writeln!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        colors::PAPER
    );
    write_map(&mut out, paths, statuses, options, &layout);
    write_header(&mut out, options, &layout);
    write_footer(&mut out, options, &layout);
    out.push_str("</svg>\n");
    out
}

/// The map band: ocean, countries, highlight.
fn write_map(
    out: &mut String,
    paths: &[CountryPath],
    statuses: &dyn Fn(CountryCode) -> Option<Status>,
    options: &StaticMapOptions,
    layout: &Layout,
) {
    let viewport = layout.map;
    let frame = options
        .frame
        .unwrap_or_else(|| WORLD.plane_bounds(&EqualEarth::new()));
    let camera = Camera::fit(frame, viewport, 0.0);
    // Output pixels per plane unit: divides every width meant in pixels.
    let scale = camera.scale(viewport);
    let px = |pixels: f64| format_decimal(pixels / scale, 4);

    let _ = writeln!(
        out,
        r#"<rect y="{}" width="{}" height="{}" fill="{}"/>"#,
        num(layout.header),
        num(viewport.width),
        num(viewport.height),
        colors::OCEAN
    );
    let _ = writeln!(
        out,
        r#"<svg class="static-map__map" y="{}" width="{}" height="{}" viewBox="{}">"#,
        num(layout.header),
        num(viewport.width),
        num(viewport.height),
        camera.view_box(viewport)
    );
    let _ = writeln!(
        out,
        r#"<defs>{}</defs>"#,
        hatch(HATCH_MAP, &format!("rotate(45) scale({:.5})", 1.0 / scale))
    );
    let _ = writeln!(
        out,
        r#"<g class="static-map__countries" stroke="{}" stroke-width="{}" stroke-linejoin="round">"#,
        colors::BORDER,
        px(0.6)
    );
    for path in paths.iter().filter(|p| !p.d.is_empty()) {
        let highlighted = options.highlight == Some(path.code);
        let (class, fill, stroke) = match statuses(path.code) {
            Some(Status::Member) => (
                "country country--member",
                colors::MEMBER.to_owned(),
                Some(colors::OTS_BORDER),
            ),
            Some(Status::Observer) => (
                "country country--observer",
                format!("url(#{HATCH_MAP})"),
                Some(colors::OTS_BORDER),
            ),
            None if highlighted => ("country", colors::SELECTED_FILL.to_owned(), None),
            None => ("country", colors::LAND.to_owned(), None),
        };
        let stroke = stroke
            .map(|s| format!(r#" stroke="{s}""#))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            r#"<path class="{class}" data-code="{}" fill="{fill}"{stroke} d="{}"/>"#,
            path.code,
            escape(&path.d)
        );
    }
    out.push_str("</g>\n");

    if let Some(path) = options
        .highlight
        .and_then(|code| paths.iter().find(|p| p.code == code))
    {
        // A white halo under the outline keeps it visible on the dark member colour.
        for (color, width) in [(colors::OTS_BORDER, 5.0), (colors::SELECTED, 2.5)] {
            let _ = writeln!(
                out,
                r#"<path class="static-map__highlight" data-code="{}" fill="none" stroke="{color}" stroke-width="{}" stroke-linejoin="round" d="{}"/>"#,
                path.code,
                px(width),
                escape(&path.d)
            );
        }
        // A country only a few pixels across also gets a ring, to be found at a glance.
        let size_px = path.main_bounds.width().max(path.main_bounds.height()) * scale;
        if size_px < 24.0 {
            let _ = writeln!(
                out,
                r#"<circle class="static-map__locator" cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="{}"/>"#,
                format_decimal(path.anchor.x, 3),
                format_decimal(path.anchor.y, 3),
                px(size_px / 2.0 + 14.0 * layout.unit),
                colors::SELECTED,
                px(2.0 * layout.unit)
            );
        }
    }
    out.push_str("</svg>\n");
}

/// The header band: title and subtitle.
fn write_header(out: &mut String, options: &StaticMapOptions, layout: &Layout) {
    if layout.header <= 0.0 {
        return;
    }
    let u = layout.unit;
    let width = f64::from(options.width);
    let text_width = width - 2.0 * layout.margin;
    let _ = writeln!(
        out,
        r#"<rect width="{}" height="{}" fill="{}"/><rect y="{}" width="{}" height="{}" fill="{}"/>"#,
        num(width),
        num(layout.header),
        colors::PAPER,
        num(layout.header - u),
        num(width),
        num(u),
        colors::LINE
    );
    let mut top = 22.0 * u;
    if let Some(title) = &options.title {
        let (text, size) = fit(title, 42.0 * u, 28.0 * u, text_width, true);
        write_text(
            out,
            layout.margin,
            top + 40.0 * u,
            size,
            700,
            colors::INK,
            "start",
            &text,
        );
        top += 52.0 * u;
    }
    if let Some(subtitle) = &options.subtitle {
        let (text, size) = fit(subtitle, 22.0 * u, 15.0 * u, text_width, false);
        write_text(
            out,
            layout.margin,
            top + 24.0 * u,
            size,
            400,
            colors::INK_MUTED,
            "start",
            &text,
        );
    }
}

/// The footer band: legend on the left, credit and permalink on the right.
fn write_footer(out: &mut String, options: &StaticMapOptions, layout: &Layout) {
    if layout.footer <= 0.0 {
        return;
    }
    let u = layout.unit;
    let (width, height) = (f64::from(options.width), f64::from(options.height));
    let top = height - layout.footer;
    let middle = top + layout.footer / 2.0;
    let _ = writeln!(
        out,
        r#"<rect y="{}" width="{}" height="{}" fill="{}"/><rect y="{}" width="{}" height="{}" fill="{}"/>"#,
        num(top),
        num(width),
        num(layout.footer),
        colors::PAPER_RAISED,
        num(top),
        num(width),
        num(u),
        colors::LINE
    );

    let mut x = layout.margin;
    if options.legend {
        let _ = writeln!(out, "<defs>{}</defs>", hatch(HATCH_LEGEND, "rotate(45)"));
        let swatch = 18.0 * u;
        let size = 16.0 * u;
        let items = [
            (colors::MEMBER.to_owned(), &options.labels.member),
            (format!("url(#{HATCH_LEGEND})"), &options.labels.observer),
            (colors::LAND.to_owned(), &options.labels.other),
        ];
        for (fill, label) in items {
            let _ = writeln!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{fill}" stroke="{}" stroke-width="{}"/>"#,
                num(x),
                num(middle - swatch / 2.0),
                num(swatch),
                num(swatch),
                num(2.0 * u),
                colors::BORDER,
                num(u)
            );
            x += swatch + 8.0 * u;
            write_text(
                out,
                x,
                middle + 5.5 * u,
                size,
                400,
                colors::INK_MUTED,
                "start",
                label,
            );
            x += estimated_width(label, size, false) + 24.0 * u;
        }
    }

    let right = width - layout.margin;
    let room = (right - x).max(width / 3.0);
    let lines: Vec<&String> = [&options.credit, &options.permalink]
        .into_iter()
        .flatten()
        .collect();
    let (size, baselines) = match lines.len() {
        1 => (15.0 * u, vec![middle + 5.0 * u]),
        _ => (14.0 * u, vec![top + 21.0 * u, top + 40.0 * u]),
    };
    for (line, baseline) in lines.into_iter().zip(baselines) {
        let (text, size) = fit(line, size, 10.0 * u, room, false);
        write_text(
            out,
            right,
            baseline,
            size,
            400,
            colors::INK_MUTED,
            "end",
            &text,
        );
    }
}

/// The observer hatch as a pattern: orange ground, light diagonal lines 6 units apart.
fn hatch(id: &str, transform: &str) -> String {
    format!(
        r#"<pattern id="{id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="{transform}"><rect width="6" height="6" fill="{}"/><line x1="0" y1="0" x2="0" y2="6" stroke="{}" stroke-width="2"/></pattern>"#,
        colors::OBSERVER,
        colors::OBSERVER_HATCH
    )
}

#[allow(clippy::too_many_arguments)]
fn write_text(
    out: &mut String,
    x: f64,
    y: f64,
    size: f64,
    weight: u16,
    fill: &str,
    anchor: &str,
    text: &str,
) {
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{}</text>"#,
        num(x),
        num(y),
        num(size),
        escape(text)
    );
}

/// A pixel value with at most two decimals.
fn num(value: f64) -> String {
    format_decimal(value, 2)
}

/// A rough width of a line of text: the renderer knows no font metrics, so it assumes an
/// average advance a little wider than Noto Sans's (about 0.55 em, 0.6 em in bold).
fn estimated_width(text: &str, size: f64, bold: bool) -> f64 {
    let advance = if bold { 0.6 } else { 0.56 };
    text.chars().count() as f64 * size * advance
}

/// The text and font size that fit `max_width`: the preferred size, shrunk down to
/// `min_size` if need be, and past that the text cut with an ellipsis.
fn fit(text: &str, size: f64, min_size: f64, max_width: f64, bold: bool) -> (String, f64) {
    let width = estimated_width(text, size, bold);
    if width <= max_width {
        return (text.to_owned(), size);
    }
    let shrunk = (size * max_width / width).max(min_size);
    if estimated_width(text, shrunk, bold) <= max_width {
        return (text.to_owned(), shrunk);
    }
    let per_char = estimated_width("x", shrunk, bold);
    let keep = ((max_width / per_char) as usize).saturating_sub(1);
    let mut cut: String = text.chars().take(keep).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    (cut, shrunk)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::PlanePoint;
    use crate::world::{parse_world, project_world};

    const AAA: CountryCode = CountryCode::from_static("AAA");
    const BBB: CountryCode = CountryCode::from_static("BBB");
    const CCC: CountryCode = CountryCode::from_static("CCC");

    fn fixture() -> Vec<CountryPath> {
        let world = parse_world(include_str!("../../tests/fixtures/three-squares.json"))
            .expect("the fixture parses");
        project_world(&world, &EqualEarth::new())
    }

    /// AAA is a member, BBB an observer, CCC outside the OTS.
    fn status(code: CountryCode) -> Option<Status> {
        match code.as_str() {
            "AAA" => Some(Status::Member),
            "BBB" => Some(Status::Observer),
            _ => None,
        }
    }

    fn options() -> StaticMapOptions {
        StaticMapOptions {
            frame: Some(Bounds {
                min: PlanePoint::new(-10.0, -20.0),
                max: PlanePoint::new(70.0, 10.0),
            }),
            title: Some("Squares <&> \"three\"".to_owned()),
            subtitle: Some("A & B".to_owned()),
            description: Some("Map: <AAA> & <BBB>.".to_owned()),
            permalink: Some("https://example.org/?country=AAA&lang=en".to_owned()),
            ..StaticMapOptions::default()
        }
    }

    /// The `<path …/>` element of a country on the map.
    fn country_path(svg: &str, code: CountryCode) -> String {
        let marker = format!(r#"data-code="{code}""#);
        let matching: Vec<&str> = svg
            .lines()
            .filter(|line| line.starts_with("<path class=\"country") && line.contains(&marker))
            .collect();
        assert_eq!(matching.len(), 1, "one path for {code}");
        matching[0].to_owned()
    }

    /// A small well-formedness check: tags nest and close, entities are known, and no
    /// `<` or `&` appears raw in text or attributes.
    fn assert_well_formed(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find('<') {
            check_text(&rest[..start]);
            let end = rest[start..].find('>').expect("every tag is closed") + start;
            let tag = &rest[start + 1..end];
            assert!(!tag.contains('<'), "a raw < inside the tag {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
            } else {
                let name: String = tag
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '/')
                    .collect();
                assert!(!name.is_empty(), "an empty tag");
                check_attributes(tag);
                if !tag.ends_with('/') {
                    stack.push(name);
                }
            }
            rest = &rest[end + 1..];
        }
        check_text(rest);
        assert!(stack.is_empty(), "unclosed elements: {stack:?}");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }

    fn check_text(text: &str) {
        assert!(!text.contains('>'), "a raw > in text: {text}");
        check_entities(text);
    }

    /// Every attribute is `name="value"` with no raw `"`, `<` or bad `&` in the value.
    fn check_attributes(tag: &str) {
        let body = tag.trim_end_matches('/');
        let quotes = body.matches('"').count();
        assert_eq!(quotes % 2, 0, "unbalanced quotes in {tag}");
        for (i, value) in body.split('"').enumerate() {
            if i % 2 == 1 {
                check_entities(value);
            }
        }
    }

    fn check_entities(text: &str) {
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(&entity),
                "a raw & in {text}"
            );
        }
    }

    #[test]
    fn every_country_has_one_path_with_its_status_colour() {
        let svg = render_svg(&fixture(), &status, &options());
        let aaa = country_path(&svg, AAA);
        assert!(aaa.contains(r#"class="country country--member""#), "{aaa}");
        assert!(
            aaa.contains(&format!(r#"fill="{}""#, colors::MEMBER)),
            "{aaa}"
        );
        let bbb = country_path(&svg, BBB);
        assert!(
            bbb.contains(r#"class="country country--observer""#),
            "{bbb}"
        );
        assert!(
            bbb.contains(&format!(r#"fill="url(#{HATCH_MAP})""#)),
            "{bbb}"
        );
        // BBB's two squares are one path with two rings.
        assert_eq!(bbb.matches('M').count(), 2, "{bbb}");
        let ccc = country_path(&svg, CCC);
        assert!(ccc.contains(r#"class="country""#), "{ccc}");
        assert!(
            ccc.contains(&format!(r#"fill="{}""#, colors::LAND)),
            "{ccc}"
        );
        assert!(svg.contains(&format!(r#"<pattern id="{HATCH_MAP}""#)));
        assert!(!svg.contains("static-map__highlight"));
        assert_well_formed(&svg);
    }

    #[test]
    fn the_highlighted_country_is_outlined_and_filled() {
        let svg = render_svg(
            &fixture(),
            &status,
            &StaticMapOptions {
                highlight: Some(CCC),
                ..options()
            },
        );
        let ccc = country_path(&svg, CCC);
        assert!(
            ccc.contains(&format!(r#"fill="{}""#, colors::SELECTED_FILL)),
            "{ccc}"
        );
        let outline = svg
            .lines()
            .find(|l| l.contains("static-map__highlight") && l.contains(colors::SELECTED))
            .expect("an outline in the selected colour");
        assert!(outline.contains(r#"data-code="CCC""#) && outline.contains(r#"fill="none""#));
        // A member keeps its colour when highlighted.
        let svg = render_svg(
            &fixture(),
            &status,
            &StaticMapOptions {
                highlight: Some(AAA),
                ..options()
            },
        );
        assert!(country_path(&svg, AAA).contains(colors::MEMBER));
        assert_well_formed(&svg);
    }

    #[test]
    fn a_tiny_highlighted_country_gets_a_locator_ring() {
        // The whole world in 1200 px: a 1° square is about 3 px across.
        let world_view = StaticMapOptions {
            frame: None,
            highlight: Some(CCC),
            ..options()
        };
        assert!(render_svg(&fixture(), &status, &world_view).contains("static-map__locator"));
        let close_up = StaticMapOptions {
            highlight: Some(CCC),
            ..options()
        };
        assert!(!render_svg(&fixture(), &status, &close_up).contains("static-map__locator"));
    }

    #[test]
    fn texts_are_escaped() {
        let bare = render_svg(&fixture(), &status, &StaticMapOptions::default());
        assert!(
            !bare.contains("<desc>"),
            "no description unless one is given"
        );
        let svg = render_svg(&fixture(), &status, &options());
        assert!(svg.contains("<title>Squares &lt;&amp;&gt; &quot;three&quot;</title>"));
        assert!(svg.contains(">Squares &lt;&amp;&gt; &quot;three&quot;</text>"));
        assert!(svg.contains(">A &amp; B</text>"));
        assert!(svg.contains("<desc>Map: &lt;AAA&gt; &amp; &lt;BBB&gt;.</desc>"));
        assert!(svg.contains(">https://example.org/?country=AAA&amp;lang=en</text>"));
        assert!(svg.contains(r#"font-family="&#39;Noto Sans&#39;"#));
        assert!(!svg.contains("<&>"));
        assert_well_formed(&svg);
    }

    #[test]
    fn the_frame_sets_the_view_box_of_the_map() {
        let svg = render_svg(&fixture(), &status, &options());
        let layout = Layout::new(&options());
        let camera = Camera::fit(options().frame.expect("a frame"), layout.map, 0.0);
        assert!(svg.contains(&format!(r#"viewBox="{}""#, camera.view_box(layout.map))));
        // Title (52) + subtitle (32) + padding (38); footer 52: the map gets the rest.
        assert_eq!((layout.header, layout.footer), (122.0, 52.0));
        assert_eq!(layout.map.height, 630.0 - 122.0 - 52.0);
    }

    #[test]
    fn a_bare_map_fills_the_picture() {
        let bare = StaticMapOptions {
            legend: false,
            credit: None,
            title: None,
            subtitle: None,
            permalink: None,
            ..options()
        };
        let svg = render_svg(&fixture(), &status, &bare);
        assert!(svg.contains(r#"<svg class="static-map__map" y="0" width="1200" height="630""#));
        assert!(!svg.contains("<text"));
        assert_well_formed(&svg);
    }

    #[test]
    fn the_legend_uses_the_labels_given() {
        let svg = render_svg(
            &fixture(),
            &status,
            &StaticMapOptions {
                labels: LegendLabels {
                    member: "Üye".to_owned(),
                    observer: "Gözlemci".to_owned(),
                    other: "Diğer".to_owned(),
                },
                ..options()
            },
        );
        for label in [">Üye</text>", ">Gözlemci</text>", ">Diğer</text>"] {
            assert!(svg.contains(label), "{label}");
        }
        assert!(svg.contains(">Country shapes: Natural Earth (public domain)</text>"));
    }

    #[test]
    fn output_is_deterministic() {
        let a = render_svg(&fixture(), &status, &options());
        let b = render_svg(&fixture(), &status, &options());
        assert_eq!(a, b);
    }

    #[test]
    fn long_text_is_shrunk_then_cut() {
        let (text, size) = fit("short", 20.0, 10.0, 500.0, false);
        assert_eq!((text.as_str(), size), ("short", 20.0));
        let long = "x".repeat(60);
        let (text, size) = fit(&long, 20.0, 10.0, 500.0, false);
        assert_eq!(text, long);
        assert!((10.0..20.0).contains(&size));
        let (text, size) = fit(&"x".repeat(200), 20.0, 10.0, 500.0, false);
        assert_eq!(size, 10.0);
        assert!(text.ends_with('…') && estimated_width(&text, size, false) <= 500.0);
    }

    #[test]
    fn the_colours_are_those_of_the_stylesheet() {
        let css = include_str!("../../style/main.css");
        for (property, value) in [
            ("--ocean", colors::OCEAN),
            ("--land", colors::LAND),
            ("--border", colors::BORDER),
            ("--member", colors::MEMBER),
            ("--observer", colors::OBSERVER),
            ("--observer-hatch", colors::OBSERVER_HATCH),
            ("--selected", colors::SELECTED),
            ("--ink", colors::INK),
            ("--ink-muted", colors::INK_MUTED),
        ] {
            // The light colour is the first of `light-dark(light, dark)`.
            assert!(
                css.contains(&format!("{property}: light-dark({value}, ")),
                "style/main.css no longer sets {property}: {value} in the light theme"
            );
        }
    }
}
