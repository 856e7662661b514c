//! "Download map": the current view as SVG or PNG, with title, legend, source credit and
//! the permalink, drawn by the same static renderer that makes the link-preview images.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::camera::MapCamera;
use crate::links::view_link;
use crate::render::alt_text::map_alt_text;
use crate::render::static_map::{LegendLabels, StaticMapOptions, render_svg};
use crate::ui::clipboard::page_address;
use crate::ui::download::{download_blob, download_bytes};
use crate::ui::state::{AppState, use_app};

/// Width of exported pictures in pixels.
const EXPORT_WIDTH: u32 = 1600;
/// Height of exported pictures in pixels.
const EXPORT_HEIGHT: u32 = 1000;

/// The current view as a standalone SVG document.
fn current_svg(app: &AppState, map: MapCamera) -> Option<String> {
    let state = app.map_state.get_untracked();
    let camera = map.camera.get_untracked()?;
    let viewport = map.viewport.get_untracked();
    let data = app.dataset.get_untracked();
    let text = strings_now(app);
    let year = app.year.get_untracked();
    let title = match state.country {
        Some(code) => app.name_of(code),
        None => text.app_title.to_owned(),
    };
    let options = StaticMapOptions {
        width: EXPORT_WIDTH,
        height: EXPORT_HEIGHT,
        frame: Some(camera.visible(viewport)),
        highlight: state.country,
        title: Some(title),
        subtitle: Some(text.organisation_in(year)),
        description: data
            .as_ref()
            .map(|d| map_alt_text(d, year, state.country, text, &|c| app.name_of(c))),
        legend: true,
        labels: LegendLabels {
            member: text.members.to_owned(),
            observer: text.observers.to_owned(),
            other: text.other_countries.to_owned(),
        },
        credit: Some(format!(
            "{} · {}",
            text.attribution_geometry, text.attribution_names
        )),
        permalink: Some(view_link(&page_address(), &state)),
        ..StaticMapOptions::default()
    };
    let statuses = move |code| data.as_ref().and_then(|d| d.status_in_year(code, year));
    map.world
        .with_untracked(|w| Some(render_svg(&w.as_ref()?.paths, &statuses, &options)))
}

fn strings_now(app: &AppState) -> &'static crate::i18n::Strings {
    untrack(|| app.text())
}

fn file_stem(app: &AppState) -> String {
    app.map_state
        .with_untracked(|s| s.country)
        .map_or("ots".to_owned(), |c| c.as_str().to_ascii_lowercase())
}

/// Downloads the current view as SVG.
pub fn download_svg(feedback: RwSignal<Option<String>>) {
    let app = use_app();
    let Some(map) = use_context::<MapCamera>() else {
        return;
    };
    match current_svg(&app, map) {
        Some(svg) => {
            if let Err(e) = download_bytes(
                svg.as_bytes(),
                "image/svg+xml",
                &format!("ots-atlas-{}.svg", file_stem(&app)),
            ) {
                feedback.set(Some(e));
            }
        }
        None => feedback.set(Some(strings_now(&app).loading.to_owned())),
    }
}

/// Downloads the current view as PNG: the SVG drawn on a canvas by the browser.
pub fn download_png(feedback: RwSignal<Option<String>>) {
    let app = use_app();
    let Some(map) = use_context::<MapCamera>() else {
        return;
    };
    let Some(svg) = current_svg(&app, map) else {
        return;
    };
    let name = format!("ots-atlas-{}.png", file_stem(&app));
    spawn_local(async move {
        if let Err(e) = svg_to_png_download(&svg, &name).await {
            feedback.set(Some(e));
        }
    });
}

async fn svg_to_png_download(svg: &str, filename: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&js_sys::JsString::from(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let image = web_sys::HtmlImageElement::new().map_err(err)?;
    image.set_src(&url);
    wasm_bindgen_futures::JsFuture::from(image.decode())
        .await
        .map_err(err)?;
    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(err)?
        .unchecked_into();
    canvas.set_width(EXPORT_WIDTH);
    canvas.set_height(EXPORT_HEIGHT);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(err)?
        .ok_or("no 2D canvas")?
        .unchecked_into();
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(err)?;
    let _ = web_sys::Url::revoke_object_url(&url);
    let (sender, receiver) = futures::channel::oneshot::channel::<Option<web_sys::Blob>>();
    let mut sender = Some(sender);
    let callback = Closure::<dyn FnMut(Option<web_sys::Blob>)>::new(move |blob| {
        if let Some(sender) = sender.take() {
            let _ = sender.send(blob);
        }
    });
    canvas
        .to_blob_with_type(callback.as_ref().unchecked_ref(), "image/png")
        .map_err(err)?;
    let blob = receiver
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the browser made no PNG")?;
    download_blob(&blob, filename)
}
