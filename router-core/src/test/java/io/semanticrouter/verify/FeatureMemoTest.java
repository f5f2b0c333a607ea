package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verifier's memo of cached questions' features: remembered, bounded, and never changing a verdict. */
class FeatureMemoTest {

    /** Cached question, new question: refusals of every rule, and paraphrases that pass. */
    private static final String[][] PAIRS = {
            {"How do I enable dark mode", "How do I disable dark mode"},
            {"Plan a 3-day trip to Rome", "Plan a 7-day trip to Rome"},
            {"What changed in Java 17", "What changed in Java 21"},
            {"How do I read a file in Kotlin", "How do I read a file in Swift"},
            {"train from Madrid to Lisbon", "train from Lisbon to Madrid"},
            {"how long does it take to renew a passport", "how much does it cost to renew a passport"},
            {"How do I enable dark mode", "how can I turn on dark mode"},
            {"Plan a 3-day trip to Rome", "plan a three day trip to Rome"},
            {"What changed in Java 17", "what is new in Java 17?"},
            {"train from Madrid to Lisbon", "trains from Madrid to Lisbon"},
            {"Does a cat inherit from an animal", "Does an animal inherit from a cat"},
            {"cheapest flight to Oslo", "most expensive flight to Oslo"},
    };

    @Test
    void rememberedFeaturesGiveTheVerdictsOfFreshOnes() {
        LexicalHitVerifier fresh = LexicalHitVerifier.builder().rememberedQuestions(0).build();
        LexicalHitVerifier memo = LexicalHitVerifier.builder().build();
        List<String> expected = verdicts(fresh);
        assertThat(expected).anyMatch(v -> v.startsWith("accept")).anyMatch(v -> v.startsWith("reject"));
        assertThat(verdicts(memo)).isEqualTo(expected);   // first pass fills the memo
        assertThat(verdicts(memo)).isEqualTo(expected);   // second pass reads the cached side from it
        assertThat(memo.rememberedQuestions()).isEqualTo(distinctCachedQuestions());
        assertThat(fresh.rememberedQuestions()).isZero();
    }

    @Test
    void theMemoIsBoundedAndConcurrentUseKeepsEveryVerdict() throws Exception {
        List<String> expected = verdicts(LexicalHitVerifier.builder().rememberedQuestions(0).build());
        LexicalHitVerifier tiny = LexicalHitVerifier.builder().rememberedQuestions(2).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        if (!verdicts(tiny).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get(5, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tiny.rememberedQuestions()).isPositive(); // a memo for 2 questions: at most 2 x 64 characters
        assertThat(tiny.rememberedChars()).isBetween(1L, 2L * FeatureMemo.TYPICAL_CHARS);
    }

    @Test
    void aQuestionOverTheLengthCapIsReadAfreshAndNeverRemembered() {
        LexicalHitVerifier memo = LexicalHitVerifier.builder().build();
        String longQuestion = "How do I enable dark mode " + "in this very long settings panel ".repeat(20);
        assertThat(longQuestion.length()).isGreaterThan(FeatureMemo.MAX_REMEMBERED_CHARS);
        String fresh = LexicalHitVerifier.builder().rememberedQuestions(0).build()
                .verify(longQuestion, "How do I disable dark mode").toString();
        assertThat(memo.verify(longQuestion, "How do I disable dark mode").toString()).isEqualTo(fresh)
                .startsWith("rejected");
        assertThat(memo.rememberedQuestions()).isZero();
        memo.verify("How do I enable dark mode", "How do I disable dark mode");
        assertThat(memo.rememberedQuestions()).isEqualTo(1);
        assertThat(memo.rememberedChars()).isEqualTo("How do I enable dark mode".length());
    }

    @Test
    void theBuilderRefusesANegativeOrHugeMemo() {
        assertThatThrownBy(() -> LexicalHitVerifier.builder().rememberedQuestions(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rememberedQuestions")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> LexicalHitVerifier.builder().rememberedQuestions(1_000_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000001");
    }

    private static List<String> verdicts(LexicalHitVerifier verifier) {
        List<String> out = new ArrayList<>();
        for (String[] p : PAIRS) {
            out.add(verifier.verify(p[0], p[1]).toString());
        }
        return out;
    }

    private static long distinctCachedQuestions() {
        return java.util.Arrays.stream(PAIRS).map(p -> p[0]).distinct().count();
    }
}
