//! The quiz card (in the quiz's chunk): the question, its options as buttons (Tab, Enter,
//! the arrow keys), or a country chosen on the map (`AppState::map_pick`); then right or
//! wrong in words, the right answer with its source, Next; at the end the score, the same
//! quiz again or a new one. Its state is the URL's (`quiz::progress`): answering and Next
//! replace the history entry (Back leaves the quiz), starting and closing push one.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::reactive::effect;
use super::sheet::{SheetHandle, SheetHeight};
use super::state::{AppState, History, use_app};
use crate::data::{Dataset, Source, publisher_of};
use crate::geo::path::format_decimal;
use crate::i18n::dates::format_date;
use crate::i18n::fill;
use crate::i18n::quiz::{QuizStrings, around_placeholder, question_sentence, quiz_strings};
use crate::quiz::progress::{QuizProgress, Step};
use crate::quiz::{Choice, Prompt, QUIZ_LENGTH, Question, arrow_step, questions};
use crate::world::CountryCode;

/// The card for the full dataset (the chunk's entry point).
pub fn quiz_card(data: Arc<Dataset>) -> AnyView {
    view! { <Card data /> }.into_any()
}

/// The quiz's state in the URL (the card is shown only while there is one).
fn progress(app: AppState) -> QuizProgress {
    app.map_state
        .with_untracked(|s| s.quiz.clone().unwrap_or_default())
}

/// Makes `next` the quiz's state.
fn go(app: AppState, history: History, next: QuizProgress) {
    app.update(history, |s| s.quiz = Some(next));
}

/// A seed for a new quiz: a number of at most five digits, easy to read out.
fn new_seed() -> u64 {
    (js_sys::Math::random() * 99_999.0) as u64 + 1
}

/// The quiz's text in the language shown.
fn words(app: AppState) -> &'static QuizStrings {
    quiz_strings(app.lang.get())
}

/// What an option says: a country's name in the language shown, or a person's name.
fn choice_label(app: AppState, choice: &Choice) -> String {
    match choice {
        Choice::Country(code) => {
            app.track_names();
            app.name_of(*code)
        }
        Choice::Person(name) => name.clone(),
    }
}

#[component]
fn Card(data: Arc<Dataset>) -> impl IntoView {
    let app = use_app();
    // No seed in the URL (or a bad one, dropped with a notice): draw one and write it in,
    // so that the address is a link to this very quiz.
    effect(move || {
        if app
            .map_state
            .with(|s| s.quiz.as_ref().is_some_and(|q| q.seed.is_none()))
        {
            go(app, History::Replace, QuizProgress::start(new_seed()));
        }
    });
    let seed = Memo::new(move |_| app.map_state.with(|s| s.quiz.as_ref().and_then(|q| q.seed)));
    let for_list = data.clone();
    let list = Memo::new(move |_| {
        seed.get()
            .map(|seed| Arc::new(questions(&for_list, seed, QUIZ_LENGTH)))
    });
    let count = move || list.with(|l| l.as_ref().map_or(0, |l| l.len()));
    let step = Memo::new(move |_| {
        let count = count();
        app.map_state
            .with(|s| s.quiz.as_ref().map(|q| q.step(count)))
    });
    // A country chosen on the map that is not among the options, to say so.
    let miss = RwSignal::new(None::<CountryCode>);
    effect(move || {
        step.track();
        miss.set(None);
    });
    effect(move || {
        let Some(code) = app.map_pick.get() else {
            return;
        };
        app.map_pick.set(None);
        let Some(Step::Asking(index)) = step.get_untracked() else {
            return;
        };
        let option = list.with_untracked(|l| l.as_ref()?.get(index)?.option_of_country(code));
        match option {
            Some(option) => go(app, History::Replace, progress(app).answer(option)),
            None => miss.set(Some(code)),
        }
    });
    follow_with_focus(step);

    let live = move || {
        if let Some(code) = miss.get() {
            return fill(words(app).quiz_not_an_option, &[&app.name_of(code)]);
        }
        match (step.get(), list.get()) {
            (Some(Step::Answered(index, chosen)), Some(list)) => list
                .get(index)
                .map(|q| verdict(app, q, chosen))
                .unwrap_or_default(),
            (Some(Step::Score), Some(list)) => score_line(app, &list),
            _ => String::new(),
        }
    };
    let body = move || {
        let (Some(step), Some(list)) = (step.get(), list.get()) else {
            return view! { <p role="status">{app.text().loading_details}</p> }.into_any();
        };
        if list.is_empty() {
            return view! { <p data-testid="quiz-empty">{words(app).quiz_no_questions}</p> }
                .into_any();
        }
        match step {
            Step::Asking(index) | Step::Answered(index, _) => {
                let chosen = match step {
                    Step::Answered(_, chosen) => Some(chosen),
                    _ => None,
                };
                list.get(index).cloned().map_or_else(
                    || ().into_any(),
                    |question| {
                        view! {
                            <QuestionView
                                data=data.clone()
                                question
                                index
                                count=list.len()
                                chosen
                            />
                        }
                        .into_any()
                    },
                )
            }
            Step::Score => view! { <Score list /> }.into_any(),
        }
    };
    let SheetHeight(sheet) = expect_context::<SheetHeight>();
    view! {
        <aside
            class="panel panel--quiz"
            class:panel--sized=move || sheet.get().is_some()
            style:height=move || sheet.get().map(|h| format!("{}px", format_decimal(h, 1)))
            data-testid="quiz-panel"
            aria-labelledby="quiz-title"
        >
        <SheetHandle />
        <header class="panel__header">
            <h2 class="panel__title" id="quiz-title">{move || words(app).quiz_title}</h2>
            <button
                type="button"
                class="panel__close"
                data-testid="quiz-close"
                aria-label=move || words(app).quiz_close
                title=move || words(app).quiz_close
                on:click=move |_| app.update(History::Push, |s| s.quiz = None)
            >
                "×"
            </button>
        </header>
        <div class="panel__body quiz" data-testid="quiz">
            <p class="quiz__intro">{move || words(app).quiz_intro}</p>
            {body}
            <p class="visually-hidden" aria-live="polite" data-testid="quiz-live">{live}</p>
            <p class="quiz__number" data-testid="quiz-number">
                {move || seed.get().map(|seed| fill(words(app).quiz_number, &[&seed.to_string()]))}
            </p>
        </div>
        </aside>
    }
}

