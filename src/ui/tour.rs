//! Guided tours (`tour=…&step=…`): the tour card over the map and the list of tours in the
//! About panel. Both are in the tour's chunk (`ui::chunks`), which also reads
//! `tours.json`: nothing of a tour is downloaded until one is opened or listed. The moves
//! and the state of a step are `tour_steps`'; the card's body is `markup::tour`.

use std::sync::Arc;

use leptos::prelude::*;

use super::chunks::{split_point, use_chunks};
use super::data_status::retry_on_click;
use super::load::{LoadError, fetch_json};
use super::loader::loaded;
use super::reactive::effect;
use super::state::{AppState, History, Notice, use_app};
use crate::data::{TOURS_FILE, Tour, load_tours_value};
use crate::i18n::fill;
use crate::markup::hooks::TOUR_STEP_TITLE_ID;
use crate::markup::html::Html;
use crate::markup::notice::code_failed_html;
use crate::markup::tour::{tour_list_html, tour_step_html};
use crate::tour_steps::{Move, checked_step, exit_state, key_move, moved, step_state, swipe_move};
use crate::url_state::{FIRST_YEAR, TourAt, UrlNotice};

/// The card of the tour the URL names, or the list of tours the About panel asked for
/// (main module: it only asks for the chunk; until the chunk is in, nothing shows, and
/// if it cannot be downloaded, "could not be read" with Try again).
#[component]
pub fn TourHost() -> impl IntoView {
    let app = use_app();
    let chunks = use_chunks();
    let on =
        Memo::new(move |_| app.map_state.with(|s| s.tour.is_some()) || chunks.tours_listed.get());
    move || {
        if !on.get() {
            return None;
        }
        chunks.tour.request();
        if let Some(tour) = chunks.tour.ready() {
            return Some((tour.card)());
        }
        let failed = chunks.tour.failed();
        let html = if failed {
            code_failed_html(app.text())
        } else {
            String::new()
        };
        Some(
            view! {
                <div class="tour-card" hidden=!failed on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div>
            }
            .into_any(),
        )
    }
}

/// The tour's chunk: the card (a step, or the list of tours).
#[derive(Clone, Copy)]
pub struct TourChunk {
    card: fn() -> AnyView,
}

split_point!(
    tour,
    fn tour_chunk() -> TourChunk {
        TourChunk {
            card: || view! { <TourCard /> }.into_any(),
        }
    }
);

/// A step of the tour the URL names, or, without one, the list of tours.
#[component]
fn TourCard() -> impl IntoView {
    let app = use_app();
    let tours = checked_tours(app);
    apply_steps(app, tours);
    let on_tour = Memo::new(move |_| app.map_state.with(|s| s.tour.is_some()));
    move || {
        if on_tour.get() {
            // A tour started from the list closes the list.
            use_chunks().tours_listed.set(false);
            view! { <TourStepCard tours /> }.into_any()
        } else {
            view! { <TourList tours /> }.into_any()
        }
    }
}

/// The tours, read and checked against the full dataset: `None` until both are in.
type Checked = Option<Result<Arc<Vec<Tour>>, LoadError>>;

/// Downloads `tours.json` and checks it once the dataset's details are in.
fn checked_tours(app: AppState) -> Memo<Checked> {
    let file = loaded(move || async move { fetch_json(&format!("data/{TOURS_FILE}")).await });
    Memo::new(move |_| {
        let data = app.dataset.get().filter(|_| app.details_ready.get())?;
        let known = |code| app.is_known(code) != Some(false);
        let years = FIRST_YEAR..=app.current_year;
        Some(file.get()?.map(|value| {
            // A tour with a problem is left out: a link to it gets the "no such tour" notice.
            Arc::new(load_tours_value(Ok(value), &data, &known, years).0)
        }))
    })
}

/// The tour and step the URL names, once the tours are in.
fn current(app: AppState, tours: &Checked) -> Option<(Tour, usize)> {
    let tours = tours.as_ref()?.as_ref().ok()?;
    let at = app.map_state.with(|s| s.tour.clone())?;
    let tour = tours.iter().find(|t| t.id == at.id)?;
    Some((tour.clone(), checked_step(tour, &at).0))
}

/// Shows step `to` of `tour` as a new history entry.
fn go_to(app: AppState, tour: &Tour, to: usize) {
    let next = step_state(&app.map_state.get_untracked(), tour, to);
    app.go(&next, History::Push);
}

