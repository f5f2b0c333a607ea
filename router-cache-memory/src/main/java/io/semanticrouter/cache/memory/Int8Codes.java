package io.semanticrouter.cache.memory;

import io.semanticrouter.VectorMath;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The int8 copies of a graph's vectors, by ordinal, in chunks of flat byte arrays: each ordinal has its
 * {@code dimension} signed bytes followed by its scale as four bytes, so scoring a node reads one contiguous
 * run of memory and no object. A vector {@code v} is stored as {@code round(v[i] / s)} with
 * {@code s = max|v[i]| / 127}, so its dot product with a query {@code q} is about {@code s * sum(q[i] * code[i])};
 * the error per dimension is at most {@code s / 2}.
 *
 * <p>Written once per ordinal, before the node enters the graph; a search reaches an ordinal only through the
 * graph, whose concurrent structures publish the node after its codes were written. Thread-safe.
 */
final class Int8Codes {

    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final int dimension;
    private final int stride;
    private volatile byte[][] chunks = new byte[0][];

    Int8Codes(int dimension) {
        this.dimension = dimension;
        this.stride = dimension + Float.BYTES;
    }

    /** Bytes one ordinal takes: its codes and its scale. */
    static long bytesPerVector(int dimension) {
        return dimension + (long) Float.BYTES;
    }

    /** Quantises {@code v} into the slot of {@code ord}. */
    void set(int ord, float[] v) {
        quantize(v, chunk(ord >>> CHUNK_BITS), (ord & (CHUNK - 1)) * stride, dimension);
    }

    /**
     * Writes the int8 code of {@code v} at {@code out[off]}: {@code dimension} signed bytes, the vector's components
     * over its largest one times 127, then the scale (largest component over 127) as a little-endian float; a zero or
     * non-finite vector gets scale 0. The cluster index lays its lists out the same way.
     */
    static void quantize(float[] v, byte[] out, int off, int dimension) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        float inv = max > 0 && Float.isFinite(max) ? 127f / max : 0f;
        for (int i = 0; i < dimension; i++) {
            out[off + i] = (byte) Math.round(v[i] * inv);
        }
        FLOAT.set(out, off + dimension, inv > 0 ? max / 127f : 0f);
    }

    /** The vector the code {@link #quantize} wrote at {@code codes[off]} stands for (to within its rounding). */
    static float[] decode(byte[] codes, int off, int dimension) {
        float scale = (float) FLOAT.get(codes, off + dimension);
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = codes[off + i] * scale;
        }
        return v;
    }

    /** About the dot product of {@code q} with the code {@link #quantize} wrote at {@code codes[off]}. */
    static float score(float[] q, byte[] codes, int off, int dimension) {
        return (float) FLOAT.get(codes, off + dimension) * (float) VectorMath.dot(q, 0, codes, off, dimension);
    }

    /** About the dot product of {@code q} with the vector stored at {@code ord}. */
    float dot(float[] q, int ord) {
        return score(q, chunks[ord >>> CHUNK_BITS], (ord & (CHUNK - 1)) * stride, dimension);
    }

    /**
     * Scores {@code n} ordinals at once into {@code out}: about the dot product of {@code q} with each one's vector.
     * Reads the chunk table once; every ordinal must have been written (a search reaches only such ordinals).
     */
    void dot(float[] q, int[] ords, int n, float[] out) {
        byte[][] cs = chunks;
        int dim = dimension;
        int st = stride;
        for (int i = 0; i < n; i++) {
            int ord = ords[i];
            byte[] c = cs[ord >>> CHUNK_BITS];
            int off = (ord & (CHUNK - 1)) * st;
            out[i] = (float) FLOAT.get(c, off + dim) * (float) VectorMath.dot(q, 0, c, off, dim);
        }
    }

    /**
     * Reads one byte of every 64-byte line of each of {@code n} ordinals' codes, so that the memory system fetches
     * them all at once before {@link #dot(float[], int[], int, float[])} scores them one by one; returns a value
     * only so that the reads are not optimised away.
     */
    int touch(int[] ords, int n) {
        byte[][] cs = chunks;
        int st = stride;
        int sink = 0;
        for (int i = 0; i < n; i++) {
            int ord = ords[i];
            byte[] c = cs[ord >>> CHUNK_BITS];
            int off = (ord & (CHUNK - 1)) * st;
            for (int j = 0; j < st; j += 64) {
                sink += c[off + j];
            }
            sink += c[off + st - 1];
        }
        return sink;
    }

    /** The chunk holding ordinals {@code c * CHUNK ..}; the table doubles, chunks are allocated on first use. */
    private byte[] chunk(int c) {
        byte[][] cs = chunks;
        if (c < cs.length && cs[c] != null) {
            return cs[c];
        }
        synchronized (this) {
            cs = chunks;
            if (c >= cs.length) {
                cs = Arrays.copyOf(cs, Math.max(c + 1, cs.length * 2));
            }
            if (cs[c] == null) {
                cs[c] = new byte[CHUNK * stride];
            }
            chunks = cs; // the volatile write publishes the new chunk with the table
            return cs[c];
        }
    }
}
