"""Fine-tunes the top layers of all-MiniLM-L6-v2 to read jailbreak and unsafe intent (issue 14, experiment).

The encoder is rebuilt in torch from the ONNX file of the langchain4j jar in ~/.m2 (BERT: embeddings, 6 layers, 384
wide, 12 heads, FFN 1536, erf GELU, LayerNorm eps 1e-12; the anonymous MatMul initializers are mapped to their layers
by following the graph to the Add with the named bias). `check_torch` compares torch's last_hidden_state with
onnxruntime's on 20 texts before anything is trained. The embeddings and the bottom 6-k layers stay frozen: their
output is computed once per text and cached as float16 under --work (never committed). The top k layers (full
weights, or LoRA on their six linear maps) are trained with mean pooling over the real tokens (not normalised) and
two sigmoid outputs: jailbreak (fitted on jailbreak and benign items) and unsafe (on unsafe and benign items), with
the weights of train_token_head.py (public tune split 1, our own YAML files 4 or 1, JSONL sets 1).

Validation: leave one writer out. For W in jailbreak-own-test2..6: train on the public tune split, our own YAML files
and the JSONL sets jailbreak-own-tune, -test, -test2..6 except W, jailbreak-train-w1..w3 (kinds mapped as
router-eval's JailbreakExtras: `unsafe` -> unsafe, any other blocking kind -> jailbreak); 15% of those training texts,
by hash, are held out and the threshold pair with the highest recall at benign FPR <= 0.02 there is chosen; then W is
scored. The union with the guard reads the leave-one-out guard's verdicts (tools/jailbreak/guard-verdicts/, model
/tmp/jb8/A-testN.json) from --work/guard-A-testN.txt. jailbreak-own-test7 to -test10 (SHIP_ONLY) are never scored;
the public test split is never read.

  /work/venv-torch/bin/python tools/jailbreak/finetune_encoder.py --check
      the torch/onnxruntime equivalence check only
  /work/venv-torch/bin/python tools/jailbreak/finetune_encoder.py --loo --variant full-k2 [--epochs 2]
      the leave-one-writer-out table (left-out and hold-out scores saved under --work/loo-<variant>[-<tag>]/);
      --extra-train F,... adds JSONL sets to every fold's training data, --tag names the folder
  /work/venv-torch/bin/python tools/jailbreak/finetune_encoder.py --report --variant lora16-k2 --tag T \\
      --holdout-fpr 0.015
      the table of a finished run, the thresholds chosen again on its saved hold-out scores at that benign FPR
  /work/venv-torch/bin/python tools/jailbreak/finetune_encoder.py --ship --variant lora16-k2 --threads 1 \\
      --out router-classifier/src/main/resources/io/semanticrouter/classifier/jailbreak-encoder.bin \\
      --fixture router-classifier/src/test/resources/io/semanticrouter/classifier/jailbreak-encoder-fixture.json
      trains on everything (test2..test10 included, plus --extra-train), writes the SRJE file, checks the onnxruntime
      round trip, writes the fixture and times one forward of the overridden session; the committed file was made by
      exactly this command (seed 14, 3 epochs, --holdout-fpr 0.02: thresholds from the 15% hash hold-out)

Deterministic: fixed seeds, sorted inputs (a rerun of lora16-k2 with --threads 1 gave bit-identical scores). Results:
docs/quality-jailbreak.md "A fine-tuned encoder" and "More writers and a stricter threshold for the encoder" (w4..w6
and hold-out FPR 0.015 / 0.01 were tried and not kept).
"""

import argparse
import collections
import hashlib
import json
import math
import pathlib
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import token_data as td  # noqa: E402
import train_token_head as tth  # noqa: E402

torch.set_num_threads(2)
DIM, HEADS, LAYERS, EPS = 384, 12, 6, 1e-12
QUALITY = td.ROOT / "router-eval/src/test/resources/quality"
LOO_SETS = ["jailbreak-own-test%d" % n for n in range(2, 7)]
ALWAYS = ["jailbreak-own-tune", "jailbreak-own-test", "jailbreak-train-w1", "jailbreak-train-w2", "jailbreak-train-w3"]
TECHNIQUE_KINDS = {"roleplay", "injection", "obfuscated", "multilingual", "direct", "indirect", "nonenglish"}
LINEARS = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense"]
# seen sets that only --ship trains on (never scored here); the shipped file used these (-test8..-test10 added for the
# 2026-12-07 candidate; the file before it had -test7 only)
SHIP_ONLY = ["jailbreak-own-test7", "jailbreak-own-test8", "jailbreak-own-test9", "jailbreak-own-test10"]
HOLDOUT = 38  # texts whose SHA-256 fourth byte is below this (38/256, about 15%) choose the thresholds
VARIANTS = {
    "full-k2": dict(k=2, lora=0, lr=3e-5, head_lr=1e-3, epochs=3),
    "lora16-k2": dict(k=2, lora=16, lr=5e-4, head_lr=1e-3, epochs=3),
    "lora8-k2": dict(k=2, lora=8, lr=5e-4, head_lr=1e-3, epochs=3),
    "full-k3": dict(k=3, lora=0, lr=3e-5, head_lr=1e-3, epochs=3),
    "lora16-k3": dict(k=3, lora=16, lr=5e-4, head_lr=1e-3, epochs=3),
}


