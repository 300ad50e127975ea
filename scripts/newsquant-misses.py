#!/usr/bin/env python3
"""Every value of NewsQuant's development half that the CLI misses, adds or gives another change.

usage: scripts/newsquant-misses.py [CLI]      (CLI defaults to target/release/claimscope)

Matches as ../shared/benchmarks/newsquant/score.py does (per sentence, by value, one to one, the
first system value that matches) and prints, by sentence: MISS (a gold value with no match),
EXTRA (a system value with none) and CHANGE (matched, but NewsQuant's =, ~, >, <, up, down
differs). Reads the development half only (dev.json); the other half is the hidden measure.
"""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("CLAIMSCOPE_SHARED", os.path.join(root, "..", "shared"))
bench = os.path.join(shared, "benchmarks", "newsquant")
sys.path.insert(0, bench)
import score as S  # noqa: E402

cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "target", "release", "claimscope")
data = json.load(open(os.path.join(bench, "dev.json")))
with tempfile.TemporaryDirectory() as tmp:
    files = []
    for i, item in enumerate(data):
        path = os.path.join(tmp, f"{i:04d}.txt")
        open(path, "w").write(item["text"])
        files.append(path)
    result = json.loads(subprocess.run([cli, "extract"] + files, capture_output=True, text=True).stdout)
by_doc = {}
for q in result.get("quantities", []):
    if q.get("unit") in S.SKIP_UNITS:
        continue
    by_doc.setdefault(os.path.splitext(os.path.basename(str(q["doc"])))[0], []).append(q)
missed = extra = changed = 0
for i, item in enumerate(data):
    tags = [q for q in by_doc.get(f"{i:04d}", []) if S.sys_value(q) is not None]
    used, lines = set(), []
    for g in item["quantities"]:
        gv, hit = S.gold_value(g["value"]), None
        for k, q in enumerate(tags):
            if k not in used and S.same(gv, S.sys_value(q)):
                used.add(k)
                hit = q
                break
        if hit is None:
            lines.append(f"  MISS   gold {g['value']} {g['unit']!r} {g['change']}")
            missed += 1
        elif S.change_of(hit) != g["change"]:
            lines.append(f"  CHANGE gold {g['value']} {g['change']}, system {S.change_of(hit)} "
                         f"(approx {hit.get('approx')}, change {hit.get('change')}) {hit.get('text')!r}")
            changed += 1
    for k, q in enumerate(tags):
        if k not in used:
            lines.append(f"  EXTRA  system {S.sys_value(q)} {q.get('unit')!r} {S.change_of(q)} {q.get('text')!r}")
            extra += 1
    if lines:
        print(f"[{i:03d}] {item['text']}")
        print("\n".join(lines))
print(f"missed {missed}, extra {extra}, change differs {changed}")
