#!/usr/bin/env python3
"""Checks jailbreak-own-test3.jsonl, written by make_heldout5.py: the file equals the generator's output; every
line is valid JSON with exactly the keys text, label, kind; labels are "jailbreak" or "benign" and match the
kind; counts per kind and per label; at least 10 languages among the multilingual attempts and 10 among the
benign ones; no empty text or text with stray outer whitespace; no duplicate or near-duplicate text inside the
file (word-set Jaccard >= 0.8 for texts of 5 or more words; texts spelled out letter by letter are compared
with the separators removed); no text equal or near-equal to a sentence of any
older *.jsonl in the quality directory (copycheck.py). Prints each problem and exits non-zero if there is any.
The checks live in heldout_common.py (PromptSetCheck), shared with check_heldout8.py."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402
import make_heldout5  # noqa: E402


def main():
    return heldout_common.PromptSetCheck(make_heldout5, "make_heldout5.py").run()


if __name__ == "__main__":
    sys.exit(main())
