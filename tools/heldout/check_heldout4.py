#!/usr/bin/env python3
"""Checks verifier-conversations-test4.jsonl, written by make_heldout4.py: every line valid JSON with exactly
the keys cached, query, same_answer, kind; counts per kind (and the 8/8/8 paraphrase distance groups held in
the generator); same earlier turns on both sides with roles user, assistant, user; last messages of 3 to 12
words that differ; no duplicate row; no sentence equal or near-equal (word-set Jaccard >= 0.8 for sentences
of 5 or more words) to a sentence of any older *.jsonl in the quality directory; the file equals the
generator's output. Prints each problem and exits non-zero if there is any."""
import collections
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import copycheck  # noqa: E402
from copycheck import norm, texts_of, words  # noqa: E402,F401

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_heldout4  # noqa: E402

DIR = HERE.parent.parent / "router-eval/src/test/resources/quality"
NAME = make_heldout4.NAME
KINDS = {"paraphrase": 24, "added_word": 4, "related_noun": 4, "property": 4, "qualifier": 4, "opposite": 4,
         "other": 4}
DISTANCES = {"close": 8, "medium": 8, "loose": 8}
KEYS = {"cached", "query", "same_answer", "kind"}
errors = []


def fail(msg):
    errors.append(msg)




def load():
    return copycheck.load_generated(NAME, make_heldout4.render(), "make_heldout4.py", fail)


def check_row(i, r, seen):
    if set(r) != KEYS:
        fail(f"{NAME}:{i}: keys {sorted(r)}")
        return
    if r["kind"] not in KINDS:
        fail(f"{NAME}:{i}: unknown kind {r['kind']!r}")
    if r["same_answer"] is not (r["kind"] == "paraphrase"):
        fail(f"{NAME}:{i}: same_answer {r['same_answer']!r} does not match kind {r['kind']}")
    c, q = r["cached"], r["query"]
    if [m.get("role") for m in c] != ["user", "assistant", "user"] or len(q) != 3 or c[:2] != q[:2] \
            or q[2].get("role") != "user":
        fail(f"{NAME}:{i}: earlier turns differ or roles wrong")
        return
    a, b = c[2]["content"], q[2]["content"]
    if norm(a) == norm(b):
        fail(f"{NAME}:{i}: last messages equal")
    for s in (a, b):
        if not 3 <= len(words(s)) <= 12:
            fail(f"{NAME}:{i}: follow-up of {len(words(s))} words: {s}")
    key = frozenset((norm(a), norm(b)))
    if key in seen:
        fail(f"{NAME}:{i}: duplicate follow-up pair")
    seen.add(key)


def check_counts(rows):
    got = collections.Counter(r.get("kind") for r in rows)
    if got != collections.Counter(KINDS):
        fail(f"{NAME}: counts {dict(got)} != expected {KINDS}")
    dist = collections.Counter(d for k, d, entries in make_heldout4.GROUPS if k == "paraphrase" for _ in entries)
    if dist != collections.Counter(DISTANCES):
        fail(f"paraphrase distance groups {dict(dist)} != expected {DISTANCES}")
    contexts = collections.Counter(norm(r["cached"][0]["content"]) for r in rows if "cached" in r)
    for ctx, n in contexts.items():
        if n > 1:
            fail(f"{NAME}: topic used {n} times: {ctx}")
    return got, dist


def check_not_copied(rows):
    """No sentence equal, or near-equal, to one in the older sets of the directory."""
    for problem in copycheck.copy_problems(rows, {NAME}, NAME):
        fail(problem)


def main():
    rows = load()
    seen = set()
    for i, r in enumerate(rows, 1):
        check_row(i, r, seen)
    got, dist = check_counts(rows)
    check_not_copied(rows)
    for e in errors:
        print("FAIL", e)
    print(", ".join(f"{k} {got[k]}" for k in KINDS), "(paraphrase distance: " + ", ".join(f"{d} {dist[d]}" for d in DISTANCES) + ")")
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
