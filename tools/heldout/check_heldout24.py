#!/usr/bin/env python3
"""Checks jailbreak-own-test17.jsonl against make_heldout24.py with the checks every jailbreak held-out set shares
(heldout_common.PromptSetCheck and run_obfuscated_prompt_check: the file equals the generator's output, keys, labels
and counts per kind, languages, no duplicates, content to process in injection and pasted prompts, no copy or topic
reused from any older set, obfuscated prompts compared through their plain sentences). Prints each problem and exits
non-zero if there is any."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402

if __name__ == "__main__":
    sys.exit(heldout_common.check_jailbreak_set("make_heldout24"))
