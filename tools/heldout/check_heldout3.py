#!/usr/bin/env python3
"""Checks the three sets written by make_heldout3.py: valid JSON per line, exact keys, counts per kind,
no duplicates, follow-up lengths, and no sentence copied (exactly or nearly) from the older quality sets.
Exits non-zero on any failure."""
import collections
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import copycheck  # noqa: E402
from copycheck import norm, texts_of, words  # noqa: E402,F401

DIR = pathlib.Path(__file__).resolve().parent.parent.parent / "router-eval/src/test/resources/quality"
OURS = {"verifier-conversations-test3.jsonl", "verifier-pairs-swap-test2.jsonl", "jailbreak-own-test2.jsonl"}
errors = []


def fail(msg):
    errors.append(msg)


def load(name):
    rows = []
    for i, line in enumerate((DIR / name).read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail(f"{name}:{i}: invalid JSON: {e}")
    return rows




def check_counts(name, rows, key, expected):
    got = collections.Counter(key(r) for r in rows)
    if got != collections.Counter(expected):
        fail(f"{name}: counts {dict(got)} != expected {expected}")
    return got


def check_conversations():
    name = "verifier-conversations-test3.jsonl"
    rows = load(name)
    kinds = {"paraphrase": 24, "count_change": 3, "related_noun": 4, "property": 3, "qualifier": 3,
             "opposite": 3, "swap": 2, "other": 2}
    check_counts(name, rows, lambda r: r.get("kind"), kinds)
    seen = set()
    for i, r in enumerate(rows, 1):
        if set(r) != {"cached", "query", "same_answer", "kind"}:
            fail(f"{name}:{i}: keys {sorted(r)}")
            continue
        if r["same_answer"] != (r["kind"] == "paraphrase"):
            fail(f"{name}:{i}: same_answer does not match kind")
        c, q = r["cached"], r["query"]
        if [m["role"] for m in c] != ["user", "assistant", "user"] or c[:2] != q[:2] or len(q) != 3:
            fail(f"{name}:{i}: earlier turns differ or roles wrong")
        a, b = c[2]["content"], q[2]["content"]
        if norm(a) == norm(b):
            fail(f"{name}:{i}: last messages equal")
        for s in (a, b):
            if not 3 <= len(words(s)) <= 12:
                fail(f"{name}:{i}: follow-up length {len(words(s))}: {s}")
        key = (norm(c[0]["content"]), norm(a), norm(b))
        if key in seen:
            fail(f"{name}:{i}: duplicate")
        seen.add(key)
    return rows


def check_pairs():
    name = "verifier-pairs-swap-test2.jsonl"
    rows = load(name)
    check_counts(name, rows, lambda r: (r.get("label"), r.get("kind")), {(0, "swap"): 24, (1, "reorder"): 16})
    seen = set()
    for i, r in enumerate(rows, 1):
        if set(r) != {"a", "b", "label", "kind"}:
            fail(f"{name}:{i}: keys {sorted(r)}")
            continue
        if norm(r["a"]) == norm(r["b"]):
            fail(f"{name}:{i}: a == b")
        if r["kind"] == "swap" and sorted(words(r["a"])) != sorted(words(r["b"])):
            # a swap keeps the same words, except small function-word or article changes
            diff = set(words(r["a"])) ^ set(words(r["b"]))
            if not diff <= {"a", "an", "the"}:
                fail(f"{name}:{i}: swap changes words {diff}")
        for s in (r["a"], r["b"]):
            if not 4 <= len(words(s)) <= 25:
                fail(f"{name}:{i}: length {len(words(s))}")
        key = frozenset((norm(r["a"]), norm(r["b"])))
        if key in seen:
            fail(f"{name}:{i}: duplicate pair")
        seen.add(key)
    return rows


def check_jailbreak():
    name = "jailbreak-own-test2.jsonl"
    rows = load(name)
    expected = {("jailbreak", "unsafe"): 40, ("jailbreak", "roleplay"): 12, ("jailbreak", "injection"): 12,
                ("jailbreak", "multilingual"): 8, ("jailbreak", "obfuscated"): 8, ("benign", "lookalike"): 30,
                ("benign", "meta"): 12, ("benign", "devtools"): 10, ("benign", "names"): 8,
                ("benign", "everyday"): 20}
    check_counts(name, rows, lambda r: (r.get("label"), r.get("kind")), expected)
    seen = set()
    for i, r in enumerate(rows, 1):
        if set(r) != {"text", "label", "kind"}:
            fail(f"{name}:{i}: keys {sorted(r)}")
            continue
        if not 10 <= len(r["text"]) <= 600:
            fail(f"{name}:{i}: length {len(r['text'])} chars")
        if norm(r["text"]) in seen:
            fail(f"{name}:{i}: duplicate")
        seen.add(norm(r["text"]))
    return rows


def check_not_copied(ours):
    """No sentence equal, or near-equal, to one in the older sets of the directory."""
    for problem in copycheck.copy_problems(ours, OURS, "jailbreak-own-test2.jsonl"):  # the three came in one commit
        fail(problem)


def main():
    ours = check_conversations() + check_pairs() + check_jailbreak()
    check_not_copied(ours)
    for e in errors:
        print("FAIL", e)
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
