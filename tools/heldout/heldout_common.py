"""Shared by the held-out set generators and checkers (make_heldout5..9.py, check_heldout5..9.py): how rows are
made from the data the generators hold, how a set is written, and the checks two or more checkers run alike.

The data (every sentence) stays in its make_ script; nothing here holds any."""
import collections
import hashlib
import importlib
import itertools
import json
import pathlib
import re
import unicodedata

import copycheck
from copycheck import norm, texts_of, words

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "router-eval/src/test/resources/quality"
DIR = copycheck.DIR


# ------------------------------------------------------------------------------------------------ generators

def render(rows):
    """A file's exact text: one JSON object a line, non-ASCII characters kept as they are."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write_outputs(outputs):
    """Writes each file name -> text of `outputs` into the quality directory and prints its path and line count."""
    for name, text in outputs.items():
        path = OUT / name
        path.write_text(text, encoding="utf-8")
        print(path.relative_to(HERE.parent.parent), text.count("\n"))


def pair_rows(groups):
    """Pair rows {"a", "b", "label", "kind"} of (kind, label, entries) groups, ordered by the SHA-256 of "a\\tb"
    so the kinds are mixed in a fixed order."""
    rows = [{"a": a, "b": b, "label": label, "kind": kind}
            for kind, label, entries in groups for a, b in entries]
    return sorted(rows, key=lambda r: hashlib.sha256(f"{r['a']}\t{r['b']}".encode("utf-8")).hexdigest())


def conversation(ctx_user, ctx_ai, last):
    """One conversation: the shared earlier turns plus the given last user message."""
    return [{"role": "user", "content": ctx_user}, {"role": "assistant", "content": ctx_ai},
            {"role": "user", "content": last}]


def conv_rows(groups):
    """Conversation rows of (kind, distance, entries) groups, in the order of the groups; each entry is
    (earlier user turn, earlier assistant turn, cached follow-up, new follow-up)."""
    return [{"cached": conversation(u, a, c), "query": conversation(u, a, q),
             "same_answer": kind == "paraphrase", "kind": kind}
            for kind, _, entries in groups for u, a, c, q in entries]


def text_of(entry):
    """The prompt of an entry: the entry itself, or the text of a (language, text) pair."""
    return entry[1] if isinstance(entry, tuple) else entry


# The label and kind of each group of a jailbreak held-out set, in file order, with the name of the generator's list.
JAILBREAK_SET_KINDS = [
    ("jailbreak", "unsafe", "UNSAFE"),
    ("jailbreak", "roleplay", "ROLEPLAY"),
    ("jailbreak", "injection", "INJECTION"),
    ("jailbreak", "multilingual", "MULTILINGUAL"),
    ("jailbreak", "obfuscated", "OBFUSCATED"),
    ("benign", "lookalike", "LOOKALIKE"),
    ("benign", "meta", "META"),
    ("benign", "pasted", "PASTED"),
    ("benign", "multilingual_benign", "MULTILINGUAL_BENIGN"),
    ("benign", "names", "NAMES"),
    ("benign", "everyday", "EVERYDAY"),
]


def jailbreak_groups(namespace):
    """(label, kind, rows) for each kind of JAILBREAK_SET_KINDS, the rows read from a generator's globals()."""
    return [(label, kind, namespace[name]) for label, kind, name in JAILBREAK_SET_KINDS]


PAIR_SET_KINDS = [("synonym", 1, "SYNONYM"), ("reorder", 1, "REORDER"), ("typo", 1, "TYPO"),
                  ("politeness", 1, "POLITENESS"), ("paraphrase_hard", 1, "PARAPHRASE_HARD"), ("negation", 0, "NEGATION"),
                  ("number", 0, "NUMBER"), ("unit", 0, "UNIT"), ("date_version", 0, "DATE_VERSION"),
                  ("entity", 0, "ENTITY"), ("direction", 0, "DIRECTION"), ("scope", 0, "SCOPE"), ("overlap", 0, "OVERLAP")]