# ---------------------------------------------------------------------------------------------------- the encoder

def onnx_weights(onnx_path):
    """Initializers of the ONNX file by name (numpy) and, for each named Linear bias, the MatMul weight it follows."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(onnx_path)).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    producer = {}
    for n in graph.node:
        if n.op_type == "MatMul" and n.input[1] in inits:
            producer[n.output[0]] = n.input[1]
    weight_of = {}
    for n in graph.node:
        if n.op_type == "Add":
            named = [x for x in n.input if x in inits and x.endswith(".bias")]
            matmul = [producer[x] for x in n.input if x in producer]
            if named and matmul:
                weight_of[named[0][: -len(".bias")]] = matmul[0]
    return inits, weight_of


class Linear(torch.nn.Module):
    """y = x W + b with W stored [in, out] as in the ONNX file; optional LoRA: W + A B * (alpha / r)."""

    def __init__(self, w, b, onnx_name):
        super().__init__()
        self.w = torch.nn.Parameter(torch.tensor(w, dtype=torch.float32))
        self.b = torch.nn.Parameter(torch.tensor(b, dtype=torch.float32))
        self.onnx_name, self.rank, self.a, self.bb = onnx_name, 0, None, None

    def add_lora(self, rank, alpha, gen):
        self.rank, self.scale = rank, alpha / rank
        self.a = torch.nn.Parameter(torch.randn(self.w.shape[0], rank, generator=gen) / math.sqrt(self.w.shape[0]))
        self.bb = torch.nn.Parameter(torch.zeros(rank, self.w.shape[1]))

    def weight(self):
        return self.w if self.rank == 0 else self.w + (self.a @ self.bb) * self.scale

    def forward(self, x):
        return x @ self.weight() + self.b


class LayerNorm(torch.nn.Module):
    def __init__(self, g, b):
        super().__init__()
        self.g = torch.nn.Parameter(torch.tensor(g))
        self.b = torch.nn.Parameter(torch.tensor(b))

    def forward(self, x):
        return F.layer_norm(x, (DIM,), self.g, self.b, EPS)


class Layer(torch.nn.Module):
    """One BERT layer: self-attention, residual and LayerNorm, erf GELU feed-forward, residual and LayerNorm."""

    def __init__(self, inits, weight_of, i, dropout):
        super().__init__()
        p = f"encoder.layer.{i}."
        self.lin = torch.nn.ModuleDict({
            n.replace(".", "_"): Linear(inits[weight_of[p + n]], inits[p + n + ".bias"], weight_of[p + n])
            for n in LINEARS})
        self.ln1 = LayerNorm(inits[p + "attention.output.LayerNorm.weight"], inits[p + "attention.output.LayerNorm.bias"])
        self.ln2 = LayerNorm(inits[p + "output.LayerNorm.weight"], inits[p + "output.LayerNorm.bias"])
        self.drop = torch.nn.Dropout(dropout)

    def forward(self, h, bias):
        L = self.lin
        split = lambda x: x.view(x.shape[0], x.shape[1], HEADS, DIM // HEADS).transpose(1, 2)
        q, k, v = (split(L[n](h)) for n in ["attention_self_query", "attention_self_key", "attention_self_value"])
        att = self.drop(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(DIM // HEADS) + bias, dim=-1))
        ctx = (att @ v).transpose(1, 2).reshape(h.shape)
        h = self.ln1(h + self.drop(L["attention_output_dense"](ctx)))
        ff = L["output_dense"](F.gelu(L["intermediate_dense"](h)))
        return self.ln2(h + self.drop(ff))


class MiniLM(torch.nn.Module):
    """all-MiniLM-L6-v2 from the ONNX initializers, with two sigmoid heads over the mean of the final states."""

    def __init__(self, onnx_path, dropout=0.1):
        super().__init__()
        inits, weight_of = onnx_weights(onnx_path)
        t = lambda n: torch.tensor(inits[n])
        self.word, self.pos = t("embeddings.word_embeddings.weight"), t("embeddings.position_embeddings.weight")
        self.type0 = t("embeddings.token_type_embeddings.weight")[0]
        self.ln0 = LayerNorm(inits["embeddings.LayerNorm.weight"], inits["embeddings.LayerNorm.bias"])
        self.layers = torch.nn.ModuleList([Layer(inits, weight_of, i, dropout) for i in range(LAYERS)])
        self.head = torch.nn.Linear(DIM, 2)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)
        self.drop = torch.nn.Dropout(dropout)

    def embed(self, ids):
        return self.ln0(self.word[ids] + self.pos[: ids.shape[1]] + self.type0)

    def run(self, h, mask, start, stop):
        bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers[start:stop]:
            h = layer(h, bias)
        return h

    def logits(self, h, mask):
        m = mask.unsqueeze(-1).float()
        pooled = (h * m).sum(1) / m.sum(1)
        return self.head(self.drop(pooled))


def batch_ids(ids_list):
    n = max(len(x) for x in ids_list)
    x = torch.zeros((len(ids_list), n), dtype=torch.long)
    m = torch.zeros((len(ids_list), n), dtype=torch.bool)
    for r, ids in enumerate(ids_list):
        x[r, : len(ids)] = torch.tensor(ids)
        m[r, : len(ids)] = True
    return x, m


def check_torch(model, enc, texts):
    """Largest |torch - onnxruntime| of last_hidden_state over the texts; raises when above 1e-4."""
    model.eval()
    ref = enc.states(texts)
    worst = 0.0
    with torch.no_grad():
        for t, r in zip(texts, ref):
            x, m = batch_ids([enc.ids(t)])
            h = model.run(model.embed(x), m, 0, LAYERS)[0].numpy()
            worst = max(worst, float(np.abs(h - r).max()))
    if worst > 1e-4:
        raise SystemExit(f"torch MiniLM differs from onnxruntime by {worst:.2e} (> 1e-4)")
    return worst


# ---------------------------------------------------------------------------------------------------- the data

def sha(text):
    return hashlib.sha256(text.encode("utf-8")).digest()


def jsonl(name):
    path = QUALITY / (name + ".jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def jsonl_group(rec):
    """The training group of a JSONL line, as JailbreakExtras maps it."""
    if rec["label"] == "benign":
        return "benign"
    if rec["label"] != "jailbreak":
        raise ValueError(f"label {rec['label']!r}")
    kind = rec.get("kind")
    if kind == "unsafe":
        return "unsafe"
    if kind is None or kind in TECHNIQUE_KINDS:
        return "jailbreak"
    raise ValueError(f"kind {kind!r} of a jailbreak line is not known")


def training_items(anchor, jsonl_names):
    """Public tune split and our own YAML prompts (train_token_head.load_items, with weights) plus JSONL sets (weight 1
    each); fold is -2 for JSONL items. Each item: text, group, weight, jb/un targets (None when not learned)."""
    items = tth.load_items(anchor)
    for name in jsonl_names:
        for r in jsonl(name):
            g = jsonl_group(r)
            items.append(dict(text=td.java_strip(r["text"]), group=g, source=name, weight=1.0, fold=-2,
                              jb=1.0 if g == "jailbreak" else 0.0 if g == "benign" else None,
                              un=1.0 if g == "unsafe" else 0.0 if g == "benign" else None))
    return items


def split_holdout(items):
    """Indices trained on and indices that choose the thresholds (by the fourth SHA-256 byte of the text)."""
    held = [i for i, it in enumerate(items) if sha(it["text"])[3] < HOLDOUT]
    fit = [i for i, it in enumerate(items) if sha(it["text"])[3] >= HOLDOUT]
    return fit, held


class StateCache:
    """Ids and the frozen bottom layers' output per text (float16 on disk under work, computed once per k)."""

    def __init__(self, model, enc, work, start):
        self.model, self.enc, self.start = model, enc, start
        self.path = pathlib.Path(work) / f"layer{start}"
        self.path.mkdir(parents=True, exist_ok=True)
        self.ids, self.states = {}, {}

    def get(self, texts):
        missing = sorted(set(t for t in texts if t not in self.states))
        if missing:
            self._load_or_compute(missing)
        return [self.states[t] for t in texts]

    def _load_or_compute(self, texts):
        key = hashlib.sha256("\n\x00".join(texts).encode("utf-8")).hexdigest()[:16]
        f = self.path / f"{key}.npz"
        ids = [self.enc.ids(t) for t in texts]
        if f.exists():
            z = np.load(f)
            flat, off = z["flat"], z["off"]
        else:
            parts = self._compute(ids)
            off = np.cumsum([0] + [len(p) for p in parts])
            flat = np.concatenate(parts).astype(np.float16)
            np.savez(f, flat=flat, off=off)
        for i, t in enumerate(texts):
            self.ids[t] = ids[i]
            self.states[t] = flat[off[i]:off[i + 1]]

    def _compute(self, ids):
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = [None] * len(ids)
        self.model.eval()
        with torch.no_grad():
            for s in range(0, len(order), 64):
                chunk = order[s:s + 64]
                x, m = batch_ids([ids[i] for i in chunk])
                h = self.model.run(self.model.embed(x), m, 0, self.start)
                for r, i in enumerate(chunk):
                    out[i] = h[r, : len(ids[i])].numpy()
        return out


