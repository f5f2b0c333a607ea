"""A fine-tuned cross-encoder as a GATE behind the cache's verifier (issue 14, point 2): experiment.

Method. all-MiniLM-L6-v2 is rebuilt in torch from the langchain4j ONNX file by tools/jailbreak/finetune_encoder.py
(imported: its ONNX loader and layers; the pair cache below follows its StateCache) and run on one pair,
"[CLS] a [SEP] b [SEP]" with token_type_ids 0 / 1, tokenised by tools/verifier/pair_features.py (the HF tokenizer file
the Java side loads). The embeddings and the bottom 6-k layers stay frozen (their output is computed once per pair);
the top k layers (full weights) and a linear head over the mean of the final states are trained with BCE for
P(one answer serves both questions). Training data: the labelled dumps of the training writers (weight 2) plus, read
at run time from /work/shared/anchor-data, every 16th pair of the QQP sample and every 24th of MRPC train (weight 1;
never copied into the repo).

Data. One dump per set, made by tools/verifier/DumpCandidates.java (see its header): a, b, label, sim (what the cache
compares with 0.80), lex_ok (the word rules) and verifier_ok (the rules with the bundled pair head behind them: the
verifier the router runs by default). Each file is one writer. hard-pairs-test and verifier-pairs-test are
report-only: `cv` and `train` never read them; `report` scores them once with the final model.

Validation that predicts a new writer: the 18 tuning files form 4 folds (files whole; the newest writers, test4..test9,
spread over the folds). For each fold: train on the other three minus a writer-held-out slice (one hard-pairs file
and one conversations file, 15 to 20% of the training rows), choose the gate threshold on that slice (the highest
threshold that refuses at most 1% of the slice's paraphrases the verifier serves at >= 0.80), then score the held
fold. The override threshold (serving a candidate the verifier refuses) is the lowest one above every look-alike of
the slice that the verifier refuses, and at least 0.5.

  # dumps: every set of PAIRS (mode pairs) and CONVS (mode convs) into /tmp/xenc-dumps, and, only at the very end,
  # hard-pairs-test and verifier-pairs-test into /tmp/xenc-report-dumps (DumpCandidates.java header)
  /work/venv-torch/bin/python tools/verifier/cross_encoder.py cv --dumps /tmp/xenc-dumps --work /tmp/xenc-work \\
      --variant a|b
  /work/venv-torch/bin/python tools/verifier/cross_encoder.py train --variant b --dumps /tmp/xenc-dumps \\
      --work /tmp/xenc-work --out /tmp/xenc-work/final-b.pt
  /work/venv-torch/bin/python tools/verifier/cross_encoder.py report --dumps /tmp/xenc-report-dumps \\
      --work /tmp/xenc-work --model /tmp/xenc-work/final-b.pt          (the two report-only sets, once)
  /work/venv-torch/bin/python tools/verifier/cross_encoder.py export --dumps /tmp/xenc-dumps --work /tmp/xenc-work \\
      --model /tmp/xenc-work/final-b.pt --out /tmp/xenc-work/cross-encoder-b.bin
      (merged top-layer tensors and the head; the onnxruntime/torch check; one pair forward and one question timed)

Results: docs/quality-verifier.md, "Fine-tuned cross-encoder gate (2026-12-07, seen sets only)".
Fixed seed (14), sorted inputs, one torch thread (a rerun for bit-identical scores was not made).
"""
import argparse
import hashlib
import json
import os
import pathlib
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "jailbreak"))
import finetune_encoder as fe  # noqa: E402
import train_token_head as tth  # noqa: E402
from pair_features import model_files  # noqa: E402

