//! Diaspora flows: a great-circle arc from the origin country to each host country, as
//! wide as the square root of the population, split where it crosses the antimeridian.

use super::population_scale::PopulationScale;
use crate::data::{Amount, Dataset, Figure, PopulationKind};
use crate::geo::frame::around;
use crate::geo::great_circle::{interpolate, split_at_antimeridian};
use crate::geo::path::polyline_path;
use crate::geo::{Bounds, EqualEarth, LonLat, PlanePoint};
use crate::sort::sort_by;
use crate::world::{CountryCode, CountryPath};

/// Segments per arc: smooth at any zoom the map allows for such long lines.
const ARC_SEGMENTS: usize = 48;

/// Which flows to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowSelection {
    /// Every figure in the data.
    All,
    /// Figures of people from this country.
    From(CountryCode),
    /// Figures of people living in this country.
    Into(CountryCode),
}

/// One drawn flow.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// The figure's id.
    pub id: String,
    /// Where the people come from.
    pub origin: CountryCode,
    /// Where they live.
    pub host: CountryCode,
    /// SVG path data of the arc in plane units (several pieces if it crosses ±180°).
    pub d: String,
    /// The plane rectangle the arc's points span (the whole map's width for an arc cut
    /// at ±180°).
    pub bounds: Bounds,
    /// The host end of the arc, for the dot drawn there.
    pub host_at: PlanePoint,
    /// Width for the lower (or only) figure, in screen pixels.
    pub width_low: f64,
    /// Width for the upper figure of a range (equal to `width_low` otherwise).
    pub width_high: f64,
    /// The figure as given.
    pub amount: Amount,
    /// The year of the figure.
    pub year: Option<i32>,
    /// How many sources give the figure.
    pub source_count: usize,
    /// True for a native community across a border rather than a diaspora.
    pub native: bool,
}

/// The flows to draw for `selection`, widest first so that thin ones stay on top.
pub fn build_flows(
    data: &Dataset,
    paths: &[CountryPath],
    projection: &EqualEarth,
    selection: FlowSelection,
    scale: &PopulationScale,
) -> Vec<Flow> {
    let mut flows: Vec<Flow> = data
        .figures()
        .iter()
        .filter(|f| match selection {
            FlowSelection::All => true,
            FlowSelection::From(code) => f.origin == code,
            FlowSelection::Into(code) => f.host == code,
        })
        .filter_map(|f| flow_for(f, data, paths, projection, scale))
        .collect();
    sort_by(&mut flows, |a, b| {
        b.width_high
            .total_cmp(&a.width_high)
            .then_with(|| a.id.cmp(&b.id))
            .is_lt()
    });
    flows
}

fn flow_for(
    figure: &Figure,
    data: &Dataset,
    paths: &[CountryPath],
    projection: &EqualEarth,
    scale: &PopulationScale,
) -> Option<Flow> {
    let from = endpoint(figure.origin, data, paths, projection)?;
    let to = endpoint(figure.host, data, paths, projection)?;
    let line = interpolate(from, to, ARC_SEGMENTS);
    let mut d = String::new();
    let mut bounds: Option<Bounds> = None;
    for piece in split_at_antimeridian(&line) {
        let points: Vec<PlanePoint> = piece
            .iter()
            .map(|&p| projection.plane_from_lon_lat(p))
            .collect();
        let Some(piece_bounds) = Bounds::of_points(points.iter().copied()) else {
            continue;
        };
        bounds = Some(bounds.map_or(piece_bounds, |b| b.union(piece_bounds)));
        d.push_str(&polyline_path(points));
    }
    Some(Flow {
        id: figure.id.clone(),
        origin: figure.origin,
        host: figure.host,
        d,
        bounds: bounds?,
        host_at: projection.plane_from_lon_lat(to),
        width_low: scale.width(figure.amount.lower()),
        width_high: scale.width(figure.amount.upper()),
        amount: figure.amount,
        year: figure.year,
        source_count: figure.sources.len(),
        native: figure.kind == PopulationKind::Native,
    })
}

/// Margin around the flows a chosen country's view frames, as a fraction of their size on
/// every side: room for the dots at their ends.
const FLOWS_FRAME_MARGIN: f64 = 0.04;

