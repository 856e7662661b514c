//! Countries (`countries.json`): the OTS members and observers, plus other countries the
//! data has something to say about.

use super::checker::{Checker, Json};
use super::date::FuzzyDate;
use super::declare::{reader, record, words};
use super::fields::{Code, OptText, Sources, Text, Words};
use super::place::Place;
use super::records::{Field, Kind, Loaded, Shape};
use super::source::Source;
use crate::world::CountryCode;

words! {
    /// A country's standing in the OTS.
    pub enum Status {
        /// A full member state.
        Member,
        /// An observer (a state or, for Northern Cyprus, a contested observer standing).
        Observer,
    }
}

impl Status {
    /// The word for the status, e.g. `member`.
    pub fn label(self) -> &'static str {
        self.key()
    }
}

words! {
    /// What a country note is about, so the UI can put recognition notes first.
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

record! {
    /// A country or territory with what the atlas knows about it.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Country {
        /// The code of its map shape.
        code: CountryCode = Code,
        /// The name to display, e.g. `Türkiye`.
        name: String = Text,
        /// The official long name, if recorded.
        official_name: Option<String> = OptText,
        /// ISO 3166-1 alpha-2 code; `None` where there is none (Northern Cyprus).
        iso_a2: Option<String> = IsoA2,
        /// ISO 3166-1 numeric code as three digits; `None` where there is none.
        iso_n3: Option<String> = IsoN3,
        /// The capital (or administrative seat) with its pin.
        capital: Option<Place> = Capital,
        /// OTS standing; `None` for countries outside the OTS.
        membership: Option<Membership> = MembershipOf,
        /// Sourced remarks, recognition notes first in the file.
        notes: Vec<Note> = Notes,
        /// Where the record's basic facts come from.
        sources: Vec<Source> = Sources,
        /// Why the record is uncertain, if it is.
        uncertainty: Option<String> = OptText,
    }
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

const FILE: Shape = &[Field::new("countries", Kind::List)];

const CAPITAL: Shape = &[
    Field::new("name", Kind::Str),
    Field::new("lon", Kind::F64),
    Field::new("lat", Kind::F64),
    Field::new("note", Kind::OptStr),
];

const MEMBERSHIP: Shape = &[
    Field::new("status", Kind::Word(Status::WORDS)),
    Field::new("since", Kind::Any),
    Field::new("founding_member", Kind::Bool),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

const NOTE: Shape = &[
    Field::new("topic", Kind::Word(NoteTopic::WORDS)),
    Field::new("text", Kind::Str),
    Field::new("sources", Kind::StrsOr),
    Field::new("uncertainty", Kind::OptStr),
];

/// Reads and checks `countries.json`. The ids returned are the codes as written.
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> Loaded<Country> {
    let Some(mut file) = c.parse_file(json, FILE) else {
        return Loaded::default();
    };
    c.load_list(&mut file, "countries", "code")
}

reader! {
    /// An ISO 3166-1 alpha-2 code, if any: two upper-case letters.
    IsoA2: Kind::OptStr => Option<String>, |raw, name, c, record| {
        raw.opt_str(name).inspect(|a2| {
            if a2.len() != 2 || !a2.bytes().all(|b| b.is_ascii_uppercase()) {
                c.report(record, name, format!("\"{a2}\" is not two upper-case letters"));
            }
        })
    }
}

reader! {
    /// An ISO 3166-1 numeric code, if any: three digits.
    IsoN3: Kind::OptStr => Option<String>, |raw, name, c, record| {
        raw.opt_str(name).inspect(|n3| {
            if n3.len() != 3 || !n3.bytes().all(|b| b.is_ascii_digit()) {
                c.report(record, name, format!("\"{n3}\" is not three digits"));
            }
        })
    }
}

reader! {
    /// The capital, a place of the [`CAPITAL`] shape in the country itself: it takes the
    /// record's `code` (left in place by [`Code`]; a wrong one is reported there and drops
    /// the record).
    Capital: Kind::OptObj(CAPITAL) => Option<Place>, |raw, field, c, record| {
        let code = CountryCode::parse(raw.peek_str("code")).ok();
        let mut capital = raw.obj(field)?;
        let name = c.text(record, "capital.name", capital.str("name"));
        let note = c.optional_text(record, "capital.note", capital.opt_str("note"));
        let position = c.position(record, "capital", capital.f64("lon"), capital.f64("lat"))?;
        Some(Place { name, country: code?, position, note })
    }
}

reader! {
    /// The OTS standing, if any, of the [`MEMBERSHIP`] shape.
    MembershipOf: Kind::OptObj(MEMBERSHIP) => Option<Membership>, |raw, field, c, record| {
        let mut m = raw.obj(field)?;
        let since = c.date(record, "membership.since", &m.any("since"));
        let sources = c.sources(record, "membership.sources", &m.strs("sources"));
        let uncertainty =
            c.optional_text(record, "membership.uncertainty", m.opt_str("uncertainty"));
        Some(Membership {
            status: Status::nth(m.word("status", Status::WORDS)),
            since: since?,
            founding_member: m.bool("founding_member"),
            sources,
            uncertainty,
        })
    }
}

reader! {
    /// The notes, each of the [`NOTE`] shape, reported by their paths (`notes[2].text`).
    Notes: Kind::Objs(NOTE) => Vec<Note>, |raw, field, c, record| {
        let notes = raw.objs(field).into_iter().enumerate();
        notes
            .map(|(i, mut note)| Note {
                topic: NoteTopic::nth(note.word("topic", NoteTopic::WORDS)),
                text: c.text(record, &format!("notes[{i}].text"), note.str("text")),
                sources: c.sources(record, &format!("notes[{i}].sources"), &note.strs("sources")),
                uncertainty: c.optional_text(
                    record,
                    &format!("notes[{i}].uncertainty"),
                    note.opt_str("uncertainty"),
                ),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_reads_as_its_word_in_the_data() {
        assert_eq!(Status::Member.label(), "member");
        assert_eq!(Status::Observer.label(), "observer");
    }
}
