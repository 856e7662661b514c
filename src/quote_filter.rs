//! The quotes view's filters (`?view=quotes&country=HUN&theme=diaspora&speaker=…&from=…&to=…`):
//! which quotes match, newest first, and the speakers and years to choose from.

use crate::data::{Dataset, Quote, QuoteTheme};
use crate::sort::order_by;
use crate::world::CountryCode;

/// What the quotes view shows: every filter is optional (absent = all).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteFilter {
    /// Only quotes by this speaker, by [`speaker_key`] (`viktor-orban`).
    pub speaker: Option<String>,
    /// Only quotes on this theme.
    pub theme: Option<QuoteTheme>,
    /// Only quotes from this year on.
    pub from: Option<i32>,
    /// Only quotes up to this year.
    pub to: Option<i32>,
}

impl QuoteFilter {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == QuoteFilter::default()
    }

    /// True when a quote passes every filter; `country` is the view's country (the
    /// speaker's country, or a country the quote concerns).
    pub fn matches(&self, quote: &Quote, country: Option<CountryCode>) -> bool {
        let year = quote.date.year();
        country.is_none_or(|c| quote.speaker_country == Some(c) || quote.countries.contains(&c))
            && self
                .speaker
                .as_deref()
                .is_none_or(|key| speaker_key(&quote.speaker) == key)
            && self.theme.is_none_or(|t| quote.themes.contains(&t))
            && self.from.is_none_or(|from| year >= from)
            && self.to.is_none_or(|to| year <= to)
    }
}

/// The quotes that pass the filter, newest first.
pub fn filtered_quotes<'a>(
    data: &'a Dataset,
    filter: &QuoteFilter,
    country: Option<CountryCode>,
) -> Vec<&'a Quote> {
    data.quotes_newest_first()
        .into_iter()
        .filter(|q| filter.matches(q, country))
        .collect()
}

/// Every speaker once, as `(key, name)`, in alphabetical order of the key.
pub fn speakers(data: &Dataset) -> Vec<(String, &str)> {
    let mut list: Vec<(String, &str)> = Vec::new();
    for quote in data.quotes() {
        let key = speaker_key(&quote.speaker);
        if !list.iter().any(|(k, _)| *k == key) {
            list.push((key, &quote.speaker));
        }
    }
    let keys: Vec<u64> = list.iter().map(|(k, _)| prefix_key(k)).collect();
    order_by(&keys)
        .into_iter()
        .map(|i| list[i].clone())
        .collect()
}

/// The countries whose people are quoted, as `(code, name)` in the order of their names.
pub fn speaker_countries(
    data: &Dataset,
    name: &dyn Fn(CountryCode) -> String,
) -> Vec<(CountryCode, String)> {
    let mut list: Vec<(CountryCode, String)> = Vec::new();
    for code in data.quotes().iter().filter_map(|q| q.speaker_country) {
        if !list.iter().any(|(c, _)| *c == code) {
            list.push((code, name(code)));
        }
    }
    let keys: Vec<u64> = list
        .iter()
        .map(|(_, n)| prefix_key(&crate::search::fold(n)))
        .collect();
    order_by(&keys)
        .into_iter()
        .map(|i| list[i].clone())
        .collect()
}

/// The earliest and latest year of the quotes (for the year choices).
pub fn year_span(data: &Dataset) -> Option<(i32, i32)> {
    let years = data.quotes().iter().map(|q| q.date.year());
    let min = years.clone().min()?;
    Some((min, years.max()?))
}

