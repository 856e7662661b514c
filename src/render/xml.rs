//! Escaping text for XML (SVG) and HTML, in element content and in quoted attributes.

/// The text with `&`, `<`, `>`, `"` and `'` replaced by entities, safe both as element
/// content and inside a quoted attribute of XML or HTML. Characters that XML 1.0 forbids
/// (control characters other than tab, line feed and carriage return) are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(
            escape(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn other_text_is_kept_and_control_characters_dropped() {
        assert_eq!(escape("Türkiye — Ə, Қазақстан"), "Türkiye — Ə, Қазақстан");
        assert_eq!(escape("a\u{0}b\u{1b}c\td"), "abc\td");
    }
}
