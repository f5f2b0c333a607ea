"""The GPTCache side of the side-by-side run (router-eval/gptcache/run.sh starts it).

Runs our "population" workload (router-eval cache-pairs --mode population) through GPTCache 0.1.44:
every distinct `a` question of the JSONL pairs goes into one fresh GPTCache, then every `b` question is
looked up through GPTCache's adapter API (`gptcache.adapter.api.get`). A hit is correct only when the pair's
label is 1 and the entry served is the pair's own `a` question (the same `a` text on several lines is one
entry), exactly as CachePairsCommand counts it.

The embedding model is all-MiniLM-L6-v2, the very ONNX file and tokenizer.json our Java OnnxEmbedder loads
from the Maven jar (run.sh extracts them), run with onnxruntime + the `tokenizers` package the way
OnnxEmbedder runs it: no truncation below 256 tokens, mean pooling over the tokens, L2 normalisation. Nothing
is downloaded: GPTCache's own embedding classes (which fetch models from a hub) are never instantiated.

With --java FILE (the JSON GptCacheComparison wrote) it also checks that both sides embed alike (cosine of
the Java and Python vectors of the same sentences), counts the lookups where both served the same entry,
prints the side-by-side table and writes the combined JSON (--combined FILE).

Timing is single-threaded (one caller); onnxruntime may use its intra-op threads inside one embedding, as
it does on the Java side.
"""

import argparse
import json
import math
import os
import platform
import shutil
import sys
import time

# belt and braces: no library reached from here may go to a model hub
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
import onnxruntime as ort  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

import gptcache  # noqa: E402
from gptcache import Cache, Config  # noqa: E402
from gptcache.adapter.api import get as gptcache_get  # noqa: E402
from gptcache.embedding.base import BaseEmbedding  # noqa: E402
from gptcache.manager import CacheBase, VectorBase, get_data_manager  # noqa: E402
from gptcache.processor.pre import get_prompt  # noqa: E402
from gptcache.similarity_evaluation.distance import SearchDistanceEvaluation  # noqa: E402

DIMENSION = 384
MAX_TOKENS = 256          # OnnxEmbedder's default window, special tokens included
CHAR_BOUND = MAX_TOKENS * 16  # OnnxEmbedder never hands the tokenizer more characters than this


class MiniLmOnnx(BaseEmbedding):
    """all-MiniLM-L6-v2 on onnxruntime + tokenizers, embedding one text the way our OnnxEmbedder does.

    Used as GPTCache's embedding function (`to_embeddings`). While `precomputed` is set, `to_embeddings`
    returns the stored vector of the text instead of running the model: that is how the search-only pass
    times GPTCache's lookup without the model. `timings` (when a list) receives the model time of each call.
    """

    def __init__(self, model_dir):
        self.tokenizer = Tokenizer.from_file(os.path.join(model_dir, "all-minilm-l6-v2-tokenizer.json"))
        # the tokenizer.json shipped in the jar pads and truncates to 128; OnnxEmbedder turns both off
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.sep_id = self.tokenizer.token_to_id("[SEP]")
        options = ort.SessionOptions()
        # the same session options OnnxEmbedder sets (intra-op threads left to onnxruntime on both sides)
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.set_denormal_as_zero", "1")
        self.session = ort.InferenceSession(os.path.join(model_dir, "all-minilm-l6-v2.onnx"), options,
                                            providers=["CPUExecutionProvider"])
        names = {i.name for i in self.session.get_inputs()}
        self.needs_token_types = "token_type_ids" in names
        outputs = [o.name for o in self.session.get_outputs()]
        self.output = "last_hidden_state" if "last_hidden_state" in outputs else outputs[0]
        self.precomputed = None  # text -> vector: when set, the model is skipped
        self.timings = None      # list: receives the model time (ns) of each to_embeddings call
        self.seen = None         # dict: receives text -> vector of each to_embeddings call
        self.last_truncated = False

    @property
    def dimension(self):
        return DIMENSION

    def encode(self, text):
        """Returns (unit vector as float32[384], token count, truncated?) for one text."""
        cut = len(text) > CHAR_BOUND
        ids = self.tokenizer.encode(text[:CHAR_BOUND] if cut else text, add_special_tokens=True).ids
        truncated = cut
        if len(ids) > MAX_TOKENS:
            # the first MAX_TOKENS - 1 tokens plus the closing separator, as OnnxEmbedder keeps them
            ids = ids[:MAX_TOKENS - 1] + [self.sep_id]
            truncated = True
        input_ids = np.asarray([ids], dtype=np.int64)
        feed = {"input_ids": input_ids, "attention_mask": np.ones_like(input_ids)}
        if self.needs_token_types:
            feed["token_type_ids"] = np.zeros_like(input_ids)
        hidden = self.session.run([self.output], feed)[0][0]  # (tokens, 384); one text, so no padding
        vector = hidden.mean(axis=0, dtype=np.float32)
        vector /= np.linalg.norm(vector)
        return vector.astype(np.float32), len(ids), truncated

    def to_embeddings(self, data, **_):
        if self.precomputed is not None:
            return self.precomputed[data]
        start = time.perf_counter_ns()
        vector, _, truncated = self.encode(data)
        if self.timings is not None:
            self.timings.append(time.perf_counter_ns() - start)
        self.last_truncated = truncated
        if self.seen is not None:
            self.seen[data] = vector
        return vector


