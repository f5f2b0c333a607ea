package io.semanticrouter;

/**
 * Small, allocation-free vector kernels shared by the caches and classifiers.
 *
 * <p>The dot product runs on the JDK Vector API when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (measured about 4x faster on an exact cache scan with AVX-512; the
 * JVM prints a one-line warning that the module is incubating), unless the system property
 * {@value #SIMD_PROPERTY} is {@code false}. Otherwise it keeps eight independent accumulators so the JIT can
 * overlap the multiply-adds (a single running sum serialises on floating-point add latency). Results are
 * accumulated in {@code float} and returned as {@code double}; for unit vectors of a few hundred dimensions the
 * rounding error, and the difference between the two paths, are far below any similarity threshold that matters.
 */
public final class VectorMath {

    /** System property that turns the Vector API path off when set to {@code false}. */
    public static final String SIMD_PROPERTY = "semanticrouter.simd";

    private static final boolean SIMD = simdAvailable();
    private static final boolean SIMD_BYTES = SIMD && simdBytes();
    /** The float value of each byte, indexed by its unsigned value. */
    private static final float[] BYTE_TO_FLOAT = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            BYTE_TO_FLOAT[i] = (byte) i;
        }
    }

    private VectorMath() {
    }

    /** Whether {@link #dot} runs on the JDK Vector API in this JVM. */
    public static boolean simd() {
        return SIMD;
    }

    private static boolean simdAvailable() {
        if ("false".equalsIgnoreCase(System.getProperty(SIMD_PROPERTY))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return SimdDot.lanes() >= 2;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    private static boolean simdBytes() {
        try {
            return SimdDot.bytesSupported();
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /**
     * Dot product of floats {@code a[aOff .. aOff+len)} with signed bytes {@code b[bOff .. bOff+len)}, each byte
     * taken as its integer value (-128..127). This scores a float query against int8-quantised vectors; the
     * caller multiplies by the vector's scale. On the Vector API when {@link #dot} is, and the CPU has a byte
     * shape a quarter of its float shape (AVX2 and AVX-512 do).
     */
    public static double dot(float[] a, int aOff, byte[] b, int bOff, int len) {
        return SIMD_BYTES ? SimdDot.dotBytes(a, aOff, b, bOff, len) : scalarDot(a, aOff, b, bOff, len);
    }

    /**
     * {@link #dot(float[], int, byte[], int, int)} without the Vector API (eight accumulators). A byte becomes a
     * float through a 256-entry table: a load from L1 instead of an int-to-float conversion, which measured about
     * twice as slow on Java 17 (docs/ann-index.md).
     */
    static double scalarDot(float[] a, int aOff, byte[] b, int bOff, int len) {
        float[] t = BYTE_TO_FLOAT;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        int upper = len & ~7;
        for (; i < upper; i += 8) {
            s0 += a[aOff + i] * t[b[bOff + i] & 0xFF];
            s1 += a[aOff + i + 1] * t[b[bOff + i + 1] & 0xFF];
            s2 += a[aOff + i + 2] * t[b[bOff + i + 2] & 0xFF];
            s3 += a[aOff + i + 3] * t[b[bOff + i + 3] & 0xFF];
            s4 += a[aOff + i + 4] * t[b[bOff + i + 4] & 0xFF];
            s5 += a[aOff + i + 5] * t[b[bOff + i + 5] & 0xFF];
            s6 += a[aOff + i + 6] * t[b[bOff + i + 6] & 0xFF];
            s7 += a[aOff + i + 7] * t[b[bOff + i + 7] & 0xFF];
        }
        for (; i < len; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return (double) ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Dot product of {@code a[aOff .. aOff+len)} and {@code b[bOff .. bOff+len)}.
     */
    public static double dot(float[] a, int aOff, float[] b, int bOff, int len) {
        return SIMD ? SimdDot.dot(a, aOff, b, bOff, len) : scalarDot(a, aOff, b, bOff, len);
    }

    /** The dot product without the Vector API (eight accumulators). */
    static double scalarDot(float[] a, int aOff, float[] b, int bOff, int len) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        int upper = len & ~7;
        for (; i < upper; i += 8) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
            s4 += a[aOff + i + 4] * b[bOff + i + 4];
            s5 += a[aOff + i + 5] * b[bOff + i + 5];
            s6 += a[aOff + i + 6] * b[bOff + i + 6];
            s7 += a[aOff + i + 7] * b[bOff + i + 7];
        }
        for (; i < len; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return (double) ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Scales {@code v} in place to unit length. A zero vector is left as it is.
     *
     * @return the original L2 norm
     */
    public static double normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            float inv = (float) (1.0 / norm);
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return norm;
    }
}
