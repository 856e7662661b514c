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
