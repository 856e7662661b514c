//! Countries (`countries.json`): the OTS members and observers, plus other countries the
//! data has something to say about.

use serde::Deserialize;
use serde_json::Value;

use super::checker::Checker;
use super::date::FuzzyDate;
use super::place::Place;
use super::records::Loaded;
use super::source::Source;
use crate::world::CountryCode;

/// A country's standing in the OTS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// A full member state.
    Member,
    /// An observer (a state or, for Northern Cyprus, a contested observer standing).
    Observer,
}

impl Status {
    /// The word for the status, e.g. `member`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Observer => "observer",
        }
    }
}

/// What a country note is about, so the UI can put recognition notes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteTopic {
    /// Recognition as a state (Northern Cyprus, Cyprus).
    Recognition,
    /// OTS membership or observer standing.
    Membership,
    /// OTS chairmanship.
    Chairmanship,
    /// Names and renamings.
    Naming,
    /// How map data sets represent the country.
    Geodata,
    /// History before or around the OTS's founding.
    History,
    /// Diaspora and kin populations.
    Diaspora,
    /// Days the country observes.
    Observance,
    /// Anything else.
    General,
}

/// A sourced remark about a country, in neutral words.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// What the note is about.
    pub topic: NoteTopic,
    /// The remark.
    pub text: String,
    /// Where it comes from.
    pub sources: Vec<Source>,
    /// Why the remark is uncertain, if it is.
    pub uncertainty: Option<String>,
}

/// A country's OTS standing and since when it holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    /// Member or observer.
    pub status: Status,
    /// When the country gained this status.
    pub since: FuzzyDate,
    /// True for the four signatories of the 2009 Nakhchivan Agreement.
    pub founding_member: bool,
    /// Where the status is documented.
    pub sources: Vec<Source>,
    /// Why the status or its date is uncertain or contested, if it is.
    pub uncertainty: Option<String>,
}

/// A country or territory with what the atlas knows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// The code of its map shape.
    pub code: CountryCode,
    /// The name to display, e.g. `Türkiye`.
    pub name: String,
    /// The official long name, if recorded.
    pub official_name: Option<String>,
    /// ISO 3166-1 alpha-2 code; `None` where there is none (Northern Cyprus).
    pub iso_a2: Option<String>,
    /// ISO 3166-1 numeric code as three digits; `None` where there is none.
    pub iso_n3: Option<String>,
    /// The capital (or administrative seat) with its pin.
    pub capital: Option<Place>,
    /// OTS standing; `None` for countries outside the OTS.
    pub membership: Option<Membership>,
    /// Sourced remarks, recognition notes first in the file.
    pub notes: Vec<Note>,
    /// Where the record's basic facts come from.
    pub sources: Vec<Source>,
    /// Why the record is uncertain, if it is.
    pub uncertainty: Option<String>,
}

impl Country {
    /// The OTS status, if any.
    pub fn status(&self) -> Option<Status> {
        self.membership.as_ref().map(|m| m.status)
    }

    /// The notes on one topic, in file order.
    pub fn notes_about(&self, topic: NoteTopic) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.topic == topic)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    countries: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    name: String,
    official_name: Option<String>,
    iso_a2: Option<String>,
    iso_n3: Option<String>,
    capital: Option<RawCapital>,
    membership: Option<RawMembership>,
    #[serde(default)]
    notes: Vec<RawNote>,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCapital {
    name: String,
    lon: f64,
    lat: f64,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMembership {
    status: Status,
    since: Value,
    founding_member: bool,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    topic: NoteTopic,
    text: String,
    #[serde(default)]
    sources: Vec<String>,
    uncertainty: Option<String>,
}

/// Reads and checks `countries.json`. The ids returned are the codes as written.
pub(crate) fn load(text: &str, c: &mut Checker<'_>) -> Loaded<Country> {
    let Some(file) = c
        .parse_json(text)
        .and_then(|value| c.parse_shape::<RawFile>(None, value))
    else {
        return Loaded::default();
    };
    c.load_list("countries", "code", file.countries, convert)
}

fn convert(raw: RawCountry, c: &mut Checker<'_>, record: &str) -> Option<Country> {
    let before = c.error_count();
    let code = c.code(record, "code", &raw.code);
    let name = c.text(record, "name", raw.name);
    let official_name = c.optional_text(record, "official_name", raw.official_name);
    let iso_a2 = raw.iso_a2.inspect(|a2| {
        if a2.len() != 2 || !a2.bytes().all(|b| b.is_ascii_uppercase()) {
            c.report(
                record,
                "iso_a2",
                format!("\"{a2}\" is not two upper-case letters"),
            );
        }
    });
    let iso_n3 = raw.iso_n3.inspect(|n3| {
        if n3.len() != 3 || !n3.bytes().all(|b| b.is_ascii_digit()) {
            c.report(record, "iso_n3", format!("\"{n3}\" is not three digits"));
        }
    });
    let capital = raw.capital.and_then(|capital| {
        let name = c.text(record, "capital.name", capital.name);
        let note = c.optional_text(record, "capital.note", capital.note);
        let position = c.position(record, "capital", Some(capital.lon), Some(capital.lat))?;
        Some(Place {
            name,
            country: code?,
            position,
            note,
        })
    });
    let membership = raw.membership.and_then(|m| {
        let since = c.date(record, "membership.since", &m.since);
        let sources = c.sources(record, "membership.sources", &m.sources);
        let uncertainty = c.optional_text(record, "membership.uncertainty", m.uncertainty);
        Some(Membership {
            status: m.status,
            since: since?,
            founding_member: m.founding_member,
            sources,
            uncertainty,
        })
    });
    let notes = raw
        .notes
        .into_iter()
        .enumerate()
        .map(|(i, note)| Note {
            topic: note.topic,
            text: c.text(record, &format!("notes[{i}].text"), note.text),
            sources: c.sources(record, &format!("notes[{i}].sources"), &note.sources),
            uncertainty: c.optional_text(
                record,
                &format!("notes[{i}].uncertainty"),
                note.uncertainty,
            ),
        })
        .collect();
    let sources = c.sources(record, "sources", &raw.sources);
    let uncertainty = c.optional_text(record, "uncertainty", raw.uncertainty);
    if c.error_count() > before {
        return None;
    }
    Some(Country {
        code: code?,
        name,
        official_name,
        iso_a2,
        iso_n3,
        capital,
        membership,
        notes,
        sources,
        uncertainty,
    })
}