/// The plane rectangle that shows every flow in `flows` whole, with the chosen country's
/// box `country`: what the map frames when the diaspora layer shows a country's flows (a
/// little margin added). `None` when there is no flow.
pub fn flows_frame(flows: &[Flow], country: Option<Bounds>) -> Option<Bounds> {
    let arcs = flows.iter().map(|f| f.bounds).reduce(|a, b| a.union(b))?;
    let all = country.map_or(arcs, |c| arcs.union(c));
    Some(around(all, FLOWS_FRAME_MARGIN, 0.0))
}

/// Where a flow starts or ends: the capital if the data has one, else the middle of the
/// country's largest polygon. `None` (and no flow) if the map lacks the country.
fn endpoint(
    code: CountryCode,
    data: &Dataset,
    paths: &[CountryPath],
    projection: &EqualEarth,
) -> Option<LonLat> {
    if let Some(capital) = data
        .country(code)
        .and_then(|c| c.capital.as_ref())
        .and_then(|c| c.position)
    {
        return Some(capital);
    }
    let path = paths.iter().find(|p| p.code == code)?;
    Some(projection.lon_lat_from_plane(path.anchor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::PLANE_WIDTH;
    use crate::test_support::{real_dataset, real_dataset_editing, real_world};
    use crate::world::project_world;

    fn flows(selection: FlowSelection) -> Vec<Flow> {
        let projection = EqualEarth::new();
        let paths = project_world(&real_world(), &projection);
        build_flows(
            &real_dataset(),
            &paths,
            &projection,
            selection,
            &PopulationScale::default(),
        )
    }

    #[test]
    fn turkiye_has_a_flow_to_germany_with_its_figure() {
        let tur = CountryCode::from_static("TUR");
        let list = flows(FlowSelection::From(tur));
        let germany = list
            .iter()
            .find(|f| f.host == CountryCode::from_static("DEU"))
            .expect("a flow to Germany");
        assert_eq!(germany.origin, tur);
        assert!(!germany.native);
        assert!(germany.amount.lower() >= 1_000_000);
        assert!(germany.d.starts_with('M'));
        // Widest first.
        assert!(list.windows(2).all(|w| w[0].width_high >= w[1].width_high));
    }

    #[test]
    fn a_countrys_flows_frame_holds_every_arc_its_ends_and_the_country() {
        let tur = CountryCode::from_static("TUR");
        let list = flows(FlowSelection::From(tur));
        let projection = EqualEarth::new();
        let paths = project_world(&real_world(), &projection);
        let country = paths
            .iter()
            .find(|p| p.code == tur)
            .expect("Türkiye")
            .main_bounds;
        let frame = flows_frame(&list, Some(country)).expect("a frame");
        assert!(frame.encloses(country));
        for flow in &list {
            assert!(frame.encloses(flow.bounds), "{}", flow.id);
            assert!(frame.contains(flow.host_at), "{}", flow.id);
        }
        // Germany, the Netherlands and the United States are all in it, so the frame
        // reaches well west of Türkiye.
        let host = |code| {
            list.iter()
                .find(|f| f.host == CountryCode::from_static(code))
                .unwrap_or_else(|| panic!("a flow to {code}"))
                .host_at
        };
        for code in ["DEU", "NLD", "USA"] {
            assert!(frame.contains(host(code)), "{code}");
        }
        // A margin on every side for the dots at the ends.
        let arcs = list
            .iter()
            .map(|f| f.bounds)
            .reduce(|a, b| a.union(b))
            .expect("arcs")
            .union(country);
        assert!(frame.min.x < arcs.min.x && frame.min.y < arcs.min.y);
        assert!(frame.max.x > arcs.max.x && frame.max.y > arcs.max.y);
        assert!(frame.width() < arcs.width() * 1.1);
    }

    #[test]
    fn a_flows_bounds_are_those_of_its_arc() {
        for flow in flows(FlowSelection::All) {
            let points: Vec<PlanePoint> = flow
                .d
                .split(['M', ' '])
                .filter_map(|pair| {
                    let (x, y) = pair.split_once(',')?;
                    Some(PlanePoint::new(x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            let drawn = Bounds::of_points(points).expect("points");
            // The path's numbers are rounded to 3 decimals.
            for (a, b) in [
                (drawn.min.x, flow.bounds.min.x),
                (drawn.min.y, flow.bounds.min.y),
                (drawn.max.x, flow.bounds.max.x),
                (drawn.max.y, flow.bounds.max.y),
            ] {
                assert!((a - b).abs() < 0.01, "{}: {a} against {b}", flow.id);
            }
        }
    }

    #[test]
    fn no_flows_no_frame_and_without_a_country_only_the_arcs() {
        assert_eq!(flows_frame(&[], None), None);
        let list = flows(FlowSelection::From(CountryCode::from_static("TUR")));
        let far_away = Bounds {
            min: PlanePoint::new(-5000.0, -5000.0),
            max: PlanePoint::new(-4000.0, -4000.0),
        };
        assert_eq!(flows_frame(&[], Some(far_away)), None);
        let with = flows_frame(&list, Some(far_away)).expect("a frame");
        let without = flows_frame(&list, None).expect("a frame");
        assert!(with.encloses(far_away) && !without.encloses(far_away));
    }

    #[test]
    fn native_communities_are_marked_as_such() {
        let list = flows(FlowSelection::From(CountryCode::from_static("AZE")));
        let iran = list
            .iter()
            .find(|f| f.host == CountryCode::from_static("IRN"))
            .expect("Azerbaijanis in Iran");
        assert!(iran.native);
        assert!(
            iran.width_high > iran.width_low,
            "a range is drawn as two widths"
        );
    }

    #[test]
    fn every_flow_has_an_arc_without_streaks() {
        for flow in flows(FlowSelection::All) {
            for piece in flow.d.split('M').filter(|s| !s.is_empty()) {
                let xs: Vec<f64> = piece
                    .split(' ')
                    .filter_map(|pair| pair.split(',').next()?.parse().ok())
                    .collect();
                assert!(
                    xs.windows(2).all(|w| (w[1] - w[0]).abs() < 250.0),
                    "{}",
                    flow.id
                );
            }
        }
    }

    /// The real data with one made-up figure more: Kazakhs in Samoa. From Astana (71°E) to
    /// Samoa (172°W) the short way is east, 116° of longitude across the Pacific, so the
    /// arc crosses 180°; no real figure does.
    fn flows_with_kazakhs_in_samoa() -> Vec<Flow> {
        let data = real_dataset_editing("diaspora.json", |diaspora| {
            let figures = diaspora["figures"]
                .as_array_mut()
                .expect("a list of figures");
            let mut samoa = figures[0].clone();
            samoa["id"] = "kaz-in-wsm-2024".into();
            samoa["origin"] = "KAZ".into();
            samoa["host"] = "WSM".into();
            samoa["value"] = 1000.into();
            figures.push(samoa);
        });
        let projection = EqualEarth::new();
        build_flows(
            &data,
            &project_world(&real_world(), &projection),
            &projection,
            FlowSelection::From(CountryCode::from_static("KAZ")),
            &PopulationScale::default(),
        )
    }

    #[test]
    fn an_arc_across_the_pacific_is_split_at_the_antimeridian_into_two_pieces() {
        let flows = flows_with_kazakhs_in_samoa();
        let samoa = flows
            .iter()
            .find(|f| f.host == CountryCode::from_static("WSM"))
            .expect("a flow to Samoa");
        let pieces: Vec<Vec<(f64, f64)>> = samoa
            .d
            .split('M')
            .filter(|s| !s.is_empty())
            .map(|piece| {
                piece
                    .split(' ')
                    .map(|pair| {
                        let (x, y) = pair.split_once(',').expect("an x,y pair");
                        (x.parse().expect("x"), y.parse().expect("y"))
                    })
                    .collect()
            })
            .collect();
        assert_eq!(pieces.len(), 2, "{}", samoa.d);
        for piece in &pieces {
            assert!(
                piece
                    .windows(2)
                    .all(|w| (w[1].0 - w[0].0).abs() < PLANE_WIDTH / 4.0),
                "a piece jumps across the map: {}",
                samoa.d
            );
        }
        // Out of Asia to the eastern edge, then on from the western edge at the same height.
        let (east_end, west_start) = (pieces[0][pieces[0].len() - 1], pieces[1][0]);
        assert!(pieces[0][0].0 > 0.0 && east_end.0 > 0.0 && west_start.0 < 0.0);
        assert!((east_end.0 + west_start.0).abs() < 0.02 && east_end.1 == west_start.1);
        let end = pieces[1][pieces[1].len() - 1];
        assert!((end.0 - samoa.host_at.x).abs() < 0.01 && (end.1 - samoa.host_at.y).abs() < 0.01);
    }

    #[test]
    fn selecting_a_host_shows_the_flows_into_it() {
        let list = flows(FlowSelection::Into(CountryCode::from_static("RUS")));
        assert!(list.len() >= 3);
        assert!(
            list.iter()
                .all(|f| f.host == CountryCode::from_static("RUS"))
        );
    }
}
