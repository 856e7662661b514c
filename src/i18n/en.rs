//! English, the reference language.

use super::Strings;

/// English interface text.
pub const EN: Strings = Strings {
    app_title: "OTS Atlas",
    app_tagline: "The Organization of Turkic States: members, observers, diaspora",
    map_label: "World map of the Organization of Turkic States",
    loading: "Loading the map…",
    load_failed: "The map could not be loaded",
    retry: "Try again",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Show the OTS region",
    world_view: "Show the whole world",
    map_controls: "Map controls",
    legend: "Legend",
    members: "OTS member",
    observers: "OTS observer",
    other_countries: "Other countries",
    country_member: "{0}, OTS member since {1}",
    country_observer: "{0}, OTS observer since {1}",
    status_member: "Member of the OTS since {0}",
    status_observer: "Observer in the OTS since {0}",
    status_none: "Not a member or observer of the OTS",
    founding_member: "founding member",
    capital: "Capital",
    official_name: "Official name",
    close_panel: "Close",
    dismiss: "Dismiss",
    notices: "Notices",
    attribution_geometry: "Country shapes: Natural Earth (public domain)",
    attribution_names: "Country names: Unicode CLDR",
    no_data_for_country: "The OTS Atlas holds no records about this country yet.",
    selected_announcement: "Selected: {0}",
    data_error: "Some map data could not be read: {0}",
};
