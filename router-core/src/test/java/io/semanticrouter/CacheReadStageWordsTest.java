package io.semanticrouter;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CacheReadStage#moreWordsThan} answers as splitting at {@code \s+} and counting the parts does. */
class CacheReadStageWordsTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final char[] CHARS = {'a', 'b', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003',
        '\u001C', '?', '.'};

    @Test
    void countsAsTheSplitOnRandomTextsAndLimits() {
        SplittableRandom rnd = new SplittableRandom(15);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = rnd.nextInt(60);
            for (int k = 0; k < length; k++) {
                b.append(CHARS[rnd.nextInt(CHARS.length)]);
            }
            String text = b.toString();
            int words = 1 + rnd.nextInt(20);
            assertThat(CacheReadStage.moreWordsThan(text, words)).as("'%s' > %d", text, words)
                    .isEqualTo(WHITESPACE.split(text).length > words);
        }
    }

    @Test
    void countsAsTheSplitOnQuestions() {
        String[] texts = {"", " ", "   ", "Is it safe for dogs?", " Is it safe for dogs?", "Is it safe for dogs? \n",
            "one two three four five six seven eight nine ten eleven twelve",
            "one two three four five six seven eight nine ten eleven twelve thirteen",
            "\tone two three four five six seven eight nine ten eleven twelve",
            "one  two\t\tthree\r\nfour five six seven eight nine ten eleven twelve   "};
        for (String text : texts) {
            for (int words = 1; words <= 14; words++) {
                assertThat(CacheReadStage.moreWordsThan(text, words)).as("'%s' > %d", text, words)
                        .isEqualTo(WHITESPACE.split(text).length > words);
            }
        }
    }
}
