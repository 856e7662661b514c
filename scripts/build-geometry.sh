#!/usr/bin/env bash
# Regenerates public/data/world.json and public/data/names/*.json from the pinned
# Natural Earth (world-atlas) and Unicode CLDR packages in tools/package.json.
#
# Runs from any directory. Any argument goes to the build-geometry binary, e.g.
# `scripts/build-geometry.sh --out /tmp/data --focus 0.1/2` to measure another
# setting without touching the committed files (see docs/GEOMETRY.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The lock file pins the exact package contents; without it, fall back to the versions
# in package.json (and create the lock file to commit).
if [[ -f tools/package-lock.json ]]; then
  npm ci --prefix tools --no-audit --no-fund
else
  npm install --prefix tools --no-audit --no-fund
fi

cargo run --release --quiet --bin build-geometry -- "$@"

# Sizes of what was written: raw bytes and gzip -9 bytes (brotli too, when installed).
out="public/data"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[i]}" == --out && $((i + 1)) -lt ${#args[@]} ]]; then
    out="${args[i + 1]}"
  fi
done
printf '%-28s %9s %9s' file raw gzip
if command -v brotli > /dev/null; then printf ' %9s' brotli; fi
printf '\n'
total_raw=0 total_gzip=0
for file in "$out/world.json" "$out/world-outer.json" "$out"/names/*.json; do
  raw=$(wc -c < "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw)) total_gzip=$((total_gzip + gz))
  printf '%-28s %9d %9d' "${file#"$out"/}" "$raw" "$gz"
  if command -v brotli > /dev/null; then printf ' %9d' "$(brotli -q 11 -c "$file" | wc -c)"; fi
  printf '\n'
done
printf '%-28s %9d %9d\n' total "$total_raw" "$total_gzip"
