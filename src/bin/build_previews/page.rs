//! The text of the share pages: which countries get one, their titles, descriptions and
//! image lines, drawn from the data; and the HTML page with its preview tags.

use std::collections::BTreeSet;

use ots_atlas::data::{Country, Dataset, EventStatus, NoteTopic, Status};
use ots_atlas::i18n::EN;
use ots_atlas::render::xml::escape;
use ots_atlas::world::{CountryCode, CountryNames};

/// The site name in titles and `og:site_name`.
pub const SITE_NAME: &str = "OTS Atlas";
/// Width of every preview image, in pixels (the size Open Graph and X recommend).
pub const IMAGE_WIDTH: u32 = 1200;
/// Height of every preview image, in pixels.
pub const IMAGE_HEIGHT: u32 = 630;
/// The inline script of every share page: sends the browser on to the app's view of the
/// country (read from `<html data-country>`), keeping the page's own query, so that
/// `share/KAZ.html?layers=diaspora&lang=tr` opens `../?country=KAZ&layers=diaspora&lang=tr`.
/// The same text on every page, so that one CSP hash (`script_sha256` in `meta.json`)
/// allows it everywhere.
pub const REDIRECT_SCRIPT: &str = r#"location.replace("../?country="+document.documentElement.dataset.country+location.search.replace("?","&"))"#;
/// Seconds before the `<meta http-equiv="refresh">` fallback (for browsers without
/// JavaScript) fires: the script, which comes first, wins in the others.
pub const REFRESH_DELAY_S: u32 = 1;

/// Where the pages, images and the app are, as written into the pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// The app's address ending in `/` (`https://example.org/atlas/`), or `None` to write
    /// relative addresses.
    base: Option<String>,
}

impl Links {
    /// Links relative to the share pages (`KAZ.png`, `../?country=KAZ`).
    pub fn relative() -> Self {
        Self { base: None }
    }

    /// Absolute links under `base`, an http(s) address of the app's folder; a missing
    /// final `/` is added.
    pub fn absolute(base: &str) -> Result<Self, String> {
        let base = base.trim();
        let rest = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("the base URL \"{base}\" must start with https:// or http://")
            })?;
        if rest.is_empty() || rest.starts_with('/') || base.contains(['?', '#', '"', '<', '>', ' '])
        {
            return Err(format!(
                "the base URL \"{base}\" must be the address of the app's folder, such as https://example.org/atlas/"
            ));
        }
        let mut base = base.to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Self { base: Some(base) })
    }

    /// The base address, if links are absolute.
    pub fn base(&self) -> Option<&str> {
        self.base.as_deref()
    }

    /// A file of `share/`, as linked from a page in `share/`.
    pub fn share_file(&self, file: &str) -> String {
        match &self.base {
            Some(base) => format!("{base}share/{file}"),
            None => file.to_owned(),
        }
    }

    /// A file of `share/`, as linked from the app's `index.html`.
    pub fn share_file_from_root(&self, file: &str) -> String {
        match &self.base {
            Some(base) => format!("{base}share/{file}"),
            None => format!("share/{file}"),
        }
    }

    /// The app's view of a country, as linked from a page in `share/`.
    pub fn app_view(&self, code: CountryCode) -> String {
        match &self.base {
            Some(base) => format!("{base}?country={code}"),
            None => format!("../?country={code}"),
        }
    }
}

/// What a country's share page and preview image say.
#[derive(Clone, Debug, PartialEq)]
pub struct SharePage {
    /// The country.
    pub code: CountryCode,
    /// Its English display name.
    pub name: String,
    /// Its OTS status, if any.
    pub status: Option<Status>,
    /// The page title and `og:title`, e.g. `Kazakhstan — OTS Atlas`.
    pub title: String,
    /// The description of the page and of the preview card.
    pub description: String,
    /// The line under the name on the preview image.
    pub subtitle: String,
    /// The alternative text of the preview image.
    pub image_alt: String,
}

impl SharePage {
    /// The page's file name in `share/`.
    pub fn html_file(&self) -> String {
        format!("{}.html", self.code)
    }

    /// The image's file name in `share/`.
    pub fn png_file(&self) -> String {
        format!("{}.png", self.code)
    }
}

/// The preview of the app's main page.
#[derive(Clone, Debug, PartialEq)]
pub struct AtlasPreview {
    /// The image title, also `og:title`.
    pub title: String,
    /// The description of the card.
    pub description: String,
    /// The line under the title on the image.
    pub subtitle: String,
    /// The alternative text of the image.
    pub image_alt: String,
}

