#!/usr/bin/env python3
"""Cross-validation inside the training half of RouteLLM MMLU for variants of the learned complexity model.

Reads the prompt embeddings that `bin/router-eval cost-quality ... --embedding-cache FILE` wrote (run it once with
`--cv 5` so that the training half is embedded) and the response CSVs. Only prompts of the training half (SHA-256
of the prompt, first byte even, as CostQualityCommand) are read; the held-out half's labels are never looked at.
Folds as `cost-quality --cv K`: the i-th training prompt (files in name order) is in fold i mod K. The models are
L2-penalised logistic regressions fitted by Newton steps (not the library's Adam trainer), so the figures are
comparable with each other, and only roughly with `cost-quality --cv`. Prints the mean APGR over the folds and
the spread between folds.

Usage: tools/complexity-cv.py CACHE RESPONSES_DIR [EXPERIMENT ...]
Experiments: l2 (the penalty), alpha (weight of the weak-wins model), target (what the models learn), features
(embedding / text features / more text features), priors (nearest-neighbour and cluster priors as features),
lexical (an LSA of TF-IDF word unigrams and bigrams, fitted on the training folds only, as extra features).
"""
import csv
import glob
import hashlib
import math
import os
import re
import struct
import sys

import numpy as np

csv.field_size_limit(10 ** 9)
MODEL_ID = "all-minilm-l6-v2"
CODE = re.compile(r"```|\bdef |\bclass |\bfunction\b|[{};]\s*$|#include|\breturn\b", re.M)
MATH = re.compile(r"[=+*/^<>≤≥√∑∫]|\b(solve|calculate|compute|integral|derivative|equation|probability|prove)\b", re.I)
STEPS = re.compile(r"\b(step|first|then|after that|finally|explain why|derive|justify|each|total)\b", re.I)
OPTIONS = re.compile(r"^\s*[A-D][.)]\s", re.M)


WORD = re.compile(r"[a-z0-9]+")


def load(cache, responses):
    """The training half: embeddings, the library's eight text features, weak and strong correctness."""
    rows = []
    for f in sorted(glob.glob(os.path.join(responses, "*.csv"))):
        with open(f, newline="", encoding="utf-8") as fh:
            for rec in list(csv.reader(fh))[1:]:
                rows.append((rec[0], truth(rec[1]), truth(rec[2])))
    train = [r for r in rows if hashlib.sha256(r[0].encode("utf-8")).digest()[0] & 1 == 0]
    vectors = read_cache(cache)
    keys = [hashlib.sha256((MODEL_ID + "\n" + r[0]).encode("utf-8")).hexdigest() for r in train]
    missing = sum(k not in vectors for k in keys)
    if missing:
        sys.exit(f"{missing} training prompts are not in {cache}; run cost-quality --cv 5 --embedding-cache first")
    e = np.stack([vectors[k] for k in keys])
    t = np.array([text_features(r[0]) for r in train], dtype=np.float64)
    return e, t, np.array([r[1] for r in train]), np.array([r[2] for r in train]), [r[0] for r in train]


def truth(s):
    return s.strip().lower() in ("true", "1", "1.0")


def read_cache(path):
    """EmbeddingCache records: 32-byte key, big-endian int dimension, big-endian floats."""
    data = open(path, "rb").read()
    out, off = {}, 0
    while off + 36 <= len(data):
        d = struct.unpack(">i", data[off + 32:off + 36])[0]
        if off + 36 + 4 * d > len(data):
            break
        out[data[off:off + 32].hex()] = np.frombuffer(data[off + 36:off + 36 + 4 * d], dtype=">f4").astype(np.float64)
        off += 36 + 4 * d
    return out


def count(p, t):
    return min(50, len(p.findall(t)))


def text_features(t):
    """StrongWeakSelector's text features, in its order."""
    digits = sum(c.isdigit() for c in t)
    return [math.log1p(len(t)), math.log1p(len(t.split())), digits / len(t) if t else 0, count(CODE, t),
            count(MATH, t), count(STEPS, t), count(OPTIONS, t), t.count("?")]


