//! A country's panel: status, capital, its part in the OTS, quotes, a dated timeline,
//! diaspora institutions and initiatives, its people abroad, notes and sources.

use std::sync::Arc;

use leptos::prelude::*;

use super::figure_list::FigureList;
use super::item_cards::{EventCard, QuoteCard, item_dom_id};
use super::panel::{SheetHandle, SheetHeight};
use super::sources::{SourceLinks, Uncertainty};
use super::state::use_app;
use crate::data::{Country, Dataset, Initiative, Institution, NoteTopic, Status};
use crate::geo::path::format_decimal;
use crate::i18n::{Strings, fill};
use crate::world::CountryCode;

/// The panel of one country.
#[component]
pub fn CountryPanel(code: CountryCode) -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let name = move || {
        app.track_names();
        app.name_of(code)
    };
    let SheetHeight(sheet) = expect_context::<SheetHeight>();

    // The name and status paint at once; the long lists follow a frame later, so the
    // panel answers a click within a frame even for countries with much data. Two
    // animation frames: a callback asked for now runs before the coming paint, and
    // would put the lists into the same frame as the name.
    let complete = RwSignal::new(false);
    request_animation_frame(move || {
        request_animation_frame(move || {
            complete.try_set(true);
        });
    });

    // Bring a linked item into view once it is on the page.
    Effect::new(move |_| {
        let item = app.map_state.with(|s| s.item.clone());
        let loaded = app.details_ready.get() && complete.get();
        app.lang.track();
        if let (Some(item), true) = (item, loaded) {
            request_animation_frame(move || scroll_to_item(&item));
        }
    });

    view! {
        <aside
            class="panel"
            class:panel--sized=move || sheet.get().is_some()
            style:height=move || sheet.get().map(|h| format!("{}px", format_decimal(h, 1)))
            data-testid="panel"
            aria-labelledby="panel-title"
            data-country=code.as_str().to_owned()
        >
            <SheetHandle />
            <header class="panel__header">
                <h2 class="panel__title" id="panel-title">{name}</h2>
                <button
                    type="button"
                    class="panel__close"
                    data-testid="panel-close"
                    aria-label=move || text().close_panel
                    title=move || text().close_panel
                    on:click=move |_| app.select(None)
                >
                    "×"
                </button>
            </header>
            <div class="panel__body">
                {move || {
                    let text = text();
                    app.track_names();
                    match app.dataset.get() {
                        Some(data) if !complete.get() || !app.details_ready.get() => {
                            // Until the quotes and diaspora files are in, the facts and a
                            // line saying the rest is on its way.
                            let waiting = !app.details_ready.get();
                            view! {
                                {data.country(code).cloned().map(|c| view! { <CountryFacts country=c text /> })}
                                {waiting.then(|| view! {
                                    <p class="panel__status" role="status" data-testid="panel-loading">{text.loading_details}</p>
                                })}
                            }
                            .into_any()
                        }
                        Some(data) => country_body(&data, code, text).into_any(),
                        None => view! { <p class="panel__status">{text.loading}</p> }.into_any(),
                    }
                }}
            </div>
        </aside>
    }
}

