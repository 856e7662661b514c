//! The text work of `split-wasm`: content-hashed names, the references to rewrite, and
//! index.html's integrity attributes and head tags. Pure functions, tested natively.

use base64::Engine;
use sha2::Digest;

/// The loader's module name, as the split main module imports it and the glue names it.
pub const LOADER: &str = "./__wasm_split.js";

/// The import module of `wasm_split` split points before splitting
/// (`wasm_split_macros`' placeholder): a Wasm without it has nothing to split.
const PLACEHOLDER: &[u8] = b"__wasm_split_placeholder__";

/// Whether the raw cargo output has split points (the `split` feature was on).
pub fn has_split_points(wasm: &[u8]) -> bool {
    wasm.windows(PLACEHOLDER.len()).any(|w| w == PLACEHOLDER)
}

/// Trunk's glue in the staging folder: the one `ots-atlas-<hex>.js`.
pub fn find_glue(files: impl IntoIterator<Item = String>) -> Result<String, String> {
    let found: Vec<String> = files
        .into_iter()
        .filter(|name| {
            name.strip_prefix("ots-atlas-")
                .and_then(|rest| rest.strip_suffix(".js"))
                .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect();
    match found.as_slice() {
        [glue] => Ok(glue.clone()),
        _ => Err(format!(
            "expected one ots-atlas-<hash>.js in staging, found {}",
            found.len()
        )),
    }
}

/// `stem-<16 hex digits of SHA-256>.ext`: a name that changes with the content, in the
/// form the service worker caches for good (`HASHED` in `assets/sw.js`).
pub fn hashed(file: &str, bytes: &[u8]) -> String {
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    match file.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}-{hex}.{ext}"),
        None => format!("{file}-{hex}"),
    }
}

/// `sha384-<base64>`, as Trunk writes integrity attributes.
pub fn integrity(bytes: &[u8]) -> String {
    let digest = sha2::Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `text` with its one occurrence of `from` replaced (an error for none or several).
pub fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("expected {from} once, found it {n} times")),
    }
}

/// The glue with its imports of the loader (`from "./__wasm_split.js"`, one per function
/// the main module imports from it) pointing at `loader` (the import object's keys stay:
/// they are the Wasm's import module name).
pub fn point_glue_at_loader(glue: &str, loader: &str) -> Result<String, String> {
    let mut out = glue.to_owned();
    for quote in ['\'', '"'] {
        let from = format!("from {quote}{LOADER}{quote}");
        out = out.replace(&from, &format!("from {quote}./{loader}{quote}"));
    }
    if out == glue {
        return Err(format!("the glue does not import {LOADER}"));
    }
    Ok(out)
}

