//! Browser tests: components mounted in headless Chromium through wasm-bindgen-test.
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser
//! ```
//!
//! The runner comes from `.cargo/config.toml`, the browser flags from `webdriver.json`.
//! Natively this file compiles to nothing, so `cargo test` is unaffected.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use ots_atlas::ui::{App, AppState, LoadedWorld, MapView, install_math};
use ots_atlas::world::parse_world;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const THREE_SQUARES: &str = include_str!("fixtures/three-squares.geojson");

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("a browser window")
        .document()
        .expect("a document")
}

/// A fresh element to mount a component into.
fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").expect("a div");
    div.set_attribute("style", "width: 600px; height: 400px; position: relative")
        .expect("style");
    document()
        .body()
        .expect("a body")
        .append_child(&div)
        .expect("append");
    div.unchecked_into()
}

/// Waits (up to about 5 s) until `selector` matches inside `root`.
async fn wait_for(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        TimeoutFuture::new(50).await;
    }
    panic!(
        "{selector} never appeared; the page holds: {}",
        root.inner_html()
    );
}

#[wasm_bindgen_test]
async fn the_map_draws_every_fixture_country_and_a_click_selects_one() {
    install_math();
    let world = parse_world(THREE_SQUARES).expect("the fixture parses");
    let loaded = Arc::new(LoadedWorld::from_world(world));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let loaded = loaded.clone();
        AppState::provide(2026);
        view! { <MapView world=loaded.clone() /> }
    });
    let shape = wait_for(&root, "path.country[data-code=\"BBB\"]").await;
    assert_eq!(
        root.query_selector_all("path.country")
            .expect("query")
            .length(),
        3
    );
    assert!(shape.get_attribute("d").is_some_and(|d| d.starts_with('M')));
    assert_eq!(shape.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(
        shape.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    // A real click bubbles: the map listens on the group of shapes, not on each one.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let click =
        web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("a click");
    shape.dispatch_event(&click).expect("dispatch");
    let mut selected = false;
    for _ in 0..40 {
        let search = web_sys::window()
            .expect("window")
            .location()
            .search()
            .expect("search");
        if search.contains("country=BBB") {
            selected = true;
            break;
        }
        TimeoutFuture::new(50).await;
    }
    assert!(selected, "the click did not put country=BBB in the URL");
    wait_for(
        &root,
        "path.country[data-code=\"BBB\"][aria-pressed=\"true\"]",
    )
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn without_its_files_the_app_says_so_and_offers_a_retry() {
    // The test runner serves no data/ folder, so every fetch fails: the page must not be
    // blank, and must not panic.
    install_math();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    let error = wait_for(&root, "[data-testid=\"load-error\"]").await;
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(
        error
            .text_content()
            .unwrap_or_default()
            .contains("data/world.geojson")
    );
    let retry = wait_for(&root, "[data-testid=\"load-error\"] button").await;
    assert!(!retry.text_content().unwrap_or_default().is_empty());
    assert!(
        document()
            .query_selector("[data-testid=\"fatal\"]")
            .expect("query")
            .is_none()
    );
    root.remove();
}
