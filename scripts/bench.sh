#!/usr/bin/env bash
# Prints Claimscope's quality and speed figures in one run (nothing here is asserted):
#   1. NewsQuant development half: value and value+change P/R/F1 (../shared/benchmarks/newsquant)
#   2. PolNeAR development split: speaker attribution P/R/F1 (../shared/benchmarks/polnear)
#   3. over-grouping: comparisons formed among NewsQuant's unrelated sentences
#   4. peer test suites (Recognizers-Text, Duckling): pass rate per file
#   5. native analysis throughput: seeds repeated to ~2 MB and ~20 MB, one 4 MB document, and the
#      comparison stage alone (cargo bench, criterion)
#   6. size of the single-file page, raw and gzipped (if dist/ has been built)
#   7. the page in headless Chromium: first render from file://, long tasks on large input
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
cargo bench --quiet --bench extract 2>&1 | grep -E "analysis/|stage/|time:|thrpt:"

echo "== page size"
if [ -f dist/claimscope.html ]; then
  printf 'dist/claimscope.html: %d bytes, %d bytes gzipped\n' \
    "$(wc -c < dist/claimscope.html)" "$(gzip -9 -c dist/claimscope.html | wc -c)"
else
  echo "(no dist/claimscope.html: run trunk build --release first)"
fi

echo "== the page in headless Chromium (first render; long tasks while a 5 MB article is analysed)"
if [ -f dist/claimscope.html ] && [ -x /usr/bin/chromium ]; then
  node scripts/bench-browser.mjs 5
else
  echo "(skipped: needs dist/claimscope.html and /usr/bin/chromium; run scripts/test.sh once)"
fi
