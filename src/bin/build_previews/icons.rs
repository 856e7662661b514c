//! The app's icons for `manifest.webmanifest` (installing the atlas as an app, issue 18),
//! drawn from `public/favicon.svg` with resvg at each build: `icons/icon-192.png`,
//! `icons/icon-512.png`, and `icons/icon-maskable-512.png`, whose ground fills the whole
//! square and whose globe stays inside the central circle (80 % of the side) that a
//! launcher's mask keeps. Drawn, not committed: the favicon stays the one source.

use std::fs;
use std::path::Path;

use crate::raster::Rasterizer;

/// The favicon, the icons' one source.
const FAVICON: &str = include_str!("../../../public/favicon.svg");
/// The favicon's ground colour (`--member`), which the maskable icon's ground repeats.
const GROUND: &str = "#0b2e57";
/// The folder of the icons, next to index.html (as the manifest names them).
pub const ICON_DIR: &str = "icons";

/// One icon: its file name, its side in pixels and whether it is the maskable one.
pub const ICONS: [(&str, u32, bool); 3] = [
    ("icon-192.png", 192, false),
    ("icon-512.png", 512, false),
    ("icon-maskable-512.png", 512, true),
];

/// The favicon as an SVG document of `side` pixels; maskable: on a full square of its
/// ground colour, shrunk to 80 % so that its rounded corners fall outside the mask.
pub fn icon_svg(side: u32, maskable: bool) -> String {
    let inner = FAVICON.trim().replacen(
        "<svg ",
        &format!(r#"<svg width="{side}" height="{side}" "#),
        1,
    );
    if !maskable {
        return inner;
    }
    let (offset, size) = (side / 10, side - side / 5);
    let nested = FAVICON.trim().replacen(
        "<svg ",
        &format!(r#"<svg x="{offset}" y="{offset}" width="{size}" height="{size}" "#),
        1,
    );
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{side}" height="{side}" viewBox="0 0 {side} {side}"><rect width="{side}" height="{side}" fill="{GROUND}"/>{nested}</svg>"#
    )
}

/// Writes the icons into `<dist>/icons/`; returns their paths relative to `dist`.
pub fn write_icons(dist: &Path) -> Result<Vec<String>, String> {
    let dir = dist.join(ICON_DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let rasterizer = Rasterizer::new();
    let mut written = Vec::new();
    for (name, side, maskable) in ICONS {
        let png = rasterizer.png(&icon_svg(side, maskable))?;
        let path = dir.join(name);
        fs::write(&path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(format!("{ICON_DIR}/{name}"));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raster::png_size;

    #[test]
    fn each_icon_has_its_size_and_the_maskable_one_fills_its_square() {
        let rasterizer = Rasterizer::new();
        for (name, side, maskable) in ICONS {
            let svg = icon_svg(side, maskable);
            let png = rasterizer.png(&svg).expect("drawn");
            assert_eq!(png_size(&png), Some((side, side)), "{name}");
            let pixmap = rasterizer.pixmap(&svg).expect("drawn");
            // The corner: transparent on the rounded favicon, the ground on the maskable.
            let corner = pixmap.pixel(0, 0).expect("a pixel");
            assert_eq!(corner.alpha() == 255, maskable, "{name}'s corner");
        }
    }

    #[test]
    fn the_manifest_names_every_icon_with_its_size() {
        let manifest: serde_json::Value =
            serde_json::from_str(include_str!("../../../public/manifest.webmanifest"))
                .expect("the manifest is JSON");
        let icons = manifest["icons"].as_array().expect("icons");
        assert_eq!(icons.len(), ICONS.len());
        for ((name, side, maskable), icon) in ICONS.iter().zip(icons) {
            assert_eq!(icon["src"], format!("{ICON_DIR}/{name}"));
            assert_eq!(icon["sizes"], format!("{side}x{side}"));
            assert_eq!(icon["purpose"].as_str() == Some("maskable"), *maskable);
        }
    }
}
