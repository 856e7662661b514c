//! Small shared pieces of the panels: source links and uncertainty flags.

use leptos::prelude::*;

use crate::data::Source;
use crate::i18n::Strings;

/// Links to every source, labelled by website. Data text is always text, never HTML.
#[component]
pub fn SourceLinks(sources: Vec<Source>, text: &'static Strings) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        view! {
            <p class="sources">
                <span class="sources__label">{text.sources} ": "</span>
                {sources
                    .into_iter()
                    .map(|source| {
                        let label = source.host().to_owned();
                        view! {
                            <a
                                class="sources__link"
                                href=source.url().to_owned()
                                target="_blank"
                                rel="noopener noreferrer external"
                                title=source.url().to_owned()
                            >
                                {label}
                            </a>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// A visible flag saying why a fact is uncertain.
#[component]
pub fn Uncertainty(note: Option<String>, text: &'static Strings) -> impl IntoView {
    note.map(|note| {
        view! {
            <p class="uncertain" data-testid="uncertain">
                <strong class="uncertain__label">{text.uncertain}</strong>
                " "
                <span>{note}</span>
            </p>
        }
    })
}

/// Marks data text shown in English because the data has no translation (nothing in
/// English itself).
#[component]
pub fn EnglishOnly(text: &'static Strings) -> impl IntoView {
    let app = super::state::use_app();
    (app.lang.get_untracked() != crate::url_state::Lang::En).then(|| {
        view! { <span class="english-only" data-testid="english-only">"(" {text.in_english} ")"</span> }
    })
}
