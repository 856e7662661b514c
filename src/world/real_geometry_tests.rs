//! Checks over the committed data files that `build-geometry` writes: the geometry the
//! app downloads must parse, hold every country the app talks about, draw without
//! streaks, and have a name for every feature in every language.

#[cfg(test)]
mod tests {
    use crate::geo::{EqualEarth, LonLat, PLANE_WIDTH};
    use crate::world::{CountryCode, CountryNames, World, parse_world, project_world};

    const WORLD: &str = include_str!("../../public/data/world.geojson");

    const NAMES: [(&str, &str); 8] = [
        ("en", include_str!("../../public/data/names/en.json")),
        ("tr", include_str!("../../public/data/names/tr.json")),
        ("az", include_str!("../../public/data/names/az.json")),
        ("kk", include_str!("../../public/data/names/kk.json")),
        ("ky", include_str!("../../public/data/names/ky.json")),
        ("uz", include_str!("../../public/data/names/uz.json")),
        ("hu", include_str!("../../public/data/names/hu.json")),
        ("ru", include_str!("../../public/data/names/ru.json")),
    ];

    /// The members and observers of the Organization of Turkic States.
    const OTS: [&str; 8] = ["TUR", "AZE", "KAZ", "KGZ", "UZB", "HUN", "TKM", "CYN"];

    fn world() -> World {
        parse_world(WORLD).expect("the committed world.geojson parses")
    }

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).expect("a valid code literal")
    }

    /// The points of each ring of an SVG path made by `polygons_path` ("M x,y x,y …Z").
    fn path_rings(d: &str) -> Vec<Vec<(f64, f64)>> {
        d.split('M')
            .filter(|ring| !ring.is_empty())
            .map(|ring| {
                ring.trim_end_matches('Z')
                    .split(' ')
                    .map(|pair| {
                        let (x, y) = pair.split_once(',').expect("an x,y pair");
                        (x.parse().expect("a number"), y.parse().expect("a number"))
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_committed_world_parses_with_every_feature() {
        let world = world();
        assert!(world.shapes.len() >= 170, "{} features", world.shapes.len());
        assert_eq!(
            world.shapes.len(),
            241,
            "world-atlas 2.0.2 has 241 countries"
        );
    }

    #[test]
    fn every_ots_state_is_on_the_map() {
        let world = world();
        for text in OTS {
            assert!(world.contains(code(text)), "{text} is missing");
        }
    }

    #[test]
    fn northern_cyprus_and_cyprus_are_separate_features_with_a_shared_border() {
        let world = world();
        let cyn = world.shape(code("CYN")).expect("CYN");
        let cyp = world.shape(code("CYP")).expect("CYP");
        assert_ne!(cyn.polygons, cyp.polygons);
        // Simplifying each shared arc once keeps the border identical on both sides.
        let shared = cyn
            .polygons
            .iter()
            .flatten()
            .flatten()
            .filter(|p| cyp.polygons.iter().flatten().flatten().any(|q| q == *p))
            .count();
        assert!(shared >= 2, "CYN and CYP share {shared} points");
    }

    #[test]
    fn small_states_survive_simplification() {
        let world = world();
        for text in ["MLT", "BHR", "SGP", "AND", "LIE", "VAT", "MCO", "SMR"] {
            let shape = world
                .shape(code(text))
                .unwrap_or_else(|| panic!("{text} is missing"));
            assert!(!shape.polygons.is_empty(), "{text} has no polygon");
        }
    }

    #[test]
    fn every_ring_is_closed_with_at_least_three_distinct_points() {
        for shape in world().shapes {
            for ring in shape.polygons.iter().flatten() {
                assert!(
                    ring.len() >= 4,
                    "{}: a ring of {} points",
                    shape.code,
                    ring.len()
                );
                assert_eq!(ring.first(), ring.last(), "{}: an open ring", shape.code);
            }
        }
    }

    #[test]
    fn no_ring_streaks_across_the_map() {
        let projection = EqualEarth::new();
        // Antarctica is closed along the South Pole line, which is the map's own bottom
        // edge and wider than half the map: segments along it are allowed.
        let pole_y = projection.plane_from_lon_lat(LonLat::new(0.0, -90.0)).y;
        let on_pole_line = |y: f64| (y.abs() - pole_y.abs()).abs() < 0.01;
        let paths = project_world(&world(), &projection);
        for crossing in ["RUS", "FJI", "ATA"] {
            assert!(paths.iter().any(|p| p.code == code(crossing)), "{crossing}");
        }
        for path in &paths {
            for ring in path_rings(&path.d) {
                let closing = [ring[ring.len() - 1], ring[0]];
                for pair in ring.windows(2).chain(std::iter::once(&closing[..])) {
                    let (a, b) = (pair[0], pair[1]);
                    let along_pole = on_pole_line(a.1) && on_pole_line(b.1);
                    assert!(
                        (b.0 - a.0).abs() <= PLANE_WIDTH / 2.0 || along_pole,
                        "{}: a segment from {a:?} to {b:?} streaks across the map",
                        path.code
                    );
                }
            }
        }
    }

    #[test]
    fn antarctica_is_framed_by_its_coast_not_by_a_line_along_the_pole() {
        // The source closes Antarctica with a zero-height ring along 89.999°S; the tool
        // leaves it out so that the coast (63°S–85°S, about 35 units high) is the frame.
        let projection = EqualEarth::new();
        let paths = project_world(&world(), &projection);
        let ata = paths.iter().find(|p| p.code == code("ATA")).expect("ATA");
        let bounds = ata.main_bounds;
        assert!(bounds.width() > PLANE_WIDTH / 2.0, "{bounds:?}");
        assert!(bounds.height() > 20.0, "{bounds:?}");
    }

    #[test]
    fn every_feature_has_a_name_in_every_language() {
        let world = world();
        for (language, json) in NAMES {
            let names =
                CountryNames::parse(json).unwrap_or_else(|e| panic!("names/{language}.json: {e}"));
            for code in world.codes() {
                assert!(names.get(code).is_some(), "{language}: no name for {code}");
            }
            assert_eq!(names.len(), world.shapes.len(), "{language}: extra names");
        }
    }

    #[test]
    fn the_english_name_of_turkiye_is_turkiye() {
        let english = CountryNames::parse(NAMES[0].1).expect("en.json parses");
        assert_eq!(english.get(code("TUR")), Some("Türkiye"));
        assert_eq!(english.get(code("CYN")), Some("Northern Cyprus"));
    }
}
