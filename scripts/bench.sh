#!/usr/bin/env bash
# Prints Claimscope's quality and speed figures in one run (nothing here is asserted):
#   1. NewsQuant development half: value and value+change P/R/F1 (../shared/benchmarks/newsquant)
#   2. PolNeAR development split: speaker attribution P/R/F1 (../shared/benchmarks/polnear)
#   3. over-grouping: comparisons formed among NewsQuant's unrelated sentences
#   4. peer test suites (Recognizers-Text, Duckling): pass rate per file
#   5. native analysis throughput (cargo bench, criterion): distinct news (local-news, PolNeAR
#      dev, news-dev), the seeds repeated to ~2 MB and ~20 MB (the favourable case), one 4 MB
#      document, and the comparison stage alone
#   5b. growth in documents: the CLI on the first 150, 300, 600 and all 1,082 local-news
#      files, time and peak memory, and the ratio of the whole set to its first 150 files
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

echo "== growth in documents: the CLI on the first N local-news files (goal: all ≤ 8× the first 150)"
if [ -d "$shared/benchmarks/local-news" ] && [ -x /usr/bin/time ]; then
  mapfile -t news < <(ls "$shared"/benchmarks/local-news/*.txt | sort)
  first=""
  peak=$(mktemp)
  for n in 150 300 600 ${#news[@]}; do
    # Wall-clock time in milliseconds (best of three; %e's hundredths are too coarse for 150
    # files), peak memory from /usr/bin/time.
    best=""
    for run in 1 2 3; do
      start=$(date +%s%N)
      /usr/bin/time -o "$peak" -f "%M" target/release/claimscope extract "${news[@]:0:$n}" >/dev/null 2>&1
      kib=$(tail -1 "$peak")
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      if [ -z "$best" ] || [ "$ms" -lt "${best% *}" ]; then best="$ms $kib"; fi
    done
    [ -n "$first" ] || first=$best
    awk -v n="$n" -v b="$best" -v f="$first" 'BEGIN{split(b,x," "); split(f,y," ");
      printf "%5d files: %.3f s, %d MiB peak; %.1f× the time and %.1f× the memory of the first 150\n",
        n, x[1]/1000, x[2]/1024, (y[1] > 0 ? x[1]/y[1] : 0), x[2]/y[2]}'
  done
  rm -f "$peak"
else
  echo "(skipped: needs $shared/benchmarks/local-news and /usr/bin/time)"
fi

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
