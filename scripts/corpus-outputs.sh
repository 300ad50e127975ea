#!/usr/bin/env bash
# Writes the CLI's claims/1 output on the five reference corpora into OUT, one JSON file each:
# the bundled articles, news-dev, NewsQuant's development half (one document per sentence),
# PolNeAR's development split and local-news. A change to the core that means to keep behaviour
# shows it by `diff -r` of two such folders (before and after); one that means to change it
# names the files that moved.
#
#   scripts/corpus-outputs.sh OUT [CLI]      (CLI defaults to target/release/claimscope)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: scripts/corpus-outputs.sh OUT [CLI]}
cli=${2:-$root/target/release/claimscope}
shared="${CLAIMSCOPE_SHARED:-$root/../shared}"
bench="$shared/benchmarks"
mkdir -p "$out"

"$cli" extract > "$out/seeds.json"
"$cli" extract "$bench"/news-dev/*.txt > "$out/news-dev.json" 2>/dev/null
"$cli" extract "$bench"/polnear/dev/text > "$out/polnear-dev.json" 2>/dev/null
"$cli" extract "$bench"/local-news/*.txt > "$out/local-news.json" 2>/dev/null

sentences=$(mktemp -d)
trap 'rm -rf "$sentences"' EXIT
python3 - "$bench/newsquant/dev.json" "$sentences" <<'PY'
import json, sys
for i, item in enumerate(json.load(open(sys.argv[1]))):
    open(f"{sys.argv[2]}/s{i:03d}.txt", "w").write(item["text"] + "\n")
PY
"$cli" extract "$sentences" > "$out/newsquant-dev.json" 2>/dev/null
ls -l "$out"