/// Everything the data holds about one country, or a short neutral line.
fn country_body(data: &Arc<Dataset>, code: CountryCode, text: &'static Strings) -> impl IntoView {
    let country = data.country(code).cloned();
    let quotes: Vec<_> = data.quotes_for(code).into_iter().cloned().collect();
    let events: Vec<_> = data.events_for(code).into_iter().cloned().collect();
    let institutions: Vec<_> = data.institutions_for(code).into_iter().cloned().collect();
    let initiatives: Vec<_> = data.initiatives_for(code).into_iter().cloned().collect();
    let abroad: Vec<_> = data.figures_from(code).into_iter().cloned().collect();
    let here: Vec<_> = data
        .figures_in(code)
        .into_iter()
        .filter(|f| f.origin != code)
        .cloned()
        .collect();
    let hosted: Vec<_> = data
        .summits_hosted_by(code)
        .into_iter()
        .rev()
        .map(|s| s.event.clone())
        .collect();
    let chairs: Vec<_> = data.chairmanships_of(code).into_iter().cloned().collect();
    let app = use_app();
    let nothing = country.is_none()
        && quotes.is_empty()
        && events.is_empty()
        && abroad.is_empty()
        && here.is_empty();
    let initiative_sessions: Vec<(Initiative, Vec<(String, String)>)> = initiatives
        .into_iter()
        .map(|i| {
            let sessions = data
                .initiative_events(&i)
                .into_iter()
                .map(|e| {
                    (
                        e.id.clone(),
                        format!("{} — {}", app.date(&e.date), e.place.name),
                    )
                })
                .collect();
            (i, sessions)
        })
        .collect();

    view! {
        {country.clone().map(|c| view! { <CountryFacts country=c text /> })}
        {nothing.then(|| view! {
            <p class="panel__status">{text.status_none}</p>
            <p>{text.no_data_for_country}</p>
        })}
        {(!hosted.is_empty() || !chairs.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-ots">
                <h3 id="sec-ots">{text.in_the_ots}</h3>
                {(!hosted.is_empty()).then(|| view! {
                    <h4>{text.summits_hosted}</h4>
                    <ul class="plain-list">
                        {hosted.into_iter().map(|event| {
                            let href = format!("?country={code}&item={}", event.id);
                            let label = format!("{} — {}, {}", event.title, app.date(&event.date), event.place.name);
                            view! { <li><a href=href>{label}</a></li> }
                        }).collect_view()}
                    </ul>
                })}
                {(!chairs.is_empty()).then(|| view! {
                    <h4>{text.chairmanships}</h4>
                    <ul class="plain-list">
                        {chairs.into_iter().map(|c| {
                            let end = c.to.map(|d| app.date(&d)).unwrap_or_else(|| text.present.to_owned());
                            view! {
                                <li>
                                    {format!("{} – {}", c.from, end)}
                                    {c.inferred.then(|| view! { " " <em class="flag">{format!("({})", text.inferred)}</em> })}
                                    <Uncertainty note=c.uncertainty.clone() text />
                                    <SourceLinks sources=c.sources.clone() text />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
            </section>
        })}
        {(!quotes.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-quotes">
                <h3 id="sec-quotes">{text.quotes}</h3>
                {quotes.into_iter().map(|q| view! { <QuoteCard quote=q country=code text /> }).collect_view()}
            </section>
        })}
        {(!events.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-timeline">
                <h3 id="sec-timeline">{text.timeline}</h3>
                <div class="timeline">
                    {events.into_iter().map(|e| view! { <EventCard event=e country=code text /> }).collect_view()}
                </div>
            </section>
        })}
        {(!institutions.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-institutions">
                <h3 id="sec-institutions">{text.diaspora_institutions}</h3>
                {institutions.into_iter().map(|i| view! { <InstitutionCard institution=i text /> }).collect_view()}
            </section>
        })}
        {(!initiative_sessions.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-initiatives">
                <h3 id="sec-initiatives">{text.diaspora_initiatives}</h3>
                {initiative_sessions.into_iter().map(|(i, sessions)| view! {
                    <InitiativeCard initiative=i sessions code text />
                }).collect_view()}
            </section>
        })}
        {(!abroad.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-abroad">
                <h3 id="sec-abroad">{text.people_abroad}</h3>
                <FigureList figures=abroad by_host=true text />
            </section>
        })}
        {(!here.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-here">
                <h3 id="sec-here">{text.communities_here}</h3>
                <FigureList figures=here by_host=false text />
            </section>
        })}
        {country.map(|c| view! { <CountryNotes country=c text /> })}
    }
}

