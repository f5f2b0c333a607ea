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
import java.nio.file.StandardCopyOption;
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

    /** tiny-topics' model and tokenizer in {@code dir}, with a config.json whose id2label has these labels. */
    private static void topicsWithLabels(Path dir, String... labels) throws Exception {
        for (String f : new String[]{"model.onnx", "tokenizer.json"}) {
            Files.copy(topics.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder id2label = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            id2label.append(i == 0 ? "" : ", ").append('"').append(i).append("\": \"").append(labels[i]).append('"');
        }
        Files.writeString(dir.resolve("config.json"), "{\"id2label\": {" + id2label + "}}");
    }

    @Test
    void anExportWhoseModelGivesAnotherNumberOfLogitsThanItsLabelsIsRefusedAtLoadNamingBothFiles(@TempDir Path dir)
            throws Exception {
        topicsWithLabels(dir, "cooking", "coding");
        assertThatThrownBy(() -> OnnxCategoryClassifier.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve("model.onnx") + ": outputs 3 logits per text, but " + dir.resolve("config.json")
                        + " id2label has 2 labels");
        // the jailbreak guard's classifier opens the export the same way
        assertThatThrownBy(() -> OnnxTextClassifier.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 logits").hasMessageContaining("2 labels");

        topicsWithLabels(dir, "cooking", "coding", "travel", "sport");
        assertThatThrownBy(() -> OnnxCategoryClassifier.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve("config.json") + " id2label has 4 labels");
    }

    @Test
    void aModelWhoseWidthIsKnownOnlyAtRunTimeIsCheckedOnEachCallNamingTheExport(@TempDir Path dir) throws Exception {
        byte[] model = withWidthKnownOnlyAtRunTime(Files.readAllBytes(topics.resolve("model.onnx")));
        topicsWithLabels(dir, "cooking", "coding");
        Files.write(dir.resolve("model.onnx"), model);
        try (OnnxCategoryClassifier loaded = OnnxCategoryClassifier.load(dir)) {
            assertThatThrownBy(() -> loaded.classify("bake a soup recipe", null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(dir.resolve("model.onnx") + ": the model returned 3 logits for the 2 labels of "
                            + dir.resolve("config.json") + " id2label");
        }

        topicsWithLabels(dir, "cooking", "coding", "travel");
        Files.write(dir.resolve("model.onnx"), model);
        try (OnnxCategoryClassifier loaded = OnnxCategoryClassifier.load(dir)) {
            assertThat(loaded.classify("bake a soup recipe", null).category()).isEqualTo("cooking");
        }
    }

    /**
     * tiny-topics' model.onnx edited so that its output width is known only at run time: the output's declared
     * shape [batch, 3] becomes [batch, ?], and the word table (an initializer of shape [words, 3], from which ONNX
     * Runtime would infer the width) is declared a graph input of shape [?, ?] as well, which makes it
     * overridable and its shape unknown. The edits are made on the protobuf bytes.
     */
    private static byte[] withWidthKnownOnlyAtRunTime(byte[] model) {
        // the output's last dimension: dim_value 3 (field 1, varint) becomes an empty dim_param (field 2, string)
        byte[] declared = {0x12, 5, 'b', 'a', 't', 'c', 'h', 0x0a, 2, 0x08, 3};
        int dim = indexOf(model, declared);
        assertThat(dim).as("the output shape [batch, 3] in tiny-topics/model.onnx").isPositive();
        model[dim + declared.length - 2] = 0x12;
        model[dim + declared.length - 1] = 0;
        // a graph input (GraphProto field 11): name "table", type float tensor of shape [?, ?]
        byte[] input = {0x5a, 0x13, 0x0a, 5, 't', 'a', 'b', 'l', 'e', 0x12, 0x0a, 0x0a, 0x08, 0x08, 1, 0x12, 4,
                0x0a, 0, 0x0a, 0};
        int output = indexOf(model, new byte[]{0x62, 0x1d, 0x0a, 6, 'l', 'o', 'g', 'i', 't', 's'});
        assertThat(output).as("the graph output 'logits' in tiny-topics/model.onnx").isPositive();
        // the graph (ModelProto field 7) grows by the input: its length, a two-byte varint, is rewritten
        int graph = 0;
        while (model[graph] != 0x3a) { // the fields before it: ir_version (a varint), producer_name (a short string)
            graph = (model[graph] & 7) == 0 ? graph + 2 : graph + 2 + model[graph + 1];
        }
        int length = (model[graph + 1] & 0x7f) | (model[graph + 2] & 0x7f) << 7;
        int grown = length + input.length;
        assertThat(grown).as("still a two-byte length").isLessThan(1 << 14);
        byte[] out = new byte[model.length + input.length];
        System.arraycopy(model, 0, out, 0, output);
        System.arraycopy(input, 0, out, output, input.length);
        System.arraycopy(model, output, out, output + input.length, model.length - output);
        out[graph + 1] = (byte) (grown & 0x7f | 0x80);
        out[graph + 2] = (byte) (grown >> 7);
        return out;
    }

    private static int indexOf(byte[] in, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= in.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (in[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
