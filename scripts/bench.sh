#!/usr/bin/env bash
# The benchmark: sizes and speed of the release build, with the targets next to the
# figures. Prints a report and writes the figures to bench/last-run.json (git-ignored).
# Times never fail it: the exit status is 0 unless something broke (a build, the app not
# becoming ready, a measurement that could not be taken).
#
#   scripts/bench.sh [--no-build] [--rounds N] [--dist DIR] [--json FILE]
#                    [--skip-native] [--no-stress] [--stress-events N] [--stress-figures N]
#                    [--no-load] [--load-clients N] [--load-seconds S]
#                    [--no-peer] [--peer-digits N|full]
#                    [--lighthouse] [--lighthouse-runs N] [--lighthouse-throttling simulate|devtools]
#
#   1. trunk build --release --dist DIR (default dist/; --no-build uses what is there);
#   2. the Wasm before wasm-opt: cargo build --release --target wasm32-unknown-unknown
#      --bin ots-atlas (the artifact Trunk's build left, so normally no work) and
#      wasm-bindgen --target web into a temporary directory;
#   3. native geometry timing: cargo run --release --example geometry_bench -- --json
#      (--skip-native skips 2 and 3, which compile natively the first time);
#   4. node scripts/precompress.mjs DIR (.gz and .br next to every text and Wasm file);
#   5. the peer (--no-peer skips it): npm ci --prefix bench/peer when its lock file changed
#      (Leaflet, world-atlas, topojson-client, cldr-core at pinned versions; about 1 s),
#      then node bench/peer/build.mjs: a Leaflet page with the Natural Earth 50m countries
#      doing the map's job, in a temporary directory, precompressed like DIR (its
#      coordinates rounded to 6 decimals; --peer-digits full keeps the 15-17 digits);
#   6. node bench/bench.mjs: serves DIR (and the peer, with the same server) on 127.0.0.1
#      and measures in headless Chromium, N interleaved rounds (default 5) of: unthrottled,
#      mobile (CPU x4 + Fast 3G), each for the app then the peer (the peer first in even
#      rounds), and stress (2,000 generated events and figures); ratios ours ÷ Leaflet.
#      See bench/README.md;
#   7. node bench/load.mjs: the production configuration (nginx, deploy/) on 127.0.0.1 under
#      300 concurrent clients for 30 s on the first load's files (autocannon): throughput
#      and latency printed, any error fails it (--no-load skips it).
#
# CARGO_TARGET_DIR is honoured (default target/). About 4-5 minutes on 2 cores with a
# warm build; a cold release build adds 5-10 minutes.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

build=1 native=1 load=1 peer=1 peer_digits=6 load_clients=300 load_seconds=30
lighthouse=0 lighthouse_runs=3 lighthouse_throttling=simulate
dist="$REPO_ROOT/dist" json="$REPO_ROOT/bench/last-run.json"
passthrough=()
usage() { sed -n '2,40p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
while (($#)); do
  case "$1" in
    --dist | --json | --rounds | --stress-events | --stress-figures | --seed | --load-clients | --load-seconds | --peer-digits | --lighthouse-runs | --lighthouse-throttling)
      (($# >= 2)) || { printf 'bench: %s needs a value\n' "$1" >&2; exit 2; } ;;
  esac
  case "$1" in
    --no-build) build=0 ;;
    --skip-native) native=0 ;;
    --no-load) load=0 ;;
    --no-peer) peer=0 ;;
    --lighthouse) lighthouse=1 ;;
    --lighthouse-runs) lighthouse_runs="$2"; shift ;;
    --lighthouse-throttling) lighthouse_throttling="$2"; shift ;;
    --peer-digits) peer_digits="$2"; shift ;;
    --load-clients) load_clients="$2"; shift ;;
    --load-seconds) load_seconds="$2"; shift ;;
    --dist) dist="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift ;;
    --json) json="$2"; shift ;;
    --rounds | --stress-events | --stress-figures | --seed) passthrough+=("$1" "$2"); shift ;;
    --no-stress) passthrough+=("$1") ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'bench: unknown option %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

target_dir="${CARGO_TARGET_DIR:-$REPO_ROOT/target}"
work="$(mktemp -d "${TMPDIR:-/tmp}/ots-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
START=$(now)
step() { printf '%sbench: %s%s\n' "$BOLD" "$*" "$RESET" >&2; }

# A fresh clone (Rust only): scripts/setup.sh installs Trunk, wasm-bindgen, Chromium, node
# and playwright-core (tests/e2e/node_modules), as scripts/test.sh does.
if [[ ! -d "$REPO_ROOT/tests/e2e/node_modules/playwright-core" ]] || { ((build)) && ! command -v trunk >/dev/null; }; then
  step "scripts/setup.sh (tests/e2e/node_modules or trunk is missing)"
  "$REPO_ROOT/scripts/setup.sh"