# ---------------------------------------------------------------------------------------------------- training

def variant(name, epochs=None):
    v = dict(VARIANTS[name])
    if epochs:
        v["epochs"] = epochs
    return v


def prepare(model, var, seed):
    """Freezes all but the top k layers and the heads; adds LoRA to the top layers' linear maps when asked.
    Returns the AdamW optimiser."""
    gen = torch.Generator().manual_seed(seed)
    for p in model.parameters():
        p.requires_grad = False
    enc_params = []
    for layer in model.layers[LAYERS - var["k"]:]:
        if var["lora"]:
            for lin in layer.lin.values():
                lin.add_lora(var["lora"], 2.0 * var["lora"], gen)
                enc_params += [lin.a, lin.bb]
        else:
            enc_params += list(layer.parameters())
    for p in enc_params:
        p.requires_grad = True
    for p in model.head.parameters():
        p.requires_grad = True
    return torch.optim.AdamW([{"params": enc_params, "lr": var["lr"]},
                              {"params": list(model.head.parameters()), "lr": var["head_lr"]}], weight_decay=0.01)


def targets(items):
    y = torch.tensor([[it["jb"] or 0.0, it["un"] or 0.0] for it in items])
    w = torch.tensor([[float(it["jb"] is not None), float(it["un"] is not None)] for it in items])
    return y, w * torch.tensor([it["weight"] for it in items], dtype=torch.float32).unsqueeze(1)


