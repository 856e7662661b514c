//! The map's overlays as SVG markup: event markers (spread or grouped by
//! `overlay::layout_markers`) and diaspora flows. The app sets it as the content of each
//! layer's `<g>` and listens once per layer. Every shape carries what the listener needs:
//! markers `data-item` and `data-country` (click or Enter opens the item), groups
//! `data-group` (click zooms in), flows `data-host` (click selects the host country), and
//! markers their year (`data-year`: when the year shown changes, the app moves the
//! `marker--future` class without writing the layer again),
//! all of them their anchor in plane units (`data-x`, `data-y`, plus the marker's offset
//! in pixels, `data-dx`, `data-dy`) for the tooltip, whose text is the `aria-label`. No
//! style attributes: the Content-Security-Policy allows none in markup.

use crate::geo::path::format_decimal;
use crate::i18n::fill;
use crate::i18n::numbers::compact_amount;
use crate::overlay::{Flow, Marker, Placement};

use super::context::MarkupContext;
use super::hooks::{
    DATA_COUNTRY, DATA_DX, DATA_DY, DATA_GROUP, DATA_HOST, DATA_ITEM, DATA_ORIGIN, DATA_X, DATA_Y,
    DATA_YEAR, MARKER_FUTURE,
};
use super::html::{Html, classes};

/// The circle that makes a marker easy to hit.
const HIT: &str = "M-11,0A11,11 0 1 0 11,0A11,11 0 1 0 -11,0Z";

/// The markers of `layout` (indices into `markers`): one Tab stop for the layer (the first
/// shape), events after the year shown dimmed.
pub fn markers_html(markers: &[Marker], layout: &[Placement], cx: &MarkupContext<'_>) -> String {
    let mut html = Html::new();
    for (i, placement) in layout.iter().enumerate() {
        let tabindex = Some(if i == 0 { "0" } else { "-1" });
        match placement {
            Placement::Single { index, at, dx, dy } => {
                let Some(marker) = markers.get(*index) else {
                    continue;
                };
                let class = classes(
                    &format!("marker marker--{}", marker.shape.key()),
                    &[
                        (MARKER_FUTURE.name, marker.year > cx.year),
                        ("marker--unconfirmed", marker.unconfirmed),
                    ],
                );
                let year = marker.year.to_string();
                let (x, y) = (format_decimal(at.x, 3), format_decimal(at.y, 3));
                let offset = *dx != 0.0 || *dy != 0.0;
                let (back_x, back_y) = (format_decimal(-dx, 1), format_decimal(-dy, 1));
                let (dx, dy) = (format_decimal(*dx, 1), format_decimal(*dy, 1));
                html.open(
                    "g",
                    &[
                        ("class", Some(&class)),
                        ("transform", Some(&format!("translate({x} {y})"))),
                        ("data-testid", Some("marker")),
                        (DATA_ITEM, Some(&marker.id)),
                        (DATA_COUNTRY, Some(marker.country.as_str())),
                        (DATA_YEAR, Some(&year)),
                        (DATA_X, Some(&x)),
                        (DATA_Y, Some(&y)),
                        (DATA_DX, Some(&dx)),
                        (DATA_DY, Some(&dy)),
                        ("role", Some("button")),
                        ("tabindex", tabindex),
                        ("aria-label", Some(&marker.label)),
                    ],
                )
                .open("g", &[("class", Some("marker__body"))]);
                if offset {
                    // Drawn away from its place: a leader line points back to it.
                    html.open(
                        "g",
                        &[("transform", Some(&format!("translate({dx} {dy})")))],
                    )
                    .open(
                        "line",
                        &[
                            ("class", Some("marker__leader")),
                            ("x1", Some(&back_x)),
                            ("y1", Some(&back_y)),
                            ("x2", Some("0")),
                            ("y2", Some("0")),
                        ],
                    )
                    .close("line");
                }
                html.open("path", &[("class", Some("marker__hit")), ("d", Some(HIT))])
                    .close("path")
                    .open(
                        "path",
                        &[
                            ("class", Some("marker__symbol")),
                            ("d", Some(marker.shape.path())),
                        ],
                    )
                    .close("path");
                if offset {
                    html.close("g");
                }
                html.close("g").close("g");
            }
            Placement::Group { members, at } => {
                let label = fill(cx.text.group_label, &[&members.len().to_string()]);
                let (x, y) = (format_decimal(at.x, 3), format_decimal(at.y, 3));
                html.open(
                    "g",
                    &[
                        ("class", Some("marker marker--group")),
                        ("transform", Some(&format!("translate({x} {y})"))),
                        ("data-testid", Some("marker-group")),
                        (DATA_GROUP, Some("")),
                        (DATA_X, Some(&x)),
                        (DATA_Y, Some(&y)),
                        ("role", Some("button")),
                        ("tabindex", tabindex),
                        ("aria-label", Some(&label)),
                    ],
                )
                .element("title", &[], &label)
                .open("g", &[("class", Some("marker__body"))])
                .open(
                    "circle",
                    &[("class", Some("marker__group-disc")), ("r", Some("12"))],
                )
                .close("circle")
                .element(
                    "text",
                    &[
                        ("class", Some("marker__group-count")),
                        ("text-anchor", Some("middle")),
                        ("dy", Some("4")),
                    ],
                    &members.len().to_string(),
                )
                .close("g")
                .close("g");
            }
        }
    }
    html.finish()
}

