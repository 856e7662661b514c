//! The country search's suggestion list as markup: one option per country (`data-code`,
//! which the app selects when pressed), the active one marked for the combobox's
//! `aria-activedescendant`, or a line saying nothing matches.

use crate::world::CountryCode;

use super::hooks::{DATA_CODE, option_id};
use super::html::{Html, classes};

/// The options of the list `list_id`; `names` gives each country's display name.
pub fn suggestions_html(
    codes: &[CountryCode],
    active: Option<usize>,
    list_id: &str,
    no_match: &str,
    names: &dyn Fn(CountryCode) -> String,
) -> String {
    let mut html = Html::new();
    if codes.is_empty() {
        html.element(
            "li",
            &[
                ("class", Some("search__empty")),
                ("role", Some("presentation")),
            ],
            no_match,
        );
    }
    for (i, code) in codes.iter().enumerate() {
        let selected = active == Some(i);
        html.el(
            "li",
            &[
                ("id", Some(&option_id(list_id, i))),
                (
                    "class",
                    Some(&classes(
                        "search__option",
                        &[("search__option--active", selected)],
                    )),
                ),
                ("role", Some("option")),
                (
                    "aria-selected",
                    Some(if selected { "true" } else { "false" }),
                ),
                (DATA_CODE, Some(code.as_str())),
            ],
            |html| {
                html.element("span", &[], &names(*code)).text(" ").element(
                    "span",
                    &[("class", Some("search__code"))],
                    code.as_str(),
                );
            },
        );
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_carry_their_code_and_the_active_one_is_selected() {
        let codes = [
            CountryCode::from_static("KAZ"),
            CountryCode::from_static("KGZ"),
        ];
        let names = |code: CountryCode| format!("<{code}>");
        let html = suggestions_html(&codes, Some(1), "s-list", "No match", &names);
        assert_eq!(
            html,
            "<li id=\"s-list-0\" class=\"search__option\" role=\"option\" aria-selected=\"false\" data-code=\"KAZ\"><span>&lt;KAZ&gt;</span> <span class=\"search__code\">KAZ</span></li>\
             <li id=\"s-list-1\" class=\"search__option search__option--active\" role=\"option\" aria-selected=\"true\" data-code=\"KGZ\"><span>&lt;KGZ&gt;</span> <span class=\"search__code\">KGZ</span></li>"
        );
        assert_eq!(
            suggestions_html(&[], None, "s-list", "No match", &names),
            "<li class=\"search__empty\" role=\"presentation\">No match</li>"
        );
    }
}
