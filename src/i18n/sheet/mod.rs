//! The text of paper (issue 18): the worksheet, the printed view's QR code and the share
//! dialog's Print and Worksheet. Declared like [`Strings`](super::Strings) but apart from
//! it, as the quiz's (`super::quiz`): only the print and share chunks refer to it, so none
//! of it is in the first-load Wasm, and every language's table is built in. The
//! translation tests walk these fields with the others'.

mod langs;

use super::define_strings;
use crate::url_state::Lang;

define_strings! {
/// The text of paper in one language.
#[derive(Debug)]
pub struct SheetStrings {
    /// The accessible name of a QR code: {0} is the address it opens.
    pub qr_code_label: &'static str,
    /// Print this page (the share dialog, the worksheet).
    pub print: &'static str,
    /// The share dialog's link to the worksheet, a page to print for a class.
    pub worksheet: &'static str,
    /// The worksheet's title.
    pub worksheet_title: &'static str,
    /// The worksheet's line for the pupil's name.
    pub worksheet_name: &'static str,
    /// The worksheet's line for the date.
    pub worksheet_date: &'static str,
    /// The worksheet's task under the map.
    pub worksheet_map_task: &'static str,
    /// The accessible name of the worksheet's map: {0} is the number of countries.
    pub worksheet_map_label: &'static str,
    /// The heading of the worksheet's questions.
    pub worksheet_questions: &'static str,
    /// Next to the worksheet's QR code, before the address it opens.
    pub worksheet_live_view: &'static str,
    /// Leaves the worksheet for the map of the same view.
    pub worksheet_back: &'static str,
}
} // define_strings!

/// The text of paper in a language.
pub fn sheet_strings(lang: Lang) -> &'static SheetStrings {
    match lang {
        Lang::En => &langs::EN,
        Lang::Tr => &langs::TR,
        Lang::Az => &langs::AZ,
        Lang::Kk => &langs::KK,
        Lang::Ky => &langs::KY,
        Lang::Uz => &langs::UZ,
        Lang::Hu => &langs::HU,
        Lang::Ru => &langs::RU,
    }
}
