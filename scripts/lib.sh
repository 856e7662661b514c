# shellcheck shell=bash
# Helpers shared by scripts/*.sh. Sourced, never executed: paths, environment,
# headers and timing.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# Tools installed by `cargo install` live in ~/.cargo/bin (a fresh shell may not have it
# on PATH); wasm-opt from npm's binaryen package in .tools/ (see setup.sh).
export PATH="$REPO_ROOT/.tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk asks crates.io for a newer version on every start unless told not to.
export TRUNK_SKIP_VERSION_CHECK=true
# The browser every test uses (Debian's chromium, installed by setup.sh).
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

if [[ -t 1 ]]; then
  BOLD=$'\033[1m' RED=$'\033[31m' GREEN=$'\033[32m' RESET=$'\033[0m'
else
  BOLD='' RED='' GREEN='' RESET=''
fi

# Seconds since the epoch, with microseconds (bash 5).
now() { local t=$EPOCHREALTIME; printf '%s' "${t/,/.}"; }

# "12.3s" or "7m44.0s" for the time elapsed since $1 (a `now` value).
since() {
  awk -v a="$1" -v b="$(now)" 'BEGIN {
    d = b - a; m = int(d / 60);
    if (m > 0) printf "%dm%04.1fs", m, d - 60 * m; else printf "%.1fs", d }'
}

# Timings collected by `section`, printed by `print_timings`.
TIMINGS=()
SECTION_NO=0
FAILED_SECTIONS=()

print_timings() {
  local row
  ((${#TIMINGS[@]})) || return 0
  printf '\n%sTimings%s\n' "$BOLD" "$RESET"
  for row in "${TIMINGS[@]}"; do
    IFS=$'\t' read -r name dur status <<<"$row"
    printf '  %-58s %10s  %s\n' "$name" "$dur" "$status"
  done
}

# section NAME COMMAND [ARGS...]: runs one command under a numbered header and
# records its duration; on failure prints the timings so far and exits with the
# command's status. Keep COMMAND a single program (errexit does not apply inside
# a function called from here). With KEEP_GOING=1 a failure is recorded in
# FAILED_SECTIONS and the next section runs. If SECTION_LOG names a file, the output is also
# appended to it (stderr merged into stdout), for `count_tests`.
section() {
  local name=$1 start rc=0 dur
  shift
  SECTION_NO=$((SECTION_NO + 1))
  printf '\n%s==> [%d] %s%s\n    $ %s\n' "$BOLD" "$SECTION_NO" "$name" "$RESET" "$*"
  start=$(now)
  if [[ -n "${SECTION_LOG:-}" ]]; then
    "$@" 2>&1 | tee -a "$SECTION_LOG" || rc=$?
  else
    "$@" || rc=$?
  fi
  dur=$(since "$start")
  if ((rc != 0)); then
    TIMINGS+=("[$SECTION_NO] $name"$'\t'"$dur"$'\t'"FAILED (exit $rc)")
    printf '%s<== [%d] %s FAILED (exit %d) after %s%s\n' "$RED" "$SECTION_NO" "$name" "$rc" "$dur" "$RESET"
    FAILED_SECTIONS+=("[$SECTION_NO] $name")
    [[ "${KEEP_GOING:-0}" == 1 ]] && return 0
    print_timings
    count_tests || true
    exit "$rc"
  fi
  TIMINGS+=("[$SECTION_NO] $name"$'\t'"$dur"$'\t'"ok")
  printf '%s<== [%d] %s ok (%s)%s\n' "$GREEN" "$SECTION_NO" "$name" "$dur" "$RESET"
}

# "tests: N passed, M failed, S skipped, T todo" over the SECTION_LOG so far: cargo test
# and wasm-bindgen-test ("test result: ok. N passed; M failed; S ignored") and node:test
# ("ℹ pass N", "ℹ fail N", "ℹ skipped N", "ℹ todo N"). Returns 1 when any test was
# skipped, ignored or left as todo (a test that did not run must not pass unnoticed),
# unless ALLOW_SKIPS=1 says that skips are expected (e.g. a build with
# ATLAS_NO_STATIC_MAP=1, whose static-map tests skip themselves).
count_tests() {
  [[ -n "${SECTION_LOG:-}" && -f "$SECTION_LOG" ]] || return 0
  local summary
  # Strip colour codes first: node's reporter and cargo colour their summaries.
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$SECTION_LOG" | awk '
    /^test result: / { for (i = 1; i <= NF; i++) {
        if ($(i + 1) ~ /^passed/) p += $i; if ($(i + 1) ~ /^failed/) f += $i
        if ($(i + 1) ~ /^ignored/) s += $i } }
    /^ℹ pass [0-9]+$/ { p += $3 }
    /^ℹ fail [0-9]+$/ { f += $3 }
    /^ℹ skipped [0-9]+$/ { s += $3 }
    /^ℹ todo [0-9]+$/ { t += $3 }
    END { printf "tests: %d passed, %d failed, %d skipped, %d todo\n", p, f, s, t }')
  printf '\n%s\n' "$summary"
  if [[ ! "$summary" =~ ", 0 skipped, 0 todo"$ ]]; then
    if [[ "${ALLOW_SKIPS:-0}" == 1 ]]; then
      printf 'Skipped or todo tests allowed (ALLOW_SKIPS=1).\n'
    else
      printf '%sSome tests did not run (skipped, ignored or todo): find them in the log above; set ALLOW_SKIPS=1 if that is expected.%s\n' "$RED" "$RESET"
      return 1
    fi
  fi
}


# The version of `wasm-bindgen` that Cargo.lock resolved: wasm-bindgen-cli must match it.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$REPO_ROOT/Cargo.lock"
}

# The value of `key = "value"` in Trunk.toml (first occurrence).
trunk_toml_value() {
  sed -n "s/^$1 *= *\"\\(.*\\)\"/\\1/p" "$REPO_ROOT/Trunk.toml" | head -n 1
}

# "version_N" for the wasm-opt on PATH (Trunk's notation), empty if there is none.
wasm_opt_version() {
  local n
  n=$(wasm-opt --version 2>/dev/null | grep -o 'version [0-9]*' | head -n 1 | awk '{print $2}') || true
  [[ -n "$n" ]] && printf 'version_%s' "$n"
  return 0
}