/// Every country the data says something about, sorted by code: countries with a record,
/// the places and participants of events, the countries of quotes, institutions,
/// initiatives, population figures (origin and host), summits, chairs,
/// secretaries-general and observances.
pub fn codes_with_data(data: &Dataset) -> Vec<CountryCode> {
    let mut codes = BTreeSet::new();
    codes.extend(data.countries().iter().map(|c| c.code));
    for event in data.events() {
        codes.insert(event.place.country);
        codes.extend(event.countries.iter().copied());
    }
    for quote in data.quotes() {
        codes.extend(quote.countries.iter().copied());
    }
    codes.extend(data.institutions().iter().map(|i| i.country));
    for initiative in data.initiatives() {
        codes.extend(initiative.countries.iter().copied());
    }
    for figure in data.figures() {
        codes.insert(figure.origin);
        codes.insert(figure.host);
    }
    let org = data.organization();
    codes.extend(org.summits.iter().map(|s| s.host));
    codes.extend(org.chairmanships.iter().map(|c| c.country));
    codes.extend(org.secretaries_general.iter().map(|s| s.country));
    for observance in &org.observances {
        codes.extend(observance.countries.iter().copied());
    }
    codes.into_iter().collect()
}

/// The English name of a country: the names file's, else the data's, else the code.
pub fn name_of(data: &Dataset, names: &CountryNames, code: CountryCode) -> String {
    names
        .get(code)
        .map(str::to_owned)
        .or_else(|| data.country(code).map(|c| c.name.clone()))
        .unwrap_or_else(|| code.to_string())
}

/// The share page of one country.
pub fn country_page(data: &Dataset, names: &CountryNames, code: CountryCode) -> SharePage {
    let name = name_of(data, names, code);
    let country = data.country(code);
    let organization = &data.organization().name;
    let (description, subtitle) = match country.and_then(|c| c.membership.as_ref()) {
        Some(membership) => {
            let since = membership.since.to_string();
            let contested = membership
                .uncertainty
                .as_deref()
                .is_some_and(|u| u.starts_with("Contested"));
            let mut qualifiers = Vec::new();
            if membership.founding_member {
                qualifiers.push(EN.founding_member);
            }
            if contested {
                qualifiers.push("contested");
            }
            let qualifier = if qualifiers.is_empty() {
                String::new()
            } else {
                format!(" ({})", qualifiers.join(", "))
            };
            let role = match membership.status {
                Status::Member => "member of",
                Status::Observer => "observer in",
            };
            let mut description =
                format!("{name} — {role} the {organization} since {since}{qualifier}.");
            if let Some(capital) = country.and_then(|c| c.capital.as_ref()) {
                description.push_str(&format!(" {}: {}.", EN.capital, capital.name));
            }
            let template = match membership.status {
                Status::Member => EN.status_member,
                Status::Observer => EN.status_observer,
            };
            let subtitle = format!("{}{qualifier}", template.replace("{0}", &since));
            (description, subtitle)
        }
        None => {
            let holdings = Holdings::of(data, names, code);
            let description = match holdings.sentence() {
                Some(sentence) => format!("{name} — in the {SITE_NAME}: {sentence}."),
                None => format!("{name} — not a member or observer of the {organization}."),
            };
            let subtitle = match holdings.counts() {
                Some(counts) => format!("{} · {counts}", EN.status_none),
                None => EN.status_none.to_owned(),
            };
            (description, subtitle)
        }
    };
    let description = match country.and_then(recognition_clause) {
        Some(clause) => format!("{description} {clause}"),
        None => description,
    };
    SharePage {
        code,
        title: format!("{name} — {SITE_NAME}"),
        image_alt: format!(
            "Map with {name} highlighted, showing the member states and observers of the {organization}"
        ),
        status: country.and_then(Country::status),
        name,
        description,
        subtitle,
    }
}

/// The first sentence of the country's first recognition note, if it has one.
fn recognition_clause(country: &Country) -> Option<String> {
    let note = country.notes_about(NoteTopic::Recognition).next()?;
    let text = note.text.trim();
    let sentence = match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    };
    let mut sentence = sentence.to_owned();
    if !sentence.ends_with('.') {
        sentence.push('.');
    }
    Some(sentence)
}

/// What the atlas holds about a country outside the OTS.
struct Holdings {
    events: usize,
    /// The title and year of the event to name: the one quoted most, then the newest.
    notable_event: Option<(String, i32)>,
    quotes: usize,
    figures: usize,
    /// The names of the countries whose communities the figures count, sorted.
    origins: Vec<String>,
}

