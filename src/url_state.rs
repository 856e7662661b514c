//! The URL is the state: everything a visitor can see (country, item, layers, year,
//! language, theme, map view, embed mode, table view) round-trips through the query string.
//!
//! Parsing never fails: unknown keys and bad values are dropped and reported as
//! [`UrlNotice`]s, and [`MapState::to_query`] writes the normalised form back.

use crate::data::QuoteTheme;
use crate::geo::camera::{MAX_ZOOM, MIN_ZOOM};
use crate::geo::path::format_decimal;
use crate::geo::{Camera, EqualEarth, LonLat};
use crate::quiz::progress::QuizProgress;
use crate::quote_filter::QuoteFilter;
use crate::world::CountryCode;

/// The first year the membership timeline shows (the Nakhchivan Agreement).
pub const FIRST_YEAR: i32 = 2009;

/// Longest item id accepted from a URL.
const MAX_ITEM_LEN: usize = 80;

/// Query keys that trackers add to shared links; they are dropped without a notice.
const TRACKING_KEYS: [&str; 6] = ["fbclid", "gclid", "mc_cid", "mc_eid", "ref", "igshid"];

/// A map overlay that can be switched on and off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// Markers for initiatives and events.
    Initiatives,
    /// Flow lines from origin to host countries.
    Diaspora,
}

impl Layer {
    /// Every layer, in URL order.
    pub const ALL: [Layer; 2] = [Layer::Initiatives, Layer::Diaspora];

    /// The name used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Layer::Initiatives => "initiatives",
            Layer::Diaspora => "diaspora",
        }
    }

    fn from_key(key: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// A set of layers (a tiny bit set: there are only a few layers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Layers(u8);

impl Layers {
    /// No layer.
    pub const NONE: Layers = Layers(0);

    /// The layers shown when the URL does not say.
    pub fn default_set() -> Layers {
        Layers::NONE.with(Layer::Initiatives, true)
    }

    /// True when `layer` is on.
    pub fn contains(self, layer: Layer) -> bool {
        self.0 & (1 << layer as u8) != 0
    }

    /// A copy with `layer` switched on or off.
    pub fn with(self, layer: Layer, on: bool) -> Layers {
        if on {
            Layers(self.0 | (1 << layer as u8))
        } else {
            Layers(self.0 & !(1 << layer as u8))
        }
    }

    /// The active layers in URL order.
    pub fn iter(self) -> impl Iterator<Item = Layer> {
        Layer::ALL.into_iter().filter(move |l| self.contains(*l))
    }
}

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// Türkçe.
    Tr,
    /// Azərbaycanca.
    Az,
    /// Қазақша.
    Kk,
    /// Кыргызча.
    Ky,
    /// Oʻzbekcha.
    Uz,
    /// Magyar.
    Hu,
    /// Русский.
    Ru,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Tr,
        Lang::Az,
        Lang::Kk,
        Lang::Ky,
        Lang::Uz,
        Lang::Hu,
        Lang::Ru,
    ];

    /// The BCP 47 tag, also used in the URL and in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Az => "az",
            Lang::Kk => "kk",
            Lang::Ky => "ky",
            Lang::Uz => "uz",
            Lang::Hu => "hu",
            Lang::Ru => "ru",
        }
    }

    /// The language's name for itself.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Az => "Azərbaycanca",
            Lang::Kk => "Қазақша",
            Lang::Ky => "Кыргызча",
            Lang::Uz => "Oʻzbekcha",
            Lang::Hu => "Magyar",
            Lang::Ru => "Русский",
        }
    }

    /// Reads a tag such as `tr`, `TR` or `kk-KZ` (the region is ignored).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first supported language in a browser's preference list, or English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }
}

/// A colour theme chosen explicitly; without one the page follows the system setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
}

impl Theme {
    /// The name used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A page laid out for paper instead of the map (`print=worksheet`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintLayout {
    /// One A4 page for a class: the map without names, the OTS countries numbered,
    /// questions and the QR code of the live view (`markup::worksheet`). Its questions
    /// are the quiz's, drawn with `seed=` (the quiz's parameter; the page picks one when
    /// the address has none, so that the same link prints the same sheet).
    Worksheet {
        /// The seed of the questions.
        seed: Option<u64>,
    },
}

impl PrintLayout {
    /// The name used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            PrintLayout::Worksheet { .. } => "worksheet",
        }
    }
}

/// Where the map looks: a geographic centre and a zoom (1 = world across the width).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// The centre of the view.
    pub center: LonLat,
    /// The zoom level, see [`crate::geo::Camera`].
    pub zoom: f64,
}

impl MapView {
    /// The camera showing this view.
    pub fn camera(&self, projection: &EqualEarth) -> Camera {
        Camera::new(projection.plane_from_lon_lat(self.center), self.zoom)
    }

    /// The view a camera shows, rounded as the URL stores it. Centres beyond the world's
    /// outline are brought back onto the globe.
    pub fn from_camera(camera: Camera, projection: &EqualEarth) -> MapView {
        let c = projection.lon_lat_from_plane(camera.center);
        MapView {
            center: LonLat::new(c.lon.clamp(-180.0, 180.0), c.lat.clamp(-90.0, 90.0)),
            zoom: camera.zoom,
        }
        .rounded()
    }

    /// The same view rounded to what the URL stores (2 decimals), so that writing and
    /// reading it again gives the same value.
    pub fn rounded(self) -> MapView {
        let round = |v: f64| (v * 100.0).round() / 100.0;
        MapView {
            center: LonLat::new(round(self.center.lon), round(self.center.lat)),
            zoom: round(self.zoom),
        }
    }
}

