package io.semanticrouter.learn;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlpTest {

    /** Points in four noisy clusters labelled by XOR of the signs: no linear boundary separates them. */
    private static float[][] xorPoints(boolean[] labels, long seed) {
        Random rnd = new Random(seed);
        float[][] x = new float[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            boolean a = rnd.nextBoolean();
            boolean b = rnd.nextBoolean();
            x[i] = new float[] {(a ? 1 : -1) + (float) rnd.nextGaussian() * 0.2f, (b ? 1 : -1) + (float) rnd.nextGaussian() * 0.2f};
            labels[i] = a ^ b;
        }
        return x;
    }

    private static double accuracy(BinaryModel m, float[][] x, boolean[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += (m.probability(x[i]) >= 0.5) == y[i] ? 1 : 0;
        }
        return (double) right / x.length;
    }

    @Test
    void learnsABoundaryThatALinearModelCannot() {
        boolean[] y = new boolean[400];
        float[][] x = xorPoints(y, 1);
        boolean[] testY = new boolean[200];
        float[][] test = xorPoints(testY, 2);
        Mlp mlp = Mlp.train(x, y, new Mlp.Settings(8, 60, 0.0, 0.02, 0.97, 3));
        LogisticRegression lr = LogisticRegression.train(x, y, 60, 0.0);
        assertThat(accuracy(mlp, test, testY)).isGreaterThan(0.95);
        assertThat(accuracy(lr, test, testY)).isLessThan(0.75);
    }

    @Test
    void trainingIsDeterministicAndSavedParametersGiveTheSameModel() {
        boolean[] y = new boolean[200];
        float[][] x = xorPoints(y, 5);
        Mlp a = Mlp.train(x, y, Mlp.Settings.defaults());
        Mlp b = Mlp.train(x, y, Mlp.Settings.defaults());
        Mlp copy = Mlp.of(a.mean(), a.scale(), a.hiddenWeights(), a.hiddenBias(), a.outputWeights(), a.outputBias());
        assertThat(a.hidden()).isEqualTo(32);
        assertThat(a.width()).isEqualTo(2);
        for (float[] row : x) {
            assertThat(b.probability(row)).isEqualTo(a.probability(row));
            assertThat(copy.probability(row)).isEqualTo(a.probability(row));
        }
    }

    @Test
    void badInputIsRefusedWithClearErrors() {
        float[][] x = {{0, 1}, {1, 0}};
        assertThatThrownBy(() -> Mlp.train(x, new boolean[] {true, true}, Mlp.Settings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive and negative");
        assertThatThrownBy(() -> new Mlp.Settings(0, 10, 0, 0.01, 0.9, 1)).hasMessageContaining("hidden");
        assertThatThrownBy(() -> new Mlp.Settings(4, 10, 0, 0.01, 1.5, 1)).hasMessageContaining("decay");
        assertThatThrownBy(() -> Mlp.of(new float[2], new float[] {1, 1}, new float[3], new float[2], new float[2], 0))
                .hasMessageContaining("inconsistent shapes");
        Mlp m = Mlp.train(x, new boolean[] {true, false}, new Mlp.Settings(2, 2, 0, 0.01, 0.9, 1));
        assertThatThrownBy(() -> m.probability(new float[3])).hasMessageContaining("expected 2 features, got 3");
    }
}
