//! Interface text. Each language is a `Strings` value whose every field must be filled,
//! so a missing translation is a compile error rather than a blank or a key on screen.
//!
//! Templates use `{0}`, `{1}` … placeholders, filled by [`fill`].

mod en;

use crate::url_state::Lang;

pub use en::EN;

/// Every piece of interface text, in one language.
#[derive(Debug)]
pub struct Strings {
    /// The product's name.
    pub app_title: &'static str,
    /// One line under the title.
    pub app_tagline: &'static str,
    /// Accessible name of the map.
    pub map_label: &'static str,
    /// Shown while the map loads.
    pub loading: &'static str,
    /// Heading when the geometry or data cannot be loaded.
    pub load_failed: &'static str,
    /// The retry button.
    pub retry: &'static str,
    /// Zoom-in button.
    pub zoom_in: &'static str,
    /// Zoom-out button.
    pub zoom_out: &'static str,
    /// The button that frames the OTS region again.
    pub reset_view: &'static str,
    /// The button that shows the whole world.
    pub world_view: &'static str,
    /// Group label of the zoom buttons.
    pub map_controls: &'static str,
    /// Heading of the legend.
    pub legend: &'static str,
    /// Legend entry for members.
    pub members: &'static str,
    /// Legend entry for observers.
    pub observers: &'static str,
    /// Legend entry for every other country.
    pub other_countries: &'static str,
    /// "{0}, OTS member since {1}".
    pub country_member: &'static str,
    /// "{0}, OTS observer since {1}".
    pub country_observer: &'static str,
    /// Status line of a member: "Member since {0}".
    pub status_member: &'static str,
    /// Status line of an observer: "Observer since {0}".
    pub status_observer: &'static str,
    /// Status line of any other country.
    pub status_none: &'static str,
    /// Added to founding members' status.
    pub founding_member: &'static str,
    /// Label of the capital.
    pub capital: &'static str,
    /// Label of the official name.
    pub official_name: &'static str,
    /// The close button of the panel.
    pub close_panel: &'static str,
    /// The dismiss button of a notice.
    pub dismiss: &'static str,
    /// Heading of the notices region.
    pub notices: &'static str,
    /// Credit for the country shapes.
    pub attribution_geometry: &'static str,
    /// Credit for the country names.
    pub attribution_names: &'static str,
    /// Shown when a panel's country has nothing in the data.
    pub no_data_for_country: &'static str,
    /// "Announced to screen readers when a country is selected: {0}".
    pub selected_announcement: &'static str,
    /// Message when the data files are invalid: "{0}" is the first problem.
    pub data_error: &'static str,
}

/// The text of one language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En | Lang::Tr | Lang::Az | Lang::Kk | Lang::Ky | Lang::Uz | Lang::Hu | Lang::Ru => {
            &EN
        }
    }
}

/// Replaces `{0}`, `{1}` … in `template` with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_owned();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_order() {
        assert_eq!(
            fill("{0}, OTS member since {1}", &["Kazakhstan", "2009"]),
            "Kazakhstan, OTS member since 2009"
        );
    }
}
