#!/usr/bin/env bash
# Fuzzes the whole analysis (fuzz/fuzz_targets/analysis.rs) for SECONDS seconds (default 60):
# arbitrary bytes as one or several documents, checking every span and id invariant.
# Installs cargo-fuzz if it is missing. cargo-fuzz needs nightly features; on the stable
# toolchain RUSTC_BOOTSTRAP=1 enables them. Findings land in fuzz/artifacts/analysis/.
# Extra arguments go to libFuzzer (e.g. -jobs=2, -max_len=16384).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-60}
shift || true

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

corpus=fuzz/corpus/analysis
if [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then
  # Start from the bundled articles, in pieces of up to 2 KB: one document each, with flags
  # byte 0 (text) or 3 (HTML, dated), and pairs of pieces as two-document inputs.
  mkdir -p "$corpus"
  tmp=$(mktemp -d)
  for seed in seeds/*.txt; do
    split -C 2000 "$seed" "$tmp/$(basename "$seed" .txt)-"
  done
  previous=
  for piece in "$tmp"/*; do
    name=$(basename "$piece")
    { printf '\x00'; cat "$piece"; } >"$corpus/$name"
    if [ -n "$previous" ]; then
      { printf '\x06'; cat "$previous"; printf '\x1e'; cat "$piece"; } >"$corpus/$name-pair"
    fi
    previous=$piece
  done
  rm -r "$tmp"
fi

RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer "${CLAIMSCOPE_FUZZ_SANITIZER:-address}" \
  --fuzz-dir fuzz analysis "$corpus" -- \
  -dict=fuzz/analysis.dict -max_len=8192 -max_total_time="$seconds" -print_final_stats=1 "$@"
