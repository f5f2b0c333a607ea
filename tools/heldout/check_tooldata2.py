#!/usr/bin/env python3
"""Checks tool-requests-test2.jsonl, written by make_tooldata2.py:

- the file equals the generator's output and every line is valid JSON;
- every row has exactly the keys id, request, needed, offered, split, kind; ids are t2-0001... and unique,
  texts unique, split "test", kind known, and the counts per kind are exactly make_tooldata2.COUNTS;
- needed is a non-empty list without repeats (2 tools for multi_tool, 1 otherwise) within offered; offered has no
  repeats and lies within tools-catalogue.jsonl;
- offered setups (check_tooldata.setup_of): whole catalogue 25% to 35%, 3 to 6 whole domains with 20 to 80 tools
  35% to 45%, one or two domains with 8 to 25 tools 25% to 35%;
- long requests have 40 to 120 words; non_english ones come in at least 8 languages; 7% to 13% of the English
  requests carry typos; every catalogue domain is needed by at least one request;
- no two requests near-equal (word-set Jaccard >= 0.8, 5+ words); no request equal or near-equal to a request of
  tool-requests.jsonl or to a sentence of any older *.jsonl in the quality directory (tools/heldout/copycheck.py).

Prints each problem and the counts, and exits non-zero if there is any problem."""
import collections
import json
import sys
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm  # noqa: E402
import check_tooldata  # noqa: E402
import make_tooldata as base  # noqa: E402
import make_tooldata2 as gen  # noqa: E402

errors = []


def fail(msg):
    errors.append(msg)


def check_row(i, r, names, domain_of, domain_size, setups):
    if set(r) != check_tooldata.KEYS:
        fail(f"{gen.OUTPUT}:{i}: keys {sorted(r)}")
        return
    if r["id"] != f"t2-{i:04d}":
        fail(f"{gen.OUTPUT}:{i}: id {r['id']!r}")
    if r["kind"] not in gen.COUNTS:
        fail(f"{gen.OUTPUT}:{i}: kind {r['kind']!r}")
    if r["split"] != "test":
        fail(f"{gen.OUTPUT}:{i}: split {r['split']!r} is not test")
    if not isinstance(r["request"], str) or not r["request"].strip():
        fail(f"{gen.OUTPUT}:{i}: empty request")
    needed, offered = r["needed"], r["offered"]
    want = 2 if r["kind"] == "multi_tool" else 1
    if len(needed) != want or len(set(needed)) != len(needed) or not set(needed) <= set(offered):
        fail(f"{gen.OUTPUT}:{i}: needed {needed} must be {want} distinct offered tools")
    if len(set(offered)) != len(offered) or not set(offered) <= set(names):
        fail(f"{gen.OUTPUT}:{i}: offered must be distinct catalogue tools")
        return
    if r["kind"] == "long" and not 40 <= len(r["request"].split()) <= 120:
        fail(f"{gen.OUTPUT}:{i}: long request of {len(r['request'].split())} words")
    s = check_tooldata.setup_of(offered, names, domain_of, domain_size)
    if s is None:
        fail(f"{gen.OUTPUT}:{i}: offered list of {len(offered)} tools fits no setup")
    setups[s] += 1


def jaccard_pairs(mine, theirs):
    """(a, b) pairs of normalised texts, a from mine and b from theirs, with word-set Jaccard >= 0.8 (5+ words)."""
    their_sets = [(t, set(t.split())) for t in theirs]
    out = []
    for a in mine:
        x = set(a.split())
        for b, y in their_sets:
            if a != b and min(len(x), len(y)) >= 5 and len(x & y) / len(x | y) >= 0.8:
                out.append((a, b))
    return out


def check_copies(rows):
    mine = [norm(r["request"]) for r in rows]
    for a, b in jaccard_pairs(mine, mine):
        if a < b:
            fail(f"near-duplicate requests: {a!r} ~ {b!r}")
    first = [norm(json.loads(line)["request"])
             for line in (copycheck.DIR / base.REQUESTS).read_text(encoding="utf-8").splitlines()]
    for t in sorted(set(mine) & set(first)):
        fail(f"same request as in {base.REQUESTS}: {t!r}")
    for a, b in jaccard_pairs(mine, first):
        fail(f"near copy of a {base.REQUESTS} request: {a!r} ~ {b!r}")
    for p in copycheck.copy_problems([{"text": r["request"]} for r in rows], {gen.OUTPUT, base.REQUESTS},
                                     gen.OUTPUT):
        fail(p)


def check_data(rows):
    """Counts per kind, language, typo share and domain coverage, from the generator's data and the rows."""
    kinds = collections.Counter(r["kind"] for r in rows)
    for k, n in gen.COUNTS.items():
        if kinds[k] != n:
            fail(f"kind {k}: {kinds[k]} rows, want {n}")
    reqs = gen.requests()
    langs = collections.Counter(lang for kind, lang, *_ in reqs if kind == "non_english")
    if None in langs or len(langs) < 8:
        fail(f"non_english languages {dict(langs)}: need a code on each and at least 8")
    english = [typo for kind, _, typo, *_ in reqs if kind != "non_english"]
    if not 0.07 * len(english) <= sum(english) <= 0.13 * len(english):
        fail(f"{sum(english)} of {len(english)} English requests with typos, want about 10%")
    return kinds, langs, sum(english), len(english)


def main():
    rows = copycheck.load_generated(gen.OUTPUT, gen.outputs()[gen.OUTPUT], "make_tooldata2.py", fail)
    cat = base.catalogue()
    names = [f["function"]["name"] for _, f in cat]
    domain_of = {f["function"]["name"]: d for d, f in cat}
    domain_size = collections.Counter(domain_of.values())
    setups = collections.Counter()
    for i, r in enumerate(rows, 1):
        check_row(i, r, names, domain_of, domain_size, setups)
    for field in ("id", "request"):
        dupes = [v for v, c in collections.Counter(r.get(field) for r in rows).items() if c > 1]
        if dupes:
            fail(f"duplicate {field}: {dupes[:5]}")
    n = len(rows)
    for s, lo, hi in (("catalogue", 0.25, 0.35), ("mix", 0.35, 0.45), ("small", 0.25, 0.35)):
        if not lo * n <= setups[s] <= hi * n:
            fail(f"setup {s}: {setups[s]} of {n}")
    needed_domains = collections.Counter(domain_of[t] for r in rows for t in r.get("needed", []) if t in domain_of)
    missing = sorted(set(domain_size) - set(needed_domains))
    if missing:
        fail(f"domains no request needs: {missing}")
    kinds, langs, typos, english = check_data(rows)
    check_copies(rows)
    for e in errors:
        print("PROBLEM:", e)
    print(f"requests {n}; kinds {dict(sorted(kinds.items()))}; setups {dict(setups)}")
    print(f"non_english by language {dict(langs)}; English with typos {typos} of {english}")
    print("needed tools by domain:", dict(sorted(needed_domains.items())))
    print(f"distinct needed tools {len({t for r in rows for t in r['needed']})} of {len(names)}")
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
