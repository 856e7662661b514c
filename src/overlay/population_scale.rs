//! The square-root scale that turns a number of people into a line width, so that the
//! area of ink (not the width) grows with the population.

/// Line width in CSS pixels for a population, on a square-root scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PopulationScale {
    /// Pixels of width for one million people.
    pub px_per_million: f64,
    /// The thinnest line drawn, so small communities stay visible.
    pub min_px: f64,
}

impl Default for PopulationScale {
    fn default() -> Self {
        Self {
            px_per_million: 6.0,
            min_px: 1.0,
        }
    }
}

impl PopulationScale {
    /// The reference populations shown in the legend.
    pub const REFERENCES: [u64; 3] = [100_000, 1_000_000, 10_000_000];

    /// The width for `people`: `px_per_million × √(people / 1,000,000)`, at least `min_px`.
    pub fn width(&self, people: u64) -> f64 {
        (self.px_per_million * (people as f64 / 1_000_000.0).sqrt()).max(self.min_px)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_times_the_people_draw_twice_the_width() {
        let scale = PopulationScale::default();
        assert!((scale.width(4_000_000) - 2.0 * scale.width(1_000_000)).abs() < 1e-9);
        assert!((scale.width(1_000_000) - 6.0).abs() < 1e-9);
        assert!((scale.width(9_000_000) - 18.0).abs() < 1e-9);
    }

    #[test]
    fn small_communities_keep_a_visible_line() {
        assert_eq!(PopulationScale::default().width(100), 1.0);
        assert_eq!(PopulationScale::default().width(0), 1.0);
    }
}
