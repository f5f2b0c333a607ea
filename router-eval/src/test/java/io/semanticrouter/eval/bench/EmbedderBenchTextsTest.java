package io.semanticrouter.eval.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link EmbedderBench.Texts}: which texts the one-query benchmarks embed. */
class EmbedderBenchTextsTest {

    private static EmbedderBench.Texts texts(String name) {
        EmbedderBench.Texts t = new EmbedderBench.Texts();
        t.texts = name;
        t.pick();
        return t;
    }

    @Test
    void byDefaultTheBenchEmbedsTheRewordedQuestionsThatTheHitPathSends() throws Exception {
        String declared = EmbedderBench.Texts.class.getField("texts")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value()[0];
        EmbedderBench.Texts t = texts(declared);
        for (int i = 0; i < BenchTexts.PARAPHRASES.size() + 2; i++) {
            assertThat(t.next()).isEqualTo(BenchTexts.PARAPHRASES.get(i % BenchTexts.PARAPHRASES.size()));
        }
    }

    @Test
    void theStoredQuestionsCanStillBeChosen() {
        EmbedderBench.Texts t = texts("questions");
        assertThat(t.next()).isEqualTo(BenchTexts.QUESTIONS.get(0));
        assertThat(t.next()).isEqualTo(BenchTexts.QUESTIONS.get(1));
    }

    @Test
    void anUnknownTextSetIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> texts("poems")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paraphrases or questions").hasMessageContaining("poems");
    }
}
