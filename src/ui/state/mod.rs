//! The app's shared state: the URL (the source of truth for what is shown, `url`), what
//! has been downloaded and the values derived from it (`content`), the notices (`notices`),
//! and the few transient values no URL should carry (hover). Provided once as context.

mod content;
mod notices;
mod url;

use std::sync::Arc;

use leptos::prelude::*;

use self::content::Content;
pub use self::notices::Notice;
use self::url::UrlParts;
use super::clipboard::page_address;
use super::load::LoadedWorld;
use super::location::Location;
use crate::data::{Dataset, FuzzyDate, Status};
use crate::i18n::dates::format_date;
use crate::i18n::{EN, Strings};
use crate::markup::context::MarkupContext;
use crate::url_state::{Lang, MapState};
use crate::world::{CountryCode, CountryNames};

/// How a state change enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A deliberate step (selecting a country): Back returns to the previous state.
    Push,
    /// A transient change (panning, normalising): the current entry is rewritten.
    Replace,
}

/// Everything components share. All fields are `Copy` handles; the loaded values are
/// derived from the downloads (`content`), never written by hand.
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
    /// A country chosen on the map (click, tap, Enter) while the quiz is open: its answer,
    /// instead of a selection (see [`AppState::select`]); the quiz takes it.
    pub map_pick: RwSignal<Option<CountryCode>>,
    /// Country names in the current language (English until loaded).
    pub names: Memo<Option<Arc<CountryNames>>>,
    /// English names, for search and fallbacks.
    pub english_names: Memo<Option<Arc<CountryNames>>>,
    /// The validated dataset, once loaded: in the default view first from
    /// `first-view.json` (what that view shows: see `full_data`), then from the full files
    /// without quotes and diaspora records, then whole once those files are in (see
    /// `details_ready`).
    pub dataset: Memo<Option<Arc<Dataset>>>,
    /// True once `dataset` holds the full files and the quotes and diaspora records.
    pub details_ready: Memo<bool>,
    /// True once `dataset` is read from the full files, not from `first-view.json` (which
    /// holds only what the default view shows: a country's panel waits for the full ones).
    pub full_data: Memo<bool>,
    /// True when a data file could not be downloaded or read: panels and the table and
    /// quotes views then say so (with Try again) instead of "Loading".
    pub data_failed: Memo<bool>,
    /// The projected world: first that of the first view, then the whole one (`None`
    /// until it has loaded).
    pub world: Memo<Option<Arc<LoadedWorld>>>,
    /// Interface text fetched for a language other than English (English is built in).
    loaded_text: Memo<Option<(Lang, &'static Strings)>>,
    content: Content,
    location: Location,
}

impl AppState {
    /// Creates the state from the page's URL, starts the downloads it needs and provides
    /// it as context.
    pub fn provide(current_year: i32) -> AppState {
        let url = UrlParts::follow(current_year);
        let (content, derived) = Content::load(url.map_state, url.lang);
        let built = content.built;
        let state = AppState {
            map_state: url.map_state,
            lang: url.lang,
            year: url.year,
            current_year,
            notices: RwSignal::new(Vec::new()),
            hovered: RwSignal::new(None),
            map_pick: RwSignal::new(None),
            names: derived.names,
            english_names: derived.english_names,
            dataset: Memo::new_with_compare(
                move |_| built.with(|b| b.dataset.clone()),
                |a, b| !matches!((a, b), (Some(Some(a)), Some(Some(b))) if Arc::ptr_eq(a, b)),
            ),
            details_ready: Memo::new(move |_| built.with(|b| b.complete)),
            full_data: Memo::new(move |_| built.with(|b| b.full)),
            data_failed: Memo::new(move |_| built.with(|b| b.failed)),
            world: derived.world,
            loaded_text: derived.loaded_text,
            content,
            location: url.location,
        };
        provide_context(state);
        // The split-off code (share dialog, panel body, table and quotes views), which the
        // components that show it ask for: wherever the state is, so are they.
        super::chunks::Chunks::provide();
        state.report_problems();
        state.normalise_url(url.first_notices);
        state
    }

    /// Whether the map has `code`: `None` until that is known (the geometry, or else the
    /// names, which list the same countries, have not loaded). The one answer to "is this
    /// a country" after the URL's syntax (`url_state`).
    pub fn is_known(&self, code: CountryCode) -> Option<bool> {
        self.content
            .first_world
            .with(|w| match w {
                Some(Ok(w)) => Some(w.contains(code)),
                _ => None,
            })
            .or_else(|| {
                self.english_names
                    .with(|n| n.as_ref().map(|n| n.get(code).is_some()))
            })
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

    /// A country's OTS status in the year shown and the year its membership began. Only
    /// OTS countries read the year, so a year change re-runs the few shapes it can affect,
    /// not all of them (tracking is dynamic).
    pub fn ots_status(&self, code: CountryCode) -> Option<(Status, i32)> {
        let since = self
            .dataset
            .with(|d| Some(d.as_ref()?.country(code)?.membership.as_ref()?.since.year()))?;
        let year = self.year.get();
        let status = self
            .dataset
            .with(|d| d.as_ref()?.status_in_year(code, year))?;
        Some((status, since))
    }

    /// A date written the way the current language writes dates.
    pub fn date(&self, date: &FuzzyDate) -> String {
        format_date(date, untrack(|| self.text()))
    }

    /// Calls `f` with what the panels' markup needs (`markup::context`): the text and
    /// language (tracked), the year, the page's address and the names (not tracked: markup
    /// that shows the year calls `app.year.track()`, markup with names
    /// [`AppState::track_names`]).
    pub fn with_markup_context<R>(&self, f: impl FnOnce(&MarkupContext<'_>) -> R) -> R {
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
}

/// The shared state; panics only if called outside the app (a programming error).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The current calendar year according to the browser's clock.
pub fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}
