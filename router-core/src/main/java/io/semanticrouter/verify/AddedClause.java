package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One rule of the verifier: a clause that adds a condition in one question only, the rest nearly the same: a
 * participle clause after a comma ("sort folders by size, counting everything inside them") or a relative
 * clause opened by "whose" or by "where" after a noun ("a hash whose default is a new array for each key"
 * against "a hash with a default value"). "which", "who" and "that" are left out: they open rewordings and
 * second questions as often ("questions which can be answered by Google"). Questions of several sentences are
 * left alone. The clause must bring at least two content words the other question lacks, and the other question
 * may have at most one content word this one lacks (a word the clause replaced, or one reworded).
 */
final class AddedClause {

    private static final int MIN_NEW_WORDS = 2;

    private AddedClause() {
    }

    /** What was added, when one question has such a clause and the other none; else null. */
    static String added(TextFeatures a, TextFeatures b) {
        String clause = clause(a, b);
        if (clause != null) {
            return "a clause '" + clause + "' in the cached question only";
        }
        clause = clause(b, a);
        return clause == null ? null : "a clause '" + clause + "' in the new question only";
    }

    private static String clause(TextFeatures x, TextFeatures y) {
        if (x.severalSentences || y.severalSentences) {
            return null;
        }
        int start = clauseStart(x);
        if (start < 0 || clauseStart(y) >= 0 || missing(y.contentStems, x) > 1) {
            return null;
        }
        List<String> fresh = new ArrayList<>();
        for (int i = start; i < x.words.size(); i++) {
            String w = x.words.get(i);
            if (Words.content(w) && !y.stems.contains(TextFeatures.stem(w))) {
                fresh.add(w);
            }
        }
        return fresh.size() >= MIN_NEW_WORDS ? String.join(" ", x.words.subList(start, x.words.size())) : null;
    }

    /** The index of the first word of a participle clause after a comma or of a relative clause, else -1. */
    private static int clauseStart(TextFeatures t) {
        for (int i = 1; i < t.words.size(); i++) {
            String w = t.words.get(i);
            boolean participle = t.afterComma.contains(i) && w.endsWith("ing") && verbForm(w) && !adjective(w);
            String before = t.words.get(i - 1);
            boolean relative = w.equals("whose") && Words.content(before)
                    || w.equals("where") && Words.content(before) && WordNet.get().thing(before);
            if (participle || relative) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some base form of {@code w} is a verb ("counting": count). */
    private static boolean verbForm(String w) {
        for (String b : WordNet.baseForms(w)) {
            if (!b.equals(w) && WordNet.get().verb(b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjective(String w) {
        String pos = WordNet.get().partsOfSpeech(w);
        return pos != null && pos.indexOf('a') >= 0; // "caring", "amazing": a quality, not a clause
    }

    /** How many of {@code stems} question {@code x} lacks. */
    private static int missing(Set<String> stems, TextFeatures x) {
        int n = 0;
        for (String s : stems) {
            n += x.contentStems.contains(s) ? 0 : 1;
        }
        return n;
    }
}
