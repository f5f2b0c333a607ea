package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;

import static io.semanticrouter.verify.TextFeatures.stem;

/**
 * Reads two things about the verbs and nouns of a question: how many verbs of stopping or preventing it uses
 * ({@link TextFeatures#stopping}: "stop", "turn off", "get rid of", "keep ... from", "scrape the rust off"; not a
 * state such as "my blocked drain"), and the properties it asks about ({@link TextFeatures#properties}: WordNet
 * property nouns, and the attribute of "how tall is"). Example: "how do I turn off the heating" counts one verb
 * of stopping; "how tall is the tower" asks the height.
 */
final class StoppingReader {

    /** Verbs of cleaning that remove what they take "off" or "away" ("clean the rust off", "wash it away"). */
    private static final Set<String> CLEANING = Set.of("clean", "wipe", "scrape", "wash", "scrub", "brush", "rinse",
            "rub", "peel", "strip", "sand");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");

    private StoppingReader() {
    }

    /**
     * Whether the "-ed" form at {@code i} describes the state of a thing rather than an act of stopping: it
     * follows an article, a possessive or a content word ("a drain blocked with hair", "my blocked drain",
     * "recover deleted files"), not an auxiliary or a subject ("is blocked", "I blocked").
     */
    private static boolean describesState(List<String> words, int i) {
        if (i == 0 || !words.get(i).endsWith("ed")) {
            return false;
        }
        String before = words.get(i - 1);
        return TextFeatures.ARTICLES.contains(before) || POSSESSIVES.contains(before)
                || !Lexicon.STOPWORDS.contains(before) && !Lexicon.FILLER.contains(before)
                && !Lexicon.NEGATIONS.contains(before);
    }

    /**
     * Counts verbs of stopping ("stop", "turn off", "keep ... from", "cut out", "give up") into
     * {@link TextFeatures#stopping} and reads the properties asked about into {@link TextFeatures#properties}.
     */
    static void read(TextFeatures f) {
        List<String> words = f.words;
        WordNet wn = WordNet.get();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            List<String> after = words.subList(i + 1, Math.min(words.size(), i + 5));
            if (wn.stopping(w) && !describesState(words, i)
                    || (next.equals("off") && (stem(w).equals("turn") || stem(w).equals("switch") || stem(w).equals("shut")))
                    || CLEANING.contains(w) && (after.contains("off") || after.contains("away"))
                    || (stem(w).equals("get") && (next.equals("rid") || after.contains("out") || after.contains("off")))
                    || (stem(w).equals("cut") && next.equals("out")) || (stem(w).equals(stem("give")) && next.equals("up"))
                    || (stem(w).equals("keep") && after.contains("from"))) {
                f.stopping++;
            }
            String property = Lexicon.STOPWORDS.contains(w) ? null : wn.property(w);
            if (property != null) {
                f.properties.add(property);
            }
            if (w.equals("how") && i + 2 < words.size() && AspectReader.LINKING_VERBS.contains(words.get(i + 2))) {
                f.properties.addAll(wn.attributesOf(next)); // "how tall is": height
            }
        }
    }
}