impl Holdings {
    fn of(data: &Dataset, names: &CountryNames, code: CountryCode) -> Self {
        // Only events that took place: planned and possible ones are not counted.
        let events: Vec<_> = data
            .events_for(code)
            .into_iter()
            .filter(|e| e.status == EventStatus::Held)
            .collect();
        // `events_for` is newest first and `max_by_key` keeps the last maximum: reverse it
        // so that ties go to the newest event.
        let notable_event = events
            .iter()
            .rev()
            .max_by_key(|e| data.quotes_at(&e.id).len())
            .map(|e| (e.title.clone(), e.date.year()));
        let hosted = data.figures_in(code);
        let mut origins: Vec<String> = hosted
            .iter()
            .map(|f| f.origin)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|origin| name_of(data, names, origin))
            .collect();
        origins.sort();
        Self {
            events: events.len(),
            notable_event,
            quotes: data.quotes_for(code).len(),
            figures: hosted.len() + data.figures_from(code).len(),
            origins,
        }
    }

    /// `5 events, including “…” (2025); 3 quotes; 4 population figures on communities
    /// linked to …`, or `None` when the atlas holds nothing.
    fn sentence(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.events > 0 {
            let mut part = plural(self.events, "event", "events");
            if let Some((title, year)) = &self.notable_event {
                let lead = if self.events == 1 { ":" } else { ", including" };
                part.push_str(&format!("{lead} “{title}” ({year})"));
            }
            parts.push(part);
        }
        if self.quotes > 0 {
            parts.push(plural(self.quotes, "quote", "quotes"));
        }
        if self.figures > 0 {
            let mut part = plural(self.figures, "population figure", "population figures");
            if !self.origins.is_empty() {
                // "Linked to": a figure counts emigrants or a native community across a
                // border (Hungarians in Romania), and "from" would misdescribe the latter.
                part.push_str(&format!(
                    " on communities linked to {}",
                    join_and(&self.origins)
                ));
            }
            parts.push(part);
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// `5 events · 3 quotes · 4 population figures`, or `None`.
    fn counts(&self) -> Option<String> {
        let parts: Vec<String> = [
            (self.events, "event", "events"),
            (self.quotes, "quote", "quotes"),
            (self.figures, "population figure", "population figures"),
        ]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| plural(n, one, many))
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `A`, `A and B`, `A, B and C`.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The preview of the app's main page.
pub fn atlas_preview(data: &Dataset) -> AtlasPreview {
    let org = data.organization();
    let ots = data.ots_countries();
    let members = ots
        .iter()
        .filter(|c| c.status() == Some(Status::Member))
        .count();
    let observers = ots.len() - members;
    AtlasPreview {
        title: format!("{SITE_NAME} — the {}", org.name),
        description: format!(
            "An interactive map of the {}: {members} member states and {observers} observers, with events, quotes, diaspora figures and their sources. Data as of {}.",
            org.name, org.as_of
        ),
        subtitle: format!(
            "{members} member states and {observers} observers · data as of {}",
            org.as_of
        ),
        image_alt: format!(
            "Map of the {} region showing its {members} member states and {observers} observers",
            org.short_name
        ),
    }
}

/// The CSP source of [`REDIRECT_SCRIPT`]: `sha256-` and the base64 SHA-256 of its text.
pub fn redirect_script_hash() -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(REDIRECT_SCRIPT.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The share page: preview tags for crawlers, and a script (then a refresh, for browsers
/// without JavaScript) that sends browsers on to the app's view of the country, with a
/// visible link for those that follow neither.
pub fn html(page: &SharePage, links: &Links) -> String {
    let app_view = escape(&links.app_view(page.code));
    let relative_view = escape(&Links::relative().app_view(page.code));
    let title = escape(&page.title);
    let description = escape(&page.description);
    let image = escape(&links.share_file(&page.png_file()));
    let image_alt = escape(&page.image_alt);
    let url = escape(&links.share_file(&page.html_file()));
    let name = escape(&page.name);
    format!(
        r#"<!DOCTYPE html>
<html lang="en" data-country="{code}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{app_view}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="{IMAGE_WIDTH}">
<meta property="og:image:height" content="{IMAGE_HEIGHT}">
<meta property="og:image:alt" content="{image_alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{title}">
<meta name="twitter:description" content="{description}">
<meta name="twitter:image" content="{image}">
<meta name="twitter:image:alt" content="{image_alt}">
<script>{REDIRECT_SCRIPT}</script>
<meta http-equiv="refresh" content="{REFRESH_DELAY_S}; url={relative_view}">
<style>body{{font:1.1rem/1.5 system-ui,sans-serif;color:#1b1f24;margin:2rem auto;max-width:40rem;padding:0 1rem}}a{{color:#0b4f9c}}</style>
</head>
<body>
<h1>{name}</h1>
<p>{description}</p>
<p><a href="{relative_view}">Open the map of {name}</a></p>
</body>
</html>
"#,
        site = escape(SITE_NAME),
        code = page.code,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed data and English names (the same inputs the build tests read).
    fn data() -> (Dataset, CountryNames) {
        let inputs = crate::build::tests::inputs();
        (inputs.data, inputs.names)
    }

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).expect("a code literal")
    }

    #[test]
    fn kazakhstan_is_a_founding_member_with_its_capital() {
        let (data, names) = data();
        let page = country_page(&data, &names, code("KAZ"));
        assert_eq!(page.title, "Kazakhstan — OTS Atlas");
        assert_eq!(
            page.description,
            "Kazakhstan — member of the Organization of Turkic States since 3 October 2009 (founding member). Capital: Astana."
        );
        assert_eq!(
            page.subtitle,
            "Member of the OTS since 3 October 2009 (founding member)"
        );
        assert_eq!(page.status, Some(Status::Member));
        assert!(page.image_alt.contains("Kazakhstan highlighted"));
    }

    #[test]
    fn northern_cyprus_carries_a_recognition_clause() {
        let (data, names) = data();
        let page = country_page(&data, &names, code("CYN"));
        assert_eq!(page.title, "Northern Cyprus — OTS Atlas");
        assert!(
            page.description.starts_with(
                "Northern Cyprus — observer in the Organization of Turkic States since 11 November 2022 (contested)."
            ),
            "{}",
            page.description
        );
        assert!(
            page.description
                .contains("Capital: North Nicosia (Lefkoşa).")
        );
        assert!(
            page.description
                .ends_with(" Self-declared in 1983 and recognised as a state only by Türkiye."),
            "{}",
            page.description
        );
        assert!(
            page.subtitle
                .starts_with("Observer in the OTS since 11 November 2022")
        );
    }

    #[test]
    fn the_united_states_page_says_what_the_data_holds() {
        let (data, names) = data();
        let page = country_page(&data, &names, code("USA"));
        assert_eq!(page.status, None);
        let d = &page.description;
        let usa = code("USA");
        // Only events that took place are counted.
        let events = data
            .events_for(usa)
            .iter()
            .filter(|e| e.status == EventStatus::Held)
            .count();
        let quotes = data.quotes_for(usa).len();
        assert!(d.starts_with(&format!("United States — in the OTS Atlas: {events} events, including “Day of Solidarity of Azerbaijanis Worldwide reception in Washington” (2025); {quotes} quotes;")), "{d}");
        assert!(d.ends_with("; 4 population figures on communities linked to Azerbaijan, Hungary, Kyrgyzstan and Türkiye."), "{d}");
        assert!(
            page.subtitle.starts_with(&format!(
                "Not a member or observer of the OTS · {events} events · {quotes} quotes"
            )),
            "{}",
            page.subtitle
        );
    }

    #[test]
    fn cyprus_gets_its_quotes_counted_and_its_recognition_note() {
        let (data, names) = data();
        let cyp = code("CYP");
        let page = country_page(&data, &names, cyp);
        let quotes = data.quotes_for(cyp).len();
        assert!(quotes > 0);
        assert!(
            page.description.starts_with(&format!(
                "Cyprus — in the OTS Atlas: {quotes} quotes. UN Security Council Resolution 541"
            )),
            "{}",
            page.description
        );
    }

    #[test]
    fn every_ots_country_and_those_in_the_data_get_a_page() {
        let (data, _) = data();
        let codes: Vec<String> = codes_with_data(&data)
            .iter()
            .map(|c| c.to_string())
            .collect();
        for expected in [
            "TUR", "AZE", "KAZ", "KGZ", "UZB", "HUN", "TKM", "CYN", "USA", "DEU", "IRN", "GEO",
            "CYP", "RUS",
        ] {
            assert!(
                codes.iter().any(|c| c == expected),
                "{expected} missing from {codes:?}"
            );
        }
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        assert!(
            !codes.iter().any(|c| c == "FJI"),
            "no page for a country without data"
        );
    }

    #[test]
    fn the_page_escapes_its_text_and_links_to_the_app() {
        let page = SharePage {
            code: code("KAZ"),
            name: "A <b>&</b> \"B\"".to_owned(),
            status: None,
            title: "T <script>".to_owned(),
            description: "D & 'quoted' \"double\"".to_owned(),
            subtitle: String::new(),
            image_alt: "alt <img>".to_owned(),
        };
        let html = html(&page, &Links::relative());
        assert!(html.contains("<title>T &lt;script&gt;</title>"));
        assert!(html.contains(
            r#"<meta name="description" content="D &amp; &#39;quoted&#39; &quot;double&quot;">"#
        ));
        assert!(html.contains(r#"<meta property="og:image:alt" content="alt &lt;img&gt;">"#));
        assert!(html.contains(">Open the map of A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;</a>"));
        assert!(!html.contains("T <script>") && !html.contains("<b>"));
        // The only script is the redirect.
        assert_eq!(html.matches("<script").count(), 1);
        assert!(html.contains(r#"<meta http-equiv="refresh" content="1; url=../?country=KAZ">"#));
        assert!(html.contains(r#"<link rel="canonical" href="../?country=KAZ">"#));
        assert!(html.contains(r#"<meta property="og:image" content="KAZ.png">"#));
        assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    }

    #[test]
    fn a_base_url_makes_every_link_absolute() {
        let (data, names) = data();
        let page = country_page(&data, &names, code("KAZ"));
        let links = Links::absolute("https://example.org/atlas").expect("a valid base");
        let html = html(&page, &links);
        for tag in [
            r#"<meta property="og:image" content="https://example.org/atlas/share/KAZ.png">"#,
            r#"<meta name="twitter:image" content="https://example.org/atlas/share/KAZ.png">"#,
            r#"<meta property="og:url" content="https://example.org/atlas/share/KAZ.html">"#,
            r#"<link rel="canonical" href="https://example.org/atlas/?country=KAZ">"#,
            // Browsers are sent on relatively, so a copy of the site still works.
            r#"<meta http-equiv="refresh" content="1; url=../?country=KAZ">"#,
        ] {
            assert!(html.contains(tag), "{tag}");
        }
    }

    #[test]
    fn the_redirect_script_comes_before_the_refresh_and_is_the_same_on_every_page() {
        let (data, names) = data();
        let kaz = html(
            &country_page(&data, &names, code("KAZ")),
            &Links::relative(),
        );
        let script = format!("<script>{REDIRECT_SCRIPT}</script>");
        let at_script = kaz.find(&script).expect("the script");
        let at_refresh = kaz.find("http-equiv=\"refresh\"").expect("the refresh");
        assert!(at_script < at_refresh);
        assert!(kaz.contains(r#"<html lang="en" data-country="KAZ">"#));
        let links = Links::absolute("https://example.org/").expect("a valid base");
        let tur = html(&country_page(&data, &names, code("TUR")), &links);
        assert!(tur.contains(&script) && tur.contains(r#"data-country="TUR""#));
        // The script is tiny, reads no country of its own and keeps the query.
        assert!(REDIRECT_SCRIPT.len() < 160);
        assert!(REDIRECT_SCRIPT.contains("location.search"));
        assert!(!REDIRECT_SCRIPT.contains("KAZ"));
    }

    #[test]
    fn the_script_hash_is_the_csp_sha256_of_the_script() {
        // Known answers: the CSP form of SHA-256 ("abc" is FIPS 180-2's test vector).
        use base64::Engine as _;
        use sha2::Digest as _;
        let abc = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(b"abc"));
        assert_eq!(abc, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        let hash = redirect_script_hash();
        assert!(hash.starts_with("sha256-") && hash.ends_with('='), "{hash}");
        assert_eq!(hash.len(), "sha256-".len() + 44);
        // `printf %s "$script" | openssl dgst -sha256 -binary | base64`. A change to the
        // script changes this: the production CSP must then allow the new hash.
        assert_eq!(hash, "sha256-iQalr4YdKJ66iTYoxt26Ro4Z+pFS8A3uuUv03Q16rZY=");
    }

    #[test]
    fn a_bad_base_url_is_refused_with_a_reason() {
        for bad in [
            "example.org/atlas/",
            "ftp://example.org/",
            "https://",
            "https://a.org/?x=1",
        ] {
            let error = Links::absolute(bad).expect_err(bad);
            assert!(error.contains("base URL"), "{error}");
        }
        assert_eq!(
            Links::absolute("http://localhost:8080").map(|l| l.share_file("a.png")),
            Ok("http://localhost:8080/share/a.png".to_owned())
        );
    }

    #[test]
    fn the_atlas_preview_counts_members_and_observers() {
        let (data, _) = data();
        let preview = atlas_preview(&data);
        assert_eq!(
            preview.title,
            "OTS Atlas — the Organization of Turkic States"
        );
        assert!(
            preview
                .subtitle
                .starts_with("5 member states and 3 observers · data as of ")
        );
    }
}
