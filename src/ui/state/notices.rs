//! The notices part of the state: what the notice bar shows, and the problems the
//! downloads report into it.

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;

use super::AppState;
use crate::data::DataError;
use crate::ui::load::LoadError;
use crate::ui::reactive::effect;
use crate::url_state::UrlNotice;

/// A message shown in the notice bar until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Something in the URL was dropped.
    Url(UrlNotice),
    /// The data files have problems; the message names the first one.
    Data(String),
    /// The data files could not be downloaded; the notice offers a retry.
    DataUnavailable(String),
    /// The server holds a newer version of the data; the notice offers a reload.
    NewVersion,
}

impl AppState {
    /// The notice for a failed download: a new version offers a reload, anything else a
    /// retry.
    pub fn notify_load(&self, error: &LoadError) {
        self.notify(match error {
            LoadError::NewVersion => Notice::NewVersion,
            other => Notice::DataUnavailable(other.to_string()),
        });
    }

    /// Adds a notice unless the same one is already showing.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    /// Reports each download that failed, and the records the data files could not give,
    /// as they happen. Names and text then fall back to English (and names to codes), the
    /// notices offer Try again.
    pub(super) fn report_problems(self) {
        let app = self;
        let content = self.content;
        effect(move || {
            if let Some(Err(error)) = content.names_file.get() {
                app.notify_load(&error);
            }
        });
        effect(move || {
            if let Some(Some((_, Err(error)))) = content.text_file.get() {
                app.notify_load(&error);
            }
        });
        effect(move || {
            if let Some(Some(Err(error))) = content.outer_file.get() {
                app.notify_load(&error);
            }
        });
        // The data files are reported once the map is in (it names the known countries).
        effect(move || {
            if !app.map_loaded() {
                return;
            }
            if let Some(Err(error)) = content.data_files.get() {
                app.notify_load(&error);
            } else if let Some(Some(Err(error))) = content.detail_files.get() {
                app.notify_load(&error);
            }
        });
        // Every valid record is kept; the others are reported in one notice, once a build.
        let reported = Cell::new(std::ptr::null::<Vec<DataError>>());
        effect(move || {
            content.built.with(|built| {
                let errors = Arc::as_ptr(&built.errors);
                if errors == reported.replace(errors) || built.errors.is_empty() {
                    return;
                }
                for error in built.errors.iter() {
                    leptos::logging::error!("{error}");
                }
                app.notify(Notice::Data(data_problems(&built.errors)));
            });
        });
    }
}

/// One line for the data notice: the first problem and how many more there are.
fn data_problems(errors: &[DataError]) -> String {
    let first = errors.first().map(ToString::to_string).unwrap_or_default();
    if errors.len() > 1 {
        format!("{first} (and {} more problems)", errors.len() - 1)
    } else {
        first
    }
}
