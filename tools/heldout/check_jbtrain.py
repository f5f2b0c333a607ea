#!/usr/bin/env python3
"""Checks the jailbreak guard's training files jailbreak-train-wN.jsonl, each written by make_jbtrain_wN.py (all of
them, or the writers named on the command line: w1 w3 ...): the file equals the generator's output; every line is
valid JSON with exactly the keys text, label, kind; labels are "jailbreak" or "benign" and match the kind; counts per
kind (unsafe 55, roleplay 20, injection 35, multilingual 25, obfuscated 15; lookalike 55, meta 20, pasted 30,
multilingual_benign 25, names 5, everyday 15; 150 per label), less the prompts jbtrain_drops.py leaves out; at least
8 languages among the multilingual attempts and 8 among the benign ones; no empty text or stray outer whitespace; no
duplicate or near-duplicate text inside the file; every injection and pasted prompt carries content to process; each
obfuscated prompt differs from its plain sentence; no text (split-up texts joined back, compatibility characters
folded, the plain sentences of the obfuscated prompts included) equal or near-equal to a sentence of a set that
judges (copycheck.py; the other training files are skipped), and no topic of a jailbreak set that judges reused
(heldout_common.check_topics), so that training on these files does not leak the held-out sets' topics. Prints each
problem and exits non-zero if there is any."""
import importlib
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402
import jbtrain_drops  # noqa: E402


class TrainSetCheck(heldout_common.PromptSetCheck):
    """The prompt-set checks with a training file's counts, less its dropped prompts."""

    KINDS = {
        "unsafe": ("jailbreak", 55), "roleplay": ("jailbreak", 20), "injection": ("jailbreak", 35),
        "multilingual": ("jailbreak", 25), "obfuscated": ("jailbreak", 15),
        "lookalike": ("benign", 55), "meta": ("benign", 20), "pasted": ("benign", 30),
        "multilingual_benign": ("benign", 25), "names": ("benign", 5), "everyday": ("benign", 15),
    }
    LABELS = {"jailbreak": 150, "benign": 150}
    MIN_LANGUAGES = {"multilingual": 8, "multilingual_benign": 8}

    def __init__(self, gen, generator):
        super().__init__(gen, generator)
        self.kinds, self.labels = jbtrain_drops.counts(gen, self.KINDS, self.LABELS)
        self.min_languages = self.MIN_LANGUAGES


def main(writers):
    status = 0
    for w in writers:
        gen = importlib.import_module("make_jbtrain_" + w)
        print(f"== {gen.NAME}")
        check = TrainSetCheck(gen, f"make_jbtrain_{w}.py")
        status |= heldout_common.run_obfuscated_prompt_check(check, jbtrain_drops.plain_kept(gen), case_blind=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or sorted(p.stem[len("make_jbtrain_"):] for p in HERE.glob("make_jbtrain_w*.py"))))