/// A speaker's name as a URL word: ASCII letters and digits joined by single hyphens, with
/// the Turkic and Hungarian letters folded (`Recep Tayyip Erdoğan` → `recep-tayyip-erdogan`).
pub fn speaker_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        let folded = match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            'á' | 'à' | 'â' | 'ä' | 'ə' | 'Ə' | 'Á' | 'Ä' => Some('a'),
            'ç' | 'Ç' => Some('c'),
            'é' | 'è' | 'ê' | 'ë' | 'É' => Some('e'),
            'ğ' | 'Ğ' => Some('g'),
            'ı' | 'í' | 'î' | 'ï' | 'İ' | 'Í' => Some('i'),
            'ñ' => Some('n'),
            'ó' | 'ö' | 'ő' | 'ô' | 'Ó' | 'Ö' | 'Ő' => Some('o'),
            'ş' | 'Ş' | 'ș' => Some('s'),
            'ú' | 'ü' | 'ű' | 'û' | 'Ú' | 'Ü' | 'Ű' => Some('u'),
            'ý' => Some('y'),
            _ => None,
        };
        match folded {
            Some(c) => key.push(c),
            None if !key.is_empty() && !key.ends_with('-') => key.push('-'),
            None => {}
        }
    }
    while key.ends_with('-') {
        key.pop();
    }
    key
}

/// The first eight bytes of a key as a number, for ordering short ASCII keys.
fn prefix_key(key: &str) -> u64 {
    let mut bytes = [0u8; 8];
    for (slot, b) in bytes.iter_mut().zip(key.bytes()) {
        *slot = b;
    }
    u64::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::query::date_key;
    use crate::test_support::real_dataset;

    #[test]
    fn speaker_names_fold_to_url_words() {
        assert_eq!(speaker_key("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(speaker_key("Viktor Orbán"), "viktor-orban");
        assert_eq!(speaker_key("Péter Szijjártó"), "peter-szijjarto");
        assert_eq!(speaker_key("Halil Akıncı"), "halil-akinci");
        assert_eq!(speaker_key("Ilham Aliyev"), "ilham-aliyev");
        assert_eq!(
            speaker_key("  Tahsin Ertuğruloğlu! "),
            "tahsin-ertugruloglu"
        );
    }

    #[test]
    fn the_filters_narrow_the_real_quotes_newest_first() {
        let data = real_dataset();
        let all = filtered_quotes(&data, &QuoteFilter::default(), None);
        assert_eq!(all.len(), data.quotes().len());
        for pair in all.windows(2) {
            assert!(date_key(&pair[0].date) >= date_key(&pair[1].date));
        }
        let hun = CountryCode::from_static("HUN");
        let hungarian = filtered_quotes(&data, &QuoteFilter::default(), Some(hun));
        assert!(!hungarian.is_empty() && hungarian.len() < all.len());
        assert!(
            hungarian
                .iter()
                .all(|q| q.speaker_country == Some(hun) || q.countries.contains(&hun))
        );
        let diaspora = QuoteFilter {
            theme: Some(QuoteTheme::Diaspora),
            ..QuoteFilter::default()
        };
        let on_diaspora = filtered_quotes(&data, &diaspora, None);
        assert!(!on_diaspora.is_empty());
        assert!(
            on_diaspora
                .iter()
                .all(|q| q.themes.contains(&QuoteTheme::Diaspora))
        );
        let years = QuoteFilter {
            from: Some(2018),
            to: Some(2019),
            ..QuoteFilter::default()
        };
        assert!(
            filtered_quotes(&data, &years, None)
                .iter()
                .all(|q| (2018..=2019).contains(&q.date.year()))
        );
        let nobody = QuoteFilter {
            speaker: Some("nobody-at-all".to_owned()),
            ..QuoteFilter::default()
        };
        assert!(filtered_quotes(&data, &nobody, None).is_empty());
    }

    #[test]
    fn every_speaker_is_listed_once_in_order() {
        let data = real_dataset();
        let list = speakers(&data);
        let keys: Vec<&str> = list.iter().map(|(k, _)| k.as_str()).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(keys.len(), sorted.len());
        assert!(
            keys.windows(2)
                .all(|w| prefix_key(w[0]) <= prefix_key(w[1]))
        );
    }
}
