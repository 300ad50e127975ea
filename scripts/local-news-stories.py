#!/usr/bin/env python3
"""Counts, on local-news (files SSSS_x.txt: reports SSSS_a, SSSS_b… of one story), the
comparisons, reuse records and attribution divergences whose members come from one story and
those that span several stories. Reports of one story should share comparisons; different
stories should not, and boilerplate that stations share is neither reuse nor a divergence.

usage: claimscope extract ../shared/benchmarks/local-news/*.txt > out.json
       python3 scripts/local-news-stories.py out.json [-v]
"""
import json
import os
import re
import sys

data = json.load(open(sys.argv[1]))
verbose = "-v" in sys.argv


def story(doc_id):
    match = re.match(r"(\d+)_", os.path.basename(doc_id))
    return match.group(1) if match else doc_id


def split(records, docs_of):
    same, cross = 0, []
    for record in records:
        stories = {story(d) for d in docs_of(record)}
        if len(stories) == 1:
            same += 1
        else:
            cross.append(record)
    return same, cross


same, cross = split(data["comparisons"], lambda c: [m["doc"] for m in c["members"]])
print(f"comparisons: {same} within one story, {len(cross)} across stories")
if verbose:
    for c in cross:
        print("   ", c["label"], [(m["doc"], m["value"]) for m in c["members"]])
same, cross = split(data["reuse"], lambda r: r["docs"])
print(f"reuse: {same} within one story, {len(cross)} across stories")
same, cross = split(data["attribution_divergences"], lambda a: [s["doc"] for s in a["sides"]])
print(f"attribution divergences: {same} within one story, {len(cross)} across stories")
if verbose:
    for a in cross[:40]:
        print("   ", a["why"][:200])
