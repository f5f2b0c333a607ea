package io.semanticrouter.embeddings.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import io.semanticrouter.EmbeddingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Any LangChain4j {@link EmbeddingModel} as the router's {@link Embedder}: a remote embedding API, a local model
 * LangChain4j loads, or one the application already uses for retrieval.
 *
 * <pre>{@code
 * Embedder embedder = EmbeddingModelEmbedder.builder(openAiEmbeddingModel)
 *         .modelId("text-embedding-3-small").dimension(1536).maxTokens(8191).build();
 * }</pre>
 *
 * <p>Vectors are L2-normalised here (the router compares them by dot product; many remote APIs normalise,
 * some do not). The wrapped model does not say how many tokens it saw, so every {@link Embedding} has a token
 * count of 0 and {@code truncated == false}; texts longer than the model's window are cut by the model (or
 * refused) without the router knowing. Set {@link Builder#maxTokens} to the model's window all the same: the
 * router reads it to keep over-long questions out of the cache when it can count tokens itself.
 *
 * <p>Thread-safe when the wrapped model is (LangChain4j's are). {@link #close()} leaves the wrapped model alone.
 */
public final class EmbeddingModelEmbedder implements Embedder {

    private final EmbeddingModel model;
    private final String modelId;
    private final int dimension;
    private final int maxTokens;

    private EmbeddingModelEmbedder(Builder b) {
        this.model = b.model;
        this.modelId = b.modelId;
        this.dimension = b.dimension;
        this.maxTokens = b.maxTokens;
    }

    /**
     * Starts a builder around {@code model}.
     *
     * @throws NullPointerException if model is null
     */
    public static Builder builder(EmbeddingModel model) {
        return new Builder(Objects.requireNonNull(model, "model must not be null"));
    }

    /**
     * Wraps {@code model} with its own name as the model id and its own {@link EmbeddingModel#dimension()}
     * (which may embed a probe text once), and a 512-token window.
     *
     * @throws NullPointerException if model is null
     * @throws EmbeddingException   if the model cannot tell its dimension
     */
    public static EmbeddingModelEmbedder of(EmbeddingModel model) {
        return builder(model).build();
    }

    @Override
    public Embedding embed(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            segments.add(TextSegment.from(Objects.requireNonNull(texts.get(i), "texts[" + i + "] must not be null")));
        }
        if (segments.isEmpty()) {
            return List.of();
        }
        List<dev.langchain4j.data.embedding.Embedding> vectors;
        try {
            vectors = model.embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new EmbeddingException("embedding model " + modelId + " failed: " + e.getMessage(), e);
        }
        if (vectors == null || vectors.size() != segments.size()) {
            throw new EmbeddingException("embedding model " + modelId + " returned "
                    + (vectors == null ? "no list" : vectors.size() + " vectors") + " for " + segments.size() + " texts");
        }
        List<Embedding> out = new ArrayList<>(vectors.size());
        for (dev.langchain4j.data.embedding.Embedding v : vectors) {
            out.add(normalised(v));
        }
        return out;
    }

    private Embedding normalised(dev.langchain4j.data.embedding.Embedding e) {
        float[] v = e == null ? null : e.vector();
        if (v == null || v.length != dimension) {
            throw new EmbeddingException("embedding model " + modelId + " returned a vector of "
                    + (v == null ? "nothing" : v.length + " dimensions") + ", expected " + dimension);
        }
        float[] unit = v.clone();
        double norm = VectorMath.normalize(unit);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw new EmbeddingException("embedding model " + modelId + " returned a zero or non-finite vector");
        }
        return new Embedding(unit, 0, false);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /** The wrapped LangChain4j model. */
    public EmbeddingModel model() {
        return model;
    }

    @Override
    public String toString() {
        return "EmbeddingModelEmbedder[" + modelId + ", dimension=" + dimension + "]";
    }

    /** Settings of an {@link EmbeddingModelEmbedder}; not thread-safe. */
    public static final class Builder {
        private final EmbeddingModel model;
        private String modelId;
        private int dimension;
        private int maxTokens = 512;

        private Builder(EmbeddingModel model) {
            this.model = model;
        }

        /**
         * The id caches keep with every vector, to refuse vectors of another model; default: the model's
         * {@code modelName()}, or its class name when it has none.
         *
         * @throws IllegalArgumentException if id is blank
         */
        public Builder modelId(String id) {
            Objects.requireNonNull(id, "modelId must not be null");
            if (id.isBlank()) {
                throw new IllegalArgumentException("modelId must not be blank");
            }
            this.modelId = id;
            return this;
        }

        /**
         * The vector size; default: the model's {@code dimension()}, which for many models embeds a probe text.
         *
         * @throws IllegalArgumentException unless dimension is positive
         */
        public Builder dimension(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be positive, was " + dimension);
            }
            this.dimension = dimension;
            return this;
        }

        /**
         * The model's window in tokens; default 512.
         *
         * @throws IllegalArgumentException unless maxTokens is positive
         */
        public Builder maxTokens(int maxTokens) {
            if (maxTokens < 1) {
                throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
            }
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * Builds the embedder, asking the model for its name and dimension when they were not given.
         *
         * @throws EmbeddingException if the model cannot tell its dimension
         */
        public EmbeddingModelEmbedder build() {
            if (modelId == null) {
                String name = model.modelName();
                modelId = name == null || name.isBlank() || name.equals("unknown")
                        ? model.getClass().getSimpleName() : name;
            }
            if (dimension == 0) {
                int d;
                try {
                    d = model.dimension();
                } catch (RuntimeException e) {
                    throw new EmbeddingException("cannot read the dimension of embedding model " + modelId
                            + "; give it with dimension(..): " + e.getMessage(), e);
                }
                if (d < 1) {
                    throw new EmbeddingException("embedding model " + modelId + " reports dimension " + d);
                }
                dimension = d;
            }
            return new EmbeddingModelEmbedder(this);
        }
    }
}
