//! A country's name with its OTS status, as the map's shapes and the screen reader's
//! announcement say it.

use super::{Strings, fill};
use crate::data::Status;

/// `name`, followed by its OTS status and the year that began where it has one
/// (`status`: the status in the year shown, and the year membership began).
pub fn status_label(text: &Strings, name: String, status: Option<(Status, i32)>) -> String {
    match status {
        Some((Status::Member, since)) => fill(text.country_member, &[&name, &since.to_string()]),
        Some((Status::Observer, since)) => {
            fill(text.country_observer, &[&name, &since.to_string()])
        }
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn a_member_is_named_with_the_year_it_joined() {
        let label = status_label(&EN, "Türkiye".into(), Some((Status::Member, 2009)));
        assert_eq!(label, "Türkiye, OTS member since 2009");
    }

    #[test]
    fn an_observer_is_named_as_one() {
        let label = status_label(&EN, "Hungary".into(), Some((Status::Observer, 2018)));
        assert_eq!(label, "Hungary, OTS observer since 2018");
    }

    #[test]
    fn a_country_outside_the_ots_is_only_named() {
        assert_eq!(status_label(&EN, "France".into(), None), "France");
    }
}
