package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.semanticrouter.verify.TextFeatures.stem;

/**
 * Reads the qualifier phrases of a question into {@link TextFeatures#qualifiers}: the content words after a
 * qualifier marker ("without", "using", "for"), after "at" following a content word, after a relative word or a
 * past participle following a noun (a clause that narrows the noun), and adverbs of manner. Each phrase is kept as
 * the stems of its content words. Example: "how do I sort an array indexed by an enum quickly" gives the phrases
 * [index, enum, quickly] and [quickly].
 */
final class QualifierReader {

    /** Prepositions after which a participle following a noun opens a reduced relative clause. */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "with", "from", "in", "on", "for", "at",
            "as", "into", "to", "under", "over");

    /** Words that open a relative clause after a noun ("subcommands that share global flags"). */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "where");

    private QualifierReader() {
    }

    /**
     * Qualifier phrases: the content words after a marker ("without", "using", "for", "in"...), "at" after a content
     * word ("from the station late at night"; not "I'm at my wits' end") or a relative word or a participle after a noun
     * ("that share global flags", "indexed by a key") up to the next marker, and adverbs of manner ("quickly",
     * "asynchronously"). Vague ones ("in advance") are left out.
     */
    static void read(TextFeatures f) {
        List<String> words = f.words;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() >= 6 && w.endsWith("ly") && !Lexicon.NOT_MANNER.contains(w) && !Lexicon.FILLER.contains(w)) {
                f.qualifiers.add(List.of(stem(w)));
                continue;
            }
            boolean participle = participleAfterNoun(words, i);
            String before = words.get(i - 1);
            boolean at = w.equals("at") && !Lexicon.STOPWORDS.contains(before) && !Lexicon.FILLER.contains(before);
            if (!Lexicon.QUALIFIER_MARKERS.contains(w) && !relativeClause(words, i) && !participle && !at) {
                continue;
            }
            List<String> phrase = new ArrayList<>(3);
            if (participle) {
                phrase.add(stem(w)); // "indexed by an enum": the participle is part of what qualifies
            }
            boolean vague = false;
            for (int k = i + 1; k < words.size() && k <= i + 5 && !Lexicon.QUALIFIER_MARKERS.contains(words.get(k)); k++) {
                String x = words.get(k);
                if (!Lexicon.STOPWORDS.contains(x) && !Lexicon.FILLER.contains(x) && !Lexicon.NEGATIONS.contains(x)) {
                    phrase.add(stem(x));
                    vague |= Lexicon.VAGUE_QUALIFIERS.contains(x);
                }
            }
            if (!phrase.isEmpty() && !vague) {
                f.qualifiers.add(phrase);
            }
        }
    }

    /**
     * Whether the word at {@code i} is a past participle right after a noun and before a preposition ("an array
     * indexed by an enum", "files shared with a group"): a reduced relative clause that qualifies the noun.
     */
    private static boolean participleAfterNoun(List<String> words, int i) {
        String before = words.get(i - 1);
        String w = words.get(i);
        return i + 2 < words.size() && (w.endsWith("ed") || w.endsWith("en"))
                && PARTICIPLE_PREPOSITIONS.contains(words.get(i + 1)) && !Lexicon.STOPWORDS.contains(before)
                && !Lexicon.FILLER.contains(before) && !AddedWords.MODAL_STATES.contains(w)
                && WordNet.get().noun(before) && AddedWords.pastParticiple(w);
    }

    /** Whether the word at {@code i} opens a relative clause: a relative word right after a content word. */
    private static boolean relativeClause(List<String> words, int i) {
        String before = words.get(i - 1);
        return RELATIVES.contains(words.get(i)) && !Lexicon.STOPWORDS.contains(before) && !Lexicon.FILLER.contains(before)
                && WordNet.get().noun(before);
    }
}
