package io.semanticrouter.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link LexicalHitVerifier} knows from WordNet 3.0: antonym pairs, the attribute an adjective gives a
 * value of ("tall" gives height), nouns naming a measurable property ("weight", "wavelength") and verbs of
 * stopping, preventing or removing ("halt", "prevent", "delete"), the senses of common words, to tell a
 * synonym from another word, and the parts and wholes of common nouns ("war" / "battle"). Read once
 * from {@code wordnet-lexicon.txt}, made by {@code tools/verifier/make_wordnet_lexicon.py} (WordNet's notice
 * is in {@code WORDNET-LICENSE.txt} beside it). Words are looked up in their base forms, so "thicker",
 * "lowest", "tightened", "heavier" and "children" find thick, low, tighten, heavy and child.
 */
final class WordNet {

    private static final String RESOURCE = "wordnet-lexicon.txt";

    private final Set<String> antonyms = new HashSet<>();
    private final Map<String, Set<String>> attributes = new HashMap<>();
    private final Set<String> properties = new HashSet<>();
    private final Set<String> attributeNouns = new HashSet<>();
    private final Set<String> stopping = new HashSet<>();
    /** A word's senses as the file has them ("ids;hypernym ids;parts of speech"), parsed on first look-up. */
    private final Map<String, String> senses = new HashMap<>();
    private final Map<String, Sense> parsedSenses = new ConcurrentHashMap<>();
    private final Map<String, String> irregular = new HashMap<>();
    private final Map<String, String[]> partWhole = new HashMap<>();

    /** A word's WordNet senses (synset ids), the ids of their direct hypernyms, and its parts of speech. */
    private record Sense(String[] synsets, String[] hypernyms, String partsOfSpeech) {
        static Sense parse(String raw) {
            int a = raw.indexOf(';');
            int b = raw.indexOf(';', a + 1);
            String hyper = raw.substring(a + 1, b);
            return new Sense(raw.substring(0, a).split(","), hyper.isEmpty() ? new String[0] : hyper.split(","),
                    raw.substring(b + 1));
        }
    }

    private static final class Holder {
        static final WordNet INSTANCE = load();
    }

    private WordNet() {
    }

    /** The shared instance, read on first use. */
    static WordNet get() {
        return Holder.INSTANCE;
    }

