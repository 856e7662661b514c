//! The QR code of an address as an inline `<svg>` (`crate::qr` makes the modules): the
//! dark modules are one `<path>`, the quiet zone a white square, and the picture is named
//! "QR code: <address>" for screen readers (`role="img"`, `aria-label` and `<title>`).

use super::html::Html;
use crate::qr::QrCode;

/// Writes the QR code of `address`, named `name` (e.g. "QR code: https://…"), with the
/// classes `class`. Writes nothing when the address is too long for a QR code.
pub fn write_qr_svg(html: &mut Html, address: &str, name: &str, class: &str) {
    let Some(code) = QrCode::encode(address) else {
        return;
    };
    let side = code.side_with_quiet_zone().to_string();
    let view_box = format!("0 0 {side} {side}");
    html.el(
        "svg",
        &[
            ("xmlns", Some("http://www.w3.org/2000/svg")),
            ("class", Some(class)),
            ("viewBox", Some(&view_box)),
            ("role", Some("img")),
            ("aria-label", Some(name)),
            ("data-qr", Some(address)),
            ("shape-rendering", Some("crispEdges")),
        ],
        |html| {
            html.element("title", &[], name)
                .element(
                    "rect",
                    &[
                        ("width", Some(&side)),
                        ("height", Some(&side)),
                        ("fill", Some("#fff")),
                    ],
                    "",
                )
                .element(
                    "path",
                    &[("fill", Some("#000")), ("d", Some(&code.path_data()))],
                    "",
                );
        },
    );
}

/// [`write_qr_svg`] as a string of its own.
pub fn qr_svg(address: &str, name: &str, class: &str) -> String {
    let mut html = Html::new();
    write_qr_svg(&mut html, address, name, class);
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::{tiny_skia, usvg};

    /// Draws the SVG at `scale` pixels per module with resvg and reads it back as a phone
    /// would: a greyscale image given to a QR decoder.
    fn decode(svg: &str, scale: f32) -> Vec<String> {
        let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("valid SVG");
        let side = (tree.size().width() * scale).round() as u32;
        let mut pixmap = tiny_skia::Pixmap::new(side, side).expect("a pixmap");
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        let width = side as usize;
        let pixels = pixmap.data();
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, width, |x, y| {
            // RGBA, opaque after the white fill: the red channel is the grey level.
            pixels[(y * width + x) * 4]
        });
        image
            .detect_grids()
            .iter()
            .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
            .collect()
    }

    #[test]
    fn the_drawn_code_decodes_to_the_exact_address() {
        let address =
            "https://atlas.example/?country=KAZ&layers=initiatives,diaspora&year=2021&lang=kk";
        let svg = qr_svg(address, &format!("QR code: {address}"), "qr");
        // The SVG is only sized by its viewBox: give resvg a size to draw at.
        let sized = svg.replacen("<svg ", "<svg width=\"100\" height=\"100\" ", 1);
        assert_eq!(decode(&sized, 4.0), vec![address.to_owned()]);
    }

    #[test]
    fn the_code_is_one_named_path() {
        let svg = qr_svg("https://atlas.example/?a=<b>", "QR code: <b>", "print-qr");
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(
            svg.contains(r#"role="img" aria-label="QR code: &lt;b&gt;""#),
            "{svg}"
        );
        assert!(svg.contains("<title>QR code: &lt;b&gt;</title>"));
        assert!(svg.contains(r#"data-qr="https://atlas.example/?a=&lt;b&gt;""#));
        assert!(svg.contains(r#"viewBox="0 0 37 37""#), "{svg}");
        assert_eq!(qr_svg(&"x".repeat(3000), "n", "c"), "");
    }
}
