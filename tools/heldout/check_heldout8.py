#!/usr/bin/env python3
"""Checks jailbreak-own-test4.jsonl, written by make_heldout8.py: the file equals the generator's output; every
line is valid JSON with exactly the keys text, label, kind; labels are "jailbreak" or "benign" and match the
kind; counts per kind and per label; at least 10 languages among the multilingual attempts and 10 among the
benign ones; no empty text or text with stray outer whitespace; no duplicate or near-duplicate text inside the
file (word-set Jaccard >= 0.8 for texts of 5 or more words; texts spelled out letter by letter are compared
with the separators removed); every injection and pasted prompt carries quoted, fenced or multi-line content
to process; no text equal or near-equal to a sentence of any other *.jsonl in the quality directory
(copycheck.py); no topic reused: no text shares TOPIC_SHARE or more of its content words (3 or more) with a
sentence of another set there. Split-up texts (spaced, dotted or underscored letters, zero-width characters)
are joined back into words, and full-width letters folded, before they are compared with the other sets.
Prints each problem and exits non-zero if there is any."""
import collections
import itertools
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm, words  # noqa: E402
import make_heldout8  # noqa: E402

DIR = copycheck.DIR
NAME = make_heldout8.NAME
KINDS = {
    "unsafe": ("jailbreak", 35), "roleplay": ("jailbreak", 15), "injection": ("jailbreak", 25),
    "multilingual": ("jailbreak", 20), "obfuscated": ("jailbreak", 15),
    "lookalike": ("benign", 35), "meta": ("benign", 15), "pasted": ("benign", 20),
    "multilingual_benign": ("benign", 15), "names": ("benign", 5), "everyday": ("benign", 20),
}
LABELS = {"jailbreak": 110, "benign": 110}
MIN_LANGUAGES = {"multilingual": 10, "multilingual_benign": 10}
KEYS = {"text", "label", "kind"}
TOPIC_SHARE = 0.5
STOP = set("""a an the and or but if of to in on at for from by with without into onto than then as is are was
were be been do does did doing how what when where which who whom why can could should would will shall may
might must i me my we our you your he his she her it its they them their this that these those there here
so too very just only also not no any some all each every much many more most about over after before
up down out off get got make made need needs use used one two three best good way ways please thanks
difference between explain tell know want like take long often im ive whats dont cant id""".split())
errors = []


def fail(msg):
    errors.append(msg)


def load():
    return copycheck.load_generated(NAME, make_heldout8.render(), "make_heldout8.py", fail)


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
    for _, kind, entries in make_heldout8.GROUPS:
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


def unsplit(text):
    """A letter-split text with its words joined back: zero-width characters, dots between letters and underscores
    between single letters removed,
    then each run of text between two or more spaces that is made only of single characters joined into one
    word, and inside other runs three or more single characters in a row joined."""
    t = text.replace("\u200b", "")
    t = re.sub(r"(?<=\w)\.(?=\w)", "", t)
    t = re.sub(r"\b\w(?:_\w)+\b", lambda m: m.group().replace("_", ""), t)
    out = []
    for chunk in re.split(r" {2,}", t):
        tokens = chunk.split()
        if tokens and all(len(x) == 1 for x in tokens):
            out.append("".join(tokens))
            continue
        for single, group in itertools.groupby(tokens, key=lambda x: len(x) == 1):
            group = list(group)
            out.extend(["".join(group)] if single and len(group) >= 3 else group)
    return " ".join(out)


def split_up(text):
    """True for a letter-split text, or one with zero-width characters or letters joined by underscores."""
    return letter_split(text) or "\u200b" in text or re.search(r"\b\w(?:_\w){3,}\b", text) is not None


def comparable(rows):
    """The rows as the cross-set checks see them: split-up texts joined back into words, full-width and other
    compatibility characters folded (NFKC)."""
    return [dict(r, text=unicodedata.normalize("NFKC", unsplit(r["text"]) if split_up(r["text"]) else r["text"]))
            for r in rows]


def content(s):
    """Content words of a text: lower case, stop words and one-letter words dropped, a plural s cut."""
    out = set()
    for w in words(s.replace("'", "")):
        if w in STOP or len(w) < 2:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def check_topics(rows):
    """A text of ours whose content words (3 or more) are mostly found in one sentence of another set."""
    theirs = []
    for path in sorted(DIR.glob("*.jsonl")):
        if path.name == NAME:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for t in copycheck.texts_of(json.loads(line)):
                theirs.append((path.name, t, content(unsplit(t) if split_up(t) else t)))
    for r in rows:
        mine = content(r["text"])
        if len(mine) < 3:
            continue
        for name, other, ws in theirs:
            if len(mine & ws) >= 3 and len(mine & ws) / len(mine) >= TOPIC_SHARE:
                fail(f"topic reused: {r['text']!r} ~ {name}: {other!r}")


def check_pasted(rows):
    """Injection and pasted prompts must hold content to process: a quote, a code fence, markup or a line break."""
    for i, r in enumerate(rows, 1):
        if r["kind"] in ("injection", "pasted") and not any(m in r["text"] for m in ("'", '"', "`", "<", "\n", ":")):
            fail(f"{NAME}:{i}: {r['kind']} prompt with no pasted content")


def main():
    rows = load()
    good = [r for i, r in enumerate(rows, 1) if check_row(i, r)]
    if len(good) != len(rows):
        fail(f"{NAME}: {len(rows) - len(good)} malformed line(s); counts below cover the well-formed ones")
    kinds, labels, langs = check_counts(good)
    check_inside(good)
    check_pasted(good)
    for problem in copycheck.copy_problems(comparable(good), {NAME}):
        fail(problem)
    check_topics(comparable(good))
    for e in errors:
        print("FAIL", e)
    print(", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print(", ".join(f"{k} {labels[k]}" for k in LABELS) + "; languages: "
          + "; ".join(f"{k} {len(c)} ({' '.join(sorted(c))})" for k, c in langs.items()))
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
