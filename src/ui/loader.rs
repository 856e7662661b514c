//! Loading a file into a signal: the app's only async plumbing. `loaded` starts a
//! download whenever the signals its `start` closure reads change, and publishes the
//! newest result (an older download that finishes later is dropped; while a new one
//! runs, the signal holds `None`). It does what
//! `LocalResource` does for this app with a fraction of its code in the Wasm (about
//! 9 KB less with brotli: the first load has a byte budget).

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::reactive::effect;

/// A signal that holds `None` while a download runs, then its result.
pub fn loaded<T, F>(start: impl Fn() -> F + 'static) -> ReadSignal<Option<T>, LocalStorage>
where
    T: 'static,
    F: Future<Output = T> + 'static,
{
    let (value, set_value) = signal_local(None);
    let latest = Rc::new(Cell::new(0u32));
    effect(move || {
        // Reading signals here (in `start`, before the future runs) subscribes to them.
        let download = start();
        // A result from before this download is out of date (a retry must not see the
        // error it retries): nothing is shown until the new one is in.
        if value.with_untracked(Option::is_some) {
            set_value.set(None);
        }
        let this = latest.get().wrapping_add(1);
        latest.set(this);
        let latest = Rc::clone(&latest);
        spawn_local(async move {
            let result = download.await;
            if latest.get() == this {
                set_value.set(Some(result));
            }
        });
    });
    value
}