def train(model, var, items, states, seed, log=None):
    """Trains the top k layers (or their LoRA maps) and the heads on the items (weighted BCE per known target)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    opt = prepare(model, var, seed)
    y, w = targets(items)
    start = LAYERS - var["k"]
    model.train()
    t0 = time.time()
    for ep in range(var["epochs"]):
        total, seen = 0.0, 0
        for b in tth.batches(range(len(states)), states, 32, rng):  # shuffled buckets of similar length
            h, m = tth.pad(b, states)
            logits = model.logits(model.run(h, m, start, LAYERS), m)
            loss = (F.binary_cross_entropy_with_logits(logits, y[b], reduction="none") * w[b]).sum() / w[b].sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total, seen = total + float(loss) * len(b), seen + len(b)
        if log:
            log(f"  epoch {ep + 1}: loss {total / seen:.4f} ({time.time() - t0:.0f}s)")
    model.eval()


def predict(model, states, start):
    """Sigmoid outputs [n, 2] (jailbreak, unsafe) from the cached bottom-layer states."""
    out = np.zeros((len(states), 2))
    with torch.no_grad():
        for b in tth.batches(range(len(states)), states, 64):  # sorted by length
            h, m = tth.pad(b, states)
            out[b] = torch.sigmoid(model.logits(model.run(h, m, start, LAYERS), m)).numpy()
    return out


def holdout_thresholds(scores, items, max_fpr):
    """The pair of thresholds with the highest recall at benign FPR <= max_fpr on the held-out items."""
    grp = np.array([it["group"] for it in items])
    best = tth.choose_thresholds(scores, grp != "benign", grp == "benign", max_fpr)
    return dict(recall=best[0], fpr=best[1], th=(best[2], best[3]))


def fit_fold(args, base_state, cache, items, seed, log):
    """A fresh model from the base weights, trained on the fit part; thresholds from the held-out part."""
    var = variant(args.variant, args.epochs)
    model = MiniLM(args.onnx)
    model.load_state_dict(base_state)
    fit, held = split_holdout(items)
    states = cache.get([it["text"] for it in items])
    log(f"  fit {len(fit)} texts, threshold hold-out {len(held)}")
    train(model, var, [items[i] for i in fit], [states[i] for i in fit], seed, log)
    s_held = predict(model, [states[i] for i in held], LAYERS - var["k"])
    th = holdout_thresholds(s_held, [items[i] for i in held], args.holdout_fpr)
    log(f"  hold-out: recall {th['recall']:.3f} FPR {th['fpr']:.3f} thresholds {th['th'][0]:.4f} / {th['th'][1]:.4f}")
    th["held_scores"], th["held_groups"] = s_held, np.array([items[i]["group"] for i in held])
    return model, th


# ---------------------------------------------------------------------------------------------------- leave one out

def base(args, log):
    """The torch MiniLM (checked against onnxruntime), its weights, the tokeniser/encoder and the state cache."""
    enc = td.Encoder(args.work)
    args.onnx = td.model_files(args.work)[0]
    model = MiniLM(args.onnx)
    texts = [p["text"] for p in td.own_prompts()[::131][:20]]
    log(f"torch vs onnxruntime last_hidden_state on {len(texts)} texts: max |diff| {check_torch(model, enc, texts):.2e}")
    state = {k: v.clone() for k, v in model.state_dict().items()}
    cache = StateCache(model, enc, args.work, LAYERS - variant(args.variant)["k"])
    return enc, state, cache


def loo(args, log):
    """Leave one writer out over LOO_SETS; saves each left-out set's scores and the fold's thresholds."""
    enc, state, cache = base(args, log)
    out = loo_dir(args)
    out.mkdir(parents=True, exist_ok=True)
    start = LAYERS - variant(args.variant)["k"]
    for w in LOO_SETS:
        t0 = time.time()
        if args.skip_done and (out / f"{w}.npz").exists():
            continue
        items = training_items(args.source, ALWAYS + args.extra_train + [s for s in LOO_SETS if s != w])
        log(f"{w} left out: {len(items)} training items")
        model, th = fit_fold(args, state, cache, items, args.seed, log)
        texts = [td.java_strip(r["text"]) for r in jsonl(w)]
        scores = predict(model, cache.get(texts), start)
        np.savez(out / f"{w}.npz", scores=scores, th=np.array(th["th"]), held=np.array([th["recall"], th["fpr"]]),
                 held_scores=th["held_scores"], held_groups=th["held_groups"])
        log(f"  {w}: {time.time() - t0:.0f}s")
    report(args, log)


def loo_dir(args):
    """--work/loo-<variant>[-<tag>]: the folder of one leave-one-out run's saved scores."""
    return pathlib.Path(args.work) / (f"loo-{args.variant}" + (f"-{args.tag}" if args.tag else ""))


