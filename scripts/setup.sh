#!/usr/bin/env bash
# Installs whatever Claimscope's build and tests need and is missing on this machine.
# Each step checks first, so a rerun on a machine that has everything takes seconds.
# Pinned versions: see ../shared/SETUP.md for why each one (Trunk >= 0.22 needs a newer rustc,
# wasm-bindgen-cli must equal Cargo.lock, Debian's binaryen is too old for this Rust).
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 17 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Without --locked: its lockfile pins a webpki-roots the registry does not serve.
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 8 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# npm's binaryen (wasm-opt) and the browser-test tools, exactly as package-lock.json says.
# A stamp of the lockfile's hash tells whether node_modules already matches it.
lock_hash=$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$root/node_modules/.lock-hash" 2>/dev/null)" != "$lock_hash" ]; then
  say "installing node packages (npm ci)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$root/node_modules/.lock-hash"
fi

# Trunk builds offline (Trunk.toml), so every crate, for every target, must be here first.
cargo fetch --manifest-path "$root/Cargo.toml" --quiet
