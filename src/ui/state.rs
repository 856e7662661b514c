//! The app's shared state: the URL (the source of truth for what is shown) plus the few
//! transient values no URL should carry (hover, notices). Provided once as context.

use std::sync::Arc;

use leptos::prelude::*;

use super::clipboard::page_address;
use super::load::{LoadError, mark_started};
use super::location::Location;
use super::reactive::effect;
use crate::data::{Dataset, FuzzyDate};
use crate::i18n::dates::format_date;
use crate::i18n::{EN, Strings};
use crate::markup::context::MarkupContext;
use crate::url_state::{Lang, MapState, UrlNotice};
use crate::world::{CountryCode, CountryNames};

/// How a state change enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A deliberate step (selecting a country): Back returns to the previous state.
    Push,
    /// A transient change (panning, normalising): the current entry is rewritten.
    Replace,
}

/// A message shown in the notice bar until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Something in the URL was dropped.
    Url(UrlNotice),
    /// The data files have problems; the message names the first one.
    Data(String),
    /// The data files could not be downloaded; the notice offers a retry.
    DataUnavailable(String),
    /// The server holds a newer version of the data; the notice offers a reload.
    NewVersion,
}

/// Everything components share. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// What the URL says, parsed.
    pub map_state: Memo<MapState>,
    /// The language in effect: the URL's, else the browser's.
    pub lang: Memo<Lang>,
    /// The membership year shown: the URL's, else the current year.
    pub year: Memo<i32>,
    /// The current calendar year (the end of the timeline).
    pub current_year: i32,
    /// Notices waiting to be read.
    pub notices: RwSignal<Vec<Notice>>,
    /// The country under the pointer.
    pub hovered: RwSignal<Option<CountryCode>>,
    /// Country names in the current language (English until loaded).
    pub names: RwSignal<Option<Arc<CountryNames>>>,
    /// English names, for search and fallbacks.
    pub english_names: RwSignal<Option<Arc<CountryNames>>>,
    /// The validated dataset, once loaded: first without quotes and diaspora records,
    /// then whole once those files are in (see `details_ready`).
    pub dataset: RwSignal<Option<Arc<Dataset>>>,
    /// True once the quotes and diaspora files are wanted: the view needs them
    /// (`MapState::needs_details`) or a control asked. Stays true.
    pub details_wanted: Memo<bool>,
    /// True once `dataset` holds the quotes and diaspora records.
    pub details_ready: RwSignal<bool>,
    details_requested: RwSignal<bool>,
    /// True once the geometry outside the first view (`world-outer.geojson`) is wanted:
    /// the map looks beyond `world.geojson`, the diaspora layer is on
    /// (`MapState::needs_outer_geometry`), or the map has been up for a moment. Stays true.
    pub outer_wanted: Memo<bool>,
    outer_requested: RwSignal<bool>,
    /// Interface text fetched for a language other than English (English is built in).
    pub loaded_text: RwSignal<Option<(Lang, &'static Strings)>>,
    /// Bumped to download the data files again after a failure.
    pub data_retry: RwSignal<u32>,
    /// True when a data file could not be downloaded or read: panels and the table and
    /// quotes views then say so (with Try again) instead of "Loading".
    pub data_failed: RwSignal<bool>,
    /// A request to bring a country into view (search): the map frames it, then clears.
    pub frame_request: RwSignal<Option<CountryCode>>,
    location: Location,
}

impl AppState {
    /// Creates the state from the page's URL and provides it as context.
    pub fn provide(current_year: i32) -> AppState {
        let location = Location::follow();
        let query = location.query();
        let map_state = Memo::new(move |_| query.with(|q| MapState::from_query(q, current_year).0));
        let browser_lang = browser_language();
        let lang = Memo::new(move |_| map_state.with(|s| s.lang).unwrap_or(browser_lang));
        let year = Memo::new(move |_| map_state.with(|s| s.year).unwrap_or(current_year));
        let details_requested = RwSignal::new(false);
        let details_wanted = Memo::new(move |before: Option<&bool>| {
            before == Some(&true)
                || details_requested.get()
                || map_state.with(MapState::needs_details)
        });
        let outer_requested = RwSignal::new(false);
        let outer_wanted = Memo::new(move |before: Option<&bool>| {
            before == Some(&true)
                || outer_requested.get()
                || map_state.with(MapState::needs_outer_geometry)
        });
        let state = AppState {
            map_state,
            lang,
            year,
            current_year,
            notices: RwSignal::new(Vec::new()),
            hovered: RwSignal::new(None),
            names: RwSignal::new(None),
            english_names: RwSignal::new(None),
            dataset: RwSignal::new(None),
            details_wanted,
            details_ready: RwSignal::new(false),
            details_requested,
            outer_wanted,
            outer_requested,
            frame_request: RwSignal::new(None),
            data_retry: RwSignal::new(0),
            data_failed: RwSignal::new(false),
            loaded_text: RwSignal::new(None),
            location,
        };
        provide_context(state);
        state
    }

