#!/usr/bin/env bash
# Measures the release Wasm the way Trunk ships it, and says what takes the room.
#
#   scripts/wasm-size.sh [TARGET_DIR]     (default: target/)
#
# 1. cargo build --release for wasm32 (the flags of .cargo/config.toml apply, unless
#    RUSTFLAGS is set in the environment, which replaces them). Give each checkout of the
#    repository its own TARGET_DIR: cargo may take another checkout's build of this crate
#    in the same directory for a fresh one;
# 2. wasm-bindgen --target web, then wasm-opt -Oz as index.html asks Trunk to
#    (extra wasm-opt flags: WASM_OPT_FLAGS="--flag ..."): that is the dist wasm, whose
#    raw, gzip -9 and brotli q11 sizes are printed, with the JS glue's;
#    This is the whole program, unsplit (built without the `split` feature): what Trunk
#    builds ships as a main module plus chunks, whose sizes split-wasm prints in the build log;
# 3. wasm-bindgen --keep-debug (names kept, not optimised) and the top 25 twiggy rows.
#    TWIGGY_ROWS=N shows more rows; TWIGGY=0 skips this step.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

target_dir="${1:-${CARGO_TARGET_DIR:-$ROOT/target}}"
rows="${TWIGGY_ROWS:-25}"
work="$(mktemp -d "${TMPDIR:-/tmp}/wasm-size.XXXXXX")"
trap 'rm -rf "$work"' EXIT

CARGO_TARGET_DIR="$target_dir" cargo build --release --quiet \
  --target wasm32-unknown-unknown --bin ots-atlas
wasm="$target_dir/wasm32-unknown-unknown/release/ots-atlas.wasm"

# What Trunk 0.21 does with `data-wasm-opt="z"`: wasm-bindgen, then `wasm-opt -Oz`
# (binaryen reads the enabled features from the module's target_features section).
wasm-bindgen --target web --no-typescript --out-dir "$work/dist" "$wasm"
# shellcheck disable=SC2086
wasm-opt --output="$work/dist/opt.wasm" -Oz "$work/dist/ots-atlas_bg.wasm" ${WASM_OPT_FLAGS:-}
mv "$work/dist/opt.wasm" "$work/dist/ots-atlas_bg.wasm"

sizes() {
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const pad = (s, n) => String(s).padStart(n);
    console.log(`${"file".padEnd(22)} ${pad("raw", 9)} ${pad("gzip-9", 9)} ${pad("brotli-11", 9)}`);
    for (const path of process.argv.slice(1)) {
      const data = fs.readFileSync(path);
      const gz = zlib.gzipSync(data, { level: 9 }).length;
      const br = zlib.brotliCompressSync(data, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;
      const name = path.split("/").pop();
      console.log(`${name.padEnd(22)} ${pad(data.length, 9)} ${pad(gz, 9)} ${pad(br, 9)}`);
    }' "$@"
}
echo "${BOLD}dist: $(wasm-bindgen --version), $(wasm-opt --version | head -1) -Oz ${WASM_OPT_FLAGS:-}${RESET}"
sizes "$work/dist/ots-atlas_bg.wasm" "$work/dist/ots-atlas.js"

if [[ "${TWIGGY:-1}" != 0 ]]; then
  wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$work/names" "$wasm"
  echo
  echo "${BOLD}twiggy top $rows (names kept, before wasm-opt)${RESET}"
  twiggy top -n "$rows" "$work/names/ots-atlas_bg.wasm"
fi