def apgr(scores, weak, strong):
    """As CostQualityCommand.summarize: mean performance gap recovered over 101 strong-call shares."""
    order = np.argsort(-scores, kind="stable")
    w, s, m = weak[order], strong[order], len(weak)
    base, gap = w.mean(), s.mean() - w.mean()
    cw, cs = np.concatenate([[0], np.cumsum(w)]), np.concatenate([[0], np.cumsum(s)])
    total = 0.0
    for k in range(101):
        r = int(round(k / 100 * m))
        total += ((cs[r] + cw[m] - cw[r]) / m - base) / gap / 101
    return total


def fit(x, y, lam, iterations=25, weight=None):
    """Logistic regression with an L2 penalty (lam, per example; the bias is not penalised), by Newton steps. With
    `weight` (one per example; default 1 each) the loss and its penalty are per unit of weight."""
    m, d = x.shape
    weight = np.ones(m) if weight is None else weight
    total = weight.sum()
    xb = np.hstack([x, np.ones((m, 1))])
    w = np.zeros(d + 1)
    penalty = np.eye(d + 1) * lam
    penalty[d, d] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-xb @ w))
        h = (xb * (weight * p * (1 - p))[:, None]).T @ xb / total + penalty
        step = np.linalg.solve(h, xb.T @ (weight * (p - y)) / total + penalty @ w)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def prob(x, w):
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


class Study:
    def __init__(self, e, t, weak, strong, texts, k=5):
        self.e, self.t, self.weak, self.strong, self.texts = e, t, weak, strong, texts
        self.fold = np.arange(len(weak)) % k
        self.k = k
        self.up = (strong & ~weak).astype(float)
        self.down = (weak & ~strong).astype(float)

    def cv(self, features, scorer, lam):
        results = []
        for f in range(self.k):
            tr, te = self.fold != f, self.fold == f
            xtr, xte = features(tr, te)
            mu, sd = xtr.mean(0), xtr.std(0) + 1e-6
            results.append(apgr(scorer((xtr - mu) / sd, (xte - mu) / sd, tr, lam), self.weak[te], self.strong[te]))
        return np.mean(results), np.std(results), results

    def base(self, tr, te):
        x = np.hstack([self.e, self.t])
        return x[tr], x[te]

    def difference(self, alpha=1.0):
        return lambda xtr, xte, tr, lam: (prob(xte, fit(xtr, self.up[tr], lam))
                                          - alpha * prob(xte, fit(xtr, self.down[tr], lam)))


def main(cache, responses, experiments):
    s = Study(*load(cache, responses))
    show = lambda name, r: print(f"{name:58s} CV APGR {r[0]:.4f} (fold spread {r[1]:.4f}; folds "
                                 + " ".join(f"{v:.4f}" for v in r[2]) + ")", flush=True)
    if "l2" in experiments:
        for lam in (0.01, 0.03, 0.1, 0.3, 1.0):
            show(f"strong-wins minus weak-wins, l2 {lam}", s.cv(s.base, s.difference(), lam))
    lam = 0.1
    if "alpha" in experiments:
        for a in (0.5, 0.75, 1.25, 1.5, 2.0):
            show(f"strong-wins minus {a} x weak-wins", s.cv(s.base, s.difference(a), lam))
    if "target" in experiments:
        show("strong-wins only", s.cv(s.base, lambda a, b, tr, l: prob(b, fit(a, s.up[tr], l)), lam))
        show("P(strong right) - P(weak right)", s.cv(s.base, lambda a, b, tr, l: prob(b, fit(a, s.strong[tr] * 1.0, l))
                                                     - prob(b, fit(a, s.weak[tr] * 1.0, l)), lam))
    if "features" in experiments:
        show("embedding only", s.cv(lambda tr, te: (s.e[tr], s.e[te]), s.difference(), lam))
        show("text features only", s.cv(lambda tr, te: (s.t[tr], s.t[te]), s.difference(), lam))
        more = np.hstack([s.e, s.t, s.t[:, :3] ** 2, s.t[:, 4:5] > 0, s.t[:, 0:1] * s.t[:, 4:5]])
        show("+ squares, a math indicator, length x math", s.cv(lambda tr, te: (more[tr], more[te]), s.difference(), lam))
    if "priors" in experiments:
        for k in (10, 30):
            show(f"+ strong-wins / weak-wins rate of {k} nearest training prompts", s.cv(knn(s, k), s.difference(), lam))
        for k in (16, 48):
            show(f"+ strong-wins / weak-wins rate of the k-means cluster, k {k}", s.cv(clusters(s, k), s.difference(), lam))
    if "lexical" in experiments:
        show("baseline: strong-wins minus weak-wins, l2 0.1", s.cv(s.base, s.difference(), lam))
        for dims in (64, 128):
            show(f"+ LSA of TF-IDF word uni/bigrams, {dims} dimensions", s.cv(lexical(s, dims), s.difference(), lam))


