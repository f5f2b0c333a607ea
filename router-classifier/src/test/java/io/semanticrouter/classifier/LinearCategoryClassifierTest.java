package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearCategoryClassifierTest {

    private static OnnxEmbedder minilm;
    private static LinearCategoryClassifier mmluPro;

    @BeforeAll
    static void load() {
        minilm = OnnxEmbedder.allMiniLmL6V2();
        mmluPro = LinearCategoryClassifier.mmluPro(minilm);
    }

    @AfterAll
    static void close() {
        minilm.close();
    }

    @Test
    void theShippedModelHasTheFourteenMmluProCategories() {
        assertThat(mmluPro.labels()).containsExactlyElementsOf(LinearCategoryClassifier.MMLU_PRO_CATEGORIES)
                .hasSize(14);
        assertThat(mmluPro.categories()).hasSize(14).contains("computer science", "other");
        assertThat(mmluPro.dimension()).isEqualTo(384);
        assertThat(mmluPro.embeddingModel()).isEqualTo(minilm.modelId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how much ibuprofen can an adult take for a bad headache | health",
            "can my boss read my work emails legally | law",
            "what is the integral of x cubed | math",
            "how do I implement a binary search tree in C | computer science",
            "why did the Western Roman Empire collapse in the fifth century | history",
            "what is the chemical formula of sulfuric acid | chemistry",
            "why does a rising interest rate cool down inflation | economics",
            "what did Kant say about lying | philosophy",
    })
    void clearQuestionsGoToTheirCategory(String question, String category) {
        Classification c = mmluPro.classify(question, minilm.embed(question));

        assertThat(c.category()).isEqualTo(category);
        assertThat(c.confidence()).isBetween(0.0, 1.0).isEqualTo(c.scores().get(category));
        assertThat(c.scores()).hasSize(14);
        assertThat(c.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void anEmbedderOfAnotherDimensionIsRefusedWithAClearMessage() {
        WordsEmbedder words = new WordsEmbedder();

        assertThatThrownBy(() -> LinearCategoryClassifier.mmluPro(words))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 384")
                .hasMessageContaining("gives dimension 256");
        assertThatThrownBy(() -> mmluPro.classify("hi", WordsEmbedder.vector("hi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedding dimension 256 does not match");
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mmluPro.write(out, "copy");

        LinearCategoryClassifier copy = LinearCategoryClassifier.read(new ByteArrayInputStream(out.toByteArray()));
        Embedding e = minilm.embed("what is a covalent bond");

        assertThat(copy.labels()).isEqualTo(mmluPro.labels());
        assertThat(copy.probabilities(e.vector())).containsExactly(mmluPro.probabilities(e.vector()), within(1e-9));
    }

    @Test
    void aFileWithoutWeightsOrWithTheWrongCountIsRefused() {
        String noWeights = "{\"labels\": [\"a\", \"b\"], \"dimension\": 2, \"bias\": \"AAAAAAAAAAA=\"}";
        String shortWeights = "{\"labels\": [\"a\", \"b\"], \"dimension\": 2, \"bias\": \"AAAAAAAAAAA=\","
                + " \"weights\": \"AAAAAAAAAAA=\"}";

        assertThatThrownBy(() -> LinearCategoryClassifier.read(stream(noWeights)))
                .hasMessageContaining("lacks \"weights\"");
        assertThatThrownBy(() -> LinearCategoryClassifier.read(stream(shortWeights)))
                .hasMessageContaining("2 weights, expected 2 x 2");
    }

    @Test
    void scalingChangesConfidenceButNotTheCategory() {
        LinearCategoryClassifier m = LinearCategoryClassifier.of(List.of("a", "b"), new float[]{1, 0, 0, 1},
                new float[]{0, 0}, "toy");
        Embedding e = Embedding.of(0.8f, 0.6f);

        Classification plain = m.classify("", e);
        Classification sharp = m.scaled(10).classify("", e);

        assertThat(plain.category()).isEqualTo("a").isEqualTo(sharp.category());
        assertThat(plain.confidence()).isCloseTo(1 / (1 + Math.exp(-0.2)), within(1e-6));
        assertThat(sharp.confidence()).isGreaterThan(plain.confidence());
        assertThat(plain.margin()).isCloseTo(2 * plain.confidence() - 1, within(1e-9));
    }

    @Test
    void labelsMustBeDistinctAndFitTheWeights() {
        assertThatThrownBy(() -> LinearCategoryClassifier.of(List.of("a", "a"), new float[4], new float[2], "x"))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> LinearCategoryClassifier.of(List.of("a", "b"), new float[3], new float[2], "x"))
                .hasMessageContaining("3 weights");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
