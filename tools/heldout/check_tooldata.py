#!/usr/bin/env python3
"""Checks tools-catalogue.jsonl and tool-requests.jsonl, written by make_tooldata.py:

- both files equal the generator's output; every line is valid JSON;
- catalogue: exactly the keys type and function, type "function", function with exactly name, description and
  parameters; names unique snake_case; descriptions non-empty; parameters a JSON Schema object whose properties
  have a known type (array ones with items, enums non-empty string lists) and whose required names are unique
  properties; at least 220 tools in at least 15 domains;
- requests: exactly the keys id, request, needed, offered, split, kind; ids and texts unique; kind known;
  needed a non-empty list without repeats, needed within offered, offered without repeats and within the
  catalogue; split equal to the SHA-1 rule; at least 300 requests, at least 10% non_english, tune and test each
  40% to 60% of all; every tool needed by at least one request;
- offered setups: the whole catalogue (25% to 35%), whole domains 3 to 6 with 20 to 80 tools (35% to 45%), or
  one or two domains with 8 to 25 tools (25% to 35%);
- no two requests near-equal (word-set Jaccard >= 0.8, 5+ words), and no request equal or near-equal to a
  sentence of an older *.jsonl in the quality directory (tools/heldout/copycheck.py).

Prints each problem and the counts, and exits non-zero if there is any problem."""
import collections
import re
import sys
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402
from copycheck import norm  # noqa: E402
import make_tooldata as gen  # noqa: E402

KINDS = {"direct", "indirect", "multi_tool", "non_english", "confusable", "long"}
TYPES = {"string", "integer", "number", "boolean", "object", "array"}
KEYS = {"id", "request", "needed", "offered", "split", "kind"}
NAME = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
errors = []


def fail(msg):
    errors.append(msg)


def check_schema(name, p, report, described=False):
    """Reports what is wrong with a tool's parameter schema; described: every property also needs a description
    (and a property of unknown type is not checked further)."""
    if not isinstance(p, dict) or p.get("type") != "object" or not isinstance(p.get("properties"), dict):
        report(f"{name}: parameters must be an object schema with properties")
        return
    for pname, prop in p["properties"].items():
        if not isinstance(prop, dict) or prop.get("type") not in TYPES:
            report(f"{name}.{pname}: unknown type {prop!r}")
            if described:
                continue
        elif prop["type"] == "array" and not isinstance(prop.get("items"), dict):
            report(f"{name}.{pname}: array without items")
        if "enum" in prop and (not prop["enum"] or not all(isinstance(v, str) and v for v in prop["enum"])):
            report(f"{name}.{pname}: bad enum")
        if described and (not isinstance(prop.get("description"), str) or not prop["description"].strip()):
            report(f"{name}.{pname}: no description")
    req = p.get("required")
    if not isinstance(req, list) or len(set(req)) != len(req) or not set(req) <= set(p["properties"]):
        report(f"{name}: required must list distinct properties: {req!r}")


def tool_names(tools, catalogue, name_pattern, report, described=False):
    """The names of a catalogue's tools, after reporting tools that are not OpenAI function tools, bad names, short
    descriptions, bad parameter schemas (check_schema) and repeated names."""
    names = []
    for i, t in enumerate(tools, 1):
        f = t.get("function") if isinstance(t, dict) else None
        if set(t) != {"type", "function"} or t["type"] != "function" or not isinstance(f, dict) \
                or set(f) != {"name", "description", "parameters"}:
            report(f"{catalogue}:{i}: not an OpenAI function tool: {t!r}")
            continue
        if not name_pattern.match(f["name"]):
            report(f"{catalogue}:{i}: bad name {f['name']!r}")
        if not isinstance(f["description"], str) or len(f["description"].split()) < 3:
            report(f"{catalogue}:{i}: description too short")
        check_schema(f["name"], f["parameters"], report, described)
        names.append(f["name"])
    dupes = [n for n, c in collections.Counter(names).items() if c > 1]
    if dupes:
        report(f"duplicate tool names: {dupes}")
    return names


def check_catalogue(tools):
    names = tool_names(tools, gen.CATALOGUE, NAME, fail)
    if len(names) < 220:
        fail(f"only {len(names)} tools")
    if len(gen.DOMAINS) < 15:
        fail(f"only {len(gen.DOMAINS)} domains")
    return names


def setup_of(offered, names, domain_of, domain_size):
    if len(offered) == len(names):
        return "catalogue"
    per = collections.Counter(domain_of[t] for t in offered)
    whole = all(per[d] == domain_size[d] for d in per)
    if whole and 3 <= len(per) <= 6 and 20 <= len(offered) <= 80:
        return "mix"
    if len(per) <= 2 and 8 <= len(offered) <= 25:
        return "small"
    return None


