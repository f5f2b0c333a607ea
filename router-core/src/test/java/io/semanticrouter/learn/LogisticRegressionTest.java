package io.semanticrouter.learn;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTest {

    /** Three features on different scales; the label leans on the first two. */
    private static float[][] points(boolean[] labels, long seed) {
        Random rnd = new Random(seed);
        float[][] x = new float[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            float a = (float) rnd.nextGaussian();
            float b = 10 + 5 * (float) rnd.nextGaussian();
            float c = (float) rnd.nextGaussian() * 0.01f;
            x[i] = new float[] {a, b, c};
            labels[i] = a + 0.2 * (b - 10) + 0.8 * rnd.nextGaussian() > 0;
        }
        return x;
    }

    private static double logit(LogisticRegression m, float[] row) {
        double p = m.probability(row);
        return Math.log(p / (1 - p));
    }

    @Test
    void theDefaultSeedIsTheOneTheShortFormUsesAndAnotherSeedGivesAnotherModel() {
        boolean[] y = new boolean[300];
        float[][] x = points(y, 1);
        LogisticRegression plain = LogisticRegression.train(x, y, 4, 0.01);
        LogisticRegression seeded = LogisticRegression.train(x, y, 4, 0.01, LogisticRegression.DEFAULT_SEED);
        LogisticRegression other = LogisticRegression.train(x, y, 4, 0.01, 7);
        assertThat(seeded.weights()).containsExactly(plain.weights());
        assertThat(seeded.bias()).isEqualTo(plain.bias());
        assertThat(other.weights()).isNotEqualTo(plain.weights());
    }

    @Test
    void theAverageHasTheMeanLogitOfItsModelsEverywhere() {
        boolean[] y1 = new boolean[300];
        boolean[] y2 = new boolean[300];
        // different data, so the two models have different standardisations as well as weights
        LogisticRegression a = LogisticRegression.train(points(y1, 2), y1, 5, 0.01);
        LogisticRegression b = LogisticRegression.train(points(y2, 3), y2, 5, 0.01, 9);
        assertThat(a.mean()).isNotEqualTo(b.mean());
        LogisticRegression avg = LogisticRegression.average(List.of(a, b));
        assertThat(avg.width()).isEqualTo(3);
        boolean[] unused = new boolean[50];
        for (float[] row : points(unused, 4)) {
            assertThat(logit(avg, row)).isCloseTo((logit(a, row) + logit(b, row)) / 2, within(1e-3));
        }
        LogisticRegression one = LogisticRegression.average(List.of(a));
        for (float[] row : points(unused, 5)) {
            assertThat(one.probability(row)).isCloseTo(a.probability(row), within(1e-6));
        }
    }

    @Test
    void averagingNeedsModelsOfOneWidth() {
        boolean[] y = new boolean[100];
        float[][] x = points(y, 6);
        float[][] narrow = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            narrow[i] = new float[] {x[i][0], x[i][1]};
        }
        LogisticRegression three = LogisticRegression.train(x, y, 2, 0.01);
        LogisticRegression two = LogisticRegression.train(narrow, y, 2, 0.01);
        assertThatThrownBy(() -> LogisticRegression.average(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one model");
        assertThatThrownBy(() -> LogisticRegression.average(List.of(three, two)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width 3, found 2");
    }
}
