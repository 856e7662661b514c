//! The declarations the data types are written with, so that each field and each word is
//! written once: [`words!`] for an enum whose values are words in the files, [`record!`]
//! for a record type, and [`reader!`] for a way of reading one field. Like
//! `define_strings!` in `i18n`, they keep the ordinary Rust form (doc comments, derives)
//! and generate what used to be written beside it: the word tables, the shapes and the
//! reading of each field.

/// Declares an enum whose values are written as words in the files. A variant's word is
/// its name in kebab case (`InformalSummit` is `informal-summit`) unless the variant gives
/// another (`Low = "L"`). It generates the enum, deriving `Clone, Copy, Debug, PartialEq,
/// Eq` as every word enum needs, `ALL` (every value, in order), `key()` (the word),
/// `from_key()`, and [`Words`](super::fields::Words), so that a record field can be read
/// with `Word<Enum>` and messages can list the words.
macro_rules! words {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident $(= $word:literal)?,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $(
                $(#[$variant_meta])*
                $variant,
            )*
        }

        impl $name {
            /// Every value, in the order of the variants.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];

            /// The word used in the data (and in the URL, where it appears there).
            pub fn key(self) -> &'static str {
                <Self as $crate::data::fields::Words>::WORDS[self as usize]
            }

            /// The value a word names.
            pub fn from_key(key: &str) -> Option<Self> {
                <Self as $crate::data::fields::Words>::WORDS
                    .iter()
                    .position(|word| *word == key)
                    .map(|index| Self::ALL[index])
            }
        }

        impl $crate::data::fields::Words for $name {
            const WORDS: &'static [&'static str] =
                &[$($crate::data::declare::words!(@word $variant $($word)?)),*];

            fn nth(index: usize) -> Self {
                Self::ALL[index]
            }
        }
    };
    (@word $variant:ident $word:literal) => {
        $word
    };
    (@word $variant:ident) => {{
        const LEN: usize = $crate::data::declare::kebab_len(stringify!($variant));
        const BYTES: [u8; LEN] = $crate::data::declare::kebab(stringify!($variant));
        match ::std::str::from_utf8(&BYTES) {
            Ok(word) => word,
            Err(_) => panic!("a variant name is ASCII"),
        }
    }};
}

/// The length of a name in kebab case (see [`kebab`]).
pub(crate) const fn kebab_len(name: &str) -> usize {
    let bytes = name.as_bytes();
    let mut len = bytes.len();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i].is_ascii_uppercase() {
            len += 1;
        }
        i += 1;
    }
    len
}

/// A variant name in kebab case (`InformalSummit` → `informal-summit`), computed when
/// compiling; `N` is its [`kebab_len`].
pub(crate) const fn kebab<const N: usize>(name: &str) -> [u8; N] {
    let bytes = name.as_bytes();
    let mut out = [0; N];
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        if bytes[i].is_ascii_uppercase() && i > 0 {
            out[n] = b'-';
            n += 1;
        }
        out[n] = bytes[i].to_ascii_lowercase();
        n += 1;
        i += 1;
    }
    out
}