def cpu_ticks():
    """(busy ticks of the whole machine, ticks of this process) from /proc, or None off Linux.

    Their deltas over the run tell how much CPU time other processes took meanwhile (other = machine -
    self): the check that nothing else shared the two cores during the measurement.
    """
    try:
        with open("/proc/stat", encoding="ascii") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        with open("/proc/self/stat", encoding="ascii") as f:
            rest = f.read().rsplit(")", 1)[1].split()
        # user nice system idle iowait irq softirq steal; utime and stime are fields 14 and 15 of /proc/self/stat
        return v[0] + v[1] + v[2] + v[5] + v[6] + v[7], int(rest[11]) + int(rest[12])
    except (OSError, IndexError, ValueError):
        return None


def other_cpu_seconds(before, after):
    if before is None or after is None:
        return None
    return ((after[0] - before[0]) - (after[1] - before[1])) / os.sysconf("SC_CLK_TCK")


def read_pairs(path, limit):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            label = row["label"]
            label = (1 if label else 0) if isinstance(label, bool) else int(label)
            pairs.append((row["a"], row["b"], label))
            if limit and len(pairs) >= limit:
                break
    return pairs


def distinct_a(pairs):
    """The distinct `a` texts in order of first appearance: one cache entry each."""
    seen = {}
    for a, _, _ in pairs:
        seen.setdefault(a, len(seen))
    return list(seen)


def percentile_ms(nanos, p):
    """Nearest-rank percentile in milliseconds (the same rule as GptCacheComparison.percentileMs)."""
    if not nanos:
        return None
    s = sorted(nanos)
    rank = max(1, math.ceil(p / 100.0 * len(s)))
    return s[rank - 1] / 1e6


def gptcache_threshold(cosine_threshold):
    """GPTCache's similarity_threshold that means "hit when cosine >= cosine_threshold".

    With VectorBase("faiss") the index is IDMap,Flat with METRIC_L2, so a search returns the squared L2
    distance d. The data manager normalises every vector, and for unit vectors d = |q - x|^2 = 2 - 2 cos.
    SearchDistanceEvaluation(max_distance=4, positive=False) scores a result 4 - d = 2 + 2 cos, on the
    range [0, 4], and the adapter hits when score >= (4 - 0) * similarity_threshold. So
        2 + 2 cos >= 4 s   <=>   cos >= 2 s - 1   <=>   s = (1 + t) / 2 for a cosine threshold t.
    Our threshold 0.8 is GPTCache's 0.9; GPTCache's default 0.8 would mean cosine >= 0.6.
    """
    return (1.0 + cosine_threshold) / 2.0


def new_cache(work_dir, embedding, cosine_threshold, entries, sqlite_mode, report):
    """A fresh GPTCache (sqlite scalar store + faiss vector store) in an emptied work_dir."""
    shutil.rmtree(work_dir, ignore_errors=True)  # faiss and sqlite would otherwise reopen old data
    os.makedirs(work_dir)
    sql_url = "sqlite://" if sqlite_mode == "memory" else "sqlite:///" + os.path.join(work_dir, "sqlite.db")
    data_manager = get_data_manager(
        CacheBase("sqlite", sql_url=sql_url),
        VectorBase("faiss", dimension=DIMENSION, index_path=os.path.join(work_dir, "faiss.index"), top_k=1),
        max_size=entries + 1,  # no eviction during the run (the default max_size is 1,000)
    )
    cache = Cache()
    cache.init(
        pre_embedding_func=get_prompt,
        embedding_func=embedding.to_embeddings,
        data_manager=data_manager,
        similarity_evaluation=SearchDistanceEvaluation(),
        config=Config(similarity_threshold=gptcache_threshold(cosine_threshold), disable_report=not report),
    )
    return cache, data_manager


