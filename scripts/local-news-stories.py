#!/usr/bin/env python3
"""Counts, on local-news (files SSSS_x.txt: reports SSSS_a, SSSS_b… of one story), the
comparisons, reuse records and attribution divergences whose members come from one story and
those that span several. Reports of one story should share comparisons; different stories
should not, and boilerplate that stations share is neither reuse nor a divergence.

Records that span stories are split in two: those between stories that the dataset files
apart but whose reports tell one incident (ONE_INCIDENT, below: checked by hand, each with what
both reports say), which are right to find; and the rest, which are errors. Comparisons within
one story are also counted by how many documents they span (a card of one document compares
a report with itself).

usage: claimscope extract ../shared/benchmarks/local-news/*.txt > out.json
       python3 scripts/local-news-stories.py out.json [-v]
"""
import json
import os
import re
import sys

# Story numbers the dataset files apart whose reports tell one incident: a report that recounts
# another story's incident as its background, or one article filed under two story numbers.
# Each pair is listed only with what both reports say; nothing here is found by the program.
ONE_INCIDENT = {
    # 0044 (Miracle Murray, six months old, shot in Detroit in April 2016): its reports recount
    # the Easter Sunday (27 March) killing of 3-year-old Aniaya Montgomery after "three men went
    # into a home on the 16800 block of Riverview near West McNichols and Telegraph", which is
    # 0050's story (0050_b: "the three men went to a home at 2 a.m. March 27 on the 16800 block
    # of Riverview").
    frozenset({"0044", "0050"}),
    # 0280 (Detroit children shot with unsecured guns, 2016) recounts both: "Miracle was killed
    # when shots were fired at a house on Winthrop near Clarita" (0044) and "on Easter, March
    # 27, when 3-year-old Aniaya Montgomery was shot and killed" (0050).
    frozenset({"0044", "0280"}),
    frozenset({"0050", "0280"}),
    # 0047 (a Milwaukee officer shot in his squad car, 17 July 2016) says it "came hours before
    # three police officers were shot dead in Baton Rouge"; 0181 (the Baton Rouge ambush) says
    # Milwaukee police would ride in two-person squads "after officer Brandon Baranowski was
    # wounded early Sunday morning as he sat in his squad car".
    frozenset({"0047", "0181"}),
    # 0249_b and 0308_a are one WMC article word for word ("Girl shot in chest while getting
    # ready for prom", Memphis): the same 18-year-old shot in the chest, under two numbers.
    frozenset({"0249", "0308"}),
}

data = json.load(open(sys.argv[1]))
verbose = "-v" in sys.argv


def story(doc_id):
    match = re.match(r"(\d+)_", os.path.basename(doc_id))
    return match.group(1) if match else doc_id


def one_incident(stories):
    return all(
        frozenset({a, b}) in ONE_INCIDENT for a in stories for b in stories if a < b
    )


def split(records, docs_of):
    """(within one story, across stories that tell one incident, across different stories)."""
    same, incident, cross = [], [], []
    for record in records:
        stories = {story(d) for d in docs_of(record)}
        if len(stories) == 1:
            same.append(record)
        elif one_incident(stories):
            incident.append(record)
        else:
            cross.append(record)
    return same, incident, cross


def report(name, records, docs_of, show):
    same, incident, cross = split(records, docs_of)
    print(
        f"{name}: {len(same)} within one story, {len(incident)} across stories that tell one "
        f"incident, {len(cross)} across different stories"
    )
    if verbose:
        for record in incident:
            print("    one incident:", show(record))
        for record in cross:
            print("    different:   ", show(record))
    return same


same = report(
    "comparisons",
    data["comparisons"],
    lambda c: [m["doc"] for m in c["members"]],
    lambda c: f'{c["label"]} {[(m["doc"], m["value"]) for m in c["members"]]}',
)
reports = sum(1 for c in same if len({m["doc"] for m in c["members"]}) > 1)
print(f"    of those within one story, {reports} compare two or more of its reports")
report("reuse", data["reuse"], lambda r: r["docs"], lambda r: r["why"][:160])
report(
    "attribution divergences",
    data["attribution_divergences"],
    lambda a: [s["doc"] for s in a["sides"]],
    lambda a: a["why"][:200],
)
