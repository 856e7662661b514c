//! The atlas's facts: typed records read from the seven JSON files in `public/data/`,
//! checked together so that every fact shown carries an http(s) source, every date is a
//! real date, every country code exists on the map and every reference resolves.
//!
//! Pure code (no leptos, no web-sys): it compiles natively and for wasm32. The UI fetches
//! the files, calls [`Dataset::load`] with the map's country codes, and then only queries
//! the immutable [`Dataset`]. `cargo run --bin check-data` runs the same checks on disk.
//! The file formats are described in `docs/DATA.md`.
//!
//! Each record type is declared once with `record!` and each list of words with `words!`
//! (`declare.rs`); a field's reader (`fields.rs`) names what it may hold and runs the
//! checks of one field that every record shares (`checker.rs`). A record's own checks
//! stand among its fields; the checks across records and files are in `cross_check.rs`.

pub mod changelog;
mod checker;
pub mod country;
mod cross_check;
pub mod dataset;
pub mod date;
mod declare;
mod diaspora;
pub mod error;
pub mod event;
mod fields;
pub mod figure;
pub mod first_view;
pub mod hosts;
pub mod initiative;
pub mod institution;
pub mod observance;
pub mod office;
pub mod organization;
pub mod place;
pub mod publisher;
pub mod query;
pub mod quote;
mod records;
pub mod related_body;
pub mod source;
pub mod summit;
pub mod tour;

#[cfg(test)]
mod tests;

pub use changelog::{Change, LogEntry};
pub use country::{Country, Membership, Note, NoteTopic, Status};
pub use dataset::{
    DataFiles, DataTexts, DataValues, Dataset, FILE_NAMES, NO_CHANGELOG, NO_DIASPORA,
    NO_PUBLISHERS, NO_QUOTES, Unreadable,
};
pub use date::{FuzzyDate, PartialDate, Precision};
pub use error::DataError;
pub use event::{Event, EventKind, EventStatus};
pub use figure::{Amount, Confidence, Figure, PopulationKind};
pub use first_view::FIRST_VIEW_FILE;
pub use initiative::{Initiative, InitiativeKind};
pub use institution::Institution;
pub use observance::Observance;
pub use office::{Chairmanship, SecretaryGeneral};
pub use organization::{Fact, ObserverOrganization, Organization, Organs};
pub use place::Place;
pub use publisher::{Publisher, PublisherKind, copy_host_reason, publisher_of};
pub use query::Item;
pub use quote::{Dispute, Quote, QuoteTheme, TextOrigin};
pub use related_body::RelatedBody;
pub use source::Source;
pub use summit::{Summit, SummitRef, SummitSeries};
pub use tour::{StepView, TOURS_FILE, Tour, TourLayer, TourStep, load_tours, load_tours_value};
