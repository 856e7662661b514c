//! The share dialog's markup: copy the link, the system share sheet, the embed code, and
//! the downloads. Each button carries `data-action`, which the app's one listener on the
//! dialog acts on ([`ShareAction`]).

use crate::i18n::Strings;
use crate::i18n::sheet::SheetStrings;

use super::hooks::{DATA_ACTION, DATA_LINK, ShareAction};
use super::html::Html;

/// What the dialog shows besides the interface text.
pub struct DialogText<'a> {
    /// The link to share (for a country, its preview page).
    pub link: &'a str,
    /// The embed code of the view.
    pub embed: &'a str,
    /// True when the browser has a system share sheet.
    pub can_share: bool,
    /// True once the data the downloads hold is in (until then they are disabled).
    pub data_ready: bool,
    /// True once every country has its shape (the map downloads wait for the geometry
    /// beyond the first view).
    pub map_ready: bool,
    /// The map pictures in words (`render::alt_text`), once the data is in.
    pub alt_text: Option<&'a str>,
    /// The address of the view's worksheet (`?…print=worksheet`).
    pub worksheet: &'a str,
    /// The text of paper (Print, Worksheet), in the interface language.
    pub sheet_text: &'static SheetStrings,
}

/// The dialog's content, without its feedback line.
pub fn share_dialog_html(text: &'static Strings, dialog: &DialogText<'_>) -> String {
    let mut html = Html::new();
    html.el("div", &[("class", Some("share__head"))], |html| {
        html.element("h2", &[("id", Some("share-title"))], text.share_title)
            .element(
                "button",
                &[
                    ("type", Some("button")),
                    ("class", Some("panel__close")),
                    ("aria-label", Some(text.close)),
                    (DATA_ACTION, Some(ShareAction::Close.key())),
                ],
                "×",
            );
    });
    let actions = [("class", Some("share__actions"))];
    html.el("div", &actions, |html| {
        button(
            html,
            "share-copy-link",
            ShareAction::CopyLink,
            Some(dialog.link),
            true,
            text.copy_view_link,
        );
        if dialog.can_share {
            button(
                html,
                "share-native",
                ShareAction::ShareNative,
                None,
                true,
                text.share_native,
            );
        }
        button(
            html,
            "share-copy-embed",
            ShareAction::CopyEmbed,
            None,
            true,
            text.copy_embed,
        );
    });
    text_box(
        &mut html,
        "embed-code",
        "share__code",
        text.embed_code,
        dialog.embed,
    );
    html.el("div", &actions, |html| {
        button(
            html,
            "download-svg",
            ShareAction::Svg,
            None,
            dialog.map_ready,
            text.download_svg,
        );
        button(
            html,
            "download-png",
            ShareAction::Png,
            None,
            dialog.map_ready,
            text.download_png,
        );
        button(
            html,
            "download-csv",
            ShareAction::Csv,
            None,
            dialog.data_ready,
            text.download_csv,
        );
        button(
            html,
            "download-json",
            ShareAction::Json,
            None,
            dialog.data_ready,
            text.download_json,
        );
    });
    // Paper: the view printed with its QR code, and the worksheet of the view.
    html.el("div", &actions, |html| {
        button(
            html,
            "share-print",
            ShareAction::Print,
            None,
            true,
            dialog.sheet_text.print,
        );
        html.element(
            "a",
            &[
                ("class", Some("button")),
                ("href", Some(dialog.worksheet)),
                ("data-testid", Some("share-worksheet")),
            ],
            dialog.sheet_text.worksheet,
        );
    });
    if let Some(alt_text) = dialog.alt_text {
        text_box(
            &mut html,
            "alt-text",
            "share__code share__code--prose",
            text.alt_text,
            alt_text,
        );
        html.el("div", &actions, |html| {
            button(
                html,
                "share-copy-alt-text",
                ShareAction::CopyAltText,
                None,
                true,
                text.copy_alt_text,
            );
        });
    }
    html.finish()
}

/// A labelled read-only text box to copy from (its id is also its test id).
fn text_box(html: &mut Html, id: &str, class: &str, label: &str, value: &str) {
    html.element(
        "label",
        &[("class", Some("share__code-label")), ("for", Some(id))],
        label,
    )
    .element(
        "textarea",
        &[
            ("id", Some(id)),
            ("class", Some(class)),
            ("readonly", Some("")),
            ("rows", Some("4")),
            ("data-testid", Some(id)),
        ],
        value,
    );
}

fn button(
    html: &mut Html,
    testid: &str,
    action: ShareAction,
    link: Option<&str>,
    enabled: bool,
    label: &str,
) {
    html.element(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("button")),
            ("data-testid", Some(testid)),
            (DATA_ACTION, Some(action.key())),
            (DATA_LINK, link),
            ("disabled", (!enabled).then_some("")),
        ],
        label,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::i18n::sheet::sheet_strings;
    use crate::url_state::Lang;

    #[test]
    fn the_dialog_offers_every_action_and_escapes_the_embed_code() {
        let embed = r#"<iframe src="https://example.org/?country=KAZ&amp;embed=1"></iframe>"#;
        let html = share_dialog_html(
            &EN,
            &DialogText {
                link: "https://example.org/share/KAZ.html",
                embed,
                can_share: false,
                data_ready: false,
                map_ready: true,
                alt_text: None,
                worksheet: "?print=worksheet",
                sheet_text: sheet_strings(Lang::En),
            },
        );
        for action in ShareAction::ALL {
            let written = html.contains(&format!("{DATA_ACTION}=\"{}\"", action.key()));
            let offered = !matches!(action, ShareAction::ShareNative | ShareAction::CopyAltText);
            assert_eq!(written, offered, "{action:?}");
        }
        assert!(!html.contains("share-native"));
        assert!(html.contains("data-link=\"https://example.org/share/KAZ.html\""));
        assert!(html.contains(
            "&lt;iframe src=&quot;https://example.org/?country=KAZ&amp;amp;embed=1&quot;&gt;"
        ));
        assert_eq!(
            html.matches(" disabled=\"\"").count(),
            2,
            "the data downloads wait for the data"
        );
        let waiting = share_dialog_html(
            &EN,
            &DialogText {
                link: "x",
                embed: "y",
                can_share: false,
                data_ready: true,
                map_ready: false,
                alt_text: None,
                worksheet: "?print=worksheet",
                sheet_text: sheet_strings(Lang::En),
            },
        );
        for testid in ["download-svg", "download-png"] {
            assert!(
                waiting.contains(&format!(
                    "data-testid=\"{testid}\" data-action=\"{}\" disabled=\"\"",
                    &testid[9..]
                )),
                "the map downloads wait for the whole map: {waiting}"
            );
        }
        let ready = share_dialog_html(
            &EN,
            &DialogText {
                link: "x",
                embed: "y",
                can_share: true,
                data_ready: true,
                map_ready: true,
                alt_text: Some("Map: <A> & B."),
                worksheet: "?country=KAZ&print=worksheet",
                sheet_text: sheet_strings(Lang::En),
            },
        );
        assert!(ready.contains("data-action=\"share-native\"") && !ready.contains("disabled"));
        assert!(
            ready.contains(">Map: &lt;A&gt; &amp; B.</textarea>"),
            "{ready}"
        );
        assert!(ready.contains("data-action=\"copy-alt-text\""));
        assert!(ready.contains(
            r#"<a class="button" href="?country=KAZ&amp;print=worksheet" data-testid="share-worksheet">Worksheet</a>"#
        ));
        assert!(
            !waiting.contains("alt-text"),
            "no description before the data"
        );
    }
}
