//! Report: the few lines the tool prints on what it wrote.

use std::io::Write as _;

use ots_atlas::geo::LonLat;
use ots_atlas::geo::topojson::arc_reference;
use ots_atlas::world::{CountryCode, OUTER_FILE, WORLD_FILE};

use crate::geometry::{Arcs, CountryRings, Fixes};

/// Rings of the source that are not written.
#[derive(Clone, Copy)]
pub struct LeftOut {
    /// Lines along a pole (see [`collect_rings`](crate::geometry::collect_rings)).
    pub pole_lines: usize,
    /// Islets too small to show (see [`drop_islets`](crate::geometry::drop_islets)).
    pub islets: usize,
}

/// The sizes of what was written, for the summary.
pub struct Written {
    /// Bytes of the whole world in one file (not written).
    pub whole: usize,
    /// Bytes of [`WORLD_FILE`].
    pub first: usize,
    /// Bytes of [`OUTER_FILE`].
    pub outer: usize,
    /// Features whose geometry is in [`OUTER_FILE`].
    pub deferred: usize,
}

/// Prints a few lines on what was written. Printing them may fail (a closed pipe), which
/// must not fail a build whose files are already written, so the error is ignored.
pub fn print_summary(
    features: &[CountryRings],
    rounded: &[Vec<LonLat>],
    left_out: LeftOut,
    small: usize,
    fixes: &Fixes,
    arcs: &Arcs,
    written: &Written,
) {
    let Written {
        whole: bytes,
        first: first_bytes,
        outer: outer_bytes,
        deferred,
    } = *written;
    let rings: usize = features.iter().map(|f| f.rings().count()).sum();
    let source_points: usize = arcs.points.iter().map(Vec::len).sum();
    let mut written: Vec<usize> = features
        .iter()
        .flat_map(CountryRings::rings)
        .flatten()
        .map(|&index| arc_reference(index).0)
        .collect();
    written.sort_unstable();
    written.dedup();
    let kept_points: usize = written.iter().map(|&a| rounded[a].len()).sum();
    let finer = written
        .iter()
        .filter(|&&a| arcs.extra_decimals[a] > 0)
        .count();
    let mut borders = fixes.borders.clone();
    borders.sort();
    borders.dedup();
    let borders = borders
        .iter()
        .map(|(a, b)| format!("{a}–{b}"))
        .collect::<Vec<_>>()
        .join(", ");
    let text = format!(
        "{WORLD_FILE}: {first_bytes} bytes, {} features of which {deferred} are drawn by \
         {OUTER_FILE} ({outer_bytes} bytes); {bytes} bytes in one file\n  {} features, {rings} rings ({} pole line and {} islets left out), \
         {kept_points} of {source_points} arc points kept\n  \
         {small} small features kept at their own scale\n  \
         small rings kept whole by extra points: in {} features; \
         by finer rounding: {finer} arcs in {} features\n  \
         borders rounded finer to keep two shared vertices: {}\n",
        features.len(),
        features.len(),
        left_out.pole_lines,
        left_out.islets,
        distinct(&fixes.points),
        distinct(&fixes.decimals),
        if borders.is_empty() { "none" } else { &borders },
    );
    let _ = std::io::stdout().write_all(text.as_bytes());
}

/// How many different codes the list holds.
fn distinct(codes: &[CountryCode]) -> usize {
    let mut sorted = codes.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.len()
}
