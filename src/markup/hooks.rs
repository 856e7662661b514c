//! The contract between the markup writers (`markup::*`), the listeners in `ui/` that act
//! on that markup once it is set as HTML, and the CSS: the `data-*` attributes, the classes
//! the UI queries, the id schemes and the actions of the delegated buttons. Writers and
//! listeners both import these, so a name cannot drift between them. The CSS keeps the
//! class names written here (`style/main.css` uses them too).

/// A class the UI looks for in markup it did not build element by element: its name (for
/// `class="…"`) and its CSS selector (for `closest` and `query_selector`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class {
    /// The class name.
    pub name: &'static str,
    /// The selector matching the class, `.name`.
    pub selector: &'static str,
}

macro_rules! classes {
    ($($(#[$doc:meta])* $constant:ident = $name:literal;)*) => {
        $(
            $(#[$doc])*
            pub const $constant: Class = Class { name: $name, selector: concat!(".", $name) };
        )*
    };
}

// ---- Data attributes ----

/// Item cards and the map's markers: the id of the quote or event.
pub const DATA_ITEM: &str = "data-item";
/// Map markers: the country an item belongs to.
pub const DATA_COUNTRY: &str = "data-country";
/// Map markers: the year of the item (the app dims the markers after the year shown).
pub const DATA_YEAR: &str = "data-year";
/// The selector of the elements with a [`DATA_YEAR`] (a literal: a `format!` costs Wasm).
pub const WITH_DATA_YEAR: &str = "[data-year]";
/// Map markers, groups and flows: the anchor's x in plane units (for the tooltip).
pub const DATA_X: &str = "data-x";
/// Map markers, groups and flows: the anchor's y in plane units.
pub const DATA_Y: &str = "data-y";
/// Map markers: the marker's offset from its anchor in pixels, across.
pub const DATA_DX: &str = "data-dx";
/// Map markers: the marker's offset from its anchor in pixels, down.
pub const DATA_DY: &str = "data-dy";
/// Map marker groups: a group of markers (pressing one zooms in).
pub const DATA_GROUP: &str = "data-group";
/// Flows (map and panel): the host country; pressing a map flow selects it.
pub const DATA_HOST: &str = "data-host";
/// Flows (map and panel): the country of origin.
pub const DATA_ORIGIN: &str = "data-origin";
/// About's member and observer names: the country code.
pub const DATA_CODE: &str = "data-code";
/// About's member and observer names: the country selected when pressed.
pub const DATA_SELECT: &str = "data-select";
/// The action of a button inside a container with one listener ([`ShareAction`],
/// [`PanelAction`]).
pub const DATA_ACTION: &str = "data-action";
/// The share dialog's "copy link" button: the link it copies (for tests and people who
/// inspect it; the listener copies the current link).
pub const DATA_LINK: &str = "data-link";
/// Notices: the index of the notice whose download is retried.
pub const DATA_RETRY: &str = "data-retry";
/// Notices: the index of the notice dismissed.
pub const DATA_DISMISS: &str = "data-dismiss";
/// A link that asks for a real page load (the in-page link listener leaves it alone).
pub const DATA_RELOAD: &str = "data-reload";

// ---- Classes the UI queries ----

classes! {
    /// A quote or event card.
    ITEM = "item";
    /// The "Copy link" and "Cite" row of a card (the fallback field goes after it).
    ITEM_ACTIONS = "item__actions";
    /// A card's feedback line ("Link copied").
    ITEM_FEEDBACK = "item__feedback";
    /// A card's citation block, filled when "Cite" is first pressed.
    ITEM_CITATION = "item__citation";
    /// The citation line inside the block, which "Copy citation" copies.
    ITEM_CITATION_TEXT = "item__citation-text";
    /// The field showing the text when the clipboard is refused (made by the UI).
    ITEM_FALLBACK = "item__fallback";
    /// A map marker of an event after the year shown (toggled by the UI).
    MARKER_FUTURE = "marker--future";
}

// ---- Id schemes ----

/// The DOM id of an item's card (the anchor an item link scrolls to).
pub fn item_dom_id(id: &str) -> String {
    format!("item-{id}")
}

/// The id of the tour card's step heading (the card's `aria-labelledby`).
pub const TOUR_STEP_TITLE_ID: &str = "tour-step-title";

/// The DOM id of an item's citation block (named by the card's "Cite" button).
pub fn citation_id(id: &str) -> String {
    format!("cite-{id}")
}

/// The DOM id of the `index`th option of the list `list_id` (the search box's
/// `aria-activedescendant`).
pub fn option_id(list_id: &str, index: usize) -> String {
    format!("{list_id}-{index}")
}

// ---- Actions ----

/// The buttons of a quote or event card. Each is marked by its own attribute
/// ([`ItemAction::key`]): the value is what the action needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemAction {
    /// "Copy link": the value is the text to copy.
    Copy,
    /// "Copy citation": copies the card's citation line (the value is empty).
    CopyCitation,
    /// "Cite": the value is the id of the citation block to show or hide.
    Cite,
}

impl ItemAction {
    /// Every action.
    pub const ALL: [ItemAction; 3] = [ItemAction::Copy, ItemAction::CopyCitation, ItemAction::Cite];

    /// The attribute that marks the button.
    pub fn key(self) -> &'static str {
        match self {
            ItemAction::Copy => "data-copy",
            ItemAction::CopyCitation => "data-copy-citation",
            ItemAction::Cite => "data-cite",
        }
    }

    /// The action marked by the attribute `key`.
    pub fn from_key(key: &str) -> Option<ItemAction> {
        ItemAction::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The share dialog's buttons, by their [`DATA_ACTION`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareAction {
    /// Closes the dialog.
    Close,
    /// Copies the link to the view.
    CopyLink,
    /// Opens the system share sheet.
    ShareNative,
    /// Copies the embed code.
    CopyEmbed,
    /// Copies the map pictures in words.
    CopyAltText,
    /// Downloads the map as SVG.
    Svg,
    /// Downloads the map as PNG.
    Png,
    /// Downloads the data shown as CSV.
    Csv,
    /// Downloads the data shown as JSON.
    Json,
    /// Prints the view (with its QR code).
    Print,
}

impl ShareAction {
    /// Every action.
    pub const ALL: [ShareAction; 10] = [
        ShareAction::Close,
        ShareAction::CopyLink,
        ShareAction::ShareNative,
        ShareAction::CopyEmbed,
        ShareAction::CopyAltText,
        ShareAction::Svg,
        ShareAction::Png,
        ShareAction::Csv,
        ShareAction::Json,
        ShareAction::Print,
    ];

    /// The value of [`DATA_ACTION`].
    pub fn key(self) -> &'static str {
        match self {
            ShareAction::Close => "close",
            ShareAction::CopyLink => "copy-link",
            ShareAction::ShareNative => "share-native",
            ShareAction::CopyEmbed => "copy-embed",
            ShareAction::CopyAltText => "copy-alt-text",
            ShareAction::Svg => "svg",
            ShareAction::Png => "png",
            ShareAction::Csv => "csv",
            ShareAction::Json => "json",
            ShareAction::Print => "print",
        }
    }

    /// The action whose [`DATA_ACTION`] is `key`.
    pub fn from_key(key: &str) -> Option<ShareAction> {
        ShareAction::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The buttons inside a panel or view that its one listener acts on, by their
/// [`DATA_ACTION`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelAction {
    /// "Try again" after data could not be downloaded or read.
    RetryData,
    /// "Try again" after a part of the app's code (a chunk, `ui::chunks`) could not be
    /// downloaded.
    RetryCode,
    /// "Guided tours" in the About panel: the list of tours (`ui::tour`).
    ShowTours,
}

impl PanelAction {
    /// Every action.
    pub const ALL: [PanelAction; 3] = [
        PanelAction::RetryData,
        PanelAction::RetryCode,
        PanelAction::ShowTours,
    ];

    /// The value of [`DATA_ACTION`].
    pub fn key(self) -> &'static str {
        match self {
            PanelAction::RetryData => "retry-data",
            PanelAction::RetryCode => "retry-code",
            PanelAction::ShowTours => "show-tours",
        }
    }

    /// The action whose [`DATA_ACTION`] is `key`.
    pub fn from_key(key: &str) -> Option<PanelAction> {
        PanelAction::ALL.into_iter().find(|a| a.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_key() {
        for action in ShareAction::ALL {
            assert_eq!(ShareAction::from_key(action.key()), Some(action));
        }
        for action in ItemAction::ALL {
            assert_eq!(ItemAction::from_key(action.key()), Some(action));
        }
        for action in PanelAction::ALL {
            assert_eq!(PanelAction::from_key(action.key()), Some(action));
        }
        assert_eq!(ShareAction::from_key("nothing"), None);
    }

    #[test]
    fn class_selectors_name_their_class() {
        for class in [ITEM, ITEM_ACTIONS, ITEM_CITATION_TEXT, MARKER_FUTURE] {
            assert_eq!(class.selector, format!(".{}", class.name));
        }
    }

    #[test]
    fn attribute_selectors_name_their_attribute() {
        assert_eq!(WITH_DATA_YEAR, format!("[{DATA_YEAR}]"));
    }

    #[test]
    fn ids_follow_their_schemes() {
        assert_eq!(item_dom_id("a-1"), "item-a-1");
        assert_eq!(citation_id("a-1"), "cite-a-1");
        assert_eq!(option_id("s-list", 2), "s-list-2");
    }
}
