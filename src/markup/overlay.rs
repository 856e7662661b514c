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
                let transform = format!("translate({x} {y})");
                let attributes = [
                    ("class", Some(class.as_str())),
                    ("transform", Some(transform.as_str())),
                    ("data-testid", Some("marker")),
                    (DATA_ITEM, Some(marker.id.as_str())),
                    (DATA_COUNTRY, Some(marker.country.as_str())),
                    (DATA_YEAR, Some(year.as_str())),
                    (DATA_X, Some(x.as_str())),
                    (DATA_Y, Some(y.as_str())),
                    (DATA_DX, Some(dx.as_str())),
                    (DATA_DY, Some(dy.as_str())),
                ];
                let symbol = |html: &mut Html| {
                    html.element(
                        "path",
                        &[("class", Some("marker__hit")), ("d", Some(HIT))],
                        "",
                    )
                    .element(
                        "path",
                        &[
                            ("class", Some("marker__symbol")),
                            ("d", Some(marker.shape.path())),
                        ],
                        "",
                    );
                };
                shape(&mut html, &attributes, tabindex, &marker.label, |html| {
                    html.el("g", &[("class", Some("marker__body"))], |html| {
                        if offset {
                            // Drawn away from its place: a leader line points back to it.
                            let shift = format!("translate({dx} {dy})");
                            html.el("g", &[("transform", Some(&shift))], |html| {
                                let leader = [
                                    ("class", Some("marker__leader")),
                                    ("x1", Some(back_x.as_str())),
                                    ("y1", Some(back_y.as_str())),
                                    ("x2", Some("0")),
                                    ("y2", Some("0")),
                                ];
                                html.element("line", &leader, "");
                                symbol(html);
                            });
                        } else {
                            symbol(html);
                        }
                    });
                });
            }
            Placement::Group { members, at } => {
                let label = fill(cx.text.group_label, &[&members.len().to_string()]);
                let (x, y) = (format_decimal(at.x, 3), format_decimal(at.y, 3));
                let transform = format!("translate({x} {y})");
                let attributes = [
                    ("class", Some("marker marker--group")),
                    ("transform", Some(transform.as_str())),
                    ("data-testid", Some("marker-group")),
                    (DATA_GROUP, Some("")),
                    (DATA_X, Some(x.as_str())),
                    (DATA_Y, Some(y.as_str())),
                ];
                shape(&mut html, &attributes, tabindex, &label, |html| {
                    html.element("title", &[], &label).el(
                        "g",
                        &[("class", Some("marker__body"))],
                        |html| {
                            html.element(
                                "circle",
                                &[("class", Some("marker__group-disc")), ("r", Some("12"))],
                                "",
                            )
                            .element(
                                "text",
                                &[
                                    ("class", Some("marker__group-count")),
                                    ("text-anchor", Some("middle")),
                                    ("dy", Some("4")),
                                ],
                                &members.len().to_string(),
                            );
                        },
                    );
                });
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
        let tabindex = Some(if i == 0 { "0" } else { "-1" });
        let ranged = flow.width_high > flow.width_low;
        let (x, y) = (
            format_decimal(flow.host_at.x, 2),
            format_decimal(flow.host_at.y, 2),
        );
        let class = classes(
            "flow",
            &[("flow--native", flow.native), ("flow--range", ranged)],
        );
        let label = flow_label(flow, cx);
        let attributes = [
            ("class", Some(class.as_str())),
            ("data-testid", Some("flow")),
            (DATA_ORIGIN, Some(flow.origin.as_str())),
            (DATA_HOST, Some(flow.host.as_str())),
            (DATA_X, Some(x.as_str())),
            (DATA_Y, Some(y.as_str())),
        ];
        shape(&mut html, &attributes, tabindex, &label, |html| {
            if ranged {
                path(
                    html,
                    "flow__band",
                    &flow.d,
                    &format_decimal(flow.width_high, 1),
                );
            }
            path(
                html,
                "flow__line",
                &flow.d,
                &format_decimal(flow.width_low, 1),
            );
            path(
                html,
                "flow__dot",
                &format!("M{x},{y}h0"),
                &format_decimal(flow.width_low + 4.0, 1),
            );
        });
    }
    html.finish()
}

/// An overlay shape: a `<g>` with `attributes`, then the role, Tab stop and label every
/// shape has, around what `content` writes.
fn shape(
    html: &mut Html,
    attributes: &[(&str, Option<&str>)],
    tabindex: Option<&str>,
    label: &str,
    content: impl FnOnce(&mut Html),
) {
    let mut attributes = attributes.to_vec();
    attributes.extend([
        ("role", Some("button")),
        ("tabindex", tabindex),
        ("aria-label", Some(label)),
    ]);
    html.el("g", &attributes, content);
}

