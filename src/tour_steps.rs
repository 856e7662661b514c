//! Moving through a guided tour: the URL state of a step (its view, the tour's place),
//! Next and Back by button, arrow key or swipe, a step beyond the tour brought back with a
//! notice, and leaving the tour with the view kept. Only the tour's chunk uses it
//! (`ui::tour`), so none of it is in the first-load Wasm.

use crate::data::{Tour, TourLayer};
use crate::geo::LonLat;
use crate::url_state::{Layer, Layers, MapState, MapView, TourAt, UrlNotice};

/// A move between steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// To the next step.
    Next,
    /// To the step before.
    Back,
}

/// How far (CSS pixels) a finger must travel sideways for a swipe.
pub const SWIPE_MIN_PX: f64 = 48.0;

/// The state that shows step `number` (from 1) of `tour`: its view replaces the country,
/// item, layers, year, centre and zoom; the language, theme and embed mode stay; a table
/// or quotes view gives way to the map. A number beyond the tour shows its last step.
pub fn step_state(current: &MapState, tour: &Tour, number: usize) -> MapState {
    let number = number.clamp(1, tour.steps.len().max(1));
    let mut next = MapState {
        table: false,
        quotes: None,
        tour: Some(TourAt {
            id: tour.id.clone(),
            step: number,
        }),
        ..current.clone()
    };
    if let Some(step) = tour.step(number) {
        let view = &step.view;
        next.country = view.country;
        next.item = view.item.clone().filter(|_| view.country.is_some());
        next.layers = layers(&view.layers);
        next.year = view.year;
        next.view = Some(
            MapView {
                center: LonLat::new(view.center.lon, view.center.lat),
                zoom: view.zoom,
            }
            .rounded(),
        );
    }
    next
}

/// The URL's layers for a step's layer words.
pub fn layers(words: &[TourLayer]) -> Layers {
    words.iter().fold(Layers::NONE, |set, word| {
        let layer = match word {
            TourLayer::Initiatives => Layer::Initiatives,
            TourLayer::Diaspora => Layer::Diaspora,
        };
        set.with(layer, true)
    })
}

/// The step of `tour` to show for the URL's `at`: the step asked for, or the last one with
/// a notice when the tour is shorter.
pub fn checked_step(tour: &Tour, at: &TourAt) -> (usize, Option<UrlNotice>) {
    let steps = tour.steps.len();
    if at.step <= steps {
        (at.step.max(1), None)
    } else {
        let notice = UrlNotice::TourStepOutOfRange {
            step: at.step,
            steps,
        };
        (steps.max(1), Some(notice))
    }
}

/// The step a move leads to from `number`, or `None` at either end.
pub fn moved(tour: &Tour, number: usize, step: Move) -> Option<usize> {
    let to = match step {
        Move::Next => number.checked_add(1)?,
        Move::Back => number.checked_sub(1)?,
    };
    (1..=tour.steps.len()).contains(&to).then_some(to)
}

/// The move an arrow key asks for (`KeyboardEvent.key`).
pub fn key_move(key: &str) -> Option<Move> {
    match key {
        "ArrowRight" => Some(Move::Next),
        "ArrowLeft" => Some(Move::Back),
        _ => None,
    }
}

/// The move a finger's travel (`dx`, `dy` in CSS pixels) asks for: a swipe to the left
/// is Next (the next card comes from the right), to the right Back; a mostly vertical
/// or short movement is none (scrolling the card's text).
pub fn swipe_move(dx: f64, dy: f64) -> Option<Move> {
    if dx.abs() < SWIPE_MIN_PX || dx.abs() < 2.0 * dy.abs() {
        return None;
    }
    Some(if dx.is_sign_negative() {
        Move::Next
    } else {
        Move::Back
    })
}