    /// Asks for the quotes and diaspora files (a control about to use them).
    pub fn request_details(&self) {
        if !self.details_requested.get_untracked() {
            self.details_requested.set(true);
        }
    }

    /// Asks for the geometry outside the first view (the map is about to show it).
    pub fn request_outer(&self) {
        if !self.outer_requested.get_untracked() {
            self.outer_requested.set(true);
        }
    }

    /// Makes `next` the page's state.
    pub fn go(&self, next: &MapState, history: History) {
        let query = next.to_query();
        let query = if query.is_empty() {
            query
        } else {
            format!("?{query}")
        };
        self.location.navigate(&query, history == History::Replace);
    }

    /// Changes the state with `change` applied to the current one.
    pub fn update(&self, history: History, change: impl FnOnce(&mut MapState)) {
        let mut next = self.map_state.get_untracked();
        change(&mut next);
        self.go(&next, history);
    }

    /// Selects a country (or none), as a new history entry.
    pub fn select(&self, country: Option<CountryCode>) {
        if self.map_state.with_untracked(|s| s.country) != country || country.is_none() {
            let next = self.map_state.get_untracked().with_country(country);
            self.go(&next, History::Push);
        }
    }

    /// The interface text in the current language; English until that language's file
    /// has arrived (and if it cannot be loaded).
    pub fn text(&self) -> &'static Strings {
        let lang = self.lang.get();
        match self.loaded_text.get() {
            Some((loaded, text)) if loaded == lang => text,
            _ => &EN,
        }
    }

    /// True once the interface text of the current language is in.
    pub fn text_ready(&self) -> bool {
        let lang = self.lang.get();
        lang == Lang::En || self.loaded_text.with(|t| t.is_some_and(|(l, _)| l == lang))
    }

    /// The display name of a country in the current language, falling back to English
    /// and then to the code, never to a blank. It does not subscribe: views that must
    /// follow the names call [`AppState::track_names`].
    pub fn name_of(&self, code: CountryCode) -> String {
        let lookup = |names: &Option<Arc<CountryNames>>| {
            names.as_ref().and_then(|n| n.get(code).map(str::to_owned))
        };
        self.names
            .with_untracked(lookup)
            .or_else(|| self.english_names.with_untracked(lookup))
            .unwrap_or_else(|| code.to_string())
    }

    /// A date written the way the current language writes dates.
    pub fn date(&self, date: &FuzzyDate) -> String {
        format_date(date, untrack(|| self.text()))
    }

    /// Calls `f` with what the panels' markup needs (`markup::context`): the text and
    /// language (tracked), the year, the page's address and the names (not tracked: markup
    /// that shows the year calls `app.year.track()`, markup with names
    /// [`AppState::track_names`]).
    pub fn with_panel_context<R>(&self, f: impl FnOnce(&MarkupContext<'_>) -> R) -> R {
        let page = page_address();
        let names = |code: CountryCode| self.name_of(code);
        let data = self.dataset.get_untracked();
        f(&MarkupContext {
            text: self.text(),
            lang: self.lang.get(),
            year: self.year.get_untracked(),
            current_year: self.current_year,
            page: &page,
            names: &names,
            publishers: data.as_deref().map_or(&[], Dataset::publishers),
        })
    }

    /// Subscribes the current view to the country names (they arrive after the map).
    pub fn track_names(&self) {
        self.names.track();
        self.english_names.track();
    }

    /// For a view without the map (tables, quotes): once the quotes and diaspora files are
    /// in, the view is this page's content, and `<html data-map-ready>` tells tests so.
    pub fn mark_ready_with_details(&self) {
        let ready = self.details_ready;
        effect(move || {
            if ready.get()
                && let Some(root) = document().document_element()
            {
                let _ = root.set_attribute("data-map-ready", "");
                mark_started();
            }
        });
    }

    /// Downloads the data, names and text files again (after a failure).
    pub fn retry_data(&self) {
        self.data_failed.set(false);
        self.data_retry.update(|n| *n += 1);
    }

    /// The notice for a failed download: a new version offers a reload, anything else a
    /// retry.
    pub fn notify_load(&self, error: &LoadError) {
        self.notify(match error {
            LoadError::NewVersion => Notice::NewVersion,
            other => Notice::DataUnavailable(other.to_string()),
        });
    }

    /// Adds a notice unless the same one is already showing.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }
}

/// The shared state; panics only if called outside the app (a programming error).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The browser's preferred supported language, or English.
fn browser_language() -> Lang {
    let navigator = window().navigator();
    let languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if languages.is_empty() {
        navigator
            .language()
            .map(|l| Lang::negotiate([l.as_str()]))
            .unwrap_or(Lang::En)
    } else {
        Lang::negotiate(languages.iter().map(String::as_str))
    }
}

/// The current calendar year according to the browser's clock.
pub fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}