def lookup(cache, text):
    """One lookup through GPTCache's adapter API: the answer (the entry's index as a string) or None."""
    return gptcache_get(text, cache_obj=cache)


def run(args):
    load_at_start = os.getloadavg()[0]
    ticks_at_start = cpu_ticks()
    wall_start = time.perf_counter()
    pairs = read_pairs(args.data, args.limit)
    texts = distinct_a(pairs)
    index_of = {t: i for i, t in enumerate(texts)}
    warmup = min(args.warmup, len(pairs))
    embedding = MiniLmOnnx(args.model_dir)
    log = lambda msg: print("[gptcache] " + msg, file=sys.stderr, flush=True)  # noqa: E731

    # warm-up of the model (untimed)
    for a, b, _ in pairs[:warmup]:
        embedding.encode(b)

    # 1. insert, embedding included: GPTCache's bulk import embeds each question, then stores them all
    log(f"importing {len(texts)} entries (embedding included)")
    cache, data_manager = new_cache(os.path.join(args.work_dir, "cache"), embedding, args.threshold, len(texts),
                                    args.sqlite, args.report)
    answers = [str(i) for i in range(len(texts))]
    embedding.seen = vectors = {}  # keeps the stored vectors for the store-only figure and pass 4
    start = time.perf_counter_ns()
    cache.import_data(questions=texts, answers=answers)
    insert_ns = time.perf_counter_ns() - start
    stored = data_manager.v.count()

    # 2. store only (vectors given): the same bulk import into a second fresh cache
    _, dm2 = new_cache(os.path.join(args.work_dir, "cache-store-only"), embedding, args.threshold, len(texts),
                       args.sqlite, args.report)
    start = time.perf_counter_ns()
    dm2.import_data(questions=texts, answers=answers, embedding_datas=[vectors[t] for t in texts],
                    session_ids=[None] * len(texts))
    store_ns = time.perf_counter_ns() - start
    dm2.close()

    # 3. hit path with the model: every b through get(); warm-up first (untimed)
    for _, b, _ in pairs[:warmup]:
        lookup(cache, b)
    log(f"looking up {len(pairs)} questions (embedding included)")
    served = []
    total_ns = []
    embedding.timings = embed_ns = []
    truncated = 0
    for _, b, _ in pairs:
        start = time.perf_counter_ns()
        answer = lookup(cache, b)
        elapsed = time.perf_counter_ns() - start
        if embedding.last_truncated:
            # the router never serves a truncated question: a miss, as in CachePairsCommand
            truncated += 1
            served.append(-1)
            total_ns.append(None)
            continue
        total_ns.append(elapsed)
        served.append(int(answer) if answer is not None else -1)
    embedding.timings = None
    embedding.seen = None

    # 4. search only: the same lookups with the vectors given (the model skipped), warm-up first
    embedding.precomputed = vectors
    for _, b, _ in pairs[:warmup]:
        lookup(cache, b)
    search_ns = []
    search_served = []
    for i, (_, b, _) in enumerate(pairs):
        if total_ns[i] is None:  # truncated: not looked up
            search_ns.append(None)
            search_served.append(-1)
            continue
        start = time.perf_counter_ns()
        answer = lookup(cache, b)
        search_ns.append(time.perf_counter_ns() - start)
        search_served.append(int(answer) if answer is not None else -1)
    embedding.precomputed = None

    summary = summarize(pairs, served, index_of)
    hit_total = [ns for ns, s in zip(total_ns, served) if s >= 0]
    hit_search = [ns for ns, s in zip(search_ns, search_served) if s >= 0]
    all_total = [ns for ns in total_ns if ns is not None]
    summary.update({
        "side": "gptcache",
        "entries": stored,
        "queries": len(pairs),
        "truncated_queries": truncated,
        "threshold": args.threshold,
        "gptcache_similarity_threshold": gptcache_threshold(args.threshold),
        "hit_p50_ms": percentile_ms(hit_total, 50),
        "hit_p99_ms": percentile_ms(hit_total, 99),
        "lookup_all_p50_ms": percentile_ms(all_total, 50),
        "embed_p50_ms": percentile_ms(embed_ns, 50),
        "search_hit_p50_ms": percentile_ms(hit_search, 50),
        "search_hit_p99_ms": percentile_ms(hit_search, 99),
        "search_only_served_same": sum(1 for x, y in zip(served, search_served) if x == y),
        "insert_rows_per_s": len(texts) / (insert_ns / 1e9),
        "store_only_rows_per_s": len(texts) / (store_ns / 1e9),
        "warmup": warmup,
        "load_average_at_start": load_at_start,
        "load_average_at_end": os.getloadavg()[0],
        "wall_s": time.perf_counter() - wall_start,
        # CPU seconds other processes used meanwhile (a quiet machine: a few seconds at most)
        "other_processes_cpu_s": other_cpu_seconds(ticks_at_start, cpu_ticks()),
        "served": served,
        "config": {
            "scalar_store": "sqlite (" + ("in memory" if args.sqlite == "memory" else "file") + ")",
            "vector_store": "faiss IDMap,Flat L2, top_k 1",
            "evaluation": "SearchDistanceEvaluation(max_distance=4.0)",
            "report": args.report,
            "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
        },
        "versions": versions(),
    })
    # the stage averages GPTCache's own Report kept over every call (seconds -> ms)
    summary["gptcache_report_avg_ms"] = {
        name: round(getattr(cache.report, fn)() * 1000, 4)
        for name, fn in [("pre", "average_pre_time"), ("embedding", "average_embedding_time"),
                         ("search", "average_search_time"), ("data", "average_data_time"),
                         ("evaluation", "average_evaluation_time"), ("post", "average_post_time")]
    }
    return summary, embedding


