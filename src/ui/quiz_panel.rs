//! The quiz (`?quiz=1`) in the side panel (a bottom sheet on phones): its chunk's card
//! (`quiz_card`: the panel with the questions, drawn by `quiz::questions`, and their
//! text, `i18n::quiz`), asked for when the quiz opens. The main module keeps only the
//! waiting and the failure: every line here is first-load Wasm.

use std::sync::Arc;

use leptos::prelude::*;

use super::chunks::{split_point, use_chunks};
use super::data_status::{DataStatus, retry_on_click};
use super::state::use_app;
use crate::data::Dataset;
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

/// The quiz's panel: the card once its chunk and the full data are in.
#[component]
pub fn QuizPanel() -> impl IntoView {
    let app = use_app();
    let chunk = use_chunks().quiz;
    chunk.request();
    move || match (
        app.dataset.get().filter(|_| app.details_ready.get()),
        chunk.ready(),
    ) {
        (Some(data), Some(card)) => (card.view)(data),
        (_, None) if chunk.failed() => {
            let html = code_failed_html(app.text());
            view! {
                <aside class="panel" data-testid="quiz-panel">
                    <div class="panel__body" on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div>
                </aside>
            }
            .into_any()
        }
        _ => view! {
            <aside class="panel" data-testid="quiz-panel">
                <div class="panel__body">
                    <DataStatus />
                </div>
            </aside>
        }
        .into_any(),
    }
}
