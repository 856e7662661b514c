//! Interface text. Each language is a `Strings` value whose every field must be filled,
//! so a missing translation is a compile error rather than a blank or a key on screen.
//!
//! Templates use `{0}`, `{1}` … placeholders, filled by [`fill`]. Numbers are written by
//! [`numbers`] and dates by [`dates`], in each language's own way.

// The seven other languages are compiled natively (tests, tools) but not into the Wasm:
// the browser fetches `i18n/<lang>.json`, written from these same tables (see `json.rs`),
// only when a visitor picks that language. English, the fallback, is always built in.
#[cfg(not(target_arch = "wasm32"))]
mod az;
pub mod dates;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod hu;
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
mod kk;
#[cfg(not(target_arch = "wasm32"))]
mod ky;
pub mod notices;
pub mod numbers;
pub mod quiz;
#[cfg(not(target_arch = "wasm32"))]
mod ru;
pub mod sheet;
pub mod status;
#[cfg(not(target_arch = "wasm32"))]
mod tr;
#[cfg(test)]
mod translation_tests;
#[cfg(not(target_arch = "wasm32"))]
mod uz;

#[cfg(not(target_arch = "wasm32"))]
use crate::url_state::Lang;

#[cfg(not(target_arch = "wasm32"))]
pub use az::AZ;
pub use en::EN;
#[cfg(not(target_arch = "wasm32"))]
pub use hu::HU;
#[cfg(not(target_arch = "wasm32"))]
pub use kk::KK;
#[cfg(not(target_arch = "wasm32"))]
pub use ky::KY;
#[cfg(not(target_arch = "wasm32"))]
pub use ru::RU;
#[cfg(not(target_arch = "wasm32"))]
pub use tr::TR;
#[cfg(not(target_arch = "wasm32"))]
pub use uz::UZ;

/// Defines [`Strings`] together with [`Strings::fields`] from the one list of fields below, so
/// the list that the tests walk through can never fall behind the struct. The fields keep the
/// ordinary `pub name: &'static str,` form, each with its doc comment.
/// (`quiz::QuizStrings`, the quiz's own text, which only the quiz's chunk carries, is
/// declared the same way.)
macro_rules! define_strings {
    (
        $(#[$struct_meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: &'static str,
            )*
        }
    ) => {
        $(#[$struct_meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: &'static str,
            )*
        }

        impl $name {
            /// Every field as `(name, text)`, in declaration order. It is generated with the
            /// struct, so it always names every field.
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }

            /// A table whose every field comes from `lookup` by name, or from `fallback`
            /// where `lookup` has nothing: never a blank or a key on screen.
            pub fn from_lookup(
                lookup: impl Fn(&str) -> Option<&'static str>,
                fallback: &$name,
            ) -> $name {
                $name {
                    $($field: lookup(stringify!($field)).unwrap_or(fallback.$field),)*
                }
            }
        }
    };
}