def summarize(pairs, served, index_of):
    """precision = correct hits / hits (1 when nothing hit); recall = correct hits / label-1 pairs."""
    hits = correct = positives = negative_hits = wrong_entry = 0
    for (a, _, label), s in zip(pairs, served):
        positives += label
        if s < 0:
            continue
        hits += 1
        if label == 1 and s == index_of[a]:
            correct += 1
        elif label == 1:
            wrong_entry += 1
        else:
            negative_hits += 1
    negatives = len(pairs) - positives
    return {
        "hits": hits,
        "precision": 1.0 if hits == 0 else correct / hits,
        "recall": 0.0 if positives == 0 else correct / positives,
        "false_hit_rate": 0.0 if negatives == 0 else negative_hits / negatives,
        "wrong_entry_hits": wrong_entry,
    }


def versions():
    import faiss
    import sqlalchemy
    import tokenizers
    return {"python": platform.python_version(), "gptcache": gptcache.__version__,
            "onnxruntime": ort.__version__, "tokenizers": tokenizers.__version__, "numpy": np.__version__,
            "faiss-cpu": faiss.__version__, "sqlalchemy": sqlalchemy.__version__}


# ---- the comparison with the Java side ----

ROWS = [  # (label, key, unit, how the ratio GPTCache/ours reads)
    ("entries stored", "entries", "", None),
    ("queries", "queries", "", None),
    ("hits", "hits", "", None),
    ("precision", "precision", "", None),
    ("recall", "recall", "", None),
    ("hit path p50 (embedding incl.)", "hit_p50_ms", "ms", "time"),
    ("hit path p99 (embedding incl.)", "hit_p99_ms", "ms", "time"),
    ("embedding alone p50", "embed_p50_ms", "ms", "time"),
    ("search only p50 (hits)", "search_hit_p50_ms", "ms", "time"),
    ("search only p99 (hits)", "search_hit_p99_ms", "ms", "time"),
    ("insert (embedding incl.)", "insert_rows_per_s", "rows/s", "rate"),
    ("store only (vectors given)", "store_only_rows_per_s", "rows/s", "rate"),
]


def ratio(ours, theirs, kind):
    """How many times faster ours is: GPTCache time / our time, or our rate / GPTCache rate."""
    if kind is None or not ours or not theirs:
        return None
    return theirs / ours if kind == "time" else ours / theirs


def fmt(v):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.0f}" if v >= 1000 else f"{v:.3f}"
    return f"{v:,}"


def machine():
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "os": platform.platform()}