def check_request(i, r, names, domain_of, domain_size, setups):
    if set(r) != KEYS:
        fail(f"{gen.REQUESTS}:{i}: keys {sorted(r)}")
        return
    if r["kind"] not in KINDS:
        fail(f"{gen.REQUESTS}:{i}: kind {r['kind']!r}")
    if not isinstance(r["request"], str) or not r["request"].strip():
        fail(f"{gen.REQUESTS}:{i}: empty request")
    needed, offered = r["needed"], r["offered"]
    if not needed or len(set(needed)) != len(needed) or not set(needed) <= set(offered):
        fail(f"{gen.REQUESTS}:{i}: needed {needed} must be distinct and offered")
    if len(set(offered)) != len(offered) or not set(offered) <= set(names):
        fail(f"{gen.REQUESTS}:{i}: offered must be distinct catalogue tools")
        return
    if r["split"] != gen.split_of(r["request"]):
        fail(f"{gen.REQUESTS}:{i}: split does not follow the SHA-1 rule")
    s = setup_of(offered, names, domain_of, domain_size)
    if s is None:
        fail(f"{gen.REQUESTS}:{i}: offered list of {len(offered)} tools fits no setup")
    setups[s] += 1


def check_near_duplicates(rows):
    sets = [(norm(r["request"]), set(norm(r["request"]).split())) for r in rows]
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            x, y = sets[a][1], sets[b][1]
            if min(len(x), len(y)) >= 5 and len(x & y) / len(x | y) >= 0.8:
                fail(f"near-duplicate requests: {sets[a][0]!r} ~ {sets[b][0]!r}")
    for p in copycheck.copy_problems([{"text": r["request"]} for r in rows], {gen.CATALOGUE, gen.REQUESTS},
                                     gen.REQUESTS):
        fail(p)


def check_requests(rows, names):
    domain_of = {f["function"]["name"]: d for d, f in gen.catalogue()}
    domain_size = collections.Counter(domain_of.values())
    setups = collections.Counter()
    for i, r in enumerate(rows, 1):
        check_request(i, r, names, domain_of, domain_size, setups)
    n = len(rows)
    for field in ("id", "request"):
        dupes = [v for v, c in collections.Counter(r.get(field) for r in rows).items() if c > 1]
        if dupes:
            fail(f"duplicate {field}: {dupes[:5]}")
    kinds = collections.Counter(r.get("kind") for r in rows)
    splits = collections.Counter(r.get("split") for r in rows)
    if n < 300:
        fail(f"only {n} requests")
    if kinds["non_english"] < 0.10 * n:
        fail(f"non_english {kinds['non_english']} is under 10% of {n}")
    if not all(0.40 * n <= splits[s] <= 0.60 * n for s in ("tune", "test")):
        fail(f"split balance {dict(splits)}")
    for s, lo, hi in (("catalogue", 0.25, 0.35), ("mix", 0.35, 0.45), ("small", 0.25, 0.35)):
        if not lo * n <= setups[s] <= hi * n:
            fail(f"setup {s}: {setups[s]} of {n}")
    unused = set(names) - {t for r in rows for t in r.get("needed", [])}
    if unused:
        fail(f"tools no request needs: {sorted(unused)}")
    check_near_duplicates(rows)
    return kinds, splits, setups, domain_of


def report(rows, tools, kinds, splits, setups, domain_of):
    print(f"tools {len(tools)} in {len(gen.DOMAINS)} domains:",
          dict(collections.Counter(domain_of[t["function"]["name"]] for t in tools)))
    words = sorted(len(t["function"]["description"].split()) for t in tools)
    print(f"description words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    print(f"requests {len(rows)}: splits {dict(splits)}; setups {dict(setups)}")
    by = collections.Counter((r["kind"], r["split"]) for r in rows)
    for k in sorted(kinds):
        print(f"  {k:12} {kinds[k]:4}  tune {by[(k, 'tune')]:4}  test {by[(k, 'test')]:4}")
    needed_dom = collections.Counter(domain_of[r["needed"][0]] for r in rows)
    print("requests by domain of the first needed tool:", dict(sorted(needed_dom.items())))
    print("requests needing 2 tools:", sum(1 for r in rows if len(r["needed"]) == 2))


def main():
    out = gen.outputs()
    tools = copycheck.load_generated(gen.CATALOGUE, out[gen.CATALOGUE], "make_tooldata.py", fail)
    rows = copycheck.load_generated(gen.REQUESTS, out[gen.REQUESTS], "make_tooldata.py", fail)
    names = check_catalogue(tools)
    kinds, splits, setups, domain_of = check_requests(rows, names)
    for e in errors:
        print("PROBLEM:", e)
    report(rows, tools, kinds, splits, setups, domain_of)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