/// Everything the URL holds.
#[derive(Clone, Debug, PartialEq)]
pub struct MapState {
    /// The selected country (`country=KAZ`).
    pub country: Option<CountryCode>,
    /// A quote or event to scroll to in the panel (`item=<id>`).
    pub item: Option<String>,
    /// The active overlays (`layers=initiatives,diaspora`; absent = default set).
    pub layers: Layers,
    /// The membership year shown (`year=2019`; absent = today).
    pub year: Option<i32>,
    /// The interface language (`lang=tr`; absent = the browser's).
    pub lang: Option<Lang>,
    /// The colour theme (`theme=dark`; absent = the system's).
    pub theme: Option<Theme>,
    /// The map view (`center=lon,lat&zoom=z`; absent = the OTS region).
    pub view: Option<MapView>,
    /// Embed mode (`embed=1`).
    pub embed: bool,
    /// The table view instead of the map (`view=table`).
    pub table: bool,
    /// The quotes view instead of the map (`view=quotes`), with its filters (`theme`,
    /// `speaker`, `from`, `to`; the country filter is `country`).
    pub quotes: Option<QuoteFilter>,
    /// A guided tour and its step (`tour=ots-history&step=3`).
    pub tour: Option<TourAt>,
    /// A page for paper instead of the map (`print=worksheet`).
    pub print: Option<PrintLayout>,
    /// The quiz (`quiz=1`), with its seed and progress (`seed`, `q`, `answers`).
    pub quiz: Option<QuizProgress>,
}

/// Where a guided tour is: its id and a step number from 1 (checked against the tours
/// file once it is read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TourAt {
    /// The tour's id.
    pub id: String,
    /// The step shown, from 1.
    pub step: usize,
}

impl Default for MapState {
    fn default() -> Self {
        Self {
            country: None,
            item: None,
            layers: Layers::default_set(),
            year: None,
            lang: None,
            theme: None,
            view: None,
            embed: false,
            table: false,
            quotes: None,
            tour: None,
            print: None,
            quiz: None,
        }
    }
}

/// Something in the URL that was not understood and was dropped.
#[derive(Clone, Debug, PartialEq)]
pub enum UrlNotice {
    /// A key the app does not know.
    UnknownParameter(String),
    /// `country=` is not three letters.
    MalformedCountry(String),
    /// `country=` is three letters but no country on the map has that code.
    UnknownCountry(CountryCode),
    /// `item=` is not an id, or no item has that id.
    UnknownItem(String),
    /// One of the `layers=` names is unknown.
    UnknownLayer(String),
    /// `year=` is not a year between [`FIRST_YEAR`] and the current year.
    YearOutOfRange(String),
    /// `lang=` is not one of the eight languages.
    UnknownLanguage(String),
    /// Any other value that could not be read.
    BadValue {
        /// The parameter.
        key: String,
        /// The value given.
        value: String,
    },
    /// More parameters were ignored than the notices name.
    MoreIgnored(usize),
    /// `tour=` names no tour of the tours file.
    UnknownTour(String),
    /// `step=` is beyond the tour's last step: the last is shown.
    TourStepOutOfRange {
        /// The step asked for.
        step: usize,
        /// How many steps the tour has.
        steps: usize,
    },
}

impl MapState {
    /// Reads a query string (with or without the leading `?`), percent-decoding it.
    /// `current_year` bounds the `year` parameter.
    pub fn from_query(query: &str, current_year: i32) -> (MapState, Vec<UrlNotice>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        Self::from_pairs(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            current_year,
        )
    }

