package io.semanticrouter.classifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
