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
    html.el("ul", &[("class", Some("legend__items"))], |html| {
        for (class, label) in [
            ("country country--member", text.members),
            ("country country--observer", text.observers),
            ("country", text.other_countries),
        ] {
            entry(
                html,
                "legend__swatch",
                "0 0 20 14",
                (20, 14),
                label,
                |html| {
                    let rect = [
                        ("class", Some(class)),
                        ("x", Some("0.5")),
                        ("y", Some("0.5")),
                        ("width", Some("19")),
                        ("height", Some("13")),
                    ];
                    html.element("rect", &rect, "");
                },
            );
        }
    });

    if layers.contains(Layer::Initiatives) {
        let list = [
            ("class", Some("legend__items")),
            ("data-testid", Some("legend-markers")),
        ];
        html.element(
            "p",
            &[("class", Some("legend__subtitle"))],
            text.layer_initiatives,
        )
        .el("ul", &list, |html| {
            for shape in MarkerShape::ALL {
                let label = match shape {
                    MarkerShape::Star => text.kind_summit,
                    MarkerShape::Square => text.kind_meeting,
                    MarkerShape::Circle => text.kind_reception,
                    MarkerShape::Diamond => text.kind_forum,
                    MarkerShape::Triangle => text.kind_training,
                    MarkerShape::Document => text.kind_document,
                };
                let class = format!("marker__symbol marker--{}", shape.key());
                entry(
                    html,
                    "legend__swatch",
                    "-8 -8 16 16",
                    (16, 16),
                    label,
                    |html| {
                        let path = [("class", Some(class.as_str())), ("d", Some(shape.path()))];
                        html.element("path", &path, "");
                    },
                );
            }
        });
    }

    if layers.contains(Layer::Diaspora) {
        let list = [
            ("class", Some("legend__items")),
            ("data-testid", Some("legend-scale")),
        ];
        html.element("p", &[("class", Some("legend__subtitle"))], text.people)
            .el("ul", &list, |html| {
                let scale = PopulationScale::default();
                for people in PopulationScale::REFERENCES {
                    line(
                        html,
                        "legend__line",
                        &format_decimal(scale.width(people), 1),
                        &compact(people, lang),
                    );
                }
                line(html, "legend__line", "3", text.diaspora_line);
                line(html, "legend__line flow--native", "3", text.native_line);
            });
    }
    html.finish()
}

/// One entry: `<li>`, a small `<svg>` (what `symbol` draws) and the label.
fn entry(
    html: &mut Html,
    class: &str,
    view_box: &str,
    (width, height): (u32, u32),
    label: &str,
    symbol: impl FnOnce(&mut Html),
) {
    let width = width.to_string();
    let height = height.to_string();
    let svg = [
        ("class", Some(class)),
        ("viewBox", Some(view_box)),
        ("width", Some(width.as_str())),
        ("height", Some(height.as_str())),
        ("aria-hidden", Some("true")),
    ];
    html.el("li", &[], |html| {
        html.el("svg", &svg, symbol).element("span", &[], label);
    });
}

/// A flow line of the given width and its label.
fn line(html: &mut Html, class: &str, width: &str, label: &str) {
    entry(html, class, "0 0 36 20", (36, 20), label, |html| {
        let line = [
            ("class", Some("flow__line")),
            ("x1", Some("2")),
            ("y1", Some("10")),
            ("x2", Some("34")),
            ("y2", Some("10")),
            ("stroke-width", Some(width)),
        ];
        html.element("line", &line, "");
    });
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