CONV_SET_KINDS = [("paraphrase", "close", "CONV_CLOSE"), ("paraphrase", "medium", "CONV_MEDIUM"),
                  ("paraphrase", "loose", "CONV_LOOSE"), ("added_word", None, "CONV_ADDED_WORD"),
                  ("related_noun", None, "CONV_RELATED_NOUN"), ("property", None, "CONV_PROPERTY"),
                  ("qualifier", None, "CONV_QUALIFIER"), ("opposite", None, "CONV_OPPOSITE"), ("other", None, "CONV_OTHER")]


def pair_groups(namespace):
    """(kind, label, entries) for each kind of PAIR_SET_KINDS, the entries read from a generator's globals()."""
    return [(kind, label, namespace[name]) for kind, label, name in PAIR_SET_KINDS]


def conv_groups(namespace):
    """(kind, distance, entries) for each kind of CONV_SET_KINDS, the entries read from a generator's globals()."""
    return [(kind, distance, namespace[name]) for kind, distance, name in CONV_SET_KINDS]


def pairs_and_conversations(pairs_name, conv_name, pair_groups_, conv_groups_):
    """File name -> exact text of a hard-pairs set (pairs ordered by the SHA-256 of their text) and its
    conversations set (in the order of the groups)."""
    return {pairs_name: render(pair_rows(pair_groups_)), conv_name: render(conv_rows(conv_groups_))}


def prompt_rows(groups):
    """Prompt rows {"text", "label", "kind"} of (label, kind, entries) groups, in the order of the groups."""
    return [{"text": text_of(e), "label": label, "kind": kind} for label, kind, entries in groups for e in entries]


# ------------------------------------------------------------------------------------------------ checkers

def content(s, stop):
    """Content words of a sentence: lower case, words of `stop` and one-letter words dropped, a plural s cut."""
    out = set()
    for w in words(s.replace("'", "")):
        if w in stop or len(w) < 2:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def letter_split(text):
    """True when most of the text's words are single characters (spaced-out or zero-width-split letters), where
    a word-set comparison means nothing."""
    ws = words(text)
    return len(ws) >= 5 and sum(len(w) == 1 for w in ws) > len(ws) / 2


# Topic reuse and split-up letters in a jailbreak prompt set (check_heldout8.py, check_heldout9.py).

TOPIC_SHARE = 0.5
TOPIC_STOP = set("""a an the and or but if of to in on at for from by with without into onto than then as is are was
were be been do does did doing how what when where which who whom why can could should would will shall may
might must i me my we our you your he his she her it its they them their this that these those there here
so too very just only also not no any some all each every much many more most about over after before
up down out off get got make made need needs use used one two three best good way ways please thanks
difference between explain tell know want like take long often im ive whats dont cant id""".split())


def unsplit(text):
    """A letter-split text with its words joined back: zero-width characters, dots between letters and underscores
    between single letters removed,
    then each run of text between two or more spaces that is made only of single characters joined into one
    word, and inside other runs three or more single characters in a row joined."""
    t = text.replace("\u200b", "")
    t = re.sub(r"(?<=\w)\.(?=\w)", "", t)
    t = re.sub(r"\b\w(?:_\w)+\b", lambda m: m.group().replace("_", ""), t)
    out = []
    for chunk in re.split(r" {2,}", t):
        tokens = chunk.split()
        if tokens and all(len(x) == 1 for x in tokens):
            out.append("".join(tokens))
            continue
        for single, group in itertools.groupby(tokens, key=lambda x: len(x) == 1):
            group = list(group)
            out.extend(["".join(group)] if single and len(group) >= 3 else group)
    return " ".join(out)


def split_up(text):
    """True for a letter-split text, or one with zero-width characters or letters joined by underscores."""
    return letter_split(text) or "\u200b" in text or re.search(r"\b\w(?:_\w){3,}\b", text) is not None


def comparable(rows):
    """The rows as the cross-set checks see them: split-up texts joined back into words, full-width and other
    compatibility characters folded (NFKC)."""
    return [dict(r, text=unicodedata.normalize("NFKC", unsplit(r["text"]) if split_up(r["text"]) else r["text"]))
            for r in rows]


