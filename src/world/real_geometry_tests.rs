//! Checks over the committed data files that `build-geometry` writes: the geometry the
//! app downloads must parse, hold every country the app talks about, draw without
//! streaks, and have a name for every feature in every language.

#[cfg(test)]
mod tests {
    use crate::geo::{EqualEarth, LonLat, PLANE_WIDTH};
    use crate::render::boot_map::first_view_cover;
    use crate::test_support::real_world;
    use crate::world::{
        Adjacency, CountryCode, CountryNames, World, parse_world, parse_world_value, project_world,
        world_json,
    };

    const WORLD: &str = include_str!("../../public/data/world.json");
    const OUTER: &str = include_str!("../../public/data/world-outer.json");

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

    /// Every pair of features whose rings share a border (a TopoJSON arc) in
    /// world-atlas 2.0.2 `countries-50m.json`, as `build-geometry` finds them: each line
    /// is a code followed by codes later in the alphabet that it borders (land borders,
    /// and enclaves inside the feature around them).
    const LAND_BORDERS: &str = "\
        AFG CHN IRN PAK TJK TKM UZB\n\
        AGO COD COG NAM ZMB\n\
        ALB GRC MKD MNE XKX\n\
        AND ESP FRA\n\
        ARE OMN SAU\n\
        ARG BOL BRA CHL PRY URY\n\
        ARM AZE GEO IRN TUR\n\
        AUT CHE CZE DEU HUN ITA LIE SVK SVN\n\
        AZE GEO IRN RUS TUR\n\
        BDI COD RWA TZA\n\
        BEL DEU FRA LUX NLD\n\
        BEN BFA NER NGA TGO\n\
        BFA CIV GHA MLI NER TGO\n\
        BGD IND MMR\n\
        BGR GRC MKD ROU SRB TUR\n\
        BIH HRV MNE SRB\n\
        BLR LTU LVA POL RUS UKR\n\
        BLZ GTM MEX\n\
        BOL BRA CHL PER PRY\n\
        BRA COL FRA GUY PER PRY SUR URY VEN\n\
        BRN MYS\n\
        BTN CHN IND\n\
        BWA NAM ZAF ZWE\n\
        CAF CMR COD COG SDN SSD TCD\n\
        CAN USA\n\
        CHE DEU FRA ITA LIE\n\
        CHL PER\n\
        CHN HKG IND KAS KAZ KGZ LAO MAC MMR MNG NPL PAK PRK RUS TJK VNM\n\
        CIV GHA GIN LBR MLI\n\
        CMR COG GAB GNQ NGA TCD\n\
        COD COG RWA SSD TZA UGA ZMB\n\
        COG GAB\n\
        COL ECU PAN PER VEN\n\
        CRI NIC PAN\n\
        CYN CYP\n\
        CZE DEU POL SVK\n\
        DEU DNK FRA LUX NLD POL\n\
        DJI ERI ETH SOL\n\
        DOM HTI\n\
        DZA ESH LBY MAR MLI MRT NER TUN\n\
        ECU PER\n\
        EGY ISR LBY PSE SDN\n\
        ERI ETH SDN\n\
        ESH MAR MRT\n\
        ESP FRA PRT\n\
        EST LVA RUS\n\
        ETH KEN SDN SOL SOM SSD\n\
        FIN NOR RUS SWE\n\
        FRA ITA LUX MCO SUR\n\
        GAB GNQ\n\
        GBR IRL\n\
        GEO RUS TUR\n\
        GHA TGO\n\
        GIN GNB LBR MLI SEN SLE\n\
        GMB SEN\n\
        GNB SEN\n\
        GRC MKD TUR\n\
        GTM HND MEX SLV\n\
        GUY SUR VEN\n\
        HND NIC SLV\n\
        HRV HUN MNE SRB SVN\n\
        HUN ROU SRB SVK SVN UKR\n\
        IDN MYS PNG TLS\n\
        IND KAS MMR NPL PAK\n\
        IRN IRQ PAK TKM TUR\n\
        IRQ JOR KWT SAU SYR TUR\n\
        ISR JOR LBN PSE SYR\n\
        ITA SMR SVN VAT\n\
        JOR PSE SAU SYR\n\
        KAS PAK\n\
        KAZ KGZ RUS TKM UZB\n\
        KEN SOM SSD TZA UGA\n\
        KGZ TJK UZB\n\
        KHM LAO THA VNM\n\
        KOR PRK\n\
        KWT SAU\n\
        LAO MMR THA VNM\n\
        LBN SYR\n\
        LBR SLE\n\
        LBY NER SDN TCD TUN\n\
        LSO ZAF\n\
        LTU LVA POL RUS\n\
        LVA RUS\n\
        MAF SXM\n\
        MDA ROU UKR\n\
        MEX USA\n\
        MKD SRB XKX\n\
        MLI MRT NER SEN\n\
        MMR THA\n\
        MNE SRB XKX\n\
        MNG RUS\n\
        MOZ MWI SWZ TZA ZAF ZMB ZWE\n\
        MRT SEN\n\
        MWI TZA ZMB\n\
        MYS THA\n\
        NAM ZAF ZMB\n\
        NER NGA TCD\n\
        NGA TCD\n\
        NOR RUS SWE\n\
        OMN SAU YEM\n\
        POL RUS SVK UKR\n\
        PRK RUS\n\
        QAT SAU\n\
        ROU SRB UKR\n\
        RUS UKR\n\
        RWA TZA UGA\n\
        SAU YEM\n\
        SDN SSD TCD\n\
        SOL SOM\n\
        SRB XKX\n\
        SSD UGA\n\
        SVK UKR\n\
        SWZ ZAF\n\
        SYR TUR\n\
        TJK UZB\n\
        TKM UZB\n\
        TZA UGA ZMB\n\
        ZAF ZWE\n\
        ZMB ZWE";

