package io.semanticrouter.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word tests the verifier's rule families share: whether a word is a content word, two words have one stem or
 * may stand for each other in a paraphrase, a small typo (edit distance), and set helpers. It refuses nothing on
 * its own.
 */
final class Words {

    /** Questions of more content words than this are not checked for a one-word substitution. */
    static final int MAX_SUBSTITUTION_WORDS = 6;

    /** Prepositions a pronoun may stand before or after ("plug it into" / "plug into it"). */
    static final Set<String> PREPOSITIONS = Set.of("in", "into", "on", "onto", "to", "with", "from", "for",
            "at", "about", "under", "over", "through", "behind");

    /** The content word of {@code t} with this stem, else the stem itself. */
    static String contentWordOf(TextFeatures t, String stem) {
        for (String w : t.contentWords) {
            if (TextFeatures.stem(w).equals(stem)) {
                return w;
            }
        }
        return stem;
    }

    /** Whether WordNet holds {@code w} as an adjective and not as a noun ("strong", "ripe"). */
    static boolean adjectiveOnly(String w) {
        String pos = WordNet.get().partsOfSpeech(w);
        return pos != null && pos.indexOf('a') >= 0 && pos.indexOf('n') < 0;
    }

    /**
     * Where two word lists differ once their shared start and then their shared end (compared by stem, the end not
     * reaching into the start) are set aside: {@code head} words are shared at the start, and {@code x} and
     * {@code y} are the two differing middles (views of the lists, possibly empty).
     */
    record Middles(int head, List<String> x, List<String> y) {
    }

    /** The differing middles of {@code x} and {@code y} ({@link Middles}). */
    static Middles middles(List<String> x, List<String> y) {
        int shorter = Math.min(x.size(), y.size());
        int head = 0;
        while (head < shorter && sameStem(x.get(head), y.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < shorter - head && sameStem(x.get(x.size() - 1 - tail), y.get(y.size() - 1 - tail))) {
            tail++;
        }
        return new Middles(head, x.subList(head, x.size() - tail), y.subList(head, y.size() - tail));
    }

    /** Whether {@code words} holds {@code u} right before {@code v} ("and he", "my wife"). */
    static boolean containsPair(List<String> words, String u, String v) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(u) && words.get(i + 1).equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is a content word: no stop word and no filler. */
    static boolean content(String w) {
        return !Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w);
    }

    /** Whether the two words have one stem. */
    static boolean sameStem(String u, String v) {
        return TextFeatures.stem(u).equals(TextFeatures.stem(v));
    }

    /**
     * Whether one word may stand for the other in a paraphrase: evaluative words, quantifiers, forms of one
     * word, a typo, numbers (the number rule compares those), an adjective and its attribute (tall / height),
     * or WordNet near synonyms. A part and its whole ("war" / "battle") are not near synonyms, and neither are
     * two kinds of one thing ("wheat" / "rye"), which WordNet does not relate.
     */
    static boolean interchangeable(String p, String q) {
        if (sameSense(p, q) || Lexicon.EVALUATIVE.contains(p) || Lexicon.EVALUATIVE.contains(q)
                || !java.util.Collections.disjoint(WordNet.baseForms(p), WordNet.baseForms(q))
                || Lexicon.NUMBER_WORDS.containsKey(p) || Lexicon.NUMBER_WORDS.containsKey(q)
                || p.chars().anyMatch(Character::isDigit) || q.chars().anyMatch(Character::isDigit)
                || editDistanceAtMost(p, q, Math.min(p.length(), q.length()) >= 6 ? 2 : 1)) {
            return true;
        }
        WordNet wn = WordNet.get();
        String pp = wn.property(p);
        String qp = wn.property(q);
        return (qp != null && wn.attributesOf(p).contains(qp)) || (pp != null && wn.attributesOf(q).contains(pp))
                || (wn.related(p, q) && !wn.partWhole(p, q));
    }

    /** Whether the two words are a pair of {@link Lexicon#SAME_SENSE}, either way round. */
    static boolean sameSense(String p, String q) {
        for (String[] pair : Lexicon.SAME_SENSE) {
            if (pair[0].equals(p) && pair[1].equals(q) || pair[0].equals(q) && pair[1].equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** A new set of the words of both. */
    static Set<String> union(Set<String> x, Set<String> y) {
        Set<String> out = new HashSet<>(x);
        out.addAll(y);
        return out;
    }

    /** A new set of the words of {@code x} not in {@code y}. */
    static Set<String> minus(Set<String> x, Set<String> y) {
        Set<String> out = new HashSet<>(x);
        out.removeAll(y);
        return out;
    }

    /** Whether the sets share a word. */
    static boolean intersects(Set<String> x, Set<String> y) {
        for (String s : x) {
            if (y.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Damerau-Levenshtein (adjacent transpositions) distance no larger than {@code max}, with early exit. */
    static boolean editDistanceAtMost(String s, String t, int max) {
        int n = s.length();
        int m = t.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return false;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m] <= max;
    }

    private Words() {
    }
}
