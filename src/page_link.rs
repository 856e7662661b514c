//! Which link clicks change the view in place: a link to this same page (same origin and
//! path) with another query string. A link that only adds a `#fragment` to the current
//! view is left to the browser, which scrolls to it; so is a link to anywhere else.
//! (`ui::location` reads the addresses and the click; this module decides.)

/// The parts of an address that decide: as `Location` and `HTMLAnchorElement` give them
/// (`search` with its `?` or empty, `hash` with its `#` or empty).
#[derive(Clone, Copy, Debug)]
pub struct PageAddress<'a> {
    /// The scheme, host and port: `https://example.org`.
    pub origin: &'a str,
    /// The path: `/atlas/`.
    pub path: &'a str,
    /// The query string with its `?`, or empty.
    pub search: &'a str,
    /// The fragment with its `#`, or empty.
    pub hash: &'a str,
}

/// The query string (with its `?`, or empty) that a plain click on a link to `link` should
/// show in place, on the page at `here`; `None` when the browser should follow the link.
pub fn in_page_query<'a>(link: &PageAddress<'a>, here: &PageAddress<'_>) -> Option<&'a str> {
    let same_page = link.origin == here.origin && link.path == here.path;
    let only_a_fragment = !link.hash.is_empty() && link.search == here.search;
    (same_page && !only_a_fragment).then_some(link.search)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HERE: PageAddress<'static> = PageAddress {
        origin: "https://example.org",
        path: "/atlas/",
        search: "?country=KAZ",
        hash: "",
    };

    fn link(
        origin: &'static str,
        path: &'static str,
        search: &'static str,
        hash: &'static str,
    ) -> PageAddress<'static> {
        PageAddress {
            origin,
            path,
            search,
            hash,
        }
    }

    #[test]
    fn another_view_of_this_page_opens_in_place() {
        let item = link("https://example.org", "/atlas/", "?country=KAZ&item=x", "");
        assert_eq!(in_page_query(&item, &HERE), Some("?country=KAZ&item=x"));
        let none = link("https://example.org", "/atlas/", "", "");
        assert_eq!(in_page_query(&none, &HERE), Some(""));
        // The same view again: nothing to load (the caller does not push it twice).
        let same = link("https://example.org", "/atlas/", "?country=KAZ", "");
        assert_eq!(in_page_query(&same, &HERE), Some("?country=KAZ"));
        // Another view with a fragment: the view changes (the app scrolls to items itself).
        let other = link("https://example.org", "/atlas/", "?country=TUR", "#x");
        assert_eq!(in_page_query(&other, &HERE), Some("?country=TUR"));
    }

    #[test]
    fn other_pages_and_fragments_of_this_view_are_left_to_the_browser() {
        for other in [
            link("https://example.com", "/atlas/", "?country=TUR", ""),
            link("http://example.org", "/atlas/", "?country=TUR", ""),
            link("https://example.org", "/", "?country=TUR", ""),
            link("https://example.org", "/atlas/share/KAZ.html", "", ""),
            link(
                "https://example.org",
                "/atlas/",
                "?country=KAZ",
                "#sec-quotes",
            ),
        ] {
            assert_eq!(in_page_query(&other, &HERE), None, "{other:?}");
        }
    }
}
