//! Fetching the geometry, names and data files. The browser parses their JSON
//! (`ui/json.rs`) and the pure modules read the values; this file only moves them and
//! turns failures into messages a visitor can read.

use std::fmt;
use std::sync::Arc;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::{document, window};
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::{
    DataError, DataValues, Dataset, FIRST_VIEW_FILE, NO_CHANGELOG, NO_DIASPORA, NO_PUBLISHERS,
    NO_QUOTES,
};
use crate::data_version::{is_newer_value, versioned};
use crate::geo::frame::{OTS_REGION, WORLD};
use crate::geo::{Bounds, EqualEarth};
use crate::i18n::Strings;
use crate::i18n::json::from_json_value;
use crate::ui::json;
use crate::url_state::Lang;
use crate::world::{
    Adjacency, CountryCode, CountryNames, CountryPath, OUTER_FILE, WORLD_FILE, World,
    parse_world_value, project_world,
};

/// Where the app finds its files, relative to the page.
const DATA_DIR: &str = "data";

/// The projected base map, ready to draw.
#[derive(Debug)]
pub struct LoadedWorld {
    /// The projection used for everything drawn on the map.
    pub projection: EqualEarth,
    /// Every country's path, sorted by code.
    pub paths: Vec<CountryPath>,
    /// The plane rectangle of the whole world.
    pub world_bounds: Bounds,
    /// The plane rectangle of the default view (the OTS region).
    pub region_bounds: Bounds,
    /// Which countries touch, for moving between them with the arrow keys.
    pub adjacency: Adjacency,
    /// True once every country has its geometry (`world-outer.json` is in).
    pub complete: bool,
    /// The parsed shapes, kept to fill in the outer geometry.
    world: World,
}

impl LoadedWorld {
    /// The path of one country, if the map has it.
    pub fn path(&self, code: CountryCode) -> Option<&CountryPath> {
        self.paths
            .binary_search_by(|p| p.code.cmp(&code))
            .ok()
            .map(|i| &self.paths[i])
    }

    /// True when the map has this country.
    pub fn contains(&self, code: CountryCode) -> bool {
        self.path(code).is_some()
    }
}

/// Why a file could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed (offline, blocked, …).
    Network {
        /// The file's URL.
        url: String,
        /// What the browser said.
        message: String,
    },
    /// The server answered with an error status.
    Status {
        /// The file's URL.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The server holds a newer version of the data than this page was built with.
    NewVersion,
    /// The file arrived but could not be read.
    Invalid {
        /// The file's URL.
        url: String,
        /// What is wrong, naming the record where possible.
        message: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Network { url, message } => {
                write!(f, "{url} could not be downloaded ({message}).")
            }
            Self::Status { url, status } => write!(f, "{url}: the server answered {status}."),
            Self::Invalid { url, message } => write!(f, "{url} is damaged: {message}"),
            Self::NewVersion => write!(f, "a new version of the atlas has been published"),
        }
    }
}

/// Set once the first view is up (`mark_started`): from then on a download also asks the
/// server which data version it holds, and refuses to mix versions.
static STARTED: AtomicBool = AtomicBool::new(false);

/// The file the server's data version is in (written by build-previews).
const VERSION_FILE: &str = "version.json";

/// Called when the first view is ready: later downloads check the version first.
pub fn mark_started() {
    STARTED.store(true, Ordering::Relaxed);
}

/// The data version of this page (`<meta name="ots-atlas-version">`), read once; none in a
/// page build-previews has not processed.
fn page_version() -> Option<&'static str> {
    static VERSION: OnceLock<Option<String>> = OnceLock::new();
    VERSION
        .get_or_init(|| {
            let meta = document()
                .query_selector("meta[name=\"ots-atlas-version\"]")
                .ok()??;
            meta.get_attribute("content")
        })
        .as_deref()
}

/// Downloads a JSON file of this page's data version; text that is not JSON is an
/// `Invalid` file. Once the first view is up, it also asks `version.json` (alongside) and,
/// when the server holds a newer version, refuses the file: an open tab keeps what it has
/// and offers to reload.
pub async fn fetch_json(url: &str) -> Result<Value, LoadError> {
    let version = page_version();
    let (json, newer) = futures::join!(
        download_versioned(url, version),
        newer_version_served(version)
    );
    same_version(newer)?;
    json?.map_err(|message| LoadError::Invalid {
        url: url.to_owned(),
        message: format!("invalid JSON: {message}"),
    })
}

/// A downloaded JSON file: its value, or what the browser said of text that is not JSON.
type Json = Result<Value, String>;

/// Downloads a file as this page's data version asks for it (`?v=…`).
async fn download_versioned(url: &str, version: Option<&str>) -> Result<Json, LoadError> {
    download(&versioned(url, version)).await
}