def frozen_as(name):
    """The set whose freeze limits what the checker of set `name` compares with (copycheck.other_files): the set
    itself, so that a held-out set is compared with the files that existed when it was frozen; None for a training
    file (jailbreak-train-*), whose check compares with every set that judges, whenever that set was frozen, so that
    training never repeats the topic of a later held-out set (the held-out sets' topic checks skip training files)."""
    return None if name.startswith("jailbreak-train-") else name


def check_topics(check, rows, own_name):
    """A text of ours whose content words (3 or more) are mostly (TOPIC_SHARE) found in one sentence of another set
    of the quality directory (copycheck.other_files: own_name, the set's own file, is skipped, and for a held-out
    set only the files that existed when it was frozen are read). Training files (jailbreak-train-*) are compared
    only from their own side: a training file's check refuses its topics in the sets that judge, training files may
    share topics with each other, and a held-out set's check (run when it was frozen) skips them. A training file's
    topics are compared only with the sets that judge what it trains, the jailbreak sets (jailbreak-own-*): the cache,
    PII and routing sets judge parts that never read it, and their everyday topics gave only false alarms there."""
    training = own_name.startswith("jailbreak-train-")
    theirs = []
    for path in copycheck.other_files({own_name}, frozen_as(own_name)):
        if path.name.startswith("jailbreak-train-") or (training and not path.name.startswith("jailbreak-own-")):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for t in texts_of(json.loads(line)):
                theirs.append((path.name, t, content(unsplit(t) if split_up(t) else t, TOPIC_STOP)))
    for r in rows:
        mine = content(r["text"], TOPIC_STOP)
        if len(mine) < 3:
            continue
        for name, other, ws in theirs:
            if len(mine & ws) >= 3 and len(mine & ws) / len(mine) >= TOPIC_SHARE:
                check.fail(f"topic reused: {r['text']!r} ~ {name}: {other!r}")


def check_pasted(check, rows, name):
    """Injection and pasted prompts must hold content to process: a quote, a code fence, markup or a line break."""
    for i, r in enumerate(rows, 1):
        if r["kind"] in ("injection", "pasted") and not any(m in r["text"] for m in ("'", '"', "`", "<", "\n", ":")):
            check.fail(f"{name}:{i}: {r['kind']} prompt with no pasted content")


class Report:
    """The problems a checker found, in the order found."""

    def __init__(self):
        self.errors = []

    def fail(self, msg):
        self.errors.append(msg)

    def finish(self, summary_lines):
        """Prints each problem, then the summary and the verdict; returns the exit status."""
        for e in self.errors:
            print("FAIL", e)
        for line in summary_lines:
            print(line)
        print("ok" if not self.errors else f"{len(self.errors)} problem(s)")
        return 1 if self.errors else 0


