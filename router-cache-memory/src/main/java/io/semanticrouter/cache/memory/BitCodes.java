package io.semanticrouter.cache.memory;

import java.util.Arrays;

/**
 * One-bit copies of a graph's vectors, by ordinal: the sign of each dimension (a set bit for a positive
 * component), packed in {@code long}s, followed by one correction factor. At 384 dimensions that is 6 words of
 * code and one of factor, 56 bytes, where the int8 copy takes 388 and the float vector 1,536; a graph walk that
 * scores these reads about one cache line per node.
 *
 * <p>The estimate of {@code q . v} is {@code (q . sign(v)) * |v|^2 / |v|_1}: the query's dot product with the
 * vector's sign pattern, scaled so that it would be exact if {@code v} were its own sign pattern rescaled (the
 * estimator of RaBitQ without the random rotation; nothing is trained, so nothing drifts as entries come and go).
 * The query stays in floats, quantised to 4 bits per dimension into bit planes ({@link #prepare}), so a node costs
 * a few dozen AND-and-popcount steps. The estimate is coarse: it finds the neighbourhood, and the best candidates
 * are then re-scored with the int8 copies and finally with the full vectors.
 *
 * <p>Written once per ordinal, before the node enters the graph; a search reaches an ordinal only through the
 * graph, whose concurrent structures publish the node after its codes were written. Thread-safe.
 */
final class BitCodes {

    /** Bits per query dimension in a prepared query. */
    static final int QUERY_BITS = 4;

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final int dimension;
    private final int words;
    private final int stride;
    private volatile long[][] chunks = new long[0][];

    BitCodes(int dimension) {
        this.dimension = dimension;
        this.words = (dimension + 63) >>> 6;
        this.stride = words + 1;
    }

    /** Bytes one ordinal takes: its sign bits, rounded up to whole longs, and its factor in one more long. */
    static long bytesPerVector(int dimension) {
        return 8L * (((dimension + 63L) >>> 6) + 1);
    }

    /** Writes the sign bits and the factor of {@code v} into the slot of {@code ord}. */
    void set(int ord, float[] v) {
        long[] c = chunk(ord >>> CHUNK_BITS);
        int off = (ord & (CHUNK - 1)) * stride;
        double l1 = 0;
        double l2 = 0;
        long word = 0;
        for (int i = 0; i < dimension; i++) {
            float x = v[i];
            l1 += Math.abs(x);
            l2 += (double) x * x;
            if (x > 0) {
                word |= 1L << (i & 63);
            }
            if ((i & 63) == 63 || i == dimension - 1) {
                c[off + (i >>> 6)] = word;
                word = 0;
            }
        }
        float factor = l1 > 0 && Double.isFinite(l1) && Double.isFinite(l2) ? (float) (l2 / l1) : 0f;
        c[off + words] = Float.floatToRawIntBits(factor);
    }

    /**
     * A query ready to be scored against bit codes: its components quantised to {@link #QUERY_BITS} bits,
     * {@code q[i] ~ low + step * u[i]}, stored as bit planes (plane p holds bit p of every {@code u[i]}).
     */
    static final class Query {
        final long[] planes;
        final float low;
        final float step;
        final float sum;

        private Query(long[] planes, float low, float step, float sum) {
            this.planes = planes;
            this.low = low;
            this.step = step;
            this.sum = sum;
        }
    }

    /**
     * Reads one word of each of {@code n} ordinals' codes, so that the memory system fetches them all at once
     * before {@link #dot(Query, int[], int, float[])} scores them one by one; returns a value only so that the
     * reads are not optimised away.
     */
    long touch(int[] ords, int n) {
        long[][] cs = chunks;
        int st = stride;
        long sink = 0;
        for (int i = 0; i < n; i++) {
            int ord = ords[i];
            sink += cs[ord >>> CHUNK_BITS][(ord & (CHUNK - 1)) * st];
        }
        return sink;
    }

    /** Quantises {@code q} into bit planes; done once per search. */
    Query prepare(float[] q) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            lo = Math.min(lo, q[i]);
            hi = Math.max(hi, q[i]);
            sum += q[i];
        }
        int levels = (1 << QUERY_BITS) - 1;
        float step = hi > lo ? (hi - lo) / levels : 0f;
        long[] planes = new long[QUERY_BITS * words];
        for (int i = 0; i < dimension; i++) {
            int u = step > 0 ? Math.round((q[i] - lo) / step) : 0;
            for (int p = 0; p < QUERY_BITS; p++) {
                if ((u >>> p & 1) != 0) {
                    planes[p * words + (i >>> 6)] |= 1L << (i & 63);
                }
            }
        }
        return new Query(planes, lo, step, (float) sum);
    }

    /** About the dot product of the prepared query with the vector stored at {@code ord}. */
    float dot(Query q, int ord) {
        long[] c = chunks[ord >>> CHUNK_BITS];
        return dot(q, c, (ord & (CHUNK - 1)) * stride);
    }

    /**
     * Scores {@code n} ordinals at once into {@code out}: about the dot product of the prepared query with each
     * one's vector. Reads the chunk table once; every ordinal must have been written.
     */
    void dot(Query q, int[] ords, int n, float[] out) {
        long[][] cs = chunks;
        int st = stride;
        for (int i = 0; i < n; i++) {
            int ord = ords[i];
            out[i] = dot(q, cs[ord >>> CHUNK_BITS], (ord & (CHUNK - 1)) * st);
        }
    }

    private float dot(Query q, long[] c, int off) {
        long[] planes = q.planes;
        int w = words;
        int ones = 0;
        long weighted = 0;
        for (int j = 0; j < w; j++) {
            long b = c[off + j];
            ones += Long.bitCount(b);
            long s = 0;
            for (int p = 0; p < QUERY_BITS; p++) {
                s += (long) Long.bitCount(planes[p * w + j] & b) << p;
            }
            weighted += s;
        }
        float positive = q.low * ones + q.step * weighted; // ~ the sum of q[i] over the set bits
        float factor = Float.intBitsToFloat((int) c[off + w]);
        return (2 * positive - q.sum) * factor;
    }

    /** The chunk holding ordinals {@code c * CHUNK ..}; the table doubles, chunks are allocated on first use. */
    private long[] chunk(int c) {
        long[][] cs = chunks;
        if (c < cs.length && cs[c] != null) {
            return cs[c];
        }
        synchronized (this) {
            cs = chunks;
            if (c >= cs.length) {
                cs = Arrays.copyOf(cs, Math.max(c + 1, cs.length * 2));
            }
            if (cs[c] == null) {
                cs[c] = new long[CHUNK * stride];
            }
            chunks = cs; // the volatile write publishes the new chunk with the table
            return cs[c];
        }
    }
}