define_strings! {
/// Every piece of interface text, in one language.
///
/// Each language is a plain `Strings { … }` literal, so a language that lacks a field does
/// not compile. What the compiler cannot see (an empty text, a lost `{0}` placeholder, a
/// leftover "TODO") is checked by the tests in `translation_tests.rs`, which walk every
/// field through [`Strings::fields`].
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
    /// A panel's records still downloading.
    pub loading_details: &'static str,
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
    /// Heading of the panel shown when no country is selected.
    pub about_title: &'static str,
    /// Button that opens the About panel on phones.
    pub about_expand: &'static str,
    /// Heading of the member list.
    pub members_heading: &'static str,
    /// Heading of the observer list.
    pub observers_heading: &'static str,
    /// Heading of observer organisations.
    pub observer_organizations: &'static str,
    /// Label of the secretariat's seat.
    pub secretariat: &'static str,
    /// Label of the Secretary-General.
    pub secretary_general: &'static str,
    /// Heading of the list of Secretaries-General.
    pub secretaries_general: &'static str,
    /// Label of the current chair.
    pub current_chair: &'static str,
    /// Heading of the summit list.
    pub summits: &'static str,
    /// Heading of a country's part in the OTS.
    pub in_the_ots: &'static str,
    /// Sub-heading: summits the country hosted.
    pub summits_hosted: &'static str,
    /// Sub-heading: the country's chairmanships.
    pub chairmanships: &'static str,
    /// Heading of the quotes.
    pub quotes: &'static str,
    /// Heading of the events timeline.
    pub timeline: &'static str,
    /// Heading of national diaspora institutions.
    pub diaspora_institutions: &'static str,
    /// Heading of OTS diaspora initiatives.
    pub diaspora_initiatives: &'static str,
    /// Heading of the country's people abroad.
    pub people_abroad: &'static str,
    /// Heading of communities from OTS countries living in a country.
    pub communities_here: &'static str,
    /// Heading of the notes.
    pub notes: &'static str,
    /// Heading or label of sources.
    pub sources: &'static str,
    /// Text of a source link: {0} is the website's host.
    pub source_link: &'static str,
    /// Label of an uncertainty flag.
    pub uncertain: &'static str,
    /// The copy-link button.
    pub copy_link: &'static str,
    /// Feedback after copying a link.
    pub link_copied: &'static str,
    /// Feedback when the clipboard refused: the text is selected for manual copying.
    pub copy_failed: &'static str,
    /// The cite button.
    pub cite: &'static str,
    /// Label of the citation text.
    pub citation: &'static str,
    /// Copy the citation.
    pub copy_citation: &'static str,
    /// Label of a native community across a border.
    pub native_community: &'static str,
    /// Label of a migration diaspora.
    pub diaspora_kind: &'static str,
    /// Confidence: official census or statistics.
    pub confidence_high: &'static str,
    /// Confidence: official estimate or reputable secondary source.
    pub confidence_medium: &'static str,
    /// Confidence: wide-range estimate; unverified.
    pub confidence_low: &'static str,
    /// An event that is planned.
    pub status_planned: &'static str,
    /// An event that was only mentioned as a possibility.
    pub status_possible: &'static str,
    /// Label of an inferred period.
    pub inferred: &'static str,
    /// The open end of a current term: 'present'.
    pub present: &'static str,
    /// Marks a quote whose text is a translation.
    pub translation: &'static str,
    /// 'quoted by {0}'.
    pub quoted_by: &'static str,
    /// 'Data as of {0}'.
    pub as_of: &'static str,
    /// Heading of a recognition note.
    pub recognition: &'static str,
    /// 'in {0}' after a figure's year.
    pub in_year: &'static str,
    /// 'from {0}' (people from a country).
    pub from_country: &'static str,
    /// 'in {0}' (people living in a country).
    pub in_country: &'static str,
    /// Label of the founding date.
    pub established: &'static str,
    /// Label of who heads an institution.
    pub head: &'static str,
    /// Label of a website link.
    pub website: &'static str,
    /// Shown when no diaspora institution was identified.
    pub not_identified: &'static str,
    /// Label of the place of an event.
    pub event_place: &'static str,
    /// Label of the occasion of a quote.
    pub said_at: &'static str,
    /// Heading of the layer controls.
    pub layers: &'static str,
    /// The initiatives-and-events layer.
    pub layer_initiatives: &'static str,
    /// The diaspora-reach layer.
    pub layer_diaspora: &'static str,
    /// Label of the year control.
    pub year: &'static str,
    /// Button that plays the membership timeline.
    pub play: &'static str,
    /// Button that pauses the timeline.
    pub pause: &'static str,
    /// The organisation's name (from 2021).
    pub ots_name: &'static str,
    /// The organisation's name before 2021.
    pub turkic_council_name: &'static str,
    /// Legend title: '{0} in {1}' (organisation, year).
    pub as_of_year: &'static str,
    /// Marker kind: summits.
    pub kind_summit: &'static str,
    /// Marker kind: meetings.
    pub kind_meeting: &'static str,
    /// Marker kind: receptions and observances.
    pub kind_reception: &'static str,
    /// Marker kind: forums.
    pub kind_forum: &'static str,
    /// Marker kind: training and exchange.
    pub kind_training: &'static str,
    /// Marker kind: documents.
    pub kind_document: &'static str,
    /// Legend heading of the population scale.
    pub people: &'static str,
    /// Legend entry of a diaspora flow.
    pub diaspora_line: &'static str,
    /// Legend entry of a native community.
    pub native_line: &'static str,
    /// A group of markers: '{0} events here, zoom in'.
    pub group_label: &'static str,
    /// '1 source'.
    pub source_one: &'static str,
    /// '{0} sources' (any number above one).
    pub source_many: &'static str,
    /// Marks an event after the year shown.
    pub future_event: &'static str,
    /// Link from an embed to the full map.
    pub open_full_map: &'static str,
    /// Hint in embeds when the wheel scrolls the page: {0} is Ctrl or ⌘.
    pub zoom_hint_wheel: &'static str,
    /// Hint in embeds when one finger scrolls the page.
    pub zoom_hint_touch: &'static str,
    /// The share button.
    pub share: &'static str,
    /// Heading of the share dialog.
    pub share_title: &'static str,
    /// Copy the link to the current view.
    pub copy_view_link: &'static str,
    /// Open the system share sheet.
    pub share_native: &'static str,
    /// Copy the embed code.
    pub copy_embed: &'static str,
    /// Label of the embed code box.
    pub embed_code: &'static str,
    /// Feedback after copying the embed code.
    pub embed_copied: &'static str,
    /// Download the map as SVG.
    pub download_svg: &'static str,
    /// Download the map as PNG.
    pub download_png: &'static str,
    /// Download the data shown as CSV.
    pub download_csv: &'static str,
    /// Download the data shown as JSON.
    pub download_json: &'static str,
    /// Label of the map pictures' description in words (for the `alt` of the image).
    pub alt_text: &'static str,
    /// Copy that description.
    pub copy_alt_text: &'static str,
    /// Confirmation: the description was copied.
    pub alt_text_copied: &'static str,
    /// The description's first sentence: {0} is the organisation and the year
    /// (`as_of_year`). Russian ends that with `г.`, so its pattern adds no full stop.
    pub alt_map: &'static str,
    /// The description's sentence on the highlighted country ({0}).
    pub alt_highlight: &'static str,
    /// A generic close button.
    pub close: &'static str,
    /// Title of an embedded map: {0} is the view's subject.
    pub embed_title: &'static str,
    /// Accessible label of the country search box.
    pub search_label: &'static str,
    /// Placeholder of the search box.
    pub search_placeholder: &'static str,
    /// Shown when no country matches the search.
    pub search_no_match: &'static str,
    /// Accessible label of the suggestion list.
    pub search_results: &'static str,
    /// Button switching to the table view.
    pub table_view: &'static str,
    /// Button switching back to the map.
    pub map_view: &'static str,
    /// Heading of the table view.
    pub table_title: &'static str,
    /// Caption of the members and observers table.
    pub table_countries: &'static str,
    /// Caption of the people-abroad table.
    pub table_figures: &'static str,
    /// Caption of the events table.
    pub table_events: &'static str,
    /// Column: country.
    pub col_country: &'static str,
    /// Column: OTS status.
    pub col_status: &'static str,
    /// Column: since when.
    pub col_since: &'static str,
    /// Column: capital.
    pub col_capital: &'static str,
    /// Column: where people come from.
    pub col_origin: &'static str,
    /// Column: where people live.
    pub col_host: &'static str,
    /// Column: number of people.
    pub col_people: &'static str,
    /// Column: year.
    pub col_year: &'static str,
    /// Column: kind.
    pub col_kind: &'static str,
    /// Column: confidence.
    pub col_confidence: &'static str,
    /// Column: sources.
    pub col_sources: &'static str,
    /// Column: date.
    pub col_date: &'static str,
    /// Column: event title.
    pub col_event: &'static str,
    /// Column: place.
    pub col_place: &'static str,
    /// Short status: member.
    pub status_member_short: &'static str,
    /// Short status: observer.
    pub status_observer_short: &'static str,
    /// Button: switch to the dark theme.
    pub theme_dark: &'static str,
    /// Button: switch to the light theme.
    pub theme_light: &'static str,
    /// Label of the language switcher.
    pub language: &'static str,
    /// Marks data text shown in English because no translation exists.
    pub in_english: &'static str,
    /// Description of the map for keyboard and screen-reader users.
    pub keyboard_help: &'static str,
    /// Accessible label of the bottom sheet's drag handle.
    pub sheet_handle: &'static str,
    /// Event kind.
    pub ev_founding: &'static str,
    /// Event kind.
    pub ev_summit: &'static str,
    /// Event kind.
    pub ev_informal_summit: &'static str,
    /// Event kind.
    pub ev_extraordinary_summit: &'static str,
    /// Event kind.
    pub ev_ministerial_meeting: &'static str,
    /// Event kind.
    pub ev_meeting: &'static str,
    /// Event kind.
    pub ev_reception: &'static str,
    /// Event kind.
    pub ev_forum: &'static str,
    /// Event kind.
    pub ev_youth_forum: &'static str,
    /// Event kind.
    pub ev_training: &'static str,
    /// Event kind.
    pub ev_exchange: &'static str,
    /// Event kind.
    pub ev_adoption: &'static str,
    /// Event kind.
    pub ev_observance: &'static str,
    /// Skip link from the map to the panel.
    pub skip_to_panel: &'static str,
    /// Notice: a URL parameter the map does not use ({0}).
    pub notice_unknown_parameter: &'static str,
    /// Notice: country= is not a country code ({0}).
    pub notice_malformed_country: &'static str,
    /// Notice: no country on the map has this code ({0}).
    pub notice_unknown_country: &'static str,
    /// Notice: the linked item does not exist ({0}).
    pub notice_unknown_item: &'static str,
    /// Notice: no map layer has this name ({0}).
    pub notice_unknown_layer: &'static str,
    /// Notice: the year cannot be shown ({0}); {1} is the first year.
    pub notice_year_out_of_range: &'static str,
    /// Notice: the language is not available ({0}).
    pub notice_unknown_language: &'static str,
    /// Notice: a parameter's value could not be read ({0} the parameter, {1} the value).
    pub notice_bad_value: &'static str,
    /// '… and {0} more parameters were ignored.' ({0}: a number), after the first few notices of a link.
    pub notice_more_ignored: &'static str,
    /// Where data should be, when a data file could not be downloaded or read (a Try again button follows).
    pub data_unreadable: &'static str,
    /// Notice: the server holds a newer version of the data than this page (a Reload link follows).
    pub new_version: &'static str,
    /// The link that loads the page again.
    pub reload: &'static str,
    /// Month names next to a day, January to December, separated by `|` (CLDR's format
    /// form: genitive in Russian). Dates follow CLDR's Gregorian calendar
    /// (`cldr-dates-full` 48.2.0): see `dates.rs`.
    pub months: &'static str,
    /// Month names next to a year alone, as [`Strings::months`] (CLDR `yMMMM`: the
    /// stand-alone form in Russian).
    pub months_alone: &'static str,
    /// A day ({d} the day, {m} the month, {y} the year): `17 December 2025`.
    pub date_day: &'static str,
    /// A month ({m}, {y}): `December 2025`.
    pub date_month: &'static str,
    /// Two days of one month ({d}, {d2}, {m}, {y}): `28–30 March 2022`.
    pub date_days_of_month: &'static str,
    /// Two days of one year ({d}, {m}, {d2}, {m2}, {y}): `13 January – 2 February 2026`.
    pub date_days_of_year: &'static str,
    /// Written (after a space) behind an approximate date: `(approx.)`.
    pub date_approximate: &'static str,
    /// A translated quote's note: 'English as rendered by {0}' ({0}: the publisher).
    pub translated_by: &'static str,
    /// Heading over the other side's statement next to a disputed quote.
    pub counterpoint_heading: &'static str,
    /// Heading of the corrections and additions log.
    pub log_heading: &'static str,
    /// A log entry that added records.
    pub log_added: &'static str,
    /// A log entry that corrected records.
    pub log_corrected: &'static str,
    /// A log entry that removed records.
    pub log_removed: &'static str,
    /// Link to the Atom feed of the log.
    pub feed_link: &'static str,
    /// Header button opening the quotes view.
    pub quotes_view: &'static str,
    /// Heading of the quotes view.
    pub quotes_title: &'static str,
    /// Quotes filter label: country.
    pub filter_country: &'static str,
    /// Quotes filter label: speaker.
    pub filter_speaker: &'static str,
    /// Quotes filter label: theme.
    pub filter_theme: &'static str,
    /// Quotes filter label: first year.
    pub filter_from: &'static str,
    /// Quotes filter label: last year.
    pub filter_to: &'static str,
    /// The 'no filter' choice of a filter.
    pub filter_any: &'static str,
    /// Button clearing the quotes filters.
    pub filter_clear: &'static str,
    /// '{0} quotes shown' ({0}: a number).
    pub quotes_count: &'static str,
    /// Shown when no quote matches the filters.
    pub quotes_none: &'static str,
    /// Quote theme: unity and identity.
    pub theme_unity_identity: &'static str,
    /// Quote theme: diaspora.
    pub theme_diaspora: &'static str,
    /// Quote theme: economy and trade.
    pub theme_economy_trade: &'static str,
    /// Quote theme: language and culture.
    pub theme_language_culture: &'static str,
    /// Quote theme: security.
    pub theme_security: &'static str,
    /// Quote theme: the organisation's institutions.
    pub theme_institutions: &'static str,
    /// The guided tours: the About panel's button and the list's heading.
    pub tours_title: &'static str,
    /// Accessible name of the card of the tour shown.
    pub tour_label: &'static str,
    /// The tour's button to the next step.
    pub tour_next: &'static str,
    /// The tour's button to the step before.
    pub tour_back: &'static str,
    /// '3 of 9': the step shown ({0}) and how many the tour has ({1}).
    pub tour_progress: &'static str,
    /// The button that leaves the tour, keeping the view.
    pub tour_exit: &'static str,
    /// Notice: no tour has this id ({0}).
    pub notice_unknown_tour: &'static str,
    /// Notice: the tour has no step {0}; its last, {1}, is shown.
    pub notice_tour_step: &'static str,
    /// The About panel's link that starts the quiz (`?quiz=1`; the quiz's own text is
    /// `quiz::QuizStrings`).
    pub quiz_start: &'static str,
}
} // define_strings!

pub(crate) use define_strings;

/// The text of one language (native builds, where every table is compiled in).
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Tr => &TR,
        Lang::Az => &AZ,
        Lang::Kk => &KK,
        Lang::Ky => &KY,
        Lang::Uz => &UZ,
        Lang::Hu => &HU,
        Lang::Ru => &RU,
    }
}

/// The year the Turkic Council became the Organization of Turkic States (12 November
/// 2021, the Istanbul summit).
pub const RENAMING_YEAR: i32 = 2021;

impl Strings {
    /// "Organization of Turkic States in 2026" (the Turkic Council before 2021), the
    /// way the language writes it: the title of a map of that year.
    pub fn organisation_in(&self, year: i32) -> String {
        let name = if year < RENAMING_YEAR {
            self.turkic_council_name
        } else {
            self.ots_name
        };
        fill(self.as_of_year, &[name, &year.to_string()])
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
