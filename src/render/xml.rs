//! Escaping text for XML (SVG) and HTML, in element content and in quoted attributes: the
//! one escaper of the crate, used by the SVG and Atom writers here, by
//! [`crate::markup::html::Html`] and by [`crate::links`].

/// The text with `&`, `<`, `>`, `"` and `'` replaced by entities, safe both as element
/// content and inside a quoted attribute of XML or HTML. Characters that XML 1.0 forbids
/// (control characters other than tab, line feed and carriage return) are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends [`escape`]`(text)` to `out`. Copies `text` in runs between the characters that
/// change (all ASCII or a two-byte C1 control, so every cut is at a character boundary): a
/// long panel spent a millisecond and a half here when it was copied a character at a
/// time.
pub fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (entity, width) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            // C0 controls and DEL.
            0x00..=0x1f | 0x7f => ("", 1),
            // C1 controls: U+0080 to U+009F, written 0xC2 0x80 to 0xC2 0x9F.
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => ("", 2),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[run..i]);
        out.push_str(entity);
        i += width;
        run = i;
    }
    out.push_str(&text[run..]);
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
        assert_eq!(
            escape("a\u{7f}b\u{85}c\u{9f}d\u{a0}e\r\n"),
            "abcd\u{a0}e\r\n"
        );
    }

    #[test]
    fn every_character_is_escaped_as_one_at_a_time_would() {
        for text in [
            "Türkiye & “Azərbaycan” <Қазақстан> 'Oʻzbekiston'",
            "&",
            "ə",
            "",
            "<<>>",
            "Ӯ&\"ǵ\"\u{80}\u{c2}",
            "\u{1}\u{9f}Ģ",
        ] {
            let expected: String = text
                .chars()
                .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
                .map(|c| match c {
                    '&' => "&amp;".to_owned(),
                    '<' => "&lt;".to_owned(),
                    '>' => "&gt;".to_owned(),
                    '"' => "&quot;".to_owned(),
                    '\'' => "&#39;".to_owned(),
                    c => c.to_string(),
                })
                .collect();
            assert_eq!(escape(text), expected, "{text}");
        }
    }
}
