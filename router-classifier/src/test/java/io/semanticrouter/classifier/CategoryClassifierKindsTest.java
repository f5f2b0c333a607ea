package io.semanticrouter.classifier;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The category signals: an ONNX sequence classifier (the tiny three-topic model of
 * {@code tiny-classifier/make_tiny_classifier.py}), the exemplar classifier's full distribution, and an ensemble
 * of both.
 */
class CategoryClassifierKindsTest {

    private static Path topics;
    private static OnnxCategoryClassifier onnx;
    private final WordsEmbedder embedder = new WordsEmbedder();

    @BeforeAll
    static void load() throws URISyntaxException {
        topics = Path.of(CategoryClassifierKindsTest.class.getResource("/tiny-topics/model.onnx").toURI()).getParent();
        onnx = OnnxCategoryClassifier.load(topics);
    }

    @AfterAll
    static void close() {
        onnx.close();
    }

    private static double sum(Map<String, Double> p) {
        return p.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void theOnnxModelsLabelsAreTheCategoriesAndItReadsTheText() {
        assertThat(onnx.categories()).containsExactly("cooking", "coding", "travel");
        Classification c = onnx.classify("how do I compile a python function", null);
        assertThat(c.category()).isEqualTo("coding");
        assertThat(c.confidence()).isGreaterThan(0.5);
        assertThat(onnx.classify("book a flight and a hotel for the trip", null).category()).isEqualTo("travel");
        Map<String, Double> p = onnx.probabilities("bake a soup recipe", null);
        assertThat(p.keySet()).first().isEqualTo("cooking");
        assertThat(sum(p)).isCloseTo(1.0, within(1e-9));
        assertThatThrownBy(() -> onnx.classify(null, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void anExportWithoutALabelMapOrWithALabelTwiceIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        for (String f : new String[]{"model.onnx", "tokenizer.json"}) {
            Files.copy(topics.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("config.json"), "{\"architectures\": [\"x\"]}");
        assertThatThrownBy(() -> OnnxCategoryClassifier.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("config.json").hasMessageContaining("id2label");

        Files.writeString(dir.resolve("config.json"), "{\"id2label\": {\"0\": \"a\", \"1\": \"b\", \"2\": \"a\"}}");
        assertThatThrownBy(() -> OnnxCategoryClassifier.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("config.json").hasMessageContaining("twice");
    }

    @Test
    void theExemplarClassifiersProbabilitiesAreItsSoftmaxWithTheConfidenceOnTop() {
        ExemplarClassifier exemplars = ExemplarClassifier.builder(embedder)
                .example("cooking", "bake bread in the oven").example("cooking", "boil an egg")
                .example("travel", "cheap flight to the island").example("travel", "visa for a trip").build();
        Embedding q = embedder.embed("how long to boil an egg");
        Map<String, Double> p = exemplars.probabilities("how long to boil an egg", q);
        Classification c = exemplars.classify("how long to boil an egg", q);

        assertThat(p.keySet()).containsExactly("cooking", "travel");
        assertThat(p.get("cooking")).isCloseTo(c.confidence(), within(1e-9));
        assertThat(sum(p)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theDefaultDistributionSpreadsTheRestOverTheOtherCategories() {
        CategoryClassifier fixed = new CategoryClassifier() {
            @Override
            public Classification classify(String text, Embedding embedding) {
                return new Classification("a", 0.7, 0.5, Map.of("a", 0.9, "b", 0.4, "c", 0.1));
            }

            @Override
            public Set<String> categories() {
                return Set.of("a", "b", "c");
            }
        };
        Map<String, Double> p = fixed.probabilities("q", null);
        assertThat(p.get("a")).isEqualTo(0.7);
        assertThat(p.get("b")).isCloseTo(0.15, within(1e-9));
        assertThat(p.get("c")).isCloseTo(0.15, within(1e-9));
    }

    @Test
    void anEnsembleAveragesItsMembersWithTheirWeightsAndKnowsEveryCategory() throws Exception {
        // exemplars know cooking and a category the model lacks; the model knows coding and travel too
        ExemplarClassifier exemplars = ExemplarClassifier.builder(embedder)
                .example("cooking", "bake bread in the oven").example("gardening", "plant tomato seeds in spring").build();
        String text = "how do I compile a java function";
        Embedding q = embedder.embed(text);
        EnsembleCategoryClassifier even = EnsembleCategoryClassifier.builder().member(onnx, 1).member(exemplars, 1).build();
        {
            assertThat(even.categories()).containsExactlyInAnyOrder("cooking", "coding", "travel", "gardening");
            Map<String, Double> model = onnx.probabilities(text, q);
            Map<String, Double> own = exemplars.probabilities(text, q);
            Classification c = even.classify(text, q);
            assertThat(c.scores().get("coding")).isCloseTo(model.get("coding") / 2, within(1e-9));
            assertThat(c.scores().get("cooking")).isCloseTo((model.get("cooking") + own.get("cooking")) / 2, within(1e-9));
            assertThat(c.scores().get("gardening")).isCloseTo(own.get("gardening") / 2, within(1e-9));
            assertThat(sum(c.scores())).isCloseTo(1.0, within(1e-9));
            assertThat(c.confidence()).isEqualTo(c.scores().values().iterator().next());
        }
        EnsembleCategoryClassifier heavyExemplars = EnsembleCategoryClassifier.builder()
                .member(onnx, 0.01).member(exemplars, 10).build();
        assertThat(heavyExemplars.classify("bake bread", embedder.embed("bake bread")).category()).isEqualTo("cooking");
        assertThat(heavyExemplars.classify("plant tomato seeds", embedder.embed("plant tomato seeds")).category())
                .isEqualTo("gardening");
    }

    @Test
    void closingAnEnsembleClosesTheMembersThatCanBeClosed() throws Exception {
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        class Closeable extends FixedClassifier implements AutoCloseable {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        }
        EnsembleCategoryClassifier.builder().member(new Closeable(), 1).member(new FixedClassifier(), 1)
                .member(new Closeable(), 2).build().close();
        assertThat(closed).hasValue(2);
    }

    /** A classifier that always says "a". */
    private static class FixedClassifier implements CategoryClassifier {
        @Override
        public Classification classify(String text, Embedding embedding) {
            return new Classification("a", 1, 1, Map.of("a", 1.0));
        }

        @Override
        public Set<String> categories() {
            return Set.of("a");
        }
    }

    @Test
    void anEnsembleRefusesBadMembersAndWeights() {
        assertThatThrownBy(() -> EnsembleCategoryClassifier.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one member");
        assertThatThrownBy(() -> EnsembleCategoryClassifier.builder().member(onnx, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> EnsembleCategoryClassifier.builder().member(onnx, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> EnsembleCategoryClassifier.builder().member(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("classifier");
    }
}
