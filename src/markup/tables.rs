//! The table view's markup: OTS countries with status and years, diaspora figures and
//! events, as accessible tables.

use crate::data::query::date_key;
use crate::data::{Confidence, Dataset, FuzzyDate, PopulationKind, Source, Status};
use crate::i18n::Strings;
use crate::i18n::numbers::compact_amount;
use crate::sort::order_by;

use super::context::MarkupContext;
use super::html::Html;

/// The three tables.
pub fn tables_html(data: &Dataset, cx: &MarkupContext<'_>) -> String {
    let text = cx.text;
    let mut html = Html::new();

    let columns = [
        text.col_country,
        text.col_status,
        text.col_since,
        text.col_capital,
    ];
    table(
        &mut html,
        "table-countries",
        text.table_countries,
        &columns,
        |html| {
            for c in data.ots_countries() {
                let Some(m) = &c.membership else { continue };
                let status = match data.status_in_year(c.code, cx.year) {
                    Some(Status::Member) => text.status_member_short,
                    Some(Status::Observer) => text.status_observer_short,
                    None => "—",
                };
                html.el("tr", &[], |html| {
                    html.element("th", &[("scope", Some("row"))], &cx.name(c.code))
                        .element("td", &[], status)
                        .element("td", &[], &cx.date(&m.since))
                        .element(
                            "td",
                            &[],
                            c.capital.as_ref().map_or("", |p| p.name.as_str()),
                        );
                });
            }
        },
    );

    let columns = [
        text.col_origin,
        text.col_host,
        text.col_people,
        text.col_year,
        text.col_kind,
        text.col_confidence,
        text.col_sources,
    ];
    table(
        &mut html,
        "table-figures",
        text.table_figures,
        &columns,
        |html| {
            for f in data.figures() {
                let kind = if f.kind == PopulationKind::Native {
                    text.native_community
                } else {
                    text.diaspora_kind
                };
                html.el("tr", &[], |html| {
                    html.element("td", &[], &cx.name(f.origin))
                        .element("th", &[("scope", Some("row"))], &cx.name(f.host))
                        .element("td", &[], &compact_amount(f.amount, cx.lang))
                        .element(
                            "td",
                            &[],
                            &f.year.map(|y| y.to_string()).unwrap_or_default(),
                        )
                        .element("td", &[], kind)
                        .element("td", &[], confidence_label(f.confidence, text));
                    source_cell(html, cx, &f.sources);
                });
            }
        },
    );

    let columns = [
        text.col_date,
        text.col_event,
        text.col_place,
        text.col_sources,
    ];
    table(
        &mut html,
        "table-events",
        text.table_events,
        &columns,
        |html| {
            // Newest first.
            let events = data.events();
            let keys: Vec<u64> = events.iter().map(|e| !date_key(&e.date)).collect();
            for e in order_by(&keys).into_iter().map(|i| &events[i]) {
                dated_row(html, cx, &e.date, &e.sources, |html| {
                    html.element("th", &[("scope", Some("row"))], &e.title)
                        .element("td", &[], &e.place.name);
                });
            }
        },
    );

    let columns = [
        text.col_date,
        text.filter_speaker,
        text.quotes,
        text.col_sources,
    ];
    table(&mut html, "table-quotes", text.quotes, &columns, |html| {
        for q in data.quotes_newest_first() {
            dated_row(html, cx, &q.date, &q.sources, |html| {
                html.element(
                    "th",
                    &[("scope", Some("row"))],
                    &format!("{}, {}", q.speaker, q.role),
                )
                .el("td", &[], |html| {
                    html.element("q", &[("lang", Some(q.language.as_str()))], &q.text);
                });
            });
        }
    });
    html.finish()
}

/// A figure's confidence in the current language.
pub fn confidence_label(confidence: Confidence, text: &'static Strings) -> &'static str {
    match confidence {
        Confidence::High => text.confidence_high,
        Confidence::Medium => text.confidence_medium,
        Confidence::Low => text.confidence_low,
    }
}

/// A table with its caption and column headings; `rows` writes the rows of its body.
fn table(
    html: &mut Html,
    testid: &str,
    caption: &str,
    columns: &[&str],
    rows: impl FnOnce(&mut Html),
) {
    let attributes = [("class", Some("data-table")), ("data-testid", Some(testid))];
    html.el("table", &attributes, |html| {
        html.element("caption", &[], caption)
            .el("thead", &[], |html| {
                html.el("tr", &[], |html| {
                    for column in columns {
                        html.element("th", &[("scope", Some("col"))], column);
                    }
                });
            })
            .el("tbody", &[], rows);
    });
}

/// A row that starts with a date and ends with the sources; `cells` writes those between.
fn dated_row(
    html: &mut Html,
    cx: &MarkupContext<'_>,
    date: &FuzzyDate,
    sources: &[Source],
    cells: impl FnOnce(&mut Html),
) {
    html.el("tr", &[], |html| {
        html.el("td", &[], |html| cx.time(html, date));
        cells(html);
        source_cell(html, cx, sources);
    });
}

/// The links to a record's sources, in one cell.
fn source_cell(html: &mut Html, cx: &MarkupContext<'_>, sources: &[Source]) {
    html.el("td", &[], |html| {
        for source in sources {
            cx.source_link(html, source);
            html.text(" ");
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::context::test_context;
    use crate::test_support::real_dataset;
    use crate::url_state::Lang;
    use crate::world::CountryCode;

    fn english(code: CountryCode) -> String {
        match code.as_str() {
            "KAZ" => "Kazakhstan".to_owned(),
            other => other.to_owned(),
        }
    }

    #[test]
    fn the_tables_hold_the_countries_the_figures_and_the_events() {
        let data = real_dataset();
        let html = tables_html(&data, &test_context(2026, Lang::En, &english));
        for testid in [
            "table-countries",
            "table-figures",
            "table-events",
            "table-quotes",
        ] {
            assert_eq!(
                html.matches(&format!("data-testid=\"{testid}\"")).count(),
                1
            );
        }
        assert!(
            html.contains("<th scope=\"row\">Kazakhstan</th><td>Member</td>"),
            "{html}"
        );
        let rows = html.matches("<tr>").count();
        // One header row per table, then a row per OTS country, figure, event and quote.
        assert_eq!(
            rows,
            4 + data.ots_countries().len()
                + data.figures().len()
                + data.events().len()
                + data.quotes().len()
        );
        assert!(html.contains("rel=\"noopener noreferrer external\""));
    }
}
