#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh), then serves the app with Trunk on
# http://127.0.0.1:8080 (address and port come from Trunk.toml [serve]), rebuilding
# and reloading the page on every change.
#
# A debug build by default: it compiles in seconds instead of minutes. Any argument
# goes to `trunk serve`, e.g. `scripts/serve.sh --release` serves the optimised
# build that is shipped and measured by the tests.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

if [[ "${SKIP_SETUP:-0}" != 1 ]]; then
  "$REPO_ROOT/scripts/setup.sh"
fi
printf 'serve: trunk serve %s -> http://127.0.0.1:8080/ (Ctrl-C stops)\n' "$*"
exec trunk serve "$@"
