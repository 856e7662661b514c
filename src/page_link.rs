//! Which link clicks change the view in place: a link to this same page (same origin and
//! path) with another query string. A link that only adds a `#fragment` to the current
//! view is left to the browser, which scrolls to it; so is a link to anywhere else.
//! (`ui::location` reads the addresses and the click; this module decides.) It also says
//! how the page came to its address ([`Arrival`]), which decides whether the map may move
//! to frame what a view draws.

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

/// How the page came to its current address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The address the page was opened with (a link, a bookmark, a reload).
    Opened,
    /// Back or Forward.
    History,
    /// Something the visitor did in the app: a click, a key, a search, an in-page link.
    InApp,
}

impl Arrival {
    /// True when the map may move to frame what the view draws (a country's diaspora
    /// flows): after the visitor's own action always; after a link or Back/Forward only
    /// when the address names no view (`center`/`zoom`), which is kept as it was shared.
    pub fn may_frame(self, address_names_a_view: bool) -> bool {
        self == Arrival::InApp || !address_names_a_view
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_address_with_its_own_view_keeps_the_map_still() {
        assert!(Arrival::InApp.may_frame(true));
        assert!(Arrival::InApp.may_frame(false));
        assert!(!Arrival::Opened.may_frame(true));
        assert!(Arrival::Opened.may_frame(false));
        assert!(!Arrival::History.may_frame(true));
        assert!(Arrival::History.may_frame(false));
    }

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