/// The flows: a line as wide as the people it stands for (a band when the figure is a
/// range), with a dot at the host end.
pub fn flows_html(flows: &[Flow], cx: &MarkupContext<'_>) -> String {
    let mut html = Html::new();
    for (i, flow) in flows.iter().enumerate() {
        let ranged = flow.width_high > flow.width_low;
        let (x, y) = (
            format_decimal(flow.host_at.x, 2),
            format_decimal(flow.host_at.y, 2),
        );
        html.open(
            "g",
            &[
                (
                    "class",
                    Some(&classes(
                        "flow",
                        &[("flow--native", flow.native), ("flow--range", ranged)],
                    )),
                ),
                ("data-testid", Some("flow")),
                (DATA_ORIGIN, Some(flow.origin.as_str())),
                (DATA_HOST, Some(flow.host.as_str())),
                (DATA_X, Some(&x)),
                (DATA_Y, Some(&y)),
                ("role", Some("button")),
                ("tabindex", Some(if i == 0 { "0" } else { "-1" })),
                ("aria-label", Some(&flow_label(flow, cx))),
            ],
        );
        if ranged {
            path(
                &mut html,
                "flow__band",
                &flow.d,
                &format_decimal(flow.width_high, 1),
            );
        }
        path(
            &mut html,
            "flow__line",
            &flow.d,
            &format_decimal(flow.width_low, 1),
        );
        path(
            &mut html,
            "flow__dot",
            &format!("M{x},{y}h0"),
            &format_decimal(flow.width_low + 4.0, 1),
        );
        html.close("g");
    }
    html.finish()
}

fn path(html: &mut Html, class: &str, d: &str, width: &str) {
    html.open(
        "path",
        &[
            ("class", Some(class)),
            ("d", Some(d)),
            ("stroke-width", Some(width)),
        ],
    )
    .close("path");
}

/// "Türkiye → Germany: 3 million (2024) · 2 sources", with "native community" added.
pub fn flow_label(flow: &Flow, cx: &MarkupContext<'_>) -> String {
    let text = cx.text;
    let mut label = format!(
        "{} → {}: {}",
        cx.name(flow.origin),
        cx.name(flow.host),
        compact_amount(flow.amount, cx.lang)
    );
    if let Some(year) = flow.year {
        label.push_str(&format!(" ({year})"));
    }
    let sources = if flow.source_count == 1 {
        text.source_one.to_owned()
    } else {
        fill(text.source_many, &[&flow.source_count.to_string()])
    };
    label.push_str(&format!(" · {sources}"));
    if flow.native {
        label.push_str(&format!(" · {}", text.native_community));
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::EqualEarth;
    use crate::markup::context::{bracketed, test_context};
    use crate::overlay::{
        FlowSelection, PopulationScale, build_flows, build_markers, layout_markers,
    };
    use crate::test_support::{real_dataset, real_world};
    use crate::url_state::Lang;
    use crate::world::{CountryCode, project_world};

    #[test]
    fn markers_carry_their_item_place_and_label_and_later_events_are_dimmed() {
        let data = real_dataset();
        let projection = EqualEarth::new();
        let markers = build_markers(&data, &projection);
        let points: Vec<_> = markers.iter().map(|m| m.at).collect();
        // Zoomed far in: every marker on its own.
        let layout = layout_markers(&points, 1000.0, true);
        let cx = test_context(2015, Lang::En, &bracketed);
        let html = markers_html(&markers, &layout, &cx);
        assert_eq!(
            html.matches("data-testid=\"marker\"").count(),
            markers.len()
        );
        assert_eq!(html.matches("tabindex=\"0\"").count(), 1);
        assert!(
            html.contains(
                "data-item=\"washington-solidarity-reception-2025\" data-country=\"USA\""
            )
        );
        let later = markers.iter().filter(|m| m.year > 2015).count();
        assert!(later > 0);
        assert_eq!(html.matches("marker--future").count(), later);
        assert!(!html.contains("style="), "no style attributes (CSP)");
        // Zoomed out: crowded places become groups with their count.
        let grouped = markers_html(&markers, &layout_markers(&points, 0.5, false), &cx);
        assert!(grouped.contains("data-testid=\"marker-group\""));
    }

    #[test]
    fn flows_are_labelled_with_names_people_and_sources() {
        let data = real_dataset();
        let world = real_world();
        let projection = EqualEarth::new();
        let paths = project_world(&world, &projection);
        let flows = build_flows(
            &data,
            &paths,
            &projection,
            FlowSelection::From(CountryCode::from_static("TUR")),
            &PopulationScale::default(),
        );
        assert!(!flows.is_empty());
        let cx = test_context(2026, Lang::En, &bracketed);
        let html = flows_html(&flows, &cx);
        assert_eq!(html.matches("data-testid=\"flow\"").count(), flows.len());
        assert!(html.contains("data-origin=\"TUR\" data-host=\"DEU\""));
        // Names are escaped text.
        assert!(html.contains("aria-label=\"&lt;TUR&gt; → &lt;DEU&gt;: "));
        assert!(!html.contains("style="));
    }
}