/// Moves the keyboard focus with the quiz: to the question when one is asked, to Next
/// once it is answered, to the score at the end; on the first showing only when the focus
/// was lost (the link that opened the quiz is gone), not when the page opens on it.
fn follow_with_focus(step: Memo<Option<Step>>) {
    let shown = StoredValue::new(None::<Step>);
    effect(move || {
        let Some(now) = step.get() else {
            return;
        };
        let before = shown.get_value();
        shown.set_value(Some(now));
        if before == Some(now) || (before.is_none() && !focus_lost()) {
            return;
        }
        let id = match now {
            Step::Asking(_) => "quiz-question",
            Step::Answered(..) => "quiz-next",
            Step::Score => "quiz-score",
        };
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(id)
                && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = element.focus();
            }
        });
    });
}

/// True when nothing on the page has the keyboard focus.
fn focus_lost() -> bool {
    let active = document().active_element();
    active.is_none() || active == document().body().map(Into::into)
}

/// "Right." or "Not right. Your answer: …", then "The answer: …".
fn verdict(app: AppState, question: &Question, chosen: usize) -> String {
    let text = words(app);
    let right = question
        .right_choice()
        .map(|c| choice_label(app, c))
        .unwrap_or_default();
    let answer = fill(text.quiz_answer, &[&right]);
    if chosen == question.answer {
        format!("{} {answer}", text.quiz_right)
    } else {
        let mine = question
            .options
            .get(chosen)
            .map(|c| choice_label(app, c))
            .unwrap_or_default();
        let yours = fill(text.quiz_your_answer, &[&mine]);
        format!("{} {yours} {answer}", text.quiz_wrong)
    }
}

/// "You answered {0} of {1} questions right."
fn score_line(app: AppState, list: &[Question]) -> String {
    let score = progress(app).score(list);
    fill(
        words(app).quiz_score,
        &[&score.to_string(), &list.len().to_string()],
    )
}

#[component]
fn QuestionView(
    data: Arc<Dataset>,
    question: Question,
    index: usize,
    count: usize,
    chosen: Option<usize>,
) -> impl IntoView {
    let app = use_app();
    let text = move || words(app);
    let sentence = {
        let prompt = question.prompt.clone();
        move || question_sentence(&prompt, text())
    };
    let subject = subject_view(app, &data, &question.prompt);
    let answered = chosen.is_some();
    let right = question.answer;
    let options = question
        .options
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, choice)| {
            let mark = match chosen {
                Some(_) if i == right => "✓",
                Some(c) if c == i => "✗",
                _ => "",
            };
            view! {
                <button
                    type="button"
                    class="button quiz__option"
                    class:quiz__option--right=answered && i == right
                    class:quiz__option--chosen=chosen == Some(i)
                    data-testid="quiz-option"
                    data-option=i.to_string()
                    disabled=answered
                    on:click=move |_| go(app, History::Replace, progress(app).answer(i))
                >
                    <span class="quiz__mark" aria-hidden="true">{mark}</span>
                    {move || choice_label(app, &choice)}
                </button>
            }
        })
        .collect_view();
    let feedback = chosen.map(|chosen| {
        let question = question.clone();
        let sources = question.sources.clone();
        let last = index + 1 == count;
        view! {
            <div
                class="quiz__feedback"
                class:quiz__feedback--right=chosen == right
                data-testid="quiz-feedback"
            >
                <p class="quiz__verdict">
                    <span class="quiz__mark" aria-hidden="true">
                        {if chosen == right { "✓" } else { "✗" }}
                    </span>
                    {move || verdict(app, &question, chosen)}
                </p>
                <SourceLine data=data.clone() sources />
            </div>
            <button
                type="button"
                class="button quiz__next"
                id="quiz-next"
                data-testid="quiz-next"
                on:click=move |_| go(app, History::Replace, progress(app).next())
            >
                {move || if last { text().quiz_see_score } else { text().quiz_next }}
            </button>
        }
    });
    view! {
        <p class="quiz__progress" data-testid="quiz-progress">
            {move || {
                fill(text().quiz_progress, &[&(index + 1).to_string(), &count.to_string()])
            }}
        </p>
        <h3 class="quiz__question" id="quiz-question" tabindex="-1" data-testid="quiz-question">
            {sentence}
        </h3>
        {subject}
        <div
            class="quiz__options"
            role="group"
            aria-labelledby="quiz-question"
            on:keydown=step_with_arrows
        >
            {options}
        </div>
        {feedback}
    }
}

