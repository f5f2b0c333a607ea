package io.semanticrouter.cache.memory;

import io.semanticrouter.VectorMath;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The one-bit copies a graph walk can score: the estimate, chunk boundaries, odd dimensions, degenerate vectors. */
class BitCodesTest {

    private static float[] unit(Random rnd, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        VectorMath.normalize(v);
        return v;
    }

    @Test
    void aVectorThatIsItsOwnSignPatternIsScoredUpToTheQueryQuantisation() {
        int dim = 100; // not a multiple of 64: the last word is partial
        Random rnd = new Random(1);
        BitCodes codes = new BitCodes(dim);
        int[] ords = {0, 1, 1023, 1024, 1025, 4097};
        float[][] stored = new float[ords.length][];
        for (int k = 0; k < ords.length; k++) {
            float a = 0.1f + k * 0.05f;
            float[] v = new float[dim];
            for (int i = 0; i < dim; i++) {
                v[i] = rnd.nextBoolean() ? a : -a;
            }
            stored[k] = v;
            codes.set(ords[k], v);
        }
        for (int trial = 0; trial < 50; trial++) {
            float[] q = unit(rnd, dim);
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float x : q) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            BitCodes.Query pq = codes.prepare(q);
            float[] batch = new float[ords.length];
            codes.dot(pq, ords, ords.length, batch);
            for (int k = 0; k < ords.length; k++) {
                double exact = VectorMath.dot(q, 0, stored[k], 0, dim);
                float a = Math.abs(stored[k][0]);
                double bound = (hi - lo) / 15 / 2 * dim * 2 * a + 1e-4; // half a query step per set bit, doubled, times a
                assertThat((double) codes.dot(pq, ords[k])).as("ord %d", ords[k]).isCloseTo(exact, within(bound));
                assertThat(batch[k]).as("batch ord %d", ords[k]).isEqualTo(codes.dot(pq, ords[k]));
            }
        }
    }

    @Test
    void theEstimateFollowsTheExactDotProductOnRandomVectors() {
        int dim = 384;
        Random rnd = new Random(2);
        BitCodes codes = new BitCodes(dim);
        int n = 2000;
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            v[i] = unit(rnd, dim);
            codes.set(i, v[i]);
        }
        float[] q = v[17].clone(); // a query near stored vector 17
        for (int d = 0; d < dim; d++) {
            q[d] += (float) (rnd.nextGaussian() * 0.03);
        }
        VectorMath.normalize(q);
        BitCodes.Query pq = codes.prepare(q);
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            float s = codes.dot(pq, i);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
            if (i != 17) {
                double err = s - VectorMath.dot(q, 0, v[i], 0, dim);
                sumSq += err * err;
            }
        }
        assertThat(best).as("the near vector stands out among random ones").isEqualTo(17);
        assertThat(bestScore).isCloseTo((float) VectorMath.dot(q, 0, v[17], 0, dim), within(0.25f));
        assertThat(Math.sqrt(sumSq / (n - 1))).as("rms error on unrelated vectors (their cosines are about 0.05)")
                .isLessThan(0.08);
    }

    @Test
    void aZeroVectorOrQueryScoresZeroAndTouchReadsWithoutFailing() {
        int dim = 64;
        BitCodes codes = new BitCodes(dim);
        codes.set(0, new float[dim]);
        float[] v = new float[dim];
        v[3] = 1;
        codes.set(1, v);
        assertThat(codes.dot(codes.prepare(unit(new Random(3), dim)), 0)).isZero();
        assertThat(codes.dot(codes.prepare(new float[dim]), 1)).isZero();
        codes.touch(new int[] {0, 1}, 2);
        assertThat(BitCodes.bytesPerVector(384)).isEqualTo(56);
        assertThat(BitCodes.bytesPerVector(100)).isEqualTo(24);
    }
}
