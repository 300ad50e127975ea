#!/usr/bin/env bash
# Installs whatever is missing, builds the page, prints where the single file is, and serves
# the hosted build on http://127.0.0.1:8080 under its Content-Security-Policy (Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

# The CLI first: the build's no-script summary is its analysis of the bundled articles.
cargo build --release
trunk build --release
printf '\nThe single-file page (open it from disk, no server needed):\n  %s\n\n' "$root/dist/claimscope.html"
printf 'The embed example: http://127.0.0.1:%s/embed-example.html\n' "${PORT:-8080}"
printf 'The JavaScript API example: http://127.0.0.1:%s/api-example.html\n' "${PORT:-8080}"
exec node scripts/static-server.mjs dist "${PORT:-8080}"
