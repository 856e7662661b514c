//! Codes: the three-letter code each feature of world-atlas is written under, from
//! CLDR's territory table (ISO numeric → alpha-3), or from [`ASSIGNED`] for the features
//! without a usable numeric id. A feature without a code, or two with the same, fail the
//! build.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use ots_atlas::geo::topojson::{TopoGeometry, Topology};
use ots_atlas::world::CountryCode;

use crate::read_json;

/// Features the source does not key by an ISO numeric code, matched by their Natural
/// Earth name. Codes follow Natural Earth's ADM0_A3 (Kosovo uses the common `XKX`).
/// Ashmore and Cartier Islands carries Australia's numeric id 036 in world-atlas, so it
/// would collide with Australia: it keeps its own feature under its ADM0_A3 code.
const ASSIGNED: [Assigned; 6] = [
    Assigned::new("N. Cyprus", None, "CYN", None),
    Assigned::new("Kosovo", None, "XKX", Some("XK")),
    Assigned::new("Somaliland", None, "SOL", None),
    Assigned::new("Indian Ocean Ter.", None, "IOA", None),
    Assigned::new("Siachen Glacier", None, "KAS", None),
    Assigned::new("Ashmore and Cartier Is.", Some("036"), "ATC", None),
];

/// A code assigned by name to a feature without a usable numeric id.
struct Assigned {
    /// The world-atlas `name` property.
    name: &'static str,
    /// The id the feature has in world-atlas, if any.
    source_id: Option<&'static str>,
    /// The code the map uses.
    code: &'static str,
    /// The CLDR territory key for its names, when CLDR has one.
    cldr: Option<&'static str>,
}

impl Assigned {
    /// An entry of [`ASSIGNED`].
    const fn new(
        name: &'static str,
        source_id: Option<&'static str>,
        code: &'static str,
        cldr: Option<&'static str>,
    ) -> Self {
        Self {
            name,
            source_id,
            code,
            cldr,
        }
    }
}

/// One feature of the source with the code it will be written under.
pub struct Country<'a> {
    /// The code the feature is written under.
    pub code: CountryCode,
    /// The CLDR territory key (alpha-2) for its names, if CLDR has it.
    pub cldr: Option<String>,
    /// The feature in the source.
    pub geometry: &'a TopoGeometry,
}

/// CLDR's territory code table, reduced to current (not deprecated) territories.
pub struct CodeMappings {
    /// ISO numeric ("036") → (alpha-2, alpha-3) of every current territory with that number.
    by_numeric: HashMap<String, Vec<(String, String)>>,
}

impl CodeMappings {
    /// Reads `codeMappings.json` and `aliases.json` from CLDR's `supplemental` folder.
    pub fn load(supplemental: &Path) -> Result<Self, String> {
        let mappings: Value = read_json(&supplemental.join("codeMappings.json"))?;
        let aliases: Value = read_json(&supplemental.join("aliases.json"))?;
        let table = mappings
            .pointer("/supplemental/codeMappings")
            .and_then(Value::as_object)
            .ok_or("codeMappings.json has no supplemental.codeMappings object")?;
        let deprecated = aliases
            .pointer("/supplemental/metadata/alias/territoryAlias")
            .and_then(Value::as_object)
            .ok_or("aliases.json has no supplemental.metadata.alias.territoryAlias object")?;
        let mut by_numeric: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for (key, entry) in table {
            // Keys also include currency codes and retired territories (BU, ZR, TP…):
            // only two-letter keys that CLDR does not alias away are territories today.
            let is_alpha2 = key.len() == 2 && key.bytes().all(|b| b.is_ascii_uppercase());
            if !is_alpha2 || deprecated.contains_key(key) {
                continue;
            }
            let numeric = entry.get("_numeric").and_then(Value::as_str);
            let alpha3 = entry.get("_alpha3").and_then(Value::as_str);
            if let (Some(numeric), Some(alpha3)) = (numeric, alpha3) {
                by_numeric
                    .entry(numeric.to_owned())
                    .or_default()
                    .push((key.clone(), alpha3.to_owned()));
            }
        }
        Ok(Self { by_numeric })
    }

