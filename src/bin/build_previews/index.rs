//! The app's own `index.html` in the dist folder: its link-preview tags and the static
//! first paint of the map, each written between a pair of marker comments of the source
//! `index.html`.
//!
//! Trunk copies comments through unchanged (as long as it does not minify the HTML), so
//! the source `index.html` holds `<!-- share-meta -->` in its `<head>` and
//! `<!-- boot-map -->` in the boot `<div>`. Each marker is replaced by itself, the
//! generated markup and a closing `<!-- /share-meta -->` (or `<!-- /boot-map -->`);
//! running `build-previews` again on the same folder (say with another base URL) replaces
//! what is between the two comments, so the run is repeatable.

use std::fs;
use std::path::Path;

use ots_atlas::geo::EqualEarth;
use ots_atlas::geo::frame::OTS_REGION;
use ots_atlas::render::atom::{FEED_FILE, FEED_TITLE};

use crate::version::{version_meta, versioned_preloads};
use ots_atlas::i18n::EN;
use ots_atlas::i18n::status::status_label;
use ots_atlas::markup::about::about_opening_html;
use ots_atlas::markup::context::MarkupContext;
use ots_atlas::render::boot_map::{BootCountry, BootMapOptions, boot_svg};
use ots_atlas::render::xml::escape;
use ots_atlas::url_state::Lang;
use ots_atlas::world::CountryCode;

use crate::build::{ATLAS_IMAGE, Inputs};
use crate::page::{AtlasPreview, IMAGE_HEIGHT, IMAGE_WIDTH, Links, SITE_NAME, atlas_preview};

/// Where the preview tags go, in the `<head>` of the source `index.html`.
pub const META_MARKER: &str = "share-meta";
/// Where the static map goes, in `<div class="boot" id="boot">`.
pub const BOOT_MAP_MARKER: &str = "boot-map";
/// How many of the About panel's facts the static first paint shows: as many as a
/// 1280 × 800 desktop shows of the app's About panel before scrolling (the fourth is cut
/// at the bottom, measured in Chromium), so that nothing moves in view when the app
/// replaces them. The four cost 0.6 KB of brotli on the first load (index.html 9.2 →
/// 9.8 KB, December 2026).
pub const BOOT_ABOUT_FACTS: usize = 4;
/// The id of the static About panel's heading (the app's own is `about-title`).
pub const BOOT_ABOUT_TITLE_ID: &str = "boot-about-title";
/// The most gzip bytes the static map may add and still be on by default.
pub const BOOT_MAP_BUDGET_GZIP: usize = 15 * 1024;

/// What was written into `index.html`, for the summary line.
#[derive(Debug)]
pub struct IndexReport {
    /// Size of `index.html` as Trunk wrote it (bytes).
    pub before: usize,
    /// Size after the preview tags and the map (bytes).
    pub after: usize,
    /// Gzip size after (level 9).
    pub after_gzip: usize,
    /// Bytes and gzip bytes the static map and the About panel's opening add, if they
    /// were written.
    pub static_map: Option<Added>,
}

/// Bytes added to a file, raw and gzipped (level 9, as `gzip -9`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    /// Uncompressed bytes.
    pub raw: usize,
    /// Gzip bytes: the gzip size of the whole file with it, less without it.
    pub gzip: usize,
}

/// Writes the preview tags and (if `static_map`) the static first paint (the map and the
/// About panel's opening) into `dist/index.html`.
pub fn update(
    inputs: &Inputs,
    links: &Links,
    dist: &Path,
    static_map: bool,
    data_version: &str,
) -> Result<IndexReport, String> {
    let path = dist.join("index.html");
    let html =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // The data version: in a tag the app reads, and on the preloads of data files.
    let html = versioned_preloads(&html, data_version);
    let tags = format!(
        "{}\n    {}",
        meta_tags(&atlas_preview(&inputs.data), links),
        version_meta(data_version)
    );
    let with_tags = fill_marker(&html, META_MARKER, &tags, "<head>")?;
    let place = "boot <div>";
    let (out, added) = if static_map {
        let without_map = fill_marker(&with_tags, BOOT_MAP_MARKER, "", place)?;
        let first_paint = format!("{}\n{}", static_map_svg(inputs), boot_about_html(inputs));
        let with_map = fill_marker(&with_tags, BOOT_MAP_MARKER, &first_paint, place)?;
        let added = Added {
            raw: with_map.len() - without_map.len(),
            gzip: gzip_len(&with_map).saturating_sub(gzip_len(&without_map)),
        };
        (with_map, Some(added))
    } else if with_tags.contains(&format!("<!-- {BOOT_MAP_MARKER} -->")) {
        // Without the map the boot marker is optional: empty what an earlier run wrote.
        (fill_marker(&with_tags, BOOT_MAP_MARKER, "", place)?, None)
    } else {
        (with_tags, None)
    };
    fs::write(&path, &out).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(IndexReport {
        before: html.len(),
        after: out.len(),
        after_gzip: gzip_len(&out),
        static_map: added,
    })
}