torch.set_num_threads(1)
SEED, K, EPOCHS, LR, HEAD_LR, OWN_WEIGHT = 14, 2, 2, 3e-5, 1e-3, 2.0
# "a" was run first; its training loss stayed at 0.59-0.62 (under-fitted), so "b" trains more (a choice made on the
# training loss, before b's held-out folds were scored); both are reported
VARIANTS = {"a": dict(K=2, EPOCHS=2, LR=3e-5), "b": dict(K=3, EPOCHS=4, LR=1e-4)}
THRESHOLD, GREY_HIGH, MAX_LOSS = 0.80, 0.92, 0.01
QQP_EVERY, MRPC_EVERY = 16, 24  # of the 10,107 QQP and 3,576 MRPC pairs, to keep training cheap on 2 shared cores
ANCHOR = pathlib.Path("/work/shared/anchor-data/datasets")
QQP = ANCHOR / "B-gptcache-qqp/similiar_qqp_full.every8th.jsonl"
MRPC = ANCHOR / "B-mrpc/msr-para-train.tsv"
PAIRS = ["hard-pairs-dev", "hard-pairs-test2", "hard-pairs-test3", "hard-pairs-test4", "hard-pairs-test5",
         "hard-pairs-test6", "verifier-pairs-tune", "verifier-pairs-swap-test2"]
CONVS = ["verifier-conversations-tune"] + ["verifier-conversations-test" + s for s in
                                           ["", "2", "3", "4", "5", "6", "7", "8", "9"]] + ["conversations"]
REPORT_ONLY = ["hard-pairs-test", "verifier-pairs-test"]
C = "verifier-conversations-"
FOLDS = [
    ["hard-pairs-test4", C + "test8", "hard-pairs-dev", C + "tune", C + "test"],
    ["hard-pairs-test5", C + "test9", "hard-pairs-test2", C + "test2"],
    ["hard-pairs-test6", C + "test4", "hard-pairs-test3", C + "test3"],
    [C + "test5", C + "test6", C + "test7", "verifier-pairs-tune", "verifier-pairs-swap-test2", "conversations"],
]
# the writer-held-out slice that chooses the thresholds, per held fold (never in the held fold)
SLICES = [["hard-pairs-test5", C + "test4"], ["hard-pairs-test6", C + "test8"],
          ["hard-pairs-test4", C + "test9"], ["hard-pairs-test6", C + "test9"]]
FINAL_SLICE = ["hard-pairs-test6", C + "test9"]


# ---------------------------------------------------------------------------------------------------- data

def load_dumps(dumps, sets):
    rows = []
    for s in sets:
        for line in open(os.path.join(dumps, s + ".jsonl")):
            r = json.loads(line)
            r["set"] = s
            r.setdefault("candidate", True)
            r["sim"] = float(r["sim"]) if r["candidate"] else 0.0
            rows.append(r)
    return rows


def external():
    """QQP sample and MRPC train as (a, b, label), read at run time only."""
    out = []
    for i, line in enumerate(open(QQP)):
        r = json.loads(line)
        if i % QQP_EVERY == 0:
            out.append((r["text_a"], r["text_b"], int(r["label"])))
    for i, line in enumerate(open(MRPC, encoding="utf-8-sig")):
        f = line.rstrip("\n").split("\t")
        if i and i % MRPC_EVERY == 0 and len(f) == 5:
            out.append((f[3], f[4], int(f[0])))
    return out


def warm(cache, rows, ext):
    """The frozen bottom layers of every pair, computed (or read back) once for all folds."""
    cache.get(sorted(set([(r["a"], r["b"]) for r in rows] + [(a, b) for a, b, _ in ext])))


class PairModel(fe.MiniLM):
    """MiniLM over a tokenised pair (type embeddings 0 / 1) with one sigmoid output over the mean final state."""

    def __init__(self, onnx_path):
        super().__init__(onnx_path)
        inits, _ = fe.onnx_weights(onnx_path)
        self.types = torch.tensor(inits["embeddings.token_type_embeddings.weight"])
        self.head = torch.nn.Linear(fe.DIM, 1)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)

    def embed_pair(self, ids, types):
        return self.ln0(self.word[ids] + self.pos[: ids.shape[1]] + self.types[types])


