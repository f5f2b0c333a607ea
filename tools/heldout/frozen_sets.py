#!/usr/bin/env python3
"""Keeps frozen_sets.json, the table the checkers read when git or its full history is not there: for each
committed held-out set of the quality directory, the *.jsonl files that existed when it was frozen (the tree of the
commit that first added it; copycheck.existed_per_git). Training files (jailbreak-train-*) have no entry: their
check compares with every set that judges (heldout_common.frozen_as).

    python3 tools/heldout/frozen_sets.py          compares the table with git; exits 1 if they differ
    python3 tools/heldout/frozen_sets.py --write   writes the table from git

A set committed after the table was written has no entry; without git its checker then compares it with every file
(stricter, never looser), and the older sets' checkers skip it, since it is not in their lists."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import copycheck  # noqa: E402


def from_git():
    """Set name -> sorted names of the files it was frozen with, for every committed *.jsonl but training files."""
    if not copycheck.git_history_usable():
        raise SystemExit("git with the full history is needed to derive the table")
    table = {}
    for path in sorted(copycheck.DIR.glob("*.jsonl")):
        if path.name.startswith("jailbreak-train-"):
            continue
        older = copycheck.existed_per_git(path.name)
        if older is not None:
            table[path.name] = sorted(older)
    return table


def render(table):
    """The table's text: one set a line, so that a new set is a one-line change."""
    lines = [f"  {json.dumps(name)}: {json.dumps(older)}" for name, older in table.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(args):
    table = from_git()
    if args == ["--write"]:
        copycheck.FROZEN_TABLE.write_text(render(table), encoding="utf-8")
        print(f"wrote {copycheck.FROZEN_TABLE.name}: {len(table)} sets")
        return 0
    if args:
        raise SystemExit(__doc__)
    saved = json.loads(copycheck.FROZEN_TABLE.read_text(encoding="utf-8"))
    differ = sorted(n for n in set(table) | set(saved) if table.get(n) != saved.get(n))
    for name in differ:
        print(f"differs from git: {name}")
    print("ok" if not differ else f"{len(differ)} set(s) differ; run with --write")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
