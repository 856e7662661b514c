//! The addresses of a view (the page link, the link to its preview page, the full-map link
//! from an embed) and its embed code: pure string building, tested natively.

use crate::render::xml::escape;
use crate::url_state::MapState;

/// The height an embed starts with before the app reports its own (CSS pixels).
pub const EMBED_START_HEIGHT_PX: u32 = 560;
/// The message type the app posts to the page that embeds it.
pub const HEIGHT_MESSAGE: &str = "ots-atlas:height";

/// The full-page link to a state: `page` is the app's address without a query.
pub fn view_link(page: &str, state: &MapState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        page.to_owned()
    } else {
        format!("{page}?{query}")
    }
}

/// The link to share for a view: for a country, its preview page (`share/KAZ.html`, whose
/// Open Graph card shows that country) carrying the rest of the state, which the page
/// hands on to the app; otherwise the app's own address.
pub fn preview_link(page: &str, state: &MapState) -> String {
    let Some(code) = state.country else {
        return view_link(page, state);
    };
    let rest = MapState {
        country: None,
        embed: false,
        ..state.clone()
    };
    // The item belongs to the country, so it travels with it.
    let mut query = rest.to_query();
    if let Some(item) = &state.item {
        let item = format!("item={item}");
        query = if query.is_empty() {
            item
        } else {
            format!("{item}&{query}")
        };
    }
    let base = format!("{}share/{code}.html", directory_of(page));
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// The same view as a full page (embed mode off), for the "open the full map" link.
pub fn full_map_link(page: &str, state: &MapState) -> String {
    view_link(
        page,
        &MapState {
            embed: false,
            ..state.clone()
        },
    )
}

/// The embed code for a state: a lazy, full-width `<iframe>` with a title, and the small
/// script (served next to the app as `embed.js`) that sizes it to its content.
pub fn embed_code(page: &str, state: &MapState, title: &str) -> String {
    let src = view_link(
        page,
        &MapState {
            embed: true,
            ..state.clone()
        },
    );
    let script = format!("{}embed.js", directory_of(page));
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{EMBED_START_HEIGHT_PX}\" style=\"border:0;width:100%\" data-ots-atlas></iframe>\n<script src=\"{}\" async></script>",
        escape(&src),
        escape(title),
        escape(&script)
    )
}

/// The directory part of an address, ending in `/`.
fn directory_of(page: &str) -> &str {
    match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::world::CountryCode;

    fn kaz() -> MapState {
        MapState {
            country: Some(CountryCode::from_static("KAZ")),
            ..MapState::default()
        }
    }

    #[test]
    fn the_view_link_carries_the_normalised_query() {
        assert_eq!(
            view_link("https://a.example/atlas/", &kaz()),
            "https://a.example/atlas/?country=KAZ"
        );
        assert_eq!(
            view_link("https://a.example/", &MapState::default()),
            "https://a.example/"
        );
    }

    #[test]
    fn a_country_is_shared_through_its_preview_page_with_the_rest_of_the_state() {
        assert_eq!(
            preview_link("https://a.example/atlas/", &kaz()),
            "https://a.example/atlas/share/KAZ.html"
        );
        let state = MapState {
            item: Some("astana-summit-2023".to_owned()),
            year: Some(2019),
            embed: true,
            ..kaz()
        };
        assert_eq!(
            preview_link("https://a.example/atlas/index.html", &state),
            "https://a.example/atlas/share/KAZ.html?item=astana-summit-2023&year=2019"
        );
        assert_eq!(
            preview_link("https://a.example/", &MapState::default()),
            "https://a.example/"
        );
    }

    #[test]
    fn the_full_map_link_leaves_embed_mode() {
        let state = MapState {
            embed: true,
            ..kaz()
        };
        assert_eq!(
            full_map_link("https://a.example/", &state),
            "https://a.example/?country=KAZ"
        );
    }

    #[test]
    fn embed_code_is_a_lazy_titled_full_width_iframe_plus_the_resize_script() {
        let code = embed_code(
            "https://a.example/atlas/index.html",
            &kaz(),
            "Map: \"Kazakhstan\" & OTS",
        );
        assert!(
            code.contains("src=\"https://a.example/atlas/index.html?country=KAZ&amp;embed=1\""),
            "{code}"
        );
        assert!(code.contains("title=\"Map: &quot;Kazakhstan&quot; &amp; OTS\""));
        assert!(code.contains("loading=\"lazy\"") && code.contains("width=\"100%\""));
        assert!(code.contains("<script src=\"https://a.example/atlas/embed.js\" async></script>"));
    }
}
