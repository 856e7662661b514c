//! Diaspora figures as a list: who, where, how many, when, how sure, and the source.

use leptos::prelude::*;

use super::sources::{SourceLinks, Uncertainty};
use super::state::use_app;
use crate::data::{Confidence, Figure, PopulationKind};
use crate::i18n::Strings;
use crate::i18n::numbers::full_amount;

/// Figures of one origin (listed by host) or of one host (listed by origin).
#[component]
pub fn FigureList(figures: Vec<Figure>, by_host: bool, text: &'static Strings) -> impl IntoView {
    let app = use_app();
    view! {
        <ul class="figures" data-testid="figures">
            {figures
                .into_iter()
                .map(|f| {
                    let place = app.name_of(if by_host { f.host } else { f.origin });
                    let place = if by_host {
                        place
                    } else {
                        text.from_country.replace("{0}", &place)
                    };
                    let native = f.kind == PopulationKind::Native;
                    let kind = if native { text.native_community } else { text.diaspora_kind };
                    let confidence = match f.confidence {
                        Confidence::High => text.confidence_high,
                        Confidence::Medium => text.confidence_medium,
                        Confidence::Low => text.confidence_low,
                    };
                    let year = f.year.map(|y| format!(" ({y})")).unwrap_or_default();
                    view! {
                        <li
                            class="figure"
                            class:figure--native=native
                            data-testid="figure"
                            data-host=f.host.as_str().to_owned()
                            data-origin=f.origin.as_str().to_owned()
                        >
                            <p class="figure__line">
                                <strong>{place}</strong>
                                ": "
                                <span class="figure__amount">{full_amount(f.amount, app.lang.get_untracked())}</span>
                                {year}
                            </p>
                            <p class="figure__meta">
                                <span class="figure__kind">{kind}</span>
                                " · "
                                <span>{confidence}</span>
                                " · "
                                <span>{f.basis.clone()}</span>
                            </p>
                            {f.note.clone().map(|n| view! { <p class="figure__note">{n}</p> })}
                            <Uncertainty note=f.uncertainty.clone() text />
                            <SourceLinks sources=f.sources.clone() text />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
