package io.semanticrouter;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VectorMathTest {

    /** The build runs this module's tests with --add-modules jdk.incubator.vector (see its pom). */
    @Test
    void usesTheVectorApiWhenTheModuleIsPresent() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
        assertThat(VectorMath.simd()).isTrue();
    }

    @Test
    void bothPathsAgreeWithAPlainDoubleSumAtEveryLengthAndOffset() {
        Random rnd = new Random(7);
        float[] a = new float[1200];
        float[] b = new float[1200];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rnd.nextGaussian();
            b[i] = (float) rnd.nextGaussian();
        }
        for (int len : new int[] {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 384, 385, 1000}) {
            for (int[] off : new int[][] {{0, 0}, {1, 5}, {13, 2}, {100, 199}}) {
                double exact = 0;
                for (int i = 0; i < len; i++) {
                    exact += (double) a[off[0] + i] * b[off[1] + i];
                }
                double tolerance = 1e-5 * Math.max(1, Math.sqrt(len)) * 4;
                assertThat(VectorMath.dot(a, off[0], b, off[1], len)).as("len %d off %d/%d", len, off[0], off[1])
                        .isCloseTo(exact, within(tolerance));
                assertThat(VectorMath.scalarDot(a, off[0], b, off[1], len)).isCloseTo(exact, within(tolerance));
                assertThat(SimdDot.dot(a, off[0], b, off[1], len)).isCloseTo((float) exact, within((float) tolerance));
            }
        }
    }

    @Test
    void theFloatByteDotAgreesWithAPlainDoubleSumOnBothPaths() {
        assertThat(SimdDot.bytesSupported()).as("AVX2 or wider on the build machine").isTrue();
        Random rnd = new Random(8);
        float[] a = new float[1200];
        byte[] b = new byte[1200];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rnd.nextGaussian();
            b[i] = (byte) (rnd.nextInt(256) - 128);
        }
        b[3] = Byte.MIN_VALUE;
        b[4] = Byte.MAX_VALUE;
        for (int len : new int[] {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 64, 100, 384, 385, 1000}) {
            for (int[] off : new int[][] {{0, 0}, {1, 5}, {13, 2}, {100, 199}}) {
                double exact = 0;
                for (int i = 0; i < len; i++) {
                    exact += (double) a[off[0] + i] * b[off[1] + i];
                }
                double tolerance = 128 * 1e-5 * Math.max(1, Math.sqrt(len)) * 4;
                assertThat(VectorMath.dot(a, off[0], b, off[1], len)).as("len %d off %d/%d", len, off[0], off[1])
                        .isCloseTo(exact, within(tolerance));
                assertThat(VectorMath.scalarDot(a, off[0], b, off[1], len)).isCloseTo(exact, within(tolerance));
                assertThat(SimdDot.dotBytes(a, off[0], b, off[1], len)).isCloseTo((float) exact, within((float) tolerance));
            }
        }
    }

    @Test
    void unitVectorsHaveCosineOneWithThemselves() {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(i + 1);
        }
        VectorMath.normalize(v);
        assertThat(VectorMath.dot(v, 0, v, 0, v.length)).isCloseTo(1.0, within(1e-5));
    }
}
