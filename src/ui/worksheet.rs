//! The worksheet page (`?print=worksheet`): the sheet (`markup::worksheet`) with a Print
//! button and a link back to the map of the same view. Printed, the page is the sheet
//! alone (`style/main.css`). All but the frame is in the print chunk (`ui::print`).

use leptos::prelude::*;

use super::chunks::use_chunks;
use super::clipboard::page_address;
use super::data_status::{DataStatus, retry_on_click};
use super::state::{History, use_app};
use crate::i18n::quiz::{question_sentence, quiz_strings};
use crate::i18n::sheet::sheet_strings;
use crate::links::view_link;
use crate::markup::notice::code_failed_html;
use crate::markup::worksheet::{Worksheet, sheet_questions, worksheet_html};
use crate::quiz::progress::MAX_SEED;
use crate::quiz::questions;
use crate::url_state::PrintLayout;

/// The page: the print chunk's content once it is in.
#[component]
pub fn WorksheetPage() -> impl IntoView {
    let app = use_app();
    let chunk = use_chunks().print;
    chunk.request();
    app.mark_ready_with_details(move || chunk.ready().is_some() && app.map_loaded());
    view! {
        <main class="worksheet" data-testid="worksheet-view">
            // The sheet is built once the chunk is in, and not again for what its building
            // reads (a second build would load its stylesheet again, hiding it meanwhile).
            {move || match chunk.ready() {
                Some(tools) => untrack(tools.sheet),
                None if chunk.failed() => {
                    let html = code_failed_html(app.text());
                    view! { <div on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div> }
                        .into_any()
                }
                None => view! { <DataStatus /> }.into_any(),
            }}
        </main>
    }
}

/// The worksheet's stylesheet, next to index.html (copied by Trunk, kept by `sw.js`).
const WORKSHEET_CSS: &str = "worksheet.css";

/// How many of the quiz's questions the sheet asks.
const SHEET_QUESTIONS: usize = 5;

/// The sheet with its two buttons (in the print chunk).
pub fn worksheet_sheet() -> AnyView {
    let app = use_app();
    // The same link prints the same questions: an address without a seed gets one.
    if let Some(PrintLayout::Worksheet { seed: None }) = app.map_state.get_untracked().print {
        let seed = (js_sys::Math::random() * MAX_SEED as f64) as u64 + 1;
        app.update(History::Replace, |state| {
            state.print = Some(PrintLayout::Worksheet { seed: Some(seed) });
        });
    }
    let text = move || sheet_strings(app.lang.get());
    let live = move || view_link(&page_address(), &app.map_state.get().live_view());
    let back = move || format!("?{}", app.map_state.get().live_view().to_query());
    let sheet = move || {
        let world = app.world.get()?;
        let data = app.dataset.get().filter(|_| app.details_ready.get())?;
        let year = app.year.get();
        let statuses = |code| data.status_in_year(code, year);
        let link = live();
        let Some(PrintLayout::Worksheet { seed: Some(seed) }) = app.map_state.get().print else {
            return None;
        };
        app.track_names();
        let wording = quiz_strings(app.lang.get());
        let questions = sheet_questions(
            &questions(&data, seed, SHEET_QUESTIONS),
            &|prompt| question_sentence(prompt, wording),
            &|code| app.name_of(code),
            &|date| app.date(date),
        );
        Some(worksheet_html(
            text(),
            &Worksheet {
                paths: &world.paths,
                statuses: &statuses,
                questions: &questions,
                live_link: &link,
            },
        ))
    };
    view! {
        // The sheet's styles, which the first load does without (`style/worksheet.css`).
        <link rel="stylesheet" href=WORKSHEET_CSS />
        <nav class="worksheet__tools" aria-label=move || text().worksheet>
            <a class="button" href=back data-testid="worksheet-back">
                {move || text().worksheet_back}
            </a>
            <button
                type="button"
                class="button"
                data-testid="worksheet-print"
                on:click=move |_| {
                    let _ = window().print();
                }
            >
                {move || text().print}
            </button>
        </nav>
        {move || match sheet() {
            Some(html) => {
                view! { <div class="worksheet__sheet" data-testid="worksheet" inner_html=html></div> }
                    .into_any()
            }
            None => view! { <DataStatus /> }.into_any(),
        }}
    }
    .into_any()
}
