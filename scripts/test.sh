#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: formatting, lints (native and
# wasm), native unit/integration/doc tests, the release build of the page, and the browser
# end-to-end tests in headless Chromium. This is what CI runs (.ci/run).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32 page)"
cargo clippy --target wasm32-unknown-unknown --features web --bin claimscope-web -- -D warnings

step "cargo test"
cargo test


step "cargo build --release (the CLI)"
cargo build --release

step "trunk build --release (the page, and dist/claimscope.html)"
trunk build --release

step "browser end-to-end tests (headless Chromium)"
node --test tests/e2e/

# Last, since its first build is the slowest step on a fresh machine. Safe Rust gains little
# from AddressSanitizer, so CI fuzzes without it (a faster build); scripts/fuzz.sh alone uses it.
step "fuzz the whole analysis for 60 s (scripts/fuzz.sh; installs cargo-fuzz if missing)"
CLAIMSCOPE_FUZZ_SANITIZER=none bash scripts/fuzz.sh 60
