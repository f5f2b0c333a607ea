package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShippedExemplarVectorsTest {

    private static OnnxEmbedder minilm;

    @BeforeAll
    static void load() {
        minilm = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        minilm.close();
    }

    /** Counts the texts it embeds; can claim another model id. The embeddings are those of the wrapped embedder. */
    static final class Counting implements Embedder {
        final Embedder inner;
        final String id;
        final AtomicInteger texts = new AtomicInteger();

        Counting(Embedder inner, String id) {
            this.inner = inner;
            this.id = id;
        }

        @Override
        public Embedding embed(String text) {
            texts.incrementAndGet();
            return inner.embed(text);
        }

        @Override
        public List<Embedding> embedAll(List<String> batch) {
            texts.addAndGet(batch.size());
            return inner.embedAll(batch);
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public int maxTokens() {
            return inner.maxTokens();
        }

        @Override
        public String modelId() {
            return id;
        }
    }

    @Test
    void theCommittedFileIsTheShippedExemplarsEmbeddedByTodaysMiniLm() throws IOException {
        // fails after an edit of default-categories.yaml or a new MiniLM artifact: run ExemplarVectorsTool
        ExemplarVectors stored = ExemplarVectors.shippedDefaults();
        assertThat(stored).isNotNull();
        Map<String, List<String>> defaults = ExemplarClassifier.Builder.parsedDefaultExamples();
        assertThat(stored.modelId).isEqualTo(minilm.modelId());
        assertThat(stored.dimension).isEqualTo(384);
        assertThat(stored.textsHash).isEqualTo(ExemplarVectors.hash(defaults));
        assertThat(stored.examples).isEqualTo(defaults);
        try (java.io.InputStream in = ExemplarClassifier.class.getResourceAsStream("default-categories.yaml")) {
            assertThat(stored.sourceHash).isEqualTo(ExemplarVectors.hash(in.readAllBytes()));
        }
        assertThat(ExemplarClassifier.Builder.defaultExamples()).as("taken from the vector file").isSameAs(stored.examples)
                .isEqualTo(defaults);
        ExemplarVectors fresh = ExemplarVectors.compute(minilm, defaults, stored.sourceHash);
        assertThat(fresh.vectors).hasSameSizeAs(stored.vectors);
        for (int i = 0; i < fresh.vectors.length / 384; i++) {
            assertThat(VectorMath.dot(fresh.vectors, i * 384, stored.vectors, i * 384, 384))
                    .as("exemplar %d", i).isGreaterThan(0.9999);
        }
    }

    @Test
    void withMiniLmTheShippedVectorsAreUsedAndOnlyOtherExemplarsAreEmbedded() {
        Counting counting = new Counting(minilm, minilm.modelId());
        ExemplarClassifier fast = ExemplarClassifier.builder(counting).defaults()
                .example("billing", "Why was I charged twice this month?")
                .example("billing", "How do I update my credit card?").build();
        assertThat(counting.texts.get()).as("one spot check plus the two new exemplars").isEqualTo(3);

        Counting other = new Counting(minilm, "some-other-model");
        ExemplarClassifier slow = ExemplarClassifier.builder(other).defaults()
                .example("billing", "Why was I charged twice this month?")
                .example("billing", "How do I update my credit card?").build();
        assertThat(other.texts.get()).as("another model id: all 102 embedded").isEqualTo(102);

        for (String q : List.of("How do I sort a map by value in Java?", "What is the derivative of sin(x)?",
                "My card was billed two times", "Plan a weekend in Rome for me")) {
            Embedding e = minilm.embed(q);
            Classification a = fast.classify(q, e);
            Classification b = slow.classify(q, e);
            assertThat(a.category()).as(q).isEqualTo(b.category());
            assertThat(a.confidence()).as(q).isCloseTo(b.confidence(), org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void aDifferentModelBehindTheSameIdFailsTheSpotCheckAndEverythingIsEmbedded() {
        // same id and dimension as MiniLM, different vectors: the hashed-words stand-in padded to 384 dimensions
        Embedder impostor = new Embedder() {
            @Override
            public Embedding embed(String text) {
                float[] v = java.util.Arrays.copyOf(WordsEmbedder.vector(text).vector(), 384);
                return Embedding.of(v);
            }

            @Override
            public int dimension() {
                return 384;
            }

            @Override
            public int maxTokens() {
                return 256;
            }

            @Override
            public String modelId() {
                return minilm.modelId();
            }
        };
        Counting counting = new Counting(impostor, minilm.modelId());
        ExemplarClassifier c = ExemplarClassifier.builder(counting).defaults().build();
        assertThat(counting.texts.get()).isEqualTo(1 + 100);
        String q = "Why does my Java program throw a NullPointerException here?";
        assertThat(c.classify(q, impostor.embed(q)).category()).isEqualTo("coding");
    }

    @Test
    void theFileFormatRoundTripsAndRefusesForeignBytes() throws IOException {
        ExemplarVectors v = new ExemplarVectors("m", 2, "abc", "def", Map.of("x", List.of("one", "two")),
                new float[]{1f, 0f, 0.6f, 0.8f});
        ExemplarVectors back = ExemplarVectors.read(new ByteArrayInputStream(v.bytes()));
        assertThat(back.modelId).isEqualTo("m");
        assertThat(back.sourceHash).isEqualTo("def");
        assertThat(back.examples).isEqualTo(Map.of("x", List.of("one", "two")));
        assertThat(back.dimension).isEqualTo(2);
        assertThat(back.textsHash).isEqualTo("abc");
        assertThat(back.vectors).containsExactly(1f, 0f, 0.6f, 0.8f);
        byte[] cut = java.util.Arrays.copyOf(v.bytes(), v.bytes().length - 3);
        assertThatThrownBy(() -> ExemplarVectors.read(new ByteArrayInputStream(cut))).hasMessageContaining("ends early");
        assertThatThrownBy(() -> ExemplarVectors.read(new ByteArrayInputStream(new byte[]{0, 3, 'a', 'b', 'c'})))
                .hasMessageContaining("not an exemplar vector file");
    }

    @Test
    void theHashCoversCategoriesAndOrder() {
        String h = ExemplarVectors.hash(Map.of("a", List.of("x", "y")));
        assertThat(ExemplarVectors.hash(Map.of("a", List.of("y", "x")))).isNotEqualTo(h);
        assertThat(ExemplarVectors.hash(Map.of("b", List.of("x", "y")))).isNotEqualTo(h);
        assertThat(ExemplarVectors.hash(Map.of("a", List.of("x", "y")))).isEqualTo(h);
    }
}