fn path(html: &mut Html, class: &str, d: &str, width: &str) {
    html.element(
        "path",
        &[
            ("class", Some(class)),
            ("d", Some(d)),
            ("stroke-width", Some(width)),
        ],
        "",
    );
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
    use crate::test_support::{real_dataset, real_dataset_editing, real_world};
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
        // Named: at 2015, the 2009 agreement and the 2015 summit are shown, the 2025
        // reception dimmed.
        for (id, dimmed) in [
            ("nakhchivan-agreement-2009", false),
            ("astana-summit-2015", false),
            ("washington-solidarity-reception-2025", true),
        ] {
            let marker = shape_with(&html, &format!("data-item=\"{id}\""));
            assert_eq!(marker.contains("marker--future"), dimmed, "{marker}");
        }
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

    /// The markup of the shape whose attributes include `attribute`: from its `<g` to the
    /// next shape's.
    fn shape_with<'a>(html: &'a str, attribute: &str) -> &'a str {
        let at = html
            .find(attribute)
            .unwrap_or_else(|| panic!("no {attribute} in {html}"));
        let start = html[..at].rfind("<g ").expect("a shape's <g>");
        let end = html[at..]
            .find("data-testid=")
            .and_then(|next| html[..at + next].rfind("<g "))
            .unwrap_or(html.len());
        &html[start..end]
    }

    /// The `stroke-width` of the path with class `class` in `shape`.
    fn stroke_width<'a>(shape: &'a str, class: &str) -> &'a str {
        let path = &shape[shape
            .find(&format!("class=\"{class}\""))
            .unwrap_or_else(|| panic!("no {class} in {shape}"))..];
        let value = &path[path.find("stroke-width=\"").expect("a stroke-width") + 14..];
        &value[..value.find('"').expect("a closing quote")]
    }

    #[test]
    fn a_flow_is_drawn_six_pixels_wide_per_square_root_of_a_million_people() {
        // Türkiye → Germany: 3,000,000 people, one figure; 6 × √3 = 10.39 px, the dot 4 px
        // wider.
        let data = real_dataset();
        let figure = data
            .figures()
            .iter()
            .find(|f| f.id == "tur-in-deu-2024")
            .expect("the Türkiye → Germany figure");
        let people = figure.amount.lower();
        assert_eq!(people, 3_000_000);
        let width = PopulationScale::default().width(people);
        assert!((width - 6.0 * 3f64.sqrt()).abs() < 1e-9);
        let projection = EqualEarth::new();
        let flows = build_flows(
            &data,
            &project_world(&real_world(), &projection),
            &projection,
            FlowSelection::From(CountryCode::from_static("TUR")),
            &PopulationScale::default(),
        );
        let html = flows_html(&flows, &test_context(2026, Lang::En, &bracketed));
        let germany = shape_with(&html, "data-host=\"DEU\"");
        assert_eq!(stroke_width(germany, "flow__line"), "10.4");
        assert_eq!(stroke_width(germany, "flow__dot"), "14.4");
        assert!(!germany.contains("flow__band"), "one figure, no band");
    }

    #[test]
    fn planned_and_possible_events_are_drawn_hollow_and_held_ones_filled() {
        // The possible US training has no venue yet; give it Washington's, and add a planned
        // forum in Baku, so that both get a marker.
        let data = real_dataset_editing("events.json", |events| {
            let list = events["events"].as_array_mut().expect("a list of events");
            let training = list
                .iter_mut()
                .find(|e| e["id"] == "us-capacity-building-training-2026")
                .expect("the possible US training");
            assert_eq!(training["status"], "possible");
            training["place"]["lon"] = (-77.0369).into();
            training["place"]["lat"] = 38.9072.into();
            let mut forum = training.clone();
            forum["id"] = "baku-planned-forum-2026".into();
            forum["status"] = "planned".into();
            forum["place"] = serde_json::json!({
                "name": "Baku, Azerbaijan", "country": "AZE", "lon": 49.8671, "lat": 40.4093
            });
            list.push(forum);
        });
        let markers = build_markers(&data, &EqualEarth::new());
        let points: Vec<_> = markers.iter().map(|m| m.at).collect();
        let layout = layout_markers(&points, 1000.0, true);
        let html = markers_html(&markers, &layout, &test_context(2026, Lang::En, &bracketed));
        for id in [
            "us-capacity-building-training-2026",
            "baku-planned-forum-2026",
        ] {
            let marker = shape_with(&html, &format!("data-item=\"{id}\""));
            assert!(
                marker.starts_with("<g class=\"marker marker--triangle marker--unconfirmed\""),
                "{marker}"
            );
        }
        let held = shape_with(&html, "data-item=\"washington-solidarity-reception-2025\"");
        assert!(
            held.starts_with("<g class=\"marker marker--circle\""),
            "{held}"
        );
        assert_eq!(
            html.matches("marker--unconfirmed").count(),
            2,
            "only the two unconfirmed events"
        );
        // The stylesheet is what makes the class hollow: the symbol filled with the paper.
        let css = include_str!("../../style/main.css");
        let rule = &css[css
            .find(".marker--unconfirmed .marker__symbol {")
            .expect("a rule for unconfirmed markers")..];
        let rule = &rule[..rule.find('}').expect("the rule's end")];
        assert!(rule.contains("fill: var(--paper);"), "{rule}");
        assert!(rule.contains("stroke: var(--marker);"), "{rule}");
    }
}
