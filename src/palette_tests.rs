//! The colours in `style/main.css` meet WCAG 2.2 AA in both themes: text at least 4.5:1
//! against its backgrounds, map fills at least 3:1 against each other (members, observers
//! and other countries are neighbours on the map). The test reads the real stylesheet.

const STYLESHEET: &str = include_str!("../style/main.css");

/// Which of the two colours of `light-dark(light, dark)` a palette takes.
#[derive(Clone, Copy, Debug)]
enum Theme {
    Light,
    Dark,
}

/// The `--name: light-dark(#rrggbb, #rrggbb);` tokens of the stylesheet's `:root` block,
/// with the colour `theme` takes (a token that is the same in both themes is a bare
/// `#rrggbb`).
fn tokens(theme: Theme) -> Vec<(String, String)> {
    let start = STYLESHEET.find(":root {").expect("no :root block");
    let block = &STYLESHEET[start..];
    let block = &block[..block.find('}').unwrap_or(block.len())];
    block
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().trim_end_matches(';').split_once(':')?;
            let value = value.trim();
            let value = match value
                .strip_prefix("light-dark(")
                .and_then(|pair| pair.strip_suffix(')'))
                .and_then(|pair| pair.split_once(", "))
            {
                Some((light, dark)) => match theme {
                    Theme::Light => light,
                    Theme::Dark => dark,
                },
                None => value,
            };
            (name.starts_with("--") && value.starts_with('#') && value.len() == 7)
                .then(|| (name.trim_start_matches("--").to_owned(), value.to_owned()))
        })
        .collect()
}

fn colour(palette: &[(String, String)], name: &str) -> String {
    palette
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("no --{name}"))
}

/// Relative luminance of `#rrggbb` (WCAG 2.x).
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn check(theme: Theme) {
    let palette = tokens(theme);
    let c = |name: &str| colour(&palette, name);
    for (text, background) in [
        ("ink", "paper"),
        ("ink-muted", "paper"),
        ("accent", "paper"),
        ("ink", "paper-raised"),
        ("ink-muted", "paper-raised"),
        ("accent", "paper-raised"),
        ("ink", "notice"),
    ] {
        let ratio = contrast(&c(text), &c(background));
        assert!(
            ratio >= 4.5,
            "{theme:?}: --{text} on --{background} is {ratio:.2}:1"
        );
    }
    for (a, b) in [
        ("member", "observer"),
        ("member", "land"),
        ("observer", "land"),
    ] {
        let ratio = contrast(&c(a), &c(b));
        assert!(
            ratio >= 3.0,
            "{theme:?}: --{a} against --{b} is {ratio:.2}:1"
        );
    }
}

/// The stylesheet's innermost rules, comments removed: `(selector, [(property, value)])`.
fn rules() -> Vec<(String, Vec<(String, String)>)> {
    let mut css = String::new();
    let mut rest = STYLESHEET;
    while let Some(start) = rest.find("/*") {
        css.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("a comment's end");
        rest = &rest[start + end + 2..];
    }
    css.push_str(rest);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = css[from..].find('{').map(|i| from + i) {
        let selector = css[..open].rsplit(['{', '}']).next().unwrap_or("").trim();
        let body_end = css[open + 1..].find(['{', '}']).map(|i| open + 1 + i);
        from = open + 1;
        let Some(end) = body_end.filter(|&end| css[end..].starts_with('}')) else {
            continue;
        };
        let declarations = css[open + 1..end]
            .split(';')
            .filter_map(|d| d.split_once(':'))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect();
        out.push((selector.to_owned(), declarations));
    }
    out
}

/// The declarations of the rule whose selector is exactly `selector`.
fn rule(selector: &str) -> Vec<(String, String)> {
    rules()
        .into_iter()
        .find(|(s, _)| s == selector)
        .unwrap_or_else(|| panic!("no rule {selector}"))
        .1
}

