#!/usr/bin/env python3
"""Checks jailbreak-own-test3.jsonl, written by make_heldout5.py: the file equals the generator's output; every
line is valid JSON with exactly the keys text, label, kind; labels are "jailbreak" or "benign" and match the
kind; counts per kind and per label; at least 10 languages among the multilingual attempts and 10 among the
benign ones; no empty text or text with stray outer whitespace; no duplicate or near-duplicate text inside the
file (word-set Jaccard >= 0.8 for texts of 5 or more words; texts spelled out letter by letter are compared
with the separators removed); no text equal or near-equal to a sentence of any
other *.jsonl in the quality directory (copycheck.py). Prints each problem and exits non-zero if there is any."""
import collections
import itertools
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm, words  # noqa: E402
import make_heldout5  # noqa: E402

DIR = copycheck.DIR
NAME = make_heldout5.NAME
KINDS = {
    "unsafe": ("jailbreak", 35), "roleplay": ("jailbreak", 15), "injection": ("jailbreak", 25),
    "multilingual": ("jailbreak", 20), "obfuscated": ("jailbreak", 15),
    "lookalike": ("benign", 35), "meta": ("benign", 15), "pasted": ("benign", 20),
    "multilingual_benign": ("benign", 15), "names": ("benign", 5), "everyday": ("benign", 20),
}
LABELS = {"jailbreak": 110, "benign": 110}
MIN_LANGUAGES = {"multilingual": 10, "multilingual_benign": 10}
KEYS = {"text", "label", "kind"}
errors = []


def fail(msg):
    errors.append(msg)


def load():
    return copycheck.load_generated(NAME, make_heldout5.render(), "make_heldout5.py", fail)


def check_row(i, r):
    if not isinstance(r, dict) or set(r) != KEYS:
        fail(f"{NAME}:{i}: keys {sorted(r) if isinstance(r, dict) else type(r).__name__}")
        return False
    if r["kind"] not in KINDS:
        fail(f"{NAME}:{i}: unknown kind {r['kind']!r}")
    elif r["label"] != KINDS[r["kind"]][0]:
        fail(f"{NAME}:{i}: label {r['label']!r} does not match kind {r['kind']}")
    t = r["text"]
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        fail(f"{NAME}:{i}: empty text or stray outer whitespace: {t!r}")
        return False
    return True


def check_counts(rows):
    kinds = collections.Counter(r["kind"] for r in rows)
    want = {k: n for k, (_, n) in KINDS.items()}
    if kinds != collections.Counter(want):
        fail(f"{NAME}: counts per kind {dict(kinds)} != expected {want}")
    labels = collections.Counter(r["label"] for r in rows)
    if labels != collections.Counter(LABELS):
        fail(f"{NAME}: counts per label {dict(labels)} != expected {LABELS}")
    langs = {}
    for _, kind, entries in make_heldout5.GROUPS:
        if kind in MIN_LANGUAGES:
            langs[kind] = collections.Counter(lang for lang, _ in entries)
            if len(langs[kind]) < MIN_LANGUAGES[kind]:
                fail(f"{kind}: {len(langs[kind])} languages, need {MIN_LANGUAGES[kind]}")
    return kinds, labels, langs


def letter_split(text):
    """True when most of the text's words are single characters (spaced-out or zero-width-split letters), where
    a word-set comparison means nothing."""
    ws = words(text)
    return len(ws) >= 5 and sum(len(w) == 1 for w in ws) > len(ws) / 2


def check_inside(rows):
    """No duplicate or near-duplicate text within the file. Letter-split texts are compared with the splits
    removed (exact match), the others by word-set Jaccard."""
    seen = {}
    for i, r in enumerate(rows, 1):
        n = "".join(words(r["text"])) if letter_split(r["text"]) else norm(r["text"])
        if n in seen:
            fail(f"{NAME}:{i}: duplicate of line {seen[n]}")
        seen.setdefault(n, i)
    sets = [(i, set(norm(r["text"]).split())) for i, r in enumerate(rows, 1) if not letter_split(r["text"])]
    for (i, a), (j, b) in itertools.combinations(sets, 2):
        if len(a) >= 5 and len(b) >= 5 and len(a & b) / len(a | b) >= 0.8:
            fail(f"{NAME}:{i} and {j}: near duplicates")


def main():
    rows = load()
    good = [r for i, r in enumerate(rows, 1) if check_row(i, r)]
    if len(good) != len(rows):
        fail(f"{NAME}: {len(rows) - len(good)} malformed line(s); counts below cover the well-formed ones")
    kinds, labels, langs = check_counts(good)
    check_inside(good)
    for problem in copycheck.copy_problems(good, {NAME}):
        fail(problem)
    for e in errors:
        print("FAIL", e)
    print(", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print(", ".join(f"{k} {labels[k]}" for k in LABELS) + "; languages: "
          + "; ".join(f"{k} {len(c)} ({' '.join(sorted(c))})" for k, c in langs.items()))
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
