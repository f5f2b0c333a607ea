#!/usr/bin/env python3
"""Checks the eighth-round cache-verification sets that make_heldout26.py writes, hard-pairs-test8.jsonl and
verifier-conversations-test11.jsonl, with the checks every pairs-and-conversations set shares
(heldout_common.check_pairs_and_conversations_set). Prints each problem and exits non-zero if there is any. Pipe the
output through `sed 's/ ~ .*//'` when reading it: after " ~ " a problem quotes the other set's sentence."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402

if __name__ == "__main__":
    sys.exit(heldout_common.check_pairs_and_conversations_set("make_heldout26"))
