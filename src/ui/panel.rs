//! The side panel (a bottom sheet on phones): a country's panel when one is selected,
//! "About the OTS" otherwise.

use leptos::prelude::*;

use super::about_panel::AboutPanel;
use super::country_panel::CountryPanel;
use super::state::use_app;

/// Chooses which panel to show.
#[component]
pub fn Panel() -> impl IntoView {
    let app = use_app();
    // Only codes the map knows open a panel (the names file lists exactly those).
    let selected = Memo::new(move |_| {
        let code = app.map_state.with(|s| s.country)?;
        let known = app
            .english_names
            .with(|n| n.as_ref().map(|n| n.get(code).is_some()));
        (known != Some(false)).then_some(code)
    });
    move || match selected.get() {
        Some(code) => view! { <CountryPanel code /> }.into_any(),
        None => view! { <AboutPanel /> }.into_any(),
    }
}
