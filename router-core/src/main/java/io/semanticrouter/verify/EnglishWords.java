package io.semanticrouter.verify;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is English, as far as the verifier's word lists know: WordNet's common words in any inflected
 * form ({@code wordnet-lexicon.txt}, the same resource {@link LexicalHitVerifier} reads, through its base forms:
 * "bookings", "cancelled", "children"), the verifier's English function words, fillers, qualifier and date words,
 * and a few more function words WordNet does not hold (pronouns, determiners, conjunctions). Used by tool
 * selection to tell whether a question is written in English before it trusts an English embedder with it.
 * Stateless and thread-safe; the WordNet words are read once, on first use.
 */
public final class EnglishWords {

    /** Function words neither WordNet nor the verifier's lists hold. */
    private static final Set<String> FUNCTION = Set.of("her", "hers", "his", "him", "us", "ours", "yours", "theirs",
            "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "since", "per", "because",
            "although", "though", "whether", "nor", "either", "neither", "both", "each", "every", "everything",
            "nothing", "anything", "something", "everyone", "anyone", "someone", "nobody", "everybody", "whatever",
            "whenever", "wherever", "whichever", "whoever", "till", "upon", "onto", "via", "vs", "unto", "amongst",
            "among", "between", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "shouldn",
            "couldn", "haven", "hasn", "hadn", "ain");

    private EnglishWords() {
    }

    /**
     * Whether {@code word} is an English word the lists hold. The word is lower-cased first; a word with
     * anything but letters (digits, marks, punctuation) is not one.
     *
     * @throws NullPointerException if word is null
     */
    public static boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        return FUNCTION.contains(w) || listed(w) || WordNet.get().holds(w);
    }

    private static boolean listed(String w) {
        return Lexicon.STOPWORDS.contains(w) || Lexicon.FILLER.contains(w) || Lexicon.EVALUATIVE.contains(w)
                || Lexicon.ADDED_FILLERS.contains(w) || Lexicon.QUALIFIER_MARKERS.contains(w)
                || Lexicon.DIRECTION_MARKERS.contains(w) || Lexicon.DATE_WORDS.contains(w)
                || Lexicon.AMBIGUOUS_MONTHS.contains(w) || Lexicon.NUMBER_WORDS.containsKey(w);
    }
}
