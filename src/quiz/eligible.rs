//! Which records a question may be about, and which options may stand beside the right
//! one. A question is never about a record that carries a mark of doubt: an `uncertainty`
//! note, an approximate date, an event that is not marked held or was held online (no
//! place to find on the map), a disputed quote or one relayed by someone else, an
//! unidentified institution. (Every quote has an `uncertainty` note: the data requires one
//! of each translated quote, saying whose rendering the words are, and the others say which
//! language was spoken is not known. Those notes are about the wording, not about who
//! spoke, which is what a quote question asks; a quote is left out for what does put its
//! speaker or date in doubt: a dispute, words relayed by someone else, an approximate date.) A wrong option must be certainly wrong: a country option is
//! one whose standing carries no such mark (so no doubt about the year Uzbekistan joined
//! can make a "wrong" option right), a person one named as the speaker of another,
//! undisputed, quote.

use super::draw::Rng;
use super::{Choice, MAX_OPTIONS, Prompt, Question, QuestionKind};
use crate::data::{Country, Dataset, EventStatus, Membership, NoteTopic, Source, Status};

/// A question before its options are drawn.
pub(super) struct Candidate<'a> {
    pub(super) prompt: Prompt,
    right: Choice,
    /// Wrong options drawn first (OTS countries; every other speaker).
    wrong: Vec<Choice>,
    /// Wrong options drawn when `wrong` has too few (countries outside the OTS).
    spare: Vec<Choice>,
    sources: &'a [Source],
    record: String,
}

impl Candidate<'_> {
    /// The question with up to three wrong options and the right one at a drawn place;
    /// `None` when the data offers no wrong option at all.
    pub(super) fn into_question(mut self, rng: &mut Rng) -> Option<Question> {
        rng.shuffle(&mut self.wrong);
        rng.shuffle(&mut self.spare);
        let mut options: Vec<Choice> = self
            .wrong
            .into_iter()
            .chain(self.spare)
            .take(MAX_OPTIONS - 1)
            .collect();
        if options.is_empty() {
            return None;
        }
        let answer = rng.below(options.len() + 1);
        options.insert(answer, self.right);
        Some(Question {
            prompt: self.prompt,
            options,
            answer,
            sources: self.sources.to_vec(),
            record: self.record,
        })
    }
}

/// Every question of a kind the data allows, in file order.
pub(super) fn candidates(data: &Dataset, kind: QuestionKind) -> Vec<Candidate<'_>> {
    match kind {
        QuestionKind::JoinedIn => joined_in(data),
        QuestionKind::Observer => observers(data),
        QuestionKind::SummitHost => summit_hosts(data),
        QuestionKind::QuoteSpeaker => quote_speakers(data),
        QuestionKind::DiasporaBody => diaspora_bodies(data),
    }
}

/// True when nothing in the country's record puts its OTS standing or its date in doubt.
pub(super) fn standing_is_certain(country: &Country) -> bool {
    let membership_certain = country
        .membership
        .as_ref()
        .is_none_or(|m| m.uncertainty.is_none() && !m.since.approximate);
    let notes_certain = country
        .notes_about(NoteTopic::Membership)
        .chain(country.notes_about(NoteTopic::Recognition))
        .all(|note| note.uncertainty.is_none());
    country.uncertainty.is_none() && membership_certain && notes_certain
}

/// Wrong country options: the countries whose standing is certain and for which `wrong`
/// holds, OTS countries first (`wrong`), the others as spares.
fn country_options(data: &Dataset, wrong: impl Fn(&Country) -> bool) -> (Vec<Choice>, Vec<Choice>) {
    let mut ots = Vec::new();
    let mut others = Vec::new();
    for country in data.countries() {
        if standing_is_certain(country) && wrong(country) {
            let list = if country.membership.is_some() {
                &mut ots
            } else {
                &mut others
            };
            list.push(Choice::Country(country.code));
        }
    }
    (ots, others)
}

/// "Which country became an OTS member (observer) in {year}?", for each certain standing.
fn joined_in(data: &Dataset) -> Vec<Candidate<'_>> {
    certain_standings(data)
        .map(|(country, membership)| {
            let (status, year) = (membership.status, membership.since.year());
            let joined = |c: &Country| {
                c.membership
                    .as_ref()
                    .is_some_and(|m| m.status == status && m.since.year() == year)
            };
            let prompt = Prompt::JoinedIn { status, year };
            standing_question(data, country, membership, prompt, |c| !joined(c))
        })
        .collect()
}

