//! The map pictures (the SVG and PNG downloads) in words, for the `alt` of an image or a
//! caption: the organisation and the year, its members and observers that year, and the
//! country highlighted. Written from the data, in the interface's language. The share
//! dialog offers it to copy; the SVG download carries it as its `<desc>`.

use crate::data::{Dataset, Status};
use crate::i18n::{Strings, fill};
use crate::world::CountryCode;

/// The description of a map of `year` with `highlight` outlined. `name` gives a country's
/// display name.
pub fn map_alt_text(
    data: &Dataset,
    year: i32,
    highlight: Option<CountryCode>,
    text: &Strings,
    name: &dyn Fn(CountryCode) -> String,
) -> String {
    let mut out = fill(text.alt_map, &[&text.organisation_in(year)]);
    for (status, heading) in [
        (Status::Member, text.members_heading),
        (Status::Observer, text.observers_heading),
    ] {
        let names: Vec<String> = data
            .ots_countries()
            .into_iter()
            .filter(|c| data.status_in_year(c.code, year) == Some(status))
            .map(|c| name(c.code))
            .collect();
        if !names.is_empty() {
            out.push_str(&format!(" {heading}: {}.", names.join(", ")));
        }
    }
    if let Some(code) = highlight {
        out.push(' ');
        out.push_str(&fill(text.alt_highlight, &[&name(code)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, strings};
    use crate::markup::context::bracketed;
    use crate::test_support::real_dataset;
    use crate::url_state::Lang;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).expect("a code")
    }

    #[test]
    fn names_the_members_and_observers_of_the_year_shown() {
        let data = real_dataset();
        let text = map_alt_text(&data, 2026, None, &EN, &bracketed);
        assert!(
            text.starts_with("Map: Organization of Turkic States in 2026. Members: "),
            "{text}"
        );
        let (members, observers) = text.split_once(" Observers: ").expect("two lists");
        for c in ["AZE", "KAZ", "KGZ", "TUR", "UZB"] {
            assert!(members.contains(&format!("<{c}>")), "{c} in {members}");
        }
        for c in ["HUN", "TKM", "CYN"] {
            assert!(observers.contains(&format!("<{c}>")), "{c} in {observers}");
        }
        assert_eq!(text.matches('<').count(), 8, "{text}");
        assert!(text.ends_with('.'));
    }

    #[test]
    fn an_earlier_year_lists_only_who_had_joined_and_the_old_name() {
        let data = real_dataset();
        // Uzbekistan joined in 2019, the first observer (Hungary) in 2018.
        let text = map_alt_text(&data, 2015, None, &EN, &bracketed);
        assert!(text.starts_with("Map: Turkic Council in 2015."), "{text}");
        assert!(
            !text.contains("<UZB>") && !text.contains("Observers"),
            "{text}"
        );
        assert_eq!(text.matches('<').count(), 4, "{text}");
    }

    #[test]
    fn the_first_view_file_gives_the_same_words() {
        let lite = crate::test_support::real_dataset_first_view();
        for lang in Lang::ALL {
            for year in [2009, 2015, 2018, 2019, 2021, 2022, 2026] {
                let text = |data: &Dataset| {
                    map_alt_text(data, year, Some(code("KAZ")), strings(lang), &bracketed)
                };
                assert_eq!(text(&lite), text(&real_dataset()), "{lang:?} {year}");
            }
        }
    }

    #[test]
    fn the_highlighted_country_is_named_last() {
        let data = real_dataset();
        let text = map_alt_text(&data, 2026, Some(code("USA")), &EN, &bracketed);
        assert!(text.ends_with(" Highlighted: <USA>."), "{text}");
    }

    #[test]
    fn every_language_fills_every_placeholder() {
        let data = real_dataset();
        for lang in Lang::ALL {
            let text = map_alt_text(&data, 2026, Some(code("KAZ")), strings(lang), &bracketed);
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{lang:?}: {text}"
            );
            assert!(
                text.contains("2026") && text.contains("<KAZ>"),
                "{lang:?}: {text}"
            );
        }
    }
}
