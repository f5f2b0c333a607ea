#!/usr/bin/env python3
"""Generates router-core's compact WordNet resource for LexicalHitVerifier from Princeton WordNet 3.0.

Source: Debian's `wordnet-base` package (apt-get install -y wordnet-base), files in /usr/share/wordnet.
WordNet's licence allows copying and redistributing derived data with its notice; the notice is in
router-core/src/main/resources/io/semanticrouter/verify/WORDNET-LICENSE.txt.

Run from the repository root:  python3 tools/verifier/make_wordnet_lexicon.py [/usr/share/wordnet]
Writes router-core/src/main/resources/io/semanticrouter/verify/wordnet-lexicon.txt with lines
  ant WORD WORD      direct antonyms (adjectives, verbs, adverbs, nouns), and an adjective against the
                     satellites of its opposite head ("expensive" / "cheap")
  attr NOUN ADJ...   an attribute noun and the adjectives that give its values ("weight" heavy light)
  prop NOUN          a noun naming a measurable property (under magnitude, physical property, ...)
  syn WORD S,S;H,H;P a common word (WordNet tag count >= 1; every adjective and verb) with its synsets (S), their
                     direct hypernyms (H) and its parts of speech (P: n noun, v verb, a adjective, r adverb),
                     as short ids: two words are near synonyms when they share a synset, or one's synset is
                     the other's hypernym ("kill" / "terminate", "symptom" / "sign")
  pw WORD S,S        a common noun and the synsets that are parts, members or substances of its first two noun
                     senses, or that those senses are part of ("war": battle, "cattle": beef): part and whole
                     count as different things, even where another sense relates the two words
  exc FORM BASE      an irregular form and its base, from WordNet's exception lists ("children" child)
  stop VERB          a verb of stopping, preventing, removing or ending (a few seed verbs and the other words
                     of their first two senses)
Only single lower-case words of letters are kept.
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = "router-core/src/main/resources/io/semanticrouter/verify/wordnet-lexicon.txt"
WORD = re.compile(r"^[a-z]+$")
# roots whose hyponyms name a property asked about ("the weight of", "the boiling point of")
PROPERTY_ROOTS = [("magnitude", 1), ("physical_property", 1), ("rate", 1), ("electromotive_force", 1),
                  ("lifetime", 1), ("resolution", 5), ("density", 1), ("wavelength", 1)]
# words of those trees that name no particular property ("the number of", "the size of" paraphrase any of them)
GENERIC = {"number", "amount", "level", "size", "degree", "quantity", "value", "measure", "extent", "magnitude",
           "dimension", "property", "figure", "body", "order", "scale", "standard", "grade", "point", "part",
           "total", "sum", "average", "mean", "proportion", "ratio", "percentage", "factor", "term", "unit",
           "time", "life", "stage", "period", "age", "era", "measurement",
           # words of those trees whose everyday sense is no property
           "s", "h", "r", "give", "boil", "simmer", "spring", "snap", "cold", "heat", "light", "mercury", "echo",
           "bound", "limit", "range", "reach", "scope", "orbit", "increase", "decrease", "stretch", "temper",
           "replication", "turnover", "margin", "bounce", "glow", "deficiency", "inadequacy", "insufficiency",
           "increment", "decrement", "reflection", "reflexion", "bending", "compass", "coverage", "negativity",
           "positivity", "randomness", "strength", "tare", "ambit", "muchness", "multiplicity", "triplicity",
           "pace", "rhythm", "tempo", "beat", "cycle", "return", "yield", "interest", "fee", "price", "cost",
           "place", "station", "leg", "view", "space", "section", "drop", "fall", "rise", "raise", "hike", "gain",
           "flow", "draft", "draught", "pulse", "dip", "boost", "closure", "erasure", "sweep", "palette", "pallet",
           "balk", "baulk", "whip", "jerk", "nip", "c", "eq", "gc", "kc", "mc", "mf", "lf", "hf", "elf", "grain",
           "settlement", "supplement", "supplementation", "horizon", "hereafter", "afterlife", "immortality",
           "utmost", "uttermost", "utterness", "brink", "verge", "confines", "boundary", "spectrum", "gamut", "bore",
           "beam", "sounding", "gait", "maximum", "minority", "majority", "equivalent", "audio", "deficit",
           "shortage", "shortfall", "rarity", "penetration", "attendance", "roi", "rate", "extension", "chill",
           "cool", "flux", "gauge", "delicacy", "fertility", "mortality", "prevalence", "isometry", "poorness"}


def read(pos):
    synsets = {}
    with open(os.path.join(SRC, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, ss_type = fields[0], fields[2]
            wcnt = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(wcnt)]
            words = [re.sub(r"\(.*\)$", "", w) for w in words]
            k = 4 + 2 * wcnt
            pcnt = int(fields[k])
            ptrs = []
            for i in range(pcnt):
                sym, off, p, st = fields[k + 1 + 4 * i: k + 5 + 4 * i]
                ptrs.append((sym, off + p.replace("s", "a"), int(st[:2], 16), int(st[2:], 16)))
            synsets[offset + pos[0]] = (ss_type, words, ptrs)
    return synsets


# WordNet's meronym and holonym pointers: part, member, substance
PART_WHOLE = ("#p", "#m", "#s", "%p", "%m", "%s")

STOP_SEEDS = ["stop", "halt", "prevent", "forestall", "remove", "eliminate", "delete", "cancel", "terminate", "quit",
              "end", "block", "disable", "suppress", "avoid", "kill", "abort", "deactivate", "uninstall", "erase",
              "mute", "skip", "bypass", "exclude", "ban", "forbid", "prohibit", "exit", "resign", "discontinue", "pause",
              "suspend"]


def verb_senses(lemma, count):
    """The first `count` verb synsets of a lemma, from index.verb."""
    with open(os.path.join(SRC, "index.verb"), encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            if fields[0] == lemma:
                n = int(fields[2])
                return [o + "v" for o in fields[-n:][:count]]
    return []


def common_words(min_count=1):
    """Single-word lemmas whose senses were tagged at least min_count times in WordNet's sense-tagged corpus."""
    counts = {}
    with open(os.path.join(SRC, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, c = line.split()
            lemma = key.split("%")[0]
            if WORD.match(lemma):
                counts[lemma] = counts.get(lemma, 0) + int(c)
    return {w for w, c in counts.items() if c >= min_count}


def synonym_lines(syn):
    """'syn' lines: each common word's synsets (first six senses of each part of speech) and their hypernyms."""
    common = common_words()
    senses = {}
    for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        with open(os.path.join(SRC, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                if fields[0] in common or (letter in "av" and WORD.match(fields[0])):
                    n = int(fields[2])
                    senses.setdefault(fields[0], []).extend(o + letter for o in fields[-n:][:6])
    ids = {}

    def short(key):
        if key not in ids:
            n, out = len(ids), ""
            while True:
                n, r = divmod(n, 36)
                out = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + out
                if n == 0:
                    break
            ids[key] = out
        return ids[key]

    lines = []
    for w in sorted(senses):
        keys = [k.replace("a", "a") for k in senses[w]]
        own = [k if k in syn else k[:-1] + "a" for k in keys]
        hyper = {t for k in own if k in syn for sym, t, _, _ in syn[k][2] if sym in ("@", "@i", "&")}
        pos = "".join(p for p in "nvar" if any(k.endswith(p) for k in keys))
        lines.append(f"syn {w} {','.join(short(k) for k in own)};{','.join(short(h) for h in sorted(hyper))};{pos}")
    for w in sorted(senses):
        if w not in common:
            continue
        first_nouns = [k for k in senses[w] if k.endswith("n")][:2]
        part_whole = {t for k in first_nouns if k in syn for sym, t, _, _ in syn[k][2] if sym in PART_WHOLE}
        # only synsets some listed word has, so the ids stay few
        part_whole = {t for t in part_whole if t in ids}
        if part_whole:
            lines.append(f"pw {w} {','.join(sorted(short(t) for t in part_whole))}")
    return lines


def sense_of(lemma, sense):
    """The noun synset of the given sense number (1 = most frequent), from index.noun."""
    with open(os.path.join(SRC, "index.noun"), encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            if fields[0] == lemma:
                return fields[-int(fields[2]) + sense - 1] + "n"
    raise SystemExit("not in WordNet: " + lemma)


def main():
    syn = {}
    for pos in ("noun", "verb", "adj", "adv"):
        syn.update(read(pos))
    ant = set()

    def add(x, y):
        if x != y and WORD.match(x) and WORD.match(y):
            ant.add(tuple(sorted((x, y))))

    for key, (ss_type, words, ptrs) in syn.items():
        for sym, target, src, dst in ptrs:
            if sym != "!" or target not in syn:
                continue
            tw = syn[target][1]
            a = words[src - 1] if src else None
            b = tw[dst - 1] if dst else None
            if a and b:
                add(a, b)
    # indirect antonyms: satellites ("&" similar-to) of a head adjective against the opposite head word
    similar = {}
    for key, (ss_type, words, ptrs) in syn.items():
        if ss_type == "a":
            similar[key] = [t for sym, t, _, _ in ptrs if sym == "&"]
    for key, (ss_type, words, ptrs) in syn.items():
        if ss_type != "a":
            continue
        for sym, target, src, dst in ptrs:
            if sym == "!" and target in syn:
                opposite = syn[target][1][dst - 1]
                for sat in similar.get(key, []):
                    for w in syn[sat][1][:2]:
                        add(w, opposite)
    attr = {}
    for key, (ss_type, words, ptrs) in syn.items():
        if ss_type != "n":
            continue
        for sym, target, _, _ in ptrs:
            if sym == "=" and target in syn:
                for n in words:
                    if WORD.match(n):
                        attr.setdefault(n, set()).update(w for w in syn[target][1] if WORD.match(w))
    hypo = {}
    for key, (ss_type, words, ptrs) in syn.items():
        hypo[key] = [t for sym, t, _, _ in ptrs if sym in ("~", "~i")]
    prop = set()
    for root, sense in PROPERTY_ROOTS:
        frontier = [sense_of(root, sense)]
        depth = 0
        while frontier and depth < 4:
            nxt = []
            for k in frontier:
                prop.update(w for w in syn[k][1] if WORD.match(w))
                nxt.extend(hypo.get(k, []))
            frontier = nxt
            depth += 1
    stop = set()
    for seed in STOP_SEEDS:
        for key in verb_senses(seed, 2):
            stop.update(w for w in syn[key][1] if WORD.match(w))
        stop.add(seed)
    stop -= {"ban", "get", "go", "take", "make", "do", "have", "be", "keep", "let", "put", "set", "run", "give",
             "check", "catch", "hold", "break", "close", "cut", "drop", "leave", "lift", "clear", "draw", "pull",
             "move", "pick", "turn", "strike", "land", "finish", "complete", "wind", "top", "stand", "pass",
             "settle", "die", "conclude", "close", "shut", "empty", "drain", "clean", "wash", "anticipate",
             "foresee", "conquer", "crush", "defeat", "embarrass", "jump", "offset", "scratch", "invalid", "counter",
             "damp", "dull", "except", "arrest", "scrub", "oppress", "subdue", "vacate", "withdraw", "end"}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Derived from Princeton WordNet 3.0 by tools/verifier/make_wordnet_lexicon.py; see WORDNET-LICENSE.txt\n")
        for x, y in sorted(ant):
            f.write(f"ant {x} {y}\n")
        for n in sorted(attr):
            f.write(f"attr {n} {' '.join(sorted(attr[n]))}\n")
        for n in sorted((prop | {"population"}) - GENERIC):
            f.write(f"prop {n}\n")
        for v in sorted(stop):
            f.write(f"stop {v}\n")
        for pos in ("noun", "verb", "adj"):
            with open(os.path.join(SRC, pos + ".exc"), encoding="latin-1") as exc:
                for line in exc:
                    form, base = line.split()[:2]
                    if WORD.match(form) and WORD.match(base):
                        f.write(f"exc {form} {base}\n")
        for line in synonym_lines(syn):
            f.write(line + "\n")
    print(len(ant), "antonym pairs,", len(attr), "attributes,", len(prop), "property nouns,", len(stop), "stop verbs ->", OUT)


if __name__ == "__main__":
    main()
