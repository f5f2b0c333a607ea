"""Pair model experiment (issue 14, point 2): a small logistic head over frozen MiniLM pair features, judged by
leave-one-writer-out cross-validation (each source file is one writer; train on the other files, score the
held-out one, since the judge is always a new writer). Thresholds are chosen inside the training writers
(nested), never on the held-out one.

Input: per set, a JSONL dump of what the router's cache sees for each pair: a, b, label, sim (the cosine the cache
compares with its threshold; for conversations the follow-up embedding's), lex_ok (the default
LexicalHitVerifier's verdict) and, for conversations, whether a candidate was found at all. Make the dumps with
tools/verifier/DumpCandidates.java (see its header). The held-out sets that judge after the merge
(hard-pairs-test, verifier-pairs-test, any test4/test7 file) are refused.

  python3 tools/verifier/pair_model_cv.py --dumps DIR [--features CACHE.npz]
"""
import argparse
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))

THRESHOLD = 0.80
SETS = [
    ("hard-pairs-dev", "pairs"), ("hard-pairs-test2", "pairs"), ("hard-pairs-test3", "pairs"),
    ("verifier-pairs-tune", "pairs"), ("verifier-pairs-swap-test2", "pairs"),
    ("verifier-conversations-tune", "conv"), ("verifier-conversations-test", "conv"),
    ("verifier-conversations-test2", "conv"), ("verifier-conversations-test3", "conv"),
    ("verifier-conversations-test5", "conv"), ("verifier-conversations-test6", "conv"),
    ("conversations", "conv"),
]
FORBIDDEN = re.compile(r"(^hard-pairs-test$|^verifier-pairs-test$|test4|test7)")
WORD = re.compile(r"[a-z0-9']+")
# a wrong hit costs as much as this many missed paraphrases when a threshold is chosen
WRONG_HIT_COST = 10
GRID = np.round(np.arange(0.30, 0.96, 0.05), 2)


def load(dumps):
    rows = []
    for stem, kind in SETS:
        if FORBIDDEN.search(stem):
            raise SystemExit("refusing a held-out set: " + stem)
        for line in open(os.path.join(dumps, stem + ".jsonl")):
            r = json.loads(line)
            r["set"], r["type"] = stem, kind
            r.setdefault("candidate", True)
            r["sim"] = float(r["sim"]) if r["candidate"] else 0.0
            rows.append(r)
    return rows


def lexical(a, b):
    """Cheap word features: Jaccard overlap, share of words in one question only, length ratio, log length."""
    wa, wb = WORD.findall(a.lower()), WORD.findall(b.lower())
    sa, sb = set(wa), set(wb)
    union = max(1, len(sa | sb))
    return [len(sa & sb) / union, len(sa ^ sb) / union, min(len(wa), len(wb)) / max(1, len(wa), len(wb)),
            np.log1p(len(wa) + len(wb))]


CHEAP_NAMES = ["similarity", "jaccard", "one_side_words", "length_ratio", "log_length", "rules_accept"]


def cheap(rows):
    """The similarity, the word features and the rules' verdict (6 columns)."""
    return np.array([[r["sim"]] + lexical(r["a"], r["b"]) + [1.0 if r["lex_ok"] else 0.0] for r in rows],
                    dtype=np.float32)


def xenc(rows, cache):
    """The nine cross-encoder features of every pair (one forward pass of the pair each), cached."""
    if cache and os.path.exists(cache):
        z = np.load(cache)
        if len(z["x"]) == len(rows):
            return z["x"]
    from pair_features import Encoder, xenc_features
    enc = Encoder(threads=1)
    x = np.array([xenc_features(enc, r["a"], r["b"], enc.embed(r["a"]), enc.embed(r["b"])) for r in rows])
    if cache:
        np.savez(cache, x=x)
    return x


def head(c=1.0):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))


def oof(X, y, groups, within=None):
    """Out-of-fold P(same question): each writer scored by a head trained on the other writers (of `within`)."""
    p = np.full(len(y), np.nan)
    pool = set(groups) if within is None else within
    for g in sorted(pool):
        test = groups == g
        train = np.isin(groups, list(pool)) & ~test
        p[test] = head().fit(X[train], y[train]).predict_proba(X[test])[:, 1]
    return p


def served(rows, p, variant, t):
    cand = np.array([r["candidate"] and r["sim"] >= THRESHOLD for r in rows])
    lex_ok = np.array([r["lex_ok"] for r in rows])
    grey = np.array([r["sim"] < 0.90 for r in rows])
    if variant == "rules":
        return cand & lex_ok
    if variant == "gate":  # after the rules: a pair they accept must also score t
        return cand & lex_ok & (p >= t)
    if variant == "override":  # a pair the rules refuse is served when it scores t
        return cand & (lex_ok | (p >= t))
    if variant == "override-grey":  # the same, only for similarities in [0.80, 0.90)
        return cand & (lex_ok | (grey & (p >= t)))
    if variant == "alone":  # the model instead of the rules
        return cand & (p >= t)
    raise ValueError(variant)


def utility(y, s):
    return int((s & (y == 1)).sum()) - WRONG_HIT_COST * int((s & (y == 0)).sum())


