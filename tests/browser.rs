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

const THREE_SQUARES: &str = include_str!("fixtures/three-squares.json");

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
            .contains("data/world.json")
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

/// The walk of `JSON.parse`'s result (`ui::json`, how the app reads its files) gives the
/// value serde_json reads from the same text (how the tools read them): nesting, Unicode,
/// escapes, duplicate keys, and numbers at the edges of the integer kinds.
#[wasm_bindgen_test]
fn json_parse_walks_into_the_value_serde_json_reads() {
    for text in [
        r#"{"b": [1, 2, {"c": null, "d": [[], {}]}], "a": true, "e": false}"#,
        r#""Қазақстан · Türkiye · Azərbaycan · 𝄞 · \u00e9 \ud834\udd1e \" \\ \/ \b\f\n\r\t""#,
        "[0, -0, -0.0, 0.1, -0.5, 1e21, -1.5e-7, 255, 256, -2147483648, 4294967296]",
        "[9007199254740992, -9007199254740992, 1.7976931348623157e308, 5e-324, 1.5e300]",
        r#"{"": "empty key", "__proto__": {"x": 1}, "1": "one", "a b": "two", "Ω": "three"}"#,
        r#"{"a": 1, "a": 2}"#,
        "  null ",
        r#""""#,
        "[]",
        "{}",
    ] {
        let walked = ots_atlas::ui::json::parse_str(text).expect(text);
        let serde: serde_json::Value = serde_json::from_str(text).expect(text);
        assert_eq!(walked, serde, "{text}");
        // The same kinds of number, which `PartialEq` does not fully tell (0.0 and -0.0).
        assert_eq!(walked.to_string(), serde.to_string(), "{text}");
    }
    // A whole number written with a fraction or an exponent keeps no trace of it in
    // JavaScript: an integer here, a float for serde_json (see `json_value::number`).
    for (text, whole) in [("2.0", 2), ("1E+2", 100), ("1e-400", 0)] {
        let walked = ots_atlas::ui::json::parse_str(text).expect("a number");
        assert_eq!(walked, serde_json::Value::from(whole), "{text}");
    }
    // A lone surrogate, which serde_json refuses, becomes U+FFFD.
    let lone = ots_atlas::ui::json::parse_str(r#""\ud800""#).expect("a string");
    assert_eq!(lone, serde_json::Value::from("\u{fffd}"));
}

/// What is not JSON is refused, with the browser's words; so are a number out of range and
/// nesting 128 deep (serde_json's limit; 127 passes), which would otherwise let a hostile
/// file exhaust the Wasm stack.
#[wasm_bindgen_test]
fn json_parse_refuses_what_serde_json_refuses() {
    use ots_atlas::ui::json::parse_str;
    for text in [
        "",
        "not json",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "'a'",
        "1e999",
        "[-1e999]",
    ] {
        let error = parse_str(text).expect_err(text);
        assert!(!error.is_empty(), "{text}");
        assert!(
            serde_json::from_str::<serde_json::Value>(text).is_err(),
            "{text}"
        );
    }
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse_str(&nested(127)).is_ok());
    assert!(serde_json::from_str::<serde_json::Value>(&nested(127)).is_ok());
    assert!(parse_str(&nested(128)).is_err());
    assert!(serde_json::from_str::<serde_json::Value>(&nested(128)).is_err());
    let deep = parse_str(&nested(100_000)).expect_err("far too deep");
    assert!(deep.contains("recursion limit"), "{deep}");
    let objects = format!("{}1{}", "{\"a\":".repeat(200), "}".repeat(200));
    assert!(parse_str(&objects).is_err());
}

/// The committed geometry reads the same from the walk as from serde_json.
#[wasm_bindgen_test]
fn the_world_reads_the_same_through_json_parse() {
    install_math();
    for text in [
        include_str!("../public/data/world.json"),
        include_str!("../public/data/world-outer.json"),
    ] {
        let value = ots_atlas::ui::json::parse_str(text).expect("valid JSON");
        assert_eq!(
            ots_atlas::world::parse_world_value(&value),
            parse_world(text)
        );
    }
}