/// `Err(NewVersion)` when the server holds a newer version than the page.
fn same_version(newer: bool) -> Result<(), LoadError> {
    if newer {
        Err(LoadError::NewVersion)
    } else {
        Ok(())
    }
}

/// True when the server now holds another data version than the page.
async fn newer_version_served(page: Option<&str>) -> bool {
    let Some(page) = page.filter(|_| STARTED.load(Ordering::Relaxed)) else {
        return false;
    };
    // A fresh address each time: no cache may answer for the server.
    let url = format!("{VERSION_FILE}?t={}", js_sys::Date::now() as u64);
    matches!(download(&url).await, Ok(Ok(served)) if is_newer_value(page, &served))
}

/// Downloads a JSON file and parses it with the browser's `JSON.parse` (`ui/json.rs`).
async fn download(url: &str) -> Result<Json, LoadError> {
    let network = |error: wasm_bindgen::JsValue| LoadError::Network {
        url: url.to_owned(),
        message: error_text(&error),
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(network)?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(json::parse(&text))
}

/// What the browser said of a failed download ("TypeError: Failed to fetch").
fn error_text(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.to_string()),
        None => error
            .as_string()
            .unwrap_or_else(|| "no reason given".to_owned()),
    }
}

/// Downloads and parses one geometry file.
async fn fetch_world(file: &str) -> Result<World, LoadError> {
    let url = format!("{DATA_DIR}/{file}");
    let json = fetch_json(&url).await?;
    parse_world_value(&json).map_err(|e| LoadError::Invalid {
        url,
        message: e.to_string(),
    })
}

/// Downloads, parses and projects the base map of the first view: every country, drawn
/// where the first view can show it (`world.json`).
pub async fn load_world() -> Result<Arc<LoadedWorld>, LoadError> {
    Ok(Arc::new(LoadedWorld::from_world(
        fetch_world(WORLD_FILE).await?,
    )))
}

/// Downloads the rest of the geometry (`world-outer.json`) and returns `first` with
/// every country drawn.
pub async fn load_outer(first: &LoadedWorld) -> Result<Arc<LoadedWorld>, LoadError> {
    let outer = fetch_world(OUTER_FILE).await?;
    let mut world = first.world.clone();
    world.fill(outer).map_err(|e| LoadError::Invalid {
        url: format!("{DATA_DIR}/{OUTER_FILE}"),
        message: e.to_string(),
    })?;
    Ok(Arc::new(LoadedWorld::from_world(world)))
}

impl LoadedWorld {
    /// Projects a parsed world: paths, frames and adjacency.
    pub fn from_world(world: World) -> LoadedWorld {
        let projection = EqualEarth::new();
        LoadedWorld {
            paths: project_world(&world, &projection),
            world_bounds: WORLD.plane_bounds(&projection),
            region_bounds: OTS_REGION.plane_bounds(&projection),
            adjacency: Adjacency::build(&world, &projection),
            complete: world.is_complete(),
            world,
            projection,
        }
    }
}

/// Downloads the interface text of a language other than English.
pub async fn load_text(lang: Lang) -> Result<&'static Strings, LoadError> {
    let url = format!("i18n/{}.json", lang.tag());
    let json = fetch_json(&url).await?;
    from_json_value(json).map_err(|message| LoadError::Invalid { url, message })
}

/// Downloads the country names of one language.
pub async fn load_names(lang: Lang) -> Result<Arc<CountryNames>, LoadError> {
    let url = format!("{DATA_DIR}/names/{}.json", lang.tag());
    let json = fetch_json(&url).await?;
    CountryNames::parse_value(json)
        .map(Arc::new)
        .map_err(|message| LoadError::Invalid { url, message })
}

/// The data the map's first view is built from, parsed as JSON (a file that is not JSON is
/// reported when the dataset is built, with the others read).
#[derive(Clone, Debug)]
pub enum DataJson {
    /// `first-view.json` (`data::first_view`): what the default view shows, until a view
    /// needs more (`MapState::needs_details`, or a second after the map is ready). Text
    /// that is not JSON is a `LoadError` (as for the geometry).
    FirstView(Value),
    /// The countries, events and organisation files, with the code that reads them.
    Full {
        countries: Json,
        events: Json,
        organization: Json,
        reader: FullReader,
    },
}

/// The reader of the full files (`Dataset::load_valid_values`: every record type, its
/// checks and the checks across records), in a chunk of its own that downloads alongside
/// those files: the first view reads `first-view.json` only, and its Wasm is 10.6 KiB
/// smaller with brotli without this code (225,122 → 214,267 B, December 2026; see README
/// "Code splitting").
#[derive(Clone, Copy)]
pub struct FullReader(pub FullRead);

