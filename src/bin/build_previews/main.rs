//! `build-previews <dist-dir> [--base-url URL] [--data DIR] [--only CODE,CODE…] [--no-static-map]`:
//! writes the link-preview pages and images into `<dist-dir>/share/` and the main page's
//! preview tags and static first paint into `<dist-dir>/index.html`. Trunk runs it on
//! its staging folder after every build (a `post_build` hook in `Trunk.toml`):
//!
//! - `share/<CODE>.html` for every country the data says something about: Open Graph and
//!   Twitter tags for crawlers, and a tiny script (with a refresh for browsers without
//!   JavaScript) that sends browsers on to `../?country=CODE`, keeping the page's query;
//! - `share/<CODE>.png`: a 1200 × 630 map with the country highlighted and framed;
//! - `share/atlas.png`: the default OTS-region view, for the main page's own tags;
//! - `share/meta.json`: every page and image with its title, description and size, and
//!   the CSP hash of the pages' script;
//! - `index.html`: the Open Graph and Twitter tags of the main page at the marker
//!   `<!-- share-meta -->`, and a static SVG of the default view at `<!-- boot-map -->`
//!   (left out with `--no-static-map`), so that the map shows before the Wasm arrives;
//! - `feed.xml`: the corrections and additions log (`changelog.json`) as an Atom feed,
//!   linked from `index.html`'s head with the preview tags (its ids need an absolute
//!   address: without a base URL they are under `https://ots-atlas.invalid/`);
//! - `data/first-view.json`: what the map's default first view shows of the countries,
//!   events and organisation files (`data::first_view`), written before the data version;
//! - `icons/`: the app's icons for `manifest.webmanifest` (192 and 512 px, and a maskable
//!   512 px one), drawn from `public/favicon.svg`;
//! - `sw.js`: the service worker that keeps an offline copy of the app, listing this
//!   build's files (`assets/sw.js` filled in), the manifest and the icons among them.
//!
//! The inputs are `DIR/world.json` with `DIR/world-outer.json`, `DIR/names/en.json`
//! and the seven data files of `DIR` (default `public/data`), checked as `check-data` does.
//! Crawlers need absolute addresses: give the app's public address with `--base-url
//! https://example.org/atlas/` (or the environment variable `ATLAS_BASE_URL`); without one
//! the tags hold relative addresses, fine for checking locally only. `--only` limits the run to some countries.
//! The output is deterministic. See `docs/SHARING.md`.

