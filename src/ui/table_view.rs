//! The table view (`view=table`): the map's content as accessible tables — countries with
//! status and years, diaspora figures, events — for screen readers and for reading.

use leptos::prelude::*;

use super::chunks::{split_point, use_chunks};
use super::data_status::{DataStatus, retry_on_click};
use super::state::use_app;
use crate::data::Dataset;
use crate::markup::context::MarkupContext;
use crate::markup::notice::code_failed_html;
use crate::markup::tables::tables_html;

/// The table view's chunk: the tables' markup (`markup::tables`).
#[derive(Clone, Copy)]
pub struct Tables {
    html: fn(&Dataset, &MarkupContext<'_>) -> String,
}

split_point!(
    table_view,
    fn tables() -> Tables {
        Tables { html: tables_html }
    }
);

/// The three tables.
#[component]
pub fn TableView() -> impl IntoView {
    let app = use_app();
    let chunk = use_chunks().table;
    chunk.request();
    app.mark_ready_with_details(move || chunk.ready().is_some());
    view! {
        <section class="table-view" data-testid="table-view" aria-labelledby="table-view-title">
            {move || {
                let text = app.text();
                app.track_names();
                app.year.track();
                view! {
                    <h2 id="table-view-title">{text.table_title}</h2>
                    {match (app.dataset.get().filter(|_| app.details_ready.get()), chunk.ready()) {
                        (Some(data), Some(tables)) => {
                            let html = app.with_markup_context(|cx| (tables.html)(&data, cx));
                            view! { <div class="table-view__tables" inner_html=html></div> }.into_any()
                        }
                        (_, None) if chunk.failed() => {
                            let html = code_failed_html(text);
                            view! {
                                <div on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div>
                            }
                                .into_any()
                        }
                        _ => view! { <DataStatus /> }.into_any(),
                    }}
                }
            }}
        </section>
    }
}
