package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the order of a question's arguments and its voice: ordered pairs around direction and order markers
 * ({@link TextFeatures#directedPairs}), the source and destination of "from ... to ...", the content words in
 * order ({@link TextFeatures#contentWords}), the passive voice and a symmetric relation. Example: "is Python
 * faster than Java" gives the pair (than, python, java), so "is Java faster than Python" asks another question;
 * "from Madrid to Lisbon" gives source madrid and destination lisbon.
 */
final class DirectionReader {

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being",
            "get", "gets", "got", "gotten");

    private DirectionReader() {
    }

    /**
     * Ordered argument pairs around "after" and "before": "sow beans after clover" gives (beans, clover), so the
     * same words the other way round ask another question. The words stay content words for the other rules.
     */
    static void readOrder(TextFeatures f) {
        List<String> words = f.words;
        List<String> content = new ArrayList<>();
        List<Integer> markerAt = new ArrayList<>();
        for (String w : words) {
            if (Lexicon.ORDER_MARKERS.contains(w)) {
                markerAt.add(content.size());
                content.add("|" + w);
            } else if (Lexicon.DIRECTION_MARKERS.contains(w)) {
                content.add("|");
            } else if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w)) {
                content.add(w);
            }
        }
        for (int m : markerAt) {
            List<String> right = new ArrayList<>(2);
            for (int k = m + 1; k < content.size() && right.size() < 2 && !content.get(k).startsWith("|"); k++) {
                right.add(content.get(k));
            }
            for (int k = m - 1; k >= 0 && k >= m - 3 && !content.get(k).startsWith("|"); k--) {
                for (String r : right) {
                    if (!r.equals(content.get(k))) {
                        f.directedPairs.add(content.get(m).substring(1) + "\u0000" + content.get(k) + "\u0000" + r);
                    }
                }
            }
        }
    }

    /**
     * Ordered argument pairs around direction markers: "Python faster than Java" gives (python, java);
     * "from Madrid to Lisbon" gives source madrid and destination lisbon.
     */
    static void readDirections(TextFeatures f) {
        List<String> words = f.words;
        List<String> content = new ArrayList<>();
        List<Integer> markerAt = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean marker = Lexicon.DIRECTION_MARKERS.contains(w) || w.equals("->") || w.equals("→");
            if (marker && symmetricBefore(words, i)) {
                continue; // "similar to", "how far is Paris from London": either side may come first
            }
            if (marker && w.equals("in") && f.aspects.contains("quantity")) {
                marker = false; // "how many hours in a week" and "a week in hours" ask the same
            }
            if (marker) {
                markerAt.add(content.size());
                content.add("|" + w);
            } else if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w)) {
                content.add(w);
                f.contentWords.add(w);
                f.frontedContent += i < f.frontedEnd ? 1 : 0;
            }
        }
        for (int m : markerAt) {
            String marker = content.get(m).substring(1);
            List<String> right = new ArrayList<>(2);
            for (int k = m + 1; k < content.size() && right.size() < 2; k++) {
                if (content.get(k).startsWith("|")) {
                    break;
                }
                right.add(content.get(k));
            }
            if (right.isEmpty()) {
                continue;
            }
            if (marker.equals("from")) {
                f.source = right.get(0);
            }
            if ((marker.equals("to") || marker.equals("into") || marker.equals("->") || marker.equals("→"))
                    && f.destination == null) {
                f.destination = right.get(0);
            }
            for (int k = m - 1, taken = 0; k >= 0 && taken < 3; k--) {
                String left = content.get(k);
                if (left.startsWith("|")) {
                    break;
                }
                for (String r : right) {
                    if (!r.equals(left)) {
                        f.directedPairs.add(marker + "\u0000" + left + "\u0000" + r);
                    }
                }
                taken++;
            }
        }
        if (f.source == null) {
            f.destination = null;
        }
    }

    /** Whether a symmetric predicate comes among the three words before word {@code i} ("far is Paris from"). */
    private static boolean symmetricBefore(List<String> words, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (Lexicon.SYMMETRIC_PREDICATES.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passive voice: a form of "be" or "get", then a participle. Symmetric relation: a word of
     * {@link Lexicon#SYMMETRIC_PREDICATES}.
     */
    static void readVoiceAndSymmetry(TextFeatures f) {
        List<String> words = f.words;
        int auxiliary = -1;
        boolean participle = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            f.symmetric |= Lexicon.SYMMETRIC_PREDICATES.contains(w);
            if (PASSIVE_AUXILIARIES.contains(w)) {
                auxiliary = i;
                participle = false;
            } else if (auxiliary >= 0 && !participle && (participle(w) || WordNet.get().irregularForm(w))) {
                participle = true;
                f.passive = true;
            }
        }
    }

    /** A regular past participle's ending ("calculated", "taken", "shown"). */
    private static boolean participle(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
    }
}
