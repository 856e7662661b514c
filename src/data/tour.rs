//! Guided tours (`tours.json`): ordered steps through the atlas, each with a short text in
//! our own words, its sources and the view it shows (year, country or item, layers, centre
//! and zoom). Unlike the seven files of a [`Dataset`], the app reads this one only when a
//! tour is opened, and checks it against the dataset then: every step's view must name
//! things the data and the map have.

use std::ops::RangeInclusive;

use super::checker::{Checker, Json};
use super::cross_check;
use super::dataset::Dataset;
use super::declare::{reader, record, words};
use super::error::DataError;
use super::fields::{Id, Text, Words};
use super::records::{self, Field, Int, Kind, Shape};
use super::source::Source;
use crate::geo::LonLat;
use crate::geo::camera::{MAX_ZOOM, MIN_ZOOM};
use crate::geo::path::format_number;
use crate::world::CountryCode;

/// The name of the tours file.
pub const TOURS_FILE: &str = "tours.json";

words! {
    /// A map layer a step switches on (the URL's `layers=` words).
    pub enum TourLayer {
        /// Initiative and event markers.
        Initiatives,
        /// Diaspora flows.
        Diaspora,
    }
}

/// What a step shows: the URL state it sets.
#[derive(Clone, Debug, PartialEq)]
pub struct StepView {
    /// The membership year (`None`: today).
    pub year: Option<i32>,
    /// The selected country, whose panel opens.
    pub country: Option<CountryCode>,
    /// An event or quote in that country's panel.
    pub item: Option<String>,
    /// The layers switched on; the others are off.
    pub layers: Vec<TourLayer>,
    /// The centre of the map.
    pub center: LonLat,
    /// The zoom (see `geo::Camera`).
    pub zoom: f64,
}

/// One step of a tour.
#[derive(Clone, Debug, PartialEq)]
pub struct TourStep {
    /// A short heading.
    pub title: String,
    /// A few sentences in our own words, facts as the checked records state them.
    pub text: String,
    /// The records' sources the text rests on.
    pub sources: Vec<Source>,
    /// What the map shows.
    pub view: StepView,
}

record! {
    /// A guided tour: an id for the URL (`tour=ots-history`), a title and its steps.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Tour {
        /// Stable kebab-case id.
        id: String = Id,
        /// The tour's name, as the list of tours shows it.
        title: String = Text,
        /// One sentence on what it shows.
        summary: String = Text,
        /// The steps, in order (at least one).
        steps: Vec<TourStep> = Steps,
        check(c, record) {
            if steps.as_ref().is_some_and(Vec::is_empty) {
                c.report(record, "steps", "a tour needs at least one step");
            }
        }
    }
}

const FILE: Shape = &[Field::new("tours", Kind::List)];

