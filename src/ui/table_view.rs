//! The table view (`view=table`): the map's content as accessible tables — countries with
//! status and years, diaspora figures, events — for screen readers and for reading.

use leptos::prelude::*;

use super::data_status::DataStatus;
use super::state::use_app;
use crate::markup::tables::tables_html;

/// The three tables.
#[component]
pub fn TableView() -> impl IntoView {
    let app = use_app();
    app.mark_ready_with_details();
    view! {
        <section class="table-view" data-testid="table-view" aria-labelledby="table-view-title">
            {move || {
                let text = app.text();
                app.track_names();
                app.year.track();
                view! {
                    <h2 id="table-view-title">{text.table_title}</h2>
                    {match app.dataset.get().filter(|_| app.details_ready.get()) {
                        Some(data) => {
                            let html = app.with_markup_context(|cx| tables_html(&data, cx));
                            view! { <div class="table-view__tables" inner_html=html></div> }.into_any()
                        }
                        None => view! { <DataStatus /> }.into_any(),
                    }}
                }
            }}
        </section>
    }
}
