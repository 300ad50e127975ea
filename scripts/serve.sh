#!/usr/bin/env bash
# Installs whatever is missing, builds the page, prints where the single file is, and serves
# the hosted build on http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

trunk build --release
printf '\nThe single-file page (open it from disk, no server needed):\n  %s\n\n' "$root/dist/claimscope.html"
printf 'Serving the hosted build at http://127.0.0.1:%s/\n' "${PORT:-8080}"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}" --no-autoreload
