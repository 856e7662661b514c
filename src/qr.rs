//! QR codes of a view's address, for paper: the printed view and the worksheet carry the
//! code of the live view, so a phone opens it (issue 18).
//!
//! [`QrCode::encode`] makes the modules with Nayuki's `qrcodegen` (error correction level
//! M, the smallest version that fits); [`QrCode::path_data`] draws the dark ones as one SVG
//! path, one rectangle per horizontal run, in module units with the quiet zone around
//! them (`markup::qr` writes the `<svg>`). Only the print chunk (`ui::chunks`) reaches
//! this code, so it is not in the first-load Wasm.

use qrcodegen::QrCodeEcc;

/// The light margin the standard asks for around the symbol, in modules.
pub const QUIET_ZONE: usize = 4;

/// A QR code: a square of dark and light modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    dark: Vec<bool>,
}

impl QrCode {
    /// The code of `text` (as UTF-8 bytes, in the most compact mode), or `None` when it is
    /// too long for the largest QR code.
    pub fn encode(text: &str) -> Option<QrCode> {
        let code = qrcodegen::QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
        let size = code.size();
        let dark = (0..size)
            .flat_map(|y| (0..size).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x, y))
            .collect();
        Some(QrCode {
            size: usize::try_from(size).unwrap_or(0),
            dark,
        })
    }

    /// Modules along a side, without the quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Modules along a side, with the quiet zone on both sides: the `viewBox` of the SVG.
    pub fn side_with_quiet_zone(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// True when the module in column `x` and row `y` is dark (outside the symbol: light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The dark modules as SVG path data, offset by the quiet zone: `M{x} {y}h{n}v1h-{n}z`
    /// for each horizontal run of `n` dark modules.
    pub fn path_data(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                // (Outside the symbol is light: the run ends at its edge.)
                while self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                d.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_address_is_a_small_code_with_finder_patterns_in_three_corners() {
        let code = QrCode::encode("https://example.org/?country=KAZ").expect("fits");
        assert_eq!(code.size(), 29, "version 3 at level M");
        assert_eq!(code.side_with_quiet_zone(), 37);
        // A finder pattern's outer ring: dark along its top edge, light just inside.
        for (x, y) in [(0, 0), (code.size() - 7, 0), (0, code.size() - 7)] {
            assert!((0..7).all(|i| code.is_dark(x + i, y)), "finder at {x},{y}");
            assert!(!code.is_dark(x + 1, y + 1));
            assert!(code.is_dark(x + 3, y + 3), "finder centre at {x},{y}");
        }
        // Outside the symbol is light, even beside a dark module (the next row's first).
        let size = code.size();
        for y in 0..size {
            assert!(!code.is_dark(size, y), "row {y}");
            assert!(!code.is_dark(y, size), "column {y}");
        }
        assert!(!code.is_dark(code.size(), 0), "beyond the symbol is light");
    }

    #[test]
    fn each_run_of_dark_modules_is_one_rectangle() {
        let code = QrCode::encode("A").expect("fits");
        let d = code.path_data();
        // The first row holds the two finder patterns' top edges (7 modules each), after
        // the 4-module quiet zone; a version 1 code is 21 modules wide.
        assert_eq!(code.size(), 21);
        assert!(d.starts_with("M4 4h7v1h-7z"), "{d}");
        assert!(d.contains("zM18 4h7v1h-7zM4 5h1v1h-1z"), "{d}");
        let runs = d.matches('M').count();
        let dark = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| code.is_dark(x, y))
            .count();
        let widths: usize = d
            .split('h')
            .skip(1)
            .filter_map(|part| part.split('v').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(widths, dark, "the runs cover every dark module once");
        assert!(runs < dark);
    }

    #[test]
    fn text_too_long_for_any_code_has_none() {
        assert_eq!(QrCode::encode(&"x".repeat(3000)), None);
        assert!(QrCode::encode(&"x".repeat(2000)).is_some());
    }
}
