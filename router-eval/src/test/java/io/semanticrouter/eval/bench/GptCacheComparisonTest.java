package io.semanticrouter.eval.bench;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The population workload of {@link GptCacheComparison} on four hand-made pairs with hand-picked vectors, so
 * precision and recall are known in advance. No model needed.
 *
 * <p>The pairs ({@code gptcache-comparison-pairs.jsonl}): 1. alpha / a paraphrase at cosine 0.95 (label 1:
 * a correct hit); 2. beta / a look-alike at cosine 0.95 (label 0: a false hit); 3. gamma / a question at
 * cosine 0.5 (label 1: a miss); 4. alpha again (the same entry) / a question nearest to beta (label 1: a hit
 * on the wrong entry). Three entries, three hits, one correct: precision 1/3, recall 1/3.
 */
class GptCacheComparisonTest {

    /** Unit vectors in four dimensions, chosen per text. */
    static final class FakeEmbedder implements Embedder {
        private static final double C = 0.95;
        private static final double S = Math.sqrt(1 - C * C);
        private final Map<String, float[]> vectors = Map.of(
                "alpha question", v(1, 0, 0, 0),
                "beta question", v(0, 1, 0, 0),
                "gamma question", v(0, 0, 1, 0),
                "alpha paraphrase", v(C, S, 0, 0),       // cos 0.95 to alpha, 0.31 to beta
                "beta lookalike", v(S, C, 0, 0),         // cos 0.95 to beta
                "gamma far away", v(0, 0, 0.5, Math.sqrt(0.75)), // cos 0.5 to gamma: below 0.8
                "delta near beta", v(0.2, 0.9, 0, Math.sqrt(1 - 0.04 - 0.81))); // cos 0.9 to beta, 0.2 to alpha

        private static float[] v(double... xs) {
            float[] f = new float[xs.length];
            for (int i = 0; i < xs.length; i++) {
                f[i] = (float) xs[i];
            }
            return f;
        }

        @Override
        public Embedding embed(String text) {
            float[] v = vectors.get(text);
            if (v == null) {
                throw new IllegalArgumentException("no vector for " + text);
            }
            return new Embedding(v, 3, false);
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public int maxTokens() {
            return 256;
        }

        @Override
        public String modelId() {
            return "fake";
        }
    }

    private static List<GptCacheComparison.Pair> pairs() throws URISyntaxException {
        Path file = Path.of(GptCacheComparisonTest.class.getResource("/gptcache-comparison-pairs.jsonl").toURI());
        return GptCacheComparison.readPairs(file, 0);
    }

    @Test
    void knownPrecisionAndRecallAtThreshold080() throws Exception {
        Map<String, Object> s = GptCacheComparison.run(new FakeEmbedder(), pairs(), 0.8, 2);

        assertThat(s.get("entries")).isEqualTo(3); // "alpha question" twice is one entry
        assertThat(s.get("queries")).isEqualTo(4);
        assertThat(s.get("served")).isEqualTo(List.of(0, 1, -1, 1));
        assertThat(s.get("hits")).isEqualTo(3);
        assertThat((double) s.get("precision")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat((double) s.get("recall")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat((double) s.get("false_hit_rate")).isEqualTo(1.0);
        assertThat(s.get("wrong_entry_hits")).isEqualTo(1);
        assertThat(s.get("search_only_served_same")).isEqualTo(4); // the lookup without the model agrees
        assertThat((Double) s.get("hit_p50_ms")).isPositive();
        assertThat((Double) s.get("search_hit_p99_ms")).isPositive();
        assertThat((Double) s.get("insert_rows_per_s")).isPositive();
    }

    @Test
    void theThresholdIsACosineBound() throws Exception {
        // at 0.92 the paraphrase (0.95) and the look-alike (0.95) still hit, the 0.9 question no longer does
        Map<String, Object> s = GptCacheComparison.run(new FakeEmbedder(), pairs(), 0.92, 0);
        assertThat(s.get("served")).isEqualTo(List.of(0, 1, -1, -1));
        assertThat((double) s.get("precision")).isCloseTo(0.5, within(1e-9));
        assertThat((double) s.get("recall")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.get("wrong_entry_hits")).isEqualTo(0);

        // above every similarity: nothing hits, precision 1 by definition, recall 0
        Map<String, Object> none = GptCacheComparison.run(new FakeEmbedder(), pairs(), 0.99, 0);
        assertThat(none.get("hits")).isEqualTo(0);
        assertThat(none.get("precision")).isEqualTo(1.0);
        assertThat(none.get("recall")).isEqualTo(0.0);
        assertThat(none.get("hit_p50_ms")).isNull();
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> ns = List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L);
        assertThat(GptCacheComparison.percentileMs(ns, 50)).isEqualTo(3.0);
        assertThat(GptCacheComparison.percentileMs(ns, 99)).isEqualTo(5.0);
        assertThat(GptCacheComparison.percentileMs(ns, 1)).isEqualTo(1.0);
        assertThat(GptCacheComparison.percentileMs(List.of(), 50)).isNull();
    }

    @Test
    void limitKeepsTheFirstPairs() throws Exception {
        Path file = Path.of(GptCacheComparisonTest.class.getResource("/gptcache-comparison-pairs.jsonl").toURI());
        List<GptCacheComparison.Pair> two = GptCacheComparison.readPairs(file, 2);
        assertThat(two).extracting(GptCacheComparison.Pair::b).containsExactly("alpha paraphrase", "beta lookalike");
        assertThat(GptCacheComparison.distinctA(pairs())).containsExactly("alpha question", "beta question", "gamma question");
    }
}
