"""A learned query adapter for tool selection: maps a question's embedding toward the embeddings of the tools it
needs (q' = q + (q V) U^T, low rank, trained toward the identity), so that goal-worded requests ("tell the team
I'm late") land nearer function-worded tools. Tool embeddings are unchanged (the selector caches them).

Data: the embeddings `bin/router-eval tools --dump` writes for tool-requests.jsonl and tool-requests-test2.jsonl
(both seen). Validation: cross-validation grouped by the catalogue's domains: whole domains are held out, their
tools removed from the training offers and their requests from training, so the held-out requests need tools the
adapter never saw. Deterministic (fixed seeds, one thread).

  bin/router-eval tools --catalogue $Q/tools-catalogue.jsonl --requests $Q/tool-requests.jsonl --split all --dump d1.json
  bin/router-eval tools --catalogue $Q/tools-catalogue.jsonl --requests $Q/tool-requests-test2.jsonl --split all --dump d2.json
  python query_adapter.py check d1.json d2.json            # the numpy copy of the selector against the Java one
  python query_adapter.py cv d1.json d2.json --rank 16 --l2 1e-2
  python query_adapter.py export d1.json d2.json --rank 16 --l2 1e-2 --out tool-query-adapter-all-minilm-l6-v2.json
"""
import argparse
import json
import sys

import numpy as np
import torch

from toolsel_data import Data, kept_all, select

torch.set_num_threads(1)
MLP = False  # --mlp: q' = q + U tanh(V^T q), an L2 penalty on U and V (tried, not shipped)
torch.use_deterministic_algorithms(True)


def train(data, rows, tool_ok, rank, l2, epochs, scale, seed):
    """U, V (d x rank) trained on `rows` (request indices) with softmax over their offered tools in `tool_ok`."""
    torch.manual_seed(seed)
    d = data.T.shape[1]
    T = torch.tensor(data.T, dtype=torch.float32)
    Q = torch.tensor(data.Q[rows], dtype=torch.float32)
    mask = torch.full((len(rows), len(data.names)), float("-inf"))
    target = torch.zeros((len(rows), len(data.names)))
    for j, i in enumerate(rows):
        r = data.requests[i]
        off = [t for t in r["offered_idx"] if tool_ok[t]]
        mask[j, off] = 0.0
        need = [t for t in r["needed_idx"] if tool_ok[t]]
        target[j, need] = 1.0 / len(need)
    U = torch.zeros((d, rank), requires_grad=True)
    V = (0.01 * torch.randn((d, rank))).requires_grad_(True)
    opt = torch.optim.Adam([U, V], lr=0.01)
    act = torch.tanh if MLP else (lambda x: x)
    for _ in range(epochs):
        opt.zero_grad()
        q = Q + act(Q @ V) @ U.T
        q = q / q.norm(dim=1, keepdim=True)
        logits = scale * (q @ T.T) + mask
        loss = -(target * torch.log_softmax(logits, dim=1).nan_to_num(neginf=0.0)).sum(1).mean()
        loss = loss + l2 * (((U ** 2).sum() + (V ** 2).sum()) if MLP else ((U @ V.T) ** 2).sum())
        loss.backward()
        opt.step()
    return U.detach().numpy().astype(np.float64), V.detach().numpy().astype(np.float64)


def adapt(Q, adapter):
    if adapter is None:
        return Q
    U, V = adapter
    q = Q + (np.tanh(Q @ V) if MLP else Q @ V) @ U.T
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def residual(r, T, q, cos, min_cos, diverse=None):
    """[best, second]: the second is the best tool of the question less its best tool's direction (Gram-Schmidt),
    when that residual's best cosine reaches min_cos. With `diverse`, instead the best-scoring tool whose cosine to
    the best tool is under `diverse`."""
    order = np.lexsort((np.arange(len(cos)), -(cos + 0.05 * r["bm25"])))
    b = order[0]
    if diverse is not None:
        sims = T @ T[b]
        for i in order[1:]:
            if sims[i] < diverse:
                return [b, i]
        return []
    q2 = q - (q @ T[b]) * T[b]
    q2 = q2 / np.linalg.norm(q2)
    c2 = T @ q2
    c2[b] = -9
    s2 = c2 + 0.05 * r["bm25"]
    s2[b] = -9
    i = int(np.argmax(s2))
    return [b, i] if c2[i] >= min_cos else []


