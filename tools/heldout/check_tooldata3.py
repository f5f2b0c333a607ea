#!/usr/bin/env python3
"""Checks tools-catalogue2.jsonl and tool-requests-test3.jsonl, written by make_tooldata3.py:

- both files equal the generator's output and every line is valid JSON;
- catalogue: OpenAI function tools with names matching [a-zA-Z0-9_-]{1,64}, descriptions of 3+ words, object
  parameter schemas whose every property has a known type and a description; at least 160 tools in at least 12
  domains, at least half of the domains new (not among make_tooldata3.OLD_STYLE_DOMAINS); names unique, none shared
  with tools-catalogue.jsonl, and no description equal or near-equal to a description there;
- requests: exactly the keys id, request, needed, offered, split, kind, catalogue; ids t3-0001... unique, texts
  unique, split "test", counts per kind exactly make_tooldata3.COUNTS and per catalogue exactly PER_CATALOGUE;
  needed is 1 tool (2 or 3 for multi_tool, at least one of them with 3) without repeats, within offered, within
  the named catalogue;
- offered setups per catalogue (check_tooldata.setup_of): whole catalogue 25% to 35%, 3 to 6 whole domains with 20
  to 80 tools 35% to 45%, one or two domains with 8 to 25 tools 25% to 35%;
- long requests have 40 to 120 words; non_english ones come in at least 8 languages; 7% to 13% of the English
  requests carry typos; every domain of the new catalogue is needed by at least one request;
- no two requests near-equal (word-set Jaccard >= 0.8, 5+ words); no request equal or near-equal to a request of
  tool-requests.jsonl or tool-requests-test2.jsonl, or to a sentence of any older *.jsonl in the quality directory
  (tools/heldout/copycheck.py).

Prints each problem and the counts, and exits non-zero if there is any problem."""
import collections
import json
import re
import sys
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm  # noqa: E402
import check_tooldata  # noqa: E402
from check_tooldata2 import jaccard_pairs  # noqa: E402
import make_tooldata as base  # noqa: E402
import make_tooldata2 as second  # noqa: E402
import make_tooldata3 as gen  # noqa: E402

KEYS = check_tooldata.KEYS | {"catalogue"}
NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
errors = []


def fail(msg):
    errors.append(msg)


def check_catalogue(tools):
    """Names of the new catalogue's tools, after checking their shape, uniqueness and wording."""
    names = check_tooldata.tool_names(tools, gen.CATALOGUE, NAME, fail, described=True)
    old = base.catalogue()
    shared = sorted(set(names) & {f["function"]["name"] for _, f in old})
    if shared:
        fail(f"tool names shared with {gen.OLD}: {shared}")
    mine = [norm(t["function"]["description"]) for t in tools if isinstance(t.get("function"), dict)]
    theirs = [norm(f["function"]["description"]) for _, f in old]
    for t in sorted(set(mine) & set(theirs)):
        fail(f"description copied from {gen.OLD}: {t!r}")
    for a, b in jaccard_pairs(mine, theirs):
        fail(f"description near a {gen.OLD} one: {a!r} ~ {b!r}")
    domains = set(gen.DOMAINS)
    if len(names) < 160:
        fail(f"only {len(names)} tools")
    if len(domains) < 12:
        fail(f"only {len(domains)} domains")
    if not gen.OLD_STYLE_DOMAINS <= domains or 2 * len(gen.OLD_STYLE_DOMAINS) > len(domains):
        fail(f"old-style domains {sorted(gen.OLD_STYLE_DOMAINS)} must be at most half of {len(domains)}")
    clash = (domains - gen.OLD_STYLE_DOMAINS) & set(base.DOMAINS)
    if clash:
        fail(f"domains called new that the old catalogue has: {sorted(clash)}")
    return names


def catalogue_info(file):
    cat = gen.tools_of(file)
    names = [f["function"]["name"] for _, f in cat]
    domain_of = {f["function"]["name"]: d for d, f in cat}
    return names, domain_of, collections.Counter(domain_of.values())


def check_row(i, r, info, setups):
    if set(r) != KEYS:
        fail(f"{gen.OUTPUT}:{i}: keys {sorted(r)}")
        return
    if r["id"] != f"t3-{i:04d}":
        fail(f"{gen.OUTPUT}:{i}: id {r['id']!r}")
    if r["kind"] not in gen.COUNTS:
        fail(f"{gen.OUTPUT}:{i}: kind {r['kind']!r}")
    if r["split"] != "test":
        fail(f"{gen.OUTPUT}:{i}: split {r['split']!r} is not test")
    if r["catalogue"] not in info:
        fail(f"{gen.OUTPUT}:{i}: catalogue {r['catalogue']!r}")
        return
    if not isinstance(r["request"], str) or not r["request"].strip():
        fail(f"{gen.OUTPUT}:{i}: empty request")
    names, domain_of, domain_size = info[r["catalogue"]]
    needed, offered = r["needed"], r["offered"]
    sizes = (2, 3) if r["kind"] == "multi_tool" else (1,)
    if len(needed) not in sizes or len(set(needed)) != len(needed) or not set(needed) <= set(offered):
        fail(f"{gen.OUTPUT}:{i}: needed {needed} must be {sizes} distinct offered tools")
    if len(set(offered)) != len(offered) or not set(offered) <= set(names):
        fail(f"{gen.OUTPUT}:{i}: offered must be distinct tools of {r['catalogue']}")
        return
    if r["kind"] == "long" and not 40 <= len(r["request"].split()) <= 120:
        fail(f"{gen.OUTPUT}:{i}: long request of {len(r['request'].split())} words")
    s = check_tooldata.setup_of(offered, names, domain_of, domain_size)
    if s is None:
        fail(f"{gen.OUTPUT}:{i}: offered list of {len(offered)} tools fits no setup")
    setups[r["catalogue"]][s] += 1


