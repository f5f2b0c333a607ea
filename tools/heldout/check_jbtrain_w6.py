#!/usr/bin/env python3
"""Checks jailbreak-train-w6.jsonl (training prompts for the jailbreak guard), written by make_jbtrain_w6.py: the
file equals the generator's output; every line is valid JSON with exactly the keys text, label, kind; labels are
"jailbreak" or "benign" and match the kind; counts per kind (unsafe 55, roleplay 20, injection 35, multilingual
25, obfuscated 15; lookalike 55, meta 20, pasted 30, multilingual_benign 25, names 5, everyday 15) and per label
(150 each); at least 8 languages among the multilingual attempts and 8 among the benign ones; no empty text or
text with stray outer whitespace; no duplicate or near-duplicate text inside the file; every injection and pasted
prompt carries quoted, fenced or multi-line content to process; each obfuscated prompt differs from its plain
sentence; no text (split-up texts joined back, compatibility characters folded, plain sentences of the obfuscated
prompts included) equal or near-equal to a sentence of any other *.jsonl in the quality directory (copycheck.py),
and no topic reused (heldout_common.check_topics). Prints each problem and exits non-zero if there is any."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout_common  # noqa: E402
import jbtrain_drops  # noqa: E402
import make_jbtrain_w6  # noqa: E402

NAME = make_jbtrain_w6.NAME


class TrainSetCheck(heldout_common.PromptSetCheck):
    """The prompt-set checks with this file's counts."""

    KINDS = {
        "unsafe": ("jailbreak", 55), "roleplay": ("jailbreak", 20), "injection": ("jailbreak", 35),
        "multilingual": ("jailbreak", 25), "obfuscated": ("jailbreak", 15),
        "lookalike": ("benign", 55), "meta": ("benign", 20), "pasted": ("benign", 30),
        "multilingual_benign": ("benign", 25), "names": ("benign", 5), "everyday": ("benign", 15),
    }
    LABELS = {"jailbreak": 150, "benign": 150}
    MIN_LANGUAGES = {"multilingual": 8, "multilingual_benign": 8}

    def __init__(self):
        super().__init__(make_jbtrain_w6, "make_jbtrain_w6.py")
        self.kinds, self.labels = jbtrain_drops.counts(make_jbtrain_w6, self.KINDS, self.LABELS)
        self.min_languages = self.MIN_LANGUAGES


def plain_rows():
    """The obfuscated prompts' plain sentences as rows, so the cross-set checks see what each prompt says."""
    return [{"text": t, "label": "jailbreak", "kind": "obfuscated"} for t in jbtrain_drops.plain_kept(make_jbtrain_w6)]


def check_plain(check, rows):
    """Each obfuscated prompt is different from its plain sentence (the transformation did something)."""
    obfuscated = [r["text"] for r in rows if r["kind"] == "obfuscated"]
    if len(obfuscated) != len(jbtrain_drops.plain_kept(make_jbtrain_w6)):
        check.fail(f"{NAME}: {len(obfuscated)} obfuscated prompts but {len(jbtrain_drops.plain_kept(make_jbtrain_w6))} plain sentences")
    for text, plain in zip(obfuscated, jbtrain_drops.plain_kept(make_jbtrain_w6)):
        if plain in text:
            check.fail(f"{NAME}: obfuscated prompt holds its plain sentence as is: {plain!r}")


def main():
    check = TrainSetCheck()

    def before(rows):
        heldout_common.check_pasted(check, rows, NAME)
        check_plain(check, rows)

    return check.run(lambda rows: heldout_common.comparable(rows) + plain_rows(), before,
                     lambda rows: heldout_common.check_topics(check, rows, NAME))


if __name__ == "__main__":
    sys.exit(main())