class PromptSetCheck(Report):
    """The checks of a jailbreak prompt set {"text", "label", "kind"} (the kinds, labels and counts below) written by
    a make_ module with NAME, GROUPS and render()."""

    KEYS = {"text", "label", "kind"}
    KINDS = {
        "unsafe": ("jailbreak", 35), "roleplay": ("jailbreak", 15), "injection": ("jailbreak", 25),
        "multilingual": ("jailbreak", 20), "obfuscated": ("jailbreak", 15),
        "lookalike": ("benign", 35), "meta": ("benign", 15), "pasted": ("benign", 20),
        "multilingual_benign": ("benign", 15), "names": ("benign", 5), "everyday": ("benign", 20),
    }
    LABELS = {"jailbreak": 110, "benign": 110}
    MIN_LANGUAGES = {"multilingual": 10, "multilingual_benign": 10}

    def __init__(self, gen, generator):
        super().__init__()
        self.gen, self.generator, self.name = gen, generator, gen.NAME
        self.kinds, self.labels, self.min_languages = self.KINDS, self.LABELS, self.MIN_LANGUAGES

    def load(self):
        return copycheck.load_generated(self.name, self.gen.render(), self.generator, self.fail)

    def check_row(self, i, r):
        if not isinstance(r, dict) or set(r) != self.KEYS:
            self.fail(f"{self.name}:{i}: keys {sorted(r) if isinstance(r, dict) else type(r).__name__}")
            return False
        if r["kind"] not in self.kinds:
            self.fail(f"{self.name}:{i}: unknown kind {r['kind']!r}")
        elif r["label"] != self.kinds[r["kind"]][0]:
            self.fail(f"{self.name}:{i}: label {r['label']!r} does not match kind {r['kind']}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            self.fail(f"{self.name}:{i}: empty text or stray outer whitespace: {t!r}")
            return False
        return True

    def check_counts(self, rows):
        kinds = collections.Counter(r["kind"] for r in rows)
        want = {k: n for k, (_, n) in self.kinds.items()}
        if kinds != collections.Counter(want):
            self.fail(f"{self.name}: counts per kind {dict(kinds)} != expected {want}")
        labels = collections.Counter(r["label"] for r in rows)
        if labels != collections.Counter(self.labels):
            self.fail(f"{self.name}: counts per label {dict(labels)} != expected {self.labels}")
        langs = {}
        for _, kind, entries in self.gen.GROUPS:
            if kind in self.min_languages:
                langs[kind] = collections.Counter(lang for lang, _ in entries)
                if len(langs[kind]) < self.min_languages[kind]:
                    self.fail(f"{kind}: {len(langs[kind])} languages, need {self.min_languages[kind]}")
        return kinds, labels, langs

    def check_inside(self, rows):
        """No duplicate or near-duplicate text within the file. Letter-split texts are compared with the splits
        removed (exact match), the others by word-set Jaccard."""
        seen = {}
        for i, r in enumerate(rows, 1):
            n = "".join(words(r["text"])) if letter_split(r["text"]) else norm(r["text"])
            if n in seen:
                self.fail(f"{self.name}:{i}: duplicate of line {seen[n]}")
            seen.setdefault(n, i)
        sets = [(i, set(norm(r["text"]).split())) for i, r in enumerate(rows, 1) if not letter_split(r["text"])]
        for (i, a), (j, b) in itertools.combinations(sets, 2):
            if len(a) >= 5 and len(b) >= 5 and len(a & b) / len(a | b) >= 0.8:
                self.fail(f"{self.name}:{i} and {j}: near duplicates")

    def run(self, comparable=lambda rows: rows, before_copies=lambda rows: None, after_copies=lambda rows: None):
        """Runs every check and prints the report. `comparable` turns the well-formed rows into what the
        cross-set checks see; `before_copies` and `after_copies` add checks of a set of its own."""
        rows = self.load()
        good = [r for i, r in enumerate(rows, 1) if self.check_row(i, r)]
        if len(good) != len(rows):
            self.fail(f"{self.name}: {len(rows) - len(good)} malformed line(s); counts below cover the well-formed "
                      "ones")
        kinds, labels, langs = self.check_counts(good)
        self.check_inside(good)
        before_copies(good)
        skip = {self.name}
        if self.name.startswith("jailbreak-train-"):  # training files may repeat each other, never a judging set
            skip |= {p.name for p in DIR.glob("jailbreak-train-*.jsonl")}
        for problem in copycheck.copy_problems(comparable(good), skip, frozen_as(self.name)):
            self.fail(problem)
        after_copies(comparable(good))
        return self.finish([
            ", ".join(f"{k} {kinds[k]}" for k in self.kinds),
            ", ".join(f"{k} {labels[k]}" for k in self.labels) + "; languages: "
            + "; ".join(f"{k} {len(c)} ({' '.join(sorted(c))})" for k, c in langs.items())])


class PairsAndConversationsCheck(Report):
    """The checks of a hard-pairs set and a verifier-conversations set written together by a make_ module with
    PAIRS_NAME, CONV_NAME, CONV_GROUPS and outputs()."""

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

    def __init__(self, gen, generator):
        super().__init__()
        self.gen, self.generator = gen, generator
        self.pairs_name, self.convs_name = gen.PAIRS_NAME, gen.CONV_NAME

    def check_pairs(self, rows):
        name = self.pairs_name
        seen_pairs, seen_sentences = set(), collections.Counter()
        for i, r in enumerate(rows, 1):
            if set(r) != {"a", "b", "label", "kind"}:
                self.fail(f"{name}:{i}: keys {sorted(r)}")
                continue
            if r["kind"] not in self.PAIR_KINDS:
                self.fail(f"{name}:{i}: unknown kind {r['kind']!r}")
            if r["label"] != (1 if r["kind"] in self.LABEL1 else 0) or type(r["label"]) is not int:
                self.fail(f"{name}:{i}: label {r['label']!r} does not match kind {r['kind']}")
            a, b = r["a"], r["b"]
            if a == b:
                self.fail(f"{name}:{i}: a == b")
            for s in (a, b):
                if not 3 <= len(words(s)) <= 30:
                    self.fail(f"{name}:{i}: {len(words(s))} words: {s}")
                seen_sentences[s] += 1
            key = frozenset((a, b))
            if key in seen_pairs:
                self.fail(f"{name}:{i}: duplicate pair")
            seen_pairs.add(key)
        for s, n in seen_sentences.items():
            if n > 1:
                self.fail(f"{name}: sentence used in {n} pairs: {s}")
        got = collections.Counter((r.get("kind"), r.get("label")) for r in rows)
        want = collections.Counter({(k, 1 if k in self.LABEL1 else 0): n for k, n in self.PAIR_KINDS.items()})
        if got != want:
            self.fail(f"{name}: counts {dict(got)} != expected {dict(want)}")
        return collections.Counter(r.get("kind") for r in rows)

    def check_conv_row(self, i, r, seen):
        name = self.convs_name
        if set(r) != {"cached", "query", "same_answer", "kind"}:
            self.fail(f"{name}:{i}: keys {sorted(r)}")
            return
        if r["kind"] not in self.CONV_KINDS:
            self.fail(f"{name}:{i}: unknown kind {r['kind']!r}")
        if r["same_answer"] is not (r["kind"] == "paraphrase"):
            self.fail(f"{name}:{i}: same_answer {r['same_answer']!r} does not match kind {r['kind']}")
        c, q = r["cached"], r["query"]
        if [m.get("role") for m in c] != ["user", "assistant", "user"] or len(q) != 3 or c[:2] != q[:2] \
                or q[2].get("role") != "user":
            self.fail(f"{name}:{i}: earlier turns differ or roles wrong")
            return
        a, b = c[2]["content"], q[2]["content"]
        if norm(a) == norm(b):
            self.fail(f"{name}:{i}: last messages equal")
        for s in (a, b):
            if not 3 <= len(words(s)) <= 12:
                self.fail(f"{name}:{i}: follow-up of {len(words(s))} words: {s}")
        key = frozenset((norm(a), norm(b)))
        if key in seen:
            self.fail(f"{name}:{i}: duplicate follow-up pair")
        seen.add(key)

    def check_convs(self, rows):
        seen = set()
        for i, r in enumerate(rows, 1):
            self.check_conv_row(i, r, seen)
        got = collections.Counter(r.get("kind") for r in rows)
        if got != collections.Counter(self.CONV_KINDS):
            self.fail(f"{self.convs_name}: counts {dict(got)} != expected {self.CONV_KINDS}")
        dist = collections.Counter(d for k, d, entries in self.gen.CONV_GROUPS if k == "paraphrase"
                                   for _ in entries)
        if dist != collections.Counter(self.DISTANCES):
            self.fail(f"paraphrase distance groups {dict(dist)} != expected {self.DISTANCES}")
        contexts = collections.Counter(norm(r["cached"][0]["content"]) for r in rows if "cached" in r)
        for ctx, n in contexts.items():
            if n > 1:
                self.fail(f"{self.convs_name}: topic used {n} times: {ctx}")
        return got, dist

    def check_topics(self, rows, own_files):
        """A sentence of ours whose content words (3 or more) are mostly found in one sentence of another set that
        existed when ours were frozen (copycheck.other_files)."""
        theirs = []
        for path in copycheck.other_files(own_files, self.pairs_name):
            for line in path.read_text(encoding="utf-8").splitlines():
                for t in texts_of(json.loads(line)):
                    theirs.append((path.name, t, content(t, self.STOP)))
        for t in sorted({s for r in rows for s in texts_of(r)}):
            mine = content(t, self.STOP)
            if len(mine) < 3:
                continue
            for name, other, ws in theirs:
                if len(mine & ws) / len(mine) >= self.TOPIC_SHARE and len(mine & ws) >= 3:
                    self.fail(f"topic reused: {t!r} ~ {name}: {other!r}")

    def run(self, after=lambda pairs, convs: None):
        """Runs every check (then `after`, checks of a set of its own) and prints the report."""
        expected = self.gen.outputs()
        pairs = copycheck.load_generated(self.pairs_name, expected[self.pairs_name], self.generator, self.fail)
        convs = copycheck.load_generated(self.convs_name, expected[self.convs_name], self.generator, self.fail)
        pair_counts = self.check_pairs(pairs)
        conv_counts, dist = self.check_convs(convs)
        own = {self.pairs_name, self.convs_name}
        for problem in copycheck.copy_problems(pairs + convs, own, self.pairs_name):
            self.fail(problem)
        self.check_topics(pairs + convs, own)
        after(pairs, convs)
        labels = collections.Counter(r.get("label") for r in pairs)
        return self.finish([
            f"{self.pairs_name}: {len(pairs)} pairs (label 1 {labels[1]}, label 0 {labels[0]}): "
            + ", ".join(f"{k} {pair_counts[k]}" for k in self.PAIR_KINDS),
            f"{self.convs_name}: {len(convs)} conversations: "
            + ", ".join(f"{k} {conv_counts[k]}" for k in self.CONV_KINDS)
            + " (paraphrase distance: " + ", ".join(f"{d} {dist[d]}" for d in self.DISTANCES) + ")"])


def run_obfuscated_prompt_check(check, plain, case_blind=False):
    """Runs a prompt set's checks (PromptSetCheck `check`) for a set with obfuscated prompts whose plain sentences, in
    order, are `plain`: pasted content in injection and pasted prompts; each obfuscated prompt differs from its plain
    sentence (ignoring case when case_blind); the plain sentences join the copy and topic checks against the other
    sets. Returns the exit code."""
    name = check.name

    def before(rows):
        check_pasted(check, rows, name)
        obfuscated = [r["text"] for r in rows if r["kind"] == "obfuscated"]
        if len(obfuscated) != len(plain):
            check.fail(f"{name}: {len(obfuscated)} obfuscated prompts but {len(plain)} plain sentences")
        for text, p in zip(obfuscated, plain):
            if (p.lower() in text.lower()) if case_blind else (p in text):
                check.fail(f"{name}: obfuscated prompt holds its plain sentence as is: {p!r}")

    plain_rows = [{"text": t, "label": "jailbreak", "kind": "obfuscated"} for t in plain]
    return check.run(lambda rows: comparable(rows) + plain_rows, before,
                     lambda rows: check_topics(check, rows, name))


def check_jailbreak_set(generator):
    """The whole check of a jailbreak held-out set with obfuscated prompts, against its generator module (named
    without .py; its PLAIN holds the obfuscated prompts' plain sentences): what check_set.py runs for a jailbreak
    generator. Returns the exit code."""
    module = importlib.import_module(generator)
    return run_obfuscated_prompt_check(PromptSetCheck(module, generator + ".py"), module.PLAIN)


def check_pairs_and_conversations_set(generator):
    """The whole check of a hard-pairs set and its conversations set against their generator module (named without
    .py): PairsAndConversationsCheck (each file equals the generator's output; keys, labels, counts per kind, the
    8/8/8 paraphrase distance groups, word counts, no repeated pair, sentence or earlier-turn topic; no copy or topic
    of an older set) and, inside each new file, no two rows sharing an equal or near-equal sentence
    (check_heldout7.check_rows_apart). What check_set.py runs for make_heldout20 and later pair generators. Returns
    the exit code."""
    from check_heldout7 import check_rows_apart
    check = PairsAndConversationsCheck(importlib.import_module(generator), generator + ".py")
    return check.run(lambda pairs, convs: (check_rows_apart(check, pairs, check.pairs_name),
                                           check_rows_apart(check, convs, check.convs_name)))
