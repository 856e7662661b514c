//! `Source`: the web address a fact comes from.

use std::fmt;

/// An absolute `http` or `https` address of a page that supports a fact. Construction
/// rejects other schemes (`javascript:`, `file:`, …), white space and characters that
/// have no place in a link, so the UI can use it as an `href` as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source(String);

impl Source {
    /// Checks an address; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Self, String> {
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| format!("\"{text}\" is not an http(s) address"))?;
        if text.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        }) {
            return Err(format!(
                "\"{text}\" contains white space or a character not allowed in an address"
            ));
        }
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.contains('@') {
            // `https://www.turkicstates.org@evil.example/` goes to evil.example.
            return Err(format!(
                "\"{text}\" has user information before its host (…@…): write the address without it"
            ));
        }
        // (An empty host has no dot either.)
        if host.starts_with('.') || !host.contains('.') {
            return Err(format!("\"{text}\" has no valid host name"));
        }
        Ok(Self(text.to_owned()))
    }

    /// The full address.
    pub fn url(&self) -> &str {
        &self.0
    }

    /// The host name without a leading `www.`, for a short label such as `report.az`.
    pub fn host(&self) -> &str {
        let rest = self
            .0
            .split_once("://")
            .map(|(_, rest)| rest)
            .unwrap_or(&self.0);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        host.strip_prefix("www.").unwrap_or(host)
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_and_https_addresses_are_accepted() {
        for good in [
            "https://report.az/en/foreign-politics/x",
            "http://www.turkicpress.com/2010/09/16/x/",
            "https://undocs.org/S/RES/541(1983)",
            "https://perceptiopt.com/Государственный_комитет",
            "https://www.iso.org/obp/ui/#iso:code:3166:TR",
        ] {
            assert!(Source::parse(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn other_schemes_and_broken_addresses_are_rejected() {
        for bad in [
            "",
            "report.az/en",
            "ftp://example.org/file",
            "javascript:alert(1)",
            "https://",
            "https://localhost/x",
            "https://example.org/a b",
            " https://example.org/",
            "https://example.org/\"><script>",
            "https://www.turkicstates.org@evil.example/",
            "https://user:pass@example.org/x",
        ] {
            assert!(Source::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_source_reads_as_its_address() {
        let url = "https://www.turkicstates.org/en/zirveler";
        let source = Source::parse(url).expect("an address");
        assert_eq!(source.to_string(), url);
        assert_eq!(source.url(), url);
        assert!(Source::parse("https:///path").is_err(), "an empty host");
    }

    #[test]
    fn the_host_label_drops_www() {
        let source = Source::parse("https://www.turkiyetoday.com/region/x?y=1");
        assert_eq!(source.as_ref().map(Source::host), Ok("turkiyetoday.com"));
        let source = Source::parse("https://24.kg/english/355057__US/");
        assert_eq!(source.as_ref().map(Source::host), Ok("24.kg"));
    }
}
