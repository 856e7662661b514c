//! Browser tests: they run in headless Chromium through wasm-bindgen-test.
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser
//! ```
//!
//! The runner comes from `.cargo/config.toml`, the browser flags from `webdriver.json`.
//! Natively this file compiles to nothing, so `cargo test` is unaffected.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("a browser window")
        .document()
        .expect("a document")
}

#[wasm_bindgen_test]
fn the_test_runs_in_a_browser_document() {
    let document = document();
    let div = document.create_element("div").expect("create a div");
    div.set_id("browser-test-probe");
    div.set_text_content(Some("probe"));
    document
        .body()
        .expect("a body")
        .append_child(&div)
        .expect("append the div");

    let found = document
        .get_element_by_id("browser-test-probe")
        .expect("the div is in the document");
    assert_eq!(found.text_content().as_deref(), Some("probe"));
    found.remove();
}
