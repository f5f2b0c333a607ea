package io.semanticrouter.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A category classifier that is one linear layer over the query embedding: the score of category {@code c} is
 * {@code w_c . e + b_c}, and the confidence is the softmax of the scores. The weights are learned offline (see
 * {@code router-eval train-categories}) and loaded from a small JSON file; {@link #mmluPro(Embedder)} loads the
 * shipped model for MMLU-Pro's 14 subject categories, trained over all-MiniLM-L6-v2 embeddings.
 *
 * <p>The {@link Classification#scores() scores} it returns are the softmax probabilities, best first, and the
 * margin is the gap between the best two probabilities. Immutable and thread-safe.
 */
public final class LinearCategoryClassifier implements CategoryClassifier {

    /** The class-path resource of the shipped MMLU-Pro model. */
    public static final String MMLU_PRO_RESOURCE = "/io/semanticrouter/classifier/mmlu-pro-head.json";

    /** The 14 MMLU-Pro categories the shipped model knows, in its order. */
    public static final List<String> MMLU_PRO_CATEGORIES = List.of("biology", "business", "chemistry",
            "computer science", "economics", "engineering", "health", "history", "law", "math", "other",
            "philosophy", "physics", "psychology");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String[] labels;
    private final float[] weights; // labels.length rows of dimension floats
    private final float[] bias;
    private final int dimension;
    private final String embeddingModel;
    private final Set<String> categories;

    private LinearCategoryClassifier(String[] labels, float[] weights, float[] bias, String embeddingModel) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
        this.dimension = weights.length / labels.length;
        this.embeddingModel = embeddingModel;
        this.categories = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(labels)));
    }

    /**
     * A classifier from its parameters.
     *
     * @param labels         the category names, distinct, at least two
     * @param weights        one row of {@code dimension} weights per label, row after row
     * @param bias           one bias per label
     * @param embeddingModel the embedding model the weights were trained on (for messages and the file)
     * @throws IllegalArgumentException if the sizes do not fit together, a label repeats or a weight is not finite
     */
    public static LinearCategoryClassifier of(List<String> labels, float[] weights, float[] bias,
                                              String embeddingModel) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (labels.size() < 2 || new LinkedHashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("need at least two distinct labels, got " + labels);
        }
        if (bias.length != labels.size() || weights.length == 0 || weights.length % labels.size() != 0) {
            throw new IllegalArgumentException("need one bias and one equal-length weight row per label: "
                    + labels.size() + " labels, " + bias.length + " biases, " + weights.length + " weights");
        }
        for (float w : weights) {
            if (!Float.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite");
            }
        }
        return new LinearCategoryClassifier(labels.toArray(String[]::new), weights.clone(), bias.clone(),
                embeddingModel == null ? "unknown" : embeddingModel);
    }

    /**
     * The shipped classifier for MMLU-Pro's 14 categories ({@link #MMLU_PRO_CATEGORIES}), for an embedder that
     * gives all-MiniLM-L6-v2 vectors (such as {@code OnnxEmbedder.allMiniLmL6V2()}).
     *
     * @param embedder the router's embedder; only its dimension is checked here
     * @throws IllegalArgumentException if the embedder's dimension is not the model's (384)
     */
    public static LinearCategoryClassifier mmluPro(Embedder embedder) {
        Objects.requireNonNull(embedder, "embedder");
        LinearCategoryClassifier c = fromResource(MMLU_PRO_RESOURCE);
        if (embedder.dimension() != c.dimension) {
            throw new IllegalArgumentException("the mmlu-pro category model was trained on " + c.embeddingModel
                    + " embeddings of dimension " + c.dimension + ", but the embedder " + embedder.modelId()
                    + " gives dimension " + embedder.dimension());
        }
        return c;
    }

    /**
     * Loads a model file written by {@link #write(java.io.OutputStream)} from the class path.
     *
     * @throws IllegalArgumentException if there is no such resource or it is not a model file
     */
    public static LinearCategoryClassifier fromResource(String resource) {
        try (InputStream in = LinearCategoryClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a model file: JSON with {@code labels}, {@code dimension}, {@code embedding_model}, and {@code weights}
     * and {@code bias} as base64 of little-endian float32 values.
     *
     * @throws IllegalArgumentException if the file lacks a field or its sizes do not fit together
     * @throws IOException              if the stream cannot be read or is not JSON
     */
    public static LinearCategoryClassifier read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        for (String field : List.of("labels", "dimension", "weights", "bias")) {
            if (root == null || !root.hasNonNull(field)) {
                throw new IllegalArgumentException("category model file lacks \"" + field + "\"");
            }
        }
        List<String> labels = new ArrayList<>();
        root.get("labels").forEach(n -> labels.add(n.asText()));
        float[] weights = floats(root.get("weights").asText());
        float[] bias = floats(root.get("bias").asText());
        int dim = root.get("dimension").asInt();
        if (weights.length != dim * labels.size()) {
            throw new IllegalArgumentException("category model file has " + weights.length + " weights, expected "
                    + labels.size() + " x " + dim);
        }
        return of(labels, weights, bias, root.path("embedding_model").asText("unknown"));
    }

    /** Writes this model in the format {@link #read(InputStream)} reads, with a note of how it was made. */
    public void write(java.io.OutputStream out, String note) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("note", note == null ? "" : note);
        root.put("embedding_model", embeddingModel);
        root.put("dimension", dimension);
        ArrayNode ls = root.putArray("labels");
        for (String l : labels) {
            ls.add(l);
        }
        root.put("weights", base64(weights));
        root.put("bias", base64(bias));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    /** Writes this model without a note. */
    public void write(java.io.OutputStream out) throws IOException {
        write(out, null);
    }

    private static float[] floats(String base64) {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[buf.remaining() / Float.BYTES];
        buf.asFloatBuffer().get(out);
        return out;
    }

    private static String base64(float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    /**
     * The softmax probability of every label, in {@link #labels()} order.
     *
     * @throws IllegalArgumentException if the vector's length is not the model's dimension
     */
    public double[] probabilities(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("embedding dimension " + vector.length
                    + " does not match the category model's dimension " + dimension + " (" + embeddingModel + ")");
        }
        double[] z = new double[labels.length];
        for (int c = 0; c < labels.length; c++) {
            double s = bias[c];
            int off = c * dimension;
            for (int d = 0; d < dimension; d++) {
                s += weights[off + d] * vector[d];
            }
            z[c] = s;
        }
        return softmaxInPlace(z, z.length);
    }

    /**
     * Turns the first {@code k} logits of {@code z} into probabilities, in place (shifted by the largest, so no
     * exponent overflows); the trainer and the classifier share it, so both compute the same numbers.
     */
    static double[] softmaxInPlace(double[] z, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < k; c++) {
            z[c] /= sum;
        }
        return z;
    }

    @Override
    public Classification classify(String text, Embedding embedding) {
        Objects.requireNonNull(embedding, "embedding");
        double[] p = probabilities(embedding.vector());
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i : order) {
            scores.put(labels[i], p[i]);
        }
        double best = p[order[0]];
        return new Classification(labels[order[0]], Math.min(1, Math.max(0, best)), best - p[order[1]], scores);
    }

    /** The softmax probabilities, best first: the same as {@link Classification#scores()} of this model. */
    @Override
    public Map<String, Double> probabilities(String text, Embedding embedding) {
        return classify(text, embedding).scores();
    }

    @Override
    public Set<String> categories() {
        return categories;
    }

    /**
     * This model with every weight and bias multiplied by {@code factor}: a softmax temperature of
     * {@code 1 / factor}. The best category stays the same; the confidences sharpen or soften.
     *
     * @throws IllegalArgumentException if the factor is not positive
     */
    public LinearCategoryClassifier scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive, was " + factor);
        }
        float[] w = weights.clone();
        float[] b = bias.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= (float) factor;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] *= (float) factor;
        }
        return new LinearCategoryClassifier(labels, w, b, embeddingModel);
    }

    /** The labels in model order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The embedding dimension the model expects. */
    public int dimension() {
        return dimension;
    }

    /** The embedding model the weights were trained on, as the model file names it. */
    public String embeddingModel() {
        return embeddingModel;
    }

    @Override
    public String toString() {
        return "LinearCategoryClassifier" + categories + " over " + embeddingModel + " (" + dimension + "-d)";
    }
}
