//! `Place`: where something is or happened, with an optional map pin.

use super::checker::Checker;
use super::records::{Field, Kind, Record, Shape};
use crate::geo::LonLat;
use crate::geo::path::format_number;
use crate::world::CountryCode;

/// A named place in a country, with a pin position when one is known. Positions are
/// approximate city-centre points for pins, not survey data.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The name as shown, e.g. `Washington, DC, United States`.
    pub name: String,
    /// The country the place is in (the code of a map shape).
    pub country: CountryCode,
    /// The pin position in degrees, or `None` (an online meeting, an unknown venue).
    pub position: Option<LonLat>,
    /// A remark about the place or its pin, e.g. that an event spanned two cities.
    pub note: Option<String>,
}

/// A place as written in the files: `{"name", "country", "lon"?, "lat"?, "note"?}`.
pub(crate) const PLACE: Shape = &[
    Field::new("name", Kind::Str),
    Field::new("country", Kind::Str),
    Field::new("lon", Kind::OptF64),
    Field::new("lat", Kind::OptF64),
    Field::new("note", Kind::OptStr),
];

/// Checks a place of the [`PLACE`] shape held in `field`; `None` when a problem was
/// reported.
pub(crate) fn read_place(
    mut raw: Record,
    c: &mut Checker<'_>,
    record: &str,
    field: &str,
) -> Option<Place> {
    let name = c.text(record, &format!("{field}.name"), raw.str("name"));
    let country = c.code(record, &format!("{field}.country"), &raw.str("country"));
    let position = c.position(record, field, raw.f64("lon"), raw.f64("lat"));
    let note = c.optional_text(record, &format!("{field}.note"), raw.opt_str("note"));
    Some(Place {
        name,
        country: country?,
        position: position?,
        note,
    })
}

/// Which coordinate of a pin is wrong (`"lon"` or `"lat"`) and why, or `None` when the pair
/// is a valid position on the globe.
pub fn position_problem(lon: f64, lat: f64) -> Option<(&'static str, String)> {
    let (lon_text, lat_text) = (format_number(lon), format_number(lat));
    if !lon.is_finite() {
        Some((
            "lon",
            format!("longitude {lon_text} is not a finite number"),
        ))
    } else if !(-180.0..=180.0).contains(&lon) {
        Some((
            "lon",
            format!("longitude {lon_text} is outside [-180, 180]"),
        ))
    } else if !lat.is_finite() {
        Some(("lat", format!("latitude {lat_text} is not a finite number")))
    } else if !(-90.0..=90.0).contains(&lat) {
        Some(("lat", format!("latitude {lat_text} is outside [-90, 90]")))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_inside_the_globe_are_accepted() {
        assert_eq!(position_problem(-77.0369, 38.9072), None);
        assert_eq!(position_problem(180.0, -90.0), None);
    }

    #[test]
    fn pins_outside_the_globe_or_not_numbers_are_rejected() {
        let problem =
            |lon, lat| position_problem(lon, lat).map(|(field, m)| format!("{field}: {m}"));
        assert_eq!(
            problem(200.0, 0.0),
            Some("lon: longitude 200 is outside [-180, 180]".to_owned())
        );
        assert_eq!(
            problem(0.0, -91.0),
            Some("lat: latitude -91 is outside [-90, 90]".to_owned())
        );
        assert_eq!(
            problem(f64::NAN, 0.0),
            Some("lon: longitude NaN is not a finite number".to_owned())
        );
        assert!(problem(0.0, f64::INFINITY).is_some_and(|m| m.starts_with("lat:")));
    }
}