/// The static map of the app's default view (the OTS region on a desktop), each country
/// named in English as the app names its shape.
pub fn static_map_svg(inputs: &Inputs) -> String {
    let region = OTS_REGION.plane_bounds(&EqualEarth::new());
    let country = |code: CountryCode| {
        let record = inputs.data.country(code);
        let status = record.and_then(|c| c.status());
        let since = record.and_then(|c| Some(c.membership.as_ref()?.since.year()));
        let name = inputs.names.get(code).unwrap_or(code.as_str()).to_owned();
        BootCountry {
            status,
            label: status_label(&EN, name, status.zip(since)),
        }
    };
    boot_svg(&inputs.paths, &country, &BootMapOptions::for_region(region))
}

/// The opening of the About panel for the static first paint, in English: its title and
/// its first [`BOOT_ABOUT_FACTS`] facts as the app writes them at first (sources named
/// by their host: the publishers registry arrives after the map), in an `<aside>` that
/// `style/boot.css` lays out where the app's panel will be.
pub fn boot_about_html(inputs: &Inputs) -> String {
    let names = |code: CountryCode| inputs.names.get(code).unwrap_or(code.as_str()).to_owned();
    let year = inputs.data.organization().as_of.year();
    let cx = MarkupContext {
        text: &EN,
        lang: Lang::En,
        year,
        current_year: year,
        page: "",
        names: &names,
        publishers: &[],
    };
    format!(
        r#"<aside class="boot__about" aria-labelledby="{BOOT_ABOUT_TITLE_ID}"><div class="boot__about-header"><h2 id="{BOOT_ABOUT_TITLE_ID}">{}</h2></div><div class="boot__about-body">{}</div></aside>"#,
        escape(EN.about_title),
        about_opening_html(&inputs.data, &cx, BOOT_ABOUT_FACTS)
    )
}

