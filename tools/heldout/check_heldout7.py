#!/usr/bin/env python3
"""Checks the two sets written by make_heldout7.py, hard-pairs-test3.jsonl and
verifier-conversations-test6.jsonl:

- each file equals the generator's output; every line is valid JSON with exactly the expected keys;
- pairs: counts per kind and label (120 + 120), label matching kind, 3 to 30 words per question, a != b,
  no duplicate pair (in either order) and no sentence used in two pairs;
- conversations: counts per kind and the 8/8/8 paraphrase distance groups, same_answer matching kind, the same
  earlier turns on both sides with roles user, assistant, user, follow-ups of 3 to 12 words that differ, no
  duplicate row, each earlier-turn topic used once;
- no sentence equal or near-equal (word-set Jaccard >= 0.8, 5+ words; tools/heldout/copycheck.py) to a
  sentence of any other *.jsonl in the quality directory;
- no topic reused: no sentence shares at least TOPIC_SHARE of its content words (3 or more) with a sentence of
  another set there;
- inside the two new files, no sentence of one row equal or near-equal (word-set Jaccard >= 0.8, 5+ words) to a
  sentence of another row, so no topic is counted twice.

Prints each problem and exits non-zero if there is any."""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm, texts_of, words  # noqa: E402
import make_heldout7  # noqa: E402

DIR = copycheck.DIR
PAIRS, CONVS = make_heldout7.PAIRS_NAME, make_heldout7.CONV_NAME
PAIR_KINDS = {"synonym": 24, "reorder": 24, "typo": 24, "politeness": 24, "paraphrase_hard": 24,
              "negation": 15, "number": 15, "unit": 10, "date_version": 15, "entity": 15, "direction": 15,
              "scope": 20, "overlap": 15}
LABEL1 = {"synonym", "reorder", "typo", "politeness", "paraphrase_hard"}
CONV_KINDS = {"paraphrase": 24, "added_word": 4, "related_noun": 4, "property": 4, "qualifier": 4,
              "opposite": 4, "other": 4}
DISTANCES = {"close": 8, "medium": 8, "loose": 8}
TOPIC_SHARE = 0.6
STOP = set("""a an the and or but if of to in on at for from by with without into onto than then as is are was
were be been do does did doing how what when where which who whom why can could should would will shall may
might must i me my we our you your he his she her it its they them their this that these those there here
so too very just only also not no any some all each every much many more most about over after before
up down out off get got make made need needs use used one two three best good way ways i'm it's what's i've
we're don't can't please thanks difference between explain tell know want like start started
take long often much im ive were whats its dont cant youll id theyre hes shes""".split())
errors = []


def fail(msg):
    errors.append(msg)


def load(name, expected_text):
    return copycheck.load_generated(name, expected_text, "make_heldout7.py", fail)


def check_pairs(rows):
    seen_pairs, seen_sentences = set(), collections.Counter()
    for i, r in enumerate(rows, 1):
        if set(r) != {"a", "b", "label", "kind"}:
            fail(f"{PAIRS}:{i}: keys {sorted(r)}")
            continue
        if r["kind"] not in PAIR_KINDS:
            fail(f"{PAIRS}:{i}: unknown kind {r['kind']!r}")
        if r["label"] != (1 if r["kind"] in LABEL1 else 0) or type(r["label"]) is not int:
            fail(f"{PAIRS}:{i}: label {r['label']!r} does not match kind {r['kind']}")
        a, b = r["a"], r["b"]
        if a == b:
            fail(f"{PAIRS}:{i}: a == b")
        for s in (a, b):
            if not 3 <= len(words(s)) <= 30:
                fail(f"{PAIRS}:{i}: {len(words(s))} words: {s}")
            seen_sentences[s] += 1
        key = frozenset((a, b))
        if key in seen_pairs:
            fail(f"{PAIRS}:{i}: duplicate pair")
        seen_pairs.add(key)
    for s, n in seen_sentences.items():
        if n > 1:
            fail(f"{PAIRS}: sentence used in {n} pairs: {s}")
    got = collections.Counter((r.get("kind"), r.get("label")) for r in rows)
    want = collections.Counter({(k, 1 if k in LABEL1 else 0): n for k, n in PAIR_KINDS.items()})
    if got != want:
        fail(f"{PAIRS}: counts {dict(got)} != expected {dict(want)}")
    return collections.Counter(r.get("kind") for r in rows)