def terms(text):
    words = WORD.findall(text.lower())
    return words + [a + " " + b for a, b in zip(words, words[1:])]


def lexical(s, dims, vocabulary=5000, min_df=3):
    """TF-IDF (sublinear counts, l2-normalised rows) over the training folds' most frequent terms, reduced to `dims`
    dimensions by a randomised SVD fitted on the training folds; the scored fold is only projected."""
    docs = [terms(t) for t in s.texts]

    def features(tr, te):
        df = {}
        for i in np.flatnonzero(tr):
            for w in set(docs[i]):
                df[w] = df.get(w, 0) + 1
        kept = sorted((w for w, c in df.items() if c >= min_df), key=lambda w: (-df[w], w))[:vocabulary]
        col = {w: j for j, w in enumerate(kept)}
        idf = np.log((1 + tr.sum()) / (1 + np.array([df[w] for w in kept], dtype=np.float64))) + 1

        def matrix(rows):
            x = np.zeros((len(rows), len(kept)), dtype=np.float32)
            for r, i in enumerate(rows):
                for w in docs[i]:
                    j = col.get(w)
                    if j is not None:
                        x[r, j] += 1
            x = np.log1p(x) * idf.astype(np.float32)
            return x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)
        xtr, xte = matrix(np.flatnonzero(tr)), matrix(np.flatnonzero(te))
        q, _ = np.linalg.qr(xtr @ np.random.default_rng(0).standard_normal((len(kept), dims + 20)).astype(np.float32))
        _, _, vt = np.linalg.svd(q.T @ xtr, full_matrices=False)
        basis = vt[:dims].T
        return (np.hstack([s.e[tr], s.t[tr], xtr @ basis]), np.hstack([s.e[te], s.t[te], xte @ basis]))
    return features


def knn(s, k):
    def features(tr, te):
        ref = s.e[tr]

        def rates(z, own):
            sim = z @ ref.T
            if own:
                np.fill_diagonal(sim, -9)
            idx = np.argpartition(-sim, k, axis=1)[:, :k]
            return np.column_stack([s.up[tr][idx].mean(1), s.down[tr][idx].mean(1)])
        return (np.hstack([s.e[tr], s.t[tr], rates(ref, True)]), np.hstack([s.e[te], s.t[te], rates(s.e[te], False)]))
    return features


def clusters(s, k):
    def features(tr, te):
        x = s.e[tr]
        c = x[np.random.default_rng(0).choice(len(x), k, replace=False)]
        for _ in range(20):
            a = np.argmax(x @ c.T, 1)
            c = np.stack([x[a == j].mean(0) if (a == j).any() else c[j] for j in range(k)])
            c /= np.linalg.norm(c, axis=1, keepdims=True)
        a = np.argmax(x @ c.T, 1)
        up, down = s.up[tr], s.down[tr]
        pu = np.array([(up[a == j].sum() + 2 * up.mean()) / ((a == j).sum() + 2) for j in range(k)])
        pd = np.array([(down[a == j].sum() + 2 * down.mean()) / ((a == j).sum() + 2) for j in range(k)])

        def rates(z):
            b = np.argmax(z @ c.T, 1)
            return np.column_stack([pu[b], pd[b]])
        return np.hstack([s.e[tr], s.t[tr], rates(x)]), np.hstack([s.e[te], s.t[te], rates(s.e[te])])
    return features


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or {"l2", "alpha", "target", "features", "priors"})
