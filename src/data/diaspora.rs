//! Reading `diaspora.json`: national institutions, OTS initiatives and population figures.

use super::checker::{Checker, Json};
use super::figure::Figure;
use super::initiative::Initiative;
use super::institution::Institution;
use super::records::{Field, Kind, Loaded, Shape};

const FILE: Shape = &[
    Field::new("institutions", Kind::List),
    Field::new("initiatives", Kind::List),
    Field::new("figures", Kind::List),
];

/// The three lists of `diaspora.json`, checked.
#[derive(Default)]
pub(crate) struct DiasporaLists {
    /// The national diaspora institutions.
    pub institutions: Loaded<Institution>,
    /// The OTS diaspora initiatives.
    pub initiatives: Loaded<Initiative>,
    /// The population figures.
    pub figures: Loaded<Figure>,
}

/// Reads and checks `diaspora.json`.
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> DiasporaLists {
    let mut lists = DiasporaLists::default();
    let Some(mut file) = c.parse_file(json, FILE) else {
        return lists;
    };
    lists.institutions = c.load_list(&mut file, "institutions", "id");
    lists.initiatives = c.load_list(&mut file, "initiatives", "id");
    lists.figures = c.load_list(&mut file, "figures", "id");
    lists
}
