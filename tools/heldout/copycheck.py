"""Shared by the held-out set checkers: is any sentence of a new set copied, or nearly copied, from the older sets?

A set is compared with the *.jsonl files of the quality directory that existed when it was frozen (other_files,
existed_when_frozen): its checker asks whether it copied anything that was there before it; a set frozen later is
its own, newer checker's business. Files that do not exist any more are not read."""
import functools
import json
import pathlib
import re
import subprocess

DIR = pathlib.Path(__file__).resolve().parent.parent.parent / "router-eval/src/test/resources/quality"
# The files each committed set of DIR was frozen with, for when git or its full history is not there; written and
# compared with git by frozen_sets.py.
FROZEN_TABLE = pathlib.Path(__file__).resolve().parent / "frozen_sets.json"


def git(*args):
    """The output of a git command run in DIR, or None when git, the repository or the command fails."""
    try:
        done = subprocess.run(["git", "-C", str(DIR), *args], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def git_history_usable():
    """True inside a git repository with its full history (a shallow clone would date every file to its cut)."""
    return (git("rev-parse", "--is-shallow-repository") or "").strip() == "false"


def existed_per_git(name):
    """The *.jsonl names in DIR's tree at the commit that first added set `name` (the set included); None when
    `name` has not been committed."""
    added = (git("log", "--diff-filter=A", "--format=%H", "--", name) or "").split()
    if not added:
        return None
    listing = git("ls-tree", "--name-only", added[-1], "--", ".")
    if listing is None:
        raise RuntimeError(f"git ls-tree failed for {added[-1]}, the commit that added {name}")
    return frozenset(n for n in listing.splitlines() if n.endswith(".jsonl"))


def existed_per_table(name):
    """The names FROZEN_TABLE lists for set `name`; None when it lists none (a set newer than the table)."""
    table = json.loads(FROZEN_TABLE.read_text(encoding="utf-8"))
    return frozenset(table[name]) if name in table else None


@functools.lru_cache(maxsize=None)
def existed_when_frozen(name):
    """The names of the *.jsonl files of DIR that existed when set `name` was frozen (first committed), the set
    included: from git, the tree of the commit that first added it (files committed at the same time on another
    branch are not in it), else from FROZEN_TABLE. None when neither knows the set: it is being frozen now, so it
    is compared with every file."""
    return existed_per_git(name) if git_history_usable() else existed_per_table(name)


def other_files(own_files, frozen=None):
    """The *.jsonl files of DIR a checker compares its set with, in name order: all but those named in own_files,
    and when `frozen` names the checked set, only those that existed when it was frozen (existed_when_frozen). A set
    frozen later is checked by its own, newer checker."""
    older = existed_when_frozen(frozen) if frozen else None
    return [p for p in sorted(DIR.glob("*.jsonl"))
            if p.name not in own_files and (older is None or p.name in older)]


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


def copy_problems(rows, own_files, frozen=None):
    """Sentences of rows equal to, or with word-set Jaccard >= 0.8 (5+ words) against, a sentence in another
    *.jsonl of the quality directory: other_files(own_files, frozen), so with `frozen` (the checked set's name)
    only the files that existed when it was frozen. Returns the problems as strings."""
    theirs = set()
    for path in other_files(own_files, frozen):
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
