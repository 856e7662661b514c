//! `MarkupContext`: what the markup of the panels and tables depends on besides the data.

use crate::data::{FuzzyDate, Publisher, Source, publisher_of};
use crate::i18n::Strings;
use crate::i18n::dates::format_date;
use crate::url_state::Lang;
use crate::world::CountryCode;

use super::html::Html;

/// The language and its text, the year shown, the page's address (for permalinks) and the
/// country names in the current language.
pub struct MarkupContext<'a> {
    /// The interface text.
    pub text: &'static Strings,
    /// The language dates and numbers are written in.
    pub lang: Lang,
    /// The year the map shows.
    pub year: i32,
    /// The calendar year now.
    pub current_year: i32,
    /// The app's address without its query (permalinks and citations).
    pub page: &'a str,
    /// A country's display name.
    pub names: &'a dyn Fn(CountryCode) -> String,
    /// The publishers registry (empty until loaded: sources are then labelled by host).
    pub publishers: &'a [Publisher],
}

impl MarkupContext<'_> {
    /// A country's display name.
    pub fn name(&self, code: CountryCode) -> String {
        (self.names)(code)
    }

    /// A date written the way the language writes dates.
    pub fn date(&self, date: &FuzzyDate) -> String {
        format_date(date, self.text)
    }

    /// `<time datetime="…">date</time>`.
    pub fn time(&self, html: &mut Html, date: &FuzzyDate) {
        html.element(
            "time",
            &[("datetime", Some(&date.compact()))],
            &self.date(date),
        );
    }

    /// Who published a source: the registry's name for its host, else the host itself.
    pub fn publisher(&self, source: &Source) -> String {
        publisher_of(self.publishers, source)
            .map_or_else(|| source.host().to_owned(), |p| p.name.clone())
    }

    /// A link to a source, labelled by its publisher, opening in a new tab. (No `title`
    /// with the address: the browser shows the address of a hovered or focused link, and
    /// a country with many records had 15 KB of them in its panel.)
    pub fn source_link(&self, html: &mut Html, source: &Source) {
        html.element(
            "a",
            &[
                ("class", Some("sources__link")),
                ("href", Some(source.url())),
                ("target", Some("_blank")),
                ("rel", Some("noopener noreferrer external")),
            ],
            &self.publisher(source),
        );
    }

    /// "Sources: a, b" under a record (nothing when it has none).
    pub fn sources(&self, html: &mut Html, sources: &[Source]) {
        if sources.is_empty() {
            return;
        }
        html.el("p", &[("class", Some("sources"))], |html| {
            html.element(
                "span",
                &[("class", Some("sources__label"))],
                &format!("{}: ", self.text.sources),
            );
            for source in sources {
                self.source_link(html, source);
            }
        });
    }

    /// A visible flag saying why a fact is uncertain (nothing when it is not).
    pub fn uncertainty(&self, html: &mut Html, note: Option<&str>) {
        let Some(note) = note else {
            return;
        };
        html.el(
            "p",
            &[
                ("class", Some("uncertain")),
                ("data-testid", Some("uncertain")),
            ],
            |html| {
                html.element(
                    "strong",
                    &[("class", Some("uncertain__label"))],
                    self.text.uncertain,
                )
                .text(" ")
                .element("span", &[], note);
            },
        );
    }
}

/// A panel's section: `<section class="panel__section">` labelled by its `<h3 id="id">`
/// heading, then what `content` writes.
pub fn section(html: &mut Html, id: &str, heading: &str, content: impl FnOnce(&mut Html)) {
    let attributes = [
        ("class", Some("panel__section")),
        ("aria-labelledby", Some(id)),
    ];
    html.el("section", &attributes, |html| {
        html.element("h3", &[("id", Some(id))], heading);
        content(html);
    });
}

/// A context for the renderers' tests: English text, the calendar year 2026, pages at
/// `https://example.org/atlas/`, and each country named by `names`.
#[cfg(test)]
pub fn test_context(
    year: i32,
    lang: Lang,
    names: &'static dyn Fn(CountryCode) -> String,
) -> MarkupContext<'static> {
    MarkupContext {
        text: &crate::i18n::EN,
        lang,
        year,
        current_year: 2026,
        page: "https://example.org/atlas/",
        names,
        publishers: &[],
    }
}

/// A country named `<KAZ>`: markup characters, so the tests see that names are escaped.
#[cfg(test)]
pub fn bracketed(code: CountryCode) -> String {
    format!("<{code}>")
}
