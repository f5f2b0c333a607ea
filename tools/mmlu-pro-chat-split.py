#!/usr/bin/env python3
"""Splits the hand-written MMLU-Pro chat questions (label<TAB>text lines) into tune and test JSONL files.

A question goes to the tune half when the first 8 hex digits of the SHA-256 of its text are even, else to test.
Usage: tools/mmlu-pro-chat-split.py SOURCE.tsv OUT_DIR
"""
import hashlib
import json
import sys


def main(src, out_dir):
    halves = {"tune": [], "test": []}
    for line in open(src, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        label, text = line.split("\t", 1)
        h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
        halves["tune" if h % 2 == 0 else "test"].append({"text": text, "label": label})
    for name, rows in halves.items():
        with open(f"{out_dir}/mmlu-pro-chat-{name}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
