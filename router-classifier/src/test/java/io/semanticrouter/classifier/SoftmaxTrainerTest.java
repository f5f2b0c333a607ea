package io.semanticrouter.classifier;

import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoftmaxTrainerTest {

    /** Three classes, each a cluster around one axis of a 3-d space. */
    private static final float[][] X = {
            {1, 0.1f, 0}, {0.9f, 0, 0.2f}, {1, 0.2f, 0.1f},
            {0.1f, 1, 0}, {0, 0.9f, 0.1f}, {0.2f, 1, 0},
            {0, 0.1f, 1}, {0.1f, 0, 0.9f}, {0, 0.2f, 1},
    };
    private static final int[] Y = {0, 0, 0, 1, 1, 1, 2, 2, 2};
    private static final List<String> LABELS = List.of("x", "y", "z");

    @Test
    void learnsSeparableClusters() {
        LinearCategoryClassifier m = new SoftmaxTrainer().epochs(200).learningRate(0.05).l2(0)
                .train(LABELS, X, Y, "toy");

        assertThat(m.classify("", Embedding.of(0.7f, 0.1f, 0.1f)).category()).isEqualTo("x");
        assertThat(m.classify("", Embedding.of(0.1f, 0.8f, 0.2f)).category()).isEqualTo("y");
        assertThat(m.classify("", Embedding.of(0, 0.3f, 0.7f)).category()).isEqualTo("z");
        assertThat(m.classify("", Embedding.of(0, 0, 1)).confidence()).isGreaterThan(0.8);
    }

    @Test
    void trainingIsDeterministic() {
        float[] probe = {0.5f, 0.5f, 0.2f};
        double[] a = new SoftmaxTrainer().train(LABELS, X, Y, "toy").probabilities(probe);
        double[] b = new SoftmaxTrainer().train(LABELS, X, Y, "toy").probabilities(probe);

        assertThat(a).containsExactly(b);
    }

    @Test
    void aHeavyExampleOutweighsTheOthers() {
        // one point between x and y labelled y: with weight 50 the region around it turns to y
        float[][] x = {{1, 0, 0}, {0.95f, 0.05f, 0}, {0, 1, 0}, {0, 0, 1}, {0.7f, 0.3f, 0}};
        int[] y = {0, 0, 1, 2, 1};
        float[] probe = {0.75f, 0.25f, 0};
        SoftmaxTrainer t = new SoftmaxTrainer().epochs(300).learningRate(0.05).l2(0).balanced(false);

        LinearCategoryClassifier plain = t.train(LABELS, x, y, "toy");
        LinearCategoryClassifier weighted = t.train(LABELS, x, y, new double[]{1, 1, 1, 1, 50}, "toy");

        assertThat(weighted.probabilities(probe)[1]).isGreaterThan(plain.probabilities(probe)[1]);
        assertThat(weighted.classify("", Embedding.of(probe)).category()).isEqualTo("y");
    }

    @Test
    void theCentroidHeadAddsTheClassMeans() {
        SoftmaxTrainer t = new SoftmaxTrainer().epochs(1).learningRate(1e-6).l2(0);
        float[] probe = {1, 0, 0};

        double[] without = t.train(LABELS, X, Y, "toy").probabilities(probe);
        double[] with = t.centroidWeight(10).train(LABELS, X, Y, "toy").probabilities(probe);

        assertThat(without[0]).isLessThan(0.4);
        assertThat(with[0]).isGreaterThan(0.99);
    }

    @Test
    void aClassWithoutExamplesIsRefused() {
        assertThatThrownBy(() -> new SoftmaxTrainer().train(List.of("x", "y", "z", "w"), X, Y, "toy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'w' has no example");
    }
}
