//! Paper (issue 18): the print chunk (the QR code and the worksheet's markup, loaded when
//! used) and the QR code of the printed view, next to its address. The code is drawn when
//! printing is asked for (`beforeprint`, the print media query, the share dialog's Print),
//! from the chunk if it is in; a print asked for before the chunk is in gets it when it
//! arrives (the share dialog asks for it as it opens, so its Print always has it).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::chunks::{Chunk, split_point, use_chunks};
use super::clipboard::page_address;
use super::reactive::effect;
use super::state::{AppState, use_app};
use crate::i18n::fill;
use crate::i18n::sheet::sheet_strings;
use crate::links::view_link;
use crate::markup::qr::qr_svg;

/// The print chunk's entry points.
#[derive(Clone, Copy)]
pub struct PrintTools {
    /// Draws the QR code of the current view into the element (`markup::qr`).
    draw_qr: fn(AppState, &web_sys::HtmlElement),
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

/// Writes the QR code of the current view, named "QR code: <address>", into `node`.
fn draw_view_qr(app: AppState, node: &web_sys::HtmlElement) {
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
    node: NodeRef<leptos::html::Span>,
}

impl PrintRequest {
    /// Provides the page's print request (below the app's state and chunks).
    pub fn provide() {
        provide_context(PrintRequest {
            app: use_app(),
            chunk: use_chunks().print,
            wanted: RwSignal::new(false),
            node: NodeRef::new(),
        });
    }

    /// Draws the code now (if the chunk is in) and from now on follows the view.
    pub fn request(self) {
        self.chunk.request();
        self.draw();
        self.wanted.set(true);
    }

    /// Writes the QR code of the current view into the printed line (not tracked).
    fn draw(self) {
        if let (Some(tools), Some(node)) = (self.chunk.ready_untracked(), self.node.get_untracked())
        {
            (tools.draw_qr)(self.app, &node);
        }
    }
}

/// The printed view's QR code (hidden on screen), drawn when printing is asked for.
#[component]
pub fn PrintQr() -> impl IntoView {
    let request = use_print_request();
    let (app, chunk) = (request.app, request.chunk);
    let _before = window_event_listener_untyped("beforeprint", move |_| request.request());
    if let Ok(Some(print)) = window().match_media("print") {
        let list = print.clone();
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if list.matches() {
                request.request();
            }
        });
        let _ = print.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        callback.forget();
    }
    // Once asked for: drawn when the chunk arrives, and again when the view changes.
    effect(move || {
        if request.wanted.get() && chunk.ready().is_some() {
            app.map_state.track();
            app.lang.track();
            request.draw();
        }
    });
    view! { <span class="print-qr" data-testid="print-qr" node_ref=request.node></span> }
}

/// The page's print request (`PrintRequest::provide`), for `PrintQr` and the share
/// dialog's Print.
pub fn use_print_request() -> PrintRequest {
    expect_context::<PrintRequest>()
}
