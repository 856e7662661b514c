//! Where a visitor is in a quiz, as the URL holds it: `quiz=1&seed=42&q=3&answers=20`
//! (the seed, the question shown counted from 1, the option chosen for each question
//! answered so far, one digit each). Every step of a quiz is such a state, so a reload
//! or a shared link shows the same question, answer and score. Read by `url_state`
//! (which reports bad values), stepped by the quiz's chunk.

use super::{MAX_OPTIONS, Question};

/// The largest seed a URL may carry (a number a teacher can read out).
pub const MAX_SEED: u64 = 999_999_999;

/// The most questions (and answers) a URL may count.
const MAX_QUESTIONS: usize = 99;

/// A quiz's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuizProgress {
    /// The seed of its questions (`seed=`); `None` until the app draws one.
    pub seed: Option<u64>,
    /// The question shown, counted from 0 (`q=`, counted from 1); past the last, the score.
    pub question: usize,
    /// The option chosen for each question answered so far (`answers=`).
    pub answers: Vec<u8>,
}

/// What the quiz card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A question (index) waiting for its answer.
    Asking(usize),
    /// A question (index) answered with an option (index): the feedback.
    Answered(usize, usize),
    /// The score, after the last question.
    Score,
}

impl QuizProgress {
    /// A new quiz with this seed, at its first question.
    pub fn start(seed: u64) -> QuizProgress {
        QuizProgress {
            seed: Some(seed),
            ..QuizProgress::default()
        }
    }

    /// What to show for a quiz of `count` questions.
    pub fn step(&self, count: usize) -> Step {
        if self.question >= count {
            return Step::Score;
        }
        match self.answers.get(self.question) {
            Some(choice) => Step::Answered(self.question, usize::from(*choice)),
            None => Step::Asking(self.question),
        }
    }

    /// The state after choosing option `choice` for the question shown (unchanged when it
    /// is already answered).
    pub fn answer(&self, choice: usize) -> QuizProgress {
        let mut next = self.clone();
        if self.answers.len() == self.question
            && let Ok(choice) = u8::try_from(choice)
            && usize::from(choice) < MAX_OPTIONS
        {
            next.answers.push(choice);
        }
        next
    }

    /// The state showing the next question (or the score), once this one is answered.
    pub fn next(&self) -> QuizProgress {
        let mut next = self.clone();
        if self.answers.len() > self.question {
            next.question += 1;
        }
        next
    }

    /// How many of the answers are right.
    pub fn score(&self, questions: &[Question]) -> usize {
        questions
            .iter()
            .zip(&self.answers)
            .filter(|(question, choice)| question.answer == usize::from(**choice))
            .count()
    }

    /// Reads one of the quiz's URL parameters (`seed`, `q`, `answers`) into the state;
    /// `false` when the value is not one it can hold (the caller reports it).
    pub fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "seed" => {
                self.seed = whole_number(value).filter(|s| *s <= MAX_SEED);
                self.seed.is_some()
            }
            "q" => match whole_number(value) {
                Some(q) if (1..=MAX_QUESTIONS as u64 + 1).contains(&q) => {
                    self.question = q as usize - 1;
                    true
                }
                _ => false,
            },
            "answers" => {
                let options = MAX_OPTIONS as u8;
                let answers: Vec<u8> = value.bytes().map(|b| b.wrapping_sub(b'0')).collect();
                let valid = answers.len() <= MAX_QUESTIONS && answers.iter().all(|a| *a < options);
                if valid {
                    self.answers = answers;
                }
                valid
            }
            _ => false,
        }
    }

    /// The state made consistent: answers for the questions up to the one shown (and
    /// perhaps that one), no more. `None` when it already was; otherwise the state kept
    /// (the answers up to the question shown, or the question after the last answer).
    pub fn consistent(&self) -> Option<QuizProgress> {
        let mut fixed = self.clone();
        if fixed.answers.len() > fixed.question + 1 {
            fixed.answers.truncate(fixed.question + 1);
        } else if fixed.answers.len() < fixed.question {
            fixed.question = fixed.answers.len();
        }
        (fixed != *self).then_some(fixed)
    }

    /// The URL parameters, in their order: `quiz=1`, then the seed, the question shown
    /// (when past the first) and the answers (when any).
    pub fn query_parts(&self) -> Vec<String> {
        let mut parts = vec!["quiz=1".to_owned()];
        // (As a u32, which the first-load Wasm already knows how to write: a seed is at
        // most MAX_SEED.)
        if let Some(seed) = self.seed.and_then(|s| u32::try_from(s).ok()) {
            parts.push(format!("seed={seed}"));
        }
        if self.question > 0 {
            parts.push(format!("q={}", self.question + 1));
        }
        if !self.answers.is_empty() {
            let digits: String = self.answers.iter().map(|a| char::from(b'0' + a)).collect();
            parts.push(format!("answers={digits}"));
        }
        parts
    }
}

