//! The page's query string as a signal, and navigation by the History API: the part of a
//! router this app uses. (`leptos_router` did this before, for 10 KB more Wasm with
//! brotli: its matching, scrolling and form handling went unused.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::markup::hooks::DATA_RELOAD;
use crate::page_link::{Arrival, PageAddress, in_page_query};

/// The query string of the page (with its `?`, or empty), following Back, Forward and
/// in-page links.
#[derive(Clone, Copy)]
pub struct Location {
    query: RwSignal<String>,
    arrival: RwSignal<Arrival>,
}

impl Location {
    /// Starts following the page's address. Call once per app.
    pub fn follow() -> Location {
        let query = RwSignal::new(current_query());
        let arrival = RwSignal::new(Arrival::Opened);
        // Back and Forward.
        let _popstate = window_event_listener(leptos::ev::popstate, move |_| {
            arrival.try_set(Arrival::History);
            query.try_set(current_query());
        });
        let location = Location { query, arrival };
        // A link to another view of this page (the panels' `?country=…&item=…` links)
        // changes the view in place instead of loading the page again.
        let _links = window_event_listener(leptos::ev::click, move |ev| {
            if let Some(search) = in_page_link(&ev) {
                ev.prevent_default();
                if search != location.query.get_untracked() {
                    location.navigate(&search, false);
                }
            }
        });
        location
    }

    /// The query string, tracked.
    pub fn query(&self) -> ReadSignal<String> {
        self.query.read_only()
    }

    /// How the page came to its current address (not tracked: read it when the query
    /// changes).
    pub fn arrival(&self) -> Arrival {
        self.arrival.get_untracked()
    }

    /// Shows the view of `query` (a query string with its `?`, or empty for none): a new
    /// history entry, or in place of the current one when `replace` is set.
    pub fn navigate(&self, query: &str, replace: bool) {
        let window = window();
        let path = window
            .location()
            .pathname()
            .unwrap_or_else(|_| "/".to_owned());
        let url = format!("{path}{query}");
        if let Ok(history) = window.history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&state, "", Some(&url))
            } else {
                history.push_state_with_url(&state, "", Some(&url))
            };
        }
        // A new entry is the visitor's doing; a replaced one (a link put in its normal
        // form, a settled camera, the year slider) leaves the way the page came as it was.
        if !replace {
            self.arrival.set(Arrival::InApp);
        }
        if self.query.get_untracked() != query {
            self.query.set(query.to_owned());
        }
    }
}

/// The page's query string, with its `?`.
fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The query string of a plain click on a link to another view of this page, or `None` for
/// anything the browser should handle: a modified or middle click, a link that opens
/// elsewhere or downloads, another page (`page_link::in_page_query` decides).
fn in_page_link(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    // `data-reload` (the error box's Reload) asks for a real page load.
    if !matches!(link.target().as_str(), "" | "_self")
        || link.has_attribute("download")
        || link.has_attribute(DATA_RELOAD)
    {
        return None;
    }
    let here = window().location();
    let (origin, path, search, hash) = (link.origin(), link.pathname(), link.search(), link.hash());
    let (here_origin, here_path, here_search) = (
        here.origin().ok()?,
        here.pathname().ok()?,
        here.search().ok()?,
    );
    in_page_query(
        &PageAddress {
            origin: &origin,
            path: &path,
            search: &search,
            hash: &hash,
        },
        &PageAddress {
            origin: &here_origin,
            path: &here_path,
            search: &here_search,
            hash: "",
        },
    )
    .map(str::to_owned)
}
