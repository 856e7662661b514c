//! Effects through one instance of Leptos's `Effect`. `Effect::new` is generic over its
//! closure, and each instance carries its own copy of the effect machinery (the owner,
//! the arena slot, the thread check): the app's twenty-two effects cost the Wasm 2.3 KB
//! more with brotli that way. These helpers take the closure boxed, so that machinery is
//! compiled once per kind of effect. (Boxing the closures of `Memo`s did not pay: a memo
//! is compiled once per value type anyway.)

use leptos::prelude::*;

/// Runs `f` now and again whenever a signal it read changes.
pub fn effect(f: impl Fn() + 'static) {
    effect_boxed(Box::new(f));
}

/// Like [`effect`], for an effect that is done once `f` returns true: after that it is not
/// run again (nor does it read anything).
pub fn effect_until(f: impl Fn() -> bool + 'static) {
    effect_until_boxed(Box::new(f));
}

#[inline(never)]
fn effect_boxed(f: Box<dyn Fn()>) {
    Effect::new(move |_| f());
}

#[inline(never)]
fn effect_until_boxed(f: Box<dyn Fn() -> bool>) {
    Effect::new(move |done: Option<bool>| done == Some(true) || f());
}
