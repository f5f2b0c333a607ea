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
    private final Set<String> stopping = new HashSet<>();
    private final Map<String, String[]> synsets = new HashMap<>();
    private final Map<String, String> irregular = new HashMap<>();
    private final Map<String, String[]> hypernyms = new HashMap<>();
    private final Map<String, String[]> partWhole = new HashMap<>();
    private final Map<String, String> partsOfSpeech = new HashMap<>();

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
                wn.read(line.split(" "));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return wn;
    }

    private void read(String[] f) {
        switch (f[0]) {
            case "ant" -> antonyms.add(f[1] + " " + f[2]);
            case "attr" -> {
                for (int i = 2; i < f.length; i++) {
                    attributes.computeIfAbsent(f[i], k -> new HashSet<>()).add(f[1]);
                }
            }
            case "prop" -> properties.add(f[1]);
            case "stop" -> stopping.add(f[1]);
            case "exc" -> irregular.putIfAbsent(f[1], f[2]);
            case "pw" -> partWhole.put(f[1], f[2].split(","));
            case "syn" -> {
                String[] parts = f[2].split(";", -1);
                synsets.put(f[1], parts[0].split(","));
                hypernyms.put(f[1], parts[1].isEmpty() ? new String[0] : parts[1].split(","));
                partsOfSpeech.put(f[1], parts[2]);
            }
            default -> { } // comments
        }
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
                String[] sx = synsets.get(bx);
                String[] sy = synsets.get(by);
                if (sx != null && sy != null && (overlap(sx, sy) || overlap(sx, hypernyms.get(by))
                        || overlap(hypernyms.get(bx), sy))) {
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
                String[] sx = synsets.get(bx);
                String[] sy = synsets.get(by);
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
        String pos = partsOfSpeech.get(w);
        String irregular = irregular(w);
        if (pos == null && irregular != null) {
            pos = partsOfSpeech.get(irregular); // "children"
        }
        for (String plural : new String[]{"s", "es"}) { // only a plural is undone: "retriever" is no form of "retrieve"
            if (pos == null && w.length() > plural.length() + 2 && w.endsWith(plural)) {
                pos = partsOfSpeech.get(w.substring(0, w.length() - plural.length()));
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
