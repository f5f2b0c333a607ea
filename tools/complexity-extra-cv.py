#!/usr/bin/env python3
"""Does training data from other benchmarks lift the learned complexity model on RouteLLM MMLU? CV only.

Adds the same two models' correctness on other prompts (RouteLLM GSM8K, and MT-Bench first turns turned into
right/wrong) to the training folds of the 5-fold cross-validation inside the training half of RouteLLM MMLU, never
to the scored fold, and compares the mean APGR with the shipped settings on the same folds. The folds, the features
(MiniLM embedding and the eight text features), the penalty (L2 0.1 per unit of weight), the score (strong-wins
minus weak-wins probability) and the Newton-step logistic regression are those of `tools/complexity-cv.py`, here
with per-example weights; with every weight 1 the fit is that script's. Features are standardised with the MMLU
training folds' mean and spread in every variant, so a variant differs from the baseline only in the added rows.
The held-out half of MMLU is not read beyond the split test (as `complexity-cv.py`).

Inputs:
  CACHE   an `--embedding-cache` file holding the MMLU training half and the extra prompts, made with the router's
          MiniLM by `bin/router-eval cost-quality --embedding-cache CACHE` (see docs/evaluation.md)
  MMLU    the directory of RouteLLM MMLU response CSVs
  EXTRA   NAME=CSV pairs: a response CSV (prompt, weak correct, strong correct) whose prompts are all in CACHE,
          e.g. gsm8k=../shared/anchor-data/routellm/gsm8k/gsm8k_responses.csv
  --skip  a contaminated_prompts.jsonl whose `eval_prompt`s are left out of every extra set (repeatable)

Usage:
  tools/complexity-extra-cv.py CACHE MMLU NAME=CSV [NAME=CSV ...] [--skip FILE ...]
  tools/complexity-extra-cv.py --mt-bench-csv MT_BENCH_DIR OUT.csv
The second form writes MT-Bench as a response CSV: the first turn of each question (the second depends on the first
answer), and a model counts as right when GPT-4's single-answer grade of its first answer is at least 5 of 10. The
grades are bimodal (every grade is at most 4 or at least 7), so any cut from 5 to 7 gives the same labels. Questions
in its contaminated_prompts.jsonl are left out. Embed OUT.csv with `cost-quality --responses DIR_OF_OUT`.
Prints one row per variant: the five folds' APGR, the mean, the gain over the baseline and the number of folds above
it. The variants are fixed below: each extra set alone at weight 1, 0.5 and 0.25, and all extra sets together at 1.
"""
import csv
import hashlib
import importlib.util
import json
import os
import sys

import numpy as np

_spec = importlib.util.spec_from_file_location("complexity_cv", os.path.join(os.path.dirname(__file__), "complexity-cv.py"))
cv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cv)
LAM = 0.1
K = 5


