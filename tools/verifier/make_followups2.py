#!/usr/bin/env python3
"""Writes router-eval/src/test/resources/quality/verifier-conversations-test2.jsonl from followups2.txt.

A second held-out set of short follow-ups (20 paraphrased, 16 changed), written after the first test half had
been seen, to measure the follow-up handling once on questions nobody tuned on. Kept whole as a test set.
"""
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent.parent / "router-eval/src/test/resources/quality/verifier-conversations-test2.jsonl"
lines = []
for raw in (here / "followups2.txt").read_text(encoding="utf-8").splitlines():
    if not raw.strip() or raw.startswith("#"):
        continue
    ctx_user, ctx_ai, cached, new, same = [p.strip() for p in raw.split("|")]
    def conv(q):
        return [{"role": "user", "content": ctx_user}, {"role": "assistant", "content": ctx_ai},
                {"role": "user", "content": q}]
    lines.append(json.dumps({"cached": conv(cached), "query": conv(new), "same_answer": same == "true"},
                            ensure_ascii=False))
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(out, len(lines))
