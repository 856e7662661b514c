//! The quiz's interface text (`ui::quiz`), declared like [`Strings`](super::Strings) but
//! apart from it: only the quiz's chunk refers to it, so none of it is in the first-load
//! Wasm, and every language's table is built in (the chunk needs no text file of its own).
//! The translation tests walk these fields with the others'.

mod langs;

use super::{define_strings, fill};
use crate::data::Status;
use crate::quiz::Prompt;
use crate::url_state::Lang;

define_strings! {
/// The quiz's text in one language.
#[derive(Debug)]
pub struct QuizStrings {
    /// The quiz card's heading.
    pub quiz_title: &'static str,
    /// One line under the heading: how to answer.
    pub quiz_intro: &'static str,
    /// "Question {0} of {1}".
    pub quiz_progress: &'static str,
    /// "Which country became an OTS member in {0}?" ({0}: a year).
    pub quiz_joined_member: &'static str,
    /// "Which country became an OTS observer in {0}?" ({0}: a year).
    pub quiz_joined_observer: &'static str,
    /// "Which of these countries is an OTS observer?"
    pub quiz_observer: &'static str,
    /// "In which country was this summit held?" (the summit's title and date follow).
    pub quiz_summit_host: &'static str,
    /// "Who said this?" (the words follow).
    pub quiz_quote_speaker: &'static str,
    /// "Which country does this diaspora body belong to?" (its name follows).
    pub quiz_diaspora_body: &'static str,
    /// Accessible name of the group of answer buttons.
    pub quiz_options: &'static str,
    /// Feedback after a right answer.
    pub quiz_right: &'static str,
    /// Feedback after a wrong answer.
    pub quiz_wrong: &'static str,
    /// "Your answer: {0}." after a wrong one.
    pub quiz_your_answer: &'static str,
    /// "The answer: {0}."
    pub quiz_answer: &'static str,
    /// "Source: {0}" ({0}: the publisher's name, a link).
    pub quiz_source: &'static str,
    /// A country chosen on the map that is not among the answers offered.
    pub quiz_not_an_option: &'static str,
    /// The button to the next question.
    pub quiz_next: &'static str,
    /// The button after the last question.
    pub quiz_see_score: &'static str,
    /// "You answered {0} of {1} questions right."
    pub quiz_score: &'static str,
    /// The button that starts a quiz with new questions.
    pub quiz_new: &'static str,
    /// The button that starts the same quiz again.
    pub quiz_same: &'static str,
    /// The button that closes the quiz.
    pub quiz_close: &'static str,
    /// "Quiz number {0}. The same link gives the same questions." ({0}: the seed).
    pub quiz_number: &'static str,
    /// Shown when the data holds too little to ask anything.
    pub quiz_no_questions: &'static str,
}
} // define_strings!

/// The quiz's text in a language.
pub fn quiz_strings(lang: Lang) -> &'static QuizStrings {
    match lang {
        Lang::En => &langs::EN,
        Lang::Tr => &langs::TR,
        Lang::Az => &langs::AZ,
        Lang::Kk => &langs::KK,
        Lang::Ky => &langs::KY,
        Lang::Uz => &langs::UZ,
        Lang::Hu => &langs::HU,
        Lang::Ru => &langs::RU,
    }
}

/// The question as a sentence in the language (what follows it, a title or a quote, is
/// data, shown apart in English).
pub fn question_sentence(prompt: &Prompt, text: &QuizStrings) -> String {
    match prompt {
        Prompt::JoinedIn { status, year } => {
            let template = match status {
                Status::Member => text.quiz_joined_member,
                Status::Observer => text.quiz_joined_observer,
            };
            fill(template, &[&year.to_string()])
        }
        Prompt::Observer => text.quiz_observer.to_owned(),
        Prompt::SummitHost { .. } => text.quiz_summit_host.to_owned(),
        Prompt::QuoteSpeaker { .. } => text.quiz_quote_speaker.to_owned(),
        Prompt::DiasporaBody { .. } => text.quiz_diaspora_body.to_owned(),
    }
}

/// The text before and after the `{0}` of a template, for a placeholder that is an
/// element (a link); the whole template before it when it has none.
pub fn around_placeholder(template: &str) -> (&str, &str) {
    template.split_once("{0}").unwrap_or((template, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_is_split_around_its_placeholder() {
        assert_eq!(around_placeholder("Source: {0}"), ("Source: ", ""));
        assert_eq!(around_placeholder("a {0} b"), ("a ", " b"));
        assert_eq!(around_placeholder("none"), ("none", ""));
    }

    #[test]
    fn each_kind_of_question_has_its_sentence() {
        let en = quiz_strings(Lang::En);
        let joined = Prompt::JoinedIn {
            status: Status::Observer,
            year: 2018,
        };
        assert_eq!(
            question_sentence(&joined, en),
            "Which country became an OTS observer in 2018?"
        );
        let member = Prompt::JoinedIn {
            status: Status::Member,
            year: 2009,
        };
        assert_eq!(
            question_sentence(&member, quiz_strings(Lang::Ru)),
            "Какая страна стала членом ОТГ в 2009 году?"
        );
        assert_eq!(
            question_sentence(&Prompt::Observer, en),
            "Which of these countries is an OTS observer?"
        );
    }
}