def outcomes(data, rows, adapter, k, floor="raw", resid=None, diverse=None, **rule):
    """Per request in rows: (all needed kept, tools kept, tokens offered, tokens kept)."""
    Qa = adapt(data.Q[rows], adapter)
    out = []
    for j, i in enumerate(rows):
        r = data.requests[i]
        T = data.T[r["offered_idx"]]
        cos = T @ Qa[j]
        raw = T @ data.Q[i]
        if resid is not None or diverse is not None:
            rule = dict(rule, extra=residual(r, T, Qa[j], cos, resid if resid is not None else 2, diverse))
        kept = select(r, cos, k, floor_cos=raw if floor == "raw" else cos, **rule)
        tok = data.tokens[r["offered_idx"]]
        out.append((kept_all(r, kept), len(kept), tok.sum(), tok[kept].sum()))
    return out


def summary(data, rows, outs):
    kept = np.array([o[0] for o in outs], dtype=float)
    s = {"requests": len(rows), "kept_rate": kept.mean(), "mean_kept": np.mean([o[1] for o in outs]),
         "tokens_saved": 1 - sum(o[3] for o in outs) / sum(o[2] for o in outs)}
    for kind in sorted({data.requests[i]["kind"] for i in rows}):
        sel = [j for j, i in enumerate(rows) if data.requests[i]["kind"] == kind]
        s[kind] = kept[sel].mean()
    return s


def folds(data, n_folds, repeats):
    """(held-out domains) per fold: the domains shuffled and cut into n_folds groups, `repeats` times."""
    out = []
    for rep in range(repeats):
        order = np.random.RandomState(1000 + rep).permutation(len(data.domains))
        for f in range(n_folds):
            out.append(set(order[f::n_folds].tolist()))
    return out