    private static WordNet load() {
        WordNet wn = new WordNet();
        try (InputStream in = WordNet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + WordNet.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                wn.read(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return wn;
    }

    /**
     * One line: a kind, a word and the rest, separated by single spaces. Read with {@code indexOf} rather than
     * {@code split}, and a word's senses are kept as text until looked up: the file has 57,000 lines, and this
     * runs once at start-up.
     */
    private void read(String line) {
        int k = line.indexOf(' ');
        int w = k < 0 ? -1 : line.indexOf(' ', k + 1);
        if (w < 0) {
            if (k > 0) {
                word(line.substring(0, k), line.substring(k + 1));
            }
            return;
        }
        String word = line.substring(k + 1, w);
        String rest = line.substring(w + 1);
        switch (line.substring(0, k)) {
            case "ant" -> antonyms.add(line.substring(k + 1));
            case "attr" -> {
                attributeNouns.add(word);
                for (String value : rest.split(" ")) {
                    attributes.computeIfAbsent(value, x -> new HashSet<>()).add(word);
                }
            }
            case "exc" -> irregular.putIfAbsent(word, rest);
            case "pw" -> partWhole.put(word, rest.split(","));
            case "syn" -> senses.put(word, rest);
            default -> { } // comments
        }
    }

    /** A line of a kind that holds only a word. */
    private void word(String kind, String word) {
        switch (kind) {
            case "prop" -> properties.add(word);
            case "stop" -> stopping.add(word);
            default -> { } // comments
        }
    }

    /** The senses of {@code w} as written (no base forms tried), or null when WordNet's common words do not hold it. */
    private Sense sense(String w) {
        String raw = senses.get(w);
        return raw == null ? null : parsedSenses.computeIfAbsent(w, x -> Sense.parse(raw));
    }

    private String[] synsets(String w) {
        Sense s = sense(w);
        return s == null ? null : s.synsets();
    }

    private String[] hypernyms(String w) {
        Sense s = sense(w);
        return s == null ? null : s.hypernyms();
    }

    private String pos(String w) {
        Sense s = sense(w);
        return s == null ? null : s.partsOfSpeech();
    }

    /** Whether some base form of {@code x} and some base form of {@code y} are WordNet antonyms. */
    boolean antonyms(String x, String y) {
        for (String bx : baseForms(x)) {
            for (String by : baseForms(y)) {
                if (antonyms.contains(bx.compareTo(by) < 0 ? bx + " " + by : by + " " + bx)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The attributes whose values the adjective {@code adjective} names ("wide": width), empty when none. */
    Set<String> attributesOf(String adjective) {
        for (String b : baseForms(adjective)) {
            Set<String> s = attributes.get(b);
            if (s != null) {
                return s;
            }
        }
        return Set.of();
    }

    /** Whether {@code w} is a noun some adjective gives a value of ("age": old, young; "width": wide). */
    boolean attribute(String w) {
        for (String b : baseForms(w)) {
            if (attributeNouns.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** The property noun {@code w} names ("heights": height), or null when it names none. */
    String property(String w) {
        for (String b : baseForms(w)) {
            if (properties.contains(b)) {
                return b;
            }
        }
        return null;
    }

    /**
     * Whether some base forms of the two words share a WordNet sense, or one's sense is the other's direct
     * hypernym ("kill" / "terminate"). Only common words are known; an unknown word relates to nothing.
     */
    boolean related(String x, String y) {
        for (String bx : baseForms(x)) {
            for (String by : baseForms(y)) {
                String[] sx = synsets(bx);
                String[] sy = synsets(by);
                if (sx != null && sy != null && (overlap(sx, sy) || overlap(sx, hypernyms(by))
                        || overlap(hypernyms(bx), sy))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one word's common noun sense is a part, member or substance of the other's, or has it as one ("war"
     * / "battle", "cattle" / "beef"): a part and its whole are different things even where another sense of
     * the two words relates them.
     */
    boolean partWhole(String x, String y) {
        for (String bx : baseForms(x)) {
            for (String by : baseForms(y)) {
                String[] sx = synsets(bx);
                String[] sy = synsets(by);
                String[] px = partWhole.get(bx);
                String[] py = partWhole.get(by);
                if ((px != null && sy != null && overlap(px, sy)) || (py != null && sx != null && overlap(py, sx))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code w} may name a thing: the word, or its singular, is a WordNet noun and not a verb or adverb
     * ("rye", "charger", "citizens"; not "pack", "required", "more"). A word WordNet's common words do not hold
     * ("retriever") counts as one, since every verb and adjective is held.
     */
    boolean thing(String w) {
        if (w.endsWith("ly")) {
            return false;
        }
        String pos = partsOfSpeech(w);
        return pos == null || pos.indexOf('n') >= 0 && pos.indexOf('v') < 0 && pos.indexOf('r') < 0;
    }

    /**
     * The parts of speech of {@code w} ("n", "v", "a", "r" letters), of its irregular base or of its singular,
     * or null when WordNet's common words do not hold it. The word itself comes first: "charger" is a noun
     * though "charge" is a verb.
     */
    String partsOfSpeech(String w) {
        String pos = pos(w);
        String irregular = irregular(w);
        if (pos == null && irregular != null) {
            pos = pos(irregular); // "children"
        }
        for (String plural : new String[]{"s", "es"}) { // only a plural is undone: "retriever" is no form of "retrieve"
            if (pos == null && w.length() > plural.length() + 2 && w.endsWith(plural)) {
                pos = pos(w.substring(0, w.length() - plural.length()));
            }
        }
        return pos;
    }

    /** Whether {@code w} may be a noun: WordNet holds a noun sense of it, or does not hold it and it has letters only. */
    boolean noun(String w) {
        String pos = partsOfSpeech(w);
        return pos == null ? w.chars().allMatch(Character::isLetter) : pos.indexOf('n') >= 0;
    }

    /** Whether WordNet's common words hold a verb sense of {@code w}, or do not hold it at all. */
    boolean verb(String w) {
        String pos = partsOfSpeech(w);
        return pos == null || pos.indexOf('v') >= 0;
    }

    /**
     * Whether {@code w} may modify a noun: it has a noun or adjective sense, or WordNet does not hold it and it is
     * no "-ing" or "-ed" form.
     */
    boolean modifier(String w) {
        String pos = partsOfSpeech(w);
        return pos == null ? w.chars().allMatch(Character::isLetter) && !w.endsWith("ing") && !w.endsWith("ed")
                : pos.indexOf('n') >= 0 || pos.indexOf('a') >= 0;
    }

    private static boolean overlap(String[] x, String[] y) {
        for (String a : x) {
            for (String b : y) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String irregular(String w) {
        return irregular.get(w);
    }

    /**
     * Whether WordNet's common words hold {@code w}: the word or one of its {@linkplain #baseForms base forms}
     * has a sense, or it is an irregular form ("went", "children").
     */
    boolean holds(String w) {
        if (irregular.containsKey(w)) {
            return true;
        }
        for (String b : baseForms(w)) {
            if (senses.containsKey(b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is an irregular form in WordNet's exception lists ("written", "children"). */
    boolean irregularForm(String w) {
        return irregular.containsKey(w);
    }

    /** Whether {@code w} is a form of a verb of stopping, preventing or removing ("prevented", "deletes"). */
    boolean stopping(String w) {
        for (String b : baseForms(w)) {
            if (stopping.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word and the base forms it may have: plural, past, gerund, comparative, superlative and the verb made
     * of an adjective ("tighten": tight) undone.
     */
    static List<String> baseForms(String w) {
        List<String> out = new ArrayList<>(6);
        out.add(w);
        String irregular = get().irregular(w);
        if (irregular != null) {
            out.add(irregular); // children -> child, worse -> bad
        }
        for (String suffix : new String[]{"est", "er", "ing", "ed", "es", "s", "ly", "en"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String b = w.substring(0, w.length() - suffix.length());
                out.add(b);
                out.add(b + "e"); // wider -> wide
                if (b.endsWith("i")) {
                    out.add(b.substring(0, b.length() - 1) + "y"); // heavier -> heavy
                }
                int n = b.length();
                if (n > 2 && b.charAt(n - 1) == b.charAt(n - 2)) {
                    out.add(b.substring(0, n - 1)); // thinner -> thin
                }
            }
        }
        return out;
    }
}
