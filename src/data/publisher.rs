//! The publishers registry (`publishers.json`): which publisher each source host belongs
//! to, so that panels and exports name "Anadolu Agency" rather than `aa.com.tr`, and so
//! that `check-data` can refuse sources on hosts nobody has vouched for.
//!
//! A registry entry may never be a copy of someone else's pages: a mirror, a staging or
//! demo site, a CDN or a feed. [`copy_host_reason`] holds that rule (see `docs/DATA.md`).

use super::checker::{Checker, Json};
use super::declare::{reader, record, words};
use super::fields::{Id, OptCode, Text, Word};
use super::records::{Field, Kind, Loaded, Shape};
use super::source::Source;
use crate::world::CountryCode;

record! {
    /// One publisher and the hosts its pages are on.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Publisher {
        /// Stable kebab-case id.
        id: String = Id,
        /// The publisher's name as a reader would cite it ("Anadolu Agency").
        name: String = Text,
        /// What kind of publisher it is.
        kind: PublisherKind = Word<PublisherKind>,
        /// The country it is based in; none for international organisations.
        country: Option<CountryCode> = OptCode,
        /// Its host names, lower case, without `www.` (which is matched either way).
        hosts: Vec<String> = Hosts,
    }
}

words! {
    /// What kind of publisher a host belongs to.
    pub enum PublisherKind {
        /// A government, a parliament, an international organisation or one of its bodies.
        Official,
        /// A news agency.
        NewsAgency,
        /// A newspaper or magazine (in print or online).
        Newspaper,
        /// A radio or television broadcaster.
        Broadcaster,
        /// A news website without a print edition.
        NewsSite,
        /// A reference work (an encyclopaedia).
        Reference,
        /// A statistics office.
        Statistics,
        /// A research centre, university or think tank.
        Research,
    }
}

reader! {
    /// A publisher's host names: at least one, each acceptable (see [`host_problem`]).
    Hosts: Kind::Strs => Vec<String>, |raw, name, c, record| {
        let hosts = raw.strs(name);
        if hosts.is_empty() {
            c.report(record, name, "give at least one host name");
        }
        for host in &hosts {
            if let Some(problem) = host_problem(host) {
                c.report(record, name, format!("\"{host}\" {problem}"));
            }
        }
        hosts
    }
}

const FILE: Shape = &[Field::new("publishers", Kind::List)];

/// Reads and checks `publishers.json`.
pub(crate) fn load(json: Json, c: &mut Checker<'_>) -> Loaded<Publisher> {
    let Some(mut file) = c.parse_file(json, FILE) else {
        return Loaded::default();
    };
    let mut loaded = c.load_list(&mut file, "publishers", "id");
    duplicate_hosts(&loaded.records, c);
    loaded.records.shrink_to_fit();
    loaded
}

/// A host listed by two publishers.
fn duplicate_hosts(publishers: &[Publisher], c: &mut Checker<'_>) {
    for (i, publisher) in publishers.iter().enumerate() {
        for host in &publisher.hosts {
            if let Some(first) = publishers[..i].iter().find(|p| p.hosts.contains(host)) {
                c.report(
                    &publisher.id,
                    "hosts",
                    format!("\"{host}\" is already listed by \"{}\"", first.id),
                );
            }
        }
    }
}

/// Why a registry host is not acceptable, or `None`.
fn host_problem(host: &str) -> Option<String> {
    let well_formed = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.starts_with("www.")
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    if !well_formed {
        return Some(
            "is not a lower-case host name without \"www.\" (e.g. \"aa.com.tr\")".to_owned(),
        );
    }
    copy_host_reason(host).map(|reason| {
        format!("is {reason}: cite the original publisher's page instead, not a copy of it")
    })
}

/// Hosts that only republish other publishers' pages (syndication, machine-translated
/// aggregators, Wikipedia mirrors), found in the editorial audit of December 2026.
const REPUBLISHERS: &[&str] = &[
    "menafn.com",
    "jellypages.com",
    "vulgo.xyz",
    "clateway.com",
    "perceptiopt.com",
    "dailymoon.news",
    "usmuslims.com",
    "kazworld.info",
    "openrijk.nl",
    "mil-osi.com",
    "exbulletin.com",
    "wikiwand.com",
    "wiki.x.io",
    "kidzsearch.com",
    "iiab.live",
    "kiwix.org",
    "archive.org",
    "archive.ph",
    "archive.today",
];

