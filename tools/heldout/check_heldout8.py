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
Prints each problem and exits non-zero if there is any. The shared checks live in heldout_common.py."""
import itertools
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
import heldout_common  # noqa: E402
from heldout_common import DIR, content  # noqa: E402
import make_heldout8  # noqa: E402

NAME = make_heldout8.NAME
TOPIC_SHARE = 0.5
STOP = set("""a an the and or but if of to in on at for from by with without into onto than then as is are was
were be been do does did doing how what when where which who whom why can could should would will shall may
might must i me my we our you your he his she her it its they them their this that these those there here
so too very just only also not no any some all each every much many more most about over after before
up down out off get got make made need needs use used one two three best good way ways please thanks
difference between explain tell know want like take long often im ive whats dont cant id""".split())


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
    return heldout_common.letter_split(text) or "\u200b" in text or re.search(r"\b\w(?:_\w){3,}\b", text) is not None


def comparable(rows):
    """The rows as the cross-set checks see them: split-up texts joined back into words, full-width and other
    compatibility characters folded (NFKC)."""
    return [dict(r, text=unicodedata.normalize("NFKC", unsplit(r["text"]) if split_up(r["text"]) else r["text"]))
            for r in rows]


def check_topics(check, rows):
    """A text of ours whose content words (3 or more) are mostly found in one sentence of another set."""
    theirs = []
    for path in sorted(DIR.glob("*.jsonl")):
        if path.name == NAME:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for t in copycheck.texts_of(json.loads(line)):
                theirs.append((path.name, t, content(unsplit(t) if split_up(t) else t, STOP)))
    for r in rows:
        mine = content(r["text"], STOP)
        if len(mine) < 3:
            continue
        for name, other, ws in theirs:
            if len(mine & ws) >= 3 and len(mine & ws) / len(mine) >= TOPIC_SHARE:
                check.fail(f"topic reused: {r['text']!r} ~ {name}: {other!r}")


def check_pasted(check, rows):
    """Injection and pasted prompts must hold content to process: a quote, a code fence, markup or a line break."""
    for i, r in enumerate(rows, 1):
        if r["kind"] in ("injection", "pasted") and not any(m in r["text"] for m in ("'", '"', "`", "<", "\n", ":")):
            check.fail(f"{NAME}:{i}: {r['kind']} prompt with no pasted content")


def main():
    check = heldout_common.PromptSetCheck(make_heldout8, "make_heldout8.py")
    return check.run(comparable, lambda rows: check_pasted(check, rows), lambda rows: check_topics(check, rows))


if __name__ == "__main__":
    sys.exit(main())
