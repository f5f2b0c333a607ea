package io.semanticrouter.embeddings.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.EmbeddingException;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Both adapters on the real all-MiniLM-L6-v2, ours and LangChain4j's own; stand-ins only for failure cases. */
class LangChain4jEmbeddingAdaptersTest {

    private static OnnxEmbedder minilm;

    @BeforeAll
    static void load() {
        minilm = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        minilm.close();
    }

    @Test
    void onnxEmbedderAsEmbeddingModelGivesItsOwnVectorsAndServesRetrieval() {
        EmbeddingModel model = new EmbedderEmbeddingModel(minilm);
        assertThat(model.dimension()).isEqualTo(384);
        assertThat(model.modelName()).isEqualTo(minilm.modelId());

        String text = "How do I reverse a linked list in Java?";
        assertThat(model.embed(text).content().vector()).containsExactly(minilm.embed(text).vector());

        List<TextSegment> docs = List.of(TextSegment.from("The Eiffel Tower is in Paris."),
                TextSegment.from("Use Collections.reverse to reverse a List in Java."),
                TextSegment.from("Photosynthesis turns light into chemical energy."));
        Response<List<dev.langchain4j.data.embedding.Embedding>> all = model.embedAll(docs);
        assertThat(all.content()).hasSize(3);
        assertThat(all.tokenUsage().inputTokenCount()).isPositive();

        // retrieval as a LangChain4j store would do it: the nearest document by LangChain4j's own cosine
        dev.langchain4j.data.embedding.Embedding query = model.embed("how to invert the order of a java list").content();
        int best = 0;
        for (int i = 1; i < docs.size(); i++) {
            if (CosineSimilarity.between(query, all.content().get(i)) > CosineSimilarity.between(query, all.content().get(best))) {
                best = i;
            }
        }
        assertThat(docs.get(best).text()).contains("Collections.reverse");
    }

    @Test
    void langChain4jMiniLmAsEmbedderAgreesWithOurs() {
        EmbeddingModelEmbedder theirs = EmbeddingModelEmbedder.builder(new AllMiniLmL6V2EmbeddingModel())
                .modelId("lc4j-minilm").build();
        assertThat(theirs.dimension()).isEqualTo(384);
        assertThat(theirs.modelId()).isEqualTo("lc4j-minilm");
        List<String> texts = List.of("What are the main renewable energy sources?", "Tell me a joke about cats");
        List<Embedding> a = theirs.embedAll(texts);
        List<Embedding> b = minilm.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(a.get(i).cosine(b.get(i))).isCloseTo(1.0, within(1e-4));
            assertThat(norm(a.get(i))).isCloseTo(1.0, within(1e-5));
        }
        assertThat(theirs.embedAll(List.of())).isEmpty();
    }

    @Test
    void roundTripKeepsVectorsAndModelId() {
        Embedder back = EmbeddingModelEmbedder.of(new EmbedderEmbeddingModel(minilm));
        assertThat(back.modelId()).isEqualTo(minilm.modelId());
        assertThat(back.dimension()).isEqualTo(384);
        String text = "Should I plan a trip to Lisbon without a rental car?";
        assertThat(back.embed(text).cosine(minilm.embed(text))).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void normalisesVectorsOfAModelThatDoesNot() {
        Embedder e = EmbeddingModelEmbedder.builder(fixed(new float[]{3, 4})).modelId("fixed").build();
        assertThat(e.dimension()).isEqualTo(2);
        assertThat(e.embed("anything").vector()).containsExactly(0.6f, 0.8f);
    }

    @Test
    void failuresBecomeEmbeddingExceptions() {
        EmbeddingModel failing = new EmbeddingModel() {
            @Override
            public Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(List<TextSegment> segments) {
                throw new IllegalStateException("HTTP 503 from the embedding API");
            }
        };
        Embedder e = EmbeddingModelEmbedder.builder(failing).modelId("remote").dimension(8).build();
        assertThatThrownBy(() -> e.embed("hello")).isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("remote").hasMessageContaining("HTTP 503");
        assertThatThrownBy(() -> EmbeddingModelEmbedder.of(failing)).isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("dimension");

        Embedder wrongSize = EmbeddingModelEmbedder.builder(fixed(new float[]{1, 0, 0})).dimension(2).build();
        assertThatThrownBy(() -> wrongSize.embed("x")).isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("3 dimensions, expected 2");
        Embedder zero = EmbeddingModelEmbedder.builder(fixed(new float[]{0, 0})).build();
        assertThatThrownBy(() -> zero.embed("x")).isInstanceOf(EmbeddingException.class).hasMessageContaining("zero");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> EmbeddingModelEmbedder.builder(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EmbedderEmbeddingModel(null)).isInstanceOf(NullPointerException.class);
        EmbeddingModelEmbedder.Builder b = EmbeddingModelEmbedder.builder(fixed(new float[]{1}));
        assertThatThrownBy(() -> b.dimension(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be positive, was 0");
        assertThatThrownBy(() -> b.maxTokens(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.modelId(" ")).isInstanceOf(IllegalArgumentException.class);
        Embedder e = b.build();
        assertThatThrownBy(() -> e.embed(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EmbedderEmbeddingModel(minilm).embedAll(java.util.Arrays.asList((TextSegment) null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("segments[0]");
    }

    /** A stand-in model that returns one fixed vector per text and counts its calls. */
    private static EmbeddingModel fixed(float[] vector) {
        AtomicInteger calls = new AtomicInteger();
        return new EmbeddingModel() {
            @Override
            public Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(List<TextSegment> segments) {
                calls.incrementAndGet();
                return Response.from(segments.stream()
                        .map(s -> dev.langchain4j.data.embedding.Embedding.from(vector.clone())).toList());
            }
        };
    }

    private static double norm(Embedding e) {
        double s = 0;
        for (float x : e.vector()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
