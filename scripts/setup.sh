#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there
# at the right version. Safe to run again and again (scripts/test.sh and
# scripts/serve.sh start with it).
#
# Needs: Debian 12 (apt) and rustup's stable toolchain. Downloads only from package
# registries: Debian, crates.io, npm. One line per step, with its duration.
# SETUP_VERBOSE=1 streams installer output instead of writing it to a log file.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

LOG_DIR="${TMPDIR:-/tmp}/ots-atlas-setup"
mkdir -p "$LOG_DIR"

# Runs a command, its output going to $LOG_DIR/$1.log (or the terminal if
# SETUP_VERBOSE=1). On failure prints the log's tail.
run_logged() {
  local log="$LOG_DIR/$1.log" rc=0
  shift
  if [[ "${SETUP_VERBOSE:-0}" == 1 ]]; then
    "$@" || rc=$?
  else
    "$@" >"$log" 2>&1 || rc=$?
    if ((rc != 0)); then
      printf '%s--- last lines of %s ---%s\n' "$RED" "$log" "$RESET" >&2
      tail -n 40 "$log" >&2
    fi
  fi
  return "$rc"
}

# Printed before a long install so that a silent wait has an explanation.
note() { printf 'setup:   … %s\n' "$*"; }

as_root() {
  if [[ "$(id -u)" == 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    printf 'need root for: %s (and sudo is missing)\n' "$*" >&2
    return 1
  fi
}

# ---------------------------------------------------------------- steps
# Each step sets RESULT to a short description and returns non-zero on failure.

step_apt() {
  local pkgs=()
  [[ -x "$CHROMIUM_PATH" ]] || pkgs+=(chromium)
  [[ -x "$CHROMEDRIVER" ]] || pkgs+=(chromium-driver)
  # Debian's binaryen only when Trunk.toml pins its version (108); see step_wasm_opt.
  if [[ "$(trunk_toml_value wasm_opt)" == version_108 ]] && ! command -v wasm-opt >/dev/null; then
    pkgs+=(binaryen)
  fi
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  command -v cc >/dev/null || pkgs+=(build-essential) # cargo install compiles C (ring, zstd)
  if ((${#pkgs[@]} == 0)); then
    RESULT="skipped: chromium, chromedriver, node, npm, cc all present"
    return 0
  fi
  command -v apt-get >/dev/null || {
    RESULT="missing ${pkgs[*]} and apt-get is not available: install them by hand"
    return 1
  }
  note "apt-get install ${pkgs[*]} (log: $LOG_DIR/apt.log)"
  run_logged apt as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || {
    RESULT="apt-get update failed"
    return 1
  }
  run_logged apt as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${pkgs[@]}" || {
    RESULT="apt-get install ${pkgs[*]} failed"
    return 1
  }
  RESULT="installed ${pkgs[*]}"
}

step_rust() {
  command -v rustup >/dev/null || {
    RESULT="rustup not found: install Rust with rustup (https://rustup.rs) first"
    return 1
  }
  local added=() installed
  installed=$(rustup component list --installed)
  grep -q '^rustfmt' <<<"$installed" || added+=(rustfmt)
  grep -q '^clippy' <<<"$installed" || added+=(clippy)
  if ((${#added[@]})); then
    run_logged rustup rustup component add "${added[@]}" || {
      RESULT="rustup component add ${added[*]} failed"
      return 1
    }
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    run_logged rustup rustup target add wasm32-unknown-unknown || {
      RESULT="rustup target add wasm32-unknown-unknown failed"
      return 1
    }
    added+=(wasm32-unknown-unknown)
  fi
  local rustc_version
  rustc_version=$(rustc --version | awk '{print $2}')
  if ((${#added[@]})); then
    RESULT="rustc $rustc_version; added ${added[*]}"
  else
    RESULT="skipped: rustc $rustc_version with rustfmt, clippy, wasm32-unknown-unknown"
  fi
}

step_trunk() {
  local have
  have=$(trunk --version 2>/dev/null | awk '{print $2}') || true
  if [[ "$have" == 0.21.* ]]; then
    RESULT="skipped: trunk $have"
    return 0
  fi
  # trunk 0.22 needs a newer rustc than stable 1.95: stay on 0.21.
  note "cargo install trunk 0.21 (about 8 min on 2 cores; log: $LOG_DIR/trunk.log)"
  run_logged trunk cargo install trunk --version '~0.21' --locked --force || {
    RESULT="cargo install trunk failed"
    return 1
  }
  RESULT="installed $(trunk --version)${have:+ (was $have)}"
}

step_wasm_bindgen() {
  local want have runner
  want=$(locked_wasm_bindgen_version)
  [[ -n "$want" ]] || {
    RESULT="no wasm-bindgen in Cargo.lock"
    return 1
  }
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}') || true
  runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}') || true
  if [[ "$have" == "$want" && "$runner" == "$want" ]]; then
    RESULT="skipped: wasm-bindgen $have (= Cargo.lock)"
    return 0
  fi
  # Not --locked: the CLI's own lock file does not build with this toolchain.
  note "cargo install wasm-bindgen-cli $want (about 4 min on 2 cores; log: $LOG_DIR/wasm-bindgen.log)"
  run_logged wasm-bindgen cargo install wasm-bindgen-cli --version "=$want" --force || {
    RESULT="cargo install wasm-bindgen-cli $want failed"
    return 1
  }
  RESULT="installed wasm-bindgen $want${have:+ (was $have)}"
}

# cargo-mutants, for the mutation tests (scripts/mutants.sh; scripts/test.sh runs them on
# the code the last change touched). Pinned, and built from its own lock file.
CARGO_MUTANTS_VERSION=27.1.0
step_mutants() {
  local have
  have=$(cargo mutants --version 2>/dev/null | awk '{print $2}') || true
  if [[ "$have" == "$CARGO_MUTANTS_VERSION" ]]; then
    RESULT="skipped: cargo-mutants $have"
    return 0
  fi
  note "cargo install cargo-mutants $CARGO_MUTANTS_VERSION (log: $LOG_DIR/mutants.log)"
  run_logged mutants cargo install cargo-mutants --version "=$CARGO_MUTANTS_VERSION" --locked --force || {
    RESULT="cargo install cargo-mutants failed"
    return 1
  }
  RESULT="installed cargo-mutants $CARGO_MUTANTS_VERSION${have:+ (was $have)}"
}

# wasm-opt at the version Trunk.toml pins (`wasm_opt = "version_N"`). Binaryen N comes
# from npm's `binaryen` package (a wasm build that runs on node) into .tools/, which
# lib.sh puts first on PATH; only N = 108 is Debian's package (installed by step_apt).
step_wasm_opt() {
  local pin have
  pin=$(trunk_toml_value wasm_opt)
  [[ "$pin" =~ ^version_[0-9]+$ ]] || {
    RESULT="Trunk.toml has no [tools] wasm_opt = \"version_N\" pin"
    return 1
  }
  have=$(wasm_opt_version)
  if [[ "$have" != "$pin" && "$pin" != version_108 ]]; then
    note "npm install binaryen@${pin#version_}.0.0 into .tools (log: $LOG_DIR/binaryen.log)"
    run_logged binaryen npm install --prefix "$REPO_ROOT/.tools" --no-audit --no-fund --prefer-offline \
      --no-package-lock "binaryen@${pin#version_}.0.0" || {
      RESULT="npm install binaryen@${pin#version_}.0.0 failed"
      return 1
    }
    RESULT="installed wasm-opt $(wasm_opt_version) (npm binaryen, in .tools/)${have:+ (PATH had $have)}"
  else
    RESULT="skipped: wasm-opt $have at $(command -v wasm-opt)"
  fi
  [[ "$(wasm_opt_version)" == "$pin" ]] || {
    RESULT="Trunk.toml pins wasm_opt = \"$pin\" but wasm-opt on PATH is $(wasm_opt_version)"
    return 1
  }
  if [[ "$pin" == version_108 ]]; then
    RESULT="$RESULT. WARNING: binaryen 108 breaks wasm-bindgen's externref table (the page fails"
    RESULT="$RESULT with 'WebAssembly.Table.set(): Argument 1 is invalid'): pin wasm_opt = \"version_123\""
  fi
}

# terser and clean-css, which minify the JavaScript and CSS of release builds (Trunk.toml's
# post_build hook runs scripts/minify.mjs), at pinned versions, into .tools/.
MINIFIERS=(terser@5.51.4 clean-css@5.3.3)
step_minifiers() {
  local spec name want have missing=()
  for spec in "${MINIFIERS[@]}"; do
    name=${spec%@*} want=${spec##*@} have=""
    [[ -f "$REPO_ROOT/.tools/node_modules/$name/package.json" ]] &&
      have=$(node -p 'require(process.argv[1]).version' "$REPO_ROOT/.tools/node_modules/$name/package.json")
    [[ "$have" == "$want" ]] || missing+=("$spec")
  done
  if ((${#missing[@]} == 0)); then
    RESULT="skipped: ${MINIFIERS[*]} in .tools"
    return 0
  fi
  note "npm install ${missing[*]} into .tools (log: $LOG_DIR/minifiers.log)"
  run_logged minifiers npm install --prefix "$REPO_ROOT/.tools" --no-audit --no-fund --prefer-offline \
    --no-package-lock "${missing[@]}" || {
    RESULT="npm install ${missing[*]} failed"
    return 1
  }
  RESULT="installed ${missing[*]} in .tools"
}

# Trunk runs offline: the versions pinned in Trunk.toml must be the ones on PATH.
step_pins() {
  local lock pin_wb
  lock=$(locked_wasm_bindgen_version)
  pin_wb=$(trunk_toml_value wasm_bindgen)
  if [[ "$pin_wb" != "$lock" ]]; then
    RESULT="Trunk.toml pins wasm_bindgen = \"$pin_wb\" but Cargo.lock has $lock: update Trunk.toml"
    return 1
  fi
  RESULT="ok: wasm-bindgen $lock, wasm-opt $(wasm_opt_version), $("$CHROMIUM_PATH" --version 2>/dev/null | awk '{print $1, $2}'), chromedriver $("$CHROMEDRIVER" --version | awk '{print $2}')"
}

step_cargo_fetch() {
  run_logged cargo-fetch cargo fetch || {
    RESULT="cargo fetch failed"
    return 1
  }
  RESULT="ok: crates for every target are in ~/.cargo/registry"
}

step_npm() {
  local dir="$REPO_ROOT/tests/e2e" want have=""
  local stamp="$dir/node_modules/.package-lock.sha256"
  local node_major
  node_major=$(node --version | sed 's/^v\([0-9]*\).*/\1/')
  ((node_major >= 18)) || {
    RESULT="node $(node --version) is too old: the e2e tests need node 18 or newer"
    return 1
  }
  want=$(sha256sum "$dir/package-lock.json" | awk '{print $1}')
  [[ -f "$stamp" ]] && have=$(cat "$stamp")
  if [[ -d "$dir/node_modules" && "$have" == "$want" ]]; then
    RESULT="skipped: tests/e2e/node_modules matches package-lock.json (node $(node --version))"
    return 0
  fi
  # playwright-core downloads no browser; the tests use Debian's chromium.
  run_logged npm env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm ci --prefix "$dir" --no-audit --no-fund --prefer-offline || {
    RESULT="npm ci in tests/e2e failed"
    return 1
  }
  printf '%s\n' "$want" >"$stamp"
  RESULT="installed tests/e2e/node_modules (npm ci, node $(node --version))"
}

# ---------------------------------------------------------------- nginx
# Debian's nginx, for tests/e2e/nginx.test.mjs (which serves dist/ with deploy/nginx.conf
# and fails without nginx), plus its brotli_static module when Debian's repository has it
# (libnginx-mod-http-brotli-static; without it the config uses gzip_static alone).
# Installs only what is missing; SETUP_NGINX=0 skips the step. On a machine with systemd,
# installing Debian's nginx also starts the system service on port 80 (the tests run
# their own unprivileged instance and do not need it).
NGINX_BROTLI_PKG=libnginx-mod-http-brotli-static
NGINX_BROTLI_SO=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

# True if apt knows a version of the brotli module (output captured first: with pipefail,
# `grep -q` closing the pipe early would fail the pipeline).
nginx_brotli_installable() {
  local policy
  policy=$(apt-cache policy "$NGINX_BROTLI_PKG" 2>/dev/null) || return 1
  grep -q 'Candidate: [0-9]' <<<"$policy"
}

step_nginx() {
  if [[ "${SETUP_NGINX:-1}" == 0 ]]; then
    RESULT="skipped: SETUP_NGINX=0 (tests/e2e/nginx.test.mjs needs nginx)"
    return 0
  fi
  local pkgs=() have_nginx=0
  { command -v nginx || [[ -x /usr/sbin/nginx ]]; } >/dev/null 2>&1 && have_nginx=1
  ((have_nginx)) || pkgs+=(nginx)
  [[ -f "$NGINX_BROTLI_SO" ]] || pkgs+=("$NGINX_BROTLI_PKG")
  if ((have_nginx)) && ((${#pkgs[@]})); then
    # Only the optional module is missing: install it if the package lists know it,
    # without an apt-get update on every run.
    if ! nginx_brotli_installable; then
      RESULT="skipped: nginx present; $NGINX_BROTLI_PKG not available (gzip_static only)"
      return 0
    fi
  fi
  if ((${#pkgs[@]} == 0)); then
    RESULT="skipped: nginx and its brotli_static module present"
    return 0
  fi
  command -v apt-get >/dev/null || {
    RESULT="missing ${pkgs[*]} and apt-get is not available: install nginx by hand (or SETUP_NGINX=0)"
    return 1
  }
  note "apt-get install ${pkgs[*]} (log: $LOG_DIR/nginx.log)"
  if ! ((have_nginx)); then
    run_logged nginx as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || {
      RESULT="apt-get update failed"
      return 1
    }
    # The module is optional: leave it out if this Debian has no such package.
    nginx_brotli_installable || pkgs=(nginx)
  fi
  run_logged nginx as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${pkgs[@]}" || {
    RESULT="apt-get install ${pkgs[*]} failed"
    return 1
  }
  RESULT="installed ${pkgs[*]} ($(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'))"
}

# ---------------------------------------------------------------- main

run_step() {
  local step=$1 start rc=0
  RESULT=""
  start=$(now)
  "step_$step" || rc=$?
  if ((rc != 0)); then
    printf '%ssetup: %-13s FAILED: %s (%s)%s\n' "$RED" "$step" "$RESULT" "$(since "$start")" "$RESET"
    return 1
  fi
  printf 'setup: %-13s %s (%s)\n' "$step" "$RESULT" "$(since "$start")"
}

SETUP_START=$(now)
for step in apt rust; do
  run_step "$step" || exit 1
done
# The cargo installs are the long part of a fresh setup (about 8, 4 and 3 minutes on
# 2 cores): they run side by side.
run_step trunk &
trunk_pid=$!
run_step wasm_bindgen &
wasm_bindgen_pid=$!
run_step mutants &
mutants_pid=$!
failed=0
wait "$trunk_pid" || failed=1
wait "$wasm_bindgen_pid" || failed=1
wait "$mutants_pid" || failed=1
((failed == 0)) || exit 1
for step in wasm_opt minifiers pins cargo_fetch npm nginx; do
  run_step "$step" || exit 1
done
printf 'setup: done in %s\n' "$(since "$SETUP_START")"