def fold_thresholds(z, holdout_fpr):
    """A fold's thresholds: chosen again at holdout_fpr on the saved hold-out scores when the run saved them (then
    also the hold-out recall and FPR), else the thresholds the run chose (at the --holdout-fpr it ran with)."""
    if "held_scores" not in z:
        return z["th"], z["held"]
    grp = z["held_groups"]
    best = tth.choose_thresholds(z["held_scores"], grp != "benign", grp == "benign", holdout_fpr)
    return np.array([best[2], best[3]]), np.array([best[0], best[1]])


def guard_verdicts(work, w):
    path = pathlib.Path(work) / f"guard-A-{w.split('-')[-1]}.txt"
    return np.array([v == "1" for v in path.read_text().split()])


def rates(blocked, pos):
    return float(blocked[pos].mean()), float(blocked[~pos].mean())


def equal_fpr(comb, pos, guard=None, max_fpr=0.03):
    """Per-set recall at one threshold on the threshold-scaled score where the pooled writer benign FPR (of the score,
    or of its union with the guard) is at most max_fpr; read off the writer sets, so a comparison only."""
    g = guard if guard is not None else [np.zeros(len(c), dtype=bool) for c in comb]
    cands = np.unique(np.concatenate(comb))[::-1]
    n_neg = sum(int((~p).sum()) for p in pos)
    best = np.inf
    for t in cands:
        fp = sum(int(((c >= t) | gg)[~p].sum()) for c, p, gg in zip(comb, pos, g))
        if fp > max_fpr * n_neg + 1e-9:
            break
        best = t
    return [rates((c >= best) | gg, p) for c, p, gg in zip(comb, pos, g)]


def loo_results(args):
    """Per left-out set: records, scores, thresholds, positives, guard verdicts, model verdicts."""
    res = collections.OrderedDict()
    for w in LOO_SETS:
        z = np.load(loo_dir(args) / f"{w}.npz")
        recs = jsonl(w)
        s, (th, held) = z["scores"], fold_thresholds(z, args.holdout_fpr)
        res[w] = dict(recs=recs, s=s, th=th, held=held, pos=np.array([r["label"] == "jailbreak" for r in recs]),
                      guard=guard_verdicts(args.work, w), model=(s[:, 0] >= th[0]) | (s[:, 1] >= th[1]),
                      comb=np.maximum(s[:, 0] / th[0], s[:, 1] / th[1]))
    return res


def writer_thresholds(res, names, pooled_fpr, set_fpr):
    """Thresholds read off the left-out scores of the named writer sets (each scored by the fold model that never
    trained on it) in union with their leave-one-out guards: the highest pooled recall at pooled benign FPR <=
    pooled_fpr with every set's own benign FPR <= set_fpr. Benign prompts of unseen writers, not a hash hold-out."""
    rs = [res[n] for n in names]
    s, pos, g = (np.concatenate([r[k] for r in rs]) for k in ("s", "pos", "guard"))
    edges = np.cumsum([0] + [len(r["s"]) for r in rs])

    def every_set(t0, t1):
        blocked = g | (s[:, 0] >= t0) | (s[:, 1] >= t1)
        return all(blocked[a:b][~pos[a:b]].mean() <= set_fpr + 1e-12 for a, b in zip(edges[:-1], edges[1:]))

    best = tth.choose_thresholds(s, pos, ~pos, pooled_fpr, always=g, extra=every_set)
    return np.array([best[2], best[3]])


def writer_report(args, log):
    """Leave one writer out for the threshold rule too: each set judged at thresholds read off the other four."""
    res = loo_results(args)
    rows = []
    for w, r in res.items():
        th = writer_thresholds(res, [x for x in res if x != w], args.writer_fpr, args.writer_set_fpr)
        rows.append(rates(r["guard"] | (r["s"][:, 0] >= th[0]) | (r["s"][:, 1] >= th[1]), r["pos"]) + (th,))
    log(f"union at thresholds from the other writers' left-out scores (pooled FPR <= {args.writer_fpr}, each set <= "
        f"{args.writer_set_fpr}), {loo_dir(args).name}:")
    log("  " + " ".join(f"{w.split('-')[-1]} {x[0]:.3f}/{x[1]:.3f} (t {x[2][0]:.4f}/{x[2][1]:.4f})"
                        for w, x in zip(res, rows)))
    log(f"  mean recall {np.mean([x[0] for x in rows]):.3f} FPR {np.mean([x[1] for x in rows]):.3f} "
        f"max FPR {max(x[1] for x in rows):.3f}")
    all_th = writer_thresholds(res, list(res), args.writer_fpr, args.writer_set_fpr)
    log(f"  from all five sets: {all_th[0]:.4f} / {all_th[1]:.4f}")
    return all_th


