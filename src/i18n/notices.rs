//! The notices about dropped URL parameters, in the visitor's language.

use super::{Strings, fill};
use crate::url_state::{FIRST_YEAR, UrlNotice};

/// The sentence that explains `notice`.
pub fn describe(notice: &UrlNotice, text: &Strings) -> String {
    match notice {
        UrlNotice::UnknownParameter(key) => fill(text.notice_unknown_parameter, &[key]),
        UrlNotice::MalformedCountry(value) => fill(text.notice_malformed_country, &[value]),
        UrlNotice::UnknownCountry(code) => fill(text.notice_unknown_country, &[code.as_str()]),
        UrlNotice::UnknownItem(value) => fill(text.notice_unknown_item, &[value]),
        UrlNotice::UnknownLayer(value) => fill(text.notice_unknown_layer, &[value]),
        UrlNotice::YearOutOfRange(value) => fill(
            text.notice_year_out_of_range,
            &[value, &FIRST_YEAR.to_string()],
        ),
        UrlNotice::UnknownLanguage(value) => fill(text.notice_unknown_language, &[value]),
        UrlNotice::BadValue { key, value } => fill(text.notice_bad_value, &[key, value]),
        UrlNotice::MoreIgnored(count) => fill(text.notice_more_ignored, &[&count.to_string()]),
        UrlNotice::UnknownTour(value) => fill(text.notice_unknown_tour, &[value]),
        UrlNotice::TourStepOutOfRange { step, steps } => fill(
            text.notice_tour_step,
            &[&step.to_string(), &steps.to_string()],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, RU};

    #[test]
    fn notices_name_the_value_in_each_language() {
        let notice = UrlNotice::UnknownLayer("volcanoes".to_owned());
        assert_eq!(
            describe(&notice, &EN),
            "There is no map layer called “volcanoes”; it was ignored."
        );
        assert!(describe(&notice, &RU).contains("«volcanoes»"));
        let year = describe(&UrlNotice::YearOutOfRange("1990".to_owned()), &EN);
        assert!(year.contains("1990") && year.contains("2009"), "{year}");
    }
}