    /// Reads already-decoded key/value pairs. The first occurrence of a key wins.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        current_year: i32,
    ) -> (MapState, Vec<UrlNotice>) {
        let mut state = MapState::default();
        let mut notices = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        let mut center: Option<LonLat> = None;
        let mut zoom: Option<f64> = None;
        let mut filter = QuoteFilter::default();
        let mut quotes_view = false;
        let mut tour_step: Option<&str> = None;
        let mut quiz = QuizProgress::default();
        let mut quiz_on = false;
        let mut unread = 0;
        for (key, value) in pairs {
            if seen.contains(&key) {
                continue;
            }
            if seen.len() == MAX_URL_KEYS {
                unread += 1;
                continue;
            }
            seen.push(key);
            let value = value.trim();
            match key {
                "country" if value.is_empty() => {}
                "country" => match CountryCode::parse(value) {
                    Ok(code) => state.country = Some(code),
                    Err(_) => notices.push(UrlNotice::MalformedCountry(shorten(value))),
                },
                "item" if value.is_empty() => {}
                "item" => {
                    if is_item_id(value) {
                        state.item = Some(value.to_owned());
                    } else {
                        notices.push(UrlNotice::UnknownItem(shorten(value)));
                    }
                }
                "layers" => {
                    let mut layers = Layers::NONE;
                    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                        match Layer::from_key(&name.to_ascii_lowercase()) {
                            Some(layer) => layers = layers.with(layer, true),
                            None => notices.push(UrlNotice::UnknownLayer(shorten(name))),
                        }
                    }
                    state.layers = layers;
                }
                "year" => match value.parse::<i32>() {
                    Ok(year) if (FIRST_YEAR..=current_year).contains(&year) => {
                        state.year = Some(year);
                    }
                    _ => notices.push(UrlNotice::YearOutOfRange(shorten(value))),
                },
                // (An empty tag is no language: `from_tag("")` is `None`.)
                "lang" => match Lang::from_tag(value) {
                    Some(lang) => state.lang = Some(lang),
                    _ => {
                        // An unknown language falls back to English, not to the browser's.
                        state.lang = Some(Lang::En);
                        notices.push(UrlNotice::UnknownLanguage(shorten(value)));
                    }
                },
                // The colour theme and the quotes view's theme share the key: their
                // words differ (`theme=dark,diaspora`).
                "theme" => {
                    for word in value.split(',').map(str::trim) {
                        match word.to_ascii_lowercase().as_str() {
                            "light" => state.theme = Some(Theme::Light),
                            "dark" => state.theme = Some(Theme::Dark),
                            "auto" | "" => {}
                            other => match QuoteTheme::from_key(other) {
                                Some(theme) => filter.theme = Some(theme),
                                None => notices.push(bad(key, word)),
                            },
                        }
                    }
                }
                "speaker" if value.is_empty() => {}
                "speaker" => {
                    if is_item_id(value) {
                        filter.speaker = Some(value.to_owned());
                    } else {
                        notices.push(bad(key, value));
                    }
                }
                "from" | "to" => match value.parse::<i32>() {
                    Ok(year) if (FIRST_YEAR..=current_year).contains(&year) => {
                        if key == "from" {
                            filter.from = Some(year);
                        } else {
                            filter.to = Some(year);
                        }
                    }
                    _ => notices.push(UrlNotice::YearOutOfRange(shorten(value))),
                },
                "center" => match parse_center(value) {
                    Some(c) => center = Some(c),
                    None => notices.push(bad(key, value)),
                },
                "zoom" => match parse_number(value) {
                    Some(z) if z.is_finite() && (MIN_ZOOM..=MAX_ZOOM).contains(&z) => {
                        zoom = Some(z);
                    }
                    _ => notices.push(bad(key, value)),
                },
                "embed" => match value {
                    "1" | "true" | "" => state.embed = true,
                    "0" | "false" => state.embed = false,
                    _ => notices.push(bad(key, value)),
                },
                "view" => match value.to_ascii_lowercase().as_str() {
                    "table" => state.table = true,
                    "quotes" => quotes_view = true,
                    "map" | "" => state.table = false,
                    _ => notices.push(bad(key, value)),
                },
                "tour" if value.is_empty() => {}
                "tour" if is_item_id(value) => {
                    state.tour = Some(TourAt {
                        id: value.to_owned(),
                        step: 1,
                    });
                }
                "tour" => notices.push(UrlNotice::UnknownTour(shorten(value))),
                "step" => tour_step = Some(value),
                "print" => match value.to_ascii_lowercase().as_str() {
                    "worksheet" => state.print = Some(PrintLayout::Worksheet { seed: None }),
                    "" => {}
                    _ => notices.push(bad(key, value)),
                },
                "quiz" => match value {
                    "1" | "true" | "" => quiz_on = true,
                    "0" | "false" => {}
                    _ => notices.push(bad(key, value)),
                },
                "seed" | "q" | "answers" => {
                    if !quiz.read(key, value) {
                        notices.push(bad(key, value));
                    }
                }
                _ if is_tracking_key(key) => {}
                _ => notices.push(UrlNotice::UnknownParameter(shorten(key))),
            }
        }
        if let (Some(center), Some(zoom)) = (center, zoom) {
            state.view = Some(MapView { center, zoom }.rounded());
        } else if let Some(center) = center {
            state.view = Some(MapView { center, zoom: 1.0 }.rounded());
        } else if zoom.is_some() {
            notices.push(bad("zoom", "without center"));
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && from > to
        {
            notices.push(bad("to", &to.to_string()));
            filter.to = None;
        }
        match (&mut state.tour, tour_step) {
            (_, None | Some("")) => {}
            // Read as the years are (another integer type would add its own parser to
            // the Wasm).
            (Some(tour), Some(step)) => match step.parse::<i32>().map(usize::try_from) {
                Ok(Ok(n)) if n >= 1 => tour.step = n,
                _ => notices.push(bad("step", step)),
            },
            (None, Some(step)) => notices.push(bad("step", step)),
        }
        // The filters mean something only in the quotes view; elsewhere they are dropped.
        state.quotes = quotes_view.then_some(filter);
        // So do the quiz's seed and progress outside the quiz.
        if quiz_on && let Some(fixed) = quiz.consistent() {
            notices.push(bad("q", &(quiz.question + 1).to_string()));
            quiz = fixed;
        }
        // The worksheet's questions are the quiz's: it reads the same seed.
        if let Some(PrintLayout::Worksheet { seed }) = &mut state.print {
            *seed = quiz.seed;
        }
        state.quiz = quiz_on.then_some(quiz);
        // A crafted link must not bury the map under notices.
        let more = notices.len().saturating_sub(MAX_URL_NOTICES) + unread;
        if more > 0 {
            notices.truncate(MAX_URL_NOTICES);
            notices.push(UrlNotice::MoreIgnored(more));
        }
        if state.item.is_some() && state.country.is_none() {
            notices.push(UrlNotice::UnknownItem(
                state.item.take().unwrap_or_default(),
            ));
        }
        (state, notices)
    }

    /// The normalised query string, without `?`; empty for the default state.
    /// Keys come in a fixed order and values in canonical form.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(code) = self.country {
            parts.push(format!("country={code}"));
            if let Some(item) = &self.item {
                parts.push(format!("item={item}"));
            }
        }
        if self.layers != Layers::default_set() {
            let names: Vec<&str> = self.layers.iter().map(Layer::key).collect();
            parts.push(format!("layers={}", names.join(",")));
        }
        if let Some(year) = self.year {
            parts.push(format!("year={year}"));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.tag()));
        }
        let quote_theme = self
            .quotes
            .as_ref()
            .and_then(|f| f.theme)
            .map(QuoteTheme::key);
        let themes: Vec<&str> = self
            .theme
            .map(Theme::key)
            .into_iter()
            .chain(quote_theme)
            .collect();
        if !themes.is_empty() {
            parts.push(format!("theme={}", themes.join(",")));
        }
        if let Some(view) = self.view {
            let v = view.rounded();
            parts.push(format!(
                "center={},{}",
                format_decimal(v.center.lon, 2),
                format_decimal(v.center.lat, 2)
            ));
            parts.push(format!("zoom={}", format_decimal(v.zoom, 2)));
        }
        if self.table {
            parts.push("view=table".to_owned());
        } else if let Some(filter) = &self.quotes {
            parts.push("view=quotes".to_owned());
            if let Some(speaker) = &filter.speaker {
                parts.push(format!("speaker={speaker}"));
            }
            if let Some(from) = filter.from {
                parts.push(format!("from={from}"));
            }
            if let Some(to) = filter.to {
                parts.push(format!("to={to}"));
            }
        }
        if let Some(tour) = &self.tour {
            parts.push(format!("tour={}&step={}", tour.id, tour.step));
        }
        if let Some(quiz) = &self.quiz {
            parts.extend(quiz.query_parts());
        }
        if self.embed {
            parts.push("embed=1".to_owned());
        }
        if let Some(layout) = self.print {
            parts.push(format!("print={}", layout.key()));
            // (In the quiz too, the quiz wrote the seed.)
            if let PrintLayout::Worksheet { seed: Some(seed) } = layout
                && self.quiz.is_none()
            {
                parts.push(format!("seed={seed}"));
            }
        }
        parts.join("&")
    }

    /// This state with a different selected country (and no item).
    pub fn with_country(&self, country: Option<CountryCode>) -> MapState {
        MapState {
            country,
            item: None,
            ..self.clone()
        }
    }

    /// True when this view shows quotes or diaspora data (a country's panel, a linked item,
    /// the diaspora layer, the table view, the quiz): the app then downloads those files, which the
    /// default view does without.
    pub fn needs_details(&self) -> bool {
        self.print.is_some()
            || self.country.is_some()
            || self.item.is_some()
            || self.table
            || self.quotes.is_some()
            || self.quiz.is_some()
            || self.layers.contains(Layer::Diaspora)
            // A tour's views are checked against the full data.
            || self.tour.is_some()
    }

    /// The live view of a page laid out for paper (the same state on the map): what its
    /// QR code opens.
    pub fn live_view(&self) -> MapState {
        MapState {
            print: None,
            ..self.clone()
        }
    }

    /// True when this view needs the geometry beyond the first view from the start: the
    /// diaspora layer draws flows to hosts anywhere in the world. (A camera beyond the
    /// first view needs it too; the map checks that, as only it knows its size.)
    pub fn needs_outer_geometry(&self) -> bool {
        self.layers.contains(Layer::Diaspora)
    }
}

