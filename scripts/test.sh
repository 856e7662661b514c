#!/usr/bin/env bash
# THE test command (CI runs it through .ci/run). Installs what is missing
# (scripts/setup.sh), then runs every check in order and stops at the first failure:
#
#   formatting, clippy (native and wasm32), native tests, data validation, mutation
#   tests of the code the last commit changed,
#   browser unit tests (wasm-bindgen-test in headless Chromium), the release build
#   (trunk build --release, whose files the byte budget measures) and the
#   end-to-end suite (tests/e2e, Node's test runner + playwright-core + Chromium).
#
# Each section prints a header and its duration; a summary table ends the run.
# SKIP_SETUP=1 skips scripts/setup.sh (when you know the tools are there);
# KEEP_GOING=1 runs every section even after a failure (the exit status is still 1).
# A test that was skipped, ignored or left as todo fails the run (the summary counts
# them) unless ALLOW_SKIPS=1 says that skips are expected.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

TOTAL_START=$(now)
# Every section's output is also collected here, to count the tests at the end.
SECTION_LOG=$(mktemp "${TMPDIR:-/tmp}/ots-atlas-test.XXXXXX")
trap 'rm -f "$SECTION_LOG"' EXIT

if [[ "${SKIP_SETUP:-0}" != 1 ]]; then
  KEEP_GOING=0 section "setup (scripts/setup.sh)" "$REPO_ROOT/scripts/setup.sh"
fi

section "cargo fmt --check" \
  cargo fmt --check

section "clippy (native, all targets)" \
  cargo clippy --all-targets -- -D warnings

section "clippy (wasm32: lib, bins, browser tests)" \
  cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings

section "native tests (cargo test)" \
  cargo test

section "data validation (check-data)" \
  cargo run --bin check-data

# cargo-mutants on the pure modules' code that the last commit changed (MUTANTS_BASE=<rev>
# for another base; at most 60 mutants, about 5 min): a change no test notices fails.
section "mutation tests (scripts/mutants.sh --diff)" \
  scripts/mutants.sh --diff "${MUTANTS_BASE:-HEAD~1}"

# The runner (.cargo/config.toml) starts chromedriver, which starts Chromium with the
# flags in webdriver.json. The first test waits for the browser: be generous.
section "browser tests (wasm-bindgen-test, headless Chromium)" \
  env WASM_BINDGEN_TEST_TIMEOUT=180 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
  cargo test --target wasm32-unknown-unknown --test browser

failures_before_build=${#FAILED_SECTIONS[@]}
section "release build (trunk build --release -> dist/)" \
  trunk build --release

# (Only reached after a failed build with KEEP_GOING=1: dist/ would be stale.)
if ((${#FAILED_SECTIONS[@]} > failures_before_build)); then
  printf '\nSkipping the release files and the end-to-end tests: the release build failed.\n'
else
  section "release files" \
    sh -c 'cd dist && find . -type f -printf "%10s  %P\n" | sort -k2'

  section "end-to-end tests (tests/e2e, Chromium)" \
    env ATLAS_DIST="$REPO_ROOT/dist" npm test --prefix tests/e2e
fi

print_timings
count_tests || FAILED_SECTIONS+=("skipped tests (ALLOW_SKIPS=1 if expected)")
if ((${#FAILED_SECTIONS[@]})); then
  printf '\n%sFAILED after %s: %s%s\n' "$RED" "$(since "$TOTAL_START")" "${FAILED_SECTIONS[*]}" "$RESET"
  exit 1
fi
printf '\n%sAll checks passed in %s%s\n' "$GREEN" "$(since "$TOTAL_START")" "$RESET"
