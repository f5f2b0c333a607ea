#!/usr/bin/env python3
"""Checks one frozen held-out set against the generator that writes it, with the checks every set of its kind shares:

    python3 tools/heldout/check_set.py make_heldoutN | sed 's/ ~ .*//'

- A jailbreak prompt set (the generator has NAME and GROUPS): heldout_common.check_jailbreak_set (the file equals the
  generator's output, keys, labels and counts per kind, languages, no duplicates, content to process in injection and
  pasted prompts, no copy or topic reused from any older set, obfuscated prompts compared through their plain
  sentences).
- A pairs-and-conversations set (the generator has PAIRS_NAME and CONV_NAME):
  heldout_common.check_pairs_and_conversations_set.

Prints each problem and exits non-zero if there is any. Read the output through `sed 's/ ~ .*//'`: after " ~ " a
problem quotes the other set's sentence, which a writer of a new set must not see. The older generators
(make_heldout3 to make_heldout12) keep checkers of their own (check_heldout3.py to check_heldout12.py)."""
import importlib
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402


def main(argv):
    if len(argv) != 1 or not argv[0].startswith("make_heldout"):
        print("usage: check_set.py make_heldoutN (a generator module in tools/heldout, without .py)", file=sys.stderr)
        return 2
    module = importlib.import_module(argv[0])
    if hasattr(module, "PAIRS_NAME"):
        return heldout_common.check_pairs_and_conversations_set(argv[0])
    if hasattr(module, "NAME") and hasattr(module, "GROUPS"):
        return heldout_common.check_jailbreak_set(argv[0])
    print(f"{argv[0]} is neither a jailbreak nor a pairs generator of the shared form", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
