//! The Leptos user interface (wasm32 only). Components wire signals to markup; every
//! decision with a branch or a loop lives in the pure modules (`geo`, `world`, `data`,
//! `url_state`, `gesture`, `i18n`).

mod about_panel;
mod app;
mod chunks;
mod clipboard;
mod country_panel;
mod data_status;
mod delegate;
mod download;
mod embed;
mod fatal;
mod header;
mod item_actions;
pub mod json;
mod layer_controls;
mod legend;
mod load;
mod loader;
mod location;
mod map;
mod notice_bar;
mod offline;
mod panel;
mod phone;
mod print;
mod quiz_card;
mod quiz_panel;
mod quotes_view;
mod reactive;
mod search_box;
mod share_dialog;
mod sheet;
mod state;
mod table_view;
mod tour;
mod worksheet;

pub use app::App;
// For the browser tests (tests/browser.rs), which mount the map on a fixture.
pub use load::LoadedWorld;
pub use map::MapView;
pub use state::AppState;

/// Installs the panic hook and the trigonometry, and mounts the app on `<body>`.
pub fn start() {
    fatal::install_panic_hook();
    install_math();
    leptos::mount::mount_to_body(App);
}

/// Gives the pure modules the browser's `Math` (see `geo::math`: the Wasm then carries
/// no libm). `start` calls it; so do the browser tests before they mount anything.
pub fn install_math() {
    use js_sys::Math;
    crate::geo::math::install(crate::geo::math::Trig {
        sin: Math::sin,
        cos: Math::cos,
        asin: Math::asin,
        acos: Math::acos,
        atan2: Math::atan2,
        hypot: Math::hypot,
    });
}
