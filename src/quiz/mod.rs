//! The quiz (issue 18): questions drawn from the data with a seed, so that the same seed
//! gives every pupil the same questions, natively and in the browser.
//!
//! [`questions`] takes the [`Dataset`] as loaded and asks five kinds of question (see
//! [`Prompt`]): which country gained its OTS standing in a year, which of some countries is
//! an observer, where a summit was held, who said a quote, whose diaspora body an
//! institution is. Each has a few options and exactly one right one under the data; a
//! question is never about a record the data marks approximate, uncertain, possible,
//! disputed or unidentified (`eligible.rs` says which records qualify), and a wrong option
//! is never one such a mark could make right. Randomness is `fastrand`'s seeded
//! generator, used through `u32` ranges only (its `usize` ranges differ between 32- and
//! 64-bit targets).
//!
//! Pure code: the UI (`ui::quiz`, a split-out chunk) words the prompts in the interface
//! language and the printable worksheet reads the same questions.

mod draw;
mod eligible;
pub mod progress;

#[cfg(test)]
mod tests;

use crate::data::{Dataset, FuzzyDate, Source, Status};
use crate::world::CountryCode;

/// How many questions a quiz asks when the data has enough.
pub const QUIZ_LENGTH: usize = 10;

/// How many options a question offers at most (the right one among them).
pub const MAX_OPTIONS: usize = 4;

/// What a question asks, with the parts its sentence is made of. Texts taken from the data
/// (titles, names, the words of a quote) are in English (a quote: in `language`).
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// "Which country became an OTS member (observer) in {year}?"
    JoinedIn {
        /// The standing it gained.
        status: Status,
        /// The year it gained it.
        year: i32,
    },
    /// "Which of these countries is an OTS observer?"
    Observer,
    /// "In which country was this summit held?" {title}, {date}.
    SummitHost {
        /// The event's id in `events.json`.
        event: String,
        /// The event's title (English).
        title: String,
        /// When it was held.
        date: FuzzyDate,
    },
    /// "Who said this?" {text}.
    QuoteSpeaker {
        /// The quote's id in `quotes.json`.
        quote: String,
        /// The words, verbatim.
        text: String,
        /// Their language (a BCP 47 tag).
        language: String,
        /// When they were said.
        date: FuzzyDate,
    },
    /// "Which country's diaspora body is this?" {name}.
    DiasporaBody {
        /// The institution's id in `diaspora.json`.
        institution: String,
        /// Its English name.
        name: String,
    },
}

/// The kind of a question, without its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// See [`Prompt::JoinedIn`].
    JoinedIn,
    /// See [`Prompt::Observer`].
    Observer,
    /// See [`Prompt::SummitHost`].
    SummitHost,
    /// See [`Prompt::QuoteSpeaker`].
    QuoteSpeaker,
    /// See [`Prompt::DiasporaBody`].
    DiasporaBody,
}

impl QuestionKind {
    /// Every kind, in the order the draw starts from before shuffling.
    pub const ALL: [QuestionKind; 5] = [
        Self::JoinedIn,
        Self::Observer,
        Self::SummitHost,
        Self::QuoteSpeaker,
        Self::DiasporaBody,
    ];
}

impl Prompt {
    /// The kind of question.
    pub fn kind(&self) -> QuestionKind {
        match self {
            Self::JoinedIn { .. } => QuestionKind::JoinedIn,
            Self::Observer => QuestionKind::Observer,
            Self::SummitHost { .. } => QuestionKind::SummitHost,
            Self::QuoteSpeaker { .. } => QuestionKind::QuoteSpeaker,
            Self::DiasporaBody { .. } => QuestionKind::DiasporaBody,
        }
    }
}

/// One option: a country (which can also be chosen on the map) or a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A country, by the code of its map shape (its name comes from the names file).
    Country(CountryCode),
    /// A person, by the name the data gives (English).
    Person(String),
}

impl Choice {
    /// The country, for an option that is one.
    pub fn country(&self) -> Option<CountryCode> {
        match self {
            Self::Country(code) => Some(*code),
            Self::Person(_) => None,
        }
    }
}

/// A question with its options, the one right option and where the answer is documented.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// What is asked.
    pub prompt: Prompt,
    /// Two to [`MAX_OPTIONS`] options, in the order they are shown.
    pub options: Vec<Choice>,
    /// The index in `options` of the right one.
    pub answer: usize,
    /// The sources that back the right answer (the record's own).
    pub sources: Vec<Source>,
    /// The id of the record the answer comes from: a country's code (standing questions),
    /// an event, quote or institution id.
    pub record: String,
}

impl Question {
    /// The kind of question.
    pub fn kind(&self) -> QuestionKind {
        self.prompt.kind()
    }

    /// The right option.
    pub fn right_choice(&self) -> Option<&Choice> {
        self.options.get(self.answer)
    }

    /// The index of the option that is this country, if one is (an answer on the map).
    pub fn option_of_country(&self, code: CountryCode) -> Option<usize> {
        self.options
            .iter()
            .position(|choice| choice.country() == Some(code))
    }
}

/// Up to `count` questions drawn from the data with `seed`: the same data and seed give
/// the same questions in the same order, on every platform. Kinds take turns (their order
/// drawn too), so ten questions ask two of each kind when the data has enough; with too
/// little data, fewer questions (none from an empty dataset).
pub fn questions(data: &Dataset, seed: u64, count: usize) -> Vec<Question> {
    let mut rng = draw::Rng::new(seed);
    let mut pools: Vec<Vec<eligible::Candidate<'_>>> = QuestionKind::ALL
        .iter()
        .map(|kind| eligible::candidates(data, *kind))
        .collect();
    rng.shuffle(&mut pools);
    for pool in &mut pools {
        rng.shuffle(pool);
    }
    let mut drawn = Vec::with_capacity(count);
    while drawn.len() < count && pools.iter().any(|pool| !pool.is_empty()) {
        for pool in &mut pools {
            if drawn.len() == count {
                break;
            }
            let Some(candidate) = pool.pop() else {
                continue;
            };
            // Four countries joined in 2009: one question about that year, not four.
            let asked = drawn
                .iter()
                .any(|q: &Question| q.prompt == candidate.prompt);
            if !asked && let Some(question) = candidate.into_question(&mut rng) {
                drawn.push(question);
            }
        }
    }
    drawn
}

/// The option an arrow key moves the keyboard focus to among `count` options: the next
/// (`forward`) or the previous one, round the ends.
pub fn arrow_step(current: usize, count: usize, forward: bool) -> usize {
    match (count, forward) {
        (0, _) => 0,
        (_, true) => (current + 1) % count,
        (_, false) => (current + count - 1) % count,
    }
}