/// Declares a record type once, as a list of entries in file order:
///
/// - `name: Type = Reader,` a field, with its doc comment, its type and the reader that
///   takes it from the file (see `fields.rs`; the compiler checks that the type is the
///   reader's);
/// - `name: Type = Reader as file only,` a field of the file that the record does not keep:
///   what it holds goes into a computed field;
/// - `name: Type = check(c, record) { … },` a field of the record that the file does not
///   have, computed from the fields above; the block yields an `Option`, `None` (a problem
///   was noted) dropping the record;
/// - `check(c, record) { … }` the record's own checks, where they are to run.
///
/// Checks and computed fields see each field above bound to what its reader yields. It
/// generates the struct, its `SHAPE` (the fields of the file and what each may hold) and
/// `convert`, which reads the fields and runs the checks in declaration order, so that a
/// record's problems are reported in that order. The record is dropped when any problem
/// was noted.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        // The names the generated code uses are made here once and passed along, as each
        // step of the recursion would otherwise make names of its own.
        $crate::data::declare::record!(
            @munch [raw c record] [$(#[$meta])* $name] [] [] [] [] $($body)*
        );
    };
    // A field of the file that the record does not keep.
    (
        @munch [$raw:ident $c:ident $record:ident] $head:tt
        [$($fields:tt)*] [$($shape:tt)*] [$($steps:tt)*] [$($values:tt)*]
        $(#[$field_meta:meta])* $field:ident: $ty:ty = $read:ty as file only,
        $($rest:tt)*
    ) => {
        $crate::data::declare::record!(
            @munch [$raw $c $record] $head
            [$($fields)*]
            [$($shape)* $crate::data::declare::record!(@shape $field $read),]
            [$($steps)* $crate::data::declare::record!(@read $raw $c $record $field $read);]
            [$($values)*]
            $($rest)*
        );
    };
    // A field of the record that the file does not have.
    (
        @munch [$raw:ident $c:ident $record:ident] $head:tt
        [$($fields:tt)*] [$($shape:tt)*] [$($steps:tt)*] [$($values:tt)*]
        $(#[$field_meta:meta])* $field:ident: $ty:ty =
        check($c2:ident, $record2:ident) $compute:block,
        $($rest:tt)*
    ) => {
        $crate::data::declare::record!(
            @munch [$raw $c $record] $head
            [$($fields)* $(#[$field_meta])* pub $field: $ty,]
            [$($shape)*]
            [$($steps)* let $field: Option<$ty> = {
                let $c2 = &mut *$c;
                let $record2 = $record;
                $compute
            };]
            [$($values)* $field: $field?,]
            $($rest)*
        );
    };
    // A field.
    (
        @munch [$raw:ident $c:ident $record:ident] $head:tt
        [$($fields:tt)*] [$($shape:tt)*] [$($steps:tt)*] [$($values:tt)*]
        $(#[$field_meta:meta])* $field:ident: $ty:ty = $read:ty,
        $($rest:tt)*
    ) => {
        $crate::data::declare::record!(
            @munch [$raw $c $record] $head
            [$($fields)* $(#[$field_meta])* pub $field: $ty,]
            [$($shape)* $crate::data::declare::record!(@shape $field $read),]
            [$($steps)* $crate::data::declare::record!(@read $raw $c $record $field $read);]
            [$($values)* $field: <$read as $crate::data::fields::Read>::done($field)?,]
            $($rest)*
        );
    };
    // A check.
    (
        @munch [$raw:ident $c:ident $record:ident] $head:tt
        [$($fields:tt)*] [$($shape:tt)*] [$($steps:tt)*] [$($values:tt)*]
        check($c2:ident, $record2:ident) $check:block
        $($rest:tt)*
    ) => {
        $crate::data::declare::record!(
            @munch [$raw $c $record] $head
            [$($fields)*]
            [$($shape)*]
            [$($steps)* {
                let $c2 = &mut *$c;
                let $record2 = $record;
                $check
            }]
            [$($values)*]
            $($rest)*
        );
    };
    // Every entry taken: the struct and how to read it.
    (
        @munch [$raw:ident $c:ident $record:ident] [$(#[$meta:meta])* $name:ident]
        [$($fields:tt)*] [$($shape:tt)*] [$($steps:tt)*] [$($values:tt)*]
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($fields)*
        }

        impl $crate::data::fields::Declared for $name {
            const SHAPE: $crate::data::records::Shape = &[$($shape)*];

            // Not inlined into the loader: Wasm 241.6 → 240.9 KB brotli (December 2026).
            #[inline(never)]
            fn convert(
                mut $raw: $crate::data::records::Record,
                $c: &mut $crate::data::checker::Checker<'_>,
                $record: &str,
            ) -> Option<Self> {
                let before = $c.error_count();
                $($steps)*
                if $c.error_count() != before {
                    return None;
                }
                Some(Self { $($values)* })
            }
        }
    };
    (@shape $field:ident $read:ty) => {
        $crate::data::records::Field::new(
            stringify!($field),
            <$read as $crate::data::fields::Read>::KIND,
        )
    };
    (@read $raw:ident $c:ident $record:ident $field:ident $read:ty) => {
        let $field = <$read as $crate::data::fields::Read>::read(
            &mut $raw,
            stringify!($field),
            $c,
            $record,
        );
    };
}

/// Declares a reader (see [`Read`](super::fields::Read)), generic over one type if need be,
/// from the kind it accepts, the field's type and the expression that reads it. A
/// `required` field's expression yields an `Option`: `None` (a problem was noted) drops
/// the record. An `optional` field's expression yields `None` when the file gives none and
/// `Some(None)` when the value given is wrong (noted), so that the record's own checks can
/// tell the two apart.
macro_rules! reader {
    (
        $(#[$meta:meta])* $name:ident $(<$t:ident: $bound:ident>)?:
        $kind:expr => optional $ty:ty, $($read:tt)*
    ) => {
        $crate::data::declare::reader!(
            @impl $(#[$meta])* $name $([$t: $bound])?, $kind,
            Option<Option<$ty>>, Option<$ty>, |out| Some(out.flatten()), $($read)*
        );
    };
    (
        $(#[$meta:meta])* $name:ident $(<$t:ident: $bound:ident>)?:
        $kind:expr => required $ty:ty, $($read:tt)*
    ) => {
        $crate::data::declare::reader!(
            @impl $(#[$meta])* $name $([$t: $bound])?, $kind,
            Option<$ty>, $ty, |out| out, $($read)*
        );
    };
    (
        $(#[$meta:meta])* $name:ident $(<$t:ident: $bound:ident>)?:
        $kind:expr => $ty:ty, $($read:tt)*
    ) => {
        $crate::data::declare::reader!(
            @impl $(#[$meta])* $name $([$t: $bound])?, $kind,
            $ty, $ty, |out| Some(out), $($read)*
        );
    };
    (
        @impl $(#[$meta:meta])* $name:ident $([$t:ident: $bound:ident])?, $kind:expr,
        $out:ty, $ty:ty, |$o:ident| $done:expr,
        |$raw:ident, $field:ident, $c:ident, $record:ident| $read:expr
    ) => {
        $(#[$meta])*
        pub(crate) struct $name $(<$t>(::std::marker::PhantomData<$t>))?;

        impl $(<$t: $bound>)? $crate::data::fields::Read for $name $(<$t>)? {
            const KIND: $crate::data::records::Kind = $kind;
            type Out = $out;
            type Field = $ty;
            // One copy per reader, not one per field: Wasm 240.9 → 240.2 KB brotli.
            #[inline(never)]
            fn read(
                $raw: &mut $crate::data::records::Record,
                $field: &str,
                $c: &mut $crate::data::checker::Checker<'_>,
                $record: &str,
            ) -> $out {
                $read
            }
            fn done($o: $out) -> Option<$ty> {
                $done
            }
        }
    };
}

pub(crate) use {reader, record, words};

#[cfg(test)]
mod tests {
    use crate::data::fields::Words;
    use crate::data::{Confidence, EventKind, QuoteTheme};

    #[test]
    fn words_are_the_variant_names_in_kebab_case_unless_given() {
        assert_eq!(EventKind::InformalSummit.key(), "informal-summit");
        assert_eq!(
            EventKind::from_key("youth-forum"),
            Some(EventKind::YouthForum)
        );
        assert_eq!(
            QuoteTheme::from_key("unity-identity"),
            Some(QuoteTheme::UnityIdentity)
        );
        assert_eq!(QuoteTheme::from_key("UnityIdentity"), None);
        assert_eq!(Confidence::WORDS, ["L", "M", "H"]);
        assert_eq!(Confidence::High.key(), "H");
    }
}
