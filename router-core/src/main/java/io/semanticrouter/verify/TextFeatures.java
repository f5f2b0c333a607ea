package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link LexicalHitVerifier} reads from one question: normalised words, negations, quantities, dates,
 * named things, question aspects and ordered argument pairs. Built once per text in a few microseconds;
 * immutable after construction. This class holds the words and the features; {@link #TextFeatures(String)} lists
 * the readers that fill them, in the order they run: {@link Tokenizer}, {@link AspectReader} and
 * {@link QuantityReader} (word by word, together), {@link EntityReader}, {@link DirectionReader},
 * {@link StoppingReader} and {@link QualifierReader}.
 */
final class TextFeatures {

    static final Set<String> ARTICLES = Set.of("a", "an", "the");
    static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Set<String> FAIL = Set.of("fail", "fails", "failed", "failing");
    private static final Set<String> SYMMETRIC_GLUE = Set.of("a", "an", "the", "or", "and", "vs", "versus", "&");
    private static final Pattern INFLECTION = Pattern.compile("(ed|d|es|s)$");
    private static final Pattern IDENTIFIER = Pattern.compile(".*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*|.*[+#].*|.+\\..+");

    /**
     * A number, with its unit when one follows; {@code period} when it is the period of a frequency ("three
     * times a week").
     */
    record Quantity(String key, boolean dateOrVersion, String shown, boolean period) {
    }

    final List<String> words = new ArrayList<>();
    final Set<String> stems = new HashSet<>();
    int negations;
    /** For each negation, the stem of the first content word after it ("" when none). */
    final List<String> negatedWords = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    final Set<String> units = new LinkedHashSet<>();
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> entities = new LinkedHashSet<>();
    final Set<String> aspects = new LinkedHashSet<>();
    boolean method;
    /** Asks what something is ("what is", "meaning of"); an aspect only when no other aspect is asked. */
    boolean definition;
    /** "marker NUL left NUL right" for argument pairs around direction markers. */
    final Set<String> directedPairs = new HashSet<>();
    /** Words that ask an aspect rather than name a thing ("much" of "how much", "times" of "how many times"). */
    final Set<String> askingWords = new HashSet<>();
    /** Whether the question is in the passive voice ("is the earth orbited by the moon", "how is GDP measured"). */
    boolean passive;
    /**
     * Whether the question names a symmetric relation ("similar", "compatible", "married"), so its two sides
     * may change places.
     */
    boolean symmetric;
    /** Content words (no stop words, fillers or markers) in order. */
    final List<String> contentWords = new ArrayList<>();
    String source;
    String destination;
    final Set<String> timeSensitive = new LinkedHashSet<>();
    /** How many verbs of stopping or preventing the question uses ("stop", "prevent", "turn off"). */
    int stopping;
    /** Properties asked about: WordNet property nouns, and the attribute of "how tall is" and the like. */
    final Set<String> properties = new LinkedHashSet<>();
    /** Qualifier phrases ("without external libraries", "quickly"): the stems of their content words. */
    final List<List<String>> qualifiers = new ArrayList<>();
    /**
     * How many of the first {@link #contentWords} belong to a phrase put in front of the question and closed by a
     * comma ("In CSS, how do I ...": 1); 0 when there is none.
     */
    int frontedContent;
    /** The index in {@link #words} after a phrase put in front ("In CSS,"), 0 when there is none. */
    int frontedEnd;
    /** Stems of {@link #contentWords}. */
    final Set<String> contentStems = new HashSet<>();
    final String normalized;
    /** Indices in {@link #words} of the words right after a comma. */
    final Set<Integer> afterComma = new HashSet<>(2);
    /** Whether a sentence ends before the last word ("How do I ...? Which book ...?"). */
    boolean severalSentences;
    /** How many words came before the first full stop, question or exclamation mark; -1 before one is read. */
    int firstStop = -1;
    /** Words written as a possessor with "'s" ("my friend's car": "friend"), pronouns and question words left out. */
    final Set<String> possessorNames = new HashSet<>(2);

    /** For each word, whether it was written with a capital (or an inner one, "JavaScript"). */
    final List<Boolean> capitalised = new ArrayList<>();
    /** For each word, whether it opens a sentence. */
    final List<Boolean> sentenceStart = new ArrayList<>();

    TextFeatures(String text) {
        Tokenizer.tokenize(text, this);
        severalSentences = firstStop >= 0 && firstStop < words.size();
        normalized = String.join(" ", words);
        Tokenizer.joinMultiwordNames(this);
        readFeatures();
    }

    /**
     * Runs the feature readers over {@link #words}, in this order: stems, negations, time-sensitive words,
     * aspects and quantities word by word; then units, dates and names; directions, order, voice; stopping verbs
     * and properties; qualifiers.
     */
    private void readFeatures() {
        int n = words.size();
        boolean[] consumed = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (!Lexicon.FILLER.contains(w)) {
                stems.add(stem(w));
            }
            if (Lexicon.NEGATIONS.contains(w) || FAIL.contains(w) && i + 1 < n && words.get(i + 1).equals("to")) {
                negations++; // "fails to start" says "does not start"
                negatedWords.add(nextContentWord(i));
            }
            if (Lexicon.TIME_SENSITIVE.contains(w)) {
                timeSensitive.add(w);
            }
            AspectReader.read(this, i, w);
            if (!consumed[i]) {
                i = QuantityReader.read(this, i, consumed);
            }
        }
        EntityReader.read(this, consumed);
        if (aspects.contains("quantity") && quantities.stream().anyMatch(Quantity::period)) {
            aspects.remove("quantity"); // "how many walks a day" asks how often
            aspects.add("frequency");
        }
        if (definition && aspects.isEmpty()) {
            aspects.add("definition");
        }
        DirectionReader.readDirections(this);
        DirectionReader.readOrder(this);
        DirectionReader.readVoiceAndSymmetry(this);
        for (String w : contentWords) {
            contentStems.add(stem(w));
        }
        StoppingReader.read(this);
        QualifierReader.read(this);
        if (!properties.isEmpty()) {
            aspects.remove("definition"); // "what is the weight of" asks the weight, not what weight is
        }
    }

    /**
     * Whether a word has the shape of an identifier ({@link #IDENTIFIER}) and is no plain number. Every alternative of
     * that pattern needs a digit, '+', '#' or '.', so a word without any of them (most words) skips both patterns:
     * the same answer, for a fraction of the cost (they took about a tenth of a verification).
     */
    static boolean identifierWord(String w) {
        boolean mark = false;
        for (int i = 0; i < w.length() && !mark; i++) {
            char c = w.charAt(i);
            mark = c >= '0' && c <= '9' || c == '+' || c == '#' || c == '.';
        }
        return mark && IDENTIFIER.matcher(w).matches() && !NUMBER.matcher(w).matches();
    }

    /**
     * {@code w} without a final "ed", "d", "es" or "s": what {@code INFLECTION.matcher(w).replaceFirst("")} gives,
     * without the pattern (the earliest match ends the word, so a word ending in "ed" or "es" loses two letters, one
     * ending in "d" or "s" one). A word ending in a line terminator, before which '$' also matches, goes to the
     * pattern.
     */
    static String withoutInflection(String w) {
        int n = w.length();
        if (n == 0) {
            return w;
        }
        char last = w.charAt(n - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return INFLECTION.matcher(w).replaceFirst("");
        }
        if (last != 'd' && last != 's') {
            return w;
        }
        return n >= 2 && w.charAt(n - 2) == 'e' ? w.substring(0, n - 2) : w.substring(0, n - 1);
    }

    /** The stem of the first content word within four words after word {@code i}, "" when none. */
    private String nextContentWord(int i) {
        for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
            String w = words.get(k);
            if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w) && !Lexicon.NEGATIONS.contains(w)) {
                return stem(w);
            }
        }
        return "";
    }

    /** Whether {@code x} and {@code y} are joined by a symmetric "and"/"or"/"vs" ("a fruit or a vegetable"). */
    boolean joinedSymmetrically(String x, String y) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals(x) && !words.get(i).equals(y)) {
                continue;
            }
            String other = words.get(i).equals(x) ? y : x;
            int k = i + 1;
            boolean conjunction = false;
            while (k < words.size() && SYMMETRIC_GLUE.contains(words.get(k))) {
                conjunction |= !ARTICLES.contains(words.get(k)); // "a square or a rectangle", not "a square a rectangle"
                k++;
            }
            if (conjunction && k < words.size() && words.get(k).equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is "a", "an" or "the". */
    static boolean isArticle(String w) {
        return ARTICLES.contains(w);
    }

    /** A light stem: enough to match "enabled"/"enable"/"enabling" and plurals, the same on both sides. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
            if (s.length() > 2 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && s.charAt(s.length() - 1) != 's') {
                s = s.substring(0, s.length() - 1); // stopping -> stop
            }
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