def read_extra(path, skip, vectors):
    """Rows of a response CSV minus the skipped prompts: embeddings, text features, weak and strong correctness."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in list(csv.reader(fh))[1:] if r[0] not in skip]
    keys = [hashlib.sha256((cv.MODEL_ID + "\n" + r[0]).encode("utf-8")).hexdigest() for r in rows]
    missing = sum(k not in vectors for k in keys)
    if missing:
        sys.exit(f"{missing} prompts of {path} are not in the cache; embed them with cost-quality --embedding-cache")
    e = np.stack([vectors[k] for k in keys])
    t = np.array([cv.text_features(r[0]) for r in rows], dtype=np.float64)
    return np.hstack([e, t]), np.array([cv.truth(r[1]) for r in rows]), np.array([cv.truth(r[2]) for r in rows])


def folds(x, weak, strong, extra):
    """APGR of each fold; extra is a list of (features, weak, strong, weight) added to every training fold."""
    fold = np.arange(len(weak)) % K
    out = []
    for f in range(K):
        tr, te = fold != f, fold == f
        mu, sd = x[tr].mean(0), x[tr].std(0) + 1e-6
        xs, ws, ss, wt = [x[tr]], [weak[tr]], [strong[tr]], [np.ones(tr.sum())]
        for ex, ew, es, weight in extra:
            xs.append(ex)
            ws.append(ew)
            ss.append(es)
            wt.append(np.full(len(ew), weight))
        xtr, wk, st, wt = (np.vstack(xs) - mu) / sd, np.concatenate(ws), np.concatenate(ss), np.concatenate(wt)
        up = cv.fit(xtr, (st & ~wk).astype(float), LAM, weight=wt)
        down = cv.fit(xtr, (wk & ~st).astype(float), LAM, weight=wt)
        xte = (x[te] - mu) / sd
        out.append(cv.apgr(cv.prob(xte, up) - cv.prob(xte, down), weak[te], strong[te]))
    return np.array(out)


def mt_bench_csv(folder, out):
    """MT-Bench first turns as a response CSV (Mixtral, then GPT-4-1106): right = grade of at least 5."""
    weak, strong = "mistralai/Mixtral-8x7B-Instruct-v0.1", "gpt-4-1106-preview"
    with open(os.path.join(folder, "contaminated_prompts.jsonl"), encoding="utf-8") as fh:
        skip = {json.loads(line)["eval_prompt"] for line in fh if line.strip()}
    grade = {}
    with open(os.path.join(folder, "judgements.jsonl"), encoding="utf-8") as fh:
        for j in map(json.loads, fh):
            if j["turn"] == 1:
                grade[(j["question_id"], j["model"])] = j["score"]
    with open(os.path.join(folder, "question.jsonl"), encoding="utf-8") as fh:
        questions = sorted((q["question_id"], q["turns"][0]) for q in map(json.loads, fh))
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["prompt", weak, strong])
        for qid, prompt in questions:
            if prompt not in skip:
                w.writerow([prompt, str(grade[(qid, weak)] >= 5), str(grade[(qid, strong)] >= 5)])


def main(argv):
    if argv[:1] == ["--mt-bench-csv"] and len(argv) == 3:
        return mt_bench_csv(argv[1], argv[2])
    skip, sets, args = set(), {}, list(argv)
    while "--skip" in args:
        i = args.index("--skip")
        with open(args[i + 1], encoding="utf-8") as fh:
            skip |= {json.loads(line)["eval_prompt"] for line in fh if line.strip()}
        del args[i:i + 2]
    if len(args) < 3:
        sys.exit(__doc__)
    cache, mmlu = args[0], args[1]
    e, t, weak, strong = cv.load(cache, mmlu)
    x = np.hstack([e, t])
    vectors = cv.read_cache(cache)
    for pair in args[2:]:
        name, path = pair.split("=", 1)
        sets[name] = read_extra(path, skip, vectors)
        ex, ew, es = sets[name]
        print(f"{name}: {len(ew)} prompts, strong wins {np.mean(es & ~ew):.3f}, weak wins {np.mean(ew & ~es):.3f}")
    print(f"MMLU training half: {len(weak)} prompts, strong wins {np.mean(strong & ~weak):.3f},"
          f" weak wins {np.mean(weak & ~strong):.3f}")
    variants = [("shipped settings (no extra data)", [])]
    for name, (ex, ew, es) in sets.items():
        variants += [(f"+ {name}, weight {w}", [(ex, ew, es, w)]) for w in (1.0, 0.5, 0.25)]
    if len(sets) > 1:
        variants.append(("+ " + " + ".join(sets) + ", weight 1", [(*v, 1.0) for v in sets.values()]))
    base = None
    print("| variant | " + " | ".join(f"fold {f}" for f in range(K)) + " | mean | vs. shipped | folds higher |")
    for label, extra in variants:
        r = folds(x, weak, strong, extra)
        base = r if base is None else base
        higher = int((np.round(r, 4) > np.round(base, 4)).sum())
        print(f"| {label} | " + " | ".join(f"{v:.4f}" for v in r)
              + f" | {r.mean():.4f} | {r.mean() - base.mean():+.4f} | {higher} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
