package io.semanticrouter.examples;

import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped general-purpose categories on the real MiniLM model, with questions written apart from them. */
class DefaultCategoriesTest {

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void defaultCategoriesRouteEverydayQuestions() {
        ExemplarClassifier c = ExemplarClassifier.builder(embedder).defaults().build();
        Map<String, String> questions = Map.of(
                "My Kotlin coroutine never finishes, what am I doing wrong?", "coding",
                "What is the sum of the first 100 odd numbers?", "math",
                "The parcel you sent me is damaged, I want my money back", "customer_support",
                "Which sights should I not miss on a weekend in Vienna?", "travel",
                "How do I lower my tax bill on stock gains?", "finance",
                "Why do leaves change colour in autumn?", "science");
        questions.forEach((q, expected) ->
                assertThat(c.classify(q, embedder.embed(q)).category()).as(q).isEqualTo(expected));
    }
}