class Pairs:
    """Token ids and the frozen bottom layers' output per (a, b), computed once and cached under work."""

    def __init__(self, model, work):
        from tokenizers import Tokenizer
        self.model, self.work = model, pathlib.Path(work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.tok = Tokenizer.from_file(model_files()[1])
        self.tok.no_truncation()
        self.tok.no_padding()
        self.states = {}

    def encode(self, a, b):
        e = self.tok.encode(a, b)
        ids, types = e.ids, e.type_ids
        if len(ids) > 128:  # long MRPC pairs: keep the head of each side
            cut = ids.index(102)
            keep = (list(range(min(cut, 63))) + [cut] + list(range(cut + 1, min(len(ids) - 1, cut + 64)))
                    + [len(ids) - 1])
            ids, types = [ids[i] for i in keep], [types[i] for i in keep]
        return ids, types

    def get(self, pairs):
        missing = sorted(set(p for p in pairs if p not in self.states))
        if missing:
            self._load_or_compute(missing)
        return [self.states[p] for p in pairs]

    def _load_or_compute(self, pairs):
        key = hashlib.sha256("\n\x00".join(a + "\x01" + b for a, b in pairs).encode()).hexdigest()[:16]
        f = self.work / f"pairs-k{K}-{key}.npz"
        if f.exists():
            z = np.load(f)
            flat, off = z["flat"], z["off"]
        else:
            parts = self._compute([self.encode(a, b) for a, b in pairs])
            off = np.cumsum([0] + [len(p) for p in parts])
            flat = np.concatenate(parts).astype(np.float16)
            np.savez(f, flat=flat, off=off)
        for i, p in enumerate(pairs):
            self.states[p] = flat[off[i]:off[i + 1]]

    def _compute(self, enc):
        order = sorted(range(len(enc)), key=lambda i: len(enc[i][0]))
        out = [None] * len(enc)
        self.model.eval()
        with torch.no_grad():
            for s in range(0, len(order), 64):
                chunk = order[s:s + 64]
                x, m = fe.batch_ids([enc[i][0] for i in chunk])
                t, _ = fe.batch_ids([enc[i][1] for i in chunk])
                h = self.model.run(self.model.embed_pair(x, t), m, 0, fe.LAYERS - K)
                for r, i in enumerate(chunk):
                    out[i] = h[r, : len(enc[i][0])].numpy()
        return out


# ---------------------------------------------------------------------------------------------------- training

def fresh_model():
    return PairModel(model_files()[0])


def train(model, states, y, w, log=print):
    """Full fine-tuning of the top K layers and the head (weighted BCE), EPOCHS epochs of shuffled buckets."""
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    for p in model.parameters():
        p.requires_grad = False
    enc = [p for layer in model.layers[fe.LAYERS - K:] for p in layer.parameters()]
    for p in enc + list(model.head.parameters()):
        p.requires_grad = True
    opt = torch.optim.AdamW([{"params": enc, "lr": LR}, {"params": list(model.head.parameters()), "lr": HEAD_LR}],
                            weight_decay=0.01)
    y, w = torch.tensor(y, dtype=torch.float32), torch.tensor(w, dtype=torch.float32)
    model.train()
    t0 = time.time()
    for ep in range(EPOCHS):
        total = 0.0
        for b in tth.batches(range(len(states)), states, 32, rng):
            h, m = tth.pad(b, states)
            logit = model.logits(model.run(h, m, fe.LAYERS - K, fe.LAYERS), m)[:, 0]
            loss = (F.binary_cross_entropy_with_logits(logit, y[b], reduction="none") * w[b]).sum() / w[b].sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * len(b)
        log(f"  epoch {ep + 1}: loss {total / len(states):.4f} ({time.time() - t0:.0f}s)")
    model.eval()


def predict(model, states):
    out = np.zeros(len(states))
    with torch.no_grad():
        for b in tth.batches(range(len(states)), states, 64):
            h, m = tth.pad(b, states)
            out[b] = torch.sigmoid(model.logits(model.run(h, m, fe.LAYERS - K, fe.LAYERS), m)[:, 0]).numpy()
    return out


def fit(cache, rows, ext):
    """A model trained on the dump rows (weight OWN_WEIGHT) and the external pairs (weight 1); the cache's frozen
    bottom layers are the same for every model."""
    model = fresh_model()
    keys = [(r["a"], r["b"]) for r in rows] + [(a, b) for a, b, _ in ext]
    y = [r["label"] for r in rows] + [l for _, _, l in ext]
    w = [OWN_WEIGHT] * len(rows) + [1.0] * len(ext)
    train(model, cache.get(keys), y, w)
    return model


def score(model, cache, rows):
    return predict(model, cache.get([(r["a"], r["b"]) for r in rows]))


# ---------------------------------------------------------------------------------------------------- judging

def masks(rows):
    y = np.array([r["label"] for r in rows])
    cand = np.array([bool(r["candidate"]) and r["sim"] >= THRESHOLD for r in rows])
    ok = np.array([bool(r["verifier_ok"]) for r in rows])
    grey = np.array([r["sim"] < GREY_HIGH for r in rows])
    return y, cand & ok, cand & ~ok, grey


def thresholds(rows, p):
    """Gate: the highest threshold that refuses at most MAX_LOSS of the paraphrases the verifier serves; override:
    just above every look-alike the verifier refuses, and at least 0.5 (both on the slice only)."""
    y, acc, ref, _ = masks(rows)
    para = np.sort(p[acc & (y == 1)])
    gate = float(para[int(np.floor(MAX_LOSS * len(para)))]) if len(para) else 0.0
    look = p[ref & (y == 0)]
    over = max(0.5, float(look.max()) + 1e-6 if len(look) else 0.5)
    return gate, over


def tally(rows, p, gate, over):
    y, acc, ref, grey = masks(rows)
    wrong, para = acc & (y == 0), acc & (y == 1)
    cut = p < gate
    return {"wrong": int(wrong.sum()), "wrong_refused": int((wrong & cut).sum()),
            "wrong_refused_grey": int((wrong & cut & grey).sum()),
            "served": int(para.sum()), "lost": int((para & cut).sum()), "lost_grey": int((para & cut & grey).sum()),
            "refused_para": int((ref & (y == 1)).sum()), "gained": int((ref & (y == 1) & (p >= over)).sum()),
            "refused_look": int((ref & (y == 0)).sum()), "let_in": int((ref & (y == 0) & (p >= over)).sum())}


def row_line(name, t, gate, over):
    return ("| %s | %s | %d of %d | %d of %d | %d of %d | %d of %d | %s | +%d of %d / %d of %d |" % (
        name, gate if isinstance(gate, str) else "%.3f" % gate, t["wrong_refused"], t["wrong"],
        t["lost"], t["served"], t["wrong_refused_grey"], t["wrong"], t["lost_grey"], t["served"],
        over if isinstance(over, str) else "%.3f" % over, t["gained"], t["refused_para"], t["let_in"],
        t["refused_look"]))


HEADER = ("| fold | gate t | wrong hits refused | paraphrases lost | grey [0.80, 0.92): refused | grey: lost "
          "| override t | override: paraphrases gained / look-alikes let in |\n|---|---|---|---|---|---|---|---|")


def show(rows, p, gate, out):
    """The wrong hits the verifier lets through and the paraphrases the gate loses, with their scores."""
    y, acc, _, _ = masks(rows)
    for i in np.where(acc & ((y == 0) | (p < gate)))[0]:
        r = rows[i]
        out.write("    %s p=%.3f sim=%.3f %s: %s / %s\n" % (
            "WRONG" if y[i] == 0 and p[i] < gate else "wrong-passes" if y[i] == 0 else "lost-para",
            p[i], r["sim"], r["set"], r["a"], r["b"]))


def cv(args):
    rows = load_dumps(args.dumps, PAIRS + CONVS)
    ext = external()
    cache = Pairs(fresh_model(), args.work)
    warm(cache, rows, ext)
    lines, pooled, scores = [], [], {}
    for k, (held, sl) in enumerate(zip(FOLDS, SLICES)):
        assert not set(sl) & set(held)
        tr = [r for r in rows if r["set"] not in held and r["set"] not in sl]
        print(f"fold {k + 1}: held {held}, slice {sl}, {len(tr)} training rows + {len(ext)} external", flush=True)
        model = fit(cache, tr, ext)
        sl_rows = [r for r in rows if r["set"] in sl]
        gate, over = thresholds(sl_rows, score(model, cache, sl_rows))
        h_rows = [r for r in rows if r["set"] in held]
        p = score(model, cache, h_rows)
        t = tally(h_rows, p, gate, over)
        lines.append(row_line(str(k + 1), t, gate, over))
        pooled.append(t)
        show(h_rows, p, gate, sys.stdout)
        for r, v in zip(h_rows, p):
            scores.setdefault(r["set"], []).append(float(v))
        scores["fold%d" % (k + 1)] = {"gate": gate, "override": over}
        print(HEADER + "\n" + "\n".join(lines), flush=True)
    total = {key: sum(t[key] for t in pooled) for key in pooled[0]}
    print(HEADER + "\n" + "\n".join(lines) + "\n" + row_line("pooled", total, "-", "-"))
    json.dump(scores, open(os.path.join(args.work, "cv-scores-%s.json" % args.variant), "w"))
    met = total["wrong_refused"] * 2 >= total["wrong"] and total["lost"] <= 0.02 * total["served"]
    print("decision rule (>= half the wrong hits refused, <= 2% of served paraphrases lost):",
          "MET" if met else "NOT MET")


def train_final(args):
    rows = load_dumps(args.dumps, PAIRS + CONVS)
    ext = external()
    cache = Pairs(fresh_model(), args.work)
    warm(cache, rows, ext)
    tr = [r for r in rows if r["set"] not in FINAL_SLICE]
    model = fit(cache, tr, ext)
    sl_rows = [r for r in rows if r["set"] in FINAL_SLICE]
    gate, over = thresholds(sl_rows, score(model, cache, sl_rows))
    print("final: gate %.3f, override %.3f, trained on %d rows + %d external" % (gate, over, len(tr), len(ext)))
    top = {n: v for n, v in model.state_dict().items() if n.startswith("head.")
           or any(n.startswith("layers.%d." % i) for i in range(fe.LAYERS - K, fe.LAYERS))}
    torch.save({"state": top, "gate": gate, "override": over, "k": K,
                "trained_on": sorted(set(r["set"] for r in tr)), "slice": FINAL_SLICE}, args.out)


def load_final(path):
    saved = torch.load(path, weights_only=False)
    globals()["K"] = saved["k"]
    model = fresh_model()
    model.load_state_dict(saved["state"], strict=False)
    model.eval()
    return model, saved


def report(args):
    """The two report-only sets, scored once with the final model and its thresholds."""
    model, saved = load_final(args.model)
    cache = Pairs(model, args.work)
    print(HEADER)
    for s in REPORT_ONLY:
        rows = load_dumps(args.dumps, [s])
        p = score(model, cache, rows)
        print(row_line(s, tally(rows, p, saved["gate"], saved["override"]), saved["gate"], saved["override"]))
        show(rows, p, saved["gate"], sys.stdout)


def write_file(path, model, saved, onnx_path):
    """SRXE: magic, big-endian header length, UTF-8 JSON header, float16 tensors of the top K layers (full
    weights, in fe.export_tensors order), then the head's 384 float32 weights (its bias is in the header)."""
    entries, data = fe.export_tensors(model, {"k": K, "lora": 0})
    header = {"format": 1, "base_model": "all-minilm-l6-v2",
              "base_sha256": hashlib.sha256(pathlib.Path(onnx_path).read_bytes()).hexdigest(),
              "input": "pair", "pooling": "mean", "tensors": entries,
              "head": {"bias": float(model.head.bias.detach()[0]), "gate": saved["gate"],
                       "override": saved["override"]},
              "trained_on": saved["trained_on"], "script": "tools/verifier/cross_encoder.py"}
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    body = b"".join(np.ascontiguousarray(d, dtype="<f2").tobytes() for d in data)
    w = model.head.weight.detach().numpy()[0].astype("<f4").tobytes()
    pathlib.Path(path).write_bytes(b"SRXE" + struct.pack(">i", len(raw)) + raw + body + w)


def session(onnx_path, values=None):
    import onnxruntime as ort
    opts = ort.SessionOptions()
    opts.intra_op_num_threads, opts.inter_op_num_threads = 1, 1
    keep = []
    for name, arr in (values or {}).items():
        keep.append(ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(arr, dtype=np.float32)))
        opts.add_initializer(name, keep[-1])
    sess = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
    sess.keep = keep
    return sess


