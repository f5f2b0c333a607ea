package io.semanticrouter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.Embedding;
import io.semanticrouter.learn.LogisticRegression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
    private final LogisticRegression model;

    private LinearPairScorer(String embeddingModel, int dimension, LogisticRegression model) {
        this.embeddingModel = embeddingModel;
        this.dimension = dimension;
        this.model = model;
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
        return model.probability(features(a, b));
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
     * Trains a scorer ({@link LogisticRegression}: standardised features, L2, mini-batch Adam, deterministic).
     *
     * @param embeddingModel the id of the embedding model the vectors come from (kept with the weights)
     * @param examples       labelled pairs; both classes must be present
     * @param epochs         passes over the data, at least 1
     * @param l2             L2 penalty, at least 0
     * @throws IllegalArgumentException if a class is missing, dimensions disagree or a setting is out of range
     */
    public static LinearPairScorer train(String embeddingModel, List<Example> examples, int epochs, double l2) {
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("training needs positive and negative pairs, got none");
        }
        int d = examples.get(0).a().dimension();
        int n = examples.size();
        float[][] x = new float[n][];
        boolean[] y = new boolean[n];
        for (int k = 0; k < n; k++) {
            Example e = examples.get(k);
            if (e.a().dimension() != d || e.b().dimension() != d) {
                throw new IllegalArgumentException("example " + k + " has dimension " + e.a().dimension() + "/"
                        + e.b().dimension() + ", expected " + d);
            }
            x[k] = features(e.a().vector(), e.b().vector());
            y[k] = e.positive();
        }
        return new LinearPairScorer(embeddingModel, d, LogisticRegression.train(x, y, epochs, l2));
    }

    /** Writes the scorer as JSON. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("embedding_model", embeddingModel);
        root.put("dimension", dimension);
        root.put("bias", model.bias());
        array(root.putArray("mean"), model.mean());
        array(root.putArray("scale"), model.scale());
        array(root.putArray("weights"), model.weights());
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
        try {
            return new LinearPairScorer(root.path("embedding_model").asText(), d,
                    LogisticRegression.of(mean, scale, weights, (float) root.path("bias").asDouble()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
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
