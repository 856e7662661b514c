//! Permalinks and citation lines for items (quotes and events), so a journalist can link
//! to exactly one item and cite it with its source, its date and the link.

use crate::data::{Dataset, Event, Item, Quote, Source, publisher_of};
use crate::world::CountryCode;

/// The name the atlas is cited under.
pub const ATLAS_NAME: &str = "OTS Atlas";

/// The link that opens `country`'s panel scrolled to `item`. `page` is the app's address
/// without a query (origin and path).
pub fn item_permalink(page: &str, country: CountryCode, item: &str) -> String {
    format!("{page}?country={country}&item={item}")
}

/// The citation line of the item `id` (an event or a quote) as linked from `country`'s
/// panel, or `None` if the data has no such item.
pub fn item_citation(data: &Dataset, page: &str, country: CountryCode, id: &str) -> Option<String> {
    let permalink = item_permalink(page, country, id);
    let source = |sources: &[Source]| cited_source(data, sources);
    Some(match data.item(id)? {
        Item::Event(event) => event_citation(event, &source(&event.sources), &permalink),
        Item::Quote(quote) => quote_citation(quote, &source(&quote.sources), &permalink),
    })
}

/// The first source as a citation names it: "Publisher, address" (the address alone when
/// the registry does not know its host).
fn cited_source(data: &Dataset, sources: &[Source]) -> String {
    let Some(first) = sources.first() else {
        return String::new();
    };
    match publisher_of(data.publishers(), first) {
        Some(publisher) => format!("{}, {}", publisher.name, first.url()),
        None => first.url().to_owned(),
    }
}

/// One citation line for an event: title, date, place, its first source, atlas permalink.
pub fn event_citation(event: &Event, source: &str, permalink: &str) -> String {
    format!(
        "“{}”, {}, {}. Source: {}. {}: {}",
        event.title, event.date, event.place.name, source, ATLAS_NAME, permalink
    )
}

/// One citation line for a quote: speaker and role, the words, occasion, date, whose
/// English it is when translated, its first source, atlas permalink.
pub fn quote_citation(quote: &Quote, source: &str, permalink: &str) -> String {
    let translation = quote
        .translated_by
        .as_ref()
        .map(|by| format!(" English as rendered by {by}."))
        .unwrap_or_default();
    format!(
        "{} ({}): “{}” {}, {}.{} Source: {}. {}: {}",
        quote.speaker,
        quote.role,
        quote.text,
        quote.occasion,
        quote.date,
        translation,
        source,
        ATLAS_NAME,
        permalink
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::real_dataset as dataset;

    #[test]
    fn a_permalink_names_the_country_and_the_item() {
        let link = item_permalink(
            "https://atlas.example/",
            CountryCode::from_static("AZE"),
            "a-b",
        );
        assert_eq!(link, "https://atlas.example/?country=AZE&item=a-b");
    }

    #[test]
    fn an_item_is_cited_by_its_id_with_the_link_of_the_panel_it_is_in() {
        let data = dataset();
        let aze = CountryCode::from_static("AZE");
        let quote = item_citation(
            &data,
            "https://a.example/",
            aze,
            "omuraliev-diasporas-natural-bridges-2025",
        )
        .expect("the quote");
        assert!(quote.starts_with("Kubanychbek Omuraliev"), "{quote}");
        assert!(quote.ends_with(
            "OTS Atlas: https://a.example/?country=AZE&item=omuraliev-diasporas-natural-bridges-2025"
        ));
        let event = item_citation(
            &data,
            "https://a.example/",
            aze,
            "washington-solidarity-reception-2025",
        )
        .expect("the event");
        assert!(event.contains("Washington"), "{event}");
        assert_eq!(
            item_citation(&data, "https://a.example/", aze, "no-such-item"),
            None
        );
    }

    #[test]
    fn a_quote_citation_carries_speaker_words_date_source_and_link() {
        let data = dataset();
        let quote = data
            .quotes()
            .iter()
            .find(|q| q.text.contains("natural bridges"))
            .expect("the natural bridges quote");
        let source = cited_source(&data, &quote.sources);
        let line = quote_citation(quote, &source, "https://atlas.example/?country=AZE&item=x");
        assert!(line.starts_with("Kubanychbek Omuraliev"), "{line}");
        assert!(line.contains("Diasporas serve as natural bridges"));
        assert!(line.contains("2025"));
        assert!(line.contains(quote.sources[0].url()));
        // The publisher is named before its address.
        assert!(line.contains("Source: Türkiye Today, https://"), "{line}");
        assert!(line.ends_with("OTS Atlas: https://atlas.example/?country=AZE&item=x"));
    }

    #[test]
    fn an_event_citation_carries_title_date_place_source_and_link() {
        let data = dataset();
        let event = data
            .events()
            .iter()
            .find(|e| e.place.name.contains("Washington") && e.title.contains("Solidarity"))
            .expect("the Washington reception");
        let line = event_citation(event, &cited_source(&data, &event.sources), "LINK");
        assert!(
            line.contains(&event.title) && line.contains("December 2025"),
            "{line}"
        );
        assert!(line.contains(event.sources[0].url()) && line.ends_with("LINK"));
    }
}
