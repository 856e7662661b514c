//! The table view (`view=table`): the map's content as accessible tables — countries with
//! status and years, diaspora figures, events — for screen readers and for reading.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::use_app;
use crate::data::query::date_key;
use crate::data::{Confidence, Dataset, PopulationKind, Source, Status};
use crate::i18n::Strings;
use crate::i18n::numbers::compact_amount;
use crate::sort::order_by;

/// The three tables.
#[component]
pub fn TableView() -> impl IntoView {
    let app = use_app();
    // The table view is this page's content once the data is in: tell tests it is ready.
    Effect::new(move |_| {
        if app.details_ready.get()
            && let Some(root) = document().document_element()
        {
            let _ = root.set_attribute("data-map-ready", "");
        }
    });
    view! {
        <section class="table-view" data-testid="table-view" aria-labelledby="table-view-title">
            {move || {
                let text = app.text();
                app.track_names();
                app.year.track();
                view! {
                    <h2 id="table-view-title">{text.table_title}</h2>
                    {match app.dataset.get().filter(|_| app.details_ready.get()) {
                        Some(data) => tables(&data, text).into_any(),
                        None => view! { <p role="status">{text.loading_details}</p> }.into_any(),
                    }}
                }
            }}
        </section>
    }
}

fn tables(data: &Arc<Dataset>, text: &'static Strings) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let year = app.year.get_untracked();
    let countries: Vec<_> = data
        .ots_countries()
        .into_iter()
        .filter_map(|c| {
            let m = c.membership.as_ref()?;
            let status = match data.status_in_year(c.code, year) {
                Some(Status::Member) => text.status_member_short,
                Some(Status::Observer) => text.status_observer_short,
                None => "—",
            };
            Some((
                c.code,
                status,
                app.date(&m.since),
                c.capital
                    .as_ref()
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
            ))
        })
        .collect();
    let figures: Vec<_> = data.figures().to_vec();
    // Newest first.
    let all = data.events();
    let keys: Vec<u64> = all.iter().map(|e| !date_key(&e.date)).collect();
    let events: Vec<_> = order_by(&keys)
        .into_iter()
        .map(|i| all[i].clone())
        .collect();
    view! {
        <table class="data-table" data-testid="table-countries">
            <caption>{text.table_countries}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.col_country}</th>
                    <th scope="col">{text.col_status}</th>
                    <th scope="col">{text.col_since}</th>
                    <th scope="col">{text.col_capital}</th>
                </tr>
            </thead>
            <tbody>
                {countries.into_iter().map(|(code, status, since, capital)| view! {
                    <tr>
                        <th scope="row">{app.name_of(code)}</th>
                        <td>{status}</td>
                        <td>{since}</td>
                        <td>{capital}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <table class="data-table" data-testid="table-figures">
            <caption>{text.table_figures}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.col_origin}</th>
                    <th scope="col">{text.col_host}</th>
                    <th scope="col">{text.col_people}</th>
                    <th scope="col">{text.col_year}</th>
                    <th scope="col">{text.col_kind}</th>
                    <th scope="col">{text.col_confidence}</th>
                    <th scope="col">{text.col_sources}</th>
                </tr>
            </thead>
            <tbody>
                {figures.into_iter().map(|f| {
                    let kind = if f.kind == PopulationKind::Native { text.native_community } else { text.diaspora_kind };
                    let confidence = match f.confidence {
                        Confidence::High => text.confidence_high,
                        Confidence::Medium => text.confidence_medium,
                        Confidence::Low => text.confidence_low,
                    };
                    view! {
                        <tr>
                            <td>{app.name_of(f.origin)}</td>
                            <th scope="row">{app.name_of(f.host)}</th>
                            <td>{compact_amount(f.amount, lang)}</td>
                            <td>{f.year.map(|y| y.to_string()).unwrap_or_default()}</td>
                            <td>{kind}</td>
                            <td>{confidence}</td>
                            <td><SourceCell sources=f.sources.clone() /></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <table class="data-table" data-testid="table-events">
            <caption>{text.table_events}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.col_date}</th>
                    <th scope="col">{text.col_event}</th>
                    <th scope="col">{text.col_place}</th>
                    <th scope="col">{text.col_sources}</th>
                </tr>
            </thead>
            <tbody>
                {events.into_iter().map(|e| view! {
                    <tr>
                        <td><time datetime=e.date.compact()>{app.date(&e.date)}</time></td>
                        <th scope="row">{e.title.clone()}</th>
                        <td>{e.place.name.clone()}</td>
                        <td><SourceCell sources=e.sources.clone() /></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Source links in a table cell.
#[component]
fn SourceCell(sources: Vec<Source>) -> impl IntoView {
    sources
        .into_iter()
        .map(|s| {
            view! {
                <a class="sources__link" href=s.url().to_owned() target="_blank" rel="noopener noreferrer external">
                    {s.host().to_owned()}
                </a>
                " "
            }
        })
        .collect_view()
}