def report(args, log):
    """The leave-one-writer-out table: model alone, guard alone, union; equal-FPR comparison; blocked share by kind."""
    res = loo_results(args)
    rows = {"guard alone": [rates(r["guard"], r["pos"]) for r in res.values()],
            "model alone": [rates(r["model"], r["pos"]) for r in res.values()],
            "union (guard OR model)": [rates(r["guard"] | r["model"], r["pos"]) for r in res.values()]}
    comb, pos, g = [r["comb"] for r in res.values()], [r["pos"] for r in res.values()], [r["guard"] for r in res.values()]
    rows["model alone, pooled FPR <= 0.03 (equal FPR)"] = equal_fpr(comb, pos)
    rows["union, pooled FPR <= 0.03 (equal FPR)"] = equal_fpr(comb, pos, g)
    log(f"leave one writer out, {loo_dir(args).name}, hold-out FPR <= {args.holdout_fpr}; sets " + ", ".join(res))
    log("  fold thresholds: " + "; ".join(f"{r['th'][0]:.3f}/{r['th'][1]:.3f} (hold-out {r['held'][0]:.3f}/"
                                          f"{r['held'][1]:.3f})" for r in res.values()))
    for name, rr in rows.items():
        rec, fpr = [x[0] for x in rr], [x[1] for x in rr]
        log(f"  {name:45s} recall " + " ".join(f"{x:.3f}" for x in rec) + f" mean {np.mean(rec):.3f} | FPR "
            + " ".join(f"{x:.3f}" for x in fpr) + f" mean {np.mean(fpr):.3f} max {max(fpr):.3f}")
    by_kind(res, log)
    if args.writer_fpr is not None:
        writer_report(args, log)


def by_kind(res, log):
    kinds = collections.defaultdict(lambda: np.zeros(4))
    for r in res.values():
        for rec, gv, mv in zip(r["recs"], r["guard"], r["model"]):
            k = ("benign " if rec["label"] == "benign" else "") + rec["kind"]
            kinds[k] += [1, gv, mv, gv or mv]
    log("  by kind, pooled over the five sets (n, share blocked: guard, model, union)")
    for k in sorted(kinds, key=lambda k: (k.startswith("benign"), k)):
        n, a, b, c = kinds[k]
        log(f"    {k:30s} {int(n):4d}  {a / n:.2f}  {b / n:.2f}  {c / n:.2f}")



# ---------------------------------------------------------------------------------------------------- the artifact

def export_tensors(model, var):
    """(header entry, float16 arrays) per trained tensor of the top k layers, in layer order."""
    entries, data = [], []
    for i in range(LAYERS - var["k"], LAYERS):
        layer, p = model.layers[i], f"encoder.layer.{i}."
        for n in LINEARS:
            lin = layer.lin[n.replace(".", "_")]
            if var["lora"]:
                entries.append({"name": lin.onnx_name, "shape": list(lin.w.shape), "kind": "lora", "rank": lin.rank})
                data += [lin.a.detach().numpy(), (lin.bb.detach() * lin.scale).numpy()]
            else:
                entries.append({"name": lin.onnx_name, "shape": list(lin.w.shape), "kind": "full"})
                entries.append({"name": p + n + ".bias", "shape": [lin.b.shape[0]], "kind": "full"})
                data += [lin.w.detach().numpy(), lin.b.detach().numpy()]
        if not var["lora"]:
            for ln, n in [(layer.ln1, "attention.output.LayerNorm"), (layer.ln2, "output.LayerNorm")]:
                entries.append({"name": p + n + ".weight", "shape": [DIM], "kind": "full"})
                entries.append({"name": p + n + ".bias", "shape": [DIM], "kind": "full"})
                data += [ln.g.detach().numpy(), ln.b.detach().numpy()]
    return entries, data


def write_bin(path, model, var, th, onnx_path, trained_on):
    """The SRJE file: magic, big-endian header length, UTF-8 JSON header, float16 tensors, float32 head weights."""
    entries, data = export_tensors(model, var)
    w = model.head.weight.detach().numpy().astype(np.float32)
    b = model.head.bias.detach().numpy()
    header = {"format": 1, "base_model": "all-minilm-l6-v2",
              "base_sha256": hashlib.sha256(pathlib.Path(onnx_path).read_bytes()).hexdigest(),
              "max_tokens": td.MAX_TOKENS, "pooling": "mean", "normalise": False, "tensors": entries,
              "heads": {"jailbreak": {"bias": float(b[0]), "threshold": float(th[0])},
                        "unsafe": {"bias": float(b[1]), "threshold": float(th[1])}},
              "head_dim": DIM, "trained_on": trained_on, "script": "tools/jailbreak/finetune_encoder.py"}
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    body = b"".join(np.ascontiguousarray(d, dtype="<f2").tobytes() for d in data)
    pathlib.Path(path).write_bytes(b"SRJE" + struct.pack(">i", len(raw)) + raw + body + w[0].astype("<f4").tobytes()
                                   + w[1].astype("<f4").tobytes())


