//! The share dialog: copy the link to this view, the system share sheet on phones, the
//! embed code, and downloads of the map and of the data shown.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::chunks::{split_point, use_chunks};
use super::clipboard::{copy_text, page_address};
use super::data_status::retry_on_click;
use super::delegate::clicked;
use super::download::download_bytes;
use super::map::camera::MapCamera;
use super::map::export::{download_png, download_svg};
use super::print::use_print_request;
use super::state::use_app;
use crate::export::{rows_for_view, to_csv, to_json};
use crate::i18n::fill;
use crate::i18n::sheet::sheet_strings;
use crate::links::{embed_code, preview_link, view_link};
use crate::markup::hooks::{DATA_ACTION, ShareAction};
use crate::markup::notice::code_failed_html;
use crate::markup::share_dialog::{DialogText, share_dialog_html};
use crate::render::alt_text::map_alt_text;
use crate::url_state::{MapState, PrintLayout};

/// The "Share" button and its dialog, whose content comes from the share chunk.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let app = use_app();
    let text = move || app.text();
    let open = RwSignal::new(false);
    let chunk = use_chunks().share;
    let print_chunk = use_chunks().print;
    let content = move || match chunk.ready() {
        Some(body) => (body.view)(open),
        None if chunk.failed() => {
            let html = code_failed_html(text());
            view! { <div on:click=move |ev| retry_on_click(app, &ev) inner_html=html></div> }
                .into_any()
        }
        None => view! { <p role="status">{move || text().loading_details}</p> }.into_any(),
    };
    view! {
        <div class="share">
            <button
                type="button"
                class="map-controls__button map-controls__button--text share__toggle"
                data-testid="share-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="share-dialog"
                on:click=move |_| {
                    // The data downloads hold the quotes and diaspora figures; the map
                    // downloads the whole world.
                    app.request_details();
                    app.request_outer();
                    chunk.request();
                    // The printed view's QR code, for the dialog's Print.
                    print_chunk.request();
                    open.update(|o| *o = !*o);
                }
            >
                {move || text().share}
            </button>
            <Show when=move || open.get()>
                <div
                    class="share__dialog"
                    id="share-dialog"
                    role="dialog"
                    aria-labelledby="share-title"
                    data-testid="share-dialog"
                >
                    {content}
                </div>
            </Show>
        </div>
    }
}

/// The share chunk: the dialog's content and what its buttons do (copy, share, embed
/// code, the map and data downloads).
#[derive(Clone, Copy)]
pub struct ShareBody {
    view: fn(RwSignal<bool>) -> AnyView,
}

split_point!(
    share_dialog,
    fn share_body() -> ShareBody {
        ShareBody {
            view: share_body_view,
        }
    }
);

/// The dialog's content; `open` closes it.
fn share_body_view(open: RwSignal<bool>) -> AnyView {
    // The map whose geometry the map downloads draw (absent in the table view).
    let map = use_context::<MapCamera>();
    let app = use_app();
    let text = move || app.text();
    let feedback = RwSignal::new(None::<String>);
    let print = use_print_request();
    let link = move || view_link(&page_address(), &app.map_state.get());
    let worksheet = move || {
        let state = app.map_state.get();
        // From the quiz: the sheet asks the same questions.
        let seed = state.quiz.as_ref().and_then(|quiz| quiz.seed);
        let sheet = MapState {
            print: Some(PrintLayout::Worksheet { seed }),
            embed: false,
            quiz: None,
            ..state
        };
        format!("?{}", sheet.to_query())
    };
    // What people paste into posts: for a country, its preview page (the card shows it).
    let shared = move || preview_link(&page_address(), &app.map_state.get());
    let subject = move || {
        app.track_names();
        match app.map_state.with(|s| s.country) {
            Some(code) => app.name_of(code),
            None => text().ots_name.to_owned(),
        }
    };
    let embed = move || {
        let title = fill(text().embed_title, &[&subject()]);
        embed_code(&page_address(), &app.map_state.get(), &title)
    };
    // The map pictures in words, for the `alt` of the downloaded image.
    let alt_text = move || {
        app.track_names();
        let year = app.year.get();
        let country = app.map_state.with(|s| s.country);
        let data = app.dataset.get()?;
        Some(map_alt_text(&data, year, country, text(), &|c| {
            app.name_of(c)
        }))
    };
    let copy = move |value: String, done: &'static str| {
        spawn_local(async move {
            let ok = copy_text(&value).await;
            feedback.set(Some(if ok {
                done.to_owned()
            } else {
                text().copy_failed.to_owned()
            }));
        });
    };
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let share_native = move || {
        let data = web_sys::ShareData::new();
        data.set_title(&format!("{} — {}", subject(), text().app_title));
        data.set_url(&shared());
        let promise = window().navigator().share_with_data(&data);
        spawn_local(async move {
            // A cancelled share sheet is not an error worth showing.
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    };
    let download_data = move |json: bool| {
        let state = app.map_state.get_untracked();
        let Some(data) = app.dataset.get_untracked() else {
            return;
        };
        let rows = rows_for_view(&data, &state);
        let name = state
            .country
            .map_or("ots".to_owned(), |c| c.as_str().to_ascii_lowercase());
        let result = if json {
            download_bytes(
                to_json(&rows, &link()).as_bytes(),
                "application/json",
                &format!("ots-atlas-{name}.json"),
            )
        } else {
            download_bytes(
                to_csv(&rows).as_bytes(),
                "text/csv",
                &format!("ots-atlas-{name}.csv"),
            )
        };
        if let Err(error) = result {
            feedback.set(Some(error));
        }
    };
    view! {
        <div
            class="share__body"
            on:click=move |ev| {
                let Some(action) = clicked(&ev, DATA_ACTION).and_then(|(_, a)| ShareAction::from_key(&a)) else { return };
                match action {
                    ShareAction::Close => open.set(false),
                    ShareAction::CopyLink => copy(shared(), text().link_copied),
                    ShareAction::ShareNative => share_native(),
                    ShareAction::CopyEmbed => copy(embed(), text().embed_copied),
                    ShareAction::CopyAltText => {
                        if let Some(alt) = alt_text() {
                            copy(alt, text().alt_text_copied);
                        }
                    }
                    ShareAction::Svg => download_svg(feedback),
                    ShareAction::Png => download_png(feedback),
                    ShareAction::Csv => download_data(false),
                    ShareAction::Json => download_data(true),
                    ShareAction::Print => {
                        print.request();
                        let _ = window().print();
                    }
                }
            }
            inner_html=move || {
                let alt = alt_text();
                let dialog = DialogText {
                    link: &shared(),
                    embed: &embed(),
                    alt_text: alt.as_deref(),
                    can_share,
                    data_ready: app.details_ready.get(),
                    map_ready: map.is_none_or(|map| map.complete()),
                    worksheet: &worksheet(),
                    sheet_text: sheet_strings(app.lang.get()),
                };
                share_dialog_html(text(), &dialog)
            }
        ></div>
        <p class="share__feedback" role="status" aria-live="polite" data-testid="share-feedback">
            {move || feedback.get()}
        </p>
    }
    .into_any()
}
