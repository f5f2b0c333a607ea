package io.semanticrouter.verify;

import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearPairScorerTest {

    private static final int DIM = 32;

    /** Positives: a vector and a slightly noisy copy. Negatives: the same, with dimensions 0-3 flipped (cosine stays high). */
    private static List<LinearPairScorer.Example> examples(int n, long seed) {
        Random rnd = new Random(seed);
        List<LinearPairScorer.Example> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] u = new float[DIM];
            for (int i = 0; i < DIM; i++) {
                u[i] = (float) rnd.nextGaussian();
            }
            float[] v = u.clone();
            boolean positive = k % 2 == 0;
            for (int i = 0; i < DIM; i++) {
                v[i] += (float) (0.1 * rnd.nextGaussian());
                if (!positive && i < 4) {
                    v[i] = -v[i];
                }
            }
            VectorMath.normalize(u);
            VectorMath.normalize(v);
            out.add(new LinearPairScorer.Example(Embedding.of(u), Embedding.of(v), positive));
        }
        return out;
    }

    @Test
    void learnsWhatSeparatesPairsThatCosineCannot(@TempDir Path dir) throws Exception {
        LinearPairScorer scorer = LinearPairScorer.train("test-model", examples(2000, 1), 5, 1e-4);
        int right = 0;
        List<LinearPairScorer.Example> held = examples(400, 2);
        for (LinearPairScorer.Example e : held) {
            right += (scorer.score(e.a().vector(), e.b().vector()) >= 0.5) == e.positive() ? 1 : 0;
        }
        assertThat(right / 400.0).isGreaterThan(0.9);
        assertThat(scorer.embeddingModel()).isEqualTo("test-model");

        Path file = dir.resolve("scorer.json");
        scorer.write(file);
        LinearPairScorer back = LinearPairScorer.read(file);
        LinearPairScorer.Example e = held.get(0);
        assertThat(back.score("a", e.a(), "b", e.b())).isCloseTo(scorer.score(e.a().vector(), e.b().vector()), within(1e-6));

        LexicalHitVerifier v = LexicalHitVerifier.builder().scorer(back, 0.5).build();
        LinearPairScorer.Example negative = held.get(1);
        assertThat(v.verify("how do I x", negative.a(), "how do I y", negative.b()).rule()).isEqualTo(Rule.SCORER);
        assertThatThrownBy(() -> v.verify("how do I x", "how do I y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs both embeddings");
        assertThatThrownBy(() -> back.score(new float[3], new float[3])).hasMessageContaining("expected 32-dimensional");

        Files.writeString(file, Files.readString(file).replace("\"weights\"", "\"weightz\""));
        assertThatThrownBy(() -> LinearPairScorer.read(file)).hasMessageContaining("weights must be an array of 65");
        Files.writeString(file, "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> LinearPairScorer.read(file)).hasMessageContaining("not a pair scorer");
    }

    @Test
    void trainingChecksItsInput() {
        List<LinearPairScorer.Example> positivesOnly = examples(10, 3).stream().filter(LinearPairScorer.Example::positive).toList();
        assertThatThrownBy(() -> LinearPairScorer.train("m", positivesOnly, 1, 0)).hasMessageContaining("positive and negative");
        assertThatThrownBy(() -> LinearPairScorer.train("m", examples(10, 3), 0, 0)).hasMessageContaining("epochs must be >= 1, was 0");
        assertThatThrownBy(() -> LinearPairScorer.train("m", examples(10, 3), 1, -1)).hasMessageContaining("l2 must be >= 0");
    }
}