    /// How many pairs [`LAND_BORDERS`] lists.
    const LAND_BORDER_PAIRS: usize = 327;

    /// The members and observers of the Organization of Turkic States.
    const OTS: [&str; 8] = ["TUR", "AZE", "KAZ", "KGZ", "UZB", "HUN", "TKM", "CYN"];

    /// Both files, the outer one filled in.
    fn world() -> World {
        real_world()
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

    /// The app reads the files from the values the browser's `JSON.parse` makes of them
    /// (`parse_world_value`), the tools from their text: both give the same world.
    #[test]
    fn the_text_and_the_parsed_value_read_the_same() {
        use crate::json_value::as_the_browser_reads;
        for text in [
            include_str!("../../public/data/world.json"),
            include_str!("../../public/data/world-outer.json"),
        ] {
            let value = as_the_browser_reads(text);
            assert_eq!(parse_world_value(&value), parse_world(text));
        }
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
            // Framed about 30 plane units wide, a small state keeps its own outline
            // (detail relative to its size), not a triangle.
            let distinct = shape
                .polygons
                .iter()
                .map(|polygon| {
                    let mut points: Vec<(u64, u64)> = polygon[0]
                        .iter()
                        .map(|p| (p.lon.to_bits(), p.lat.to_bits()))
                        .collect();
                    points.sort_unstable();
                    points.dedup();
                    points.len()
                })
                .max()
                .unwrap_or(0);
            assert!(distinct >= 4, "{text}: {distinct} distinct points");
        }
    }

    #[test]
    fn every_land_border_of_the_source_is_still_shared() {
        // Keyboard navigation calls two countries neighbours when their rings share at
        // least two vertices (to 1/1000°); simplification and rounding must keep every
        // border the source has.
        let world = world();
        let adjacency = Adjacency::build(&world, &EqualEarth::new());
        let mut pairs = 0;
        let mut lost = Vec::new();
        for line in LAND_BORDERS.lines() {
            let mut codes = line.split_whitespace().map(code);
            let first = codes.next().expect("a code on every line");
            let neighbours = adjacency.neighbours_of(first);
            for other in codes {
                pairs += 1;
                if !neighbours.contains(&other) {
                    lost.push(format!("{first}–{other}"));
                }
                if !adjacency.neighbours_of(other).contains(&first) {
                    lost.push(format!("{other}–{first}"));
                }
            }
        }
        assert_eq!(pairs, LAND_BORDER_PAIRS);
        assert!(lost.is_empty(), "borders no longer shared: {lost:?}");
    }

    #[test]
    fn the_neighbours_are_exactly_the_land_borders_of_the_source() {
        // A corner touch or a stray shared vertex must not make two countries neighbours:
        // every pair the adjacency finds is a border of the source, and none is missing.
        let world = world();
        let adjacency = Adjacency::build(&world, &EqualEarth::new());
        let mut expected = std::collections::BTreeSet::new();
        for line in LAND_BORDERS.lines() {
            let mut codes = line.split_whitespace();
            let first = codes.next().expect("a code on every line");
            expected.extend(codes.map(|other| (first.to_owned(), other.to_owned())));
        }
        assert_eq!(expected.len(), LAND_BORDER_PAIRS);
        let mut found = std::collections::BTreeSet::new();
        for a in world.codes() {
            for b in adjacency.neighbours_of(a) {
                // Each pair once, alphabetically; a one-sided pair shows up as extra.
                let (first, other) = if a < b { (a, b) } else { (b, a) };
                found.insert((first.as_str().to_owned(), other.as_str().to_owned()));
            }
        }
        let extra: Vec<_> = found.difference(&expected).collect();
        let missing: Vec<_> = expected.difference(&found).collect();
        assert!(
            extra.is_empty() && missing.is_empty(),
            "not borders: {extra:?}; borders not found: {missing:?}"
        );
    }

