//! Axis-aligned rectangles in the world plane.

use super::coords::PlanePoint;
use super::path::format_decimal;

/// A rectangle of the world plane: `min` is the top-left corner, `max` the bottom-right.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// The corner with the smallest x and y.
    pub min: PlanePoint,
    /// The corner with the largest x and y.
    pub max: PlanePoint,
}

impl Bounds {
    /// The rectangle as an SVG `viewBox` value (`min-x min-y width height`).
    pub fn view_box(&self) -> String {
        [self.min.x, self.min.y, self.width(), self.height()]
            .map(|v| format_decimal(v, 3))
            .join(" ")
    }

    /// The smallest rectangle holding every point, or `None` for no points.
    pub fn of_points(points: impl IntoIterator<Item = PlanePoint>) -> Option<Bounds> {
        let mut iter = points.into_iter();
        let first = iter.next()?;
        let mut bounds = Bounds {
            min: first,
            max: first,
        };
        for p in iter {
            bounds.include(p);
        }
        Some(bounds)
    }

    /// Grows the rectangle to hold `p`.
    pub fn include(&mut self, p: PlanePoint) {
        self.min.x = self.min.x.min(p.x);
        self.min.y = self.min.y.min(p.y);
        self.max.x = self.max.x.max(p.x);
        self.max.y = self.max.y.max(p.y);
    }

    /// The smallest rectangle holding both.
    pub fn union(self, other: Bounds) -> Bounds {
        let mut out = self;
        out.include(other.min);
        out.include(other.max);
        out
    }

    /// Width in plane units.
    pub fn width(&self) -> f64 {
        self.max.x - self.min.x
    }

    /// Height in plane units.
    pub fn height(&self) -> f64 {
        self.max.y - self.min.y
    }

    /// The centre point.
    pub fn center(&self) -> PlanePoint {
        PlanePoint::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// True when `p` lies inside or on the edge.
    pub fn contains(&self, p: PlanePoint) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }

    /// True when `other` lies wholly inside this box (edges included).
    pub fn encloses(&self, other: Bounds) -> bool {
        self.contains(other.min) && self.contains(other.max)
    }

    /// True when the two boxes share at least a point.
    pub fn meets(&self, other: Bounds) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }
}

#[cfg(test)]
mod box_tests {
    use super::*;

    fn b(x0: f64, y0: f64, x1: f64, y1: f64) -> Bounds {
        Bounds {
            min: PlanePoint::new(x0, y0),
            max: PlanePoint::new(x1, y1),
        }
    }

    #[test]
    fn boxes_enclose_and_meet() {
        let outer = b(0.0, 0.0, 10.0, 10.0);
        assert!(outer.encloses(b(1.0, 1.0, 10.0, 9.0)));
        assert!(!outer.encloses(b(1.0, 1.0, 11.0, 9.0)));
        assert!(outer.meets(b(10.0, 10.0, 20.0, 20.0)), "a shared corner");
        assert!(
            outer.meets(b(-5.0, 2.0, 15.0, 3.0)),
            "crossing without a corner inside"
        );
        assert!(!outer.meets(b(10.5, 0.0, 20.0, 10.0)));
        assert!(!outer.meets(b(0.0, -3.0, 10.0, -0.1)));
    }
}
