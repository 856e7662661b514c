//! Paper (issue 18): the print chunk (the QR code and the worksheet's markup, loaded when
//! used) and the QR code of the printed view, next to its address. The code is drawn when
//! printing is asked for (`beforeprint`, the share dialog's Print), from the chunk if it
//! is in. The share dialog asks for the chunk as it opens, so its Print always has the
//! code; a first print from the browser's menu before the chunk is in has none (it comes a
//! moment later, for the next print): printing cannot wait for a download.

use leptos::prelude::*;

use super::chunks::{Chunk, split_point, use_chunks};
use super::clipboard::page_address;
use super::reactive::effect;
use super::state::{AppState, use_app};
use crate::i18n::fill;
use crate::i18n::sheet::sheet_strings;
use crate::links::view_link;
use crate::markup::qr::qr_svg;

/// The id of the printed view's QR code's place (`ui::app`, next to the printed address).
pub const PRINT_QR_ID: &str = "print-qr";

/// The print chunk's entry points.
#[derive(Clone, Copy)]
pub struct PrintTools {
    /// Draws the QR code of the current view into its place ([`PRINT_QR_ID`]).
    draw_qr: fn(AppState),
    /// The worksheet page's content (`ui::worksheet`).
    pub sheet: fn() -> AnyView,
}

split_point!(
    print_sheet,
    fn print_tools() -> PrintTools {
        PrintTools {
            draw_qr: draw_view_qr,
            sheet: super::worksheet::worksheet_sheet,
        }
    }
);

/// Writes the QR code of the current view, named "QR code: <address>", into its place.
fn draw_view_qr(app: AppState) {
    let Some(node) = document().get_element_by_id(PRINT_QR_ID) else {
        return;
    };
    let link = view_link(&page_address(), &app.map_state.get_untracked());
    let name = fill(
        sheet_strings(app.lang.get_untracked()).qr_code_label,
        &[&link],
    );
    node.set_inner_html(&qr_svg(&link, &name, "print-qr__code"));
}

/// Printing was asked for: the printed view's QR code is drawn now if the chunk is in,
/// else when it arrives. Shared by the page's print events and the share dialog.
#[derive(Clone, Copy)]
pub struct PrintRequest {
    app: AppState,
    chunk: Chunk<PrintTools>,
    wanted: RwSignal<bool>,
}

impl PrintRequest {
    /// Listens for printing (`beforeprint`) and provides the
    /// page's print request (below the app's state and chunks). Once printing is asked
    /// for, the code is drawn when the chunk arrives and again when the view changes.
    pub fn follow_printing() {
        let app = use_app();
        let chunk = use_chunks().print;
        let request = PrintRequest {
            app,
            chunk,
            wanted: RwSignal::new(false),
        };
        provide_context(request);
        // (Chromium fires it for Print, Ctrl+P and `page.pdf()` alike.)
        let _before = window_event_listener_untyped("beforeprint", move |_| request.request());
        effect(move || {
            if request.wanted.get() && chunk.ready().is_some() {
                app.map_state.track();
                app.lang.track();
                request.draw();
            }
        });
    }

    /// Draws the code now (if the chunk is in) and from now on follows the view.
    pub fn request(self) {
        self.chunk.request();
        self.draw();
        self.wanted.set(true);
    }

    /// Writes the QR code of the current view into its place (not tracked).
    fn draw(self) {
        if let Some(tools) = self.chunk.ready_untracked() {
            (tools.draw_qr)(self.app);
        }
    }
}

/// The page's print request (`PrintRequest::follow_printing`), for the share dialog's
/// Print.
pub fn use_print_request() -> PrintRequest {
    expect_context::<PrintRequest>()
}
