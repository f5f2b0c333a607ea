#!/usr/bin/env python3
"""Checks jailbreak-own-test4.jsonl, written by make_heldout8.py: the file equals the generator's output; every
line is valid JSON with exactly the keys text, label, kind; labels are "jailbreak" or "benign" and match the
kind; counts per kind and per label; at least 10 languages among the multilingual attempts and 10 among the
benign ones; no empty text or text with stray outer whitespace; no duplicate or near-duplicate text inside the
file (word-set Jaccard >= 0.8 for texts of 5 or more words; texts spelled out letter by letter are compared
with the separators removed); every injection and pasted prompt carries quoted, fenced or multi-line content
to process; no text equal or near-equal to a sentence of any older *.jsonl in the quality directory
(copycheck.py); no topic reused: no text shares heldout_common.TOPIC_SHARE or more of its content words
(3 or more) with a sentence of an older set there. Split-up texts (spaced, dotted or underscored letters,
zero-width characters) are joined back into words, and full-width letters folded, before they are compared with
the other sets.
Prints each problem and exits non-zero if there is any. The shared checks live in heldout_common.py."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402
import make_heldout8  # noqa: E402

NAME = make_heldout8.NAME


def main():
    check = heldout_common.PromptSetCheck(make_heldout8, "make_heldout8.py")
    return check.run(heldout_common.comparable, lambda rows: heldout_common.check_pasted(check, rows, NAME),
                     lambda rows: heldout_common.check_topics(check, rows, NAME))


if __name__ == "__main__":
    sys.exit(main())
