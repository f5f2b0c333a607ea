package io.semanticrouter.embeddings.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The router's {@link Embedder} (for instance {@code OnnxEmbedder.allMiniLmL6V2()}) as a LangChain4j
 * {@link EmbeddingModel}, so that one loaded model serves an application's retrieval (embedding stores, RAG)
 * and the router.
 *
 * <pre>{@code
 * OnnxEmbedder minilm = OnnxEmbedder.allMiniLmL6V2();
 * EmbeddingModel forRetrieval = new EmbedderEmbeddingModel(minilm);   // same session, same vectors
 * SemanticRouter router = SemanticRouter.builder().embedder(minilm)...build();
 * }</pre>
 *
 * <p>Vectors are the embedder's own (L2-normalised for the shipped models); the response's token usage is the
 * number of tokens the embedder saw, when it counts them. Thread-safe when the embedder is (ours are). This
 * wrapper owns nothing: closing the embedder is the caller's business.
 */
public final class EmbedderEmbeddingModel implements EmbeddingModel {

    private final Embedder embedder;

    /**
     * Wraps {@code embedder}.
     *
     * @throws NullPointerException if embedder is null
     */
    public EmbedderEmbeddingModel(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
    }

    /**
     * Embeds the segments' texts in one batch, in order.
     *
     * @throws NullPointerException if the list or a segment is null
     * @throws io.semanticrouter.EmbeddingException if the model fails
     */
    @Override
    public Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(List<TextSegment> segments) {
        Objects.requireNonNull(segments, "segments must not be null");
        List<String> texts = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            texts.add(Objects.requireNonNull(segments.get(i), "segments[" + i + "] must not be null").text());
        }
        List<Embedding> ours = embedder.embedAll(texts);
        List<dev.langchain4j.data.embedding.Embedding> out = new ArrayList<>(ours.size());
        int tokens = 0;
        for (Embedding e : ours) {
            out.add(dev.langchain4j.data.embedding.Embedding.from(e.vector()));
            tokens += e.tokenCount();
        }
        return Response.from(out, new TokenUsage(tokens));
    }

    /** The embedder's dimension, without embedding anything. */
    @Override
    public int dimension() {
        return embedder.dimension();
    }

    /** The embedder's model id. */
    @Override
    public String modelName() {
        return embedder.modelId();
    }

    /** The wrapped embedder. */
    public Embedder embedder() {
        return embedder;
    }

    @Override
    public String toString() {
        return "EmbedderEmbeddingModel[" + embedder.modelId() + "]";
    }
}