fi

if ((build)); then
  step "trunk build --release --dist $dist"
  t=$(now)
  CARGO_TARGET_DIR="$target_dir" trunk build --release --dist "$dist" >"$work/trunk.log" 2>&1 || {
    tail -n 40 "$work/trunk.log" >&2
    echo "bench: the release build failed" >&2
    exit 1
  }
  step "built in $(since "$t")"
fi
[[ -f "$dist/index.html" ]] || {
  echo "bench: $dist/index.html is missing: build first (or drop --no-build)" >&2
  exit 1
}

args=(--dist "$dist" --json "$json")
if ((native)); then
  raw="$target_dir/wasm32-unknown-unknown/release/ots-atlas.wasm"
  if ((build)) || [[ ! -f "$raw" ]]; then
    step "cargo build --release --target wasm32-unknown-unknown --bin ots-atlas (raw Wasm)"
    CARGO_TARGET_DIR="$target_dir" cargo build --release --quiet \
      --target wasm32-unknown-unknown --bin ots-atlas
  fi
  wasm-bindgen --target web --no-typescript --out-dir "$work/raw" "$raw"
  args+=(--raw-wasm "$work/raw/ots-atlas_bg.wasm")

  step "cargo run --release --example geometry_bench"
  CARGO_TARGET_DIR="$target_dir" cargo run --release --quiet --example geometry_bench -- \
    public/data/world.json --iterations 30 --json >"$work/geometry.json"
  args+=(--geometry "$work/geometry.json")
fi

step "node scripts/precompress.mjs $dist"
node "$REPO_ROOT/scripts/precompress.mjs" "$dist" --quiet >&2

if ((peer)); then
  # The peer's packages, pinned by bench/peer/package-lock.json, installed once (and again
  # when the lock file changes); not part of scripts/setup.sh, which CI runs.
  peer_dir="$REPO_ROOT/bench/peer"
  stamp="$peer_dir/node_modules/.package-lock.sha256"
  want=$(sha256sum "$peer_dir/package-lock.json" | awk '{print $1}')
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    step "npm ci --prefix bench/peer (Leaflet, world-atlas, topojson-client, cldr-core)"
    npm ci --prefix "$peer_dir" --no-audit --no-fund --prefer-offline >"$work/peer-npm.log" 2>&1 || {
      tail -n 20 "$work/peer-npm.log" >&2
      echo "bench: npm ci in bench/peer failed (or run with --no-peer)" >&2
      exit 1
    }
    printf '%s\n' "$want" >"$stamp"
  fi
  step "node bench/peer/build.mjs (the Leaflet peer)"
  node "$peer_dir/build.mjs" "$work/peer" --digits "$peer_digits"
  node "$REPO_ROOT/scripts/precompress.mjs" "$work/peer" --quiet >&2
  args+=(--peer "$work/peer")
fi

step "node bench/bench.mjs (Chromium: $("$CHROMIUM_PATH" --version 2>/dev/null | awk '{print $2}'))"
rc=0
node "$REPO_ROOT/bench/bench.mjs" "${args[@]}" "${passthrough[@]}" || rc=$?
if ((load)); then
  step "node bench/load.mjs (nginx with deploy/, $load_clients clients, $load_seconds s, 127.0.0.1)"
  node "$REPO_ROOT/bench/load.mjs" "$dist" --connections "$load_clients" --seconds "$load_seconds" || rc=$?
fi
if ((lighthouse)); then
  lh_dir="$REPO_ROOT/bench/lighthouse"
  stamp="$lh_dir/node_modules/.package-lock.sha256"
  want=$(sha256sum "$lh_dir/package-lock.json" | awk '{print $1}')
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    step "npm ci --prefix bench/lighthouse (Lighthouse 12.2.3)"
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$lh_dir" --no-audit --no-fund --prefer-offline >"$work/lh-npm.log" 2>&1 || {
      tail -n 20 "$work/lh-npm.log" >&2
      echo "bench: npm ci in bench/lighthouse failed" >&2
      exit 1
    }
    printf '%s\n' "$want" >"$stamp"
  fi
  step "node bench/lighthouse/run.mjs ($lighthouse_runs runs each, $lighthouse_throttling throttling)"
  lh_args=(--dist "$dist" --runs "$lighthouse_runs" --throttling "$lighthouse_throttling")
  ((peer)) && lh_args+=(--peer "$work/peer")
  CHROMIUM_PATH="$CHROMIUM_PATH" node "$lh_dir/run.mjs" "${lh_args[@]}" || rc=$?
fi
step "done in $(since "$START")$( ((rc)) && printf ' (exit %d: see the problems above)' "$rc")"
exit "$rc"
