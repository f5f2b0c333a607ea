package io.semanticrouter.classifier;

import io.semanticrouter.VectorMath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Nearest-exemplar features for {@link JailbreakModel}: how close a query's embedding sits to its nearest
 * unsafe requests and to its nearest benign contrast prompts, among prompts written for the guard's training
 * (the mean cosine similarity of the {@code k} nearest of each kind, and their difference). The exemplar vectors
 * are stored as 8-bit integers with one scale per vector, and features are always computed from those stored
 * values, in training and at run time alike. A stored vector that is the query itself (similarity above
 * {@value #SELF}) is skipped, so a training prompt is judged by its neighbours rather than by itself.
 * Immutable and thread-safe.
 */
public final class JailbreakNeighbours {

    /** Number of features: nearest unsafe, nearest benign, their difference. */
    public static final int FEATURES = 3;
    /** Similarity from which a stored vector counts as the query itself. */
    static final double SELF = 0.995;

    private final int dimension;
    private final int k;
    private final Quantised unsafe;
    private final Quantised benign;

    private JailbreakNeighbours(int dimension, int k, Quantised unsafe, Quantised benign) {
        this.dimension = dimension;
        this.k = k;
        this.unsafe = unsafe;
        this.benign = benign;
    }

    /**
     * Vectors as 8-bit integers, one scale per vector (the value of 1 in the stored integers), and the same values
     * multiplied out as floats, row-major, which the similarity loop reads.
     */
    private record Quantised(byte[] values, float[] scales, float[] floats) {
        Quantised(byte[] values, float[] scales) {
            this(values, scales, dequantise(values, scales));
        }

        private static float[] dequantise(byte[] values, float[] scales) {
            float[] f = new float[values.length];
            int d = scales.length == 0 ? 0 : values.length / scales.length;
            for (int i = 0; i < f.length; i++) {
                f[i] = values[i] * scales[i / d];
            }
            return f;
        }
    }

    /**
     * Neighbour features over the given exemplar embeddings (each is normalised before it is stored).
     *
     * @param k how many nearest exemplars of each kind are averaged, at least 1
     * @throws IllegalArgumentException if a list is empty, vectors differ in width, or k is out of range
     */
    public static JailbreakNeighbours of(List<float[]> unsafe, List<float[]> benign, int k) {
        Objects.requireNonNull(unsafe, "unsafe");
        Objects.requireNonNull(benign, "benign");
        if (unsafe.isEmpty() || benign.isEmpty()) {
            throw new IllegalArgumentException("neighbour features need unsafe and benign exemplars, got " + unsafe.size()
                    + " and " + benign.size());
        }
        if (k < 1 || k > Math.min(unsafe.size(), benign.size())) {
            throw new IllegalArgumentException("k must be in [1, " + Math.min(unsafe.size(), benign.size()) + "], was " + k);
        }
        int d = unsafe.get(0).length;
        return new JailbreakNeighbours(d, k, quantise(unsafe, d), quantise(benign, d));
    }

    private static Quantised quantise(List<float[]> vectors, int d) {
        byte[] values = new byte[vectors.size() * d];
        float[] scales = new float[vectors.size()];
        for (int r = 0; r < vectors.size(); r++) {
            float[] v = vectors.get(r);
            if (v.length != d) {
                throw new IllegalArgumentException("exemplar vectors must all have width " + d + ", found " + v.length);
            }
            double norm = 0;
            double max = 0;
            for (float f : v) {
                norm += f * f;
                max = Math.max(max, Math.abs(f));
            }
            norm = Math.sqrt(norm);
            double scale = norm == 0 ? 1 : max / norm / 127;
            scales[r] = (float) scale;
            for (int i = 0; i < d; i++) {
                values[r * d + i] = (byte) Math.round(v[i] / norm / scale);
            }
        }
        return new Quantised(values, scales);
    }

    /** The embedding width the exemplars have. */
    public int dimension() {
        return dimension;
    }

    /**
     * The features of one embedding: mean similarity of the k nearest unsafe exemplars, of the k nearest benign
     * ones, and the first minus the second.
     *
     * @throws IllegalArgumentException if the embedding has another width
     */
    public float[] features(float[] embedding) {
        if (embedding.length != dimension) {
            throw new IllegalArgumentException("expected an embedding of width " + dimension + ", got " + embedding.length);
        }
        double norm = 0;
        for (float f : embedding) {
            norm += f * f;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        float u = nearest(unsafe, embedding, inv);
        float b = nearest(benign, embedding, inv);
        return new float[] {u, b, u - b};
    }

    /** Mean similarity of the k most similar stored vectors, skipping the query itself. */
    private float nearest(Quantised q, float[] x, double inv) {
        double[] top = new double[k];
        java.util.Arrays.fill(top, -1);
        float[] v = q.floats;
        int rows = q.scales.length;
        for (int r = 0; r < rows; r++) {
            double sim = VectorMath.dot(v, r * dimension, x, 0, dimension) * inv;
            if (sim > SELF || sim <= top[k - 1]) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && top[j - 1] < sim) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = sim;
        }
        double sum = 0;
        for (double t : top) {
            sum += t;
        }
        return (float) (sum / k);
    }

    /** Writes the exemplars into {@code node}. */
    void write(ObjectNode node) {
        node.put("k", k);
        node.put("dimension", dimension);
        write(node.putObject("unsafe"), unsafe);
        write(node.putObject("benign"), benign);
    }

    private static void write(ObjectNode node, Quantised q) {
        var scales = node.putArray("scales");
        for (float s : q.scales) {
            scales.add(s);
        }
        node.put("vectors", Base64.getEncoder().encodeToString(q.values));
    }

    /**
     * Reads exemplars written by {@link #write}.
     *
     * @throws IllegalArgumentException if the node is malformed
     */
    static JailbreakNeighbours read(JsonNode node) {
        int d = node.path("dimension").asInt(0);
        int k = node.path("k").asInt(0);
        Quantised u = read(node.path("unsafe"), d);
        Quantised b = read(node.path("benign"), d);
        if (d < 1 || k < 1 || k > Math.min(u.scales.length, b.scales.length)) {
            throw new IllegalArgumentException("neighbours need dimension >= 1 and k in [1, exemplars], were " + d + " and " + k);
        }
        return new JailbreakNeighbours(d, k, u, b);
    }

    private static Quantised read(JsonNode node, int d) {
        JsonNode s = node.path("scales");
        float[] scales = new float[s.size()];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = (float) s.get(i).asDouble();
        }
        byte[] values = Base64.getDecoder().decode(node.path("vectors").asText(""));
        if (scales.length == 0 || values.length != scales.length * d) {
            throw new IllegalArgumentException("neighbour exemplars: " + values.length + " values for " + scales.length
                    + " vectors of width " + d);
        }
        return new Quantised(values, scales);
    }
}
