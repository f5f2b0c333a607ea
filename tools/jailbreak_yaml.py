"""The YAML training file both jailbreak data scripts write (tools/jailbreak-technique-data.py,
tools/jailbreak-unsafe-data.py): categories of prompts, each prompt once, none in two categories."""

import sys
import unicodedata


def yaml_quote(s):
    """A double-quoted YAML scalar: backslash, quote, newline, tab and control or format characters escaped."""
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif unicodedata.category(c) in ("Cf", "Cc"):
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def write_training(out, header, categories):
    """Writes `categories` (pairs of name and prompts) to `out` under the comment `header`, a prompt drawn twice
    kept once; exits when a prompt is in two categories. Returns the prompts written, by category name."""
    kept = {name: list(dict.fromkeys(lines)) for name, lines in categories}
    names = list(kept)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if set(kept[a]) & set(kept[b]):
                sys.exit(f"a prompt is both {a} and {b}")
    with out.open("w", encoding="utf-8") as f:
        f.write(header)
        f.write("categories:\n")
        for name in names:
            f.write(f"  {name}:\n")
            for line in kept[name]:
                f.write("    - " + yaml_quote(line) + "\n")
    return kept
