//! National diaspora institutions (`diaspora.json`, list `institutions`).

use super::date::FuzzyDate;
use super::declare::{reader, record};
use super::fields::{Code, Flag, Id, OptDate, OptText, Sources, Text};
use super::records::Kind;
use super::source::Source;
use crate::world::CountryCode;

record! {
    /// A country's body for its diaspora, or a record that none was identified.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Institution {
        /// Stable kebab-case id.
        id: String = Id,
        /// The country the institution belongs to.
        country: CountryCode = Code,
        /// False when the sources name no such body; `name` is then `None`.
        identified: bool = Flag,
        /// The English name.
        name: Option<String> = OptText,
        check(c, record) {
            match (identified, &name) {
                (true, None) => c.report(record, "name", "an identified institution needs a name"),
                (false, Some(_)) => c.report(
                    record,
                    "name",
                    "an unidentified institution must not have a name; set identified to true",
                ),
                _ => {}
            }
        }
        /// The name in the country's language.
        local_name: Option<String> = OptText,
        /// When the current body was set up, if known.
        established: Option<FuzzyDate> = OptDate,
        /// Predecessors and reorganisations, in words.
        history: Option<String> = OptText,
        /// Who heads it, with the period the sources give.
        head: Option<String> = OptText,
        /// Its website.
        website: Option<Source> = Website,
        /// What it does, in a sentence or two.
        summary: String = Text,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
        /// Why the record is uncertain, if it is.
        uncertainty: Option<String> = OptText,
        check(c, record) {
            if !identified && uncertainty.is_none() {
                c.report(
                    record,
                    "uncertainty",
                    "an unidentified institution must explain what was not found",
                );
            }
        }
    }
}

reader! {
    /// An optional web address; a wrong one is noted.
    Website: Kind::OptStr => Option<Source>, |raw, name, c, record| {
        let url = raw.opt_str(name)?;
        Source::parse(&url).map_err(|m| c.report(record, name, m)).ok()
    }
}