    #[test]
    fn the_enclaves_and_exclaves_of_the_ots_region_stay() {
        let world = world();
        let polygons = |text: &str| world.shape(code(text)).expect(text).polygons.len();
        // Azerbaijan with Nakhchivan; Uzbekistan with Sokh and Shakhimardan; Tajikistan
        // with Vorukh and Kairagach.
        assert_eq!(polygons("AZE"), 3);
        assert_eq!(polygons("UZB"), 3);
        assert_eq!(polygons("TJK"), 3);
        // Kyrgyzstan has a hole for each of those inside it.
        let kgz = world.shape(code("KGZ")).expect("KGZ");
        assert_eq!(kgz.polygons.len(), 1);
        assert_eq!(kgz.polygons[0].len(), 4, "outline and three enclaves");
    }

    #[test]
    fn islands_that_show_when_their_country_is_framed_stay() {
        // Islets are left out only where they would not show: archipelagos keep their
        // islands, and states made only of small islands keep all of them.
        let world = world();
        let polygons = |text: &str| world.shape(code(text)).expect(text).polygons.len();
        assert!(polygons("GRC") >= 30, "the Aegean: {}", polygons("GRC"));
        assert!(polygons("IDN") >= 30, "{}", polygons("IDN"));
        assert!(polygons("PHL") >= 10, "{}", polygons("PHL"));
        assert!(polygons("JPN") >= 4, "{}", polygons("JPN"));
        assert_eq!(polygons("KIR"), 19, "every atoll of Kiribati");
    }

    #[test]
    fn the_geometry_stays_within_its_download_budget() {
        // The app fetches world.json on first load (29.7 KB raw, 10.4 KB brotli; as
        // GeoJSON it was 80 KB and 15.7 KB) and the outer file once the map is up (16.8 KB,
        // 5.7 KB brotli); regenerate with larger settings only with a look at the budget.
        assert!(WORLD.len() <= 33_000, "{} bytes", WORLD.len());
        assert!(
            WORLD.len() + OUTER.len() <= 50_000,
            "{} bytes",
            WORLD.len() + OUTER.len()
        );
    }

    /// The committed files are exactly what the writer makes of what they hold: read and
    /// written again, the same bytes. So the files lose nothing of the shapes
    /// `build-geometry` made (it also reads each file back before writing it), each
    /// feature is on its coarsest grid, and the reader and the writer agree.
    #[test]
    fn the_committed_files_are_what_the_writer_writes() {
        for (file, text) in [("world.json", WORLD), ("world-outer.json", OUTER)] {
            let world = parse_world(text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(
                world_json(&world).expect("writes") == text,
                "{file} is not the writer's text of its shapes: run scripts/build-geometry.sh"
            );
        }
    }

    #[test]
    fn the_first_file_lists_every_feature_and_draws_what_the_first_view_can_show() {
        let first = parse_world(WORLD).expect("the committed world.json parses");
        let outer = parse_world(OUTER).expect("the committed world-outer.json parses");
        let whole = world();
        assert_eq!(
            first.codes().collect::<Vec<_>>(),
            whole.codes().collect::<Vec<_>>()
        );
        assert_eq!(
            first.pending().collect::<Vec<_>>(),
            outer.codes().collect::<Vec<_>>()
        );
        assert!(outer.is_complete() && whole.is_complete());

        // Every shape that reaches into the cover is drawn by the first file (so a view
        // inside it needs nothing else), and the outer file draws only shapes that stay
        // out of it.
        let projection = EqualEarth::new();
        let cover = first_view_cover(&projection);
        for shape in &whole.shapes {
            let meets = shape
                .plane_bounds(&projection)
                .is_some_and(|b| b.meets(cover));
            let own = first.shape(shape.code).expect("listed");
            assert_eq!(own.is_pending(), !meets, "{}", shape.code);
            if meets {
                assert_eq!(own, shape, "{}", shape.code);
            }
        }
        // The OTS, their neighbours and the diaspora's nearest hosts come first; the
        // Americas, Australia and Antarctica later.
        for text in OTS
            .iter()
            .chain(&["RUS", "CHN", "IRN", "DEU", "FRA", "CYP", "EGY"])
        {
            assert!(!first.shape(code(text)).expect(text).is_pending(), "{text}");
        }
        for text in ["USA", "BRA", "AUS", "ATA"] {
            assert!(first.shape(code(text)).expect(text).is_pending(), "{text}");
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
