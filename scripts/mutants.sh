#!/usr/bin/env bash
# Mutation testing of the pure modules with cargo-mutants (installed by scripts/setup.sh):
# it changes the code one small way at a time (a `+` for a `-`, a function that returns a
# default, a condition that is always true) and runs the native library tests; a change
# no test notices ("missed") is code the tests do not really check.
#
#   scripts/mutants.sh              every pure module (.cargo/mutants.toml lists them), one
#                                   module at a time; prints the score of each (caught ÷
#                                   (caught + missed)) and fails below 90 % in any module.
#                                   About 5 s a mutant on 2 cores: 2,000 mutants, 3 hours.
#   scripts/mutants.sh MODULE...    only these (geo world data overlay url_state search
#                                   gesture page_link citation export)
#   scripts/mutants.sh --diff [BASE]
#                                   only the code changed since BASE (default HEAD~1): what
#                                   scripts/test.sh runs. Fails on any missed mutant. At most
#                                   MUTANTS_MAX (60, about 5 min) are tested: above that, an
#                                   even spread of them (cargo-mutants' --shard), said so.
#
# Runs in place (the working tree, the test build's target/): cargo-mutants puts each file
# back after its mutant, and a run cut short leaves the file mutated: `git diff` shows it.
# The pure modules are listed here (MODULE_FILES); mutants accepted as surviving are
# excluded by name in .cargo/mutants.toml, each with
# its reason; docs/MUTANTS.md holds the latest scores.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

OUT=${MUTANTS_OUT:-target/mutants}
mkdir -p "$OUT"
mutants() { cargo mutants --in-place --no-shuffle "$@"; }

# The pure modules, as the score table names them, and the files each one is.
declare -A MODULE_FILES=(
  [geo]='src/geo/**' [world]='src/world/**' [data]='src/data/**' [overlay]='src/overlay/**'
  [url_state]=src/url_state.rs [search]=src/search.rs [gesture]=src/gesture.rs
  [page_link]=src/page_link.rs [citation]=src/citation.rs [export]=src/export.rs
)
MODULE_ORDER=(geo world data overlay url_state search gesture page_link citation export)

# "caught missed unviable timeout" of a finished run's outcomes.json.
counts() {
  jq -r '[.caught, .missed, .unviable, .timeout] | map(tostring) | join(" ")' "$1/mutants.out/outcomes.json"
}

if [[ "${1:-}" == --diff ]]; then
  base=${2:-HEAD~1}
  # A shallow checkout (or the first commit) has no base to compare with: nothing to do.
  if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    printf 'mutants: no commit %s in this checkout (shallow clone?): no changed code to mutate\n' "$base"
    exit 0
  fi
  diff_file="$OUT/changes.diff"
  git diff "$base" -- src >"$diff_file"
  all_files=()
  for module in "${MODULE_ORDER[@]}"; do all_files+=(-f "${MODULE_FILES[$module]}"); done
  total=$(mutants --list --in-diff "$diff_file" "${all_files[@]}" | wc -l)
  max=${MUTANTS_MAX:-60}
  printf 'mutants in the code changed since %s (%s): %d\n' "$base" "$(git rev-parse --short "$base")" "$total"
  ((total > 0)) || exit 0
  shard=()
  if ((total > max)); then
    n=$(((total + max - 1) / max))
    printf 'testing an even spread of 1 in %d of them (MUTANTS_MAX=%d)\n' "$n" "$max"
    shard=(--shard "0/$n" --sharding round-robin)
  fi
  rc=0
  mutants --in-diff "$diff_file" "${all_files[@]}" "${shard[@]}" -o "$OUT/diff" || rc=$?
  read -r caught missed unviable timeout < <(counts "$OUT/diff")
  printf 'caught %d, missed %d, unviable %d, timed out (counted as caught) %d\n' \
    "$caught" "$missed" "$unviable" "$timeout"
  if ((missed > 0)); then
    printf '\nMissed (no test fails with these changes; add a test, or exclude the mutant in\n.cargo/mutants.toml with the reason):\n'
    cat "$OUT/diff/mutants.out/missed.txt"
    exit 1
  fi
  # 0: all caught; 3: some timed out (an endless loop is a failure a test saw).
  ((rc == 0 || rc == 3)) || exit "$rc"
  exit 0
fi

modules=("$@")
((${#modules[@]})) || modules=("${MODULE_ORDER[@]}")
failed=()
report=()
for module in "${modules[@]}"; do
  files=${MODULE_FILES[$module]:-}
  [[ -n "$files" ]] || {
    printf 'unknown module %s (one of: %s)\n' "$module" "${MODULE_ORDER[*]}" >&2
    exit 2
  }
  rc=0
  mutants -f "$files" -o "$OUT/$module" || rc=$?
  ((rc == 0 || rc == 2 || rc == 3)) || exit "$rc"
  read -r caught missed unviable timeout < <(counts "$OUT/$module")
  viable=$((caught + missed + timeout))
  score=$(awk -v c=$((caught + timeout)) -v v="$viable" 'BEGIN { printf "%.1f", v ? 100 * c / v : 100 }')
  report+=("$(printf '%-10s %6d %6d %6d %8s %%' "$module" "$viable" "$((caught + timeout))" "$missed" "$score")")
  awk -v s="$score" 'BEGIN { exit !(s < 90) }' && failed+=("$module")
done
printf '\n%-10s %6s %6s %6s %9s\n' module viable caught missed score
printf '%s\n' "${report[@]}"
printf '\nThe missed mutants: %s/<module>/mutants.out/missed.txt\n' "$OUT"
if ((${#failed[@]})); then
  printf 'Below 90 %%: %s\n' "${failed[*]}"
  exit 1
fi