def read_bin(path):
    """(header, {initializer name: float32 array}, head weights [2, 384]) of an SRJE file, as a reader would; for a
    "lora" tensor the array is A B, the change to add to the initializer."""
    raw = pathlib.Path(path).read_bytes()
    if raw[:4] != b"SRJE":
        raise ValueError("not an SRJE file")
    n = struct.unpack(">i", raw[4:8])[0]
    header, pos, out = json.loads(raw[8:8 + n].decode("utf-8")), 8 + n, {}
    take = lambda count, dt: np.frombuffer(raw, dtype=dt, count=count, offset=pos)
    for t in header["tensors"]:
        if t["kind"] == "full":
            size = int(np.prod(t["shape"]))
            out[t["name"]] = take(size, "<f2").astype(np.float32).reshape(t["shape"])
            pos += 2 * size
        else:
            (i, o), r = t["shape"], t["rank"]
            a = take(i * r, "<f2").astype(np.float32).reshape(i, r)
            pos += 2 * i * r
            bb = take(r * o, "<f2").astype(np.float32).reshape(r, o)
            pos += 2 * r * o
            out[t["name"]] = a @ bb  # the change to the initializer
    heads = take(2 * DIM, "<f4").reshape(2, DIM)
    if pos + 8 * DIM != len(raw):
        raise ValueError("SRJE file has trailing or missing bytes")
    return header, out, heads


class Overridden:
    """An onnxruntime session of the jar's ONNX with the SRJE file's tensors as initializers, and the two heads."""

    def __init__(self, onnx_path, bin_path, threads=1):
        import onnx
        import onnxruntime as ort
        from onnx import numpy_helper

        self.header, tensors, self.w = read_bin(bin_path)
        base = {i.name: numpy_helper.to_array(i) for i in onnx.load(str(onnx_path)).graph.initializer}
        opts = ort.SessionOptions()
        opts.intra_op_num_threads, opts.inter_op_num_threads = threads, 1
        self.values = {}
        for t in self.header["tensors"]:
            arr = tensors[t["name"]] if t["kind"] == "full" else base[t["name"]] + tensors[t["name"]]
            self.values[t["name"]] = ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(arr, dtype=np.float32))
            opts.add_initializer(t["name"], self.values[t["name"]])
        self.session = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
        h = self.header["heads"]
        self.b = np.array([h["jailbreak"]["bias"], h["unsafe"]["bias"]])

    def probabilities(self, ids):
        x = np.array([ids], dtype=np.int64)
        out = self.session.run(None, {"input_ids": x, "attention_mask": np.ones_like(x), "token_type_ids": np.zeros_like(x)})
        pooled = out[0][0].mean(0)
        return 1 / (1 + np.exp(-(self.w @ pooled + self.b)))


def torch_probabilities(model, ids):
    with torch.no_grad():
        x, m = batch_ids([ids])
        return torch.sigmoid(model.logits(model.run(model.embed(x), m, 0, LAYERS), m))[0].numpy()


def fixture_texts():
    """20 of our own prompts (not writer sets): 7 jailbreak, 7 unsafe, 6 benign, the first by SHA-256."""
    own = sorted({(p["text"], p["group"]) for p in td.own_prompts()}, key=lambda x: sha(x[0]))
    pick = lambda g, n: [t for t, gg in own if gg == g][:n]
    return pick("jailbreak", 7) + pick("unsafe", 7) + pick("benign", 6)


def round_trip(args, model, enc, log):
    """onnxruntime with the file's tensors against torch on the fixture texts; writes the fixture when asked."""
    sess = Overridden(args.onnx, args.out)
    rows, worst = [], 0.0
    for t in fixture_texts():
        ids = enc.ids(t)
        p, q = sess.probabilities(ids), torch_probabilities(model, ids)
        worst = max(worst, float(np.abs(p - q).max()))
        rows.append({"text": t, "tokens": len(ids), "jailbreak": round(float(p[0]), 6), "unsafe": round(float(p[1]), 6)})
    log(f"round trip: onnxruntime with the file's tensors vs torch, 20 texts: max |diff| {worst:.2e}")
    if worst > 1e-3:
        raise SystemExit("round trip differs by more than 1e-3")
    if args.fixture:
        pathlib.Path(args.fixture).write_text(json.dumps(
            {"model": "jailbreak-encoder.bin", "tolerance": 1e-3, "source": "onnxruntime 1.x, jar ONNX with the file's"
             " tensors as initializers (W + A B in float32 for LoRA)", "cases": rows}, indent=1, ensure_ascii=False)
            + "\n", encoding="utf-8")
        log(f"-> {args.fixture}")


