package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Leave-one-out evaluation, temperature fitting and per-category thresholds, on a bag-of-words test embedder. */
class ConfidenceCalibrationTest {

    private final WordsEmbedder embedder = new WordsEmbedder();

    private ExemplarClassifier.Builder builder() {
        return ExemplarClassifier.builder(embedder).examples(ClassifierAndSelectorTest.EXAMPLES);
    }

    private static RequestContext ctx(String q) {
        return new RequestContext("", List.of(dev.langchain4j.data.message.UserMessage.from(q)), q, WordsEmbedder.vector(q));
    }

    @Test
    void leaveOneOutNeverSeesTheExemplarItClassifies() {
        for (ExemplarClassifier.Scoring scoring : ExemplarClassifier.Scoring.values()) {
            ExemplarClassifier c = builder().scoring(scoring).build();
            List<ExemplarClassifier.Labelled> loo = c.leaveOneOut();
            assertThat(loo).hasSize(9);
            for (ExemplarClassifier.Labelled l : loo) {
                // with itself in, an exemplar would score ~1.0 against its own category; held out it cannot
                assertThat(l.classification().scores().get(l.truth())).as(scoring + " " + l).isLessThan(0.99);
            }
            // "my car engine makes noise" shares "my" with pets and "car" with cars: it is not a free 100%
            assertThat(loo.stream().filter(ExemplarClassifier.Labelled::correct).count()).isBetween(1L, 9L);
        }
    }

    @Test
    void aSingleExemplarCategoryHeldOutHasNothingLeftAndScoresLowest() {
        ExemplarClassifier c = ExemplarClassifier.builder(embedder)
                .examples(Map.of("solo", List.of("quantum flux capacitor"), "pets", List.of("dog", "cat dog")))
                .build();
        ExemplarClassifier.Labelled solo = c.leaveOneOut().stream().filter(l -> l.truth().equals("solo")).findFirst()
                .orElseThrow();
        assertThat(solo.classification().category()).isEqualTo("pets");
        assertThat(solo.classification().scores().get("solo")).isEqualTo(-1.0);
    }

    @Test
    void calibrationFitsATemperatureThatChangesConfidenceButNotTheAnswer() {
        ExemplarClassifier fixed = builder().temperature(0.05).build();
        ExemplarClassifier fitted = builder().temperature(0.05).calibrateConfidence().build();
        assertThat(fixed.temperature()).isEqualTo(0.05);
        assertThat(fitted.temperature()).isBetween(0.002, 1.0).isNotEqualTo(0.05);
        Classification a = fixed.classify("feed my dog", WordsEmbedder.vector("feed my dog"));
        Classification b = fitted.classify("feed my dog", WordsEmbedder.vector("feed my dog"));
        assertThat(b.category()).isEqualTo(a.category());
        assertThat(b.scores()).isEqualTo(a.scores());
        assertThat(b.confidence()).isNotCloseTo(a.confidence(), within(1e-6));
    }

    @Test
    void aCategoryWithOneExemplarDoesNotSkewTheFittedTemperature() {
        Map<String, List<String>> separable = Map.of(
                "pets", List.of("dog cat pet", "cat dog food", "pet dog walk"),
                "cars", List.of("car engine oil", "engine car tyre", "oil car service"));
        ExemplarClassifier without = ExemplarClassifier.builder(embedder).examples(separable).calibrateConfidence().build();
        ExemplarClassifier with = ExemplarClassifier.builder(embedder).examples(separable)
                .example("tax", "income tax return").calibrateConfidence().build();
        // every held-out exemplar lands right: the sharpest temperature fits; a lone exemplar, always wrong when
        // held out, used to pull the fit to a temperature that made every confidence mediocre
        assertThat(without.temperature()).isLessThan(0.01);
        assertThat(with.temperature()).isLessThanOrEqualTo(without.temperature() * 2);
        assertThat(with.classify("dog cat", WordsEmbedder.vector("dog cat")).confidence()).isGreaterThan(0.9);
    }

