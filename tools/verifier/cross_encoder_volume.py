"""Does VOLUME of labelled look-alikes make a MiniLM cross-encoder gate work? (issue 14, point 2): experiment only.

The fine-tuned cross-encoder gate of tools/verifier/cross_encoder.py refused 0 to 1 of 8 wrong hits out of writer, on
about 3,000 training pairs. This asks whether far more labelled pairs change that, with the largest labelled pair set
reachable here: the full Quora Question Pairs file of GPTCache's benchmark (80,854 pairs, 50,713 of them
non-duplicates, many of them look-alikes), read at run time from /work/shared/anchor-data/gptcache and never copied.
Its text is licensed for non-commercial use only, so nothing trained here may ship: the answer is evidence, not a
model.

Same model, input and training code as cross_encoder.py (imported): all-MiniLM-L6-v2 from the langchain4j ONNX file
read as a pair, "[CLS] a [SEP] b [SEP]", the top K layers and a linear head fine-tuned with weighted BCE. For a
conversation the previous user turn is put before each follow-up, as the cache embeds them.

Decision rule (/work/notes/stop33.md, written before any data):
- trained on full QQP plus our seen dumps (weight 2) other than the slice and the six eval sets;
- gate threshold: the highest that refuses at most 1% of the paraphrases the verifier serves on the SLICE;
- EVAL (never trained on, never used for a choice): the six newest writers' dumps, whose wrong hits no rule round saw;
- met when, pooled over EVAL, the gate refuses >= half the wrong hits the verifier lets through and loses <= 2% of
  the paraphrases it serves.

  /work/venv-torch/bin/python tools/verifier/cross_encoder_volume.py --dumps DUMPS_DIR --work /tmp/xvol-work
  (DUMPS_DIR: tools/verifier/DumpCandidates.java output of every set named below, current main)
"""
import argparse
import json
import os
import sys
import tarfile
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cross_encoder as ce  # noqa: E402

QQP_FULL = "/work/shared/anchor-data/gptcache/similiar_qqp_full.json.tar.gz"
C = "verifier-conversations-"
SLICE = ["hard-pairs-test8", C + "test11"]
EVAL = ["hard-pairs-test9", "hard-pairs-test10", "hard-pairs-test11", C + "test12", C + "test13", C + "test14"]
# written after the rule, before any result: two fresher writers, reported on their own (not part of the rule)
FRESH = ["hard-pairs-test12", C + "test15"]
TRAIN = (["hard-pairs-dev"] + ["hard-pairs-test%d" % i for i in range(2, 8)]
         + ["verifier-pairs-tune", "verifier-pairs-swap-test2", C + "tune", C + "test", "conversations"]
         + [C + "test%d" % i for i in range(2, 11)])
REPORT_ONLY = ["hard-pairs-test", "verifier-pairs-test"]


def qqp_full(limit=None):
    """(a, b, label) of the full file, in file order."""
    with tarfile.open(QQP_FULL) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(".json"))
        rows = json.load(tar.extractfile(member))
    out = [(r["text_a"], r["text_b"], int(r["label"])) for r in rows if r["text_a"] and r["text_b"]]
    return out[:limit] if limit else out


def with_context(rows):
    """A conversation row scores the previous user turn followed by each follow-up."""
    for r in rows:
        if r.get("ctx_user"):
            r["a"], r["b"] = r["ctx_user"] + " " + r["a"], r["ctx_user"] + " " + r["b"]
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dumps", required=True)
    ap.add_argument("--work", default="/tmp/xvol-work")
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--limit", type=int, help="first N QQP pairs only (a timing run)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    assert not set(TRAIN) & set(EVAL + FRESH + SLICE + REPORT_ONLY)
    torch.set_num_threads(args.threads)
    ce.K, ce.EPOCHS, ce.LR = args.k, args.epochs, args.lr
    ext = qqp_full(args.limit)
    train_rows = with_context(ce.load_dumps(args.dumps, TRAIN))
    slice_rows = with_context(ce.load_dumps(args.dumps, SLICE))
    eval_rows = with_context(ce.load_dumps(args.dumps, EVAL))
    fresh_rows = with_context(ce.load_dumps(args.dumps, FRESH))
    print("QQP %d pairs (%d duplicates); own training rows %d; slice %d; eval %d" % (
        len(ext), sum(l for _, _, l in ext), len(train_rows), len(slice_rows), len(eval_rows)), flush=True)
    cache = ce.Pairs(ce.fresh_model(), args.work)
    t0 = time.time()
    ce.warm(cache, train_rows + slice_rows + eval_rows + fresh_rows, ext)
    print("frozen layers of every pair: %.0f s" % (time.time() - t0), flush=True)
    model = ce.fit(cache, train_rows, ext)
    torch.save(model.state_dict(), os.path.join(args.work, "model.pt"))
    gate, _ = ce.thresholds(slice_rows, ce.score(model, cache, slice_rows))
    print("gate threshold (slice, <= 1%% of its served paraphrases refused): %.4f" % gate)
    print(ce.HEADER)
    print(ce.row_line("slice", ce.tally(slice_rows, ce.score(model, cache, slice_rows), gate, 2.0), gate, "-"))
    pooled, p_all = judge(model, cache, eval_rows, EVAL, gate)
    fresh, p_fresh = judge(model, cache, fresh_rows, FRESH, gate)
    met = pooled["wrong_refused"] * 2 >= pooled["wrong"] and pooled["lost"] <= 0.02 * pooled["served"]
    print("decision rule (>= half the wrong hits refused, <= 2% of served paraphrases lost):",
          "MET" if met else "NOT MET")
    np.save(os.path.join(args.work, "eval-scores.npy"), p_all)
    np.save(os.path.join(args.work, "fresh-scores.npy"), p_fresh)


def judge(model, cache, rows, sets, gate):
    """One table row per set and the pooled row; then the wrong hits and lost paraphrases with their scores."""
    pooled = None
    p_all = ce.score(model, cache, rows)
    for s in sets:
        idx = [i for i, r in enumerate(rows) if r["set"] == s]
        t = ce.tally([rows[i] for i in idx], p_all[idx], gate, 2.0)
        print(ce.row_line(s, t, gate, "-"))
        pooled = t if pooled is None else {k: pooled[k] + t[k] for k in t}
    print(ce.row_line("pooled", pooled, gate, "-"))
    ce.show(rows, p_all, gate, sys.stdout)
    return pooled, p_all


if __name__ == "__main__":
    main()
