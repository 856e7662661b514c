//! The side panel (a bottom sheet on phones): the quiz while it is open, a country's panel
//! when one is selected, "About the OTS" otherwise.

use leptos::prelude::*;

use super::about_panel::AboutPanel;
use super::country_panel::CountryPanel;
use super::map::focus_country;
use super::quiz_panel::QuizPanel;
use super::sheet::SheetHeight;
use super::state::use_app;

/// Chooses which panel to show.
#[component]
pub fn Panel() -> impl IntoView {
    let app = use_app();
    provide_context(SheetHeight(RwSignal::new(None)));
    // Only codes the map knows open a panel.
    let selected = Memo::new(move |_| {
        let code = app.map_state.with(|s| s.country)?;
        (app.is_known(code) != Some(false)).then_some(code)
    });
    // Escape closes the panel and gives the keyboard focus back to the country.
    let _escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        if let Some(code) = app.map_state.with_untracked(|s| s.country) {
            app.select(None);
            request_animation_frame(move || focus_country(code));
        }
    });
    let quiz = Memo::new(move |_| app.map_state.with(|s| s.quiz.is_some()));
    // About stays mounted, hidden while another panel shows: a click on a country does
    // not take it down first, and closing that panel shows it again as it was left.
    let about_hidden = Memo::new(move |_| quiz.get() || selected.get().is_some());
    view! {
        <AboutPanel hidden=about_hidden />
        {move || match (quiz.get(), selected.get()) {
            (true, _) => view! { <QuizPanel /> }.into_any(),
            (false, Some(code)) => view! { <CountryPanel code /> }.into_any(),
            (false, None) => ().into_any(),
        }}
    }
}
