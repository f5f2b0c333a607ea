package io.semanticrouter.eval;

import io.semanticrouter.VectorMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class QuestionCopiesTest {

    @TempDir
    Path dir;

    private static float[][] unitVectors(int n, int dim, long seed) {
        Random rnd = new Random(seed);
        float[][] v = new float[n][dim];
        for (float[] row : v) {
            for (int d = 0; d < dim; d++) {
                row[d] = (float) rnd.nextGaussian();
            }
            VectorMath.normalize(row);
        }
        return v;
    }

    @Test
    void firstRoundIsTheSeedsThenNormalisedNoisyCopiesInAFixedOrder() {
        float[][] seeds = unitVectors(5, 384, 1);
        QuestionCopies a = new QuestionCopies(seeds, QuestionCopies.DEFAULT_NOISE, QuestionCopies.DEFAULT_SEED);
        QuestionCopies b = new QuestionCopies(seeds, QuestionCopies.DEFAULT_NOISE, QuestionCopies.DEFAULT_SEED);
        QuestionCopies other = new QuestionCopies(seeds, QuestionCopies.DEFAULT_NOISE, 99);
        for (int i = 0; i < 20; i++) {
            QuestionCopies.Copy c = a.nextEntry();
            float[] sameSeed = b.next();
            float[] otherSeed = other.next();
            assertThat(c.index()).isEqualTo(i);
            assertThat(c.vector()).containsExactly(sameSeed);
            float[] seed = seeds[i % seeds.length];
            double cos = VectorMath.dot(c.vector(), 0, seed, 0, seed.length);
            assertThat(VectorMath.dot(c.vector(), 0, c.vector(), 0, seed.length)).isCloseTo(1.0, offset(1e-4));
            if (i < seeds.length) {
                assertThat(c.vector()).containsExactly(seed);
                assertThat(c.vector()).isNotSameAs(seed);
            } else {
                // sigma 0.03 in 384 dimensions: 1 / sqrt(1 + 384 * 0.0009) = 0.86 on average
                assertThat(cos).isBetween(0.80, 0.92);
                assertThat(c.vector()).isNotEqualTo(otherSeed);
            }
        }
    }

    @Test
    void questionsAreDistinctShuffledWithTheSeedAndSplitLikeAnn() throws IOException {
        Path file = dir.resolve("q.jsonl");
        Files.write(file, List.of("{\"text_a\": \"A?\", \"text_b\": \"B?\"}", "{\"text_a\": \"B?\", \"text_b\": \" \"}",
                "{\"text_b\": \"C?\"}", "", "{\"text_a\": \"D?\", \"text_b\": \"E?\"}"), StandardCharsets.UTF_8);
        List<String> q = QuestionCopies.questions(file, 15);
        assertThat(q).containsExactlyInAnyOrder("A?", "B?", "C?", "D?", "E?");
        assertThat(QuestionCopies.questions(file, 15)).isEqualTo(q);
        assertThat(QuestionCopies.seedCount(5000, 4000, 1000)).isEqualTo(4000);
        assertThat(QuestionCopies.seedCount(4500, 4000, 1000)).isEqualTo(3500);
        assertThatThrownBy(() -> QuestionCopies.seedCount(1000, 4000, 1000)).isInstanceOf(DataException.class)
                .hasMessageContaining("need more than 1000");
        assertThatThrownBy(() -> QuestionCopies.questions(dir.resolve("none.jsonl"), 15)).isInstanceOf(DataException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void badSeedsOrNoiseAreRefused() {
        assertThatThrownBy(() -> new QuestionCopies(new float[0][], 0.03, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionCopies(new float[][] {{1f}, {1f, 0f}}, 0.03, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> new QuestionCopies(new float[][] {{1f}}, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionCopies(new float[][] {{1f}}, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