def cv(data, args):
    gains, base_rates, rates = [], [], []
    pooled_base, pooled = {}, {}
    plan = [(fi, held, None) for fi, held in enumerate(folds(data, args.folds, args.repeats))]
    if args.cross_writer:  # also train on one writer's requests only and test on the other's
        plan = [(fi * 2 + w, held, w) for fi, held, _ in plan for w in (0, 1)]
    for fi, held, writer in plan:
        tool_ok = ~np.isin(data.tool_domain, list(held))
        test = [i for i, r in enumerate(data.requests) if r["domain"] in held
                and (writer is None or r["source"] == writer)]
        train_rows = [i for i, r in enumerate(data.requests) if not r["stood_down"]
                      and all(tool_ok[t] for t in r["needed_idx"]) and (writer is None or r["source"] != writer)]
        adapter = train(data, train_rows, tool_ok, args.rank, args.l2, args.epochs, args.scale, seed=fi)
        b = outcomes(data, test, None, args.k)
        a = outcomes(data, test, adapter, args.k, floor=args.floor)
        rb, ra = np.mean([o[0] for o in b]), np.mean([o[0] for o in a])
        base_rates.append(rb)
        rates.append(ra)
        gains.append(ra - rb)
        for i, ob, oa in zip(test, b, a):
            pooled_base.setdefault(i, []).append(ob)
            pooled.setdefault(i, []).append(oa)
    se = lambda x: np.std(x, ddof=1) / np.sqrt(len(x))
    print(f"rank {args.rank} l2 {args.l2} epochs {args.epochs} scale {args.scale} floor {args.floor} k {args.k}:"
          f" {len(gains)} folds of {args.folds} domain groups x {args.repeats} shuffles")
    print(f"  kept_rate held out: baseline {np.mean(base_rates):.4f} +- {se(base_rates):.4f},"
          f" adapter {np.mean(rates):.4f} +- {se(rates):.4f}; paired gain {np.mean(gains):+.4f} +- {se(gains):.4f}"
          f" (better {sum(g > 0 for g in gains)}, worse {sum(g < 0 for g in gains)})")
    rows = sorted(pooled)
    for label, p in (("baseline", pooled_base), ("adapter", pooled)):
        flat_rows = [i for i in rows for _ in p[i]]
        flat = [o for i in rows for o in p[i]]
        s = summary(data, flat_rows, flat)
        print(f"  {label:8s} pooled: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                                    for k, v in s.items()))
    for src in (0, 1):
        sel = [i for i in rows if data.requests[i]["source"] == src]
        b = np.mean([o[0] for i in sel for o in pooled_base[i]])
        a = np.mean([o[0] for i in sel for o in pooled[i]])
        print(f"  source {src} ({len(sel)} requests): baseline {b:.4f}, adapter {a:.4f}")
    return np.mean(gains)


def rules(data, args):
    """A rule without training, on every request: kept rate per fold of the domain groups against the defaults."""
    rule = {}
    if args.margin is not None:
        rule.update(margin=args.margin, cap=args.cap)
    if args.resid is not None:
        rule.update(resid=args.resid)
    if args.diverse is not None:
        rule.update(diverse=args.diverse)
    allrows = list(range(len(data.requests)))
    b = outcomes(data, allrows, None, args.k)
    a = outcomes(data, allrows, None, args.k, **rule)
    gains = []
    for held in folds(data, args.folds, 1):
        sel = [i for i in allrows if data.requests[i]["domain"] in held]
        gains.append(np.mean([a[i][0] for i in sel]) - np.mean([b[i][0] for i in sel]))
    se = np.std(gains, ddof=1) / np.sqrt(len(gains))
    print(f"{rule} k {args.k}: gain {np.mean(gains):+.4f} +- {se:.4f} over {len(gains)} domain folds")
    for label, o in (("baseline", b), ("rule", a)):
        s = summary(data, allrows, o)
        print(f"  {label:8s}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in s.items()))


def check(data, args):
    """Full-set kept rates of the numpy copy (defaults, and without the gate and widening) per source and split."""
    for src in (0, 1):
        for split in ("tune", "test"):
            rows = [i for i, r in enumerate(data.requests) if r["source"] == src and r["split"] == split]
            if not rows:
                continue
            d = summary(data, rows, outcomes(data, rows, None, 5))
            p = summary(data, rows, [
                (kept_all(data.requests[i], kept), len(kept), 1, 0) for i in rows
                for kept in [select(data.requests[i], data.T[data.requests[i]["offered_idx"]] @ data.Q[i], 5,
                                    widen_below=-2, gate=False)]])
            print(f"source {src} {split}: defaults {d['kept_rate']:.4f} (tokens saved {d['tokens_saved']:.3f},"
                  f" mean kept {d['mean_kept']:.2f}); no gate, no widening {p['kept_rate']:.4f}")


def export(data, args):
    if MLP:
        raise SystemExit("--mlp is for cv only: ToolQueryAdapter reads the linear map")
    tool_ok = np.ones(len(data.names), dtype=bool)
    rows = [i for i, r in enumerate(data.requests) if not r["stood_down"]]
    U, V = train(data, rows, tool_ok, args.rank, args.l2, args.epochs, args.scale, seed=0)
    out = {"format": "semantic-router-tool-query-adapter/1", "embedding_model": data.model,
           "dimension": int(data.T.shape[1]), "rank": args.rank,
           "trained": {"script": "tools/toolsel/query_adapter.py", "requests": len(rows), "l2": args.l2,
                       "epochs": args.epochs, "scale": args.scale,
                       "data": ["tool-requests.jsonl", "tool-requests-test2.jsonl"]},
           "u": [[round(float(x), 6) for x in row] for row in U],
           "v": [[round(float(x), 6) for x in row] for row in V]}
    with open(args.out, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    full = summary(data, rows, outcomes(data, rows, (U, V), args.k, floor=args.floor))
    print(f"wrote {args.out}; on its own training requests (not a held-out figure): kept {full['kept_rate']:.4f}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["check", "cv", "export", "rules"])
    p.add_argument("--margin", type=float)
    p.add_argument("--cap", type=int)
    p.add_argument("--resid", type=float)
    p.add_argument("--diverse", type=float)
    p.add_argument("dumps", nargs="+")
    p.add_argument("--rank", type=int, default=16)
    p.add_argument("--l2", type=float, default=1e-2)
    p.add_argument("--epochs", type=int, default=300)
    p.add_argument("--scale", type=float, default=20.0)
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--floor", choices=["raw", "adapted"], default="raw")
    p.add_argument("--folds", type=int, default=7)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--cross-writer", action="store_true",
                   help="cv: train on one request file and test on the other's held-out domains")
    p.add_argument("--out", default="tool-query-adapter.json")
    p.add_argument("--mlp", action="store_true", help="cv: a residual one-layer tanh map instead of the linear one")
    args = p.parse_args()
    global MLP
    MLP = args.mlp
    data = Data(args.dumps)
    {"check": check, "cv": cv, "export": export, "rules": rules}[args.mode](data, args)


if __name__ == "__main__":
    sys.exit(main())