def check_copies(rows):
    mine = [norm(r["request"]) for r in rows]
    for a, b in jaccard_pairs(mine, mine):
        if a < b:
            fail(f"near-duplicate requests: {a!r} ~ {b!r}")
    for other in (base.REQUESTS, second.OUTPUT):
        theirs = [norm(json.loads(line)["request"])
                  for line in (copycheck.DIR / other).read_text(encoding="utf-8").splitlines()]
        for t in sorted(set(mine) & set(theirs)):
            fail(f"same request as in {other}: {t!r}")
        for a, b in jaccard_pairs(mine, theirs):
            fail(f"near copy of a {other} request: {a!r} ~ {b!r}")
    own = {gen.OUTPUT, gen.CATALOGUE, base.REQUESTS, second.OUTPUT}
    for p in copycheck.copy_problems([{"text": r["request"]} for r in rows], own, gen.OUTPUT):
        fail(p)


def check_data(rows):
    """Counts per kind and catalogue, languages and typo share, from the generator's data and the rows."""
    kinds = collections.Counter(r["kind"] for r in rows)
    for k, n in gen.COUNTS.items():
        if kinds[k] != n:
            fail(f"kind {k}: {kinds[k]} rows, want {n}")
    cats = collections.Counter(r["catalogue"] for r in rows)
    if cats != collections.Counter(gen.PER_CATALOGUE):
        fail(f"rows per catalogue {dict(cats)}, want {gen.PER_CATALOGUE}")
    if not any(len(r["needed"]) == 3 for r in rows):
        fail("no multi_tool request needs 3 tools")
    reqs = gen.requests()
    langs = collections.Counter(lang for _, kind, lang, *_ in reqs if kind == "non_english")
    if None in langs or len(langs) < 8:
        fail(f"non_english languages {dict(langs)}: need a code on each and at least 8")
    english = [typo for _, kind, _, typo, *_ in reqs if kind != "non_english"]
    if not 0.07 * len(english) <= sum(english) <= 0.13 * len(english):
        fail(f"{sum(english)} of {len(english)} English requests with typos, want about 10%")
    return kinds, cats, langs, sum(english), len(english)


def report(rows, info, setups, found):
    kinds, cats, langs, typos, english = found
    per = collections.Counter((r["catalogue"], r["kind"]) for r in rows)
    print(f"requests {len(rows)}; kinds {dict(sorted(kinds.items()))}; per catalogue {dict(cats)}")
    for file in gen.PER_CATALOGUE:
        print(f"  {file}: kinds {dict(sorted((k, n) for (c, k), n in per.items() if c == file))}; "
              f"setups {dict(setups[file])}")
    lang_of = {text: lang for _, _, lang, _, _, text in gen.requests()}
    by_lang = collections.Counter((r["catalogue"], lang_of.get(r["request"])) for r in rows
                                  if lang_of.get(r["request"]))
    print(f"non_english by language {dict(sorted(langs.items()))}; by catalogue and language {dict(by_lang)}")
    print(f"English with typos {typos} of {english}")
    _, domain_of, domain_size = info[gen.CATALOGUE]
    needed = collections.Counter(domain_of[t] for r in rows if r["catalogue"] == gen.CATALOGUE for t in r["needed"])
    print("new catalogue: tools by domain", dict(domain_size))
    print("new catalogue: needed tools by domain", dict(needed))
    for file in gen.PER_CATALOGUE:
        names = info[file][0]
        used = {t for r in rows if r["catalogue"] == file for t in r["needed"]}
        print(f"{file}: distinct needed tools {len(used)} of {len(names)}")


def main():
    texts = gen.outputs()
    tools = copycheck.load_generated(gen.CATALOGUE, texts[gen.CATALOGUE], "make_tooldata3.py", fail)
    check_catalogue(tools)
    rows = copycheck.load_generated(gen.OUTPUT, texts[gen.OUTPUT], "make_tooldata3.py", fail)
    info = {file: catalogue_info(file) for file in gen.PER_CATALOGUE}
    setups = {file: collections.Counter() for file in gen.PER_CATALOGUE}
    for i, r in enumerate(rows, 1):
        check_row(i, r, info, setups)
    for field in ("id", "request"):
        dupes = [v for v, c in collections.Counter(r.get(field) for r in rows).items() if c > 1]
        if dupes:
            fail(f"duplicate {field}: {dupes[:5]}")
    for file in gen.PER_CATALOGUE:
        n = sum(setups[file].values())
        for s, lo, hi in (("catalogue", 0.25, 0.35), ("mix", 0.35, 0.45), ("small", 0.25, 0.35)):
            if not lo * n <= setups[file][s] <= hi * n:
                fail(f"{file}: setup {s}: {setups[file][s]} of {n}")
    _, domain_of, domain_size = info[gen.CATALOGUE]
    needed = {domain_of.get(t) for r in rows if r.get("catalogue") == gen.CATALOGUE for t in r.get("needed", [])}
    missing = sorted(set(domain_size) - needed)
    if missing:
        fail(f"new-catalogue domains no request needs: {missing}")
    found = check_data(rows)
    check_copies(rows)
    for e in errors:
        print("PROBLEM:", e)
    report(rows, info, setups, found)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
