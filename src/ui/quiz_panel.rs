//! The quiz (`?quiz=1`) in the side panel (a bottom sheet on phones): the shell, in the
//! main module, and the card from the quiz's chunk (`quiz_card`: the questions, drawn by
//! `quiz::questions`, and their text, `i18n::quiz`), asked for when the quiz opens.

use std::sync::Arc;

use leptos::prelude::*;

use super::chunks::{split_point, use_chunks};
use super::data_status::{DataStatus, retry_on_click};
use super::sheet::{SheetHandle, SheetHeight};
use super::state::use_app;
use crate::data::Dataset;
use crate::geo::path::format_decimal;
use crate::markup::notice::code_failed_html;

/// The quiz's chunk: the card.
#[derive(Clone, Copy)]
pub struct QuizCard {
    view: fn(Arc<Dataset>) -> AnyView,
}

split_point!(
    quiz,
    fn quiz_card() -> QuizCard {
        QuizCard {
            view: super::quiz_card::quiz_card,
        }
    }
);

/// The panel that holds the quiz: the card once its chunk and the full data are in.
#[component]
pub fn QuizPanel() -> impl IntoView {
    let app = use_app();
    let SheetHeight(sheet) = expect_context::<SheetHeight>();
    let chunk = use_chunks().quiz;
    chunk.request();
    view! {
        <aside
            class="panel panel--quiz"
            class:panel--sized=move || sheet.get().is_some()
            style:height=move || sheet.get().map(|h| format!("{}px", format_decimal(h, 1)))
            data-testid="quiz-panel"
            aria-labelledby="quiz-title"
        >
            <SheetHandle />
            {move || match (app.dataset.get().filter(|_| app.details_ready.get()), chunk.ready()) {
                (Some(data), Some(card)) => (card.view)(data),
                (_, None) if chunk.failed() => {
                    let html = code_failed_html(app.text());
                    view! { <div class="panel__body" id="quiz-title" on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div> }
                        .into_any()
                }
                _ => view! { <div class="panel__body" id="quiz-title"><DataStatus /></div> }.into_any(),
            }}
        </aside>
    }
}