/// The Open Graph and Twitter tags of the app's main page and the link to its Atom feed
/// of corrections (`feed.xml`), one per line, indented for the `<head>` of `index.html`.
/// Addresses are relative to `index.html` without a base URL, absolute with one (the
/// feed's link stays relative: it is next to `index.html`).
pub fn meta_tags(atlas: &AtlasPreview, links: &Links) -> String {
    let title = escape(&atlas.title);
    let description = escape(&atlas.description);
    let image = escape(&links.share_file_from_root(ATLAS_IMAGE));
    let image_alt = escape(&atlas.image_alt);
    let url = escape(links.base().unwrap_or("./"));
    [
        r#"<meta property="og:type" content="website" />"#.to_owned(),
        format!(
            r#"<meta property="og:site_name" content="{}" />"#,
            escape(SITE_NAME)
        ),
        format!(r#"<meta property="og:title" content="{title}" />"#),
        format!(r#"<meta property="og:description" content="{description}" />"#),
        format!(r#"<meta property="og:url" content="{url}" />"#),
        format!(r#"<meta property="og:image" content="{image}" />"#),
        r#"<meta property="og:image:type" content="image/png" />"#.to_owned(),
        format!(r#"<meta property="og:image:width" content="{IMAGE_WIDTH}" />"#),
        format!(r#"<meta property="og:image:height" content="{IMAGE_HEIGHT}" />"#),
        format!(r#"<meta property="og:image:alt" content="{image_alt}" />"#),
        r#"<meta name="twitter:card" content="summary_large_image" />"#.to_owned(),
        format!(r#"<meta name="twitter:title" content="{title}" />"#),
        format!(r#"<meta name="twitter:description" content="{description}" />"#),
        format!(r#"<meta name="twitter:image" content="{image}" />"#),
        format!(r#"<meta name="twitter:image:alt" content="{image_alt}" />"#),
        format!(
            r#"<link rel="alternate" type="application/atom+xml" title="{}" href="{}" />"#,
            escape(FEED_TITLE),
            escape(FEED_FILE)
        ),
    ]
    .join("\n    ")
}

/// `html` with `content` put after the comment `<!-- name -->`, followed by
/// `<!-- /name -->`; what an earlier run put between the two is replaced. Fails when
/// the marker is missing or appears twice; `place` says where it belongs.
pub fn fill_marker(html: &str, name: &str, content: &str, place: &str) -> Result<String, String> {
    let open = format!("<!-- {name} -->");
    let close = format!("<!-- /{name} -->");
    let mut found = html.match_indices(&open);
    let Some((start, _)) = found.next() else {
        return Err(format!(
            "index.html has no {open} marker: put it in the {place} of the source index.html \
             (build-previews replaces it; Trunk keeps comments as long as it does not minify the HTML)"
        ));
    };
    if found.next().is_some() {
        return Err(format!("index.html has {open} more than once"));
    }
    let after_open = start + open.len();
    let end = match html[after_open..].find(&close) {
        Some(offset) => after_open + offset + close.len(),
        None => after_open,
    };
    let mut out = String::with_capacity(html.len() + content.len() + close.len() + 8);
    out.push_str(&html[..after_open]);
    if !content.is_empty() {
        let indent = indentation(html, start);
        out.push('\n');
        out.push_str(&indent);
        out.push_str(content);
        out.push('\n');
        out.push_str(&indent);
    }
    out.push_str(&close);
    out.push_str(&html[end..]);
    Ok(out)
}

/// The spaces before the line holding byte `at`.
fn indentation(html: &str, at: usize) -> String {
    let line_start = html[..at].rfind('\n').map_or(0, |i| i + 1);
    html[line_start..at]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// The size of `text` compressed with gzip at level 9.
pub fn gzip_len(text: &str) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(text.as_bytes());
    encoder.finish().map_or(0, |bytes| bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "<head>\n    <title>T</title>\n    <!-- share-meta -->\n  </head>\n  <body>\n    <div class=\"boot\" id=\"boot\">\n      <!-- boot-map -->\n      <p>Loading</p>\n    </div>\n  </body>";

    #[test]
    fn a_marker_is_filled_and_can_be_filled_again() {
        let once = fill_marker(SOURCE, META_MARKER, "<meta a>\n    <meta b>", "<head>")
            .expect("the marker is there");
        assert!(once.contains(
            "    <!-- share-meta -->\n    <meta a>\n    <meta b>\n    <!-- /share-meta -->\n  </head>"
        ), "{once}");
        // A second run replaces what the first one wrote.
        let twice = fill_marker(&once, META_MARKER, "<meta c>", "<head>").expect("again");
        assert!(twice.contains("<!-- share-meta -->\n    <meta c>\n    <!-- /share-meta -->"));
        assert!(!twice.contains("<meta a>"));
        // Emptying leaves the markers only; the rest of the file is untouched.
        let empty = fill_marker(&twice, META_MARKER, "", "<head>").expect("emptied");
        assert_eq!(
            empty,
            SOURCE.replace(
                "<!-- share-meta -->",
                "<!-- share-meta --><!-- /share-meta -->"
            )
        );
    }

    #[test]
    fn a_missing_or_repeated_marker_is_an_error() {
        let error = fill_marker("<head></head>", META_MARKER, "x", "<head>").expect_err("missing");
        assert!(error.contains("no <!-- share-meta --> marker"), "{error}");
        assert!(error.contains("<head> of the source index.html"), "{error}");
        let twice = format!("{SOURCE}<!-- share-meta -->");
        let error = fill_marker(&twice, META_MARKER, "x", "<head>").expect_err("twice");
        assert!(error.contains("more than once"), "{error}");
    }

    fn preview() -> AtlasPreview {
        AtlasPreview {
            title: "OTS Atlas — the <OTS>".to_owned(),
            description: "A \"map\" & more".to_owned(),
            subtitle: String::new(),
            image_alt: "Map of the OTS region".to_owned(),
        }
    }

    #[test]
    fn the_tags_are_relative_without_a_base_url() {
        let tags = meta_tags(&preview(), &Links::relative());
        for tag in [
            r#"<meta property="og:title" content="OTS Atlas — the &lt;OTS&gt;" />"#,
            r#"<meta property="og:description" content="A &quot;map&quot; &amp; more" />"#,
            r#"<meta property="og:image" content="share/atlas.png" />"#,
            r#"<meta property="og:image:width" content="1200" />"#,
            r#"<meta property="og:image:height" content="630" />"#,
            r#"<meta property="og:image:alt" content="Map of the OTS region" />"#,
            r#"<meta property="og:url" content="./" />"#,
            r#"<meta property="og:site_name" content="OTS Atlas" />"#,
            r#"<meta name="twitter:card" content="summary_large_image" />"#,
            r#"<meta name="twitter:image" content="share/atlas.png" />"#,
            r#"<link rel="alternate" type="application/atom+xml" title="OTS Atlas: corrections and additions" href="feed.xml" />"#,
        ] {
            assert!(tags.contains(tag), "{tag} missing from\n{tags}");
        }
    }

    #[test]
    fn the_tags_are_absolute_with_a_base_url() {
        let links = Links::absolute("https://example.org/atlas").expect("a valid base");
        let tags = meta_tags(&preview(), &links);
        assert!(tags.contains(
            r#"<meta property="og:image" content="https://example.org/atlas/share/atlas.png" />"#
        ));
        assert!(
            tags.contains(r#"<meta property="og:url" content="https://example.org/atlas/" />"#)
        );
        assert!(tags.contains(
            r#"<meta name="twitter:image" content="https://example.org/atlas/share/atlas.png" />"#
        ));
    }

    #[test]
    fn gzip_sizes_are_measured() {
        let text = "abc".repeat(1000);
        let n = gzip_len(&text);
        assert!(n > 18 && n < 100, "{n}");
    }

    use crate::build::tests::{TempDir, inputs};
    use ots_atlas::geo::LonLat;

    /// `index.html` as Trunk writes it from the source, markers included.
    fn staged_index() -> String {
        include_str!("../../../index.html").to_owned()
    }

    #[test]
    fn the_source_index_has_both_markers_once() {
        let source = staged_index();
        for marker in [META_MARKER, BOOT_MAP_MARKER] {
            assert_eq!(
                source.matches(&format!("<!-- {marker} -->")).count(),
                1,
                "{marker}"
            );
        }
        let head = &source[..source.find("</head>").expect("a head")];
        assert!(head.contains("<!-- share-meta -->"));
        let boot = &source[source
            .find(r#"<div class="boot" id="boot">"#)
            .expect("the boot div")..];
        assert!(boot[..boot.find("</div>").expect("closed")].contains("<!-- boot-map -->"));
        assert!(source.contains(r#"<link data-trunk rel="css" href="style/boot.css" />"#));
    }

    #[test]
    fn updating_index_html_writes_the_tags_and_the_map_and_can_run_again() {
        let dist = TempDir::new("build-previews-index-test");
        let path = dist.0.join("index.html");
        fs::write(&path, staged_index()).expect("written");
        let inputs = inputs();
        let links = Links::absolute("https://example.org/atlas/").expect("a valid base");

        let report = update(&inputs, &links, &dist.0, true, "0123456789abcdef").expect("updates");
        let html = fs::read_to_string(&path).expect("index.html");
        assert!(html.contains(
            r#"<meta property="og:image" content="https://example.org/atlas/share/atlas.png" />"#
        ));
        // The data version: a tag for the app, and on every preload of a data file.
        assert!(html.contains(r#"<meta name="ots-atlas-version" content="0123456789abcdef" />"#));
        assert!(html.contains(r#"href="data/world.json?v=0123456789abcdef""#));
        assert!(!html.contains(r#"href="data/world.json""#));
        assert!(html.contains(
            r#"<meta property="og:title" content="OTS Atlas — the Organization of Turkic States" />"#
        ));
        // The tags go between the markers; what followed the first marker follows them.
        let source = staged_index();
        let next = source
            .split_once("<!-- share-meta -->\n")
            .and_then(|(_, rest)| rest.lines().next())
            .expect("a line after the marker");
        assert!(html.contains(&format!("<!-- /share-meta -->\n{next}\n")));
        // The feed's link is in the head, once.
        let feed_link = r#"<link rel="alternate" type="application/atom+xml" title="OTS Atlas: corrections and additions" href="feed.xml" />"#;
        let head = &html[..html.find("</head>").expect("a head")];
        assert_eq!(head.matches(feed_link).count(), 1);
        assert_eq!(html.matches(r#"<svg class="boot-map""#).count(), 1);
        let map = report.static_map.expect("a static map");
        assert_eq!(report.after, html.len());
        assert!(map.raw > 1000 && map.gzip > 500, "{map:?}");
        // The boot text stays, before the picture; the About panel's opening follows it.
        let text = html.find("<p>Loading the map").expect("the boot text");
        assert!(text < html.find("<svg").expect("the map"));
        let about = html
            .find(r#"<aside class="boot__about""#)
            .expect("the About panel's opening");
        assert!(html.find("</svg>").expect("the map's end") < about);
        assert!(about < html.find("<!-- /boot-map -->").expect("the closing marker"));

        // Again, relative and without the map: the earlier output is replaced.
        let report = update(
            &inputs,
            &Links::relative(),
            &dist.0,
            false,
            "0123456789abcdef",
        )
        .expect("updates");
        let html = fs::read_to_string(&path).expect("index.html");
        assert!(report.static_map.is_none());
        assert!(html.contains(r#"<meta property="og:image" content="share/atlas.png" />"#));
        assert!(!html.contains("example.org") && !html.contains("<svg"));
        assert_eq!(html.matches("og:image\"").count(), 1);
        assert_eq!(html.matches("application/atom+xml").count(), 1);
        assert!(html.contains("<!-- boot-map --><!-- /boot-map -->"));
    }

    #[test]
    fn a_missing_marker_fails_the_run() {
        let dist = TempDir::new("build-previews-index-test-missing");
        let path = dist.0.join("index.html");
        fs::write(&path, staged_index().replace("<!-- share-meta -->", "")).expect("written");
        let error = update(
            &inputs(),
            &Links::relative(),
            &dist.0,
            false,
            "0123456789abcdef",
        )
        .expect_err("no marker");
        assert!(error.contains("no <!-- share-meta --> marker"), "{error}");
        fs::write(&path, staged_index().replace("<!-- boot-map -->", "")).expect("written");
        let error = update(
            &inputs(),
            &Links::relative(),
            &dist.0,
            true,
            "0123456789abcdef",
        )
        .expect_err("no marker");
        assert!(error.contains("no <!-- boot-map --> marker"), "{error}");
        // Without the map, the boot marker is not needed.
        assert!(
            update(
                &inputs(),
                &Links::relative(),
                &dist.0,
                false,
                "0123456789abcdef"
            )
            .is_ok()
        );
    }

    #[test]
    fn the_static_map_is_small_enough_to_be_on_by_default() {
        let svg = static_map_svg(&inputs());
        let gzip = gzip_len(&svg);
        assert!(
            gzip <= BOOT_MAP_BUDGET_GZIP,
            "the static map is {gzip} bytes gzipped, over the budget of {BOOT_MAP_BUDGET_GZIP}: \
             make it smaller or turn it off by default"
        );
        assert!(svg.len() < 40_000, "{} bytes", svg.len());
        // One decimal at most, relative coordinates, no colours in the markup.
        assert!(!svg.contains("data-code") && !svg.contains(" fill="));
        let paths: Vec<&str> = svg
            .split(r#"<path d=""#)
            .skip(1)
            .map(|rest| &rest[..rest.find('"').expect("closed")])
            .collect();
        assert!(paths.len() > 20, "{} countries", paths.len());
        for d in paths {
            assert!(d.starts_with('m') && d.ends_with('z'), "{d}");
            // Every decimal point is followed by exactly one digit (`1.2.5` is 1.2 and .5).
            let bytes = d.as_bytes();
            assert!(
                bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b'.')
                    .all(|(i, _)| {
                        bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                            && !bytes.get(i + 2).is_some_and(u8::is_ascii_digit)
                    }),
                "more than one decimal in {d}"
            );
        }
    }

    #[test]
    fn the_first_paint_opens_with_the_about_panels_first_facts() {
        let inputs = inputs();
        let about = boot_about_html(&inputs);
        assert!(
            about.starts_with(r#"<aside class="boot__about" aria-labelledby="boot-about-title"><div class="boot__about-header"><h2 id="boot-about-title">About the OTS</h2></div><div class="boot__about-body"><div class="fact"><p>The Organization of Turkic States (OTS) was founded"#),
            "{about}"
        );
        assert!(about.ends_with("</div></aside>"), "{about}");
        assert_eq!(
            about.matches(r#"<div class="fact">"#).count(),
            BOOT_ABOUT_FACTS
        );
        // Sources are named by their host, as in the app's first render (the publishers
        // registry arrives after the map), and open elsewhere.
        assert!(about.contains(r#"rel="noopener noreferrer external">turkicstates.org</a>"#));
        // None of the app's ids, so nothing is named twice once the app has mounted.
        assert!(!about.contains(r#"id="about-"#), "{about}");
    }

    #[test]
    fn every_ots_country_on_the_static_map_is_a_tab_stop_named_as_in_the_app() {
        let inputs = inputs();
        let svg = static_map_svg(&inputs);
        let mut ots = 0;
        for country in inputs.data.countries() {
            let Some(status) = country.status() else {
                continue;
            };
            ots += 1;
            let code = country.code;
            let since = country
                .membership
                .as_ref()
                .expect("a membership")
                .since
                .year();
            let name = inputs.names.get(code).expect("a name").to_owned();
            let label = escape(&status_label(&EN, name, Some((status, since))));
            let link = format!(
                r#"<a href="?country={}" aria-label="{label}">"#,
                code.as_str()
            );
            assert!(svg.contains(&link), "{link}");
        }
        assert!(ots >= 8, "{ots} members and observers");
        assert!(svg.contains(r#"<a href="?country=RUS" tabindex="-1" aria-label="Russia">"#));
        assert!(svg.contains(r#"<a href="?country=IRN" tabindex="-1" aria-label="Iran">"#));
    }

    /// The colour of the static map at a longitude and latitude, drawn 800 px wide with
    /// the app's light colours (and a plain observer colour instead of the hatch).
    fn colour_at(svg: &str, lon: f64, lat: f64) -> [u8; 4] {
        let options = BootMapOptions::for_region(OTS_REGION.plane_bounds(&EqualEarth::new()));
        let view = options.view;
        let (width, height) = (800.0, 800.0 * view.height() / view.width());
        let styled = svg.replacen(
            r#"<svg class="boot-map""#,
            &format!(
                r#"<svg width="{width}" height="{}" class="boot-map""#,
                height.round()
            ),
            1,
        )
        .replacen(
            "<defs>",
            "<style>path{fill:#eceae4;stroke:none}.m path{fill:#0b2e57}.o path{fill:#c96a12}</style><defs>",
            1,
        );
        let pixmap = crate::raster::Rasterizer::new()
            .pixmap(&styled)
            .expect("renders");
        let p = EqualEarth::new().plane_from_lon_lat(LonLat::new(lon, lat));
        let x = ((p.x - view.min.x) / view.width() * width) as u32;
        let y = ((p.y - view.min.y) / view.height() * height) as u32;
        let pixel = pixmap.pixel(x, y).expect("inside the picture");
        [pixel.red(), pixel.green(), pixel.blue(), pixel.alpha()]
    }

    #[test]
    fn the_static_map_colours_members_observers_and_the_rest() {
        let svg = static_map_svg(&inputs());
        // Astana (Kazakhstan, member), central Turkmenistan (observer), Tehran (Iran,
        // outside), Budapest (Hungary, observer) and the middle of the Caspian Sea.
        assert_eq!(colour_at(&svg, 71.43, 51.13), [0x0b, 0x2e, 0x57, 255]);
        assert_eq!(colour_at(&svg, 59.0, 39.5), [0xc9, 0x6a, 0x12, 255]);
        assert_eq!(colour_at(&svg, 51.39, 35.69), [0xec, 0xea, 0xe4, 255]);
        assert_eq!(colour_at(&svg, 19.04, 47.5), [0xc9, 0x6a, 0x12, 255]);
        assert_eq!(colour_at(&svg, 51.0, 42.0)[3], 0);
    }
}
