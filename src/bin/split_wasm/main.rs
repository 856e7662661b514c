//! `split-wasm <staging-dir>`: code splitting for Trunk 0.21, which has no step between
//! cargo and wasm-bindgen (trunk-rs/trunk#1022). Trunk's `post_build` hook runs it first,
//! before `build-previews` (whose `sw.js` then lists the chunks) and `scripts/minify.mjs`.
//! It redoes the Rust half of Trunk's build as `cargo leptos --split` does:
//!
//! 1. reads the raw cargo output, `target/wasm32-unknown-unknown/<profile>/ots-atlas.wasm`
//!    (linked with `--emit-relocs` by `build.rs` under the `split` feature); without
//!    split points (a build without the feature) it only optimises Trunk's Wasm (release);
//! 2. cuts it at its `wasm_split` points (`ui::chunks`) with `wasm_split_cli_support`:
//!    a main module, one `split_<name>.wasm` per split point, shared `chunk_<n>.wasm`
//!    files, and the loader `__wasm_split.js`;
//! 3. runs `wasm-bindgen --target=web --keep-lld-exports` on the main module (as Trunk
//!    would, plus the exports the chunks link to) and, in release builds, `wasm-opt` on
//!    every module with index.html's options (Trunk's own wasm-opt is off:
//!    `data-wasm-opt="0"`);
//! 4. gives the chunks and the loader content-hashed names (`split_table_view-<hash>.wasm`,
//!    `__wasm_split-<hash>.js`), rewrites the references to them, overwrites Trunk's
//!    `ots-atlas-<hash>.js` and `_bg.wasm` in staging and their integrity in index.html, and
//!    adds to index.html a `modulepreload` of the loader and the meta tag
//!    `ots-atlas-chunks` (`name=file file;…`), from which the inline script preloads the
//!    chunks a link needs at once (`?country=`, `?view=table`).
//!
//! wasm-bindgen and wasm-opt come from PATH, as for Trunk (`scripts/setup.sh`).

