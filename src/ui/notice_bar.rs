//! Dismissable notices: a bad link, a data problem. Never a blank page.

use leptos::prelude::*;

use super::delegate::clicked;
use super::state::{Notice, use_app};
use crate::i18n::notices::describe;
use crate::markup::hooks::{DATA_DISMISS, DATA_RETRY};
use crate::markup::notice::{NoticeLine, notices_html};

/// The list of current notices, each with a dismiss button.
///
/// Markup (`markup::notice`), not views: as a Leptos view this bar cost 1.5 KB more Wasm
/// with brotli (238.1 → 239.6 KB, measured in issue 15), over the 1 KB that pays for the
/// string contract (`hooks::DATA_DISMISS`, `hooks::DATA_RETRY`).
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
    let html = move || {
        let text = app.text();
        let lines: Vec<NoticeLine> = app.notices.with(|list| {
            list.iter()
                .map(|notice| NoticeLine {
                    message: match notice {
                        Notice::Url(n) => describe(n, text),
                        Notice::Data(m) | Notice::DataUnavailable(m) => {
                            text.data_error.replace("{0}", m)
                        }
                        Notice::NewVersion => text.new_version.to_owned(),
                    },
                    retry: matches!(notice, Notice::DataUnavailable(_)),
                    reload: matches!(notice, Notice::NewVersion),
                })
                .collect()
        });
        notices_html(&lines, text)
    };
    view! {
        <section
            class="notices"
            role="status"
            aria-live="polite"
            aria-label=move || app.text().notices
            on:click=move |ev| {
                let index = |value: String| value.parse::<usize>().ok();
                if let Some(i) = clicked(&ev, DATA_RETRY).and_then(|(_, v)| index(v)) {
                    dismiss(i);
                    app.retry_data();
                } else if let Some(i) = clicked(&ev, DATA_DISMISS).and_then(|(_, v)| index(v)) {
                    dismiss(i);
                }
            }
            inner_html=html
        ></section>
    }
}
