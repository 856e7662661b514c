//! Which part of the world plane a picture of one country shows.

use crate::geo::{Bounds, PlanePoint};

/// The rectangle to frame a country whose main polygon has the box `country`: the box
/// grown by `padding` times its size on every side, then widened about its centre to at
/// least `min_width` plane units, so that a small country (Northern Cyprus is about
/// 3 units wide) is shown with its neighbours. The picture's aspect ratio is left to the
/// camera, which shows at least this rectangle.
pub fn around(country: Bounds, padding: f64, min_width: f64) -> Bounds {
    let pad_x = country.width() * padding;
    let pad_y = country.height() * padding;
    let mut frame = Bounds {
        min: PlanePoint::new(country.min.x - pad_x, country.min.y - pad_y),
        max: PlanePoint::new(country.max.x + pad_x, country.max.y + pad_y),
    };
    if frame.width() < min_width {
        let center = frame.center();
        frame.min.x = center.x - min_width / 2.0;
        frame.max.x = center.x + min_width / 2.0;
    }
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(x0: f64, y0: f64, x1: f64, y1: f64) -> Bounds {
        Bounds {
            min: PlanePoint::new(x0, y0),
            max: PlanePoint::new(x1, y1),
        }
    }

    #[test]
    fn a_large_country_gets_its_padding() {
        let frame = around(bounds(0.0, 0.0, 100.0, 50.0), 0.25, 60.0);
        assert_eq!(frame, bounds(-25.0, -12.5, 125.0, 62.5));
    }

    #[test]
    fn a_small_country_is_widened_about_its_centre() {
        let frame = around(bounds(10.0, 10.0, 13.0, 12.0), 0.5, 60.0);
        assert_eq!(frame.width(), 60.0);
        assert_eq!(frame.center(), PlanePoint::new(11.5, 11.0));
        assert_eq!((frame.min.y, frame.max.y), (9.0, 13.0));
    }
}
