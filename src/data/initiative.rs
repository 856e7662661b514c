//! OTS diaspora initiatives (`diaspora.json`, list `initiatives`).

use super::declare::{record, words};
use super::fields::{Codes, Id, Ids, OptText, Sources, Text, Word};
use super::source::Source;
use crate::world::CountryCode;

record! {
    /// A recurring OTS diaspora activity and the events that belong to it. Its event ids
    /// are checked later, against all of `events.json`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Initiative {
        /// Stable kebab-case id.
        id: String = Id,
        /// Its name.
        name: String = Text,
        /// What form it takes.
        kind: InitiativeKind = Word<InitiativeKind>,
        /// What it does, in a few sentences.
        summary: String = Text,
        /// Countries taking part.
        countries: Vec<CountryCode> = Codes,
        /// Ids of its sessions in `events.json`, oldest first.
        events: Vec<String> = Ids,
        /// Where the facts come from.
        sources: Vec<Source> = Sources,
        /// What is uncertain or interpreted, if anything.
        uncertainty: Option<String> = OptText,
    }
}

words! {
    /// What form an initiative takes.
    pub enum InitiativeKind {
        /// A standing mechanism of national institutions (ministerial meetings).
        Platform,
        /// A strategy document.
        Strategy,
        /// An expert working group.
        WorkingGroup,
        /// A forum series.
        Forum,
        /// A training programme.
        Training,
        /// An exchange-of-experience programme.
        Exchange,
        /// A youth forum series.
        YouthForum,
        /// An internship programme.
        Internship,
    }
}