#[cfg(not(target_arch = "wasm32"))]
mod build;
#[cfg(not(target_arch = "wasm32"))]
mod feed;
#[cfg(not(target_arch = "wasm32"))]
mod first_view;
#[cfg(not(target_arch = "wasm32"))]
mod icons;
#[cfg(not(target_arch = "wasm32"))]
mod index;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod raster;
#[cfg(not(target_arch = "wasm32"))]
mod version;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use std::time::Instant;

    let started = Instant::now();
    let result = Args::parse(std::env::args().skip(1)).and_then(|args| {
        let inputs = build::Inputs::read(&args.data)?;
        let meta = build::build(&inputs, &args.links, &args.dist, args.only.as_deref())?;
        // Before the version: the file is part of the build's data.
        let known = |code| inputs.paths.iter().any(|p| p.code == code);
        let first_view = first_view::write_first_view(&args.data, &args.dist, &known)?;
        let data_version = version::data_version(&args.dist)?;
        let index = index::update(
            &inputs,
            &args.links,
            &args.dist,
            args.static_map,
            &data_version,
        )?;
        version::write_version_file(&args.dist, &data_version)?;
        let feed = feed::write_feed(&inputs, &args.links, &args.dist)?;
        // Before the worker, which lists them.
        icons::write_icons(&args.dist)?;
        let offline = offline::write_service_worker(&args.dist, &data_version)?;
        Ok((args, meta, index, feed, offline, first_view))
    });
    match result {
        Ok((args, meta, index, feed, offline, first_view)) => {
            let codes = meta.codes();
            println!(
                "build-previews: {} pages and images in {} ({}) and share/atlas.png, in {:.1} s{}",
                codes.len(),
                args.dist.join("share").display(),
                codes.join(" "),
                started.elapsed().as_secs_f64(),
                match args.links.base() {
                    Some(base) => format!("; links under {base}"),
                    None => "; relative links (give --base-url for production)".to_owned(),
                }
            );
            let map = match index.static_map {
                Some(added) => format!(
                    "static map and About text +{} bytes (+{} gzip{})",
                    added.raw,
                    added.gzip,
                    if added.gzip > index::BOOT_MAP_BUDGET_GZIP {
                        format!(
                            ", over the budget of {} gzip: consider --no-static-map",
                            index::BOOT_MAP_BUDGET_GZIP
                        )
                    } else {
                        String::new()
                    }
                ),
                None => "no static map".to_owned(),
            };
            println!(
                "build-previews: index.html {} -> {} bytes ({} gzip): preview tags, {map}",
                index.before, index.after, index.after_gzip,
            );
            println!(
                "build-previews: {}: {} log entries, ids under {}",
                ots_atlas::render::atom::FEED_FILE,
                feed.entries,
                feed.base
            );
            println!(
                "build-previews: data/{}: {first_view} bytes, what the first view shows",
                ots_atlas::data::FIRST_VIEW_FILE
            );
            println!(
                "build-previews: {}: offline copy of {} files, version {}",
                offline::WORKER_FILE,
                offline.files.len(),
                offline.version
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-previews: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The tool runs natively only; this keeps `cargo clippy --target wasm32-unknown-unknown
/// --bins` compiling without its native dependencies.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: build-previews <dist-dir> [--base-url URL] [--data DIR] [--only CODE,CODE…] [--no-static-map]
  <dist-dir>       the folder trunk built (pages go to <dist-dir>/share/; the preview tags
                   and the static map into <dist-dir>/index.html)
  --base-url URL   the app's public address, e.g. https://example.org/atlas/ (default: the
                   ATLAS_BASE_URL environment variable; without either, links are relative)
  --data DIR       the data folder (default: public/data)
  --only CODES     only these countries, comma-separated (meta.json lists only them)
  --no-static-map  no static SVG of the map in index.html (the boot text alone)";

/// The command line, checked.
#[cfg(not(target_arch = "wasm32"))]
struct Args {
    dist: std::path::PathBuf,
    data: std::path::PathBuf,
    links: page::Links,
    only: Option<Vec<ots_atlas::world::CountryCode>>,
    /// Whether to write the static first paint of the map into `index.html`.
    static_map: bool,
}

#[cfg(not(target_arch = "wasm32"))]
impl Args {
    fn parse(args: impl Iterator<Item = String>) -> Result<Self, String> {
        let mut dist = None;
        let mut data = None;
        let mut base = None;
        let mut only = None;
        let mut static_map = true;
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => {
                    (flag.to_owned(), Some(value.to_owned()))
                }
                _ => (arg.clone(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))
            };
            match flag.as_str() {
                "-h" | "--help" => return Err(USAGE.to_owned()),
                "--base-url" => base = Some(value()?),
                "--data" => data = Some(value()?),
                "--only" => only = Some(value()?),
                "--no-static-map" if inline.is_none() => static_map = false,
                _ if flag.starts_with('-') => {
                    return Err(format!("unknown option {flag}\n{USAGE}"));
                }
                _ if dist.is_none() => dist = Some(arg),
                _ => return Err(format!("unexpected argument {arg}\n{USAGE}")),
            }
        }
        let dist = dist.ok_or_else(|| format!("the dist folder is missing\n{USAGE}"))?;
        let base = base.or_else(|| {
            std::env::var("ATLAS_BASE_URL")
                .ok()
                .filter(|b| !b.trim().is_empty())
        });
        let links = match base {
            Some(base) => page::Links::absolute(&base)?,
            None => page::Links::relative(),
        };
        let only = only
            .map(|list| {
                list.split(',')
                    .map(|code| {
                        ots_atlas::world::CountryCode::parse(code).map_err(|e| e.to_string())
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        Ok(Self {
            dist: dist.into(),
            data: data.unwrap_or_else(|| "public/data".to_owned()).into(),
            links,
            only,
            static_map,
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, String> {
        Args::parse(args.iter().map(|a| (*a).to_owned()))
    }

    #[test]
    fn the_command_line_is_read() {
        let args = parse(&[
            "dist",
            "--base-url=https://example.org/atlas",
            "--only",
            "kaz,CYN",
        ])
        .expect("valid");
        assert_eq!(args.dist, std::path::PathBuf::from("dist"));
        assert_eq!(args.data, std::path::PathBuf::from("public/data"));
        assert_eq!(args.links.base(), Some("https://example.org/atlas/"));
        let only: Vec<String> = args
            .only
            .unwrap_or_default()
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(only, ["KAZ", "CYN"]);
        assert!(args.static_map);
        let args = parse(&["--no-static-map", "dist"]).expect("valid");
        assert!(!args.static_map);
        assert_eq!(args.dist, std::path::PathBuf::from("dist"));
    }

    #[test]
    fn mistakes_are_explained() {
        assert!(
            parse(&[])
                .err()
                .is_some_and(|e| e.contains("dist folder is missing"))
        );
        assert!(
            parse(&["dist", "--base-url"])
                .err()
                .is_some_and(|e| e.contains("needs a value"))
        );
        assert!(
            parse(&["dist", "--colour"])
                .err()
                .is_some_and(|e| e.contains("unknown option"))
        );
        assert!(
            parse(&["dist", "--only", "KAZ,K1Z"])
                .err()
                .is_some_and(|e| e.contains("K1Z"))
        );
        assert!(
            parse(&["dist", "--base-url", "example.org"])
                .err()
                .is_some_and(|e| e.contains("https://"))
        );
    }
}
