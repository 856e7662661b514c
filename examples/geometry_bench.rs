//! Native timing of what the app does with the geometry after downloading it: parse
//! `world.json` and the `world-outer.json` next to it (`world::parse_world_files`),
//! project every country to an SVG path (`world::project_world`) and build the keyboard
//! adjacency (`world::Adjacency::build`). (The app does this twice: for the first view
//! with `world.json` alone, then for the whole world.)
//! The browser runs the same code compiled to Wasm (expect it to be slower there, more so
//! with `opt-level = "z"`); this is the floor, and a regression check for the pure code.
//!
//!   cargo run --release --example geometry_bench -- [FILE] [--iterations N] [--json]
//!
//! FILE defaults to `public/data/world.json`, N to 30. `--json` prints one JSON object
//! (milliseconds) instead of the table; `scripts/bench.sh` uses it.

use std::process::ExitCode;
use std::time::Instant;

use ots_atlas::geo::EqualEarth;
use ots_atlas::world::{Adjacency, OUTER_FILE, parse_world_files, project_world};

struct Options {
    file: String,
    iterations: usize,
    json: bool,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        file: "public/data/world.json".to_owned(),
        iterations: 30,
        json: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => options.json = true,
            "--iterations" | "-n" => {
                let value = args.next().ok_or("--iterations needs a number")?;
                options.iterations = value
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(format!("--iterations: {value:?} is not a positive number"))?;
            }
            "--help" | "-h" => {
                return Err("usage: geometry_bench [FILE] [--iterations N] [--json]".to_owned());
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => options.file = arg,
        }
    }
    Ok(options)
}

/// Minimum and median of a list of durations in milliseconds.
fn summary(mut samples: Vec<f64>) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let min = samples.first().copied().unwrap_or(f64::NAN);
    let n = samples.len();
    let median = if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        samples[n / 2]
    } else {
        (samples[n / 2 - 1] + samples[n / 2]) / 2.0
    };
    (min, median)
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn run() -> Result<(), String> {
    let options = options()?;
    let json = std::fs::read_to_string(&options.file)
        .map_err(|e| format!("{}: cannot read: {e}", options.file))?;
    let outer_file = std::path::Path::new(&options.file).with_file_name(OUTER_FILE);
    let outer = std::fs::read_to_string(&outer_file)
        .map_err(|e| format!("{}: cannot read: {e}", outer_file.display()))?;
    let projection = EqualEarth::new();

    let (mut parse, mut project, mut adjacency, mut total) = (vec![], vec![], vec![], vec![]);
    let (mut countries, mut path_bytes) = (0, 0);
    for _ in 0..options.iterations {
        let start = Instant::now();
        let world = parse_world_files(&json, &outer)?;
        parse.push(ms(start));

        let t = Instant::now();
        let paths = project_world(&world, &projection);
        project.push(ms(t));

        let t = Instant::now();
        let adjacent = Adjacency::build(&world, &projection);
        adjacency.push(ms(t));
        total.push(ms(start));

        countries = paths.len();
        path_bytes = paths.iter().map(|p| p.d.len()).sum();
        std::hint::black_box((paths, adjacent));
    }

    let rows = [
        ("parse_world_files", summary(parse)),
        ("project_world", summary(project)),
        ("Adjacency::build", summary(adjacency)),
        ("total", summary(total)),
    ];
    if options.json {
        let fields: Vec<String> = rows
            .iter()
            .map(|(name, (min, median))| {
                format!("\"{name}\": {{\"min_ms\": {min:.3}, \"median_ms\": {median:.3}}}")
            })
            .collect();
        println!(
            "{{\"file\": {:?}, \"input_bytes\": {}, \"iterations\": {}, \"countries\": {}, \
             \"path_bytes\": {}, {}}}",
            options.file,
            json.len() + outer.len(),
            options.iterations,
            countries,
            path_bytes,
            fields.join(", ")
        );
    } else {
        println!(
            "{} ({} bytes): {countries} countries, {path_bytes} bytes of SVG path data; \
             {} iterations",
            options.file,
            json.len() + outer.len(),
            options.iterations
        );
        println!("{:<18} {:>10} {:>10}", "step", "min ms", "median ms");
        for (name, (min, median)) in rows {
            println!("{name:<18} {min:>10.2} {median:>10.2}");
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("geometry_bench: {message}");
            ExitCode::FAILURE
        }
    }
}