/// What a question is about, shown under it: a summit's title and date, a quote's words,
/// a diaspora body's name (data text, in English or the quote's language).
fn subject_view(app: AppState, data: &Dataset, prompt: &Prompt) -> AnyView {
    match prompt {
        Prompt::SummitHost { title, date, .. } => {
            let date = *date;
            view! {
                <p class="quiz__subject" data-testid="quiz-subject">
                    <span lang="en">{title.clone()}</span>
                    ", "
                    <span>{move || format_date(&date, app.text())}</span>
                </p>
            }
            .into_any()
        }
        Prompt::QuoteSpeaker {
            quote,
            text,
            language,
            ..
        } => {
            let rendering = data
                .quote(quote)
                .and_then(|q| q.translated_by.clone())
                .map(|by| fill(app.text().translated_by, &[&by]));
            view! {
                <blockquote class="item__quote quiz__quote" lang=language.clone() data-testid="quiz-subject">
                    <p>{format!("“{text}”")}</p>
                </blockquote>
                {rendering.map(|line| view! { <p class="quiz__note"><em>{line}</em></p> })}
            }
            .into_any()
        }
        Prompt::DiasporaBody { name, .. } => view! {
            <p class="quiz__subject" lang="en" data-testid="quiz-subject">{name.clone()}</p>
        }
        .into_any(),
        Prompt::JoinedIn { .. } | Prompt::Observer => ().into_any(),
    }
}

/// "Source: Publisher, Publisher" with each publisher a link to the page.
#[component]
fn SourceLine(data: Arc<Dataset>, sources: Vec<Source>) -> impl IntoView {
    let app = use_app();
    let links = sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let name = publisher_of(data.publishers(), source)
                .map_or_else(|| source.host().to_owned(), |p| p.name.clone());
            view! {
                {(i > 0).then_some(", ")}
                <a href=source.url().to_owned() target="_blank" rel="noopener" data-testid="quiz-source">
                    {name}
                </a>
            }
        })
        .collect_view();
    let parts = move || around_placeholder(words(app).quiz_source);
    view! {
        <p class="quiz__source">
            {move || parts().0}
            {links}
            {move || parts().1}
        </p>
    }
}

/// The arrow keys move the focus among the options (round the ends).
fn step_with_arrows(ev: web_sys::KeyboardEvent) {
    let forward = match ev.key().as_str() {
        "ArrowDown" | "ArrowRight" => true,
        "ArrowUp" | "ArrowLeft" => false,
        _ => return,
    };
    let Some(group) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(buttons) = group.query_selector_all("button:not([disabled])") else {
        return;
    };
    let active = document().active_element();
    let count = buttons.length() as usize;
    let current = (0..buttons.length())
        .position(|i| buttons.item(i).map(|b| b.unchecked_into()) == active)
        .unwrap_or(0);
    ev.prevent_default();
    let next = arrow_step(current, count, forward) as u32;
    if let Some(button) = buttons
        .item(next)
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

#[component]
fn Score(list: Arc<Vec<Question>>) -> impl IntoView {
    let app = use_app();
    let text = move || words(app);
    let line = move || score_line(app, &list);
    let restart = move |seed: u64| go(app, History::Push, QuizProgress::start(seed));
    view! {
        <p class="quiz__score" id="quiz-score" tabindex="-1" data-testid="quiz-score">{line}</p>
        <div class="quiz__actions">
            <button
                type="button"
                class="button"
                data-testid="quiz-same"
                on:click=move |_| {
                    if let Some(seed) = progress(app).seed {
                        restart(seed);
                    }
                }
            >
                {move || text().quiz_same}
            </button>
            <button
                type="button"
                class="button"
                data-testid="quiz-new"
                on:click=move |_| restart(new_seed())
            >
                {move || text().quiz_new}
            </button>
        </div>
    }
}
