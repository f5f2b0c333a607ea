package io.semanticrouter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A learned map of a question's embedding toward the embeddings of the tools it needs, for tool selection
 * ({@link ToolSelection#queryAdapter()}). Agents word requests as goals ("tell the team I'm late"), tools are
 * described as functions ("send a message to a chat channel"); the adapter moves the question by a low-rank
 * correction, {@code q' = normalise(q + U (V^T q))}, trained toward the identity on labelled tool requests with a
 * softmax over the tools each request offered ({@code tools/toolsel/query_adapter.py}; docs/gateway.md, "Fourth
 * round"). Only the question moves: tool embeddings are the embedder's own, as cached.
 *
 * <p>An adapter is trained for one embedding model; its file names the model and is refused for another. One
 * ships for all-MiniLM-L6-v2 ({@link #bundledFor(String)}); for other embedders there is none and selection
 * ranks by the plain cosine. Immutable and thread-safe.
 */
public final class ToolQueryAdapter {

    /** The format string an adapter file must carry. */
    public static final String FORMAT = "semantic-router-tool-query-adapter/1";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The bundled adapters read so far, by embedding model (empty: none ships for it). */
    private static final Map<String, Optional<ToolQueryAdapter>> BUNDLED = new ConcurrentHashMap<>();

    private final String embeddingModel;
    private final int dimension;
    private final int rank;
    /** U and V, row-major: {@code u[i * rank + j]}. */
    private final float[] u;
    private final float[] v;

    private ToolQueryAdapter(String embeddingModel, int dimension, int rank, float[] u, float[] v) {
        this.embeddingModel = embeddingModel;
        this.dimension = dimension;
        this.rank = rank;
        this.u = u;
        this.v = v;
    }

    /**
     * The adapter shipped with the library for this embedding model ({@code Embedder.modelId()}), or empty when
     * none is trained for it. Each model's resource is read once per JVM and shared.
     *
     * @throws NullPointerException if embeddingModel is null
     */
    public static Optional<ToolQueryAdapter> bundledFor(String embeddingModel) {
        Objects.requireNonNull(embeddingModel, "embeddingModel must not be null");
        return BUNDLED.computeIfAbsent(embeddingModel, ToolQueryAdapter::load);
    }

    private static Optional<ToolQueryAdapter> load(String embeddingModel) {
        String name = "tool-query-adapter-" + embeddingModel + ".json";
        InputStream in = embeddingModel.matches("[A-Za-z0-9._-]+")
                ? ToolQueryAdapter.class.getResourceAsStream(name) : null;
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(read(in, name, embeddingModel));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an adapter file and checks that it was trained for {@code embeddingModel}.
     *
     * @param source a name for the file in error messages
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException naming the source when it is not an adapter, its arrays do not fit its
     *                                  dimension and rank, or it was trained for another embedding model
     * @throws UncheckedIOException     if it cannot be read
     */
    public static ToolQueryAdapter read(InputStream in, String source, String embeddingModel) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(embeddingModel, "embeddingModel must not be null");
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tool query adapter " + source + ": " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(source + ": not a tool query adapter (format must be " + FORMAT + ")");
        }
        String trainedFor = root.path("embedding_model").asText();
        if (!trainedFor.equals(embeddingModel)) {
            throw new IllegalArgumentException(source + ": trained for the embedding model '" + trainedFor
                    + "', not '" + embeddingModel + "'; an adapter only fits the embedder it was trained with");
        }
        int dimension = root.path("dimension").asInt(0);
        int rank = root.path("rank").asInt(0);
        if (dimension < 1 || rank < 1 || rank > dimension) {
            throw new IllegalArgumentException(source + ": dimension and rank must be >= 1 and rank <= dimension, were "
                    + root.get("dimension") + " and " + root.get("rank"));
        }
        return new ToolQueryAdapter(trainedFor, dimension, rank, matrix(root, "u", dimension, rank, source),
                matrix(root, "v", dimension, rank, source));
    }

    private static float[] matrix(JsonNode root, String key, int rows, int cols, String source) {
        JsonNode m = root.get(key);
        if (m == null || !m.isArray() || m.size() != rows) {
            throw new IllegalArgumentException(source + ": " + key + " must be " + rows + " rows of " + cols + " numbers");
        }
        float[] out = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            JsonNode row = m.get(i);
            if (!row.isArray() || row.size() != cols) {
                throw new IllegalArgumentException(source + ": " + key + "[" + i + "] must hold " + cols + " numbers");
            }
            for (int j = 0; j < cols; j++) {
                JsonNode x = row.get(j);
                if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                    throw new IllegalArgumentException(source + ": " + key + "[" + i + "][" + j + "] is not a finite number");
                }
                out[i * cols + j] = (float) x.asDouble();
            }
        }
        return out;
    }

    /** The embedding model ({@code Embedder.modelId()}) this adapter was trained for. */
    public String embeddingModel() {
        return embeddingModel;
    }

    /** The number of dimensions of the embeddings it maps. */
    public int dimension() {
        return dimension;
    }

    /** The rank of its correction. */
    public int rank() {
        return rank;
    }

    /**
     * The question's embedding moved toward the tools' side: {@code normalise(q + U (V^T q))}, with the token count
     * and truncation flag of {@code question}.
     *
     * @throws NullPointerException     if question is null
     * @throws IllegalArgumentException if its dimension is not this adapter's
     */
    public Embedding apply(Embedding question) {
        Objects.requireNonNull(question, "question must not be null");
        if (question.dimension() != dimension) {
            throw new IllegalArgumentException("the tool query adapter of " + embeddingModel + " maps " + dimension
                    + " dimensions, the question has " + question.dimension());
        }
        float[] q = question.vector();
        double[] z = new double[rank];
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < rank; j++) {
                z[j] += v[i * rank + j] * q[i];
            }
        }
        float[] out = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            double x = q[i];
            for (int j = 0; j < rank; j++) {
                x += u[i * rank + j] * z[j];
            }
            out[i] = (float) x;
            norm += x * x;
        }
        if (!(norm > 0)) {
            return question;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            out[i] *= scale;
        }
        return new Embedding(out, question.tokenCount(), question.truncated());
    }

    @Override
    public String toString() {
        return "ToolQueryAdapter[" + embeddingModel + ", dimension=" + dimension + ", rank=" + rank + "]";
    }
}
