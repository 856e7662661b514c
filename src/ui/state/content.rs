//! The content part of the state: what the page downloads (the geometry, the names, the
//! interface text and the data files), each through a loader (`ui/loader.rs`), and the
//! values derived from them. A value downloaded again keeps its last version until the
//! new one is in; "Try again" on a data notice downloads the failed files again.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::AppState;
use crate::data::{DataError, Dataset};
use crate::i18n::{EN, Strings};
use crate::ui::load::{
    DataJson, DetailJson, LoadError, LoadedWorld, build_dataset, load_data_json, load_detail_json,
    load_first_view_json, load_names, load_outer, load_text, load_world, mark_started,
};
use crate::ui::loader::loaded;
use crate::ui::offline::keep_offline_copy;
use crate::ui::reactive::effect;
use crate::url_state::{Lang, MapState};
use crate::world::CountryNames;

/// How long after the map is ready the geometry outside the first view is fetched.
const OUTER_PREFETCH_DELAY: Duration = Duration::from_millis(300);
/// How long after the map is ready the quotes and diaspora files are fetched.
const DETAILS_PREFETCH_DELAY: Duration = Duration::from_millis(1000);
/// Then, with everything the page needs in, the offline copy (`ui/offline.rs`).
const OFFLINE_COPY_DELAY: Duration = Duration::from_millis(5000);

/// A download's result: `None` while it runs.
type Loader<T> = ReadSignal<Option<T>, LocalStorage>;

/// The downloads and what they wait for. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub(super) struct Content {
    /// `world.json`, the geometry of the first view.
    pub first_world: Loader<Result<Arc<LoadedWorld>, LoadError>>,
    /// `world-outer.json` with the first view's shapes: the whole world (`None` when
    /// not wanted yet, or already in).
    pub outer_file: Loader<Option<Result<Arc<LoadedWorld>, LoadError>>>,
    /// `first-view.json`, then (once details are wanted) the countries, events and
    /// organisation files.
    pub data_files: Loader<Result<Arc<DataJson>, LoadError>>,
    /// The quotes, diaspora, publishers and changelog files (`None` until wanted).
    pub detail_files: Loader<Option<Result<Arc<DetailJson>, LoadError>>>,
    /// The country names of the language in effect.
    pub names_file: Loader<Result<Arc<CountryNames>, LoadError>>,
    /// The English names, as a fallback (`None` in English: the same file).
    pub english_file: Loader<Option<Result<Arc<CountryNames>, LoadError>>>,
    /// The interface text of a language other than English (`None` in English).
    pub text_file: Loader<Option<(Lang, Result<&'static Strings, LoadError>)>>,
    /// The dataset built from the data files.
    pub built: Memo<Built>,
    /// Bumped to download the geometry again after a failure.
    pub world_retry: RwSignal<u32>,
    /// Bumped to download the data, names and text files again after a failure.
    pub data_retry: RwSignal<u32>,
    details_requested: RwSignal<bool>,
    outer_requested: RwSignal<bool>,
}

/// The dataset as last built, and how.
#[derive(Clone, Default)]
pub(super) struct Built {
    /// The validated dataset, once built.
    pub dataset: Option<Arc<Dataset>>,
    /// True once `dataset` is read from the full countries, events and organisation files
    /// (not `first-view.json`).
    pub full: bool,
    /// True once `dataset` holds the full files and the quotes and diaspora records.
    pub complete: bool,
    /// True when a data file could not be downloaded or read.
    pub failed: bool,
    /// The records the last build could not take.
    pub errors: Arc<Vec<DataError>>,
}

