//! With the `split` feature, the Wasm app is linked with its relocations
//! (`--emit-relocs`), which `split-wasm` needs to cut it at its split points (see
//! `ui::chunks`). Only the app's binary: the libraries and every other build stay as they are.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=ots-atlas=--emit-relocs");
    }
}
