package io.semanticrouter;

import io.semanticrouter.verify.EnglishWords;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a question is written in English, the language of the shipped embedder (all-MiniLM-L6-v2), for the
 * language gate of tool selection ({@link ToolSelection#languageGate()}). Cheap and without a model: the share of
 * the question's words that are English words ({@link EnglishWords}, or a word of the offered tools' own texts),
 * and the share of its letters in a script other than Latin.
 *
 * <p>What counts as a word: a run of letters between spaces, hyphens and apostrophes. Left out, since they say
 * nothing about the language: tokens with digits or code marks ({@code SKU-7}, {@code jana@x.de}, {@code #general},
 * {@code feature/dark-mode}, {@code v4.1}), words in capitals ({@code CRM}, {@code PDF}) or with a capital inside
 * ({@code getUserById}, {@code iPhone}), capitalised words inside a sentence (names: {@code Rijksmuseum},
 * {@code Priyanka}) and words of another script. A question whose letters are mostly of another script (Chinese,
 * Japanese, Cyrillic, Arabic...) is not English whatever its words; a question without any word left to judge is
 * taken as readable, since nothing says otherwise. Stateless and thread-safe.
 */
final class QuestionLanguage {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARTS = Pattern.compile("[-'\u2019]+");
    private static final Pattern CODE = Pattern.compile("[\\p{N}@#/\\\\_=<>*+.:|~$%&]");

    private QuestionLanguage() {
    }

    /**
     * What was read of a question.
     *
     * @param words    the words judged
     * @param english  how many of them are English
     * @param nonLatin the share of the question's letters written in a script other than Latin, in [0, 1]
     */
    record Reading(int words, int english, double nonLatin) {

        /** The share of the judged words that are English; 1 when none was judged. */
        double share() {
            return words == 0 ? 1 : (double) english / words;
        }

        /** Whether the question reads as English: mostly Latin letters, and at least {@code minShare} English words. */
        boolean english(double minShare) {
            return nonLatin < 0.5 && share() >= minShare;
        }

        /** A short account for the trace, e.g. {@code "2 of 7 words English"}. */
        String describe() {
            return nonLatin >= 0.5 ? String.format(Locale.ROOT, "%.0f%% of its letters not Latin", nonLatin * 100)
                    : english + " of " + words + " words English";
        }
    }

    /**
     * Reads a question.
     *
     * @param question the question's text
     * @param toolWord whether a lower-case word (as {@link ToolLexicon#stem} leaves it) is a word of the offered
     *                 tools' texts, asked only of words {@link EnglishWords} does not hold
     * @throws NullPointerException if an argument is null
     */
    static Reading read(String question, Predicate<String> toolWord) {
        int words = 0;
        int english = 0;
        boolean start = true;
        for (String token : SPACES.split(question.strip())) {
            String core = strip(token);
            if (!core.isEmpty() && !CODE.matcher(core).find()) {
                for (String part : PARTS.split(core)) {
                    if (judged(part, start)) {
                        words++;
                        String w = part.toLowerCase(Locale.ROOT);
                        if (EnglishWords.contains(w) || toolWord.test(ToolLexicon.stem(w))) {
                            english++;
                        }
                    }
                    start = false;
                }
            }
            start = endsSentence(token);
        }
        return new Reading(words, english, nonLatin(question));
    }

    /**
     * Whether a piece of a token is a word that tells the language: Latin letters only (a word of another script
     * inside a mostly Latin question is quoted text, "translate 我们下周见", and the script share weighs it), no
     * acronym, no identifier in camel case, no name.
     */
    private static boolean judged(String part, boolean sentenceStart) {
        if (part.isEmpty() || !part.chars().allMatch(Character::isLetter)
                || Character.UnicodeScript.of(part.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return false;
        }
        boolean capital = Character.isUpperCase(part.codePointAt(0));
        boolean allCapitals = part.length() > 1 && part.chars().noneMatch(Character::isLowerCase);
        boolean innerCapital = part.chars().skip(1).anyMatch(Character::isUpperCase); // getUserById, iPhone
        return !allCapitals && !innerCapital && (!capital || sentenceStart);
    }

    /** The token without the punctuation around it. */
    private static String strip(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Character.isLetterOrDigit(token.charAt(from)) && token.charAt(from) != '#'
                && token.charAt(from) != '@') {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
            to--;
        }
        return token.substring(from, to);
    }

    private static boolean endsSentence(String token) {
        for (int i = token.length() - 1; i >= 0; i--) {
            char c = token.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static double nonLatin(String text) {
        int letters = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    other++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? 0 : (double) other / letters;
    }
}