/// The `<link>` elements of `html` whose `href` names `file` (with any folder prefix):
/// their byte ranges.
fn links_to(html: &str, file: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..].find("<link").map(|i| from + i) {
        let Some(end) = html[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &html[start..end];
        let names_file = tag
            .split("href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .is_some_and(|href| href == file || href.ends_with(&format!("/{file}")));
        if names_file {
            found.push((start, end));
        }
        from = end;
    }
    found
}

/// index.html with the integrity of every `<link>` to `file` set to `value`.
pub fn set_integrity(html: &str, file: &str, value: &str) -> Result<String, String> {
    let links = links_to(html, file);
    if links.is_empty() {
        return Err(format!("index.html has no <link> for {file}"));
    }
    let mut out = html.to_owned();
    for (start, end) in links.into_iter().rev() {
        let tag = &html[start..end];
        let Some(at) = tag.find("integrity=\"") else {
            continue;
        };
        let value_start = at + "integrity=\"".len();
        let value_end = value_start
            + tag[value_start..]
                .find('"')
                .ok_or("an integrity attribute without its closing quote")?;
        out.replace_range(start + value_start..start + value_end, value);
    }
    Ok(out)
}

/// For each split point (sorted by name), the hashed files it needs, from the splitter's
/// prefetch map (split → file stems) and the renames (`chunk_0.wasm` → hashed name).
pub fn chunk_files(
    prefetch: &[(String, Vec<String>)],
    renamed: &[(String, String)],
) -> Result<Vec<(String, Vec<String>)>, String> {
    prefetch
        .iter()
        .map(|(split, stems)| {
            let files = stems
                .iter()
                .map(|stem| {
                    let file = format!("{stem}.wasm");
                    renamed
                        .iter()
                        .find(|(from, _)| *from == file)
                        .map(|(_, to)| to.clone())
                        .ok_or(format!("split {split} needs {file}, which was not written"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((split.clone(), files))
        })
        .collect()
}

/// index.html with, after the glue's `modulepreload`, one for the loader (the glue imports
/// it: no extra round trip) and the meta tag `ots-atlas-chunks`, `split=file file;…` with
/// the files' addresses as the glue's (index.html's inline script preloads a link's chunks
/// from it).
pub fn add_head_tags(
    html: &str,
    glue: &str,
    loader: &str,
    loader_integrity: &str,
    chunks: &[(String, Vec<String>)],
) -> Result<String, String> {
    let (start, end) = links_to(html, glue)
        .into_iter()
        .find(|&(s, e)| html[s..e].contains("rel=\"modulepreload\""))
        .ok_or(format!("index.html has no modulepreload of {glue}"))?;
    let tag = &html[start..end];
    let href = tag
        .split("href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or(glue);
    let prefix = &href[..href.len() - glue.len()];
    let content: Vec<String> = chunks
        .iter()
        .map(|(split, files)| {
            let files: Vec<String> = files.iter().map(|f| format!("{prefix}{f}")).collect();
            format!("{split}={}", files.join(" "))
        })
        .collect();
    let added = format!(
        "\n<link rel=\"modulepreload\" href=\"{prefix}{loader}\" crossorigin=\"anonymous\" integrity=\"{loader_integrity}\">\n<meta name=\"ots-atlas-chunks\" content=\"{}\">",
        content.join(";")
    );
    let mut out = html.to_owned();
    out.insert_str(end, &added);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTML: &str = r#"<head><link rel="modulepreload" href="/ots-atlas-8e1fe248532235f2.js" crossorigin="anonymous" integrity="sha384-old1">
<link rel="preload" href="/ots-atlas-8e1fe248532235f2_bg.wasm" crossorigin="anonymous" integrity="sha384-old2" as="fetch" type="application/wasm"></head>"#;

    #[test]
    fn split_points_are_found_by_their_placeholder_module() {
        assert!(has_split_points(b"\0asm..__wasm_split_placeholder__.."));
        assert!(!has_split_points(b"\0asm..wbg.."));
    }

    #[test]
    fn the_glue_is_the_one_hashed_script() {
        let files = [
            "index.html",
            "ots-atlas-8e1fe248532235f2.js",
            "ots-atlas-8e1fe248532235f2_bg.wasm",
            "embed.js",
        ];
        assert_eq!(
            find_glue(files.map(str::to_owned)),
            Ok("ots-atlas-8e1fe248532235f2.js".to_owned())
        );
        assert!(find_glue(["embed.js".to_owned()]).is_err());
    }

    #[test]
    fn hashed_names_change_with_the_content_and_match_the_workers_pattern() {
        let a = hashed("split_table_view.wasm", b"one");
        let b = hashed("split_table_view.wasm", b"two");
        assert_ne!(a, b);
        let hash = a
            .strip_prefix("split_table_view-")
            .and_then(|r| r.strip_suffix(".wasm"))
            .expect("stem-hash.wasm");
        assert_eq!(hash.len(), 16);
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(hashed("__wasm_split.js", b"x").starts_with("__wasm_split-"));
    }

    #[test]
    fn integrity_is_sha384_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn replace_once_refuses_none_or_several() {
        assert_eq!(replace_once("a b", "b", "c"), Ok("a c".to_owned()));
        assert!(replace_once("a b b", "b", "c").is_err());
        assert!(replace_once("a", "b", "c").is_err());
    }

    #[test]
    fn the_glue_imports_the_hashed_loader_but_keeps_the_import_key() {
        let glue = "import * as import1 from \"./__wasm_split.js\"\nimport * as import2 from \"./__wasm_split.js\"\nimports[\"./__wasm_split.js\"] = import1;";
        let out =
            point_glue_at_loader(glue, "__wasm_split-0123456789abcdef.js").expect("rewritten");
        assert_eq!(
            out.matches("from \"./__wasm_split-0123456789abcdef.js\"")
                .count(),
            2
        );
        assert!(out.contains("imports[\"./__wasm_split.js\"]"));
        assert!(point_glue_at_loader("nothing", "x.js").is_err());
    }

    #[test]
    fn integrity_is_replaced_in_the_link_of_the_file_only() {
        let out =
            set_integrity(HTML, "ots-atlas-8e1fe248532235f2_bg.wasm", "sha384-new").expect("found");
        assert!(out.contains("integrity=\"sha384-old1\""));
        assert!(out.contains("_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-new\""));
        assert!(set_integrity(HTML, "other.js", "x").is_err());
    }

    #[test]
    fn chunk_files_map_stems_to_hashed_names() {
        let prefetch = vec![(
            "country_panel".to_owned(),
            vec!["chunk_1".to_owned(), "split_country_panel".to_owned()],
        )];
        let renamed = vec![
            ("chunk_1.wasm".to_owned(), "chunk_1-aa.wasm".to_owned()),
            (
                "split_country_panel.wasm".to_owned(),
                "split_country_panel-bb.wasm".to_owned(),
            ),
        ];
        assert_eq!(
            chunk_files(&prefetch, &renamed),
            Ok(vec![(
                "country_panel".to_owned(),
                vec![
                    "chunk_1-aa.wasm".to_owned(),
                    "split_country_panel-bb.wasm".to_owned()
                ]
            )])
        );
        assert!(chunk_files(&prefetch, &renamed[..1]).is_err());
    }

    #[test]
    fn head_tags_follow_the_glue_with_its_folder() {
        let chunks = vec![
            (
                "country_panel".to_owned(),
                vec!["a-1.wasm".to_owned(), "b-2.wasm".to_owned()],
            ),
            ("table_view".to_owned(), vec!["c-3.wasm".to_owned()]),
        ];
        let out = add_head_tags(
            HTML,
            "ots-atlas-8e1fe248532235f2.js",
            "__wasm_split-9.js",
            "sha384-l",
            &chunks,
        )
        .expect("added");
        assert!(out.contains(
            "integrity=\"sha384-old1\">\n<link rel=\"modulepreload\" href=\"/__wasm_split-9.js\" crossorigin=\"anonymous\" integrity=\"sha384-l\">\n<meta name=\"ots-atlas-chunks\" content=\"country_panel=/a-1.wasm /b-2.wasm;table_view=/c-3.wasm\">\n<link rel=\"preload\""
        ));
    }
}
