//! The questions the UI asks of a [`Dataset`]. Each answer borrows from the dataset.

use super::changelog::LogEntry;
use super::country::{Country, Status};
use super::dataset::Dataset;
use super::date::FuzzyDate;
use super::event::Event;
use super::figure::Figure;
use super::initiative::Initiative;
use super::institution::Institution;
use super::office::{Chairmanship, SecretaryGeneral};
use super::quote::Quote;
use super::summit::SummitRef;
use crate::sort::order_by;
use crate::world::CountryCode;

/// A record found by its id: what a URL such as `?item=…` points at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item<'a> {
    /// An event.
    Event(&'a Event),
    /// A quote.
    Quote(&'a Quote),
}

impl Dataset {
    /// The country with this code, if `countries.json` has it.
    pub fn country(&self, code: CountryCode) -> Option<&Country> {
        self.countries().iter().find(|c| c.code == code)
    }

    /// The OTS countries: members first, then observers, each group by the date they
    /// joined (file order breaks ties).
    pub fn ots_countries(&self) -> Vec<&Country> {
        let list: Vec<&Country> = self
            .countries()
            .iter()
            .filter(|c| c.membership.is_some())
            .collect();
        sorted(list, |c| {
            c.membership.as_ref().map_or(0, |m| {
                u64::from(m.status == Status::Observer) << 48 | date_key(&m.since)
            })
        })
    }

    /// The country's OTS status during a year: its current status if it held it by then,
    /// otherwise `None`. The files record one status per country, with its `since` date.
    pub fn status_in_year(&self, code: CountryCode, year: i32) -> Option<Status> {
        let membership = self.country(code)?.membership.as_ref()?;
        (membership.since.year() <= year).then_some(membership.status)
    }

    /// Events concerning the country (held there or listing it), newest first.
    pub fn events_for(&self, code: CountryCode) -> Vec<&Event> {
        let list: Vec<&Event> = self.events().iter().filter(|e| e.concerns(code)).collect();
        sorted(list, |e| !date_key(&e.date))
    }

    /// Quotes concerning the country, newest first.
    pub fn quotes_for(&self, code: CountryCode) -> Vec<&Quote> {
        let list: Vec<&Quote> = self
            .quotes()
            .iter()
            .filter(|q| q.speaker_country == Some(code) || q.countries.contains(&code))
            .collect();
        sorted(list, |q| !date_key(&q.date))
    }

    /// Every quote, newest first.
    pub fn quotes_newest_first(&self) -> Vec<&Quote> {
        sorted(self.quotes().iter().collect(), |q| !date_key(&q.date))
    }

    /// The corrections and additions log, newest first.
    pub fn changelog_newest_first(&self) -> Vec<&LogEntry> {
        sorted(self.changelog().iter().collect(), |e| !date_key(&e.date))
    }

    /// The statements a quote on a disputed matter is shown with, in the order it names them.
    pub fn counterpoints_of(&self, quote: &Quote) -> Vec<&Quote> {
        quote
            .counterpoints
            .iter()
            .filter_map(|id| self.quote(id))
            .collect()
    }

    /// Quotes said at an event, in file order.
    pub fn quotes_at(&self, event_id: &str) -> Vec<&Quote> {
        self.quotes()
            .iter()
            .filter(|q| q.event.as_deref() == Some(event_id))
            .collect()
    }

    /// The country's national diaspora institutions (or the record that none was found).
    pub fn institutions_for(&self, code: CountryCode) -> Vec<&Institution> {
        self.institutions()
            .iter()
            .filter(|i| i.country == code)
            .collect()
    }

    /// OTS diaspora initiatives the country takes part in.
    pub fn initiatives_for(&self, code: CountryCode) -> Vec<&Initiative> {
        self.initiatives()
            .iter()
            .filter(|i| i.countries.contains(&code))
            .collect()
    }

    /// The events of an initiative, oldest first.
    pub fn initiative_events(&self, initiative: &Initiative) -> Vec<&Event> {
        let list: Vec<&Event> = initiative
            .events
            .iter()
            .filter_map(|id| self.event(id))
            .collect();
        sorted(list, |e| date_key(&e.date))
    }

    /// Figures for people from the country living elsewhere, largest first.
    pub fn figures_from(&self, code: CountryCode) -> Vec<&Figure> {
        largest_first(self.figures().iter().filter(|f| f.origin == code))
    }

    /// Figures for people from elsewhere living in the country, largest first.
    pub fn figures_in(&self, code: CountryCode) -> Vec<&Figure> {
        largest_first(self.figures().iter().filter(|f| f.host == code))
    }

    /// Every summit with its event, oldest first.
    pub fn summits(&self) -> Vec<SummitRef<'_>> {
        let list: Vec<SummitRef<'_>> = self
            .organization()
            .summits
            .iter()
            .filter_map(|summit| {
                // Loading guarantees the event exists; a miss only drops the entry.
                let event = self.event(&summit.event)?;
                Some(SummitRef { summit, event })
            })
            .collect();
        sorted(list, |s| date_key(&s.event.date))
    }

    /// Summits the country hosted (or, online, convened), oldest first.
    pub fn summits_hosted_by(&self, code: CountryCode) -> Vec<SummitRef<'_>> {
        self.summits()
            .into_iter()
            .filter(|s| s.summit.host == code)
            .collect()
    }

    /// The country's chairmanships, oldest first.
    pub fn chairmanships_of(&self, code: CountryCode) -> Vec<&Chairmanship> {
        let list: Vec<&Chairmanship> = self
            .organization()
            .chairmanships
            .iter()
            .filter(|c| c.country == code)
            .collect();
        sorted(list, |c| date_key(&c.from))
    }

    /// The chairmanship without an end date.
    pub fn current_chair(&self) -> Option<&Chairmanship> {
        self.organization()
            .chairmanships
            .iter()
            .find(|c| c.to.is_none())
    }

    /// The Secretary-General without an end date.
    pub fn current_secretary_general(&self) -> Option<&SecretaryGeneral> {
        self.organization()
            .secretaries_general
            .iter()
            .find(|s| s.to.is_none())
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events().iter().find(|e| e.id == id)
    }

    /// The quote with this id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes().iter().find(|q| q.id == id)
    }

    /// The event or quote with this id (ids are unique across both files).
    pub fn item(&self, id: &str) -> Option<Item<'_>> {
        self.event(id)
            .map(Item::Event)
            .or_else(|| self.quote(id).map(Item::Quote))
    }
}

fn largest_first<'a>(figures: impl Iterator<Item = &'a Figure>) -> Vec<&'a Figure> {
    sorted(figures.collect(), |f| !f.amount.upper())
}

/// [`FuzzyDate::sort_key`] packed into one number that sorts the same way (years are
/// 32 bits and the month and day 8 each, so the bits above 48 are free for a flag).
pub(crate) fn date_key(date: &FuzzyDate) -> u64 {
    let (year, month, day) = date.sort_key();
    // Flipping the sign bit keeps the order of any i32 as a u32.
    let year = u64::from(year.cast_unsigned() ^ 0x8000_0000);
    year << 16 | u64::from(month) << 8 | u64::from(day)
}

/// `list` sorted by `key`, equal keys in their original order: a stable sort.
fn sorted<T: Copy>(list: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    order_by(&list.iter().map(key).collect::<Vec<u64>>())
        .into_iter()
        .map(|i| list[i])
        .collect()
}
