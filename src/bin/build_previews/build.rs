//! Reading the inputs and writing `share/` into the dist folder.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use ots_atlas::data::{Country, DataFiles, DataTexts, Dataset, Status};
use ots_atlas::geo::frame::{self, OTS_REGION};
use ots_atlas::geo::{Bounds, EqualEarth};
use ots_atlas::render::{StaticMapOptions, render_svg};
use ots_atlas::world::{
    CountryCode, CountryNames, CountryPath, OUTER_FILE, WORLD_FILE, parse_world_files,
    project_world,
};

use crate::page::{
    AtlasPreview, IMAGE_HEIGHT, IMAGE_WIDTH, Links, SharePage, atlas_preview, codes_with_data,
    country_page, html, redirect_script_hash,
};
use crate::raster::Rasterizer;

/// Padding around a country's main polygon, as a share of its size on each side.
const COUNTRY_PADDING: f64 = 0.35;
/// The narrowest frame for an OTS country, in plane units (roughly 40° of longitude at
/// these latitudes): enough to show its neighbours in the organisation.
const OTS_MIN_WIDTH: f64 = 100.0;
/// The narrowest frame for any other country (roughly 30° of longitude).
const OTHER_MIN_WIDTH: f64 = 80.0;
/// The file name of the main page's preview image.
pub const ATLAS_IMAGE: &str = "atlas.png";

/// Everything the pages are made from, checked.
pub struct Inputs {
    /// The projected countries, in code order.
    pub paths: Vec<CountryPath>,
    /// The checked data.
    pub data: Dataset,
    /// English country names.
    pub names: CountryNames,
}

impl Inputs {
    /// Reads `world.json`, `world-outer.json`, `names/en.json` and the seven data
    /// files from `dir`.
    pub fn read(dir: &Path) -> Result<Self, String> {
        let read = |name: &str| {
            let path = dir.join(name);
            fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
        };
        let world = read(WORLD_FILE)?;
        let outer = read(OUTER_FILE)?;
        let names = read("names/en.json")?;
        // The first file that cannot be read is reported, like the other inputs.
        let texts = DataTexts::read_dir(dir).map_err(|unreadable| {
            unreadable
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        })?;
        Self::parse([&world, &outer], &names, &texts.files())
    }

    /// Parses and checks the texts of the input files (`world`: the two geometry files).
    pub fn parse(
        [world, outer]: [&str; 2],
        names: &str,
        files: &DataFiles<'_>,
    ) -> Result<Self, String> {
        let world = parse_world_files(world, outer)?;
        let names = CountryNames::parse(names).map_err(|e| format!("names/en.json: {e}"))?;
        let data = Dataset::load(files, &|code| world.contains(code)).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            format!(
                "the data files have {} problem(s):\n  {}",
                lines.len(),
                lines.join("\n  ")
            )
        })?;
        Ok(Self {
            paths: project_world(&world, &EqualEarth::new()),
            data,
            names,
        })
    }

    fn status(&self, code: CountryCode) -> Option<Status> {
        self.data.country(code).and_then(Country::status)
    }
}

/// One line of `share/meta.json`: a country's page and image.
#[derive(Serialize)]
pub struct PageEntry {
    code: String,
    name: String,
    status: Option<&'static str>,
    /// The page, relative to the dist folder.
    page: String,
    /// The page's address as its tags give it (absolute with a base URL).
    page_url: String,
    /// Its title, description and image.
    #[serde(flatten)]
    card: Card,
}

/// A preview card in `share/meta.json`: the main page's, and a country page's.
#[derive(Serialize)]
pub struct Card {
    title: String,
    description: String,
    /// The image, relative to the dist folder.
    image: String,
    /// The image's address as the tags give it (absolute with a base URL).
    image_url: String,
    image_alt: String,
    width: u32,
    height: u32,
}