const STEP: Shape = &[
    Field::new("title", Kind::Str),
    Field::new("text", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("view", Kind::Obj(VIEW)),
];

const VIEW: Shape = &[
    Field::new("year", Kind::OptInt(Int::I32)),
    Field::new("country", Kind::OptStr),
    Field::new("item", Kind::OptStr),
    Field::new("layers", Kind::Strs),
    Field::new("center", Kind::Obj(CENTER)),
    Field::new("zoom", Kind::F64),
];

const CENTER: Shape = &[Field::new("lon", Kind::F64), Field::new("lat", Kind::F64)];

reader! {
    /// The steps, each of the [`STEP`] shape, reported by their paths (`steps[2].view.zoom`).
    Steps: Kind::Objs(STEP) => required Vec<TourStep>, |raw, field, c, record| {
        let mut steps = Vec::new();
        let before = c.error_count();
        for (i, mut step) in raw.objs(field).into_iter().enumerate() {
            let at = |name: &str| format!("{field}[{i}].{name}");
            let title = c.text(record, &at("title"), step.str("title"));
            let text = c.text(record, &at("text"), step.str("text"));
            let sources = c.sources(record, &at("sources"), &step.strs("sources"));
            if let Some(view) = step.obj("view").and_then(|view| read_view(view, c, record, &at("view"))) {
                steps.push(TourStep { title, text, sources, view });
            }
        }
        // A step that could not be read drops the tour (its problems are reported).
        (c.error_count() == before).then_some(steps)
    }
}

/// Reads a step's view of the [`VIEW`] shape held in `field`.
fn read_view(
    mut raw: records::Record,
    c: &mut Checker<'_>,
    record: &str,
    field: &str,
) -> Option<StepView> {
    let at = |name: &str| format!("{field}.{name}");
    let year = raw.signed("year").and_then(|y| i32::try_from(y).ok());
    // `None`: a wrong code (reported); `Some(None)`: no country.
    let country = match raw.opt_str("country") {
        None => Some(None),
        Some(code) => c.code(record, &at("country"), &code).map(Some),
    };
    let item = raw.opt_str("item");
    let mut layers = Vec::new();
    for word in raw.strs("layers") {
        match TourLayer::from_key(&word) {
            Some(layer) if !layers.contains(&layer) => layers.push(layer),
            Some(_) => c.report(record, &at("layers"), format!("lists \"{word}\" twice")),
            None => c.report(
                record,
                &at("layers"),
                format!(
                    "\"{word}\" is not a layer (one of: {})",
                    TourLayer::WORDS.join(", ")
                ),
            ),
        }
    }
    let center = raw.obj("center");
    let (lon, lat) = center
        .as_ref()
        .map_or((None, None), |c| (c.f64("lon"), c.f64("lat")));
    let center = c.position(record, &at("center"), lon, lat);
    let zoom = raw.f64("zoom").unwrap_or(f64::NAN);
    if !(MIN_ZOOM..=MAX_ZOOM).contains(&zoom) {
        c.report(
            record,
            &at("zoom"),
            format!(
                "zoom {} is outside {}–{}",
                format_number(zoom),
                format_number(MIN_ZOOM),
                format_number(MAX_ZOOM)
            ),
        );
        return None;
    }
    Some(StepView {
        year,
        country: country?,
        item,
        layers,
        center: center??,
        zoom,
    })
}

/// Reads and checks `tours.json` against a checked dataset: `known_codes` are the map's
/// country codes and `years` the years a view may show. Every tour that passed is kept,
/// with every problem found (the browser shows what it can; `check-data` fails on any).
pub(crate) fn load_tours_json(
    json: Json,
    data: &Dataset,
    known_codes: &dyn Fn(CountryCode) -> bool,
    years: RangeInclusive<i32>,
) -> (Vec<Tour>, Vec<DataError>) {
    let mut errors = Vec::new();
    let mut c = Checker::new(TOURS_FILE, &mut errors, known_codes);
    let Some(mut file) = c.parse_file(json, FILE) else {
        return (Vec::new(), errors);
    };
    let loaded = c.load_list::<Tour>(&mut file, "tours", "id");
    cross_check::duplicate_ids(&[(TOURS_FILE, loaded.ids.as_slice())], &mut errors);
    let tours = cross_check::tour_views(loaded.records, data, &years, &mut errors);
    (tours, errors)
}

/// [`load_tours_json`] of the file's text (the tools and tests).
pub fn load_tours(
    text: &str,
    data: &Dataset,
    known_codes: &dyn Fn(CountryCode) -> bool,
    years: RangeInclusive<i32>,
) -> (Vec<Tour>, Vec<DataError>) {
    load_tours_json(records::parse_json(text), data, known_codes, years)
}

/// [`load_tours_json`] of the file as the browser's `JSON.parse` read it.
pub fn load_tours_value(
    value: Result<serde_json::Value, String>,
    data: &Dataset,
    known_codes: &dyn Fn(CountryCode) -> bool,
    years: RangeInclusive<i32>,
) -> (Vec<Tour>, Vec<DataError>) {
    let value = value.map_err(|reason| format!("invalid JSON: {reason}"));
    load_tours_json(value, data, known_codes, years)
}

impl Tour {
    /// The step at a 1-based position, if the tour has it.
    pub fn step(&self, number: usize) -> Option<&TourStep> {
        number.checked_sub(1).and_then(|i| self.steps.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::hosts::unregistered_sources_in;
    use crate::test_support::{real_dataset, real_world};

    const TOURS: &str = include_str!("../../public/data/tours.json");

    /// Reads tours against the real data and map, with the years 2009 to 2026.
    fn load(text: &str) -> (Vec<Tour>, Vec<DataError>) {
        let world = real_world();
        load_tours(text, &real_dataset(), &|c| world.contains(c), 2009..=2026)
    }

    /// The real file with one edit to its JSON.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(TOURS).expect("tours.json");
        edit(&mut value);
        value.to_string()
    }

    /// The messages of the problems found, as `check-data` prints them.
    fn problems(text: &str) -> Vec<String> {
        load(text).1.iter().map(ToString::to_string).collect()
    }

    fn first_step(value: &mut serde_json::Value) -> &mut serde_json::Value {
        &mut value["tours"][0]["steps"][0]
    }

    #[test]
    fn the_real_tours_pass_every_check() {
        let (tours, errors) = load(TOURS);
        assert_eq!(errors, Vec::new());
        let ids: Vec<&str> = tours.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["ots-history", "diasporas"]);
        let history = &tours[0];
        assert_eq!(history.step(1).and_then(|s| s.view.year), Some(2009));
        assert_eq!(history.step(0), None);
        assert_eq!(history.step(history.steps.len() + 1), None);
    }

    #[test]
    fn the_real_tours_cite_only_registered_publishers() {
        let data = real_dataset();
        assert_eq!(
            unregistered_sources_in(TOURS_FILE, TOURS, data.publishers()),
            Vec::new()
        );
    }

    #[test]
    fn the_history_tour_ends_with_the_latest_summit_in_the_data() {
        let data = real_dataset();
        let latest = data
            .events()
            .iter()
            .filter(|e| e.kind == super::super::EventKind::Summit)
            .max_by_key(|e| e.date.sort_key())
            .map(|e| e.id.as_str());
        let (tours, _) = load(TOURS);
        let last = tours[0].steps.last().and_then(|s| s.view.item.as_deref());
        assert_eq!(last, latest);
    }

    #[test]
    fn a_zoom_outside_the_camera_range_is_named() {
        let text = edited(|v| first_step(v)["view"]["zoom"] = 200.into());
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps[0].view.zoom\": zoom 200 is outside 0.5–96"
            ]
        );
    }

    #[test]
    fn a_centre_off_the_globe_is_named() {
        let text = edited(|v| first_step(v)["view"]["center"]["lat"] = 95.into());
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(
                "tours.json: record \"ots-history\", field \"steps[0].view.center.lat\""
            ),
            "{found:?}"
        );
    }

    #[test]
    fn an_unknown_item_country_or_layer_is_named() {
        let text = edited(|v| {
            first_step(v)["view"]["item"] = "no-such-event".into();
            v["tours"][0]["steps"][1]["view"]["country"] = "XXX".into();
            v["tours"][1]["steps"][0]["view"]["layers"] = serde_json::json!(["roads"]);
        });
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps[1].view.country\": unknown country code \"XXX\": the map has no country with this code",
                "tours.json: record \"diasporas\", field \"steps[0].view.layers\": \"roads\" is not a layer (one of: initiatives, diaspora)",
            ]
        );
        // The item is checked against the data once the tour's own fields pass.
        let text = edited(|v| first_step(v)["view"]["item"] = "no-such-event".into());
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps[0].view.item\": no event or quote has the id \"no-such-event\""
            ]
        );
    }

    #[test]
    fn a_layer_listed_twice_is_named() {
        let text = edited(|v| {
            v["tours"][1]["steps"][0]["view"]["layers"] =
                serde_json::json!(["diaspora", "diaspora"]);
        });
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"diasporas\", field \"steps[0].view.layers\": lists \"diaspora\" twice"
            ]
        );
    }

    #[test]
    fn the_browsers_parsed_value_reads_as_the_text_does() {
        let world = real_world();
        let data = real_dataset();
        let value = serde_json::from_str(TOURS).map_err(|e| e.to_string());
        let (tours, errors) = load_tours_value(value, &data, &|c| world.contains(c), 2009..=2026);
        assert_eq!((tours, errors), load(TOURS));
        let (tours, errors) = load_tours_value(
            Err("Unexpected end of JSON input".to_owned()),
            &data,
            &|c| world.contains(c),
            2009..=2026,
        );
        assert!(tours.is_empty());
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .starts_with("tours.json: invalid JSON: Unexpected end of JSON input"),
            "{errors:?}"
        );
    }

    #[test]
    fn an_item_must_be_in_the_steps_country_panel() {
        let text = edited(|v| first_step(v)["view"]["country"] = "HUN".into());
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps[0].view.item\": \"nakhchivan-agreement-2009\" does not concern HUN: that country's panel does not list it"
            ]
        );
        let text = edited(|v| {
            first_step(v)["view"]
                .as_object_mut()
                .map(|o| o.remove("country"));
        });
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps[0].view.item\": \"nakhchivan-agreement-2009\" needs the step's country: an item is shown in a country's panel"
            ]
        );
    }

    #[test]
    fn a_year_outside_the_timeline_is_named() {
        let text = edited(|v| first_step(v)["view"]["year"] = 2008.into());
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps[0].view.year\": 2008 is outside the years the map shows (2009–2026)"
            ]
        );
    }

    #[test]
    fn a_tour_with_a_problem_is_dropped_and_the_others_kept() {
        let text = edited(|v| first_step(v)["view"]["zoom"] = 0.into());
        let (tours, errors) = load(&text);
        assert_eq!(errors.len(), 1);
        assert_eq!(tours.len(), 1);
        assert_eq!(tours[0].id, "diasporas");
    }

    #[test]
    fn a_tour_without_steps_or_sources_is_named() {
        let text = edited(|v| {
            v["tours"][0]["steps"] = serde_json::json!([]);
            v["tours"][1]["steps"][0]["sources"] = serde_json::json!([]);
        });
        assert_eq!(
            problems(&text),
            [
                "tours.json: record \"ots-history\", field \"steps\": a tour needs at least one step",
                "tours.json: record \"diasporas\", field \"steps[0].sources\": at least one http(s) source is required",
            ]
        );
    }

    #[test]
    fn a_duplicate_tour_or_broken_file_is_named() {
        let text = edited(|v| v["tours"][1]["id"] = "ots-history".into());
        let found = problems(&text);
        assert!(
            found.contains(
                &"tours.json: record \"ots-history\", field \"id\": duplicate id: already used by another record in tours.json".to_owned()
            ),
            "{found:?}"
        );
        let found = problems("{\"tours\": [");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("tours.json: invalid JSON"),
            "{found:?}"
        );
    }

    #[test]
    fn a_source_on_an_unregistered_host_is_named() {
        let text = edited(|v| {
            first_step(v)["sources"] = serde_json::json!(["https://unlisted.example/x"]);
        });
        let data = real_dataset();
        let found: Vec<String> = unregistered_sources_in(TOURS_FILE, &text, data.publishers())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with(
                "tours.json: record \"ots-history\", field \"steps[0].sources\": the host \"unlisted.example\""
            ),
            "{found:?}"
        );
    }
}
