#!/usr/bin/env python3
"""Private generality check of the quantity grammar on hand-annotated news sentences it was not
written against (tests/generality/news-sentences.tsv, whose header says where they come from).

usage: scripts/generality-check.py [-v] [CLI]      (-v lists every disagreement; CLI defaults to target/release/claimscope)

Each sentence is written to its own file and the CLI's `extract` is run once on all of them.
A system quantity matches an expected one in the same sentence when low and high agree
(relative 1e-6), one to one. Prints precision and recall on values, and, of the matches, how
many have the expected unit and approx. "?" readings count neither way. Calendar years, dates
and ordinals are left out, as NewsQuant's scorer leaves them out.
"""
import json, math, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "tests", "generality", "news-sentences.tsv")
SKIP_UNITS = {"calendar-year", "date", "ordinal"}


def parse_expected(cell):
    out = []
    for item in filter(None, (part.strip() for part in cell.split(" ; "))):
        optional = item.startswith("?")
        fields = item.lstrip("?").split()
        low, _, high = fields[0].partition("..")
        out.append({
            "low": float(low), "high": float(high or low), "unit": fields[1],
            "approx": fields[2] if len(fields) > 2 else "exact", "optional": optional,
        })
    return out


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    cli = args[0] if args else os.path.join(HERE, "..", "target", "release", "claimscope")
    rows = []
    for line in open(TABLE, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        url, sentence, expected = (line.rstrip("\n").split("\t") + [""])[:3]
        rows.append((sentence, parse_expected(expected)))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (sentence, _) in enumerate(rows):
            path = os.path.join(tmp, f"g{i:03d}.txt")
            open(path, "w", encoding="utf-8").write(sentence + "\n")
            paths.append(path)
        out = json.loads(subprocess.run([cli, "extract", *paths], capture_output=True, text=True, check=True).stdout)
    found = {}
    for q in out["quantities"]:
        if q["unit"] in SKIP_UNITS or isinstance(q["low"], str):
            continue
        found.setdefault(q["doc"], []).append(q)
    close = lambda a, b: math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    required = matched = system = spurious = unit_ok = approx_ok = 0
    verbose = "-v" in sys.argv
    for i, (sentence, expected) in enumerate(rows):
        got = found.get(f"g{i:03d}", [])
        used, notes = set(), []
        for e in expected:
            hit = next((k for k, q in enumerate(got) if k not in used
                        and close(q["low"], e["low"]) and close(q["high"], e["high"])), None)
            if hit is not None:
                used.add(hit)
            if e["optional"]:
                continue
            required += 1
            if hit is None:
                notes.append(f"  missed {e['low']}..{e['high']} {e['unit']} {e['approx']}")
                continue
            matched += 1
            q = got[hit]
            unit_ok += q["unit"] == e["unit"]
            approx_ok += q["approx"] == e["approx"]
            if q["unit"] != e["unit"] or q["approx"] != e["approx"]:
                notes.append(f"  {q['text']!r}: {q['unit']} {q['approx']}, expected {e['unit']} {e['approx']}")
        optional_hits = sum(1 for k in used if any(
            e["optional"] and close(got[k]["low"], e["low"]) and close(got[k]["high"], e["high"]) for e in expected))
        system += len(got) - optional_hits
        for k, q in enumerate(got):
            if k not in used:
                spurious += 1
                notes.append(f"  extra {q['text']!r} {q['low']}..{q['high']} {q['unit']} {q['approx']}")
        if notes and verbose:
            print(sentence)
            print("\n".join(notes))
    p = matched / system if system else 0.0
    r = matched / required if required else 0.0
    print(f"sentences {len(rows)}  expected {required}  system {system}  matched {matched}")
    print(f"precision {p:.3f}  recall {r:.3f}  unit {unit_ok}/{matched}  approx {approx_ok}/{matched}")


if __name__ == "__main__":
    main()