/// `share/meta.json`: what was generated, for `index.html` and the tests.
#[derive(Serialize)]
pub struct Meta {
    base_url: Option<String>,
    /// The CSP source (`sha256-…`) of the share pages' inline redirect script, the same
    /// on every page: add it to the production `script-src`.
    script_sha256: String,
    atlas: Card,
    pages: Vec<PageEntry>,
}

impl Meta {
    /// The codes of the pages written.
    pub fn codes(&self) -> Vec<&str> {
        self.pages.iter().map(|p| p.code.as_str()).collect()
    }
}

/// Writes `share/` into `dist`: one page and image per country with data (or only the
/// countries of `only`), the main page's image and `meta.json`. Files of an earlier run
/// that no longer have a country are removed (not with `only`).
pub fn build(
    inputs: &Inputs,
    links: &Links,
    dist: &Path,
    only: Option<&[CountryCode]>,
) -> Result<Meta, String> {
    let dir = dist.join("share");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut codes = codes_with_data(&inputs.data);
    if let Some(only) = only {
        if let Some(missing) = only.iter().find(|c| !codes.contains(c)) {
            return Err(format!("{missing} has no data, so no share page"));
        }
        codes.retain(|c| only.contains(c));
    }
    let pages: Vec<SharePage> = codes
        .iter()
        .map(|&code| country_page(&inputs.data, &inputs.names, code))
        .collect();
    let atlas = atlas_preview(&inputs.data);

    // Images are independent: draw them on every core (each worker has its own fonts).
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let (pages, dir) = (&pages, &dir);
                scope.spawn(move || {
                    let rasterizer = Rasterizer::new();
                    for page in pages.iter().skip(worker).step_by(workers) {
                        write(&dir.join(page.html_file()), html(page, links).as_bytes())?;
                        let png = rasterizer
                            .png(&country_svg(inputs, page, links))
                            .map_err(|e| format!("{}: {e}", page.png_file()))?;
                        write(&dir.join(page.png_file()), &png)?;
                    }
                    Ok(())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("an image worker panicked".to_owned()))
            })
            .collect()
    });
    results.into_iter().collect::<Result<(), String>>()?;
    let png = Rasterizer::new()
        .png(&atlas_svg(inputs, &atlas, links))
        .map_err(|e| format!("{ATLAS_IMAGE}: {e}"))?;
    write(&dir.join(ATLAS_IMAGE), &png)?;
    let mut written: BTreeSet<String> = pages
        .iter()
        .flat_map(|page| [page.html_file(), page.png_file()])
        .collect();
    written.insert(ATLAS_IMAGE.to_owned());

    let meta = meta(&pages, &atlas, links);
    let json = serde_json::to_string_pretty(&meta)
        .map_err(|e| format!("meta.json could not be written: {e}"))?;
    write(&dir.join("meta.json"), format!("{json}\n").as_bytes())?;
    if only.is_none() {
        remove_stale(&dir, &written)?;
    }
    Ok(meta)
}

/// The frame of a country's image: its main polygon, padded, never narrower than a
/// minimum that is wider for OTS countries so that their neighbours in the organisation
/// show.
pub fn country_frame(path: &CountryPath, in_ots: bool) -> Bounds {
    let min_width = if in_ots {
        OTS_MIN_WIDTH
    } else {
        OTHER_MIN_WIDTH
    };
    frame::around(path.main_bounds, COUNTRY_PADDING, min_width)
}

/// The SVG of a country's preview image.
pub fn country_svg(inputs: &Inputs, page: &SharePage, links: &Links) -> String {
    let path = inputs.paths.iter().find(|p| p.code == page.code);
    let options = StaticMapOptions {
        width: IMAGE_WIDTH,
        height: IMAGE_HEIGHT,
        frame: path.map(|p| country_frame(p, page.status.is_some())),
        highlight: Some(page.code),
        title: Some(page.name.clone()),
        subtitle: Some(page.subtitle.clone()),
        permalink: links
            .base()
            .map(|_| display_url(&links.app_view(page.code))),
        ..StaticMapOptions::default()
    };
    render_svg(&inputs.paths, &|code| inputs.status(code), &options)
}