    /// The (alpha-2, alpha-3) pair of a numeric code, if exactly one territory has it.
    fn lookup(&self, numeric: &str) -> Result<(String, String), String> {
        match self.by_numeric.get(numeric).map(Vec::as_slice) {
            Some([one]) => Ok(one.clone()),
            Some(many) if !many.is_empty() => Err(format!(
                "numeric code {numeric} belongs to several CLDR territories: {many:?}"
            )),
            _ => Err(format!(
                "numeric code {numeric} is not in CLDR codeMappings"
            )),
        }
    }
}

/// Gives every country of the source a code, or fails listing every feature that has
/// none or shares one. Nothing is dropped silently.
pub fn assign_codes<'a>(
    topology: &'a Topology,
    mappings: &CodeMappings,
) -> Result<Vec<Country<'a>>, String> {
    let geometries = &topology
        .objects
        .get("countries")
        .ok_or("countries-50m.json has no \"countries\" object")?
        .geometries;
    let mut problems = Vec::new();
    let mut countries = Vec::new();
    let mut used = vec![false; ASSIGNED.len()];
    for (index, geometry) in geometries.iter().enumerate() {
        let label = describe(index, geometry);
        match assign_code(geometry, mappings, &mut used) {
            Ok((code, cldr)) => countries.push(Country {
                code,
                cldr,
                geometry,
            }),
            Err(problem) => problems.push(format!("{label}: {problem}")),
        }
    }
    for (entry, used) in ASSIGNED.iter().zip(&used) {
        if !used {
            problems.push(format!(
                "no feature named \"{}\" (expected for code {}); has the source changed?",
                entry.name, entry.code
            ));
        }
    }
    countries.sort_by_key(|c| c.code);
    for pair in countries.windows(2) {
        if pair[0].code == pair[1].code {
            problems.push(format!(
                "\"{}\" and \"{}\" both get code {}",
                pair[0].geometry.name(),
                pair[1].geometry.name(),
                pair[0].code
            ));
        }
    }
    if problems.is_empty() {
        Ok(countries)
    } else {
        Err(format!("cannot assign codes:\n  {}", problems.join("\n  ")))
    }
}

/// The code of one feature (and its CLDR key): from [`ASSIGNED`] by name, else from its
/// ISO numeric id. Marks the [`ASSIGNED`] entry it used in `used`.
fn assign_code(
    geometry: &TopoGeometry,
    mappings: &CodeMappings,
    used: &mut [bool],
) -> Result<(CountryCode, Option<String>), String> {
    if let Some(i) = ASSIGNED.iter().position(|a| a.name == geometry.name()) {
        let entry = &ASSIGNED[i];
        if geometry.id.as_deref() != entry.source_id {
            return Err(format!(
                "expected id {:?} for the assigned code {}, found {:?}",
                entry.source_id, entry.code, geometry.id
            ));
        }
        used[i] = true;
        let code = CountryCode::parse(entry.code).map_err(|e| e.to_string())?;
        return Ok((code, entry.cldr.map(str::to_owned)));
    }
    let id = geometry
        .id
        .as_deref()
        .ok_or("no id and no code assigned to its name in ASSIGNED")?;
    let (alpha2, alpha3) = mappings.lookup(id)?;
    let code = CountryCode::parse(&alpha3).map_err(|e| e.to_string())?;
    Ok((code, Some(alpha2)))
}

/// How a feature is named in an error: its index, name and id.
fn describe(index: usize, geometry: &TopoGeometry) -> String {
    format!(
        "feature #{index} \"{}\" (id {})",
        geometry.name(),
        geometry.id.as_deref().unwrap_or("none")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::EXTRA_NAMES;

    #[test]
    fn every_assigned_code_has_names() {
        for entry in &ASSIGNED {
            let named = entry.cldr.is_some() || EXTRA_NAMES.iter().any(|(c, _)| *c == entry.code);
            assert!(named, "{} has no names", entry.code);
        }
    }
}