#[cfg(not(target_arch = "wasm32"))]
mod names;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(report) => {
            println!("split-wasm: {report}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("split-wasm: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The wasm-opt options of index.html's Rust link before splitting (measured there:
/// `--flatten --rereloop` −1.5 KiB brotli).
#[cfg(not(target_arch = "wasm32"))]
const WASM_OPT: [&str; 5] = ["-Oz", "--flatten", "--rereloop", "-Oz", "-Oz"];

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<String, String> {
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    let started = Instant::now();
    let staging = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: split-wasm STAGING_DIR")?,
    );
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    let raw_path = target_dir
        .join("wasm32-unknown-unknown")
        .join(if release { "release" } else { "debug" })
        .join("ots-atlas.wasm");
    let read =
        |path: &Path| fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let write = |path: &Path, bytes: &[u8]| {
        fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };

    let index_path = staging.join("index.html");
    let mut html = fs::read_to_string(&index_path)
        .map_err(|e| format!("cannot read {}: {e}", index_path.display()))?;
    let staged = fs::read_dir(&staging)
        .map_err(|e| format!("cannot list {}: {e}", staging.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok());
    let glue = names::find_glue(staged)?;
    let wasm_name = glue.replace(".js", "_bg.wasm");
    let raw = read(&raw_path)?;

    let work = target_dir.join("split-wasm");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;

    if !names::has_split_points(&raw) {
        // A build without the `split` feature: Trunk's output stands, optimised here
        // (Trunk's own wasm-opt is off) in release builds.
        if release {
            let staged_wasm = staging.join(&wasm_name);
            wasm_opt(&staged_wasm, &staged_wasm)?;
            let bytes = read(&staged_wasm)?;
            html = names::set_integrity(&html, &wasm_name, &names::integrity(&bytes))?;
            write(&index_path, html.as_bytes())?;
        }
        return Ok(format!(
            "no split points in {}: left unsplit ({:.1} s)",
            raw_path.display(),
            started.elapsed().as_secs_f64()
        ));
    }

    // (2) Cut.
    let main_out = work.join("main.wasm");
    let main_module = format!("./{glue}");
    let mut options = wasm_split_cli_support::Options::new(&raw);
    options.output_dir = &work;
    options.main_out_path = &main_out;
    options.main_module = &main_module;
    options.link_name = names::LOADER;
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("{e:?}"))?;

    // (3) wasm-bindgen on the main module, as Trunk runs it, keeping the chunks' links.
    let bindgen = work.join("bindgen");
    run_tool(
        "wasm-bindgen",
        &[
            "--target=web".as_ref(),
            format!("--out-dir={}", bindgen.display()).as_ref(),
            "--out-name=ots-atlas".as_ref(),
            "--no-typescript".as_ref(),
            "--keep-lld-exports".as_ref(),
            main_out.as_os_str(),
        ],
    )?;
    let main_wasm = bindgen.join("ots-atlas_bg.wasm");
    if release {
        wasm_opt(&main_wasm, &main_wasm)?;
        for chunk in &split.split_modules {
            wasm_opt(chunk, chunk)?;
        }
    }

    // (4) Hashed names, references, staging.
    let mut loader = fs::read_to_string(work.join(names::LOADER))
        .map_err(|e| format!("cannot read the loader: {e}"))?;
    let mut renamed = Vec::new();
    for chunk in &split.split_modules {
        let bytes = read(chunk)?;
        let file = chunk
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("a chunk without a name")?;
        let hashed = names::hashed(file, &bytes);
        loader = names::replace_once(
            &loader,
            &format!("\"./{file}\""),
            &format!("\"./{hashed}\""),
        )?;
        write(&staging.join(&hashed), &bytes)?;
        renamed.push((file.to_owned(), hashed));
    }
    let loader_name = names::hashed("__wasm_split.js", loader.as_bytes());
    write(&staging.join(&loader_name), loader.as_bytes())?;
    let glue_js = fs::read_to_string(bindgen.join("ots-atlas.js"))
        .map_err(|e| format!("cannot read the glue: {e}"))?;
    let glue_js = names::point_glue_at_loader(&glue_js, &loader_name)?;
    write(&staging.join(&glue), glue_js.as_bytes())?;
    let main_bytes = read(&main_wasm)?;
    write(&staging.join(&wasm_name), &main_bytes)?;

    html = names::set_integrity(&html, &glue, &names::integrity(glue_js.as_bytes()))?;
    html = names::set_integrity(&html, &wasm_name, &names::integrity(&main_bytes))?;
    let mut prefetch: Vec<(String, Vec<String>)> = split.prefetch_map.into_iter().collect();
    prefetch.sort();
    html = names::add_head_tags(
        &html,
        &glue,
        &loader_name,
        &names::integrity(loader.as_bytes()),
        &names::chunk_files(&prefetch, &renamed)?,
    )?;
    write(&index_path, html.as_bytes())?;

    let sizes: Vec<String> = renamed
        .iter()
        .map(|(_, hashed)| {
            let size = fs::metadata(staging.join(hashed)).map_or(0, |m| m.len());
            format!("{hashed} {size}")
        })
        .collect();
    Ok(format!(
        "{wasm_name} {} bytes, {loader_name} {} bytes, {} ({:.1} s)",
        main_bytes.len(),
        loader.len(),
        sizes.join(", "),
        started.elapsed().as_secs_f64()
    ))
}

/// `wasm-opt` with index.html's options, `input` to `output` (which may be the same).
#[cfg(not(target_arch = "wasm32"))]
fn wasm_opt(input: &std::path::Path, output: &std::path::Path) -> Result<(), String> {
    let out = format!("--output={}", output.display());
    let mut args: Vec<&std::ffi::OsStr> = vec![out.as_ref(), input.as_os_str()];
    args.extend(WASM_OPT.iter().map(std::ffi::OsStr::new));
    run_tool("wasm-opt", &args)
}

#[cfg(not(target_arch = "wasm32"))]
fn run_tool(tool: &str, args: &[&std::ffi::OsStr]) -> Result<(), String> {
    let status = std::process::Command::new(tool)
        .args(args)
        .status()
        .map_err(|e| format!("cannot run {tool} (is it on PATH? scripts/setup.sh): {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{tool} failed: {status}"))
    }
}
