//! The offline copy: registers the service worker `sw.js` (written by build-previews with
//! this build's files, see `src/bin/build_previews/offline.rs`), which keeps the page, the
//! Wasm and the data so that the next visit works without a network. It is registered
//! well after the map is up, so the first visit's downloads come first.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The worker, next to the page.
const WORKER: &str = "sw.js";

/// Asks the browser to install the worker. Nothing happens where there are no service
/// workers (an insecure origin, a browser or a test that blocks them); a failure is only
/// logged, since the app works the same without it.
pub fn keep_offline_copy() {
    let navigator = window().navigator();
    let Ok(container) = js_sys::Reflect::get(&navigator, &"serviceWorker".into()) else {
        return;
    };
    let Some(register) = js_sys::Reflect::get(&container, &"register".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let Ok(promise) = register.call1(&container, &WORKER.into()) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
            leptos::logging::log!("OTS Atlas: no offline copy ({error:?})");
        }
    });
}