fn bad(key: &str, value: &str) -> UrlNotice {
    UrlNotice::BadValue {
        key: key.to_owned(),
        value: shorten(value),
    }
}

fn is_tracking_key(key: &str) -> bool {
    key.starts_with("utm_") || TRACKING_KEYS.contains(&key)
}

/// Item ids are short kebab-case slugs: lower-case letters, digits and hyphens.
pub fn is_item_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_ITEM_LEN
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn parse_center(value: &str) -> Option<LonLat> {
    let (lon, lat) = value.split_once(',')?;
    let p = LonLat::new(parse_number(lon.trim())?, parse_number(lat.trim())?);
    p.is_valid().then_some(p)
}

/// Reads a decimal number written as `str::parse::<f64>` accepts it (`4`, `-12.5`, `.5`,
/// `3.`, `+1e3`), except `inf` and `NaN`, which no view accepts anyway.
///
/// Numbers of up to 15 significant digits with a decimal exponent within ±22 (every
/// number a view's URL holds) read exactly as `str::parse` reads them: both factors are
/// exact in an f64, so one multiplication or division rounds correctly. Longer numbers
/// come out within a rounding error, which the two-decimal rounding of a view absorbs.
/// Unlike `str::parse`, this adds no 20 KB table of powers of five to the Wasm.
pub fn parse_number(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (number, exponent_text) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    // The digits as one integer, the point moved to its end: 12.5 is 125 × 10^-1.
    // Digits beyond the 19 a u64 holds only scale the value.
    // (A digit dropped here leaves a mantissa of 19 digits, far above 2^53: such a value
    // always takes the rounded path below.)
    let mut mantissa: u64 = 0;
    let mut exponent: i32 = 0;
    for (i, digit) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let in_fraction = i >= whole.len();
        match mantissa.checked_mul(10) {
            Some(m) if m <= u64::MAX - 9 => {
                mantissa = m + u64::from(digit - b'0');
                exponent -= i32::from(in_fraction);
            }
            _ => exponent += i32::from(!in_fraction),
        }
    }
    if let Some(text) = exponent_text {
        let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
        if digits.is_empty() || !all_digits(digits) {
            return None;
        }
        let value = digits.bytes().fold(0i32, |value, digit| {
            value
                .saturating_mul(10)
                .saturating_add(i32::from(digit - b'0'))
        });
        exponent = exponent.saturating_add(if text.starts_with('-') { -value } else { value });
    }
    let magnitude = if mantissa == 0 {
        0.0
    } else if mantissa < 1 << 53 && (-22..=22).contains(&exponent) {
        // Powers of ten up to 10^22 are exact, and so is every step that builds them.
        let power = (0..exponent.unsigned_abs()).fold(1.0_f64, |p, _| p * 10.0);
        let mantissa = mantissa as f64; // below 2^53: exact
        if exponent < 0 {
            mantissa / power
        } else {
            mantissa * power
        }
    } else {
        let mantissa = mantissa as f64; // a rounding error, as documented
        mantissa * 10_f64.powi(exponent)
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Keeps notices short when a URL carries a long value.
/// A value as a notice quotes it: at most 40 characters, without the bidirectional
/// controls that could show it reversed or reordered (U+202E "right-to-left override").
fn shorten(value: &str) -> String {
    const MAX: usize = 40;
    let shown = value.chars().filter(|c| !is_bidi_control(*c));
    let mut s: String = shown.clone().take(MAX).collect();
    if shown.count() > MAX {
        s.push('…');
    }
    s
}

/// The Unicode bidirectional formatting characters.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// At most this many notices about one link; the rest are counted in one more.
pub const MAX_URL_NOTICES: usize = 5;
/// Parameters read from one link; a longer query is not read further.
pub const MAX_URL_KEYS: usize = 64;

/// Decodes `%XX` escapes and `+` as space; invalid escapes are kept as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i32 = 2026;

    /// Escapes at the very end are decoded when whole and kept as written when cut short.
    #[test]
    fn escapes_at_the_end_of_a_value() {
        assert_eq!(percent_decode("%41"), "A");
        assert_eq!(percent_decode("x%41"), "xA");
        assert_eq!(percent_decode("x%4"), "x%4");
        assert_eq!(percent_decode("x%"), "x%");
    }

    /// A notice quotes a value of up to 40 characters whole, a longer one cut with "…".
    #[test]
    fn notices_quote_forty_characters() {
        let forty = "a".repeat(40);
        assert_eq!(shorten(&forty), forty);
        assert_eq!(shorten(&"a".repeat(41)), format!("{forty}…"));
    }

    /// Exponents beyond 10^22 take the path of one power (`powi`, a documented rounding
    /// error elsewhere): 1e25 is std's 1e25 there, not the 9.999999999999999e24 that 25
    /// multiplications by ten give.
    #[test]
    fn large_exponents_are_rounded_once() {
        for text in ["1e25", "9e25", "1e26"] {
            let expected: f64 = text.parse().expect("a number");
            assert_eq!(
                parse_number(text).map(f64::to_bits),
                Some(expected.to_bits()),
                "{text}"
            );
        }
    }

    /// Choosing a country drops the item of the one before and keeps the rest of the view.
    #[test]
    fn choosing_a_country_drops_the_item_and_keeps_the_view() {
        let (before, _) =
            MapState::from_query("country=TUR&item=e-2009-founding&lang=tr&year=2019", NOW);
        let after = before.with_country(Some(CountryCode::from_static("KAZ")));
        assert_eq!(after.to_query(), "country=KAZ&year=2019&lang=tr");
        assert_eq!(before.with_country(None).to_query(), "year=2019&lang=tr");
    }

    /// Empty values and the defaults written out are read without a notice.
    #[test]
    fn empty_values_and_written_defaults_are_quiet() {
        let (state, notices) = parse("country=&item=&lang=tr&embed=0&view=");
        assert_eq!(notices, []);
        assert_eq!((state.country, state.item), (None, None));
        assert!(!state.embed && !state.table && state.quotes.is_none());
        assert_eq!(parse("embed=false").1, []);
        // from = to is one year, not a backwards range; the quotes view reads it.
        let (quotes, notices) = parse("view=quotes&from=2020&to=2020&speaker=");
        assert_eq!(notices, []);
        let filter = quotes.quotes.expect("the quotes view");
        assert_eq!(
            (filter.from, filter.to, filter.speaker),
            (Some(2020), Some(2020), None)
        );
        let (map, notices) = parse("view=map");
        assert_eq!(notices, []);
        assert!(!map.table);
    }

    /// Switching a layer on or off touches that layer alone, and twice is as once.
    #[test]
    fn switching_a_layer_changes_only_that_layer() {
        let both = Layers::NONE
            .with(Layer::Initiatives, true)
            .with(Layer::Diaspora, true);
        assert!(both.contains(Layer::Initiatives) && both.contains(Layer::Diaspora));
        assert_eq!(both.with(Layer::Diaspora, true), both, "on again stays on");
        let one = both.with(Layer::Diaspora, false);
        assert!(one.contains(Layer::Initiatives) && !one.contains(Layer::Diaspora));
        assert_eq!(one.with(Layer::Diaspora, false), one, "off again stays off");
        assert_eq!(one.with(Layer::Initiatives, false), Layers::NONE);
        assert_eq!(one.iter().collect::<Vec<_>>(), [Layer::Initiatives]);
    }

    /// The language menu names each language in itself: in its own script, each name
    /// different.
    #[test]
    fn each_language_is_named_in_itself() {
        for lang in Lang::ALL {
            let name = lang.endonym();
            assert!(
                name.chars().next().is_some_and(char::is_uppercase),
                "{name}"
            );
            let cyrillic = name.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            let latin = name
                .chars()
                .all(|c| c.is_alphabetic() && c < '\u{400}' || c == 'ʻ');
            match lang {
                Lang::Kk | Lang::Ky | Lang::Ru => assert!(cyrillic, "{name}"),
                _ => assert!(latin, "{name}"),
            }
            for other in Lang::ALL {
                assert!(other == lang || other.endonym() != name, "{name}");
            }
        }
        assert_eq!(Lang::Tr.endonym(), "Türkçe");
    }

    #[test]
    fn only_the_default_view_does_without_the_details() {
        let year = 2026;
        let needs = |q: &str| MapState::from_query(q, year).0.needs_details();
        assert!(!needs(""));
        assert!(!needs(
            "lang=tr&theme=dark&year=2019&zoom=3&center=50,40&embed=1"
        ));
        assert!(!needs("layers=initiatives"));
        assert!(!needs("layers="));
        assert!(needs("country=KAZ"));
        assert!(needs("country=AZE&item=washington-reception-2025"));
        assert!(needs("layers=diaspora"));
        assert!(needs("view=table"));
    }

    #[test]
    fn only_the_diaspora_layer_needs_the_outer_geometry_from_the_start() {
        let needs = |q: &str| MapState::from_query(q, NOW).0.needs_outer_geometry();
        assert!(!needs(""));
        assert!(!needs("country=USA&layers=initiatives&view=table"));
        assert!(needs("layers=diaspora"));
        assert!(needs("layers=initiatives,diaspora&country=KAZ"));
    }

    #[test]
    fn numbers_read_as_the_standard_parser_reads_them() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "+0",
            "4",
            "4.",
            ".5",
            "-.5",
            "+.5",
            "12.345",
            "-179.99",
            "180",
            "90.000",
            "0.1",
            "0.2",
            "0.30000000000000004",
            "1e3",
            "1E3",
            "1e+3",
            "1e-3",
            "2.5e-2",
            "-3.75E1",
            "000123.4500",
            "9007199254740993",
            "1e22",
            "1e-22",
            "123456789012345",
            "0.000000000000001",
            "1e23",
            "55.123",
            "42.456",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        // Every two-decimal value a view writes, and some with more decimals.
        for n in (-18_000..=18_000).step_by(7) {
            texts.push(format!("{}", f64::from(n) / 100.0));
            texts.push(format!("{:.2}", f64::from(n) / 100.0));
            texts.push(format!("{:.4}", f64::from(n) / 77.0));
        }
        for text in &texts {
            let expected: f64 = text.parse().unwrap_or(f64::NAN);
            let got = parse_number(text);
            assert_eq!(
                got.map(f64::to_bits),
                Some(expected.to_bits()),
                "{text}: {got:?} vs {expected}"
            );
        }
        for bad in [
            "", ".", "-", "+", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "--1",
            "1e5.5", "inf", "NaN", "1_000",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
        // Integers of 19 digits: one rounding, as std's.
        for text in [
            "9007199254740993123",
            "2345678901234567891",
            "9999999999999999999",
        ] {
            let expected: f64 = text.parse().expect("a number");
            assert_eq!(
                parse_number(text).map(f64::to_bits),
                Some(expected.to_bits()),
                "{text}"
            );
        }
        // 20 digits, the first 19 of them u64::MAX / 10: the last one is dropped, without
        // an overflow.
        assert!(
            parse_number("18446744073709551619")
                .is_some_and(|v| (v / 1.844_674_407_370_955_2e19 - 1.0).abs() < 1e-15)
        );
        // Beyond 15 digits the value is still close.
        let long = "3.14159265358979323846264338327950288";
        assert!(parse_number(long).is_some_and(|v| (v - std::f64::consts::PI).abs() < 1e-15));
        assert_eq!(parse_number("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_number("1e-400"), Some(0.0));
    }

    fn parse(q: &str) -> (MapState, Vec<UrlNotice>) {
        MapState::from_query(q, NOW)
    }

    #[test]
    fn a_tour_and_its_step_round_trip() {
        let query = "country=UZB&item=baku-summit-2019&year=2019&center=60,41&zoom=3.2&tour=ots-history&step=3";
        let (state, notices) = parse(query);
        assert_eq!(notices, []);
        assert_eq!(
            state.tour,
            Some(TourAt {
                id: "ots-history".to_owned(),
                step: 3
            })
        );
        assert_eq!(state.to_query(), query);
        assert!(state.needs_details());
        // In an embed, the tour comes before `embed`; a tour without a step is at step 1.
        let (state, _) = parse("embed=1&tour=diasporas");
        assert_eq!(state.to_query(), "tour=diasporas&step=1&embed=1");
    }

    #[test]
    fn a_bad_tour_or_step_is_dropped_with_a_notice() {
        let (state, notices) = parse("tour=Not%20A%20Tour");
        assert_eq!(state.tour, None);
        assert_eq!(notices, [UrlNotice::UnknownTour("Not A Tour".to_owned())]);
        for step in ["0", "-1", "two", "1.5"] {
            let (state, notices) = parse(&format!("tour=ots-history&step={step}"));
            assert_eq!(state.tour.map(|t| t.step), Some(1), "{step}");
            assert_eq!(notices, [bad_value("step", step)], "{step}");
        }
        // A step without a tour means nothing.
        let (state, notices) = parse("step=2");
        assert_eq!(state, MapState::default());
        assert_eq!(notices, [bad_value("step", "2")]);
    }

    #[test]
    fn an_empty_query_is_the_default_state() {
        let (state, notices) = parse("");
        assert_eq!(state, MapState::default());
        assert!(notices.is_empty());
        assert_eq!(state.to_query(), "");
    }

    #[test]
    fn a_country_in_any_case_is_normalised_to_upper_case() {
        let (state, notices) = parse("?country=kaz");
        assert_eq!(state.country, Some(CountryCode::from_static("KAZ")));
        assert!(notices.is_empty());
        assert_eq!(state.to_query(), "country=KAZ");
    }

    #[test]
    fn a_malformed_country_is_dropped_with_a_notice() {
        let (state, notices) = parse("country=%3Cscript%3E");
        assert_eq!(state.country, None);
        assert_eq!(
            notices,
            [UrlNotice::MalformedCountry("<script>".to_owned())]
        );
        let english = crate::i18n::strings(Lang::En);
        assert!(crate::i18n::notices::describe(&notices[0], english).contains("<script>"));
    }

    #[test]
    fn every_parameter_round_trips() {
        let q = "country=AZE&item=washington-reception-2025&layers=initiatives,diaspora&year=2019&lang=tr&theme=dark&center=55.1,42.3&zoom=4.25&view=table&embed=1";
        let (state, notices) = parse(q);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.to_query(), q);
        let (again, _) = parse(&state.to_query());
        assert_eq!(again, state);
    }

    #[test]
    fn values_are_normalised() {
        let (state, _) = parse("embed=true&lang=KK-kz&layers=Diaspora&center=55.123,42.456&zoom=4");
        assert_eq!(
            state.to_query(),
            "layers=diaspora&lang=kk&center=55.12,42.46&zoom=4&embed=1"
        );
    }

    #[test]
    fn junk_is_dropped_with_one_notice_each() {
        let (state, notices) =
            parse("foo=bar&year=1990&lang=xx&layers=initiatives,bogus&zoom=abc&utm_source=news");
        assert_eq!(state.year, None);
        assert_eq!(
            state.lang,
            Some(Lang::En),
            "an unknown language falls back to English"
        );
        assert_eq!(state.layers, Layers::default_set());
        assert_eq!(notices.len(), 5, "{notices:?}");
        assert!(notices.contains(&UrlNotice::UnknownParameter("foo".to_owned())));
        assert!(notices.contains(&UrlNotice::UnknownLayer("bogus".to_owned())));
    }

    #[test]
    fn an_empty_layers_value_means_no_layers() {
        let (state, _) = parse("layers=");
        assert_eq!(state.layers, Layers::NONE);
        assert_eq!(state.to_query(), "layers=");
    }

    #[test]
    fn the_worksheet_round_trips_and_its_live_view_is_the_map() {
        let q = "country=KAZ&lang=hu&print=worksheet&seed=31";
        let (state, notices) = parse("?lang=hu&PRINT=x&seed=31&print=Worksheet&country=KAZ");
        assert_eq!(notices, [UrlNotice::UnknownParameter("PRINT".to_owned())]);
        assert_eq!(state.print, Some(PrintLayout::Worksheet { seed: Some(31) }));
        assert_eq!(state.to_query(), q);
        assert_eq!(parse(q).0, state);
        assert_eq!(state.live_view().to_query(), "country=KAZ&lang=hu");
        assert!(MapState::default().live_view() == MapState::default());
        // The sheet asks its questions from the full data.
        assert!(parse("print=worksheet").0.needs_details());
        let (state, notices) = parse("print=poster");
        assert_eq!(state.print, None);
        assert_eq!(notices, [bad_value("print", "poster")]);
        assert!(parse("print=").1.is_empty());
        assert_eq!(parse("print=worksheet").0.to_query(), "print=worksheet");
        assert_eq!(parse("print=worksheet&seed=x").1, [bad_value("seed", "x")]);
    }

    fn bad_value(key: &str, value: &str) -> UrlNotice {
        UrlNotice::BadValue {
            key: key.to_owned(),
            value: value.to_owned(),
        }
    }

    #[test]
    fn a_zoom_from_half_to_ninety_six_is_kept_and_one_outside_is_refused() {
        for zoom in ["0.5", "1", "96"] {
            let query = format!("center=10,20&zoom={zoom}");
            let (state, notices) = parse(&query);
            assert!(notices.is_empty(), "{zoom}: {notices:?}");
            assert_eq!(state.to_query(), query);
        }
        // Refused, the centre stays with the zoom a centre alone gets.
        for zoom in ["0.1", "0.49", "96.01", "200", "0", "-3"] {
            let (state, notices) = parse(&format!("center=10,20&zoom={zoom}"));
            assert_eq!(notices, [bad_value("zoom", zoom)]);
            assert_eq!(state.to_query(), "center=10,20&zoom=1", "zoom={zoom}");
        }
    }

    #[test]
    fn a_centre_off_the_globe_is_refused_and_a_zoom_needs_a_centre() {
        for center in ["200,0", "-180.5,0", "0,91", "0,-90.5"] {
            let (state, notices) = parse(&format!("center={center}"));
            assert_eq!(notices, [bad_value("center", center)]);
            assert_eq!(state.view, None);
            assert_eq!(state.to_query(), "");
        }
        let (edge, notices) = parse("center=-180,90");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(edge.to_query(), "center=-180,90&zoom=1");
        let (alone, notices) = parse("zoom=3");
        assert_eq!(notices, [bad_value("zoom", "without center")]);
        assert_eq!((alone.view, alone.to_query()), (None, String::new()));
    }

    #[test]
    fn years_outside_the_timeline_are_refused() {
        assert_eq!(parse("year=2008").0.year, None);
        assert_eq!(parse("year=2027").0.year, None);
        assert_eq!(parse("year=2009").0.year, Some(2009));
        assert_eq!(parse("year=2026").0.year, Some(2026));
    }

    #[test]
    fn an_item_needs_a_country_and_a_slug() {
        assert_eq!(parse("item=x").0.item, None);
        assert_eq!(parse("country=AZE&item=Bad%20Id").0.item, None);
        assert_eq!(
            parse("country=AZE&item=ok-1").0.item.as_deref(),
            Some("ok-1")
        );
    }

    #[test]
    fn a_view_survives_a_trip_through_the_camera() {
        let projection = EqualEarth::new();
        let view = MapView {
            center: LonLat::new(55.12, 42.34),
            zoom: 4.5,
        };
        assert_eq!(
            MapView::from_camera(view.camera(&projection), &projection),
            view
        );
    }

    #[test]
    fn the_browser_language_is_negotiated() {
        assert_eq!(Lang::negotiate(["de-DE", "tr-TR", "en"]), Lang::Tr);
        assert_eq!(Lang::negotiate(["fr"]), Lang::En);
    }

    #[test]
    fn percent_escapes_are_decoded_and_broken_ones_kept() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("T%C3%BCrkiye"), "Türkiye");
    }
}