def nested(rows, X, y, groups, variant):
    """Per held-out writer: the threshold that maximises served paraphrases minus WRONG_HIT_COST x wrong hits on
    the other writers' out-of-fold scores, then the held-out writer served with the outer head at it."""
    p_outer = oof(X, y, groups)
    s = np.zeros(len(rows), dtype=bool)
    chosen = {}
    for g in sorted(set(groups)):
        inner = groups != g
        p_in = oof(X, y, groups, within=set(groups) - {g})[inner]
        rows_in = [r for r, k in zip(rows, inner) if k]
        best = max(GRID, key=lambda t: (utility(y[inner], served(rows_in, p_in, variant, t)), t))
        chosen[g] = best
        mg = groups == g
        s[mg] = served([r for r, k in zip(rows, mg) if k], p_outer[mg], variant, best)
    return s, chosen, p_outer


def per_set(y, groups, s):
    out = []
    for stem, kind in SETS:
        m = groups == stem
        yy, ss = y[m], s[m]
        if kind == "pairs":
            out.append("%.3f / %.3f" % (ss[yy == 1].mean(), ss[yy == 0].mean()))
        else:
            out.append("%d of %d, %d wrong" % (ss[yy == 1].sum(), (yy == 1).sum(), ss[yy == 0].sum()))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dumps", required=True)
    ap.add_argument("--features", default=None, help="cache of the cross-encoder features (.npz)")
    ap.add_argument("--show", action="store_true", help="list the pairs each variant changes")
    ap.add_argument("--export", default=None, help="also fit a head on every set and write it here (JSON)")
    ap.add_argument("--export-features", default="cheap", choices=["cheap", "xenc"])
    ap.add_argument("--skip-cv", action="store_true", help="only --export")
    args = ap.parse_args()
    rows = load(args.dumps)
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["set"] for r in rows])
    c = cheap(rows)
    if args.skip_cv and args.export_features == "cheap":
        feats = {"cheap": c}
    else:
        feats = {"cheap": c, "xenc": np.hstack([c, xenc(rows, args.features)])}
    base = served(rows, None, "rules", 0)
    if args.skip_cv:
        from pair_features import XENC_NAMES
        names = CHEAP_NAMES + (XENC_NAMES if args.export_features == "xenc" else [])
        export(rows, feats[args.export_features], y, groups, args.export, names)
        return
    print("| variant | thresholds chosen | pooled recall / false-hit rate (wrong) | " +
          " | ".join(s for s, _ in SETS) + " |")
    print("|" + "---|" * (3 + len(SETS)))

    def line(name, s, ts):
        rec, fhr = s[y == 1].mean(), s[y == 0].mean()
        print("| %s | %s | %.3f / %.3f (%d) | %s |" % (name, ts, rec, fhr, (s & (y == 0)).sum(),
                                                      " | ".join(per_set(y, groups, s))))
    line("rules (as shipped)", base, "-")
    for fname, X in feats.items():
        for variant in ("gate", "override", "override-grey", "alone"):
            s, chosen, p = nested(rows, X, y, groups, variant)
            line("%s %s" % (fname, variant), s, ",".join(str(t) for t in sorted(set(chosen.values()))))
            if args.show:
                for i in np.where(s != base)[0]:
                    print("    %s %.2f %s [%s] %s / %s" % ("+" if s[i] else "-", p[i], rows[i]["set"],
                                                         "same" if y[i] else "differ", rows[i]["a"], rows[i]["b"]))
            sys.stdout.flush()
    curve(rows, feats, y, groups)
    if args.export:
        from pair_features import XENC_NAMES
        names = CHEAP_NAMES + (XENC_NAMES if args.export_features == "xenc" else [])
        export(rows, feats[args.export_features], y, groups, args.export, names)


def curve(rows, feats, y, groups):
    """Paraphrases gained and look-alikes let through by the override at fixed thresholds (out-of-writer scores)."""
    refused = np.array([r["candidate"] and r["sim"] >= THRESHOLD and not r["lex_ok"] for r in rows])
    print("\nrefused by the rules at >= %.2f: %d paraphrases, %d look-alikes" % (
        THRESHOLD, (refused & (y == 1)).sum(), (refused & (y == 0)).sum()))
    for fname, X in feats.items():
        p = oof(X, y, groups)
        print("%-6s override at fixed t, +paraphrases/-look-alikes: %s" % (fname, "  ".join(
            "%.2f +%d/-%d" % (t, (refused & (p >= t) & (y == 1)).sum(), (refused & (p >= t) & (y == 0)).sum())
            for t in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9))))


def export(rows, X, y, groups, path, names, embedder="all-minilm-l6-v2"):
    """The head fitted on every set, with the override threshold chosen on the sets' out-of-writer scores, in
    the format router-core's PairHead reads (mean, scale, weights, bias of a standardised logistic model)."""
    p = oof(X, y, groups)
    t = max(GRID, key=lambda t: (utility(y, served(rows, p, "override", t)), t))
    m = head().fit(X, y)
    scaler, lr = m.steps[0][1], m.steps[1][1]
    r6 = lambda a: [round(float(v), 6) for v in a]
    doc = {"format": "semantic-router-pair-head/1", "embedding_model": embedder, "features": names,
           "mean": r6(scaler.mean_), "scale": r6(scaler.scale_), "weights": r6(lr.coef_[0]),
           "bias": round(float(lr.intercept_[0]), 6), "threshold": float(t),
           "trained_on": [s for s, _ in SETS],
           "made_by": "python3 tools/verifier/pair_model_cv.py --dumps DIR --export FILE --export-features "
                      + ("xenc" if len(names) > len(CHEAP_NAMES) else "cheap")}
    with open(path, "w") as out:
        json.dump(doc, out, indent=1)
        out.write("\n")
    print("wrote", path, "threshold", t)


if __name__ == "__main__":
    main()
