"""Shared pieces of the tool-selection experiments: the embeddings `bin/router-eval tools --dump` writes, the
catalogue's domains, and a copy of the selector's ranking (ToolSelector, ToolLexicon) in numpy.

The copy is checked against the Java selector: with the dumped embeddings it must give the kept rates
`bin/router-eval tools` prints (query_adapter.py --check does this).
"""
import json
import math
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
QUALITY = ROOT / "router-eval/src/test/resources/quality"
sys.path.insert(0, str(ROOT / "tools/heldout"))

STOP = set("the a an of to in on for and or is it my me i with by from at this that be can you your as are if its into"
           " use when not no all any one do does what which who how".split())
SPLIT = re.compile(r"[\W_]+")
K1, B = 1.2, 0.75
LEXICAL_WEIGHT = 0.05
WIDEN_BELOW = 0.3


def stem(w):
    if len(w) > 4 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 3 and (w.endswith("ed") or w.endswith("es")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s"):
        return w[:-1]
    return w


def words(text):
    return [stem(w) for w in SPLIT.split(text.lower()) if w and w not in STOP]


def bm25(question_words, tool_counts, tool_lengths):
    """ToolLexicon.scores: BM25 of the question's distinct words, document frequencies over the offered tools."""
    asked = set(question_words)
    n_tools = len(tool_counts)
    df = {w: sum(1 for c in tool_counts if w in c) for w in asked}
    average = max(1.0, sum(tool_lengths) / n_tools)
    out = np.zeros(n_tools)
    for i, (c, length) in enumerate(zip(tool_counts, tool_lengths)):
        s = 0.0
        for w in asked:
            f = c.get(w)
            if f:
                n = df[w]
                idf = math.log(1 + (n_tools - n + 0.5) / (n + 0.5))
                s += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * length / average))
        out[i] = s
    return out


def domain_of_tool():
    import make_tooldata
    return {f["function"]["name"]: d for d, f in make_tooldata.catalogue()}


def tool_tokens():
    """Characters of each catalogue tool's compact JSON / 4, rounded up (ToolsCommand.estimateTokens)."""
    out = {}
    for line in (QUALITY / "tools-catalogue.jsonl").read_text(encoding="utf-8").splitlines():
        node = json.loads(line)
        out[node["function"]["name"]] = (len(json.dumps(node, separators=(",", ":"), ensure_ascii=False)) + 3) // 4
    return out


class Data:
    """Tools (names, unit embeddings T, words) and requests (unit embeddings Q, offered indices, BM25 scores)."""

    def __init__(self, dumps):
        first = json.loads(Path(dumps[0]).read_text())
        self.model = first["embedding_model"]
        self.names = [t["name"] for t in first["tools"]]
        self.index = {n: i for i, n in enumerate(self.names)}
        self.T = np.array([t["embedding"] for t in first["tools"]], dtype=np.float64)
        counts = []
        for t in first["tools"]:
            c = {}
            for w in words(t["text"]):
                c[w] = c.get(w, 0) + 1
            counts.append(c)
        lengths = [sum(c.values()) for c in counts]
        domain = domain_of_tool()
        self.domains = sorted(set(domain.values()), key=list(domain.values()).index)
        self.tool_domain = np.array([self.domains.index(domain[n]) for n in self.names])
        tokens = tool_tokens()
        self.tokens = np.array([tokens[n] for n in self.names])
        self.requests = []
        for source, path in enumerate(dumps):
            d = json.loads(Path(path).read_text()) if source else first
            if d["embedding_model"] != self.model or [t["name"] for t in d["tools"]] != self.names:
                raise SystemExit(f"{path}: another model or catalogue than {dumps[0]}")
            for r in d["requests"]:
                offered = np.array([self.index[n] for n in r["offered"]])
                qw = words(r["request"])
                r = dict(r, source=source, offered_idx=offered, needed_idx=[self.index[n] for n in r["needed"]],
                         bm25=bm25(qw, [counts[i] for i in offered], [lengths[i] for i in offered]),
                         domain=self.tool_domain[self.index[r["needed"][0]]])
                self.requests.append(r)
        self.Q = np.array([r.pop("embedding") for r in self.requests], dtype=np.float64)


def rank(cos, lex, lexical_weight=LEXICAL_WEIGHT):
    """The offered tools' positions best first: by cosine + weight x BM25, ties by the request's order."""
    score = cos + lexical_weight * lex
    return np.lexsort((np.arange(len(score)), -score))


def select(req, cos, k, widen_below=WIDEN_BELOW, widen_to=None, gate=True, margin=None, cap=None, floor_cos=None,
           extra=None):
    """The offered positions kept, as the selector keeps them. `cos` is over the offered tools. `floor_cos` (the
    cosines the widening rule reads) defaults to `cos`. `margin`/`cap`: also keep the tools after the k-th whose
    score is within `margin` of the k-th's, up to `cap`. `extra`: positions that take a place first."""
    n = len(cos)
    if n <= k or (gate and req["stood_down"]):
        return np.arange(n)
    order = rank(cos, req["bm25"])
    fc = cos if floor_cos is None else floor_cos
    limit = (widen_to or 2 * k) if fc.max() < widen_below else k
    if extra is not None and len(extra):
        seen = list(dict.fromkeys(list(extra)[:limit]))
        order = np.array(seen + [i for i in order if i not in set(seen)])
    kept = list(order[:limit])
    if margin is not None and limit == k:
        score = cos + LEXICAL_WEIGHT * req["bm25"]
        kth = score[order[limit - 1]]
        for i in order[limit:cap or n]:
            if score[i] >= kth - margin:
                kept.append(i)
            else:
                break
    return np.array(kept)


def kept_all(req, kept_positions):
    kept = set(req["offered_idx"][kept_positions].tolist())
    return all(t in kept for t in req["needed_idx"])