#[cfg(test)]
mod quotes_view_tests {
    use super::*;
    use crate::data::QuoteTheme;

    fn parse(q: &str) -> (MapState, Vec<UrlNotice>) {
        MapState::from_query(q, 2026)
    }

    #[test]
    fn the_quotes_view_and_its_filters_round_trip() {
        let (state, notices) = parse("view=quotes&country=hun&theme=diaspora");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.country, Some(CountryCode::from_static("HUN")));
        assert_eq!(
            state.quotes.as_ref().and_then(|f| f.theme),
            Some(QuoteTheme::Diaspora)
        );
        assert_eq!(state.to_query(), "country=HUN&theme=diaspora&view=quotes");
        let full = "country=TUR&theme=dark,security&view=quotes&speaker=recep-tayyip-erdogan&from=2018&to=2024";
        let (state, notices) = parse(full);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.theme, Some(Theme::Dark));
        assert_eq!(state.to_query(), full);
        assert_eq!(parse(&state.to_query()).0, state);
    }

    #[test]
    fn quote_filters_outside_the_quotes_view_are_dropped() {
        let (state, notices) = parse("theme=diaspora&speaker=viktor-orban&from=2019");
        assert!(notices.is_empty());
        assert_eq!(state.quotes, None);
        assert_eq!(state.to_query(), "");
        assert_eq!(parse("theme=dark,diaspora").0.to_query(), "theme=dark");
    }

    #[test]
    fn bad_quote_filters_are_refused_with_a_notice() {
        let (state, notices) = parse("view=quotes&theme=weather&speaker=A%20B&from=1800&to=2030");
        assert_eq!(notices.len(), 4, "{notices:?}");
        assert_eq!(state.to_query(), "view=quotes");
        let (state, notices) = parse("view=quotes&from=2024&to=2019");
        assert_eq!(notices.len(), 1);
        assert_eq!(state.to_query(), "view=quotes&from=2024");
    }

    #[test]
    fn the_quotes_view_needs_the_quotes_file() {
        assert!(parse("view=quotes").0.needs_details());
    }
}

