package io.semanticrouter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word-overlap half of tool selection: Okapi BM25 of the question's words against each offered tool's text,
 * with the document frequencies of the tools offered in the same request (a word every tool has, such as
 * "email" among email tools, weighs little). Words are lower-cased letters and digits, without a short list of
 * English function words, with a crude suffix strip ("events", "scheduled", "booking" match "event",
 * "schedule", "book"). Stateless and thread-safe.
 */
final class ToolLexicon {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is",
            "it", "my", "me", "i", "with", "by", "from", "at", "this", "that", "be", "can", "you", "your", "as", "are",
            "if", "its", "into", "use", "when", "not", "no", "all", "any", "one", "do", "does", "what", "which", "who",
            "how");
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private ToolLexicon() {
    }

    /** A tool text's words as BM25 needs them: how often each occurs, and how many there are. */
    record Words(Map<String, Integer> counts, int length) {
        static Words of(String text) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> words = words(text);
            for (String w : words) {
                counts.merge(w, 1, Integer::sum);
            }
            return new Words(Map.copyOf(counts), words.size());
        }
    }

    /** The words of a text as BM25 counts them. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 3 && (w.endsWith("ed") || w.endsWith("es"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The BM25 score of each tool (its words in {@code tools}) for the question's words, in order. */
    static double[] scores(List<String> question, List<Words> tools) {
        Set<String> asked = new HashSet<>(question);
        Map<String, Integer> df = new HashMap<>();
        double length = 0;
        for (Words t : tools) {
            length += t.length();
            for (String w : asked) {
                if (t.counts().containsKey(w)) {
                    df.merge(w, 1, Integer::sum);
                }
            }
        }
        double average = Math.max(1, length / tools.size());
        double[] out = new double[tools.size()];
        for (int i = 0; i < tools.size(); i++) {
            Words t = tools.get(i);
            double s = 0;
            for (String w : asked) {
                Integer f = t.counts().get(w);
                if (f != null) {
                    int n = df.get(w);
                    double idf = Math.log(1 + (tools.size() - n + 0.5) / (n + 0.5));
                    s += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * t.length() / average));
                }
            }
            out[i] = s;
        }
        return out;
    }
}
