#!/usr/bin/env python3
"""Checks jailbreak-own-test6.jsonl, written by make_heldout11.py: the file equals the generator's output; every
line is valid JSON with exactly the keys text, label, kind; labels are "jailbreak" or "benign" and match the
kind; counts per kind and per label; at least 10 languages among the multilingual attempts and 10 among the
benign ones; no empty text or text with stray outer whitespace; no duplicate or near-duplicate text inside the
file (word-set Jaccard >= 0.8 for texts of 5 or more words; letter-split texts compared with the separators
removed); every injection and pasted prompt carries quoted, fenced or multi-line content to process; no text
equal or near-equal to a sentence of any older *.jsonl in the quality directory (copycheck.py); no topic reused
(no text shares heldout_common.TOPIC_SHARE or more of its content words, 3 or more, with one sentence of another
set there). Split-up texts are joined back into words, and compatibility characters folded, before the
comparisons with the other sets, and the plain sentence each obfuscated prompt was made from (held in the
generator, and not to be found as is in the prompt) is compared too. Prints each problem and exits non-zero if there is any."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402

if __name__ == "__main__":
    sys.exit(heldout_common.check_jailbreak_set("make_heldout11"))