/// A number written in ASCII digits only (no sign, no space), up to twelve of them. (The
/// standard parsers would add their code for two more integer types to the first-load
/// Wasm, which reads the URL.)
fn whole_number(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.bytes().fold(0, |n, b| n * 10 + u64::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(seed: u64, question: usize, answers: &[u8]) -> QuizProgress {
        QuizProgress {
            seed: Some(seed),
            question,
            answers: answers.to_vec(),
        }
    }

    #[test]
    fn a_quiz_steps_from_question_to_answer_to_the_next_and_to_the_score() {
        let start = QuizProgress::start(42);
        assert_eq!(start.step(2), Step::Asking(0));
        // Next before an answer stays put.
        assert_eq!(start.next(), start);
        let answered = start.answer(3);
        assert_eq!(answered.step(2), Step::Answered(0, 3));
        // A second answer to the same question is ignored, as is an option out of range.
        assert_eq!(answered.answer(1), answered);
        assert_eq!(start.answer(MAX_OPTIONS), start);
        let second = answered.next();
        assert_eq!(second.step(2), Step::Asking(1));
        let last = second.answer(0);
        assert_eq!(last.step(2), Step::Answered(1, 0));
        assert_eq!(last.next().step(2), Step::Score);
        assert_eq!(last.next(), progress(42, 2, &[3, 0]));
    }

    #[test]
    fn the_url_parameters_are_read_and_written_back() {
        let mut read = QuizProgress::default();
        assert!(read.read("seed", "42") && read.read("q", "3") && read.read("answers", "20"));
        assert_eq!(read, progress(42, 2, &[2, 0]));
        assert_eq!(
            read.query_parts(),
            ["quiz=1", "seed=42", "q=3", "answers=20"]
        );
        assert_eq!(QuizProgress::default().query_parts(), ["quiz=1"]);
        assert_eq!(QuizProgress::start(7).query_parts(), ["quiz=1", "seed=7"]);
    }

    #[test]
    fn bad_values_are_refused() {
        let mut state = QuizProgress::default();
        for (key, value) in [
            ("seed", "abc"),
            ("seed", "-1"),
            ("seed", "+5"),
            ("seed", "1000000000"),
            ("seed", "1234567890123"),
            ("q", " 1"),
            ("seed", ""),
            ("q", "0"),
            ("q", "101"),
            ("q", "x"),
            ("answers", "4"),
            ("answers", "1a"),
            ("other", "1"),
        ] {
            assert!(!state.read(key, value), "{key}={value}");
        }
        assert_eq!(state, QuizProgress::default());
        assert!(state.read("seed", "999999999") && state.read("q", "100"));
    }

    #[test]
    fn inconsistent_progress_is_made_consistent() {
        assert_eq!(progress(1, 2, &[0, 1]).consistent(), None);
        assert_eq!(progress(1, 2, &[0, 1, 2]).consistent(), None);
        // More answers than questions reached: those after the one shown are dropped.
        assert_eq!(
            progress(1, 0, &[0, 1, 2]).consistent(),
            Some(progress(1, 0, &[0]))
        );
        // A question beyond the answers: the first one unanswered is shown.
        assert_eq!(
            progress(1, 5, &[0]).consistent(),
            Some(progress(1, 1, &[0]))
        );
    }

    #[test]
    fn the_score_counts_right_answers() {
        let data = crate::test_support::real_dataset();
        let questions = super::super::questions(&data, 42, 3);
        let right: Vec<u8> = questions.iter().map(|q| q.answer as u8).collect();
        let all_right = progress(42, 3, &right);
        assert_eq!(all_right.score(&questions), 3);
        let wrong_first = progress(42, 3, &[(right[0] + 1) % 2, right[1], right[2]]);
        assert_eq!(wrong_first.score(&questions), 2);
        assert_eq!(progress(42, 0, &[]).score(&questions), 0);
    }
}
