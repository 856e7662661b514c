//! Clicks on markup set as HTML (`markup::*`): one listener on the container finds the
//! element the click was meant for by a data attribute (`markup::hooks` names them).

use wasm_bindgen::JsCast;

/// The element under `ev` (or its nearest ancestor) that carries `attribute`, with the
/// attribute's value.
pub fn clicked(ev: &web_sys::Event, attribute: &str) -> Option<(web_sys::Element, String)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let element = target.closest(&format!("[{attribute}]")).ok()??;
    let value = element.get_attribute(attribute)?;
    Some((element, value))
}