/// Status, recognition note, official name, capital, notes and the record's sources.
#[component]
fn CountryFacts(country: Country, text: &'static Strings) -> impl IntoView {
    let status_line = match &country.membership {
        Some(m) => {
            let since = use_app().date(&m.since);
            let line = match m.status {
                Status::Member => fill(text.status_member, &[&since]),
                Status::Observer => fill(text.status_observer, &[&since]),
            };
            if m.founding_member {
                format!("{line} ({})", text.founding_member)
            } else {
                line
            }
        }
        None => text.status_none.to_owned(),
    };
    let membership_detail = country
        .membership
        .as_ref()
        .map(|m| (m.uncertainty.clone(), m.sources.clone()));
    let recognition: Vec<_> = country
        .notes_about(NoteTopic::Recognition)
        .cloned()
        .collect();
    view! {
        <p class="panel__status" data-testid="panel-status">{status_line}</p>
        {membership_detail.map(|(uncertainty, sources)| view! {
            <Uncertainty note=uncertainty text />
            <SourceLinks sources text />
        })}
        {recognition.into_iter().map(|note| view! {
            <div class="note note--recognition" data-testid="recognition-note" role="note">
                <h3 class="note__title">{text.recognition}</h3>
                <p>{note.text}</p>
                <Uncertainty note=note.uncertainty text />
                <SourceLinks sources=note.sources text />
            </div>
        }).collect_view()}
        <dl class="panel__facts">
            {country.official_name.map(|o| view! { <dt>{text.official_name}</dt> <dd>{o}</dd> })}
            {country.capital.map(|c| view! { <dt>{text.capital}</dt> <dd>{c.name}</dd> })}
        </dl>
        <Uncertainty note=country.uncertainty text />
    }
}

/// The country's other notes and the sources of its record, at the end of the panel.
#[component]
fn CountryNotes(country: Country, text: &'static Strings) -> impl IntoView {
    let notes: Vec<_> = country
        .notes
        .iter()
        .filter(|n| n.topic != NoteTopic::Recognition)
        .cloned()
        .collect();
    view! {
        {(!notes.is_empty()).then(|| view! {
            <section class="panel__section" aria-labelledby="sec-notes">
                <h3 id="sec-notes">{text.notes}</h3>
                {notes.into_iter().map(|note| view! {
                    <div class="note">
                        <p>{note.text}</p>
                        <Uncertainty note=note.uncertainty text />
                        <SourceLinks sources=note.sources text />
                    </div>
                }).collect_view()}
            </section>
        })}
        <SourceLinks sources=country.sources text />
    }
}

/// A national diaspora institution, or the record that none is identified.
#[component]
fn InstitutionCard(institution: Institution, text: &'static Strings) -> impl IntoView {
    let title = institution
        .name
        .clone()
        .unwrap_or_else(|| text.not_identified.to_owned());
    view! {
        <article class="card" class:card--unidentified=!institution.identified>
            <h4 class="card__title">{title}</h4>
            {institution.local_name.map(|n| view! { <p class="card__subtitle">{n}</p> })}
            <p>{institution.summary}</p>
            <dl class="panel__facts">
                {institution.established.map(|d| view! { <dt>{text.established}</dt> <dd>{use_app().date(&d)}</dd> })}
                {institution.head.map(|h| view! { <dt>{text.head}</dt> <dd>{h}</dd> })}
            </dl>
            {institution.history.map(|h| view! { <p class="card__history">{h}</p> })}
            <Uncertainty note=institution.uncertainty text />
            <SourceLinks sources=institution.sources text />
        </article>
    }
}

/// An OTS diaspora initiative with links to its sessions.
#[component]
fn InitiativeCard(
    initiative: Initiative,
    sessions: Vec<(String, String)>,
    code: CountryCode,
    text: &'static Strings,
) -> impl IntoView {
    view! {
        <article class="card">
            <h4 class="card__title">{initiative.name}</h4>
            <p>{initiative.summary}</p>
            {(!sessions.is_empty()).then(|| view! {
                <ul class="plain-list">
                    {sessions.into_iter().map(|(id, label)| {
                        let href = format!("?country={code}&item={id}");
                        view! { <li><a href=href>{label}</a></li> }
                    }).collect_view()}
                </ul>
            })}
            <Uncertainty note=initiative.uncertainty text />
            <SourceLinks sources=initiative.sources text />
        </article>
    }
}

/// Scrolls the panel to an item's card and moves focus there.
fn scroll_to_item(item: &str) {
    let Some(element) = document().get_element_by_id(&item_dom_id(item)) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
        let _ = html.focus();
    }
}