/// "Which of these countries is an OTS observer?", for each certain observer.
fn observers(data: &Dataset) -> Vec<Candidate<'_>> {
    certain_standings(data)
        .filter(|(_, membership)| membership.status == Status::Observer)
        .map(|(country, membership)| {
            let not_observer = |c: &Country| c.status() != Some(Status::Observer);
            standing_question(data, country, membership, Prompt::Observer, not_observer)
        })
        .collect()
}

/// The OTS countries whose standing is certain, with it, in file order.
fn certain_standings(data: &Dataset) -> impl Iterator<Item = (&Country, &Membership)> {
    data.countries()
        .iter()
        .filter(|country| standing_is_certain(country))
        .filter_map(|country| Some((country, country.membership.as_ref()?)))
}

/// A question about a country's standing: the country is the answer, its membership's
/// sources back it, and the countries for which `wrong` holds stand beside it.
fn standing_question<'a>(
    data: &'a Dataset,
    country: &Country,
    membership: &'a Membership,
    prompt: Prompt,
    wrong: impl Fn(&Country) -> bool,
) -> Candidate<'a> {
    let (wrong, spare) = country_options(data, wrong);
    Candidate {
        prompt,
        right: Choice::Country(country.code),
        wrong,
        spare,
        sources: &membership.sources,
        record: country.code.to_string(),
    }
}

/// "In which country was this summit held?", for each summit held in person on a certain
/// date in its host country.
fn summit_hosts(data: &Dataset) -> Vec<Candidate<'_>> {
    data.summits()
        .into_iter()
        .filter(|s| {
            let event = s.event;
            event.status == EventStatus::Held
                && event.uncertainty.is_none()
                && !event.date.approximate
                && event.place.position.is_some()
                && event.place.country == s.summit.host
        })
        .map(|s| {
            let host = s.summit.host;
            let (wrong, spare) = country_options(data, |c| c.code != host);
            Candidate {
                prompt: Prompt::SummitHost {
                    event: s.event.id.clone(),
                    title: s.event.title.clone(),
                    date: s.event.date,
                },
                right: Choice::Country(host),
                wrong,
                spare,
                sources: &s.event.sources,
                record: s.event.id.clone(),
            }
        })
        .collect()
}

/// "Who said this?", for each quote whose speaker and date carry no mark of doubt (see the
/// module's note on the quotes' `uncertainty`).
fn quote_speakers(data: &Dataset) -> Vec<Candidate<'_>> {
    data.quotes()
        .iter()
        .filter(|q| q.dispute.is_none() && q.quoted_by.is_none() && !q.date.approximate)
        .map(|quote| {
            let mut wrong: Vec<Choice> = Vec::new();
            for other in data.quotes() {
                let person = Choice::Person(other.speaker.clone());
                let said_it = other.speaker == quote.speaker || other.text == quote.text;
                if other.dispute.is_none() && !said_it && !wrong.contains(&person) {
                    wrong.push(person);
                }
            }
            Candidate {
                prompt: Prompt::QuoteSpeaker {
                    quote: quote.id.clone(),
                    text: quote.text.clone(),
                    language: quote.language.clone(),
                    date: quote.date,
                },
                right: Choice::Person(quote.speaker.clone()),
                wrong,
                spare: Vec::new(),
                sources: &quote.sources,
                record: quote.id.clone(),
            }
        })
        .collect()
}

/// "Which country's diaspora body is this?", for each identified institution whose
/// record carries no mark of doubt.
fn diaspora_bodies(data: &Dataset) -> Vec<Candidate<'_>> {
    data.institutions()
        .iter()
        .filter(|i| {
            i.identified
                && i.uncertainty.is_none()
                && i.established.is_none_or(|date| !date.approximate)
        })
        .filter_map(|institution| {
            let name = institution.name.clone()?;
            let has_it = |c: &Country| {
                data.institutions_for(c.code)
                    .iter()
                    .any(|i| i.name.as_deref() == Some(name.as_str()))
            };
            let (wrong, spare) = country_options(data, |c| !has_it(c));
            Some(Candidate {
                prompt: Prompt::DiasporaBody {
                    institution: institution.id.clone(),
                    name,
                },
                right: Choice::Country(institution.country),
                wrong,
                spare,
                sources: &institution.sources,
                record: institution.id.clone(),
            })
        })
        .collect()
}
