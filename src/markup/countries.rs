//! The map's country shapes as SVG markup: one `<path>` per country, written once when the
//! map is built (`ui::map::countries` then changes single attributes as the state moves).
//! 241 shapes as Leptos views, each with four reactive attributes, took 35–55 ms of the
//! start on this machine (unthrottled, about four times that on the benchmark's phone);
//! as one string they are parsed by the browser in one go.

use super::html::Html;
use crate::data::Status;
use crate::world::CountryCode;

/// What one shape shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeState<'a> {
    /// The country.
    pub code: CountryCode,
    /// Its path data (empty for a shape that arrives with the rest of the geometry).
    pub d: &'a str,
    /// Its OTS status in the year shown.
    pub status: Option<Status>,
    /// Its accessible name ([`crate::i18n::status::status_label`]).
    pub label: &'a str,
    /// The selected country.
    pub selected: bool,
    /// The one shape in the Tab order (the others are reached with the arrow keys).
    pub focusable: bool,
}

/// The CSS class of a country shape from its OTS status.
pub fn country_class(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Member) => "country country--member",
        Some(Status::Observer) => "country country--observer",
        None => "country",
    }
}

/// `tabindex` of a shape.
pub fn tab_index(focusable: bool) -> &'static str {
    if focusable { "0" } else { "-1" }
}

/// `aria-pressed` of a shape.
pub fn pressed(selected: bool) -> &'static str {
    if selected { "true" } else { "false" }
}

/// The shapes, in order, as the content of the map's country group.
pub fn country_shapes_html<'a>(shapes: impl IntoIterator<Item = ShapeState<'a>>) -> String {
    let mut html = Html::new();
    for shape in shapes {
        html.element(
            "path",
            &[
                ("class", Some(country_class(shape.status))),
                ("d", Some(shape.d)),
                ("data-code", Some(shape.code.as_str())),
                ("role", Some("button")),
                ("tabindex", Some(tab_index(shape.focusable))),
                ("aria-label", Some(shape.label)),
                ("aria-pressed", Some(pressed(shape.selected))),
            ],
            "",
        );
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).expect("a code")
    }

    #[test]
    fn each_shape_is_a_named_button_with_its_state() {
        let html = country_shapes_html([
            ShapeState {
                code: code("KAZ"),
                d: "M0 0L1 1Z",
                status: Some(Status::Member),
                label: "Kazakhstan, member of the OTS",
                selected: true,
                focusable: true,
            },
            ShapeState {
                code: code("HUN"),
                d: "",
                status: Some(Status::Observer),
                label: "Hungary <&\"",
                selected: false,
                focusable: false,
            },
            ShapeState {
                code: code("FRA"),
                d: "M2 2Z",
                status: None,
                label: "France",
                selected: false,
                focusable: false,
            },
        ]);
        assert_eq!(
            html,
            "<path class=\"country country--member\" d=\"M0 0L1 1Z\" data-code=\"KAZ\" \
             role=\"button\" tabindex=\"0\" aria-label=\"Kazakhstan, member of the OTS\" \
             aria-pressed=\"true\"></path>\
             <path class=\"country country--observer\" d=\"\" data-code=\"HUN\" role=\"button\" \
             tabindex=\"-1\" aria-label=\"Hungary &lt;&amp;&quot;\" aria-pressed=\"false\"></path>\
             <path class=\"country\" d=\"M2 2Z\" data-code=\"FRA\" role=\"button\" \
             tabindex=\"-1\" aria-label=\"France\" aria-pressed=\"false\"></path>"
        );
        assert_eq!(country_shapes_html([]), "");
    }
}
