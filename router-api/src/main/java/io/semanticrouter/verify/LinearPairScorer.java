package io.semanticrouter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.Embedding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A {@link PairScorer} learned from labelled question pairs: logistic regression on the two questions'
 * embeddings, over the element-wise product and absolute difference of the vectors plus their cosine (the
 * classic sentence-pair head). It reads only the vectors the router already has (the query's and the cached
 * entry's), so a score costs about a microsecond and no model call.
 *
 * <p>Train it on your own labelled pairs with {@link #train} or {@code bin/router-eval train-pair-scorer},
 * save it with {@link #write} and load it with {@link #read}. No weights ship with the library: a scorer
 * learns the notion of "same question" of the data it was trained on.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearPairScorer implements PairScorer {

    private static final String FORMAT = "semantic-router-linear-pair-scorer/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String embeddingModel;
    private final int dimension;
    private final float[] mean;
    private final float[] scale;
    private final float[] weights;
    private final float bias;

    private LinearPairScorer(String embeddingModel, int dimension, float[] mean, float[] scale, float[] weights, float bias) {
        this.embeddingModel = embeddingModel;
        this.dimension = dimension;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /** The embedding model the scorer was trained with; vectors of another model mean nothing to it. */
    public String embeddingModel() {
        return embeddingModel;
    }

    /** The embedding dimension it expects. */
    public int dimension() {
        return dimension;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if an embedding is missing or of another dimension
     */
    @Override
    public double score(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        if (cachedEmbedding == null || newEmbedding == null) {
            throw new IllegalArgumentException("LinearPairScorer needs both embeddings; call the verifier with them");
        }
        return score(cachedEmbedding.vector(), newEmbedding.vector());
    }

    /** The probability that two questions with these (normalised) vectors ask the same thing. */
    public double score(float[] a, float[] b) {
        if (a.length != dimension || b.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + "-dimensional embeddings, got " + a.length
                    + " and " + b.length);
        }
        float[] f = features(a, b);
        double z = bias;
        for (int i = 0; i < f.length; i++) {
            z += weights[i] * (f[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Product, absolute difference and cosine of two vectors. */
    private static float[] features(float[] a, float[] b) {
        int d = a.length;
        float[] f = new float[2 * d + 1];
        double cos = 0;
        for (int i = 0; i < d; i++) {
            f[i] = a[i] * b[i];
            f[d + i] = Math.abs(a[i] - b[i]);
            cos += f[i];
        }
        f[2 * d] = (float) cos;
        return f;
    }

    /**
     * A labelled training pair.
     *
     * @param a        one question's embedding
     * @param b        the other's
     * @param positive whether one's answer serves the other
     */
    public record Example(Embedding a, Embedding b, boolean positive) {
        public Example {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    /**
     * Trains a scorer: features standardised on the training set, logistic loss with L2 regularisation,
     * mini-batch Adam, examples shuffled with a fixed seed (the result is deterministic).
     *
     * @param embeddingModel the id of the embedding model the vectors come from (kept with the weights)
     * @param examples       labelled pairs; both classes must be present
     * @param epochs         passes over the data, at least 1
     * @param l2             L2 penalty, at least 0
     * @throws IllegalArgumentException if a class is missing, dimensions disagree or a setting is out of range
     */
    public static LinearPairScorer train(String embeddingModel, List<Example> examples, int epochs, double l2) {
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        }
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be >= 0, was " + l2);
        }
        if (examples.stream().noneMatch(Example::positive) || examples.stream().allMatch(Example::positive)) {
            throw new IllegalArgumentException("training needs positive and negative pairs");
        }
        int d = examples.get(0).a().dimension();
        int n = examples.size();
        int width = 2 * d + 1;
        float[][] x = new float[n][];
        float[] y = new float[n];
        for (int k = 0; k < n; k++) {
            Example e = examples.get(k);
            if (e.a().dimension() != d || e.b().dimension() != d) {
                throw new IllegalArgumentException("example " + k + " has dimension " + e.a().dimension() + "/"
                        + e.b().dimension() + ", expected " + d);
            }
            x[k] = features(e.a().vector(), e.b().vector());
            y[k] = e.positive() ? 1 : 0;
        }
        float[] mean = new float[width];
        float[] scale = new float[width];
        for (float[] r : x) {
            for (int i = 0; i < width; i++) {
                mean[i] += r[i] / n;
            }
        }
        for (float[] r : x) {
            for (int i = 0; i < width; i++) {
                scale[i] += (r[i] - mean[i]) * (r[i] - mean[i]) / n;
            }
        }
        for (int i = 0; i < width; i++) {
            scale[i] = (float) Math.max(1e-6, Math.sqrt(scale[i]));
        }
        for (float[] r : x) {
            for (int i = 0; i < width; i++) {
                r[i] = (r[i] - mean[i]) / scale[i];
            }
        }
        // mini-batch Adam on the logistic loss
        double[] w = new double[width + 1]; // last = bias
        double[] m1 = new double[width + 1];
        double[] m2 = new double[width + 1];
        double lr = 0.01;
        double beta1 = 0.9;
        double beta2 = 0.999;
        int batch = 64;
        List<Integer> order = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            order.add(k);
        }
        Random rnd = new Random(42);
        double[] grad = new double[width + 1];
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, rnd);
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(n, start + batch);
                java.util.Arrays.fill(grad, 0);
                for (int t = start; t < end; t++) {
                    int k = order.get(t);
                    double z = w[width];
                    for (int i = 0; i < width; i++) {
                        z += w[i] * x[k][i];
                    }
                    double err = 1 / (1 + Math.exp(-z)) - y[k];
                    for (int i = 0; i < width; i++) {
                        grad[i] += err * x[k][i];
                    }
                    grad[width] += err;
                }
                step++;
                int size = end - start;
                for (int i = 0; i <= width; i++) {
                    double g = grad[i] / size + (i < width ? l2 * w[i] : 0);
                    m1[i] = beta1 * m1[i] + (1 - beta1) * g;
                    m2[i] = beta2 * m2[i] + (1 - beta2) * g * g;
                    double mh = m1[i] / (1 - Math.pow(beta1, step));
                    double vh = m2[i] / (1 - Math.pow(beta2, step));
                    w[i] -= lr * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
            lr *= 0.7; // decay per epoch
        }
        float[] weights = new float[width];
        for (int i = 0; i < width; i++) {
            weights[i] = (float) w[i];
        }
        return new LinearPairScorer(embeddingModel, d, mean, scale, weights, (float) w[width]);
    }

    /** Writes the scorer as JSON. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("embedding_model", embeddingModel);
        root.put("dimension", dimension);
        root.put("bias", bias);
        array(root.putArray("mean"), mean);
        array(root.putArray("scale"), scale);
        array(root.putArray("weights"), weights);
        try {
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a scorer written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file when it is not such a scorer or its arrays do not fit
     * @throws UncheckedIOException     if it cannot be read
     */
    public static LinearPairScorer read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pair scorer " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file + ": not a pair scorer (format must be " + FORMAT + ")");
        }
        int d = root.path("dimension").asInt();
        int width = 2 * d + 1;
        float[] mean = floats(root, "mean", width, file);
        float[] scale = floats(root, "scale", width, file);
        float[] weights = floats(root, "weights", width, file);
        for (int i = 0; i < width; i++) {
            if (!(scale[i] > 0)) {
                throw new IllegalArgumentException(file + ": scale[" + i + "] must be positive, was " + scale[i]);
            }
        }
        return new LinearPairScorer(root.path("embedding_model").asText(), d, mean, scale, weights,
                (float) root.path("bias").asDouble());
    }

    private static void array(ArrayNode node, float[] values) {
        for (float v : values) {
            node.add(v);
        }
    }

    private static float[] floats(JsonNode root, String key, int width, Path file) {
        JsonNode a = root.get(key);
        if (a == null || !a.isArray() || a.size() != width) {
            throw new IllegalArgumentException(file + ": " + key + " must be an array of " + width + " numbers, was "
                    + (a == null ? "missing" : a.getNodeType() + " of " + a.size()));
        }
        float[] out = new float[width];
        for (int i = 0; i < width; i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException(file + ": " + key + "[" + i + "] is not a number");
            }
            out[i] = (float) a.get(i).asDouble();
        }
        return out;
    }
}
