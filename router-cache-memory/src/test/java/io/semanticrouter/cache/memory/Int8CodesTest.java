package io.semanticrouter.cache.memory;

import io.semanticrouter.VectorMath;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The int8 copies the graph search scores: error bound, chunk boundaries, degenerate vectors. */
class Int8CodesTest {

    @Test
    void theApproximateDotStaysWithinHalfAStepPerDimensionAcrossChunks() {
        int dim = 384;
        Random rnd = new Random(11);
        Int8Codes codes = new Int8Codes(dim);
        int[] ords = {0, 1, 1023, 1024, 1025, 5000, 3};
        float[][] stored = new float[ords.length][];
        for (int k = 0; k < ords.length; k++) {
            stored[k] = unit(rnd, dim);
            codes.set(ords[k], stored[k]);
        }
        for (int trial = 0; trial < 50; trial++) {
            float[] q = unit(rnd, dim);
            double l1 = 0;
            for (float x : q) {
                l1 += Math.abs(x);
            }
            for (int k = 0; k < ords.length; k++) {
                float max = 0;
                for (float x : stored[k]) {
                    max = Math.max(max, Math.abs(x));
                }
                double exact = VectorMath.dot(q, 0, stored[k], 0, dim);
                double bound = max / 127 / 2 * l1 + 1e-4; // half a step per dimension, plus float rounding
                assertThat((double) codes.dot(q, ords[k])).as("ord %d", ords[k]).isCloseTo(exact, within(bound));
            }
        }
    }

    @Test
    void typicalErrorIsFarBelowTheGapsBetweenNearDuplicates() {
        int dim = 384;
        Random rnd = new Random(12);
        Int8Codes codes = new Int8Codes(dim);
        double sumSq = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            float[] v = unit(rnd, dim);
            float[] q = unit(rnd, dim);
            codes.set(i, v);
            double err = codes.dot(q, i) - VectorMath.dot(q, 0, v, 0, dim);
            sumSq += err * err;
        }
        assertThat(Math.sqrt(sumSq / n)).as("rms error of a cosine").isLessThan(0.002);
    }

    @Test
    void aZeroVectorScoresZeroAndAnExtremeOneKeepsItsSign() {
        Int8Codes codes = new Int8Codes(4);
        codes.set(0, new float[4]);
        codes.set(1, new float[] {-1, 0, 0, 0});
        float[] q = {1, 1, 1, 1};
        assertThat(codes.dot(q, 0)).isZero();
        assertThat(codes.dot(q, 1)).isCloseTo(-1f, within(1e-6f));
        assertThat(Int8Codes.bytesPerVector(384)).isEqualTo(388);
    }

    private static float[] unit(Random rnd, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        VectorMath.normalize(v);
        return v;
    }
}
