//! The URL part of the state: the query string parsed once per change (the first time
//! with its notices kept), the language and year in effect, and navigation.

use leptos::prelude::*;

use super::{AppState, History, Notice};
use crate::page_link::Arrival;
use crate::ui::location::Location;
use crate::ui::reactive::{effect, effect_until};
use crate::url_state::{Lang, MapState, UrlNotice};
use crate::world::CountryCode;

/// What the URL says, with what its first version deserved to be told.
pub(super) struct UrlParts {
    pub map_state: Memo<MapState>,
    pub lang: Memo<Lang>,
    pub year: Memo<i32>,
    pub location: Location,
    /// The notices the first URL of the session deserves (bad parameters).
    pub first_notices: Vec<UrlNotice>,
}

impl UrlParts {
    /// Follows the page's address. The first query is parsed here once: its state is the
    /// memo's first value and its notices are kept.
    pub fn follow(current_year: i32) -> UrlParts {
        let location = Location::follow();
        let query = location.query();
        let first_query = query.get_untracked();
        let (first, first_notices) = MapState::from_query(&first_query, current_year);
        let map_state = Memo::new(move |before: Option<&MapState>| {
            query.with(|q| {
                if before.is_none() && *q == first_query {
                    first.clone()
                } else {
                    MapState::from_query(q, current_year).0
                }
            })
        });
        let browser_lang = browser_language();
        let lang = Memo::new(move |_| map_state.with(|s| s.lang).unwrap_or(browser_lang));
        let year = Memo::new(move |_| map_state.with(|s| s.year).unwrap_or(current_year));
        UrlParts {
            map_state,
            lang,
            year,
            location,
            first_notices,
        }
    }
}

impl AppState {
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

    /// How the page came to its current address (not tracked).
    pub fn arrival(&self) -> Arrival {
        self.location.arrival()
    }

    /// Changes the state with `change` applied to the current one.
    pub fn update(&self, history: History, change: impl FnOnce(&mut MapState)) {
        let mut next = self.map_state.get_untracked();
        change(&mut next);
        self.go(&next, history);
    }

    /// Selects a country (or none), as a new history entry. While the quiz is open, a
    /// country chosen on the map answers it instead (`map_pick`).
    pub fn select(&self, country: Option<CountryCode>) {
        if self.map_state.with_untracked(|s| s.quiz.is_some()) {
            if country.is_some() {
                self.map_pick.set(country);
            }
            return;
        }
        if self.map_state.with_untracked(|s| s.country) != country || country.is_none() {
            let next = self.map_state.get_untracked().with_country(country);
            self.go(&next, History::Push);
        }
    }

    /// Once the map is known, drops what the URL asked for that does not exist, tells the
    /// visitor why, and rewrites the URL in its normal form; a linked item that the data
    /// does not hold is dropped with a notice.
    pub(super) fn normalise_url(self, first_notices: Vec<UrlNotice>) {
        let app = self;
        effect_until(move || {
            if !app.map_loaded() {
                return false;
            }
            for notice in &first_notices {
                app.notify(Notice::Url(notice.clone()));
            }
            let mut state = app.map_state.get_untracked();
            if let Some(code) = state.country
                && app.is_known(code) == Some(false)
            {
                app.notify(Notice::Url(UrlNotice::UnknownCountry(code)));
                state = state.with_country(None);
            }
            let current = window().location().search().unwrap_or_default();
            let current = current.strip_prefix('?').unwrap_or(&current);
            if current != state.to_query() {
                app.go(&state, History::Replace);
            }
            true
        });

        effect(move || {
            let Some(data) = app.dataset.get().filter(|_| app.details_ready.get()) else {
                return;
            };
            let Some(item) = app.map_state.with_untracked(|s| s.item.clone()) else {
                return;
            };
            if data.item(&item).is_none() {
                app.notify(Notice::Url(UrlNotice::UnknownItem(item)));
                app.update(History::Replace, |s| s.item = None);
            }
        });
    }
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
