//! How each kind of field is read: the [`Read`] readers that a [`record!`] declaration
//! names once per field. A reader knows what the field may hold in the file (for the
//! record's [`Shape`]), how to take it out of a checked [`Record`], and which checks of
//! the [`Checker`] it passes through.
//!
//! [`record!`]: super::declare::record
//! [`Shape`]: super::records::Shape

use super::checker::Checker;
use super::date::FuzzyDate;
use super::declare::reader;
use super::place::{PLACE, Place, read_place};
use super::records::{Int, Kind, Record, Shape};
use super::source::Source;
use crate::world::CountryCode;

/// How one field of a record is read and checked.
pub(crate) trait Read {
    /// What the field may hold in the file.
    const KIND: Kind;
    /// What reading yields; the record's own checks see this.
    type Out;
    /// The field's type in the record.
    type Field;
    /// Takes the field `name` out of a record whose shape has been checked, and notes its
    /// problems against `record`.
    fn read(raw: &mut Record, name: &str, c: &mut Checker<'_>, record: &str) -> Self::Out;
    /// The field's value, or `None` when it could not be read (a problem was noted).
    fn done(out: Self::Out) -> Option<Self::Field>;
}

/// A record type declared with [`record!`]: its shape and how a record of that shape is
/// checked.
///
/// [`record!`]: super::declare::record
pub(crate) trait Declared: Sized {
    /// The fields of the record as written in the file, in declaration order.
    const SHAPE: Shape;
    /// Reads and checks a record of [`Declared::SHAPE`], labelled `record` in messages;
    /// `None` when a problem was noted.
    fn convert(raw: Record, c: &mut Checker<'_>, record: &str) -> Option<Self>;
}

/// An enum whose values are written as words in the files (see [`words!`]).
///
/// [`words!`]: super::declare::words
pub(crate) trait Words: Copy + 'static {
    /// The words, in the order of the enum's variants.
    const WORDS: &'static [&'static str];
    /// The value of the word at `index` in [`Words::WORDS`].
    fn nth(index: usize) -> Self;
}

reader! {
    /// A kebab-case id (see [`Checker::id`]).
    Id: Kind::Str => String, |raw, name, c, record| {
        let id = raw.str(name);
        c.id(record, &id);
        id
    }
}

reader! {
    /// A required text, neither blank nor padded (see [`Checker::text`]).
    Text: Kind::Str => String, |raw, name, c, record| c.text(record, name, raw.str(name))
}

reader! {
    /// An optional text, not blank nor padded when given.
    OptText: Kind::OptStr => Option<String>,
        |raw, name, c, record| c.optional_text(record, name, raw.opt_str(name))
}

reader! {
    /// A required string as written, checked elsewhere (a reference to another record).
    Plain: Kind::Str => String, |raw, name, _c, _record| raw.str(name)
}

reader! {
    /// A list of strings as written, absent reading as empty (ids of other records,
    /// checked later against their files).
    Ids: Kind::StrsOr => Vec<String>, |raw, name, _c, _record| raw.strs(name)
}

reader! {
    /// An optional country code; a wrong one is noted and reads as absent.
    OptCode: Kind::OptStr => Option<CountryCode>,
        |raw, name, c, record| raw.opt_str(name).and_then(|code| c.code(record, name, &code))
}

reader! {
    /// Country codes, each known and listed once (see [`Checker::codes`]).
    Codes: Kind::StrsOr => Vec<CountryCode>,
        |raw, name, c, record| c.codes(record, name, &raw.strs(name))
}

reader! {
    /// The record's sources: at least one, each an http(s) address, none twice.
    Sources: Kind::StrsOr => Vec<Source>,
        |raw, name, c, record| c.sources(record, name, &raw.strs(name))
}

reader! {
    /// `true` or `false`.
    Flag: Kind::Bool => bool, |raw, name, _c, _record| raw.bool(name)
}

reader! {
    /// An optional place; a wrong one is noted and reads as absent.
    OptPlace: Kind::OptObj(PLACE) => Option<Place>,
        |raw, name, c, record| raw.obj(name).and_then(|place| read_place(place, c, record, name))
}

reader! {
    /// A required country code, known to the map. It is left in the record, as a
    /// country's capital takes it.
    Code: Kind::Str => required CountryCode,
        |raw, name, c, record| c.code(record, name, raw.peek_str(name))
}

reader! {
    /// A required date in any of the JSON forms (see `date.rs`).
    Date: Kind::Any => required FuzzyDate,
        |raw, name, c, record| c.date(record, name, &raw.any(name))
}

reader! {
    /// An optional date (see `date.rs`).
    OptDate: Kind::OptAny => optional FuzzyDate,
        |raw, name, c, record| raw.opt_any(name).map(|value| c.date(record, name, &value))
}

reader! {
    /// A required place (see [`read_place`]).
    PlaceIn: Kind::Obj(PLACE) => required Place,
        |raw, name, c, record| raw.obj(name).and_then(|place| read_place(place, c, record, name))
}

/// An integer type a field may hold.
pub(crate) trait Integer: Sized + Default {
    /// The type as the shape check names it.
    const INT: Int;
    /// The field `name`, of this type (the shape check has made sure that it fits).
    fn get(raw: &Record, name: &str) -> Option<Self>;
}

/// Implements [`Integer`] for types whose values the file writes as unsigned or signed
/// numbers.
macro_rules! integers {
    ($($ty:ident: $int:ident from $getter:ident),*) => {$(
        impl Integer for $ty {
            const INT: Int = Int::$int;
            fn get(raw: &Record, name: &str) -> Option<$ty> {
                raw.$getter(name).and_then(|n| $ty::try_from(n).ok())
            }
        }
    )*};
}

integers!(u8: U8 from unsigned, u32: U32 from unsigned, u64: U64 from unsigned, i32: I32 from signed);

reader! {
    /// A required integer of type `T`.
    Whole<T: Integer>: Kind::Int(T::INT) => T,
        |raw, name, _c, _record| T::get(raw, name).unwrap_or_default()
}

reader! {
    /// An optional integer of type `T`.
    OptWhole<T: Integer>: Kind::OptInt(T::INT) => Option<T>,
        |raw, name, _c, _record| T::get(raw, name)
}

reader! {
    /// One of the words of `T`.
    Word<T: Words>: Kind::Word(T::WORDS) => T,
        |raw, name, _c, _record| T::nth(raw.word(name, T::WORDS))
}

reader! {
    /// One of the words of `T`; absent reads as the first.
    WordOr<T: Words>: Kind::WordOr(T::WORDS) => T,
        |raw, name, _c, _record| T::nth(raw.word(name, T::WORDS))
}