fn property<'a>(declarations: &'a [(String, String)], name: &str) -> Option<&'a str> {
    declarations
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A colour value as `theme` shows it: `var(--token)` or `#rgb`/`#rrggbb`; `None` for
/// anything else (a translucent `rgb()`, a gradient).
fn resolve(palette: &[(String, String)], value: &str) -> Option<String> {
    if let Some(name) = value
        .strip_prefix("var(--")
        .and_then(|v| v.strip_suffix(')'))
    {
        return Some(colour(palette, name));
    }
    let hex = value.strip_prefix('#')?;
    match hex.len() {
        6 => Some(value.to_owned()),
        3 => Some(
            hex.chars()
                .flat_map(|c| [c, c])
                .fold("#".to_owned(), |mut s, c| {
                    s.push(c);
                    s
                }),
        ),
        _ => None,
    }
}

/// Text in `text` on `background` meets WCAG AA (4.5:1).
fn assert_readable(theme: Theme, what: &str, text: &str, background: &str) {
    let ratio = contrast(text, background);
    assert!(
        ratio >= 4.5,
        "{theme:?}: {what}: {text} on {background} is {ratio:.2}:1"
    );
}

#[test]
fn the_palette_is_written_once_and_the_theme_setting_picks_its_half() {
    // Each colour token is defined once, in `:root`, with a light and a dark value that
    // parse (none silently skipped by `tokens`); no later block (a data-theme copy, a
    // prefers-color-scheme copy) redefines one, so the two ways to get the dark theme
    // cannot drift apart.
    let light = tokens(Theme::Light);
    let rules = rules();
    let root = &rules.iter().find(|(s, _)| s == ":root").expect(":root").1;
    for (name, value) in root {
        if value.starts_with("light-dark(#") || value.starts_with('#') {
            let token = name.trim_start_matches("--");
            assert!(
                light.iter().any(|(n, _)| n == token),
                "--{token}: {value} is not read as a colour"
            );
        }
    }
    for (name, _) in &light {
        let definition = format!("--{name}:");
        let definitions = STYLESHEET
            .lines()
            .filter(|line| line.trim_start().starts_with(&definition))
            .count();
        assert_eq!(definitions, 1, "--{name} is defined {definitions} times");
    }
    // The system's setting picks a half of each `light-dark()` unless the page sets
    // data-theme, which must then force that half.
    assert_eq!(property(root, "color-scheme"), Some("light dark"));
    for theme in ["light", "dark"] {
        let forced = rule(&format!(":root[data-theme=\"{theme}\"]"));
        assert_eq!(property(&forced, "color-scheme"), Some(theme));
    }
}

#[test]
fn text_on_a_background_set_in_its_rule_is_readable_in_both_themes() {
    // A rule that paints a background and does not set the text colour keeps the body's
    // --ink. A fixed colour there (such as white) is right in one theme only.
    for theme in [Theme::Light, Theme::Dark] {
        let palette = tokens(theme);
        for (selector, declarations) in rules() {
            let Some(background) = property(&declarations, "background")
                .or_else(|| property(&declarations, "background-color"))
                .and_then(|v| resolve(&palette, v))
            else {
                continue;
            };
            let text = property(&declarations, "color").unwrap_or("var(--ink)");
            let Some(text) = resolve(&palette, text) else {
                continue;
            };
            assert_readable(theme, &selector, &text, &background);
        }
    }
}

#[test]
fn the_count_on_a_marker_group_is_readable_in_both_themes() {
    for theme in [Theme::Light, Theme::Dark] {
        let palette = tokens(theme);
        let fill = |selector: &str| {
            let declarations = rule(selector);
            let value = property(&declarations, "fill").expect("a fill");
            resolve(&palette, value).unwrap_or_else(|| panic!("{selector}: {value}"))
        };
        let (count, disc) = (fill(".marker__group-count"), fill(".marker__group-disc"));
        assert_readable(theme, "the group's count", &count, &disc);
    }
}

#[test]
fn the_light_theme_meets_wcag_aa() {
    check(Theme::Light);
}

#[test]
fn the_dark_theme_meets_wcag_aa() {
    check(Theme::Dark);
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}
