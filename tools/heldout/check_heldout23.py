#!/usr/bin/env python3
"""Checks the two sets written by make_heldout23.py, hard-pairs-test6.jsonl and
verifier-conversations-test9.jsonl:

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

Prints each problem and exits non-zero if there is any. The shared checks live in heldout_common.py, the
within-file check in check_heldout7.py."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402
import make_heldout23  # noqa: E402
from check_heldout7 import check_rows_apart  # noqa: E402  (the same within-file check as the seventh round)


def main():
    check = heldout_common.PairsAndConversationsCheck(make_heldout23, "make_heldout23.py")
    return check.run(lambda pairs, convs: (check_rows_apart(check, pairs, check.pairs_name),
                                           check_rows_apart(check, convs, check.convs_name)))


if __name__ == "__main__":
    sys.exit(main())
