//! Code the first view does not show, split out of the first-load Wasm (issue 16): the
//! share dialog, the country panel's body, the table view, the quotes view, the guided
//! tours (card and list), the quiz and the print chunk (QR codes, the worksheet). Each
//! chunk is a `Copy`
//! struct of function pointers (its entry points), returned by a `wasm_split` split point:
//! with the `split` feature (Trunk's builds, through index.html), `split-wasm` moves the
//! functions that only a split point reaches into their own `.wasm`, which the first call
//! downloads; without it (browser tests, clippy) the split point is a plain call.
//!
//! The components keep what paints at once in the main module (the Share button, the
//! panel's heading, close button and facts) and ask for the chunk when they mount; until
//! it is in they show "Loading…", and if it fails to download, "could not be read" with
//! Try again (`PanelAction::RetryCode`), never a blank panel. A link that opens a panel or
//! the table asks for its chunk when the app starts (and index.html's inline script
//! preloads its files), so it is in by the time the data is.
//!
//! Measured (release, wasm-opt, brotli 11; December 2026): see README "Code splitting".

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// A chunk could not be downloaded or instantiated (the loader logs why).
#[derive(Debug, Clone, Copy)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares a split point: `split_point!(module, fn name() -> Entry { body })` defines
/// `name()`, which returns the future of `Result<Entry, ChunkError>`; `body` (and what only
/// it reaches) goes into the chunk `module`.
// (rustfmt skipped: it re-indents the attribute inside the macro on every run.)
#[rustfmt::skip]
macro_rules! split_point {
    ($module:ident, fn $name:ident() -> $entry:ty $body:block) => {
        pub fn $name() -> $crate::ui::chunks::Loading<$entry> {
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split(
                    $module,
                    fallible,
                    wasm_split_path = ::leptos::wasm_split
                )
            )]
            fn entry() -> Result<$entry, $crate::ui::chunks::ChunkError> {
                Ok($body)
            }
            #[cfg(feature = "split")]
            return Box::pin(entry());
            #[cfg(not(feature = "split"))]
            return Box::pin(std::future::ready(entry()));
        }
    };
}
pub(crate) use split_point;

/// The download of a chunk: its entry points, or why not.
pub type Loading<T> = Pin<Box<dyn Future<Output = Result<T, ChunkError>>>>;

/// Where a chunk is. The same signal type for every chunk: a signal of a type of its own
/// per chunk (the entry points inside) cost the first-load Wasm about 1 KB with brotli per
/// chunk in Leptos's signal code; the entry points wait in a `OnceLock` beside it.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Loading,
    Ready,
    Failed,
}

/// One chunk: asked for once, its state a signal the components read.
pub struct Chunk<T: Copy + Send + Sync + 'static> {
    state: RwSignal<State>,
    /// The entry points once loaded (set once, before `state` becomes `Ready`). One per
    /// chunk for the app's lifetime: leaked on purpose.
    entry: &'static OnceLock<T>,
    load: fn() -> Loading<T>,
}

impl<T: Copy + Send + Sync + 'static> Clone for Chunk<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy + Send + Sync + 'static> Copy for Chunk<T> {}

impl<T: Copy + Send + Sync + 'static> Chunk<T> {
    fn new(load: fn() -> Loading<T>) -> Self {
        Chunk {
            state: RwSignal::new(State::Idle),
            entry: Box::leak(Box::new(OnceLock::new())),
            load,
        }
    }

    /// Starts the download, unless it is in or on its way.
    pub fn request(self) {
        if !matches!(self.state.get_untracked(), State::Idle | State::Failed) {
            return;
        }
        self.state.set(State::Loading);
        let load = self.load;
        spawn_local(async move {
            let state = match load().await {
                Ok(entry) => {
                    let _ = self.entry.set(entry);
                    State::Ready
                }
                Err(ChunkError) => State::Failed,
            };
            self.state.try_set(state);
        });
    }

    /// The entry points once the chunk is in (tracked).
    pub fn ready(self) -> Option<T> {
        (self.state.get() == State::Ready)
            .then(|| self.entry.get().copied())
            .flatten()
    }

    /// The entry points without tracking (for event handlers).
    pub fn ready_untracked(self) -> Option<T> {
        self.entry.get().copied()
    }

    /// Whether the last download failed (tracked).
    pub fn failed(self) -> bool {
        self.state.get() == State::Failed
    }

    /// Tries a failed download again.
    fn retry(self) {
        if self.state.get_untracked() == State::Failed {
            self.request();
        }
    }
}

/// The app's chunks, provided at the root.
#[derive(Clone, Copy)]
pub struct Chunks {
    pub country: Chunk<super::country_panel::CountryBody>,
    pub table: Chunk<super::table_view::Tables>,
    pub share: Chunk<super::share_dialog::ShareBody>,
    pub quotes: Chunk<super::quotes_view::Quotes>,
    pub tour: Chunk<super::tour::TourChunk>,
    /// True while the list of tours is shown (the About panel's "Guided tours").
    pub tours_listed: RwSignal<bool>,
    pub print: Chunk<super::print::PrintTools>,
    pub quiz: Chunk<super::quiz_panel::QuizCard>,
}

impl Chunks {
    /// Provides the chunks (none downloaded yet).
    pub fn provide() -> Chunks {
        let chunks = Chunks {
            country: Chunk::new(super::country_panel::country_body),
            table: Chunk::new(super::table_view::tables),
            share: Chunk::new(super::share_dialog::share_body),
            quotes: Chunk::new(super::quotes_view::quotes),
            tour: Chunk::new(super::tour::tour_chunk),
            tours_listed: RwSignal::new(false),
            print: Chunk::new(super::print::print_tools),
            quiz: Chunk::new(super::quiz_panel::quiz_card),
        };
        provide_context(chunks);
        chunks
    }

    /// Shows the list of tours, downloading the tours' chunk.
    pub fn show_tours(self) {
        self.tours_listed.set(true);
        self.tour.request();
    }

    /// Tries every failed download again ("Try again" in a panel or view).
    pub fn retry_failed(self) {
        self.country.retry();
        self.table.retry();
        self.share.retry();
        self.quotes.retry();
        self.tour.retry();
        self.print.retry();
        self.quiz.retry();
    }
}

/// The app's chunks (`Chunks::provide` at the root).
pub fn use_chunks() -> Chunks {
    expect_context::<Chunks>()
}
