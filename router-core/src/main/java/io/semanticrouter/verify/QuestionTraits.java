package io.semanticrouter.verify;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cheap facts about a question that decide whether its answer may be cached at all. */
public final class QuestionTraits {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private QuestionTraits() {
    }

    /**
     * The first word or word pair that makes a question depend on the moment it is asked ("today", "latest",
     * "right now", "this week", "weather", "stock price"), or {@code null} when there is none.
     *
     * @throws NullPointerException if question is null
     */
    public static String timeSensitiveWord(String question) {
        Objects.requireNonNull(question, "question");
        Matcher m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        String previous = null;
        while (m.find()) {
            String w = m.group();
            if (previous != null && Lexicon.TIME_SENSITIVE.contains(previous + " " + w)) {
                return previous + " " + w;
            }
            if (Lexicon.TIME_SENSITIVE.contains(w)) {
                return w;
            }
            previous = w;
        }
        return null;
    }
}
