package io.semanticrouter.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Corrects misspelt words in a question before the semantic cache embeds it, so that "how to cneter a div" and
 * "How to center a div" embed alike. The WordPiece tokenizer splits a word it does not know into pieces, and
 * the pieces move the vector; a corrected word is one token again.
 *
 * <p>What is corrected: a word of at least {@value #MIN_LETTERS} letters, all lower-case (or capitalised as the
 * first word of a sentence), that the vocabulary does not hold. It is replaced by a vocabulary word at edit
 * distance 1 (a letter deleted, inserted, replaced, or two adjacent letters swapped, keeping the first letter unless
 * the first two are swapped, since people rarely mistype the first letter; a word of four letters only
 * by a letter added or two letters swapped, since one letter replaced in it gives too many words); a word of at least
 * {@value #LONG_WORD} letters with none at distance 1 by a whole-word token of the tokenizer at distance 2 that
 * starts with the same letter. Apostrophe-less contractions ("whats", "doesnt") get their apostrophe back.
 * Among several candidates, in this order:
 * <ol>
 *   <li>an edit that keeps the letters: two swapped letters, or a doubled letter added or removed
 *       ("cneter", "durring", "batery");</li>
 *   <li>a letter added, since the typo left one out ("routr": router before route), the slip most often
 *       reported in studies of typing errors;</li>
 *   <li>a whole-word token of the tokenizer before a word only WordNet holds (rare words and generated
 *       inflections);</li>
 *   <li>the more frequent token (the tokenizer's vocabulary lists whole words in frequency order), when it comes
 *       at most half as far down that order as the next one ("ofen": often; "notise" stays, since notice and
 *       noise are about as frequent);</li>
 *   <li>otherwise (two WordNet-only words, or two tokens of about the same frequency) the word is left as it
 *       is.</li>
 * </ol>
 *
 * <p>Never touched: known words, a common content word with a common prefix or suffix ("refreeze", "crunchy")
 * or two written together, two tokens written together when nothing is one edit away ("publickey"), (so "form" / "from" and "cheap" / "cheat" stay apart), words with digits,
 * hyphens, apostrophes, dots or other marks inside ({@code node.js}, {@code snake_case}, URLs, paths), words
 * with a capital after the first letter or a capitalised word inside a sentence (names, {@code camelCase}),
 * words in quotes or backticks, and the names of the verifier's entity list (numpy, kotlin...).
 *
 * <p>The vocabulary: the lower-case whole-word tokens of the all-MiniLM-L6-v2 WordPiece vocabulary, every
 * single-word WordNet 3.0 lemma with its regular inflections and irregular forms, and the verifier's entity
 * names and units; made by
 * {@code tools/verifier/make_spelling_words.py} into {@code spelling-words.txt}, read once per JVM on first
 * use of {@link #get()} and packed into arrays (about 4.2 MB for 157,000 words).
 *
 * <p>Thread-safe and deterministic: the same text always gets the same correction, on the store path and on
 * the lookup path alike.
 */
public final class SpellingNormalizer {

    /** Shorter words are never corrected: at distance 1 they have too many neighbours. */
    public static final int MIN_LETTERS = 4;
    /** Words of at least this many letters may be corrected at distance 2. */
    public static final int LONG_WORD = 8;
    private static final String RESOURCE = "spelling-words.txt";
    private static final Map<String, String> CONTRACTIONS = contractions();

    private final Vocabulary vocabulary;

    private static final class Holder {
        static final SpellingNormalizer INSTANCE = new SpellingNormalizer(Vocabulary.load());
    }

    private SpellingNormalizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The shared normaliser; its vocabulary is read on the first call. */
    public static SpellingNormalizer get() {
        return Holder.INSTANCE;
    }

    /** How many words the vocabulary holds. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The bytes the packed vocabulary arrays take (excluding object headers). */
    public long vocabularyBytes() {
        return vocabulary.bytes();
    }

    /**
     * The text with its misspelt words corrected and everything else (spacing, punctuation, case of other
     * words) kept; the same instance when nothing was corrected.
     *
     * @throws NullPointerException if text is null
     */
    public String normalize(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = null;
        boolean quoted = false;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                sentenceStart |= text.charAt(i) == '\n';
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            int quotes = quoteMarks(text, i, end);
            String fix = quoted || quotes > 0 ? null : correctChunk(text, i, end, sentenceStart);
            if (fix != null) {
                if (out == null) {
                    out = new StringBuilder(n + 8).append(text, 0, i);
                }
                out.append(fix);
            } else if (out != null) {
                out.append(text, i, end);
            }
            if (out != null && end < n) {
                int next = end;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                out.append(text, end, next);
            }
            quoted ^= (quotes & 1) == 1;
            char last = text.charAt(end - 1);
            sentenceStart = last == '.' || last == '?' || last == '!' || last == ':';
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /** Quote marks and backticks in the chunk (an apostrophe inside a word is none). */
    private static int quoteMarks(String text, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '`' || c == '\u201c' || c == '\u201d') {
                count++;
            } else if ((c == '\'' || c == '\u2018' || c == '\u2019') && (k == from || k == to - 1)
                    && !(k == to - 1 && k > from && text.charAt(k - 1) == 's')) {
                count++; // an opening or closing single quote; "dogs'" is a possessive
            }
        }
        return count;
    }

    /** The chunk with its word corrected, or null when it is left as it is. */
    private String correctChunk(String text, int from, int to, boolean sentenceStart) {
        int s = from;
        while (s < to && "([{\u00bf\u00a1".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        int e = to;
        while (e > s && ".,;:!?)]}".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s < MIN_LETTERS) {
            return null;
        }
        boolean capital = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z' && k == s && sentenceStart) {
                capital = true;
            } else if (c < 'a' || c > 'z') {
                return null;
            }
        }
        String word = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        String fixed = correct(word);
        if (fixed == null) {
            return null;
        }
        if (capital) {
            fixed = Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
        }
        return text.substring(from, s) + fixed + text.substring(e, to);
    }

    /**
     * The correction of one lower-case word of letters, or null when it is known, protected, too short or has
     * no single best correction.
     */
    String correct(String word) {
        if (word.length() < MIN_LETTERS || vocabulary.id(word.toCharArray(), word.length()) >= 0) {
            return null;
        }
        String contraction = CONTRACTIONS.get(word);
        if (contraction != null) {
            return contraction;
        }
        if (derived(word)) {
            return null;
        }
        Candidate best = distanceOne(word);
        if (best == null && word.length() >= LONG_WORD && !compound(word)) {
            best = distanceTwo(word);
        }
        return best == null || best.tied ? null : vocabulary.word(best.id);
    }

    private static final String[] PREFIXES = {"re", "un", "de", "pre", "non", "over", "under", "sub", "inter", "multi",
        "mis", "dis", "co", "auto", "micro", "anti", "self", "out", "up"};
    private static final String[] SUFFIXES = {"y", "ly", "ish", "ness", "less", "ful", "able", "ible", "ment", "ize",
        "ise", "er", "or", "ers", "ors"};

    /**
     * Whether the word is a common content word (a token WordNet holds) with a common prefix or suffix
     * ("refreeze", "debounce", "crunchy", "validator") or two of them written together ("keyframe"): a word the
     * vocabulary does not list, not a misspelling. The base after a prefix has at least five letters ("disabel" is
     * no "dis" + "abel"), before a suffix and each part of a compound at least four; -ing and -ed
     * are left out, since the vocabulary holds the regular forms and "runing" is no form of "run".
     */
    private boolean derived(String word) {
        for (String p : PREFIXES) {
            if (word.length() >= p.length() + 5 && word.startsWith(p) && wordNetWord(word.substring(p.length()))) {
                return true;
            }
        }
        for (String x : SUFFIXES) {
            int base = word.length() - x.length();
            if (base >= 4 && word.endsWith(x) && (wordNetWord(word.substring(0, base))
                    || wordNetWord(word.substring(0, base) + "e"))) {
                return true;
            }
        }
        for (int k = 4; k <= word.length() - 4; k++) {
            if (wordNetWord(word.substring(0, k)) && wordNetWord(word.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is a common content word: a whole-word token that WordNet holds too. */
    private boolean wordNetWord(String w) {
        int id = vocabulary.id(w.toCharArray(), w.length());
        return vocabulary.isToken(id) && vocabulary.inWordNet(id);
    }

    /** Whether the word is two tokens of at least three letters written together ("publickey", "dropdown"). */
    private boolean compound(String word) {
        char[] w = word.toCharArray();
        for (int k = 3; k <= w.length - 3; k++) {
            if (vocabulary.isToken(vocabulary.id(w, k))
                    && vocabulary.isToken(vocabulary.id(java.util.Arrays.copyOfRange(w, k, w.length), w.length - k))) {
                return true;
            }
        }
        return false;
    }

    /** A vocabulary word a misspelling may stand for; {@code tied} when another ranks the same. */
    private static final class Candidate {
        final int id;
        boolean keepsLetters;
        boolean addsLetter;
        boolean tied;

        Candidate(int id, boolean keepsLetters, boolean addsLetter) {
            this.id = id;
            this.keepsLetters = keepsLetters;
            this.addsLetter = addsLetter;
        }
    }

    /** The best vocabulary word one edit away, or null. */
    private Candidate distanceOne(String word) {
        char[] w = word.toCharArray();
        int n = w.length;
        char[] buf = new char[n + 1];
        List<Candidate> found = new ArrayList<>(4);
        for (int k = 0; k < n; k++) { // deletion
            System.arraycopy(w, 0, buf, 0, k);
            System.arraycopy(w, k + 1, buf, k, n - k - 1);
            offer(found, buf, n - 1, w, (k > 0 && w[k - 1] == w[k]) || (k + 1 < n && w[k + 1] == w[k]));
        }
        for (int k = 0; k + 1 < n; k++) { // transposition
            if (w[k] != w[k + 1]) {
                System.arraycopy(w, 0, buf, 0, n);
                buf[k] = w[k + 1];
                buf[k + 1] = w[k];
                offer(found, buf, n, w, true);
            }
        }
        for (int k = 0; k < n; k++) { // substitution
            System.arraycopy(w, 0, buf, 0, n);
            for (char c = 'a'; c <= 'z'; c++) {
                if (c != w[k]) {
                    buf[k] = c;
                    offer(found, buf, n, w, false);
                }
            }
        }
        for (int k = 0; k <= n; k++) { // insertion
            System.arraycopy(w, 0, buf, 0, k);
            System.arraycopy(w, k, buf, k + 1, n - k);
            for (char c = 'a'; c <= 'z'; c++) {
                buf[k] = c;
                offer(found, buf, n + 1, w, (k > 0 && w[k - 1] == c) || (k < n && w[k] == c));
            }
        }
        return best(found);
    }

    private void offer(List<Candidate> found, char[] buf, int len, char[] word, boolean keepsLetters) {
        boolean adds = len > word.length;
        if (word.length < MIN_LETTERS + 1 && !keepsLetters && !adds) {
            return; // a four-letter word has too many neighbours one letter off
        }
        if (buf[0] != word[0] && !(keepsLetters && buf[0] == word[1])) {
            return; // the first letter is rarely the one mistyped; swapped first two letters are kept
        }
        int id = vocabulary.id(buf, len);
        if (id < 0 || vocabulary.protectedOnly(id)) {
            return;
        }
        for (Candidate c : found) {
            if (c.id == id) { // the same word by another edit ("comit": either "m" doubled)
                c.keepsLetters |= keepsLetters;
                return;
            }
        }
        found.add(new Candidate(id, keepsLetters, adds));
    }

    /**
     * The best candidate, marked tied when the order cannot tell it from another one: the same kind of edit and
     * both WordNet-only words, or both tokens with the runner-up less than half as far down the frequency order
     * (a guess by frequency is made only when one word is at least about twice as frequent: "notise" stays, since
     * "noise" and "notice" are about as frequent). Null when there is none.
     */
    private Candidate best(List<Candidate> found) {
        if (found.isEmpty()) {
            return null;
        }
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort((x, y) -> {
            int c = compareKind(x, y);
            return c != 0 ? c : Integer.compare(vocabulary.rank(x.id), vocabulary.rank(y.id));
        });
        Candidate best = sorted.get(0);
        if (sorted.size() > 1 && compareKind(best, sorted.get(1)) == 0) {
            long second = vocabulary.rank(sorted.get(1).id);
            best.tied = !vocabulary.isToken(best.id) || second < 2L * (vocabulary.rank(best.id) + 1);
        }
        return best;
    }

    /** Negative when {@code a} is the better kind of correction; 0 when only frequency can tell them apart. */
    private int compareKind(Candidate a, Candidate b) {
        if (a.keepsLetters != b.keepsLetters) {
            return a.keepsLetters ? -1 : 1;
        }
        if (a.addsLetter != b.addsLetter) {
            return a.addsLetter ? -1 : 1;
        }
        boolean ta = vocabulary.isToken(a.id);
        if (ta != vocabulary.isToken(b.id)) {
            return ta ? -1 : 1;
        }
        return 0;
    }

    /** The most frequent token two edits away that starts with the same letter, or null. */
    private Candidate distanceTwo(String word) {
        int[] bucket = vocabulary.longTokens(word.charAt(0));
        for (int id : bucket) { // in frequency order: the first within two edits is the best
            if (Math.abs(vocabulary.length(id) - word.length()) <= 2 && vocabulary.withinTwo(id, word)) {
                return new Candidate(id, false, false);
            }
        }
        return null;
    }

    private static Map<String, String> contractions() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String c : ("don't doesn't isn't aren't wasn't weren't hasn't haven't hadn't couldn't wouldn't"
                + " shouldn't didn't mustn't needn't what's that's there's here's where's who's how's it'll"
                + " you're they're we've you've they've you'll they'll that'll should've would've could've"
                + " she'll he'll").split(" ")) {
            m.put(c.replace("'", ""), c);
        }
        return Map.copyOf(m);
    }

    /**
     * The words packed into arrays: letters in one byte array, an open-addressing table of word ids. Ids below
     * {@code tokens} are tokenizer words in frequency order; then WordNet words; then protected names.
     */
    static final class Vocabulary {
        private final byte[] letters;
        private final int[] starts;
        private final int[] table;
        private final int tokens;
        private final int protectedFrom;
        private final int[][] longTokens = new int[26][];
        private final java.util.BitSet wordNet;

        private Vocabulary(List<String> words, int tokens, int protectedFrom, java.util.BitSet wordNet) {
            this.wordNet = wordNet;
            this.tokens = tokens;
            this.protectedFrom = protectedFrom;
            int total = 0;
            for (String w : words) {
                total += w.length();
            }
            letters = new byte[total];
            starts = new int[words.size() + 1];
            int size = Integer.highestOneBit(Math.max(16, words.size() * 2)) << 1;
            table = new int[size];
            List<List<Integer>> byLetter = new ArrayList<>();
            for (int k = 0; k < 26; k++) {
                byLetter.add(new ArrayList<>());
            }
            int at = 0;
            for (int id = 0; id < words.size(); id++) {
                String w = words.get(id);
                starts[id] = at;
                for (int k = 0; k < w.length(); k++) {
                    letters[at++] = (byte) w.charAt(k);
                }
                starts[id + 1] = at;
                insert(id);
                if (id < tokens && w.length() >= LONG_WORD - 2) {
                    byLetter.get(w.charAt(0) - 'a').add(id);
                }
            }
            for (int k = 0; k < 26; k++) {
                longTokens[k] = byLetter.get(k).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        /**
         * Reads the resource (its words are distinct, tokens first, then WordNet's other words, then the protected
         * technical words) and adds the verifier's entity names and units it does not hold, as protected words.
         */
        static Vocabulary load() {
            List<String> words = new ArrayList<>(160_000);
            java.util.BitSet wordNet = new java.util.BitSet(160_000);
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (String name : Lexicon.ENTITY_ALIASES.keySet()) {
                if (name.matches("[a-z]+")) {
                    names.add(name);
                }
            }
            for (String unit : Lexicon.UNITS.keySet()) {
                if (unit.matches("[a-z]+")) {
                    names.add(unit);
                }
            }
            int tokens = -1;
            try (InputStream in = SpellingNormalizer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " beside "
                            + SpellingNormalizer.class.getName());
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                boolean protectedSection = false;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.equals("#wordnet")) {
                        tokens = words.size();
                    } else if (line.equals("#protected")) {
                        protectedSection = true;
                    } else if (protectedSection && !line.isEmpty()) {
                        names.add(line);
                    } else if (!line.startsWith("#") && !line.isEmpty()) {
                        boolean marked = line.endsWith(" w");
                        String w = marked ? line.substring(0, line.length() - 2) : line;
                        wordNet.set(words.size(), tokens >= 0 || marked);
                        words.add(w);
                        names.remove(w);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            if (tokens < 0) {
                throw new IllegalStateException(RESOURCE + " has no #wordnet section");
            }
            int protectedFrom = words.size();
            words.addAll(names);
            return new Vocabulary(words, tokens, protectedFrom, wordNet);
        }

        private static int hash(char[] w, int len) {
            int h = 0;
            for (int k = 0; k < len; k++) {
                h = 31 * h + w[k];
            }
            return h ^ (h >>> 15) * 0x2c1b3c6d;
        }

        private void insert(int id) {
            char[] w = word(id).toCharArray();
            int mask = table.length - 1;
            for (int slot = hash(w, w.length) & mask; ; slot = (slot + 1) & mask) {
                if (table[slot] == 0) {
                    table[slot] = id + 1;
                    return;
                }
            }
        }

        /** The id of the word in {@code w[0..len)}, or -1. */
        int id(char[] w, int len) {
            int mask = table.length - 1;
            for (int slot = hash(w, len) & mask; ; slot = (slot + 1) & mask) {
                int v = table[slot];
                if (v == 0) {
                    return -1;
                }
                if (equals(v - 1, w, len)) {
                    return v - 1;
                }
            }
        }

        private boolean equals(int id, char[] w, int len) {
            int s = starts[id];
            if (starts[id + 1] - s != len) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (letters[s + k] != w[k]) {
                    return false;
                }
            }
            return true;
        }

        String word(int id) {
            return new String(letters, starts[id], starts[id + 1] - starts[id], StandardCharsets.US_ASCII);
        }

        int length(int id) {
            return starts[id + 1] - starts[id];
        }

        /** Frequency rank: a token's id; every WordNet-only word ranks the same, after the tokens. */
        int rank(int id) {
            return Math.min(id, tokens);
        }

        /** Whether WordNet holds the word (a lemma or a form of one): a content word, not a name or a function word. */
        boolean inWordNet(int id) {
            return id >= 0 && wordNet.get(id);
        }

        boolean isToken(int id) {
            return id >= 0 && id < tokens;
        }

        /** Protected names are known words, never a correction of another word. */
        boolean protectedOnly(int id) {
            return id >= protectedFrom;
        }

        int[] longTokens(char first) {
            return first >= 'a' && first <= 'z' ? longTokens[first - 'a'] : new int[0];
        }

        int size() {
            return starts.length - 1;
        }

        long bytes() {
            long arrays = letters.length + 4L * starts.length + 4L * table.length + wordNet.size() / 8;
            for (int[] b : longTokens) {
                arrays += 4L * b.length;
            }
            return arrays;
        }

        /** Whether the optimal string alignment distance of word {@code id} and {@code w} is at most 2. */
        boolean withinTwo(int id, String w) {
            int s = starts[id];
            int m = length(id);
            int n = w.length();
            int[] prev2 = new int[n + 1];
            int[] prev = new int[n + 1];
            int[] cur = new int[n + 1];
            for (int j = 0; j <= n; j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= m; i++) {
                cur[0] = i;
                int rowMin = i;
                char a = (char) letters[s + i - 1];
                for (int j = 1; j <= n; j++) {
                    char b = w.charAt(j - 1);
                    int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a == b ? 0 : 1));
                    if (i > 1 && j > 1 && a == w.charAt(j - 2) && (char) letters[s + i - 2] == b) {
                        d = Math.min(d, prev2[j - 2] + 1);
                    }
                    cur[j] = d;
                    rowMin = Math.min(rowMin, d);
                }
                if (rowMin > 2) {
                    return false;
                }
                int[] t = prev2;
                prev2 = prev;
                prev = cur;
                cur = t;
            }
            return prev[n] <= 2;
        }
    }
}
