//! The quotes view's list (`view=quotes`): how many quotes pass the filters, then each as
//! a card with its permalink, Cite and Copy link, and the other side's statements beside
//! those on disputed matters.

use crate::data::{Dataset, Quote, QuoteTheme};
use crate::i18n::{Strings, fill};

use super::context::MarkupContext;
use super::html::Html;
use super::item::quote_card;

/// The count line and the cards of `quotes` (already filtered and ordered).
pub fn quotes_html(data: &Dataset, quotes: &[&Quote], cx: &MarkupContext<'_>) -> String {
    let text = cx.text;
    let mut html = Html::new();
    html.element(
        "p",
        &[
            ("class", Some("quotes-view__count")),
            ("role", Some("status")),
            ("data-testid", Some("quotes-count")),
        ],
        &fill(text.quotes_count, &[&quotes.len().to_string()]),
    );
    if quotes.is_empty() {
        html.element(
            "p",
            &[("data-testid", Some("quotes-none"))],
            text.quotes_none,
        );
    }
    for quote in quotes {
        // The permalink opens the quote in its speaker's (or first) country's panel.
        let Some(country) = quote.speaker_country.or(quote.countries.first().copied()) else {
            continue;
        };
        let counterpoints = data.counterpoints_of(quote);
        quote_card(&mut html, cx, quote, country, false, &counterpoints);
    }
    html.finish()
}

/// A theme's name in the interface language.
pub fn theme_label(theme: QuoteTheme, text: &'static Strings) -> &'static str {
    match theme {
        QuoteTheme::UnityIdentity => text.theme_unity_identity,
        QuoteTheme::Diaspora => text.theme_diaspora,
        QuoteTheme::EconomyTrade => text.theme_economy_trade,
        QuoteTheme::LanguageCulture => text.theme_language_culture,
        QuoteTheme::Security => text.theme_security,
        QuoteTheme::Institutions => text.theme_institutions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::context::{bracketed, test_context};
    use crate::quote_filter::{QuoteFilter, filtered_quotes};
    use crate::test_support::real_dataset;
    use crate::url_state::Lang;
    use crate::world::CountryCode;

    #[test]
    fn the_list_counts_its_cards_and_pairs_disputed_quotes_with_the_other_side() {
        let data = real_dataset();
        let cx = test_context(2026, Lang::En, &bracketed);
        let cyn = CountryCode::from_static("CYN");
        let quotes = filtered_quotes(&data, &QuoteFilter::default(), Some(cyn));
        let html = quotes_html(&data, &quotes, &cx);
        assert!(html.contains(&format!("{} quotes shown", quotes.len())));
        assert_eq!(html.matches("data-testid=\"item\"").count(), quotes.len());
        let disputed = quotes.iter().filter(|q| q.dispute.is_some()).count();
        assert!(disputed > 0);
        assert_eq!(
            html.matches("data-testid=\"counterpoints\"").count(),
            disputed
        );
    }

    #[test]
    fn no_match_says_so() {
        let data = real_dataset();
        let cx = test_context(2026, Lang::En, &bracketed);
        let html = quotes_html(&data, &[], &cx);
        assert!(html.contains("0 quotes shown"));
        assert!(html.contains("No quote matches these filters."));
    }
}