/// The SVG of the main page's preview image: the default OTS-region view.
fn atlas_svg(inputs: &Inputs, atlas: &AtlasPreview, links: &Links) -> String {
    let options = StaticMapOptions {
        width: IMAGE_WIDTH,
        height: IMAGE_HEIGHT,
        frame: Some(OTS_REGION.plane_bounds(&EqualEarth::new())),
        title: Some(atlas.title.clone()),
        subtitle: Some(atlas.subtitle.clone()),
        permalink: links.base().map(display_url),
        ..StaticMapOptions::default()
    };
    render_svg(&inputs.paths, &|code| inputs.status(code), &options)
}

/// An address as printed on an image: without `https://`.
fn display_url(url: &str) -> String {
    url.trim_start_matches("https://").to_owned()
}

fn meta(pages: &[SharePage], atlas: &AtlasPreview, links: &Links) -> Meta {
    Meta {
        base_url: links.base().map(str::to_owned),
        script_sha256: redirect_script_hash(),
        atlas: Card {
            title: atlas.title.clone(),
            description: atlas.description.clone(),
            image: format!("share/{ATLAS_IMAGE}"),
            image_url: links.share_file_from_root(ATLAS_IMAGE),
            image_alt: atlas.image_alt.clone(),
            width: IMAGE_WIDTH,
            height: IMAGE_HEIGHT,
        },
        pages: pages
            .iter()
            .map(|page| PageEntry {
                code: page.code.to_string(),
                name: page.name.clone(),
                status: page.status.map(Status::label),
                page: format!("share/{}", page.html_file()),
                page_url: links.share_file_from_root(&page.html_file()),
                card: Card {
                    title: page.title.clone(),
                    description: page.description.clone(),
                    image: format!("share/{}", page.png_file()),
                    image_url: links.share_file_from_root(&page.png_file()),
                    image_alt: page.image_alt.clone(),
                    width: IMAGE_WIDTH,
                    height: IMAGE_HEIGHT,
                },
            })
            .collect(),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Removes the pages and images of `dir` that this run did not write.
fn remove_stale(dir: &Path, written: &BTreeSet<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let stale: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let ext = path.extension().and_then(|e| e.to_str());
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            matches!(ext, Some("html" | "png")) && !written.contains(name)
        })
        .collect();
    for path in stale {
        fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::raster::png_size;

    /// The committed data files of `public/data`, read as `check-data` reads them.
    fn committed() -> DataTexts {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        DataTexts::read_dir(&dir).unwrap_or_else(|_| panic!("{} is readable", dir.display()))
    }

    /// The committed inputs of `public/data`.
    pub(crate) fn inputs() -> Inputs {
        let texts = committed();
        Inputs::parse(
            [
                include_str!("../../../public/data/world.json"),
                include_str!("../../../public/data/world-outer.json"),
            ],
            include_str!("../../../public/data/names/en.json"),
            &texts.files(),
        )
        .expect("the committed inputs are valid")
    }

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).expect("a code literal")
    }

    /// A fresh folder under the system's temporary folder, removed when dropped.
    pub(crate) struct TempDir(pub(crate) PathBuf);

    impl TempDir {
        /// A fresh folder of its own: tests run in parallel threads of one process, so
        /// the name carries a counter as well as the process id.
        pub(crate) fn new(name: &str) -> Self {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = std::env::temp_dir().join(format!("{name}-{}-{n}", std::process::id()));
            let _ = fs::remove_dir_all(&path);
            fs::create_dir_all(&path).expect("a temporary folder");
            Self(path)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn building_writes_the_page_the_image_and_the_meta_file() {
        let dist = TempDir::new("build-previews-test");
        // A stale file of another run survives a partial build.
        fs::create_dir_all(dist.0.join("share")).expect("share/");
        fs::write(dist.0.join("share/OLD.html"), "old").expect("written");
        let links = Links::absolute("https://example.org/atlas/").expect("a valid base");
        let meta = build(&inputs(), &links, &dist.0, Some(&[code("KAZ")])).expect("builds");
        assert_eq!(meta.codes(), ["KAZ"]);

        let html = fs::read_to_string(dist.0.join("share/KAZ.html")).expect("KAZ.html");
        assert!(html.contains("<title>Kazakhstan — OTS Atlas</title>"));
        assert!(html.contains(r#"content="https://example.org/atlas/share/KAZ.png""#));

        for image in ["share/KAZ.png", "share/atlas.png"] {
            let png = fs::read(dist.0.join(image)).expect("the image");
            assert_eq!(
                png[..8],
                [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n']
            );
            assert_eq!(png_size(&png), Some((1200, 630)), "{image}");
        }

        let json: serde_json::Value = serde_json::from_str(
            &fs::read_to_string(dist.0.join("share/meta.json")).expect("meta.json"),
        )
        .expect("meta.json is JSON");
        assert_eq!(json["base_url"], "https://example.org/atlas/");
        assert_eq!(json["script_sha256"], redirect_script_hash().as_str());
        assert_eq!(
            json["atlas"]["image_url"],
            "https://example.org/atlas/share/atlas.png"
        );
        let kaz = &json["pages"][0];
        assert_eq!(kaz["code"], "KAZ");
        assert_eq!(kaz["status"], "member");
        assert_eq!(kaz["image"], "share/KAZ.png");
        assert_eq!(
            (kaz["width"].as_u64(), kaz["height"].as_u64()),
            (Some(1200), Some(630))
        );
        assert!(dist.0.join("share/OLD.html").exists());
    }

    #[test]
    fn asking_for_a_country_without_data_is_an_error() {
        let dist = TempDir::new("build-previews-test-none");
        let error = build(&inputs(), &Links::relative(), &dist.0, Some(&[code("FJI")]))
            .err()
            .expect("an error");
        assert!(error.contains("FJI has no data"), "{error}");
    }

    #[test]
    fn bad_data_is_reported_with_every_problem() {
        let texts = committed();
        let files = DataFiles {
            countries: "{\"countries\": [{\"code\": \"kaz\"}]}",
            ..texts.files()
        };
        let error = Inputs::parse(
            [
                include_str!("../../../public/data/world.json"),
                include_str!("../../../public/data/world-outer.json"),
            ],
            include_str!("../../../public/data/names/en.json"),
            &files,
        )
        .err()
        .expect("an error");
        assert!(error.starts_with("the data files have"), "{error}");
        assert!(error.contains("countries.json"), "{error}");
    }

    #[test]
    fn frames_are_padded_and_small_countries_show_their_region() {
        let inputs = inputs();
        let path = |text: &str| {
            inputs
                .paths
                .iter()
                .find(|p| p.code == code(text))
                .expect("on the map")
        };
        let cyn = country_frame(path("CYN"), true);
        assert!((cyn.width() - OTS_MIN_WIDTH).abs() < 1e-9);
        assert!(cyn.contains(path("CYN").anchor));
        let kaz = path("KAZ");
        let frame = country_frame(kaz, true);
        assert!(frame.width() > kaz.main_bounds.width() * 1.5);
        assert!(frame.contains(kaz.main_bounds.min) && frame.contains(kaz.main_bounds.max));
        assert!((country_frame(path("GEO"), false).width() - OTHER_MIN_WIDTH).abs() < 1e-9);
    }

    #[test]
    fn the_country_svg_highlights_and_titles_the_country() {
        let inputs = inputs();
        let page = country_page(&inputs.data, &inputs.names, code("TUR"));
        let svg = country_svg(&inputs, &page, &Links::relative());
        assert!(svg.contains(">Türkiye</text>"));
        assert!(svg.contains(r#"class="static-map__highlight" data-code="TUR""#));
        // Without a base URL there is no address to print.
        assert!(!svg.contains("?country="));
        // The document parses as SVG.
        let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default());
        assert!(tree.is_ok());
    }
}