/// Content-delivery networks: their hosts serve copies of other sites' pages.
const CDN_SUFFIXES: &[&str] = &[
    "azureedge.net",
    "cloudfront.net",
    "akamaized.net",
    "edgesuite.net",
    "fastly.net",
    "b-cdn.net",
    "googleusercontent.com",
    "ampproject.org",
];

/// Host-name labels that mark a copy: a staging, development or demo site, a mirror, a
/// cache, a CDN or a feed.
const COPY_LABELS: &[&str] = &[
    "staging", "stage", "dev", "test", "demo", "preview", "mirror", "cache", "cdn", "feed",
    "feeds", "rss",
];

/// Why a host is a copy of someone else's pages rather than a publisher, or `None`. A label
/// such as `demo10` counts as `demo` (a label followed by digits).
pub fn copy_host_reason(host: &str) -> Option<&'static str> {
    let host = host.to_ascii_lowercase();
    let is_or_under = |domain: &str| {
        host == domain
            || host
                .strip_suffix(domain)
                .is_some_and(|rest| rest.ends_with('.'))
    };
    if REPUBLISHERS.iter().any(|d| is_or_under(d)) {
        return Some("a site that republishes other publishers' pages (a mirror or aggregator)");
    }
    if CDN_SUFFIXES.iter().any(|d| is_or_under(d)) {
        return Some("a content-delivery network's host (a CDN copy)");
    }
    let copy_label = host.split('.').any(|label| {
        let word = label.trim_end_matches(|c: char| c.is_ascii_digit());
        COPY_LABELS.contains(&word)
    });
    copy_label.then_some("a staging, demo, mirror, cache or feed host")
}

/// The host of a source as the registry lists it: lower case, without `www.`.
pub fn registry_host(source: &Source) -> String {
    source.host().to_ascii_lowercase()
}

/// The publisher of a source's host, if the registry has it.
pub fn publisher_of<'a>(publishers: &'a [Publisher], source: &Source) -> Option<&'a Publisher> {
    let host = registry_host(source);
    publishers.iter().find(|p| p.hosts.contains(&host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_told_apart_from_publishers() {
        for copy in [
            "hessslslslsls.azureedge.net",
            "demo10.sitefabrikasi.com",
            "blob.vulgo.xyz",
            "reo.dev.vargadigital.com",
            "dfnihf8fcqrzv.cloudfront.net",
            "review.clateway.com",
            "en.m.wiki.x.io",
            "menafn.com",
            "translation1.mil-osi.com",
            "feeds.example.org",
            "staging.turkicstates.org",
            "web.archive.org",
        ] {
            assert!(copy_host_reason(copy).is_some(), "{copy}");
        }
        for publisher in [
            "turkicstates.org",
            "aa.com.tr",
            "en.wikipedia.org",
            "report.az",
            "24.kg",
            "dailysabah.com",
            "president.az",
            "devletbahceli.com",
            "testimony.org",
        ] {
            assert_eq!(copy_host_reason(publisher), None, "{publisher}");
        }
    }

    #[test]
    fn registry_hosts_must_be_bare_lower_case_names() {
        assert!(host_problem("aa.com.tr").is_none());
        assert!(host_problem("www.aa.com.tr").is_some());
        assert!(host_problem("AA.com.tr").is_some());
        assert!(host_problem("localhost").is_some());
        assert!(host_problem("user@evil.example").is_some());
    }

    #[test]
    fn a_source_finds_its_publisher_with_or_without_www() {
        let registry = [Publisher {
            id: "anadolu-agency".to_owned(),
            name: "Anadolu Agency".to_owned(),
            kind: PublisherKind::NewsAgency,
            country: None,
            hosts: vec!["aa.com.tr".to_owned()],
        }];
        for url in ["https://www.aa.com.tr/en/x", "https://AA.com.tr/tr/y"] {
            let source = Source::parse(url).expect("a valid address");
            assert_eq!(
                publisher_of(&registry, &source).map(|p| p.name.as_str()),
                Some("Anadolu Agency"),
                "{url}"
            );
        }
        let other = Source::parse("https://trend.az/x").expect("a valid address");
        assert!(publisher_of(&registry, &other).is_none());
    }
}
