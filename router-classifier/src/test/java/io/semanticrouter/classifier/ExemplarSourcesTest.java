package io.semanticrouter.classifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** YAML exemplar files and the shipped default set's shape. */
class ExemplarSourcesTest {

    private final WordsEmbedder embedder = new WordsEmbedder();

    @Test
    void theShippedDefaultsHaveTenCategoriesOfTenExamples() {
        ExemplarClassifier c = ExemplarClassifier.builder(embedder).defaults().build();
        assertThat(c.categories()).containsExactlyInAnyOrder("coding", "math", "writing", "customer_support", "health",
                "legal", "finance", "science", "travel", "general");
    }

    @Test
    void centroidScoringAndLabelNamesAsExamples() {
        Map<String, List<String>> ex = Map.of(
                "astronomy", List.of("how far away is the moon", "what is a red giant star"),
                "gardening", List.of("when should I plant tomatoes", "how often do I water roses"));
        ExemplarClassifier centroid = ExemplarClassifier.builder(embedder).examples(ex)
                .scoring(ExemplarClassifier.Scoring.CENTROID).build();
        String q = "is the moon a star";
        assertThat(centroid.classify(q, embedder.embed(q)).category()).isEqualTo("astronomy");

        ExemplarClassifier named = ExemplarClassifier.builder(embedder).examples(ex).labelNamesAsExamples().build();
        String byName = "a question about gardening";
        assertThat(named.classify(byName, embedder.embed(byName)).category()).isEqualTo("gardening");
        ExemplarClassifier unnamed = ExemplarClassifier.builder(embedder).examples(ex).build();
        assertThat(named.classify(byName, embedder.embed(byName)).scores().get("gardening"))
                .isGreaterThan(unnamed.classify(byName, embedder.embed(byName)).scores().get("gardening"));
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).scoring(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void yamlFilesLoadAndBadShapesNameTheKey(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("cats.yaml");
        Files.writeString(ok, "categories:\n  billing:\n    - \"Why was I charged twice?\"\n  coding:\n    - \"How do I sort a list?\"\n");
        ExemplarClassifier c = ExemplarClassifier.builder(embedder).yaml(ok).build();
        assertThat(c.categories()).containsExactlyInAnyOrder("billing", "coding");

        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "categories:\n  billing: []\n");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).yaml(empty))
                .hasMessageContaining("categories.billing must be a non-empty list");
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, "labels:\n  a: [x]\n");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).yaml(wrong)).hasMessageContaining("wrong.yaml")
                .hasMessageContaining("categories");
    }
}