def check_conv_row(i, r, seen):
    if set(r) != {"cached", "query", "same_answer", "kind"}:
        fail(f"{CONVS}:{i}: keys {sorted(r)}")
        return
    if r["kind"] not in CONV_KINDS:
        fail(f"{CONVS}:{i}: unknown kind {r['kind']!r}")
    if r["same_answer"] is not (r["kind"] == "paraphrase"):
        fail(f"{CONVS}:{i}: same_answer {r['same_answer']!r} does not match kind {r['kind']}")
    c, q = r["cached"], r["query"]
    if [m.get("role") for m in c] != ["user", "assistant", "user"] or len(q) != 3 or c[:2] != q[:2] \
            or q[2].get("role") != "user":
        fail(f"{CONVS}:{i}: earlier turns differ or roles wrong")
        return
    a, b = c[2]["content"], q[2]["content"]
    if norm(a) == norm(b):
        fail(f"{CONVS}:{i}: last messages equal")
    for s in (a, b):
        if not 3 <= len(words(s)) <= 12:
            fail(f"{CONVS}:{i}: follow-up of {len(words(s))} words: {s}")
    key = frozenset((norm(a), norm(b)))
    if key in seen:
        fail(f"{CONVS}:{i}: duplicate follow-up pair")
    seen.add(key)


def check_convs(rows):
    seen = set()
    for i, r in enumerate(rows, 1):
        check_conv_row(i, r, seen)
    got = collections.Counter(r.get("kind") for r in rows)
    if got != collections.Counter(CONV_KINDS):
        fail(f"{CONVS}: counts {dict(got)} != expected {CONV_KINDS}")
    dist = collections.Counter(d for k, d, entries in make_heldout7.CONV_GROUPS if k == "paraphrase"
                               for _ in entries)
    if dist != collections.Counter(DISTANCES):
        fail(f"paraphrase distance groups {dict(dist)} != expected {DISTANCES}")
    contexts = collections.Counter(norm(r["cached"][0]["content"]) for r in rows if "cached" in r)
    for ctx, n in contexts.items():
        if n > 1:
            fail(f"{CONVS}: topic used {n} times: {ctx}")
    return got, dist


def content(s):
    """Content words of a sentence: lower case, stop words and one-letter words dropped, a plural s cut."""
    out = set()
    for w in words(s.replace("'", "")):
        if w in STOP or len(w) < 2:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def check_topics(rows, own_files):
    """A sentence of ours whose content words (3 or more) are mostly found in one sentence of another set."""
    theirs = []
    for path in sorted(DIR.glob("*.jsonl")):
        if path.name in own_files:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for t in texts_of(json.loads(line)):
                theirs.append((path.name, t, content(t)))
    for t in sorted({s for r in rows for s in texts_of(r)}):
        mine = content(t)
        if len(mine) < 3:
            continue
        for name, other, ws in theirs:
            if len(mine & ws) / len(mine) >= TOPIC_SHARE and len(mine & ws) >= 3:
                fail(f"topic reused: {t!r} ~ {name}: {other!r}")


def check_rows_apart(rows, name):
    """Sentences of different rows of one file that are equal, or near-equal (word-set Jaccard >= 0.8, 5+ words)."""
    sets = [[set(norm(t).split()) for t in texts_of(r)] for r in rows]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            for x in sets[i]:
                for y in sets[j]:
                    if x == y or (len(x) >= 5 and len(x & y) / len(x | y) >= 0.8):
                        fail(f"{name}: rows {i + 1} and {j + 1} share a sentence: {' '.join(sorted(x))}")


def main():
    expected = make_heldout7.outputs()
    pairs = load(PAIRS, expected[PAIRS])
    convs = load(CONVS, expected[CONVS])
    pair_counts = check_pairs(pairs)
    conv_counts, dist = check_convs(convs)
    for problem in copycheck.copy_problems(pairs + convs, {PAIRS, CONVS}):
        fail(problem)
    check_topics(pairs + convs, {PAIRS, CONVS})
    check_rows_apart(pairs, PAIRS)
    check_rows_apart(convs, CONVS)
    for e in errors:
        print("FAIL", e)
    labels = collections.Counter(r.get("label") for r in pairs)
    print(f"{PAIRS}: {len(pairs)} pairs (label 1 {labels[1]}, label 0 {labels[0]}): "
          + ", ".join(f"{k} {pair_counts[k]}" for k in PAIR_KINDS))
    print(f"{CONVS}: {len(convs)} conversations: " + ", ".join(f"{k} {conv_counts[k]}" for k in CONV_KINDS)
          + " (paraphrase distance: " + ", ".join(f"{d} {dist[d]}" for d in DISTANCES) + ")")
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
