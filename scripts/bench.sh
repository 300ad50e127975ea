#!/usr/bin/env bash
# Prints Claimscope's quality and speed figures in one run (nothing here is asserted):
#   1. NewsQuant development half: value and value+change P/R/F1 (../shared/benchmarks/newsquant)
#   2. PolNeAR development split: speaker attribution P/R/F1 (../shared/benchmarks/polnear)
#   3. over-grouping: comparisons formed among NewsQuant's unrelated sentences
#   4. peer test suites (Recognizers-Text, Duckling): pass rate per file
#   5. native analysis throughput: seeds repeated to ~2 MB and ~20 MB, one 4 MB document, and the
#      comparison stage alone (cargo bench, criterion)
#   6. size of the single-file page and the hosted wasm, raw and gzipped, and the wasm's
#      largest contributors by crate and function (scripts/wasm-size.mjs; needs dist/)
#   7. side by side on the same text: native (criterion) and wasm (Node, Chromium) MB/s and
#      memory, compromise and wink-nlp (npm), as ratios (scripts/bench-peers.mjs)
#   8. the page in headless Chromium: first render from file://, long tasks on large input
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared="${CLAIMSCOPE_SHARED:-$root/../shared}"

echo "== build"
cargo build --release --quiet

echo "== NewsQuant (development half)"
if [ -f "$shared/benchmarks/newsquant/score.py" ]; then
  python3 "$shared/benchmarks/newsquant/score.py" "$shared/benchmarks/newsquant/dev.json" -- \
    target/release/claimscope extract
else
  echo "(skipped: $shared/benchmarks/newsquant not found; set CLAIMSCOPE_SHARED)"
fi

echo "== PolNeAR (development split)"
if [ -f "$shared/benchmarks/polnear/score.py" ]; then
  python3 "$shared/benchmarks/polnear/score.py" "$shared/benchmarks/polnear/dev" -- \
    target/release/claimscope extract
else
  echo "(skipped: $shared/benchmarks/polnear not found; set CLAIMSCOPE_SHARED)"
fi

echo "== over-grouping check: comparisons among NewsQuant's unrelated sentences (fewer is better)"
if [ -f "$shared/benchmarks/newsquant/dev.json" ]; then
  sentences=$(mktemp -d)
  python3 - "$shared/benchmarks/newsquant/dev.json" "$sentences" <<'PY'
import json, sys
for i, item in enumerate(json.load(open(sys.argv[1]))):
    open(f"{sys.argv[2]}/s{i:03d}.txt", "w").write(item["text"] + "\n")
PY
  target/release/claimscope extract "$sentences" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(len(d["documents"]), "one-sentence documents:", len(d["comparisons"]), "comparisons")
for c in d["comparisons"]:
    print("  ", c["verdict"], "|", c["label"])'
  rm -r "$sentences"
fi

echo "== peer test suites"
cargo test --quiet --test peer_specs -- --nocapture 2>&1 | grep -E "pass rates|: [0-9]+/[0-9]+"

echo "== extraction throughput (criterion)"
criterion=$(mktemp)
cargo bench --quiet --bench extract 2>&1 | tee "$criterion" | grep -E "analysis/|stage/|time:|thrpt:"

echo "== page size, and where the wasm's bytes go"
if [ -f dist/claimscope.html ]; then
  for file in dist/claimscope.html dist/claimscope-web_bg.wasm; do
    printf '%s: %d bytes, %d bytes gzipped\n' "$file" "$(wc -c < "$file")" "$(gzip -9 -c "$file" | wc -c)"
  done
  node scripts/wasm-size.mjs --top 12
else
  echo "(no dist/claimscope.html: run trunk build --release first)"
fi

echo "== side by side with peers: native, wasm in Node and Chromium, compromise, wink-nlp (same text)"
node scripts/bench-peers.mjs --criterion-output="$criterion"
rm -f "$criterion"

echo "== the page in headless Chromium (first render; long tasks while a 5 MB article is analysed)"
if [ -f dist/claimscope.html ] && [ -x /usr/bin/chromium ]; then
  node scripts/bench-browser.mjs 5
else
  echo "(skipped: needs dist/claimscope.html and /usr/bin/chromium; run scripts/test.sh once)"
fi