/// What the derived values of the state read: each value once it has arrived.
pub(super) struct Derived {
    pub names: Memo<Option<Arc<CountryNames>>>,
    pub english_names: Memo<Option<Arc<CountryNames>>>,
    pub loaded_text: Memo<Option<(Lang, &'static Strings)>>,
    pub world: Memo<Option<Arc<LoadedWorld>>>,
}

impl Content {
    /// Starts the downloads the page needs, each when `map_state` and `lang` ask for it.
    pub fn load(map_state: Memo<MapState>, lang: Memo<Lang>) -> (Content, Derived) {
        let world_retry = RwSignal::new(0u32);
        let data_retry = RwSignal::new(0u32);
        let first_world = loaded(move || {
            world_retry.track();
            load_world()
        });
        // Quotes and diaspora records come once a view needs them (not the default view).
        let details_requested = RwSignal::new(false);
        let details_wanted = Memo::new(move |before: Option<&bool>| {
            before == Some(&true)
                || details_requested.get()
                || map_state.with(MapState::needs_details)
        });
        // The default view starts from `first-view.json` alone; the full countries, events
        // and organisation files come with the details (the same rule as the preloads of
        // index.html), the first-view dataset kept until they are in.
        let data_files = loaded(move || {
            world_retry.track();
            data_retry.track();
            let full = details_wanted.get();
            async move {
                if full {
                    load_data_json().await
                } else {
                    load_first_view_json().await
                }
            }
        });
        let detail_files = loaded(move || {
            world_retry.track();
            data_retry.track();
            let wanted = details_wanted.get();
            async move {
                if wanted {
                    Some(load_detail_json().await)
                } else {
                    None
                }
            }
        });
        let (names_file, english_file, text_file) = load_language(lang, data_retry, details_wanted);
        let (outer_requested, outer_file) = load_outer_world(map_state, first_world, data_retry);
        let built = Memo::new_with_compare(
            move |before: Option<&Built>| {
                build(
                    first_world.get(),
                    data_files.get(),
                    detail_files.get(),
                    before,
                )
            },
            built_changed,
        );
        let content = Content {
            first_world,
            outer_file,
            data_files,
            detail_files,
            names_file,
            english_file,
            text_file,
            built,
            world_retry,
            data_retry,
            details_requested,
            outer_requested,
        };
        (content, content.derive(lang))
    }

