//! `cargo run --bin check-data [DIR]`: checks the seven data files in DIR (default
//! `public/data`) against one another and against the country codes of `DIR/world.json`
//! (which lists every feature, including those whose geometry is in `world-outer.json`),
//! then the guided tours (`tours.json`, when DIR has it) against them.
//! Prints every problem, one per line, and exits with 1; or prints a summary and exits
//! with 0. Editors run it before committing a data change.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ots_atlas::data::hosts::{unregistered_sources, unregistered_sources_in};
use ots_atlas::data::{DataError, DataTexts, Dataset, TOURS_FILE, Tour, load_tours};
use ots_atlas::url_state::FIRST_YEAR;
use ots_atlas::world::{CountryCode, World, parse_world};

fn main() -> ExitCode {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "public/data".to_owned()),
    );
    let texts = match DataTexts::read_dir(&dir) {
        Ok(texts) => texts,
        Err(unreadable) => {
            for file in &unreadable {
                eprintln!("{}: {file}", file.name);
            }
            return ExitCode::FAILURE;
        }
    };
    let world = match load_world(&dir.join("world.json")) {
        Ok(world) => world,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let files = texts.files();
    // Without geometry every well-formed code is accepted; the note above says so.
    let known = |code: CountryCode| world.as_ref().is_none_or(|w| w.contains(code));
    // Every source must be on a registered publisher's host (native check only).
    let checked = Dataset::load(&files, &known).and_then(|data| {
        let unregistered = unregistered_sources(&files, data.publishers());
        if unregistered.is_empty() {
            Ok(data)
        } else {
            Err(unregistered)
        }
    });
    let checked = checked.and_then(|data| {
        let tours = check_tours(&dir, &data, &known)?;
        Ok((data, tours))
    });
    match checked {
        Ok((data, tours)) => {
            println!("{}, {tours} tours", summary(&data, world.is_some()));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("{} problem(s) found", errors.len());
            ExitCode::FAILURE
        }
    }
}

/// Checks `tours.json` (absent: no tours) against the checked dataset and the registry;
/// returns how many tours it has. A view's year may be up to the data's `as_of` year.
fn check_tours(
    dir: &Path,
    data: &Dataset,
    known: &dyn Fn(CountryCode) -> bool,
) -> Result<usize, Vec<DataError>> {
    let path = dir.join(TOURS_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(error) => {
            let message = format!("cannot read {}: {error}", path.display());
            return Err(vec![DataError::in_file(TOURS_FILE, message)]);
        }
    };
    let years = FIRST_YEAR..=data.organization().as_of.year();
    let (tours, mut errors): (Vec<Tour>, _) = load_tours(&text, data, known, years);
    errors.extend(unregistered_sources_in(
        TOURS_FILE,
        &text,
        data.publishers(),
    ));
    if errors.is_empty() {
        Ok(tours.len())
    } else {
        Err(errors)
    }
}

/// The map geometry, `None` when the file does not exist (yet), or a message when it exists
/// but cannot be used.
fn load_world(path: &Path) -> Result<Option<World>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_world(&text)
            .map(Some)
            .map_err(|e| format!("world.json: {e}")),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "note: {} not found; country codes are checked for form only, not against the map",
                path.display()
            );
            Ok(None)
        }
        Err(error) => Err(format!(
            "world.json: cannot read {}: {error}",
            path.display()
        )),
    }
}

fn summary(data: &Dataset, checked_against_map: bool) -> String {
    let org = data.organization();
    format!(
        "ok: {} countries ({} in the OTS), {} events, {} quotes, {} publishers, {} log entries, {} institutions, {} initiatives, {} figures, {} summits, {} chairmanships, {} secretaries-general, {} observances, {} related bodies{}",
        data.countries().len(),
        data.ots_countries().len(),
        data.events().len(),
        data.quotes().len(),
        data.publishers().len(),
        data.changelog().len(),
        data.institutions().len(),
        data.initiatives().len(),
        data.figures().len(),
        org.summits.len(),
        org.chairmanships.len(),
        org.secretaries_general.len(),
        org.observances.len(),
        org.related_bodies.len(),
        if checked_against_map {
            "; codes checked against world.json"
        } else {
            ""
        }
    )
}
