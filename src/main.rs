//! The browser entry point: everything lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    ots_atlas::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ots-atlas runs in the browser: build it with `trunk build` (see README.md).");
    std::process::exit(2);
}
