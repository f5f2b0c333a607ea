#!/usr/bin/env python3
"""Checks conversation-routing.jsonl, written by make_convrouting.py:

- the file equals the generator's output; every line is valid JSON with exactly the keys messages, category,
  follow_up, reask, kind (plus near_reask, which must then be true);
- messages are {"role", "content"} objects with non-empty text, roles alternate starting with user, and the
  last message is a user turn;
- category is one of the shipped default categories; kind is follow_up, standalone or reask, and follow_up
  and reask agree with it; near_reask only on follow_up and standalone rows;
- counts: 80 rows; follow_up 40 (4 per category), standalone 20 (10 topic switches whose earlier category
  differs from the last turn's, 10 same-topic rows, one per category each), reask 20 (2 per category;
  distances 1/2/3 = 8/6/6), near_reask 10; at least 10 follow-ups that alone look like another category;
- a re-ask's target (the user turn 1 to 3 user turns back) exists, is not the last turn, and an "exact" re-ask
  equals it; a near re-ask's partner exists 1 to 3 user turns back and differs from the last turn;
- no text in two conversations, no duplicate last turn, and inside one conversation no repeated text except
  an exact re-ask of its target;
- no sentence equal or near-equal (word-set Jaccard >= 0.8, 5+ words; tools/heldout/copycheck.py) to a
  sentence of any older *.jsonl in the quality directory.

Prints each problem and counts, and exits non-zero if there is any problem."""
import collections
import json
import sys
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm  # noqa: E402
import make_convrouting as gen  # noqa: E402

NAME = gen.NAME
CATS = set(gen.CATEGORIES)
KINDS = {"follow_up": 40, "standalone": 20, "reask": 20}
KEYS = {"messages", "category", "follow_up", "reask", "kind"}
errors = []


def fail(msg):
    errors.append(msg)


def load():
    return copycheck.load_generated(NAME, gen.outputs()[NAME], "make_convrouting.py", fail)


def check_row(i, r):
    keys = set(r)
    if keys not in (KEYS, KEYS | {"near_reask"}):
        fail(f"{NAME}:{i}: keys {sorted(keys)}")
        return False
    msgs = r["messages"]
    if not isinstance(msgs, list) or not msgs:
        fail(f"{NAME}:{i}: messages must be a non-empty list")
        return False
    for j, m in enumerate(msgs):
        want = "user" if j % 2 == 0 else "assistant"
        if not isinstance(m, dict) or set(m) != {"role", "content"} or m["role"] != want \
                or not isinstance(m["content"], str) or not m["content"].strip():
            fail(f"{NAME}:{i}: message {j} must be {want} with non-empty content: {m!r}")
    if msgs[-1].get("role") != "user":
        fail(f"{NAME}:{i}: last message is not a user turn")
    if r["category"] not in CATS:
        fail(f"{NAME}:{i}: unknown category {r['category']!r}")
    if r["kind"] not in KINDS:
        fail(f"{NAME}:{i}: unknown kind {r['kind']!r}")
    if r["follow_up"] is not (r["kind"] == "follow_up") or r["reask"] is not (r["kind"] == "reask"):
        fail(f"{NAME}:{i}: follow_up/reask {r['follow_up']!r}/{r['reask']!r} do not match kind {r['kind']}")
    if "near_reask" in r and (r["near_reask"] is not True or r["kind"] == "reask"):
        fail(f"{NAME}:{i}: near_reask must be true and only on follow_up or standalone rows")
    return True


def check_duplicates(rows):
    owner = {}
    for i, r in enumerate(rows, 1):
        texts = [norm(m["content"]) for m in r["messages"]]
        inside = collections.Counter(texts)
        for t, n in inside.items():
            exact_reask = r["kind"] == "reask" and n == 2 and t == texts[-1]
            if n > 1 and not exact_reask:
                fail(f"{NAME}:{i}: text repeated inside the conversation: {t}")
        for t in inside:
            if t in owner and owner[t] != i:
                fail(f"{NAME}:{i}: text also in line {owner[t]}: {t}")
            owner.setdefault(t, i)


