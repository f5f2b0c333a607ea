#!/usr/bin/env python3
"""Checks the two sets written by make_heldout7.py, hard-pairs-test3.jsonl and
verifier-conversations-test6.jsonl:

- each file equals the generator's output; every line is valid JSON with exactly the expected keys;
- pairs: counts per kind and label (120 + 120), label matching kind, 3 to 30 words per question, a != b,
  no duplicate pair (in either order) and no sentence used in two pairs;
- conversations: counts per kind and the 8/8/8 paraphrase distance groups, same_answer matching kind, the same
  earlier turns on both sides with roles user, assistant, user, follow-ups of 3 to 12 words that differ, no
  duplicate row, each earlier-turn topic used once;
- no sentence equal or near-equal (word-set Jaccard >= 0.8, 5+ words; tools/heldout/copycheck.py) to a
  sentence of any older *.jsonl in the quality directory;
- no topic reused: no sentence shares at least TOPIC_SHARE of its content words (3 or more) with a sentence of
  an older set there;
- inside the two new files, no sentence of one row equal or near-equal (word-set Jaccard >= 0.8, 5+ words) to a
  sentence of another row, so no topic is counted twice.

Prints each problem and exits non-zero if there is any. The shared checks live in heldout_common.py."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from copycheck import norm, texts_of  # noqa: E402
import heldout_common  # noqa: E402
import make_heldout7  # noqa: E402


def check_rows_apart(check, rows, name):
    """Sentences of different rows of one file that are equal, or near-equal (word-set Jaccard >= 0.8, 5+ words)."""
    sets = [[set(norm(t).split()) for t in texts_of(r)] for r in rows]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            for x in sets[i]:
                for y in sets[j]:
                    if x == y or (len(x) >= 5 and len(x & y) / len(x | y) >= 0.8):
                        check.fail(f"{name}: rows {i + 1} and {j + 1} share a sentence: {' '.join(sorted(x))}")


def main():
    check = heldout_common.PairsAndConversationsCheck(make_heldout7, "make_heldout7.py")
    return check.run(lambda pairs, convs: (check_rows_apart(check, pairs, check.pairs_name),
                                           check_rows_apart(check, convs, check.convs_name)))


if __name__ == "__main__":
    sys.exit(main())