def compare(args, py, embedding):
    with open(args.java, encoding="utf-8") as f:
        java = json.load(f)
    # the two sides must embed alike: cosine of the Java and Python vectors of the same sentences
    cosines = []
    for item in java["check_vectors"]:
        mine = embedding.encode(item["text"])[0]
        theirs = np.asarray(item["vector"], dtype=np.float32)
        cosines.append(float(np.dot(mine, theirs) / (np.linalg.norm(mine) * np.linalg.norm(theirs))))
    same_served = sum(1 for x, y in zip(java["served"], py["served"]) if x == y)
    rows = []
    for label, key, unit, kind in ROWS:
        rows.append({"metric": label, "unit": unit, "ours": java.get(key), "gptcache": py.get(key),
                     "ratio_gptcache_over_ours": ratio(java.get(key), py.get(key), kind)})
    combined = {
        "machine": machine(),
        "threshold": args.threshold,
        "data": os.path.abspath(args.data),
        "embedding_check": {"sentences": len(cosines), "min_cosine": min(cosines), "cosines": cosines},
        "lookups_serving_the_same_entry": same_served,
        "table": rows,
        "ours": {k: v for k, v in java.items() if k not in ("served", "check_vectors")},
        "gptcache": {k: v for k, v in py.items() if k != "served"},
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.combined)), exist_ok=True)
    with open(args.combined, "w", encoding="utf-8") as f:
        json.dump(combined, f, indent=2)

    print(f"\nSide by side: {os.path.basename(args.data)}, population mode, {py['queries']} pairs, "
          f"cosine threshold {args.threshold} (GPTCache similarity_threshold {py['gptcache_similarity_threshold']})")
    print(f"embedding check: cosine(Java, Python) over {len(cosines)} sentences, min {min(cosines):.6f}")
    print(f"lookups where both served the same entry (or both missed): {same_served} of {py['queries']}")
    print(f"CPU time other processes took during each side (a quiet machine: a few s): "
          f"ours {fmt(java.get('other_processes_cpu_s'))} s of {fmt(java.get('wall_s'))} s, "
          f"GPTCache {fmt(py.get('other_processes_cpu_s'))} s of {fmt(py.get('wall_s'))} s\n")
    header = ["metric", "unit", "ours (Java)", "GPTCache", "GPTCache/ours"]
    body = [[r["metric"], r["unit"], fmt(r["ours"]), fmt(r["gptcache"]),
             "-" if r["ratio_gptcache_over_ours"] is None else f"{r['ratio_gptcache_over_ours']:.2f}x"]
            for r in rows]
    widths = [max(len(str(x[i])) for x in [header] + body) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for b in body:
        print(line(b))
    print("\nratio: how many times faster ours is (GPTCache time / our time; for rates, our rate / GPTCache's)")
    print(f"GPTCache stage averages (its own Report, ms): {py['gptcache_report_avg_ms']}")
    print(f"written: {args.combined}")
    if min(cosines) <= 0.999:
        print("ERROR: the two sides do not embed alike (min cosine <= 0.999)", file=sys.stderr)
        return 3
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="JSONL pairs {a, b, label}")
    p.add_argument("--model-dir", required=True, help="folder with all-minilm-l6-v2.onnx and its tokenizer json")
    p.add_argument("--threshold", type=float, default=0.8, help="cosine threshold, as ours (default 0.8)")
    p.add_argument("--limit", type=int, default=0, help="only the first N pairs")
    p.add_argument("--warmup", type=int, default=200, help="untimed lookups before each timed pass")
    p.add_argument("--work-dir", required=True, help="where GPTCache keeps its sqlite and faiss files")
    p.add_argument("--sqlite", choices=["memory", "file"], default="memory",
                   help="GPTCache's scalar store: in-memory SQLite (default, like our in-memory cache) or a file")
    p.add_argument("--report", action="store_true",
                   help="keep GPTCache's hit report (a SQLite row per hit; GPTCache's default). Off by default")
    p.add_argument("--out", required=True, help="write this side's JSON here")
    p.add_argument("--java", help="the Java side's JSON: compare, print the table")
    p.add_argument("--combined", help="with --java: write the combined JSON here")
    args = p.parse_args()
    if not 0 < args.threshold <= 1:
        p.error("--threshold must be in (0, 1]")

    summary, embedding = run(args)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(f"[gptcache] precision {summary['precision']:.4f} recall {summary['recall']:.4f} "
          f"hit p50 {summary['hit_p50_ms']} ms, search-only p50 {summary['search_hit_p50_ms']} ms",
          file=sys.stderr)
    if args.java:
        sys.exit(compare(args, summary, embedding))


if __name__ == "__main__":
    main()