/// The state without the tour: the view stays as it is, to explore freely from there.
pub fn exit_state(current: &MapState) -> MapState {
    MapState {
        tour: None,
        ..current.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{StepView, TourStep};
    use crate::url_state::Lang;
    use crate::world::CountryCode;

    fn step(country: Option<&'static str>, item: Option<&str>, year: Option<i32>) -> TourStep {
        TourStep {
            title: "A step".to_owned(),
            text: "What it shows.".to_owned(),
            sources: Vec::new(),
            view: StepView {
                year,
                country: country.map(CountryCode::from_static),
                item: item.map(str::to_owned),
                layers: vec![TourLayer::Diaspora],
                center: LonLat::new(48.123, 41.006),
                zoom: 2.2,
            },
        }
    }

    fn tour() -> Tour {
        Tour {
            id: "ots-history".to_owned(),
            title: "A tour".to_owned(),
            summary: "Three steps.".to_owned(),
            steps: vec![
                step(Some("AZE"), Some("nakhchivan-agreement-2009"), Some(2009)),
                step(Some("HUN"), None, Some(2018)),
                step(None, None, None),
            ],
        }
    }

    #[test]
    fn a_step_sets_the_view_and_keeps_the_language_theme_and_embed() {
        let (current, _) = MapState::from_query(
            "country=KAZ&item=x&view=table&lang=tr&theme=dark&embed=1",
            2026,
        );
        let next = step_state(&current, &tour(), 1);
        assert_eq!(
            next.to_query(),
            "country=AZE&item=nakhchivan-agreement-2009&layers=diaspora&year=2009&lang=tr&theme=dark&center=48.12,41.01&zoom=2.2&tour=ots-history&step=1&embed=1"
        );
        assert_eq!(next.lang, Some(Lang::Tr));
        // The quotes view gives way to the map too.
        let (quotes, _) = MapState::from_query("view=quotes&theme=diaspora", 2026);
        assert!(quotes.quotes.is_some());
        assert_eq!(step_state(&quotes, &tour(), 1).quotes, None);
        // A step without a country or year clears them.
        let last = step_state(&next, &tour(), 3);
        assert_eq!((last.country, last.item, last.year), (None, None, None));
        assert_eq!(last.tour.map(|t| t.step), Some(3));
        // A step's state round-trips through the URL.
        let (read, notices) = MapState::from_query(&next.to_query(), 2026);
        assert_eq!((read, notices), (next, Vec::new()));
    }

    #[test]
    fn a_step_beyond_the_tour_shows_the_last_with_a_notice() {
        let at = |step| TourAt {
            id: "ots-history".to_owned(),
            step,
        };
        assert_eq!(checked_step(&tour(), &at(2)), (2, None));
        assert_eq!(
            checked_step(&tour(), &at(9)),
            (3, Some(UrlNotice::TourStepOutOfRange { step: 9, steps: 3 }))
        );
        assert_eq!(
            step_state(&MapState::default(), &tour(), 9).tour,
            Some(at(3))
        );
    }

    #[test]
    fn next_and_back_stop_at_the_ends() {
        let tour = tour();
        assert_eq!(moved(&tour, 1, Move::Next), Some(2));
        assert_eq!(moved(&tour, 2, Move::Back), Some(1));
        assert_eq!(moved(&tour, 1, Move::Back), None);
        assert_eq!(moved(&tour, 3, Move::Next), None);
    }

    #[test]
    fn arrow_keys_and_sideways_swipes_move() {
        assert_eq!(key_move("ArrowRight"), Some(Move::Next));
        assert_eq!(key_move("ArrowLeft"), Some(Move::Back));
        assert_eq!(key_move("ArrowUp"), None);
        assert_eq!(swipe_move(-80.0, 10.0), Some(Move::Next));
        assert_eq!(swipe_move(80.0, -10.0), Some(Move::Back));
        // Too short, or more vertical than sideways: a scroll, not a swipe.
        assert_eq!(swipe_move(-30.0, 0.0), None);
        // At the limits: 48 px is a swipe, and so is a travel twice as wide as it is tall.
        assert_eq!(swipe_move(-SWIPE_MIN_PX, 0.0), Some(Move::Next));
        assert_eq!(swipe_move(SWIPE_MIN_PX, 0.0), Some(Move::Back));
        assert_eq!(swipe_move(-60.0, 30.0), Some(Move::Next));
        assert_eq!(swipe_move(-60.0, -30.0), Some(Move::Next));
        assert_eq!(swipe_move(-80.0, 60.0), None);
    }

    #[test]
    fn leaving_keeps_the_view() {
        let on_tour = step_state(&MapState::default(), &tour(), 2);
        let left = exit_state(&on_tour);
        assert_eq!(left.tour, None);
        assert_eq!(
            left.to_query(),
            "country=HUN&layers=diaspora&year=2018&center=48.12,41.01&zoom=2.2"
        );
    }
}
