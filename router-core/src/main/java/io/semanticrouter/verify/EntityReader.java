package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;

import static io.semanticrouter.verify.TextFeatures.identifierWord;

/**
 * Reads the units ({@link TextFeatures#units}), dates ({@link TextFeatures#dates}) and named things
 * ({@link TextFeatures#entities}) of a question from the words no quantity took: a unit without a number, a month or
 * day name, a known alias, a word capitalised inside a sentence (only when the question is in ordinary sentence
 * case) and a word shaped like an identifier ("node.js", "c++", "v2"). Example: "Can I fly to Lisbon in May with
 * Ryanair?" gives the date "may" and the entities "lisbon" and "ryanair".
 */
final class EntityReader {

    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("der", "die", "das", "und", "ist", "ein", "eine",
            "nicht", "wie", "ich", "le", "la", "les", "est", "et", "une", "des", "el", "los", "las", "es", "y", "que",
            "het", "een", "niet", "il", "di", "che", "um", "uma", "não");

    private EntityReader() {
    }

    /**
     * Reads the units, dates and named things among the words no quantity took ({@code consumed} marks the words
     * quantities took).
     */
    static void read(TextFeatures f, boolean[] consumed) {
        List<String> words = f.words;
        int n = words.size();
        boolean useCapitals = capitalsAreMeaningful(f);
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (consumed[i]) {
                continue;
            }
            Lexicon.Unit unit = Lexicon.UNITS.get(w);
            if (unit != null && !Lexicon.UNITS_ONLY_AFTER_NUMBERS.contains(w)) {
                f.units.add(unit.dimension() + ":" + unit.name());
            }
            if (isDate(f, i)) {
                f.dates.add(w);
            }
            if (Lexicon.ENTITY_ALIASES.containsKey(w)
                    || (useCapitals && f.capitalised.get(i) && !f.sentenceStart.get(i) && w.length() > 1
                    && !Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w) && !Lexicon.DATE_WORDS.contains(w)
                    && !Lexicon.UNITS.containsKey(w))
                    || identifierWord(w)) {
                f.entities.add(w);
            }
        }
    }

    /** Capitals mark names only in ordinary English sentence case (not Title Case, not German nouns). */
    private static boolean capitalsAreMeaningful(TextFeatures f) {
        List<String> words = f.words;
        int caps = 0;
        for (int i = 0; i < words.size(); i++) {
            if (f.capitalised.get(i) && !f.sentenceStart.get(i)) {
                caps++;
            }
        }
        int n = words.size();
        int foreign = 0;
        for (String w : words) {
            if (FOREIGN_FUNCTION_WORDS.contains(w)) {
                foreign++;
            }
        }
        return foreign < 2 && caps * 2 <= n;
    }

    private static boolean isDate(TextFeatures f, int i) {
        List<String> words = f.words;
        String w = words.get(i);
        if (i > 0 && words.get(i - 1).equals("good")) {
            return false; // "good morning"
        }
        if (Lexicon.AMBIGUOUS_MONTHS.contains(w)) {
            boolean nearNumber = (i > 0 && TextFeatures.NUMBER.matcher(words.get(i - 1)).matches())
                    || (i + 1 < words.size() && TextFeatures.NUMBER.matcher(words.get(i + 1)).matches());
            return nearNumber || (f.capitalised.get(i) && !f.sentenceStart.get(i));
        }
        return Lexicon.DATE_WORDS.contains(w);
    }
}
