#!/usr/bin/env python3
"""Checks the fifth-round cache-verification sets that make_heldout20.py writes, hard-pairs-test5.jsonl and
verifier-conversations-test8.jsonl, with the checks of the tenth round (check_heldout10.py):

- both files are exactly the generator's output, one JSON object a line with exactly the expected keys;
- pairs: 120 label-1 and 120 label-0 rows with the counts per kind, each label matching its kind, 3 to 30 words
  in every question, a different from b, no pair repeated in either order, no sentence in two pairs;
- conversations: the counts per kind, the 8 close / 8 medium / 8 loose paraphrase groups, same_answer matching
  the kind, identical earlier turns (user, assistant) on both sides followed by a user message, follow-ups of 3
  to 12 words that differ, no repeated row, no earlier-turn topic used twice;
- against the older *.jsonl sets of the quality directory (those that existed when these were frozen): no
  sentence equal or near-equal to one there (word-set Jaccard >= 0.8 on 5+ words, copycheck.py), and no
  sentence whose content words (3 or more) are mostly (TOPIC_SHARE) found in one sentence there;
- within each new file, no two rows sharing an equal or near-equal sentence (check_heldout7.check_rows_apart).

Prints every problem and exits 1 if there is one. Pipe the output through `sed 's/ ~ .*//'` when reading it:
after " ~ " a problem quotes the other set's sentence."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402
import make_heldout20  # noqa: E402
from check_heldout7 import check_rows_apart  # noqa: E402  (the same within-file check as the seventh round)


def main():
    check = heldout_common.PairsAndConversationsCheck(make_heldout20, "make_heldout20.py")
    return check.run(lambda pairs, convs: (check_rows_apart(check, pairs, check.pairs_name),
                                           check_rows_apart(check, convs, check.convs_name)))


if __name__ == "__main__":
    sys.exit(main())
