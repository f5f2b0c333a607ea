package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextFeatures#identifierWord} and {@link TextFeatures#withoutInflection} answer as the patterns they stand in
 * for, on every word of the spelling vocabulary and on random strings of letters, digits, marks and line terminators.
 */
class TextFeaturesWordTestsTest {

    private static final Pattern INFLECTION = Pattern.compile("(ed|d|es|s)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern IDENTIFIER = Pattern.compile(".*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*|.*[+#].*|.+\\..+");
    private static final String[] PIECES = {"a", "e", "d", "s", "ed", "es", "x", "1", "9", "0", ".", "+", "#", "-", "_",
        "é", "ß", "\u0660", "\uD835\uDC9C", "\n", "\r", "\u0085", "\u2028", "\u2029", " ", "C", "'", "v2", "3.5"};

    private static void same(String w) {
        assertThat(TextFeatures.identifierWord(w)).as("identifier '%s'", w)
                .isEqualTo(IDENTIFIER.matcher(w).matches() && !NUMBER.matcher(w).matches());
        assertThat(TextFeatures.withoutInflection(w)).as("inflection '%s'", w)
                .isEqualTo(INFLECTION.matcher(w).replaceFirst(""));
    }

    @Test
    void everyVocabularyWordGetsThePatternsAnswers() throws Exception {
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TextFeatures.class.getResourceAsStream("spelling-words.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                words.add(line.trim());
            }
        }
        assertThat(words).hasSizeGreaterThan(100_000);
        for (String w : words) {
            same(w);
            same(w + "s");
            same(w + "ed");
        }
    }

    @Test
    void randomStringsGetThePatternsAnswers() {
        SplittableRandom rnd = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int pieces = rnd.nextInt(8);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            same(b.toString());
        }
        for (String w : new String[] {"", "d", "s", "ed", "es", "e", "used", "uses", "caused", "c++", "c#", "node.js",
            ".net", "v2", "3.5", "3", "12.50", "treated\n", "causes\r\n", "x\u2028"}) {
            same(w);
        }
    }
}