/// The step's card: its title, text and sources, "3 of 9", Back, Next and Exit; arrow
/// keys and sideways swipes move too.
#[component]
fn TourStepCard(tours: Memo<Checked>) -> impl IntoView {
    let app = use_app();
    let here = Memo::new(move |_| tours.with(|t| current(app, t)));
    let step_move = move |step: Move| {
        if let Some((tour, number)) = here.get_untracked()
            && let Some(to) = moved(&tour, number, step)
        {
            go_to(app, &tour, to);
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            .is_some_and(|el| {
                el.is_content_editable()
                    || matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            });
        let modified = ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key();
        if ev.default_prevented() || typing || modified {
            return;
        }
        if let Some(step) = key_move(&ev.key()) {
            ev.prevent_default();
            step_move(step);
        }
    });
    on_cleanup(move || keys.remove());
    let touch_start = StoredValue::new(None::<(f64, f64)>);
    let body = move || {
        app.track_names();
        let (tour, number) = here.get()?;
        let step = tour.step(number)?;
        Some(app.with_markup_context(|cx| tour_step_html(&tour, step, cx)))
    };
    let progress = move || {
        let (tour, number) = here.get()?;
        let (n, of) = (number.to_string(), tour.steps.len().to_string());
        Some(fill(app.text().tour_progress, &[&n, &of]))
    };
    let at_start = move || here.get().is_none_or(|(_, n)| n <= 1);
    let at_end = move || here.get().is_none_or(|(t, n)| n >= t.steps.len());
    let text = move || app.text();
    view! {
        <section
            class="tour-card"
            data-testid="tour-card"
            aria-labelledby=TOUR_STEP_TITLE_ID
            on:pointerdown=move |ev| {
                if ev.pointer_type() == "touch" {
                    touch_start.set_value(Some((f64::from(ev.client_x()), f64::from(ev.client_y()))));
                }
            }
            on:pointerup=move |ev| {
                if let Some((x, y)) = touch_start.get_value() {
                    touch_start.set_value(None);
                    let (dx, dy) = (f64::from(ev.client_x()) - x, f64::from(ev.client_y()) - y);
                    if let Some(step) = swipe_move(dx, dy) {
                        step_move(step);
                    }
                }
            }
            on:pointercancel=move |_| touch_start.set_value(None)
        >
            {move || match tours.get() {
                None => Some(view! { <p role="status">{text().loading}</p> }.into_any()),
                Some(Err(error)) => Some(view! { <p role="alert">{error.to_string()}</p> }.into_any()),
                Some(Ok(_)) => None,
            }}
            <div class="tour-card__body" inner_html=body></div>
            <p class="tour-card__progress" aria-live="polite" data-testid="tour-progress">{progress}</p>
            <div class="tour-card__nav">
                <button
                    type="button"
                    class="button"
                    data-testid="tour-back"
                    disabled=at_start
                    on:click=move |_| step_move(Move::Back)
                >
                    {move || text().tour_back}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="tour-next"
                    disabled=at_end
                    on:click=move |_| step_move(Move::Next)
                >
                    {move || text().tour_next}
                </button>
                <button
                    type="button"
                    class="link-button"
                    data-testid="tour-exit"
                    on:click=move |_| app.go(&exit_state(&app.map_state.get_untracked()), History::Push)
                >
                    {move || text().tour_exit}
                </button>
            </div>
        </section>
    }
}

/// Once the tours are in, the step the URL names sets the view: at once for a link, and
/// again whenever the tour or step changes (Next, Back, the browser's history). An unknown
/// tour is left with a notice; a step beyond it shows the last, with a notice.
fn apply_steps(app: AppState, tours: Memo<Checked>) {
    let applied = StoredValue::new(None::<TourAt>);
    effect(move || {
        let Some(Ok(list)) = tours.get() else {
            return;
        };
        let Some(at) = app.map_state.with(|s| s.tour.clone()) else {
            return;
        };
        if applied.get_value().as_ref() == Some(&at) {
            return;
        }
        let current = app.map_state.get_untracked();
        let Some(tour) = list.iter().find(|t| t.id == at.id) else {
            app.notify(Notice::Url(UrlNotice::UnknownTour(at.id)));
            app.go(&exit_state(&current), History::Replace);
            return;
        };
        let (number, notice) = checked_step(tour, &at);
        if let Some(notice) = notice {
            app.notify(Notice::Url(notice));
        }
        let next = step_state(&current, tour, number);
        applied.set_value(next.tour.clone());
        if next != current {
            app.go(&next, History::Replace);
        }
    });
}

/// The list of tours, each a link to its first step, with Close.
#[component]
fn TourList(tours: Memo<Checked>) -> impl IntoView {
    let app = use_app();
    let html = move || {
        app.track_names();
        let state = app.map_state.get();
        match tours.get() {
            Some(Ok(list)) => app.with_markup_context(|cx| tour_list_html(&list, &state, cx)),
            Some(Err(error)) => status_html("alert", &error.to_string()),
            None => status_html("status", app.text().loading),
        }
    };
    let text = move || app.text();
    view! {
        <section class="tour-card" data-testid="tour-list-card" aria-labelledby="tour-list-title">
            <h2 class="tour-card__title" id="tour-list-title">{move || text().tours_title}</h2>
            <div inner_html=html></div>
            <div class="tour-card__nav">
                <button
                    type="button"
                    class="link-button"
                    data-testid="tour-list-close"
                    on:click=move |_| use_chunks().tours_listed.set(false)
                >
                    {move || text().close}
                </button>
            </div>
        </section>
    }
}

/// `<p role="…">text</p>`.
fn status_html(role: &str, text: &str) -> String {
    let mut html = Html::new();
    html.element("p", &[("role", Some(role))], text);
    html.finish()
}