#[cfg(test)]
mod hostile_link_tests {
    use super::*;

    #[test]
    fn a_flood_of_parameters_gives_a_few_notices_and_a_count() {
        let query: String = (0..1500).map(|i| format!("k{i}&")).collect();
        let (state, notices) = MapState::from_query(&query, 2026);
        assert_eq!(state, MapState::default());
        assert_eq!(notices.len(), MAX_URL_NOTICES + 1);
        assert_eq!(
            notices.last(),
            Some(&UrlNotice::MoreIgnored(1500 - MAX_URL_NOTICES))
        );
        // Real parameters after the first 64 keys are not read.
        let late = format!("{query}country=KAZ");
        assert_eq!(MapState::from_query(&late, 2026).0.country, None);
        // A short bad link keeps its notices.
        assert_eq!(MapState::from_query("a=1&b=2", 2026).1.len(), 2);
    }

    #[test]
    fn quoted_values_cannot_be_reversed_or_reordered() {
        let (_, notices) = MapState::from_query("%E2%80%AEmoc.elgoog%2F%2F%3Asptth=1", 2026);
        assert_eq!(
            notices,
            [UrlNotice::UnknownParameter("moc.elgoog//:sptth".to_owned())]
        );
        for c in [
            '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
        ] {
            assert!(!shorten(&format!("a{c}b")).contains(c));
        }
        assert_eq!(shorten(&"x".repeat(41)), format!("{}…", "x".repeat(40)));
    }
}