    /// The values derived from the downloads, each keeping its last version while its
    /// file downloads again.
    fn derive(self, lang: Memo<Lang>) -> Derived {
        let content = self;
        // Settled without them: names fall back to English, then to codes
        // (`AppState::name_of`), and the notice offers Try again.
        let names = Memo::new_with_compare(
            move |before: Option<&Option<Arc<CountryNames>>>| match content.names_file.get() {
                Some(Ok(names)) => Some(names),
                Some(Err(_)) => Some(Arc::default()),
                None => before.cloned().flatten(),
            },
            arc_changed,
        );
        // English names back up the others; in English they are the same file, loaded once.
        let english_names = Memo::new_with_compare(
            move |before: Option<&Option<Arc<CountryNames>>>| {
                if let Some(Some(Ok(names))) = content.english_file.get() {
                    return Some(names);
                }
                match content.names_file.get() {
                    Some(Ok(names)) if lang.get_untracked() == Lang::En => Some(names),
                    _ => before.cloned().flatten(),
                }
            },
            arc_changed,
        );
        // A language whose text cannot be loaded settles in English: the map becomes
        // ready, and the notice offers Try again.
        let loaded_text = Memo::new_with_compare(
            move |before: Option<&Option<(Lang, &'static Strings)>>| match content.text_file.get() {
                Some(Some((lang, Ok(text)))) => Some((lang, text)),
                Some(Some((lang, Err(_)))) => Some((lang, &EN)),
                _ => before.copied().flatten(),
            },
            text_changed,
        );
        // The first view's geometry, then the whole world once the rest is in.
        let world = Memo::new_with_compare(
            move |before: Option<&Option<Arc<LoadedWorld>>>| {
                if let Some(Some(Ok(world))) = content.outer_file.get() {
                    return Some(world);
                }
                match (before.cloned().flatten(), content.first_world.get()) {
                    (Some(before), _) if before.complete => Some(before),
                    (_, Some(Ok(first))) => Some(first),
                    _ => None,
                }
            },
            arc_changed,
        );
        Derived {
            names,
            english_names,
            loaded_text,
            world,
        }
    }
}

/// The names and interface text of the language in effect, and the English names.
#[allow(clippy::type_complexity)]
fn load_language(
    lang: Memo<Lang>,
    data_retry: RwSignal<u32>,
    details_wanted: Memo<bool>,
) -> (
    Loader<Result<Arc<CountryNames>, LoadError>>,
    Loader<Option<Result<Arc<CountryNames>, LoadError>>>,
    Loader<Option<(Lang, Result<&'static Strings, LoadError>)>>,
) {
    // "Try again" on a data notice downloads these again too.
    let names = loaded(move || {
        data_retry.track();
        load_names(lang.get())
    });
    // The English names serve the search (a country found by its English name too) and
    // stand in for the language's own if those fail: in another language they come with
    // the details, after the first view (2.9 KB less in its first load), or at once if
    // the language's names cannot be read.
    let names_failed = Memo::new(move |_| names.with(|n| matches!(n, Some(Err(_)))));
    let english = loaded(move || {
        let needed = lang.get() != Lang::En && (details_wanted.get() || names_failed.get());
        async move {
            if needed {
                Some(load_names(Lang::En).await)
            } else {
                None
            }
        }
    });
    // Interface text for languages other than English arrives on demand.
    let text = loaded(move || {
        data_retry.track();
        let lang = lang.get();
        async move {
            if lang == Lang::En {
                None
            } else {
                Some((lang, load_text(lang).await))
            }
        }
    });
    (names, english, text)
}

/// The rest of the geometry, downloaded once wanted (and again on a retry) while the map
/// is shown; its shapes then go into the paths that waited for them.
#[allow(clippy::type_complexity)]
fn load_outer_world(
    map_state: Memo<MapState>,
    first_world: Loader<Result<Arc<LoadedWorld>, LoadError>>,
    data_retry: RwSignal<u32>,
) -> (
    RwSignal<bool>,
    Loader<Option<Result<Arc<LoadedWorld>, LoadError>>>,
) {
    // True once the geometry outside the first view (`world-outer.json`) is wanted:
    // the map looks beyond `world.json`, the diaspora layer is on
    // (`MapState::needs_outer_geometry`), or the map has been up for a moment. Stays true.
    let outer_requested = RwSignal::new(false);
    let outer_wanted = Memo::new(move |before: Option<&bool>| {
        before == Some(&true)
            || outer_requested.get()
            || map_state.with(MapState::needs_outer_geometry)
    });
    // The map is shown (not the table or quotes view).
    let map_shown = Memo::new(move |_| map_state.with(|s| !s.table && s.quotes.is_none()));
    let done = Rc::new(Cell::new(false));
    let outer = loaded(move || {
        data_retry.track();
        let first = first_world
            .get()
            .and_then(Result::ok)
            .filter(|_| outer_wanted.get() && map_shown.get() && !done.get());
        let done = Rc::clone(&done);
        async move {
            let first = first?;
            let world = load_outer(&first).await;
            if world.is_ok() {
                done.set(true);
            }
            Some(world)
        }
    });
    (outer_requested, outer)
}

/// The dataset from the files in so far (the last one kept while they download again).
fn build(
    world: Option<Result<Arc<LoadedWorld>, LoadError>>,
    texts: Option<Result<Arc<DataJson>, LoadError>>,
    details: Option<Option<Result<Arc<DetailJson>, LoadError>>>,
    before: Option<&Built>,
) -> Built {
    let kept = |failed: bool| Built {
        failed,
        ..before.cloned().unwrap_or_default()
    };
    let (Some(Ok(world)), Some(texts)) = (world, texts) else {
        return kept(false);
    };
    let Ok(texts) = texts else {
        return kept(true);
    };
    let (details, failed) = match details {
        Some(Some(Ok(details))) => (Some(details), false),
        Some(Some(Err(_))) => (None, true),
        _ => (None, false),
    };
    // Details arriving before the full files wait for them: a view that shows details
    // shows the full records too.
    let details = details.filter(|_| texts.is_full());
    // Every valid record is kept; the others are reported (`report_problems`).
    let (dataset, errors) = build_dataset(&texts, details.as_deref(), &world);
    let errors = Arc::new(errors);
    match dataset {
        Some(dataset) => Built {
            dataset: Some(dataset),
            full: texts.is_full(),
            complete: details.is_some(),
            failed,
            errors,
        },
        None => Built {
            failed: true,
            errors,
            ..kept(true)
        },
    }
}

fn built_changed(before: Option<&Built>, now: Option<&Built>) -> bool {
    match (before, now) {
        (Some(a), Some(b)) => {
            !(arc_same(&a.dataset, &b.dataset)
                && a.full == b.full
                && a.complete == b.complete
                && a.failed == b.failed
                && Arc::ptr_eq(&a.errors, &b.errors))
        }
        _ => true,
    }
}

fn arc_same<T>(a: &Option<Arc<T>>, b: &Option<Arc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Arc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn arc_changed<T>(before: Option<&Option<Arc<T>>>, now: Option<&Option<Arc<T>>>) -> bool {
    match (before, now) {
        (Some(a), Some(b)) => !arc_same(a, b),
        _ => true,
    }
}

fn text_changed(
    before: Option<&Option<(Lang, &'static Strings)>>,
    now: Option<&Option<(Lang, &'static Strings)>>,
) -> bool {
    match (before, now) {
        (Some(Some((a, x))), Some(Some((b, y)))) => a != b || !std::ptr::eq(*x, *y),
        (Some(None), Some(None)) => false,
        _ => true,
    }
}

impl AppState {
    /// Asks for the quotes and diaspora files (a control about to use them).
    pub fn request_details(&self) {
        if !self.content.details_requested.get_untracked() {
            self.content.details_requested.set(true);
        }
    }

    /// Asks for the geometry outside the first view (the map is about to show it).
    pub fn request_outer(&self) {
        if !self.content.outer_requested.get_untracked() {
            self.content.outer_requested.set(true);
        }
    }

    /// `world.json`'s result: `None` while it downloads.
    pub fn first_world(&self) -> Option<Result<Arc<LoadedWorld>, LoadError>> {
        self.content.first_world.get()
    }

    /// True once the geometry of the first view is in (tracked).
    pub fn map_loaded(&self) -> bool {
        self.content.first_world.with(|w| matches!(w, Some(Ok(_))))
    }

    /// Downloads the geometry again (after a failure).
    pub fn retry_world(&self) {
        self.content.world_retry.update(|n| *n += 1);
    }

    /// Downloads the data, names and text files again (after a failure).
    pub fn retry_data(&self) {
        self.content.data_retry.update(|n| *n += 1);
    }

    /// The map is painted (all of the view) and answers input: tell tests and the
    /// benchmark. Soon after, fetch the geometry beyond the first view; a second later,
    /// with the map idle, the quotes and diaspora files the default view does without, so
    /// that the first country opened does not wait for them (nor for checking the data
    /// again, which takes a few frames on a slow phone); later still, the offline copy.
    pub fn map_shown(self) {
        let app = self;
        request_animation_frame(move || {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-map-ready", "");
                // From now on, downloads make sure the server's data is this page's.
                mark_started();
            }
            set_timeout(move || app.request_outer(), OUTER_PREFETCH_DELAY);
            set_timeout(move || app.request_details(), DETAILS_PREFETCH_DELAY);
            set_timeout(keep_offline_copy, OFFLINE_COPY_DELAY);
        });
    }

    /// For a view without the map (tables, quotes): once the quotes and diaspora files are
    /// in (and `code_in()`, the view's own code: `ui::chunks`), the view is this page's
    /// content, and `<html data-map-ready>` tells tests so.
    pub fn mark_ready_with_details(&self, code_in: impl Fn() -> bool + 'static) {
        let ready = self.details_ready;
        effect(move || {
            if ready.get()
                && code_in()
                && let Some(root) = document().document_element()
            {
                let _ = root.set_attribute("data-map-ready", "");
                mark_started();
            }
        });
    }
}
