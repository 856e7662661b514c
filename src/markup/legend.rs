//! The legend's entries as markup: the three country fills, and for each layer shown its
//! symbols (initiatives) or line widths (diaspora), drawn with the map's own classes so
//! they always match it.

use crate::geo::path::format_decimal;
use crate::i18n::Strings;
use crate::i18n::numbers::compact;
use crate::overlay::{MarkerShape, PopulationScale};
use crate::url_state::{Lang, Layer, Layers};

use super::html::Html;

/// The entries under the legend's title.
pub fn legend_html(text: &'static Strings, lang: Lang, layers: Layers) -> String {
    let mut html = Html::new();
    html.open("ul", &[("class", Some("legend__items"))]);
    for (class, label) in [
        ("country country--member", text.members),
        ("country country--observer", text.observers),
        ("country", text.other_countries),
    ] {
        html.open("li", &[]);
        swatch(&mut html, "legend__swatch", "0 0 20 14", 20, 14);
        html.open(
            "rect",
            &[
                ("class", Some(class)),
                ("x", Some("0.5")),
                ("y", Some("0.5")),
                ("width", Some("19")),
                ("height", Some("13")),
            ],
        )
        .close("rect")
        .close("svg")
        .element("span", &[], label)
        .close("li");
    }
    html.close("ul");

    if layers.contains(Layer::Initiatives) {
        html.element(
            "p",
            &[("class", Some("legend__subtitle"))],
            text.layer_initiatives,
        )
        .open(
            "ul",
            &[
                ("class", Some("legend__items")),
                ("data-testid", Some("legend-markers")),
            ],
        );
        for shape in MarkerShape::ALL {
            let label = match shape {
                MarkerShape::Star => text.kind_summit,
                MarkerShape::Square => text.kind_meeting,
                MarkerShape::Circle => text.kind_reception,
                MarkerShape::Diamond => text.kind_forum,
                MarkerShape::Triangle => text.kind_training,
                MarkerShape::Document => text.kind_document,
            };
            html.open("li", &[]);
            swatch(&mut html, "legend__swatch", "-8 -8 16 16", 16, 16);
            html.open(
                "path",
                &[
                    (
                        "class",
                        Some(&format!("marker__symbol marker--{}", shape.key())),
                    ),
                    ("d", Some(shape.path())),
                ],
            )
            .close("path")
            .close("svg")
            .element("span", &[], label)
            .close("li");
        }
        html.close("ul");
    }

    if layers.contains(Layer::Diaspora) {
        html.element("p", &[("class", Some("legend__subtitle"))], text.people)
            .open(
                "ul",
                &[
                    ("class", Some("legend__items")),
                    ("data-testid", Some("legend-scale")),
                ],
            );
        let scale = PopulationScale::default();
        for people in PopulationScale::REFERENCES {
            line(
                &mut html,
                "legend__line",
                &format_decimal(scale.width(people), 1),
                &compact(people, lang),
            );
        }
        line(&mut html, "legend__line", "3", text.diaspora_line);
        line(
            &mut html,
            "legend__line flow--native",
            "3",
            text.native_line,
        );
        html.close("ul");
    }
    html.finish()
}

/// Opens a small `<svg>` drawn behind a legend label (closed by the caller).
fn swatch(html: &mut Html, class: &str, view_box: &str, width: u32, height: u32) {
    html.open(
        "svg",
        &[
            ("class", Some(class)),
            ("viewBox", Some(view_box)),
            ("width", Some(&width.to_string())),
            ("height", Some(&height.to_string())),
            ("aria-hidden", Some("true")),
        ],
    );
}

/// A flow line of the given width and its label.
fn line(html: &mut Html, class: &str, width: &str, label: &str) {
    html.open("li", &[]);
    swatch(html, class, "0 0 36 20", 36, 20);
    html.open(
        "line",
        &[
            ("class", Some("flow__line")),
            ("x1", Some("2")),
            ("y1", Some("10")),
            ("x2", Some("34")),
            ("y2", Some("10")),
            ("stroke-width", Some(width)),
        ],
    )
    .close("line")
    .close("svg")
    .element("span", &[], label)
    .close("li");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn each_layer_adds_its_entries() {
        let none = legend_html(&EN, Lang::En, Layers::NONE);
        assert_eq!(none.matches("<li>").count(), 3);
        assert!(none.contains("<rect class=\"country country--member\""));
        assert!(!none.contains("legend-markers") && !none.contains("legend-scale"));
        let both = legend_html(
            &EN,
            Lang::En,
            Layers::NONE
                .with(Layer::Initiatives, true)
                .with(Layer::Diaspora, true),
        );
        assert!(both.contains("data-testid=\"legend-markers\""));
        assert!(both.contains("class=\"marker__symbol marker--star\""));
        assert!(both.contains("data-testid=\"legend-scale\""));
        assert_eq!(both.matches("<li>").count(), 3 + MarkerShape::ALL.len() + 5);
    }
}
