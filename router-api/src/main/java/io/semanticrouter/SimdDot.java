package io.semanticrouter;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product on the JDK Vector API: one fused multiply-add per lane of the widest vector the CPU has
 * (16 floats with AVX-512, 8 with AVX2). {@link VectorMath} loads this class only when the incubating module
 * {@code jdk.incubator.vector} is in the boot layer (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}); without it the class is never touched.
 */
final class SimdDot {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** As many bytes as SPECIES has float lanes (16 bytes for AVX-512), or null where no such shape exists. */
    private static final VectorSpecies<Byte> BYTES = byteSpecies();

    private SimdDot() {
    }

    /** Lanes per vector; below two the Vector API gains nothing. */
    static int lanes() {
        return SPECIES.length();
    }

    /** Whether {@link #dotBytes} runs on the Vector API (a byte shape a quarter of the float shape exists). */
    static boolean bytesSupported() {
        return BYTES != null;
    }

    private static VectorSpecies<Byte> byteSpecies() {
        int bits = SPECIES.vectorBitSize() / 4;
        if (bits < 64) {
            return null;
        }
        VectorSpecies<Byte> s = VectorSpecies.of(byte.class, VectorShape.forBitSize(bits));
        return s.length() == SPECIES.length() ? s : null;
    }

    /**
     * The dot product of floats with signed bytes: each group of bytes is widened to a float vector of the same
     * lane count and multiplied into two accumulators, which hide the latency of the fused multiply-add.
     */
    static float dotBytes(float[] a, int aOff, byte[] b, int bOff, int len) {
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        int step = SPECIES.length();
        int i = 0;
        for (int upper2 = len - 2 * step; i <= upper2; i += 2 * step) {
            acc0 = FloatVector.fromArray(SPECIES, a, aOff + i).fma(widen(b, bOff + i), acc0);
            acc1 = FloatVector.fromArray(SPECIES, a, aOff + i + step).fma(widen(b, bOff + i + step), acc1);
        }
        for (int upper = len - step; i <= upper; i += step) {
            acc0 = FloatVector.fromArray(SPECIES, a, aOff + i).fma(widen(b, bOff + i), acc0);
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    private static FloatVector widen(byte[] b, int off) {
        return (FloatVector) ByteVector.fromArray(BYTES, b, off).convertShape(VectorOperators.B2F, SPECIES, 0);
    }

    static float dot(float[] a, int aOff, float[] b, int bOff, int len) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        int upper = SPECIES.loopBound(len);
        for (; i < upper; i += SPECIES.length()) {
            acc = FloatVector.fromArray(SPECIES, a, aOff + i).fma(FloatVector.fromArray(SPECIES, b, bOff + i), acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }
}
