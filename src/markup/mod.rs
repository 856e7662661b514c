//! Fragments of HTML and SVG markup that the app sets as the content of one of its own
//! elements (`inner_html`): one string instead of one Leptos view type per element, which
//! keeps the Wasm much smaller for large read-only bodies and many overlay elements.
//!
//! - [`html`]: [`html::Html`], the writer: it escapes every text and attribute value and
//!   closes every element it opens;
//! - [`hooks`]: the contract between these writers, the listeners in `ui/` and the CSS:
//!   the `data-*` attribute names, the classes the UI queries, the id schemes and the
//!   actions of the delegated buttons. Writers and listeners both import them;
//! - [`context`]: [`context::MarkupContext`], what the markup depends on besides the data
//!   (text, language, year, page address, names, publishers);
//! - the fragments: [`countries`] (the map's country shapes), [`country`] and [`item`] (the country panel and its quote and event
//!   cards), [`about`], [`tables`], [`quotes`], [`legend`], [`overlay`] (the map's markers
//!   and flows), [`share`] (the share dialog) and [`notice`] (the notice bar, and the
//!   "could not be read" line of panels and views).
//!
//! The search suggestions are a Leptos view (`ui::search_box`), not markup: the string
//! form saved only 0.8 KB of Wasm (brotli: 238.9 KB as views, 238.1 KB as markup), under the
//! 1 KB that pays for a string contract. The notice bar stays markup: as a view it cost
//! 1.5 KB more (238.1 → 239.6 KB).
//!
//! Pure code (no leptos, no web-sys), tested natively. Security invariants (see
//! ARCHITECTURE.md): no `style` attributes (the CSP forbids inline styles), and links that
//! open a new tab carry `rel="noopener"`.

pub mod about;
pub mod context;
pub mod countries;
pub mod country;
pub mod hooks;
pub mod html;
pub mod item;
pub mod legend;
pub mod notice;
pub mod overlay;
pub mod qr;
pub mod quotes;
pub mod share_dialog;
pub mod tables;
pub mod tour;
pub mod worksheet;
