package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierAndSelectorTest {

    static final Map<String, List<String>> EXAMPLES = Map.of(
            "pets", List.of("my dog barks at night", "how often should I feed my cat", "the puppy chews shoes"),
            "cooking", List.of("how long to boil an egg", "a recipe for tomato soup", "bake bread in the oven"),
            "cars", List.of("my car engine makes noise", "when to change the oil in my car", "the tyres lose pressure"));

    private final WordsEmbedder embedder = new WordsEmbedder();

    private ExemplarClassifier classifier() {
        return ExemplarClassifier.builder(embedder).examples(EXAMPLES).build();
    }

    private static RequestContext ctx(String q) {
        return new RequestContext("", List.of(dev.langchain4j.data.message.UserMessage.from(q)), q, WordsEmbedder.vector(q));
    }

    @Test
    void classifiesClearCasesWithOrderedScoresAndNeverCallsTheEmbedder() {
        ExemplarClassifier c = classifier();
        int callsAfterBuild = embedder.calls.get();
        assertThat(callsAfterBuild).isEqualTo(1); // one batch for all exemplars

        Classification dog = c.classify("my dog barks", WordsEmbedder.vector("my dog barks"));
        Classification soup = c.classify("tomato soup recipe", WordsEmbedder.vector("tomato soup recipe"));

        assertThat(dog.category()).isEqualTo("pets");
        assertThat(soup.category()).isEqualTo("cooking");
        assertThat(dog.confidence()).isBetween(0.0, 1.0).isGreaterThan(0.5);
        assertThat(dog.margin()).isPositive();
        List<Double> scores = new ArrayList<>(dog.scores().values());
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(dog.scores().keySet()).first().isEqualTo("pets");
        assertThat(dog.margin()).isEqualTo(scores.get(0) - scores.get(1), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(embedder.calls.get()).isEqualTo(callsAfterBuild);
        assertThat(c.categories()).containsExactlyInAnyOrder("pets", "cooking", "cars");
        assertThat(c.exemplarCounts()).containsEntry("cars", 3);
    }

    @Test
    void classifyAllBatchesAndKeepsOrder() {
        ExemplarClassifier c = classifier();
        List<Classification> r = c.classifyAll(List.of("oil change for my car", "feed the cat", "boil an egg"));
        assertThat(r).extracting(Classification::category).containsExactly("cars", "pets", "cooking");
    }

    @Test
    void dimensionMismatchIsRejected() {
        ExemplarClassifier c = classifier();
        assertThatThrownBy(() -> c.classify("x", Embedding.of(1f, 0f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2").hasMessageContaining("256");
    }

    @Test
    void trainsFromJsonl(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("train.jsonl");
        Files.writeString(file, "{\"text\": \"my dog barks\", \"label\": \"pets\"}\n\n"
                + "{\"text\": \"boil an egg\", \"label\": \"cooking\"}\n");
        ExemplarClassifier c = ExemplarClassifier.builder(embedder).jsonl(file).build();
        assertThat(c.categories()).containsExactly("pets", "cooking");
        assertThat(c.classify("the dog", WordsEmbedder.vector("the dog")).category()).isEqualTo("pets");
    }

    @Test
    void malformedJsonlNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"text\": \"ok\", \"label\": \"a\"}\n{not json\n");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).jsonl(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad + ":2");
        Path noLabel = dir.resolve("nolabel.jsonl");
        Files.writeString(noLabel, "{\"text\": \"ok\"}\n");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).jsonl(noLabel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":1").hasMessageContaining("label");
        Path blankText = dir.resolve("blank.jsonl");
        Files.writeString(blankText, "{\"text\": \"  \", \"label\": \"a\"}\n");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).jsonl(blankText))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    }

    @Test
    void classifierBuilderValidation() {
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no examples");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).examples(Map.of("empty", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'empty'");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).example(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).example("a", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'a'");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).topK(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("topK must be > 0, was 0");
        assertThatThrownBy(() -> ExemplarClassifier.builder(embedder).temperature(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> ExemplarClassifier.builder(null)).isInstanceOf(NullPointerException.class);
    }

    private CategoryModelSelector.Builder selector() {
        return CategoryModelSelector.builder().classifier(classifier())
                .category("pets", Map.of("vet-model", 0.9, "small", 0.5))
                .category("cooking", Map.of("small", 0.8, "chef-model", 0.8))
                .category("cars", Map.of("mechanic", 1.0));
    }

    @Test
    void selectorRanksModelsByScore() {
        CategoryModelSelector s = selector().build();
        RouteDecision pets = s.select(ctx("my dog barks at the cat"));
        assertThat(pets.category()).isEqualTo("pets");
        assertThat(pets.candidates()).containsExactly("vet-model", "small");
        assertThat(pets.reason()).contains("category pets").contains("vet-model");
        // equal scores are ordered by name
        assertThat(s.select(ctx("tomato soup recipe")).candidates()).containsExactly("chef-model", "small");
        assertThat(s.modelNames()).containsExactlyInAnyOrder("vet-model", "small", "chef-model", "mechanic");
    }

    @Test
    void unsureClassificationsDeferToTheDefaultModelWithTheNumbers() {
        RouteDecision lowConfidence = selector().minConfidence(0.99).build().select(ctx("car dog egg"));
        assertThat(lowConfidence.candidates()).isEmpty();
        assertThat(lowConfidence.reason()).startsWith("low confidence").contains("< 0.99");

        RouteDecision smallMargin = selector().minConfidence(0).minMargin(0.9).build().select(ctx("my dog barks"));
        assertThat(smallMargin.candidates()).isEmpty();
        assertThat(smallMargin.reason()).startsWith("small margin").contains("< 0.900");

        RouteDecision lowSimilarity = selector().minConfidence(0).minSimilarity(0.99).build().select(ctx("my dog barks"));
        assertThat(lowSimilarity.candidates()).isEmpty();
        assertThat(lowSimilarity.reason()).startsWith("low similarity").contains("< 0.990");
    }

    @Test
    void categoryWithoutModelScoresDefers() {
        CategoryModelSelector s = CategoryModelSelector.builder().classifier(classifier()).minConfidence(0)
                .category("pets", Map.of("vet-model", 1.0)).build();
        RouteDecision cars = s.select(ctx("change the oil in my car"));
        assertThat(cars.category()).isEqualTo("cars");
        assertThat(cars.candidates()).isEmpty();
        assertThat(cars.reason()).contains("no model_scores");
    }

    @Test
    void selectorBuilderValidation() {
        assertThatThrownBy(() -> CategoryModelSelector.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("classifier");
        assertThatThrownBy(() -> CategoryModelSelector.builder().classifier(classifier())
                .category("boats", Map.of("x", 1.0)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'boats'").hasMessageContaining("pets");
        assertThatThrownBy(() -> CategoryModelSelector.builder().category("pets", Map.of("x", 1.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1.5");
        assertThatThrownBy(() -> CategoryModelSelector.builder().category("pets", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> CategoryModelSelector.builder().minConfidence(1.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minConfidence must be in [0, 1], was 1.2");
        assertThatThrownBy(() -> CategoryModelSelector.builder().minMargin(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> CategoryModelSelector.builder().minSimilarity(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 2.0");
    }
}
