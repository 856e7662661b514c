//! JSON through the browser's `JSON.parse`: the downloaded files are parsed by the browser
//! and the result walked into a `serde_json::Value`, which the pure modules read
//! (`parse_world_value`, `Dataset::load_valid_values`, …). The Wasm then carries no JSON
//! parser: serde_json's parser, its error messages and its number parsing went. Measured
//! on the shipped files (`budget.test.mjs`, December 2026): Wasm 236.6 → 230.1 KB with
//! brotli, JS glue 4.4 → 4.5 KB, first load 294.0 → 287.5 KB. The price is speed: the walk
//! makes a call into JavaScript per value: the geometry, then GeoJSON (mostly numbers in
//! short arrays), took about 24 ms against serde_json's 10–14 ms unthrottled, 55–65 against
//! 15–23 ms at 4× CPU slowdown; the data files take about as long as before. See
//! bench/README.md. (`world.json` now holds one string per ring, not one value per
//! number: see `world::world_file`.)
//! How a number and the nesting are mapped is decided in `json_value`, with native tests;
//! `tests/browser.rs` compares this walk with serde_json's parse on tricky texts.

use js_sys::{Array, Object, Reflect};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::json_value::{MAX_DEPTH, TOO_DEEP, number};

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JavaScript string, which then never enters the Wasm's memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// Parses JSON text held by JavaScript (a downloaded file) into a `Value`. An error is
/// what the browser said (`Unexpected token 'n', "not json" is not valid JSON`), or that
/// the nesting is too deep or a number too large.
pub fn parse(text: &JsValue) -> Result<Value, String> {
    let parsed = json_parse(text).map_err(|error| match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => "not valid JSON".to_owned(),
    })?;
    walk(&parsed, 0).map_err(str::to_owned)
}

/// Parses JSON text held by the Wasm: [`parse`] of a copy (the small built-in texts, and
/// the browser tests).
pub fn parse_str(text: &str) -> Result<Value, String> {
    parse(&JsValue::from_str(text))
}

/// Walks what `JSON.parse` made into a `Value`; `depth` is how many arrays and objects
/// enclose `js`. `JSON.parse` makes only numbers, strings, arrays, plain objects, booleans
/// and `null`; anything else would read as `null`.
fn walk(js: &JsValue, depth: usize) -> Result<Value, &'static str> {
    // The common kinds first, each test a call into JavaScript: the geometry is mostly
    // numbers in arrays.
    if let Some(n) = js.as_f64() {
        return number(n);
    }
    let array = Array::is_array(js);
    if array || js.is_object() {
        // This array or object is nested `depth + 1` deep.
        if depth + 1 >= MAX_DEPTH {
            return Err(TOO_DEEP);
        }
        if array {
            let array: &Array = js.unchecked_ref();
            let mut items = Vec::with_capacity(array.length() as usize);
            for item in array.iter() {
                items.push(walk(&item, depth + 1)?);
            }
            return Ok(Value::Array(items));
        }
        let object: &Object = js.unchecked_ref();
        let mut map = Map::new();
        for key in Object::keys(object).iter() {
            let value = Reflect::get(object, &key).unwrap_or(JsValue::NULL);
            map.insert(
                key.as_string().unwrap_or_default(),
                walk(&value, depth + 1)?,
            );
        }
        return Ok(Value::Object(map));
    }
    if let Some(text) = js.as_string() {
        return Ok(Value::String(text));
    }
    Ok(js.as_bool().map_or(Value::Null, Value::Bool))
}
