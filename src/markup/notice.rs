//! The notice bar's markup: each notice's message with a dismiss button (`data-dismiss`,
//! its index) and, for data that could not be downloaded, a retry button (`data-retry`).

use crate::i18n::Strings;

use super::hooks::{DATA_ACTION, DATA_DISMISS, DATA_RELOAD, DATA_RETRY, PanelAction};
use super::html::Html;

/// One notice: its message, and whether it offers a retry.
pub struct NoticeLine {
    /// What happened, in the current language.
    pub message: String,
    /// True for a download that failed.
    pub retry: bool,
    /// True when the page must load again (a new version of the data).
    pub reload: bool,
}

/// The notices, in order.
pub fn notices_html(notices: &[NoticeLine], text: &'static Strings) -> String {
    let mut html = Html::new();
    for (index, notice) in notices.iter().enumerate() {
        let index = index.to_string();
        let attributes = [("class", Some("notice")), ("data-testid", Some("notice"))];
        html.el("div", &attributes, |html| {
            html.element("p", &[("class", Some("notice__text"))], &notice.message);
            if notice.reload {
                // A real page load: the in-page link listener leaves `data-reload` alone.
                html.element(
                    "a",
                    &[
                        ("href", Some("")),
                        ("class", Some("button notice__retry")),
                        (DATA_RELOAD, Some("")),
                        ("data-testid", Some("notice-reload")),
                    ],
                    text.reload,
                );
            }
            if notice.retry {
                html.element(
                    "button",
                    &[
                        ("type", Some("button")),
                        ("class", Some("button notice__retry")),
                        ("data-testid", Some("notice-retry")),
                        (DATA_RETRY, Some(&index)),
                    ],
                    text.retry,
                );
            }
            html.element(
                "button",
                &[
                    ("type", Some("button")),
                    ("class", Some("notice__dismiss")),
                    ("data-testid", Some("notice-dismiss")),
                    ("aria-label", Some(text.dismiss)),
                    (DATA_DISMISS, Some(&index)),
                ],
                "×",
            );
        });
    }
    html.finish()
}

/// Where data should be when it could not be read: the sentence and "Try again"
/// (`data-action="retry-data"`, which the panel's or view's listener acts on).
pub fn data_failed_html(text: &'static Strings) -> String {
    failed_html(text, "data-failed", PanelAction::RetryData)
}

/// The same sentence and Try again when a part of the app's own code (a split chunk: the
/// country panel's body, the table view, the share dialog) could not be downloaded.
pub fn code_failed_html(text: &'static Strings) -> String {
    failed_html(text, "code-failed", PanelAction::RetryCode)
}

fn failed_html(text: &'static Strings, testid: &str, retry: PanelAction) -> String {
    let mut html = Html::new();
    let attributes = [
        ("class", Some("panel__status")),
        ("role", Some("alert")),
        ("data-testid", Some(testid)),
    ];
    html.el("p", &attributes, |html| {
        html.text(text.data_unreadable).text(" ").element(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("link-button")),
                (DATA_ACTION, Some(retry.key())),
            ],
            text.retry,
        );
    });
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn each_notice_can_be_dismissed_and_failed_downloads_retried() {
        let html = notices_html(
            &[
                NoticeLine {
                    message: "?country=<b>".into(),
                    retry: false,
                    reload: false,
                },
                NoticeLine {
                    message: "quotes.json could not be downloaded".into(),
                    retry: true,
                    reload: false,
                },
            ],
            &EN,
        );
        assert_eq!(html.matches("data-testid=\"notice\"").count(), 2);
        assert!(html.contains("?country=&lt;b&gt;"));
        assert!(html.contains("data-dismiss=\"0\"") && html.contains("data-dismiss=\"1\""));
        assert_eq!(html.matches("data-retry=").count(), 1);
        assert!(html.contains("data-retry=\"1\""));
    }

    #[test]
    fn a_failed_chunk_says_so_with_its_own_try_again() {
        let data = data_failed_html(&EN);
        let code = code_failed_html(&EN);
        assert!(code.contains("role=\"alert\"") && code.contains("data-testid=\"code-failed\""));
        assert!(code.contains(EN.data_unreadable) && code.contains(EN.retry));
        assert!(code.contains("data-action=\"retry-code\""));
        assert!(
            data.contains("data-action=\"retry-data\"")
                && data.contains("data-testid=\"data-failed\"")
        );
    }
}
