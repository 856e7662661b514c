//! The country search: a combobox whose suggestions match names in the current language,
//! in English and by code. Choosing one selects the country and brings it into view.

use leptos::prelude::*;

use super::map::camera::MapCamera;
use super::state::{AppState, use_app};
use crate::markup::hooks::option_id;
use crate::search::{SearchEntry, suggest};
use crate::world::CountryCode;

/// How many suggestions are offered at once.
const MAX_SUGGESTIONS: usize = 8;

/// The search box with its suggestion list.
#[component]
pub fn SearchBox(#[prop(into)] id: String) -> impl IntoView {
    let app = use_app();
    // The map's camera, provided above the header: it frames the country chosen.
    let map = use_context::<MapCamera>();
    let text = move || app.text();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    let open = RwSignal::new(false);
    let list_id = format!("{id}-list");
    let entries = search_entries(app);
    let matches =
        Memo::new(move |_| query.with(|q| entries.with(|e| suggest(q, e, MAX_SUGGESTIONS))));
    let choose = move |code: CountryCode| {
        query.set(app.name_of(code));
        open.set(false);
        active.set(None);
        app.select(Some(code));
        if let Some(map) = map {
            map.frame(code);
        }
    };
    let option_id = {
        let list_id = list_id.clone();
        move |i: usize| option_id(&list_id, i)
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || active.get().filter(|_| open.get()).map(&option_id)
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let count = matches.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                let pick = active.get_untracked().or((count > 0).then_some(0));
                if let Some(code) = pick.and_then(|i| matches.with_untracked(|m| m.get(i).copied()))
                {
                    ev.prevent_default();
                    choose(code);
                }
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let expanded = move || open.get() && !query.with(String::is_empty);
    view! {
        <div class="search" data-testid="search">
            <input
                id=id.clone()
                class="search__input"
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                data-testid="search-input"
                aria-label=move || text().search_label
                placeholder=move || text().search_placeholder
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=active_descendant
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                    active.set(None);
                }
                on:keydown=on_key
                on:blur=move |_| set_timeout(move || open.set(false), std::time::Duration::from_millis(150))
            />
            <ul
                id=list_id.clone()
                class="search__list"
                role="listbox"
                data-testid="search-list"
                aria-label=move || text().search_results
                hidden=move || !expanded()
            >
                // Views, not a string of markup: Leptos moves the active option's class
                // on an arrow key instead of writing the list again, and each option has
                // its own handler. The string form (`render/search_html.rs` until issue
                // 15) saved only 0.8 KB of Wasm with brotli (238.9 KB as views, 238.1 KB as markup),
                // under the 1 KB that pays for a string contract.
                {move || {
                    app.track_names();
                    let list = matches.get();
                    if list.is_empty() {
                        return view! {
                            <li class="search__empty" role="presentation">{text().search_no_match}</li>
                        }
                        .into_any();
                    }
                    list.into_iter()
                        .enumerate()
                        .map(|(i, code)| {
                            let selected = move || active.get() == Some(i);
                            view! {
                                <li
                                    id=option_id(i)
                                    class="search__option"
                                    class:search__option--active=selected
                                    role="option"
                                    aria-selected=move || if selected() { "true" } else { "false" }
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        choose(code);
                                    }
                                >
                                    <span>{app.name_of(code)}</span>
                                    " "
                                    <span class="search__code">{code.as_str()}</span>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </div>
    }
}

/// What the search looks in: each country's name in the language in effect, with its
/// English name when that differs.
fn search_entries(app: AppState) -> Memo<Vec<SearchEntry>> {
    Memo::new(move |_| {
        app.track_names();
        let local = app.names.get();
        let english = app.english_names.get();
        let Some(english) = english.or(local.clone()) else {
            return Vec::new();
        };
        english
            .iter()
            .map(|(code, english_name)| {
                let name = local
                    .as_ref()
                    .and_then(|l| l.get(code))
                    .unwrap_or(english_name)
                    .to_owned();
                let other = (name != english_name).then(|| english_name.to_owned());
                SearchEntry { code, name, other }
            })
            .collect::<Vec<_>>()
    })
}