#[cfg(test)]
mod quiz_tests {
    use super::*;

    fn parse(q: &str) -> (MapState, Vec<UrlNotice>) {
        MapState::from_query(q, 2026)
    }

    #[test]
    fn the_quiz_and_its_progress_round_trip() {
        for query in [
            "quiz=1",
            "quiz=1&seed=42",
            "quiz=1&seed=42&answers=2",
            "quiz=1&seed=42&q=3&answers=201",
            "lang=kk&quiz=1&seed=7&q=11&answers=0123012301",
            "quiz=1&seed=42&embed=1",
        ] {
            let (state, notices) = parse(query);
            assert_eq!(notices, [], "{query}");
            assert_eq!(state.to_query(), query);
            assert!(
                state.needs_details(),
                "{query}: the quiz asks about quotes and diaspora"
            );
        }
        let (state, _) = parse("seed=42&quiz=true&answers=3&q=1");
        assert_eq!(state.to_query(), "quiz=1&seed=42&answers=3");
    }

    #[test]
    fn bad_quiz_values_are_dropped_with_a_notice() {
        let (state, notices) = parse("quiz=1&seed=abc&q=0&answers=9");
        assert_eq!(state.to_query(), "quiz=1");
        assert_eq!(
            notices,
            [bad("seed", "abc"), bad("q", "0"), bad("answers", "9")]
        );
        let (state, notices) = parse("quiz=maybe");
        assert_eq!((state.quiz, notices), (None, vec![bad("quiz", "maybe")]));
    }

    #[test]
    fn progress_past_the_answers_goes_back_to_the_first_unanswered_question() {
        let (state, notices) = parse("quiz=1&seed=5&q=6&answers=01");
        assert_eq!(state.to_query(), "quiz=1&seed=5&q=3&answers=01");
        assert_eq!(notices, [bad("q", "6")]);
    }

    #[test]
    fn the_quiz_parameters_mean_nothing_without_the_quiz() {
        let (state, notices) = parse("seed=42&q=2&answers=1");
        assert_eq!((state.to_query(), notices), (String::new(), vec![]));
        assert!(!state.needs_details());
    }
}