/// What [`FullReader`] holds: the seven files' JSON and the map's codes to the dataset.
pub type FullRead =
    fn(DataValues, &dyn Fn(CountryCode) -> bool) -> (Option<Dataset>, Vec<DataError>);

impl fmt::Debug for FullReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FullReader")
    }
}

crate::ui::chunks::split_point!(
    full_data,
    fn full_reader() -> FullReader {
        FullReader(Dataset::load_valid_values)
    }
);

/// The chunk's file as the loader names it, for the message when it cannot be downloaded.
const FULL_READER_CHUNK: &str = "split_full_data.wasm";

impl DataJson {
    /// True for the full files.
    pub fn is_full(&self) -> bool {
        matches!(self, Self::Full { .. })
    }
}

/// The four data files loaded on demand (see `MapState::needs_details`), parsed as JSON.
#[derive(Clone, Debug)]
pub struct DetailJson {
    quotes: Json,
    diaspora: Json,
    publishers: Json,
    changelog: Json,
}

/// Downloads the countries, events and organisation files, in parallel.
pub async fn load_data_json() -> Result<Arc<DataJson>, LoadError> {
    let [countries, events, organization] =
        ["countries", "events", "organization"].map(|name| format!("{DATA_DIR}/{name}.json"));
    // The version is asked once for the three (see `fetch_json`).
    let version = page_version();
    let (countries, events, organization, newer, reader) = futures::join!(
        download_versioned(&countries, version),
        download_versioned(&events, version),
        download_versioned(&organization, version),
        newer_version_served(version),
        full_reader(),
    );
    same_version(newer)?;
    let reader = reader.map_err(|_| LoadError::Network {
        url: FULL_READER_CHUNK.to_owned(),
        message: "the code that reads the full files was not loaded".to_owned(),
    })?;
    Ok(Arc::new(DataJson::Full {
        countries: countries?,
        events: events?,
        organization: organization?,
        reader,
    }))
}

/// Downloads `first-view.json`, the one data file of the default view's first load.
pub async fn load_first_view_json() -> Result<Arc<DataJson>, LoadError> {
    let json = fetch_json(&format!("{DATA_DIR}/{FIRST_VIEW_FILE}")).await?;
    Ok(Arc::new(DataJson::FirstView(json)))
}

/// Downloads the quotes, diaspora, publishers and changelog files, in parallel.
pub async fn load_detail_json() -> Result<Arc<DetailJson>, LoadError> {
    let [quotes, diaspora, publishers, changelog] =
        ["quotes", "diaspora", "publishers", "changelog"]
            .map(|name| format!("{DATA_DIR}/{name}.json"));
    // The version is asked once for the four (see `fetch_json`).
    let version = page_version();
    let (quotes, diaspora, publishers, changelog, newer) = futures::join!(
        download_versioned(&quotes, version),
        download_versioned(&diaspora, version),
        download_versioned(&publishers, version),
        download_versioned(&changelog, version),
        newer_version_served(version),
    );
    same_version(newer)?;
    Ok(Arc::new(DetailJson {
        quotes: quotes?,
        diaspora: diaspora?,
        publishers: publishers?,
        changelog: changelog?,
    }))
}

/// Validates the data against the map's codes, keeping every valid record: the dataset
/// (`None` when the organisation cannot be read) and the problems found. Without
/// `details` (not loaded yet), the dataset has no quotes and no diaspora records; from
/// `first-view.json`, only what the first view shows (the details are not used with it).
pub fn build_dataset(
    files: &DataJson,
    details: Option<&DetailJson>,
    world: &LoadedWorld,
) -> (Option<Arc<Dataset>>, Vec<DataError>) {
    let known = |code| world.contains(code);
    let (countries, events, organization, reader) = match files {
        DataJson::FirstView(json) => {
            let (dataset, errors) = Dataset::load_first_view(Ok(json.clone()), &known);
            return (dataset.map(Arc::new), errors);
        }
        DataJson::Full {
            countries,
            events,
            organization,
            reader,
        } => (countries, events, organization, reader),
    };
    // The readers take the values apart, so each build reads copies.
    let detail = |file: fn(&DetailJson) -> &Json, empty: &str| {
        details.map_or_else(|| json::parse_str(empty), |d| file(d).clone())
    };
    let values = DataValues {
        countries: countries.clone(),
        events: events.clone(),
        quotes: detail(|d| &d.quotes, NO_QUOTES),
        diaspora: detail(|d| &d.diaspora, NO_DIASPORA),
        organization: organization.clone(),
        publishers: detail(|d| &d.publishers, NO_PUBLISHERS),
        changelog: detail(|d| &d.changelog, NO_CHANGELOG),
    };
    let (dataset, errors) = (reader.0)(values, &known);
    (dataset.map(Arc::new), errors)
}