def run_pair(sess, cache, a, b):
    ids, types = cache.encode(a, b)
    feed = {"input_ids": np.array([ids], dtype=np.int64), "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
            "token_type_ids": np.array([types], dtype=np.int64)}
    return sess.run(None, feed)[0][0].mean(axis=0)


def export(args):
    """Writes the model file, checks the onnxruntime session with its tensors against torch on 20 pairs, and
    times one pair forward (p50 / p90 over 200 pairs of a dump, 1 thread)."""
    onnx_path = model_files()[0]
    model, saved = load_final(args.model)
    write_file(args.out, model, saved, onnx_path)
    entries, data = fe.export_tensors(model, {"k": K, "lora": 0})
    values = {e["name"]: d.astype(np.float16).astype(np.float32) for e, d in zip(entries, data)}
    sess = session(onnx_path, values)
    cache = Pairs(model, args.work)
    rows = load_dumps(args.dumps, ["hard-pairs-dev"])[:200]
    w, bias = model.head.weight.detach().numpy()[0], float(model.head.bias.detach()[0])
    ort_p = np.array([1 / (1 + np.exp(-(run_pair(sess, cache, r["a"], r["b"]) @ w + bias))) for r in rows[:20]])
    torch_p = score(model, cache, rows[:20])
    print("wrote %s (%d bytes); max |onnxruntime - torch| over 20 pairs: %.2e" % (
        args.out, os.path.getsize(args.out), np.abs(ort_p - torch_p).max()))
    times, single, n_tok = [], [], []
    for r in rows:  # the pair, then its first question alone (what embedding one question costs), interleaved
        t0 = time.perf_counter()
        run_pair(sess, cache, r["a"], r["b"])
        t1 = time.perf_counter()
        e = cache.tok.encode(r["a"])
        sess.run(None, {"input_ids": np.array([e.ids], dtype=np.int64),
                        "attention_mask": np.ones((1, len(e.ids)), dtype=np.int64),
                        "token_type_ids": np.zeros((1, len(e.ids)), dtype=np.int64)})
        times.append(t1 - t0)
        single.append(time.perf_counter() - t1)
        n_tok.append(len(cache.encode(r["a"], r["b"])[0]))
    print("one pair forward (tokenise + onnxruntime + pooling), 1 thread, %d pairs, median %d tokens: p50 %.2f ms, "
          "p90 %.2f ms; one question alone p50 %.2f ms; ratio of p50s %.2f" % (
              len(rows), np.median(n_tok), 1e3 * np.percentile(times, 50), 1e3 * np.percentile(times, 90),
              1e3 * np.percentile(single, 50), np.percentile(times, 50) / np.percentile(single, 50)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["cv", "train", "report", "export"])
    ap.add_argument("--dumps")
    ap.add_argument("--work", default="/tmp/xenc-work")
    ap.add_argument("--out")
    ap.add_argument("--model")
    ap.add_argument("--variant", default="a", choices=sorted(VARIANTS))
    args = ap.parse_args()
    globals().update(VARIANTS[args.variant])
    {"cv": cv, "train": train_final, "report": report, "export": export}[args.command](args)


if __name__ == "__main__":
    main()