def user_turns(turns):
    return turns[0::2]


def check_metadata():
    """Distances, wordings and groups live only in the generator; check them against its tables."""
    for c, turns, dist, wording in gen.REASKS:
        users = user_turns(turns)
        if not 1 <= dist <= 3 or len(users) < dist + 1:
            fail(f"reask distance {dist} impossible: {turns[-1]}")
            continue
        target, last = users[-1 - dist], users[-1]
        if (wording == "exact") != (target == last):
            fail(f"reask wording {wording!r} but target {'equals' if target == last else 'differs'}: {last}")
        if wording not in ("exact", "close", "rephrased"):
            fail(f"unknown reask wording {wording!r}")
    nears = [(t, d) for _, t, _, d in gen.FOLLOW_UPS if d] + [(t, d) for _, t, d in gen.SAME_TOPIC if d]
    for turns, dist in nears:
        users = user_turns(turns)
        if not 1 <= dist <= 3 or len(users) < dist + 1 or norm(users[-1 - dist]) == norm(users[-1]):
            fail(f"near re-ask partner at distance {dist} missing or equal: {turns[-1]}")
    for before, after, turns in gen.SWITCHES:
        if before == after or before not in CATS:
            fail(f"topic switch from {before!r} to {after!r}: {turns[-1]}")
    looks = [(c, lk) for c, _, lk, _ in gen.FOLLOW_UPS if lk]
    for c, lk in looks:
        if lk == c or lk not in CATS:
            fail(f"follow-up of {c} said to look like {lk!r}")
    if len(looks) < 10:
        fail(f"only {len(looks)} follow-ups that look like another category")
    dists = collections.Counter(d for _, _, d, _ in gen.REASKS)
    if dists != collections.Counter({1: 8, 2: 6, 3: 6}):
        fail(f"reask distances {dict(dists)} != 1: 8, 2: 6, 3: 6")
    return looks, dists, collections.Counter(w for _, _, _, w in gen.REASKS)


def check_counts(rows):
    kinds = collections.Counter(r.get("kind") for r in rows)
    if kinds != collections.Counter(KINDS) or len(rows) != 80:
        fail(f"kind counts {dict(kinds)} != {KINDS}")
    for kind, per_cat in (("follow_up", 4), ("reask", 2)):
        cats = collections.Counter(r["category"] for r in rows if r.get("kind") == kind)
        if cats != collections.Counter({c: per_cat for c in CATS}):
            fail(f"{kind} per category {dict(cats)} != {per_cat} each")
    for name, table, idx in (("topic switches", gen.SWITCHES, 1), ("same-topic rows", gen.SAME_TOPIC, 0)):
        cats = collections.Counter(e[idx] for e in table)
        if cats != collections.Counter(CATS):
            fail(f"{name} per category {dict(cats)} != 1 each")
    near = collections.Counter(r["kind"] for r in rows if r.get("near_reask"))
    if sum(near.values()) != 10:
        fail(f"near_reask rows {dict(near)}: want 10")
    return kinds, near


def main():
    rows = load()
    good = [r for i, r in enumerate(rows, 1) if check_row(i, r)]
    if len(good) == len(rows):
        check_duplicates(rows)
        kinds, near = check_counts(rows)
    else:
        kinds, near = collections.Counter(), collections.Counter()
    looks, dists, wordings = check_metadata()
    as_convs = [{"query": r["messages"]} for r in good]
    for problem in copycheck.copy_problems(as_convs, {NAME}, NAME):
        fail(problem)
    for e in errors:
        print("FAIL", e)
    print(f"{NAME}: {len(rows)} conversations: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
          + f"; near_reask {sum(near.values())} ({', '.join(f'{k} {n}' for k, n in sorted(near.items()))})"
          + f"; follow-ups that look like another category {len(looks)}"
          + f"; reask distance {dict(sorted(dists.items()))}, wording {dict(sorted(wordings.items()))}")
    lengths = collections.Counter(len(r["messages"]) for r in good)
    print("messages per conversation: " + ", ".join(f"{n}: {c}" for n, c in sorted(lengths.items())))
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
