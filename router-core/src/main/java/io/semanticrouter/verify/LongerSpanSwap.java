package io.semanticrouter.verify;

import java.util.List;

/**
 * One rule of the verifier: in a longer question (more than four content words), a span of up to three words
 * naming a thing put in place of another, every other content word the same and in the same order ("print the
 * class of an object" / "print the instance variables of an object"; "What magnification does it give?" / "What
 * field of view does it give?"). The spans name other things unless a word of one may stand for a word of the
 * other: the short-question span rule's exemptions (WordNet synonyms, hypernyms and hyponyms, derivations, one
 * word beginning or ending the other).
 */
final class LongerSpanSwap {

    /** Content words up to which the short-question span rule decides instead. */
    private static final int SHORT_QUESTION_WORDS = 4;
    private static final int MAX_QUESTION_WORDS = 12;
    private static final int MAX_SPAN_WORDS = 3;

    private LongerSpanSwap() {
    }

    /**
     * The two spans, when content words {@code x} (of sentence {@code wordsA}) and {@code y} (of {@code wordsB})
     * differ only in one span each, of one to three words (sizes differing by at most one, three words in all
     * at least: a one-for-one swap is another rule's), and each names a thing: it ends in a noun and stands where
     * a noun phrase does (after a determiner, a preposition other than "to", or "what" / "which"). Else null.
     */
    static String[] swapped(List<String> x, List<String> y, List<String> wordsA, List<String> wordsB) {
        if (x.size() <= SHORT_QUESTION_WORDS && y.size() <= SHORT_QUESTION_WORDS || x.size() > MAX_QUESTION_WORDS
                || y.size() > MAX_QUESTION_WORDS) {
            return null;
        }
        Words.Middles differ = Words.middles(x, y);
        List<String> p = differ.x();
        List<String> q = differ.y();
        if (p.isEmpty() || q.isEmpty() || p.size() > MAX_SPAN_WORDS || q.size() > MAX_SPAN_WORDS
                || p.size() + q.size() < 3 || Math.abs(p.size() - q.size()) > 1
                || !thing(p, wordsA) || !thing(q, wordsB) || Substitution.relatedSpans(p, q)) {
            return null;
        }
        return new String[]{String.join(" ", p), String.join(" ", q)};
    }

    private static boolean thing(List<String> part, List<String> words) {
        if (Substitution.thingSpan(part, words)) {
            return true;
        }
        int at = words.indexOf(part.get(0));
        return at > 0 && (words.get(at - 1).equals("what") || words.get(at - 1).equals("which"))
                && WordNet.get().noun(part.get(part.size() - 1)); // a word after "what" heads a noun phrase
    }
}