    @Test
    void thresholdsRiseUntilACategoryIsPreciseEnough() {
        Classification sure = new Classification("a", 0.9, 0.5, Map.of("a", 0.9));
        Classification unsure = new Classification("a", 0.4, 0.1, Map.of("a", 0.4));
        Classification mid = new Classification("a", 0.6, 0.2, Map.of("a", 0.6));
        List<ExemplarClassifier.Labelled> labelled = List.of(
                new ExemplarClassifier.Labelled("a", sure), new ExemplarClassifier.Labelled("b", unsure),
                new ExemplarClassifier.Labelled("a", mid), new ExemplarClassifier.Labelled("b", mid),
                new ExemplarClassifier.Labelled("b", new Classification("b", 0.7, 0.3, Map.of("b", 0.7))));
        // "a" answers: 0.4 wrong, 0.6 right, 0.6 wrong, 0.9 right -> precision 2/4, then 2/3 from 0.6, 1/1 from 0.9
        assertThat(CategoryThresholds.forPrecision(labelled, 0.5, 1, 0.3)).containsEntry("a", 0.4);
        assertThat(CategoryThresholds.forPrecision(labelled, 0.9, 1, 0.3)).containsEntry("a", 0.9).containsEntry("b", 0.7);
        // too few answers of a category: the fallback
        assertThat(CategoryThresholds.forPrecision(labelled, 0.9, 2, 0.3)).containsEntry("b", 0.3).containsEntry("a", 0.9);
        // answers tied at a confidence pass or fail together: 0.6 right and 0.6 wrong cannot be split
        List<ExemplarClassifier.Labelled> tied = List.of(
                new ExemplarClassifier.Labelled("b", new Classification("a", 0.6, 0.1, Map.of("a", 0.6))),
                new ExemplarClassifier.Labelled("a", new Classification("a", 0.6, 0.1, Map.of("a", 0.6))),
                new ExemplarClassifier.Labelled("a", new Classification("a", 0.8, 0.1, Map.of("a", 0.8))));
        assertThat(CategoryThresholds.forPrecision(tied, 0.9, 1, 0.3)).containsEntry("a", 0.8);
        // never precise enough: only full confidence routes
        List<ExemplarClassifier.Labelled> allWrong = List.of(new ExemplarClassifier.Labelled("b", sure));
        assertThat(CategoryThresholds.forPrecision(allWrong, 0.5, 1, 0.3)).containsEntry("a", 1.0);
        assertThatThrownBy(() -> CategoryThresholds.forPrecision(labelled, 0, 1, 0.3)).hasMessageContaining("precision");
        assertThatThrownBy(() -> CategoryThresholds.forPrecision(labelled, 0.9, 0, 0.3)).hasMessageContaining("minSupport");
        assertThatThrownBy(() -> CategoryThresholds.forPrecision(labelled, 0.9, 1, 1.3)).hasMessageContaining("fallback");
    }

    @Test
    void theSelectorAppliesACategorysOwnThreshold() {
        ExemplarClassifier c = builder().build();
        CategoryModelSelector.Builder b = CategoryModelSelector.builder().classifier(c)
                .category("pets", Map.of("vet", 1.0)).category("cars", Map.of("mechanic", 1.0)).minConfidence(0.1);
        String q = "my dog barks";
        double confidence = c.classify(q, WordsEmbedder.vector(q)).confidence();
        assertThat(b.build().select(ctx(q)).candidates()).containsExactly("vet");
        RouteDecision strictPets = b.minConfidence("pets", Math.min(1.0, confidence + 0.01)).build().select(ctx(q));
        assertThat(strictPets.candidates()).isEmpty();
        assertThat(strictPets.reason()).contains("low confidence").contains("pets");
        // other categories keep the global threshold
        assertThat(b.build().select(ctx("my car engine")).candidates()).containsExactly("mechanic");
        assertThatThrownBy(() -> CategoryModelSelector.builder().classifier(c).minConfidence("nope", 0.5).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> CategoryModelSelector.builder().minConfidence("pets", 2)).hasMessageContaining("2");
    }

    @Test
    void heldOutQuestionsSetTheTemperatureAndMustBeWellFormed() {
        // held-out questions the classifier gets right with little to spare call for a softer temperature than
        // ones it gets right by a wide margin
        ExemplarClassifier easy = builder().calibrateConfidenceOn(Map.of(
                "pets", List.of("my dog barks at night", "feed my cat"), "cars", List.of("the car engine oil"))).build();
        ExemplarClassifier hard = builder().calibrateConfidenceOn(Map.of(
                "pets", List.of("my car", "the oven"), "cooking", List.of("my dog"))).build();
        assertThat(hard.temperature()).isGreaterThan(easy.temperature());
        assertThatThrownBy(() -> builder().calibrateConfidenceOn(Map.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> builder().calibrateConfidenceOn(Map.of("unknown", List.of("x"))).build())
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> builder().calibrateConfidenceOn(Map.of(" ", List.of("x")))).hasMessageContaining("blank");
    }
}
