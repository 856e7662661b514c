//! SVG to PNG with resvg, with the fonts of `assets/fonts` embedded in the binary: no
//! system font is looked up, so a machine without fonts draws the same pixels.

use resvg::{tiny_skia, usvg};

/// Noto Sans Regular, subset to Latin and Cyrillic (see `assets/fonts/README.md`).
const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular-subset.ttf");
/// Noto Sans Bold, the same subset.
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold-subset.ttf");
/// The family name inside both files.
const FAMILY: &str = "Noto Sans";

/// Turns SVG documents into PNG files. Holds the parsed fonts, so make one and reuse it.
pub struct Rasterizer {
    options: usvg::Options<'static>,
}

impl Rasterizer {
    /// A rasteriser that knows only the embedded fonts: every family name an SVG asks
    /// for, `sans-serif` included, falls back to Noto Sans.
    pub fn new() -> Self {
        let mut options = usvg::Options {
            font_family: FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        fonts.set_sans_serif_family(FAMILY);
        fonts.set_serif_family(FAMILY);
        fonts.set_monospace_family(FAMILY);
        Self { options }
    }

    /// The PNG image of an SVG document, at the document's own size.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        self.pixmap(svg)?
            .encode_png()
            .map_err(|e| format!("the PNG could not be encoded: {e}"))
    }

    /// The SVG document drawn at its own size.
    pub fn pixmap(&self, svg: &str) -> Result<tiny_skia::Pixmap, String> {
        let tree = usvg::Tree::from_str(svg, &self.options)
            .map_err(|e| format!("the SVG could not be read: {e}"))?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
            .ok_or_else(|| format!("cannot make a {}×{} image", size.width(), size.height()))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        Ok(pixmap)
    }
}

/// The width and height a PNG file declares in its IHDR chunk, or `None` when the bytes
/// do not start like a PNG.
#[cfg(test)]
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];
    if bytes.get(..8)? != SIGNATURE || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let word = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    Some((word(16)?, word(20)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_fonts_are_both_loaded() {
        let rasterizer = Rasterizer::new();
        let faces: Vec<_> = rasterizer.options.fontdb.faces().collect();
        assert_eq!(faces.len(), 2);
        assert!(
            faces
                .iter()
                .all(|f| f.families.iter().any(|(name, _)| name == FAMILY))
        );
    }

    /// How many pixels a text of one line covers.
    fn inked(rasterizer: &Rasterizer, family: &str, text: &str) -> usize {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-size="24" font-family="{family}">{text}</text></svg>"#
        );
        let pixmap = rasterizer.pixmap(&svg).expect("renders");
        pixmap.pixels().iter().filter(|p| p.alpha() > 0).count()
    }

    #[test]
    fn turkic_latin_and_cyrillic_letters_are_drawn_in_any_family() {
        let rasterizer = Rasterizer::new();
        for family in ["Arial, sans-serif", "'Noto Sans'", "serif", "NoSuchFont"] {
            for text in ["Türkiye", "Ə ə ğ ş ı İ", "Қазақстан Ү Ө Ң", "Oʻzbekiston"]
            {
                assert!(inked(&rasterizer, family, text) > 50, "{family}: {text}");
            }
        }
        // A missing glyph would be drawn as the same empty box as another one.
        assert_ne!(
            inked(&rasterizer, "sans-serif", "Ə"),
            inked(&rasterizer, "sans-serif", "Қ")
        );
    }

    #[test]
    fn the_png_has_the_size_of_the_svg() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="10" height="10"/></svg>"#;
        let png = Rasterizer::new().png(svg).expect("renders");
        assert_eq!(png_size(&png), Some((200, 40)));
    }

    #[test]
    fn png_sizes_are_read_from_the_header() {
        assert_eq!(png_size(b"not a png at all, no"), None);
        assert_eq!(png_size(&[]), None);
    }
}
