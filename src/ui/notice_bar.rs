//! Dismissable notices: a bad link, a data problem. Never a blank page.

use leptos::prelude::*;

use super::state::{Notice, use_app};
use crate::i18n::notices::describe;

/// The list of current notices, each with a dismiss button.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let app = use_app();
    let dismiss = move |index: usize| {
        app.notices.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    };
    view! {
        <section class="notices" role="status" aria-live="polite" aria-label=move || app.text().notices>
            {move || {
                app.notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        let message = match &notice {
                            Notice::Url(n) => describe(n, app.text()),
                            Notice::Data(m) | Notice::DataUnavailable(m) => {
                                app.text().data_error.replace("{0}", m)
                            }
                        };
                        let retry = matches!(notice, Notice::DataUnavailable(_)).then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button notice__retry"
                                    data-testid="notice-retry"
                                    on:click=move |_| {
                                        dismiss(index);
                                        app.data_retry.update(|n| *n += 1);
                                    }
                                >
                                    {app.text().retry}
                                </button>
                            }
                        });
                        view! {
                            <div class="notice" data-testid="notice">
                                <p class="notice__text">{message}</p>
                                {retry}
                                <button
                                    type="button"
                                    class="notice__dismiss"
                                    data-testid="notice-dismiss"
                                    aria-label=move || app.text().dismiss
                                    on:click=move |_| dismiss(index)
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </section>
    }
}