def timing(args, enc, log):
    """p50 and p90 of one forward (tokenised ids, session run, pooling, heads) over 200 of our own prompts."""
    texts = [p["text"] for p in td.own_prompts()][::12][:200]
    ids = [enc.ids(t) for t in texts]
    for threads in [1, 2]:
        sess = Overridden(args.onnx, args.out, threads)
        for x in ids[:20]:
            sess.probabilities(x)
        ms = []
        for x in ids:
            t0 = time.perf_counter()
            sess.probabilities(x)
            ms.append(1000 * (time.perf_counter() - t0))
        log(f"forward, {threads} intra-op thread(s), {len(ids)} prompts (mean {np.mean([len(x) for x in ids]):.0f} "
            f"tokens): p50 {np.percentile(ms, 50):.2f} ms, p90 {np.percentile(ms, 90):.2f} ms")


def ship(args, log):
    """Trains on everything (test2..test6 and SHIP_ONLY included), writes the SRJE file, checks it, writes the fixture,
    times it."""
    enc, state, cache = base(args, log)
    var = variant(args.variant, args.epochs)
    sets = ALWAYS + args.extra_train + LOO_SETS + SHIP_ONLY
    items = training_items(args.source, sets)
    log(f"{len(items)} training items")
    model, th = fit_fold(args, state, cache, items, args.seed, log)
    rule = (f"benign FPR <= {args.holdout_fpr} on the 15% of those texts held out by hash")
    if args.writer_fpr is not None:
        th["th"] = writer_report(args, log)
        rule = (f"union with the guard at pooled benign FPR <= {args.writer_fpr} (each set <= {args.writer_set_fpr}) "
                f"on the left-out scores of {loo_dir(args).name}")
    trained_on = ("public tune split of router-eval JailbreakSets (SHA-256 first byte < 128), our own training YAML "
                  "files, JSONL sets " + ", ".join(sets) + f"; thresholds: {rule}; variant {args.variant}")
    write_bin(args.out, model, var, th["th"], args.onnx, trained_on)
    raw = pathlib.Path(args.out).read_bytes()
    log(f"-> {args.out}: {len(raw)} bytes, sha256 {hashlib.sha256(raw).hexdigest()}")
    round_trip(args, model, enc, log)
    timing(args, enc, log)


# ---------------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=str(td.ROOT.parent / "shared" / "anchor-data"))
    ap.add_argument("--work", default="/tmp/jbft", help="cache folder (model files, layer states, scores, verdicts)")
    ap.add_argument("--variant", default="full-k2", choices=sorted(VARIANTS))
    ap.add_argument("--epochs", type=int, help="override the variant's epochs")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--threads", type=int, default=2, help="torch threads for training")
    ap.add_argument("--holdout-fpr", "--max-fpr", type=float, default=0.02, dest="holdout_fpr",
                    help="benign FPR on the hold-out for the thresholds (--report: chosen again on saved hold-out scores)")
    ap.add_argument("--extra-train", default="", help="comma-separated JSONL sets added to every fold's and --ship's "
                    "training data (kinds mapped as for jailbreak-train-w1..w3)")
    ap.add_argument("--tag", help="suffix of the leave-one-out folder: --work/loo-<variant>-<tag>")
    ap.add_argument("--writer-fpr", type=float, help="--report also judges each set at thresholds read off the other "
                    "writer sets' left-out scores (union with the guard, pooled benign FPR <= this); --ship takes its "
                    "thresholds from all five sets of the --tag run that way instead of the hash hold-out")
    ap.add_argument("--writer-set-fpr", type=float, default=0.03, help="with --writer-fpr: each set's benign FPR bound")
    ap.add_argument("--check", action="store_true", help="only compare torch with onnxruntime")
    ap.add_argument("--loo", action="store_true", help="leave one writer out (then the report)")
    ap.add_argument("--report", action="store_true", help="the report of a finished --loo run")
    ap.add_argument("--skip-done", action="store_true", help="with --loo: keep the left-out sets already scored")
    ap.add_argument("--ship", action="store_true", help="train on everything and write --out and --fixture")
    ap.add_argument("--out")
    ap.add_argument("--fixture")
    args = ap.parse_args()
    args.extra_train = [x for x in args.extra_train.split(",") if x]
    for name in args.extra_train:
        if name in ALWAYS or name in LOO_SETS or name in SHIP_ONLY or not (QUALITY / (name + ".jsonl")).exists():
            ap.error(f"--extra-train {name}: not a JSONL set under {QUALITY}, or already in the training data")
    torch.set_num_threads(args.threads)
    log = lambda s: print(s, flush=True)
    log(f"{time.strftime('%H:%M:%S')} {' '.join(sys.argv[1:])}")
    if args.check:
        base(args, log)
    elif args.loo:
        loo(args, log)
    elif args.report:
        report(args, log)
    elif args.ship:
        ship(args, log)


if __name__ == "__main__":
    main()
