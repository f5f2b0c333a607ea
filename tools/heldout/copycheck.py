"""Shared by the held-out set checkers: is any sentence of a new set copied, or nearly copied, from the others?"""
import json
import pathlib
import re

DIR = pathlib.Path(__file__).resolve().parent.parent.parent / "router-eval/src/test/resources/quality"


def load_generated(name, expected_text, generator, fail):
    """Reads set `name`: reports (through `fail`) a file that differs from its generator's output and every line
    that is not JSON; returns the rows that are."""
    text = (DIR / name).read_text(encoding="utf-8")
    if text != expected_text:
        fail(f"{name}: differs from the output of {generator}")
    rows = []
    for i, line in enumerate(text.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail(f"{name}:{i}: invalid JSON: {e}")
    return rows


def words(s):
    return re.findall(r"\w+", s.lower())


def norm(s):
    return " ".join(words(s))


def texts_of(row):
    """Every sentence-like string in a row of any quality set."""
    out = [row[k] for k in ("a", "b", "text") if isinstance(row.get(k), str)]
    for k in ("cached", "query"):
        for m in row.get(k) or []:
            out.append(m["content"])
    return out


def copy_problems(rows, own_files):
    """Sentences of rows equal to, or with word-set Jaccard >= 0.8 (5+ words) against, a sentence in any other
    *.jsonl of the quality directory (files named in own_files are skipped). Returns the problems as strings."""
    theirs = set()
    for path in sorted(DIR.glob("*.jsonl")):
        if path.name in own_files:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for t in texts_of(json.loads(line)):
                theirs.add(norm(t))
    their_sets = [(t, set(t.split())) for t in theirs if t]
    problems = []
    for t in sorted({norm(s) for r in rows for s in texts_of(r)}):
        mine = set(t.split())
        if t in theirs:
            problems.append(f"copied exactly: {t}")
            continue
        for other, ws in their_sets:
            if len(mine) >= 5 and len(mine & ws) / len(mine | ws) >= 0.8:
                problems.append(f"near copy: {t!r} ~ {other!r}")
    return problems
