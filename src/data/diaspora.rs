//! Reading `diaspora.json`: national institutions, OTS initiatives and population figures.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::figure::{Figure, RawFigure};
use super::initiative::{Initiative, RawInitiative};
use super::institution::{Institution, RawInstitution};
use super::records::Loaded;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    institutions: Vec<Value>,
    initiatives: Vec<Value>,
    figures: Vec<Value>,
}

/// The three lists of `diaspora.json`, checked.
#[derive(Default)]
pub(crate) struct DiasporaLists {
    pub institutions: Loaded<Institution>,
    pub initiatives: Loaded<Initiative>,
    pub figures: Loaded<Figure>,
}

/// Reads and checks `diaspora.json`.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> DiasporaLists {
    let mut lists = DiasporaLists::default();
    let Some(file) = c
        .parse_json(text)
        .and_then(|value| c.parse_shape::<RawFile>(None, value))
    else {
        return lists;
    };
    lists.institutions = c.load_list(
        "institutions",
        "id",
        file.institutions,
        RawInstitution::convert,
    );
    lists.initiatives = c.load_list(
        "initiatives",
        "id",
        file.initiatives,
        RawInitiative::convert,
    );
    lists.figures = c.load_list("figures", "id", file.figures, RawFigure::convert);
    lists
}
