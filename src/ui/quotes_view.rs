//! The quotes view (`view=quotes`): every quote, newest first, filtered by country, speaker,
//! theme and years. The filters are the URL's: each change is a history entry, so Back
//! restores the previous filter and a link reopens the same list.

use std::sync::Arc;

use leptos::prelude::*;

use super::chunks::{split_point, use_chunks};
use super::clipboard::page_address;
use super::data_status::{DataStatus, retry_on_click};
use super::item_actions::on_item_click;
use super::state::{AppState, History, use_app};
use crate::citation::item_citation;
use crate::data::{Dataset, QuoteTheme};
use crate::markup::notice::code_failed_html;
use crate::markup::quotes::{quotes_html, theme_label};
use crate::quote_filter::{QuoteFilter, filtered_quotes, speaker_countries, speakers, year_span};
use crate::url_state::MapState;
use crate::world::CountryCode;

/// The heading, then the filters and the list from the quotes view's chunk.
#[component]
pub fn QuotesView() -> impl IntoView {
    let app = use_app();
    let chunk = use_chunks().quotes;
    chunk.request();
    app.mark_ready_with_details(move || chunk.ready().is_some());
    view! {
        <section class="quotes-view" data-testid="quotes-view" aria-labelledby="quotes-view-title">
            <h2 id="quotes-view-title">{move || app.text().quotes_title}</h2>
            {move || match (app.dataset.get().filter(|_| app.details_ready.get()), chunk.ready()) {
                (Some(data), Some(quotes)) => (quotes.view)(data),
                (_, None) if chunk.failed() => {
                    let html = code_failed_html(app.text());
                    view! { <div on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div> }
                        .into_any()
                }
                _ => view! { <DataStatus /> }.into_any(),
            }}
        </section>
    }
}

/// The quotes view's chunk: the filters and the list (`markup::quotes`, `quote_filter`).
#[derive(Clone, Copy)]
pub struct Quotes {
    view: fn(Arc<Dataset>) -> AnyView,
}

split_point!(
    quotes_view,
    fn quotes() -> Quotes {
        Quotes { view: quotes_view }
    }
);

/// The filters and the list.
fn quotes_view(data: Arc<Dataset>) -> AnyView {
    view! { <Filters data=data.clone() /> <QuoteList data /> }.into_any()
}

/// The current filter and country (the view is only shown while `quotes` is set).
fn current(app: AppState) -> (QuoteFilter, Option<CountryCode>) {
    app.map_state
        .with(|s| (s.quotes.clone().unwrap_or_default(), s.country))
}

/// Changes the filter as a new history entry.
fn set_filter(app: AppState, change: impl FnOnce(&mut MapState, &mut QuoteFilter)) {
    app.update(History::Push, |state| {
        let mut filter = state.quotes.take().unwrap_or_default();
        change(state, &mut filter);
        state.item = None;
        state.quotes = Some(filter);
    });
}

/// An empty choice reads as "no filter".
fn non_empty(value: String) -> Option<String> {
    Some(value).filter(|v| !v.is_empty())
}

#[component]
fn Filters(data: Arc<Dataset>) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let speaker_list = speakers(&data)
        .into_iter()
        .map(|(key, name)| (key, name.to_owned()))
        .collect::<Vec<_>>();
    let (first, last) = year_span(&data).unwrap_or((app.current_year, app.current_year));
    let years: Vec<i32> = (first..=last).collect();
    let countries_data = data.clone();
    let country_options = move || {
        app.track_names();
        speaker_countries(&countries_data, &|code| app.name_of(code))
            .into_iter()
            .map(|(code, name)| {
                let chosen = move || current(app).1 == Some(code);
                view! { <option value=code.as_str().to_owned() prop:selected=chosen>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <form class="quotes-filters" data-testid="quotes-filters" on:submit=|ev| ev.prevent_default()>
            <label>
                <span>{move || text().filter_country}</span>
                <select
                    data-testid="filter-country"
                    on:change=move |ev| {
                        let code = non_empty(event_target_value(&ev)).and_then(|v| CountryCode::parse(&v).ok());
                        set_filter(app, |state, _| state.country = code);
                    }
                >
                    <option value="">{move || text().filter_any}</option>
                    {country_options}
                </select>
            </label>
            <label>
                <span>{move || text().filter_speaker}</span>
                <select
                    data-testid="filter-speaker"
                    on:change=move |ev| {
                        let speaker = non_empty(event_target_value(&ev));
                        set_filter(app, |_, f| f.speaker = speaker);
                    }
                >
                    <option value="">{move || text().filter_any}</option>
                    {speaker_list
                        .into_iter()
                        .map(|(key, name)| {
                            let wanted = key.clone();
                            let chosen = move || current(app).0.speaker.as_deref() == Some(wanted.as_str());
                            view! { <option value=key prop:selected=chosen>{name}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{move || text().filter_theme}</span>
                <select
                    data-testid="filter-theme"
                    on:change=move |ev| {
                        let theme = QuoteTheme::from_key(&event_target_value(&ev));
                        set_filter(app, |_, f| f.theme = theme);
                    }
                >
                    <option value="">{move || text().filter_any}</option>
                    {move || QuoteTheme::ALL
                        .iter()
                        .map(|t| {
                            let theme = *t;
                            let chosen = move || current(app).0.theme == Some(theme);
                            view! { <option value=t.key() prop:selected=chosen>{theme_label(theme, text())}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <YearSelect years=years.clone() to=false />
            <YearSelect years=years to=true />
            <button
                type="button"
                class="link-button"
                data-testid="filter-clear"
                on:click=move |_| set_filter(app, |state, f| {
                    state.country = None;
                    *f = QuoteFilter::default();
                })
            >
                {move || text().filter_clear}
            </button>
        </form>
    }
}

#[component]
fn QuoteList(data: Arc<Dataset>) -> impl IntoView {
    let app = use_app();
    let for_clicks = data.clone();
    let html = move || {
        app.track_names();
        let (filter, country) = current(app);
        let quotes = filtered_quotes(&data, &filter, country);
        app.with_markup_context(|cx| quotes_html(&data, &quotes, cx))
    };
    view! {
        <div
            class="quotes-view__list"
            data-testid="quotes-list"
            on:click=move |ev| {
                // Citations name the quote's permalink: its speaker's (or first) country.
                let citation = |id: &str| {
                    let quote = for_clicks.quote(id)?;
                    let code = quote.speaker_country.or(quote.countries.first().copied())?;
                    item_citation(&for_clicks, &page_address(), code, id)
                };
                on_item_click(&ev, app.text(), &citation);
            }
            inner_html=html
        ></div>
    }
}

/// The first (`to` false) or last year of the filter. Each option says whether it is
/// chosen, so a list drawn again keeps the URL's choice.
#[component]
fn YearSelect(years: Vec<i32>, to: bool) -> impl IntoView {
    let app = use_app();
    let chosen_year = move || {
        let filter = current(app).0;
        if to { filter.to } else { filter.from }
    };
    view! {
        <label>
            <span>{move || if to { app.text().filter_to } else { app.text().filter_from }}</span>
            <select
                data-testid=if to { "filter-to" } else { "filter-from" }
                on:change=move |ev| {
                    let year = event_target_value(&ev).parse().ok();
                    set_filter(app, |_, f| if to { f.to = year } else { f.from = year });
                }
            >
                <option value="">{move || app.text().filter_any}</option>
                {years
                    .into_iter()
                    .map(|year| {
                        let chosen = move || chosen_year() == Some(year);
                        view! { <option value=year.to_string() prop:selected=chosen>{year.to_string()}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
