//! The Leptos user interface (wasm32 only). Components wire signals to markup; every
//! decision with a branch or a loop lives in the pure modules.

use leptos::prelude::*;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <main class="atlas">"OTS Atlas"</main> });
}
