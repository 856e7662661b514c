//! "About the OTS": shown when no country is selected. What the organisation is, its
//! members and observers with their years, secretariat, Secretary-General, chair and
//! summits. On phones it starts folded so the map stays in view.

use std::sync::Arc;

use leptos::prelude::*;

use super::panel::{SheetHandle, SheetHeight};
use super::phone::is_phone;
use super::sources::{SourceLinks, Uncertainty};
use super::state::use_app;
use crate::data::{Dataset, Status, SummitSeries};
use crate::geo::path::format_decimal;
use crate::i18n::{Strings, fill};

/// The About panel.
#[component]
pub fn AboutPanel() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let on_phone = is_phone();
    let expanded = RwSignal::new(!on_phone && !app.map_state.with_untracked(|s| s.embed));
    let SheetHeight(sheet) = expect_context::<SheetHeight>();
    view! {
        <aside
            class="panel panel--about"
            class:panel--collapsed=move || !expanded.get()
            class:panel--sized=move || sheet.get().is_some() && expanded.get()
            style:height=move || sheet.get().filter(|_| expanded.get()).map(|h| format!("{}px", format_decimal(h, 1)))
            data-testid="about-panel"
            aria-labelledby="about-title"
        >
            <SheetHandle />
            <header class="panel__header">
                <h2 class="panel__title" id="about-title">{move || text().about_title}</h2>
                <button
                    type="button"
                    class="panel__toggle"
                    data-testid="about-toggle"
                    aria-expanded=move || if expanded.get() { "true" } else { "false" }
                    aria-controls="about-body"
                    aria-label=move || text().about_expand
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "▾" } else { "▴" }}
                </button>
            </header>
            <div class="panel__body" id="about-body">
                {move || {
                    let text = text();
                    app.track_names();
                    app.year.track();
                    app.dataset
                        .get()
                        .map(|data| about_body(&data, text).into_any())
                        .unwrap_or_else(|| view! { <p>{text.loading}</p> }.into_any())
                }}
            </div>
        </aside>
    }
}

fn about_body(data: &Arc<Dataset>, text: &'static Strings) -> impl IntoView {
    let app = use_app();
    let org = data.organization().clone();
    let countries: Vec<_> = data
        .ots_countries()
        .into_iter()
        .filter_map(|c| {
            c.membership
                .as_ref()
                .map(|m| (c.code, m.status, m.since, m.founding_member))
        })
        .collect();
    let list = move |wanted: Status| {
        countries
            .iter()
            .filter(|(_, status, _, _)| *status == wanted)
            .map(|&(code, _, since, founding)| {
                let name = app.name_of(code);
                let detail = if founding {
                    format!("{} ({})", since.year(), text.founding_member)
                } else {
                    since.year().to_string()
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="link-button"
                            data-code=code.as_str().to_owned()
                            on:click=move |_| app.select(Some(code))
                        >
                            {name}
                        </button>
                        " — "
                        {detail}
                    </li>
                }
            })
            .collect_view()
    };
    let members = list(Status::Member);
    let observers = list(Status::Observer);
    let sg = data.current_secretary_general().cloned();
    let chair = data.current_chair().cloned();
    let mut summits: Vec<_> = data
        .summits()
        .into_iter()
        .filter(|s| s.summit.series == SummitSeries::TurkicCouncilOts)
        .map(|s| (s.summit.host, s.event.clone()))
        .collect();
    summits.reverse();
    let year = app.year.get_untracked();
    let showing = (year != app.current_year).then(|| {
        let name = if year < 2021 {
            text.turkic_council_name
        } else {
            text.ots_name
        };
        fill(text.as_of_year, &[name, &year.to_string()])
    });
    view! {
        {showing.map(|line| view! { <p class="panel__year" data-testid="about-year">{line}</p> })}
        {org.facts.into_iter().map(|fact| view! {
            <div class="fact">
                <p>{fact.text}</p>
                <Uncertainty note=fact.uncertainty text />
                <SourceLinks sources=fact.sources text />
            </div>
        }).collect_view()}
        <section class="panel__section" aria-labelledby="about-members">
            <h3 id="about-members">{text.members_heading}</h3>
            <ul class="plain-list" data-testid="about-members">{members}</ul>
            <h3>{text.observers_heading}</h3>
            <ul class="plain-list" data-testid="about-observers">{observers}</ul>
        </section>
        <section class="panel__section" aria-labelledby="about-people">
            <h3 id="about-people">{text.secretariat}</h3>
            <dl class="panel__facts">
                {sg.map(|sg| view! {
                    <dt>{text.secretary_general}</dt>
                    <dd>
                        {format!("{} ({}), {} – {}", sg.name, app.name_of(sg.country), app.date(&sg.from), text.present)}
                        <Uncertainty note=sg.uncertainty text />
                        <SourceLinks sources=sg.sources text />
                    </dd>
                })}
                {chair.map(|c| view! {
                    <dt>{text.current_chair}</dt>
                    <dd>
                        {format!("{}, {} – {}", app.name_of(c.country), app.date(&c.from), text.present)}
                        <SourceLinks sources=c.sources text />
                    </dd>
                })}
            </dl>
        </section>
        <section class="panel__section" aria-labelledby="about-summits">
            <h3 id="about-summits">{text.summits}</h3>
            <ul class="plain-list" data-testid="about-summits">
                {summits.into_iter().map(|(host, event)| {
                    let href = format!("?country={host}&item={}", event.id);
                    let label = format!("{} — {}, {}", event.title, app.date(&event.date), event.place.name);
                    view! { <li><a href=href>{label}</a></li> }
                }).collect_view()}
            </ul>
        </section>
        <p class="panel__as-of">{fill(text.as_of, &[&app.date(&org.as_of)])}</p>
    }
}
