//! Event markers: one per event that has a pin, with a symbol per kind.

use crate::data::{Dataset, EventKind, EventStatus};
use crate::geo::{EqualEarth, PlanePoint};
use crate::sort::sort_by;
use crate::world::CountryCode;

/// The symbol drawn for a marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkerShape {
    /// Summits of heads of state and the founding.
    Star,
    /// Ministerial and official meetings.
    Square,
    /// Receptions and observances.
    Circle,
    /// Forums and youth forums.
    Diamond,
    /// Training and exchange programmes.
    Triangle,
    /// Adopted documents.
    Document,
}

impl MarkerShape {
    /// Every shape, in legend order.
    pub const ALL: [MarkerShape; 6] = [
        MarkerShape::Star,
        MarkerShape::Square,
        MarkerShape::Circle,
        MarkerShape::Diamond,
        MarkerShape::Triangle,
        MarkerShape::Document,
    ];

    /// The symbol for an event kind.
    pub fn for_kind(kind: EventKind) -> MarkerShape {
        match kind {
            EventKind::Founding
            | EventKind::Summit
            | EventKind::InformalSummit
            | EventKind::ExtraordinarySummit => MarkerShape::Star,
            EventKind::MinisterialMeeting | EventKind::Meeting => MarkerShape::Square,
            EventKind::Reception | EventKind::Observance => MarkerShape::Circle,
            EventKind::Forum | EventKind::YouthForum => MarkerShape::Diamond,
            EventKind::Training | EventKind::Exchange => MarkerShape::Triangle,
            EventKind::Adoption => MarkerShape::Document,
        }
    }

    /// A CSS-friendly name (`star`, `square`, …).
    pub fn key(self) -> &'static str {
        match self {
            MarkerShape::Star => "star",
            MarkerShape::Square => "square",
            MarkerShape::Circle => "circle",
            MarkerShape::Diamond => "diamond",
            MarkerShape::Triangle => "triangle",
            MarkerShape::Document => "document",
        }
    }

    /// SVG path data of the symbol, centred on (0, 0), about 12 px across.
    pub fn path(self) -> &'static str {
        match self {
            MarkerShape::Star => {
                "M0,-7 2.1,-2.2 7,-2.2 3,1 4.4,6 0,3.1 -4.4,6 -3,1 -7,-2.2 -2.1,-2.2Z"
            }
            MarkerShape::Square => "M-5,-5 5,-5 5,5 -5,5Z",
            MarkerShape::Circle => "M-5.5,0A5.5,5.5 0 1 0 5.5,0A5.5,5.5 0 1 0 -5.5,0Z",
            MarkerShape::Diamond => "M0,-6.5 6.5,0 0,6.5 -6.5,0Z",
            MarkerShape::Triangle => "M0,-6.5 6.5,5 -6.5,5Z",
            MarkerShape::Document => "M-4.5,-6 2,-6 4.5,-3.5 4.5,6 -4.5,6Z",
        }
    }
}

/// One event on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// The event's id (also the item id in the panel).
    pub id: String,
    /// The country whose panel shows the event when the marker is chosen.
    pub country: CountryCode,
    /// Where the marker sits on the world plane.
    pub at: PlanePoint,
    /// Its symbol.
    pub shape: MarkerShape,
    /// Its accessible name: title and place.
    pub label: String,
    /// The year the event began, to dim events after the year shown.
    pub year: i32,
    /// True for planned or merely possible events (drawn hollow).
    pub unconfirmed: bool,
}

/// A marker for every event with a pin, oldest first. Events without a position (online
/// meetings, unannounced venues) are left out rather than drawn at (0, 0).
pub fn build_markers(data: &Dataset, projection: &EqualEarth) -> Vec<Marker> {
    let mut markers: Vec<Marker> = data
        .events()
        .iter()
        .filter_map(|event| {
            let position = event.place.position?;
            Some(Marker {
                id: event.id.clone(),
                country: event.place.country,
                at: projection.plane_from_lon_lat(position),
                shape: MarkerShape::for_kind(event.kind),
                label: format!("{}, {}", event.title, event.place.name),
                year: event.date.year(),
                unconfirmed: event.status != EventStatus::Held,
            })
        })
        .collect();
    sort_by(&mut markers, |a, b| (a.year, &a.id) < (b.year, &b.id));
    markers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{real_dataset, real_dataset_before_details, real_dataset_first_view};

    #[test]
    fn the_first_view_file_gives_the_same_markers() {
        // Same ids, places, shapes, labels, years and states: the markers keep their
        // identity when the full files replace `first-view.json`.
        let projection = EqualEarth::new();
        let lite = build_markers(&real_dataset_first_view(), &projection);
        let full = build_markers(&real_dataset_before_details(), &projection);
        assert_eq!(lite, full);
        assert_eq!(full, build_markers(&real_dataset(), &projection));
        assert!(full.len() > 50, "{} markers", full.len());
    }

    /// Oldest first, and by id within a year, so the markers are drawn in a fixed order.
    #[test]
    fn markers_come_oldest_first_then_by_id() {
        let markers = build_markers(&real_dataset(), &EqualEarth::default());
        assert!(markers.len() > 50);
        for pair in markers.windows(2) {
            assert!(
                (pair[0].year, &pair[0].id) < (pair[1].year, &pair[1].id),
                "{} ({}) before {} ({})",
                pair[0].id,
                pair[0].year,
                pair[1].id,
                pair[1].year
            );
        }
    }

    /// Each symbol is a closed path of its own, centred on (0, 0) and about 12 px across.
    #[test]
    fn every_symbol_is_a_closed_path_about_twelve_pixels_across() {
        let shapes = MarkerShape::ALL;
        for (i, shape) in shapes.iter().enumerate() {
            let d = shape.path();
            assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
            let numbers: Vec<f64> = d
                .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().expect("a number"))
                .collect();
            let extent = numbers.iter().fold(0.0_f64, |m, n| m.max(n.abs()));
            assert!((5.0..=7.5).contains(&extent), "{d}: {extent}");
            assert!(shapes[i + 1..].iter().all(|other| other.path() != d), "{d}");
        }
    }

    #[test]
    fn the_washington_reception_is_a_marker_in_the_united_states() {
        let data = real_dataset();
        let markers = build_markers(&data, &EqualEarth::new());
        let reception = markers
            .iter()
            .find(|m| m.id == "washington-solidarity-reception-2025")
            .expect("the reception has a marker");
        assert_eq!(reception.country, CountryCode::from_static("USA"));
        assert_eq!(reception.shape, MarkerShape::Circle);
        assert!(reception.label.contains("Washington"));
        // West of Greenwich and north of the equator.
        assert!(reception.at.x < 0.0 && reception.at.y < 0.0);
    }

    #[test]
    fn events_without_a_pin_get_no_marker() {
        let data = real_dataset();
        let markers = build_markers(&data, &EqualEarth::new());
        let pinless = data
            .events()
            .iter()
            .filter(|e| e.place.position.is_none())
            .count();
        assert_eq!(markers.len() + pinless, data.events().len());
        assert!(
            markers
                .iter()
                .all(|m| m.at.x.is_finite() && m.at != PlanePoint::default())
        );
    }
}
