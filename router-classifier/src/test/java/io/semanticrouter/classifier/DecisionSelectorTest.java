package io.semanticrouter.classifier;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.ConversationSignals;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import io.semanticrouter.classifier.DecisionSelector.Condition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionSelectorTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final ExemplarClassifier classifier = ExemplarClassifier.builder(embedder).examples(Map.of(
            "math", List.of("solve the equation for x", "prove the theorem about primes", "integral of x squared"),
            "cooking", List.of("how long do I boil an egg", "recipe for pancakes", "how to roast vegetables"))).build();
    private final KeywordRule refunds = KeywordRule.builder("refunds").anyOf("refund").route("support").build();

    private StrongWeakSelector complexity() {
        List<StrongWeakSelector.Example> ex = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            boolean hard = i % 3 == 0;
            String t = hard ? "prove the theorem rigorously step " + i : "boil an egg " + i;
            ex.add(new StrongWeakSelector.Example(t, embedder.embed(t), !hard, true));
        }
        // the threshold is set between the two kinds of toy prompt (about 0.66-0.68 and 0.71-0.77 here), not by the
        // training share, which would put it inside the hard ones
        return StrongWeakSelector.train("small-math", "strong-reasoner", ex, 0.3).withThreshold(0.7);
    }

    private RequestContext ctx(String q) {
        return new RequestContext("", List.of(UserMessage.from(q)), q, embedder.embed(q));
    }

    @Test
    void highestPriorityMatchingDecisionWinsAndTheTraceSaysWhy() {
        DecisionSelector s = DecisionSelector.builder().categories(classifier).complexity(complexity()).keywords(refunds)
                .decision("math", 10, Condition.category("math", 0.5), List.of("small-math"), null)
                .decision("hard-math", 50, Condition.category("math", 0.5).and(Condition.complexity("hard")),
                        List.of("strong-reasoner", "small-math"), "high")
                .decision("refunds", 100, Condition.keyword("refunds"), List.of("support"), null)
                .build();

        RouteDecision hard = s.select(ctx("prove the theorem rigorously step 7777"));
        assertThat(hard.model()).isEqualTo("strong-reasoner");
        assertThat(hard.reasoning()).isEqualTo("high");
        assertThat(hard.reason()).contains("decision 'hard-math' (priority 50)").contains("complexity == hard");

        RouteDecision easy = s.select(ctx("solve the equation for x"));
        assertThat(easy.model()).isEqualTo("small-math");
        assertThat(easy.reasoning()).isNull();

        RouteDecision conflict = s.select(ctx("refund me for the theorem about primes, prove it rigorously"));
        assertThat(conflict.model()).as("keyword decision has the highest priority").isEqualTo("support");

        RouteDecision none = s.select(ctx("recipe for pancakes"));
        assertThat(none.candidates()).isEmpty();
        assertThat(none.reason()).contains("no decision matched").contains("category cooking");
        assertThat(s.modelNames()).containsExactlyInAnyOrder("small-math", "strong-reasoner", "support");
    }

    @Test
    void costQualityTriesTheCheapestModelGoodEnoughForTheCategoryFirst() {
        CostQualityOrder prices = CostQualityOrder.builder()
                .price("large", 5.0, 15.0).price("medium", 0.5, 1.5).price("tiny", 0.05, 0.1)
                .quality("math", "large", 0.95).quality("math", "medium", 0.8).quality("math", "tiny", 0.4)
                .quality("cooking", "large", 0.9).quality("cooking", "medium", 0.9).quality("cooking", "tiny", 0.85)
                .build();
        DecisionSelector s = DecisionSelector.builder().categories(classifier).costQuality(prices)
                .decision("everything", 0, Condition.always(), List.of("large", "medium", "tiny"), null, 0.75)
                .decision("picky", 10, Condition.category("math", 0.5).and(Condition.complexity("hard")),
                        List.of("large", "medium", "tiny"), null, 0.9)
                .complexity(complexity())
                .build();

        RouteDecision math = s.select(ctx("solve the equation for x"));
        assertThat(math.candidates()).containsExactly("medium", "large", "tiny");
        assertThat(math.reason()).contains("cheapest with quality >= 0.75 for math first");
        assertThat(s.select(ctx("recipe for pancakes")).candidates()).containsExactly("tiny", "medium", "large");
        assertThat(s.select(ctx("prove the theorem rigorously step 7777")).candidates())
                .containsExactly("large", "medium", "tiny");
        assertThat(prices.order(List.of("large", "tiny"), "math", 0.99)).as("none good enough: listed order")
                .containsExactly("large", "tiny");
        assertThat(prices.order(List.of("unpriced", "tiny"), null, 0.5)).containsExactly("unpriced", "tiny");

        DecisionSelector sure = DecisionSelector.builder().categories(classifier).costQuality(prices)
                .costQualityMinConfidence(1.0)
                .decision("everything", 0, Condition.always(), List.of("large", "medium", "tiny"), null, 0.75).build();
        RouteDecision untrusted = sure.select(ctx("solve the equation for x"));
        assertThat(untrusted.confidence()).isLessThan(1.0);
        assertThat(untrusted.candidates()).as("a category below the bar orders nothing").containsExactly("large",
                "medium", "tiny");
        assertThat(untrusted.reason()).contains("no trusted category for cost and quality: listed order");
        assertThatThrownBy(() -> DecisionSelector.builder().costQualityMinConfidence(1.5))
                .hasMessageContaining("costQualityMinConfidence must be in [0, 1], was 1.5");
        assertThat(prices.cost("unpriced")).isInfinite();
    }

    @Test
    void costQualityRefusesBadPricesScoresAndADecisionWithoutThem() {
        assertThatThrownBy(() -> CostQualityOrder.builder().price("m", -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prompt_per_1m");
        assertThatThrownBy(() -> CostQualityOrder.builder().price("m", 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("completion_per_1m");
        assertThatThrownBy(() -> CostQualityOrder.builder().quality("math", "m", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> DecisionSelector.builder().decision("d", 0, Condition.always(), List.of("a"), null, 2.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_quality");
        assertThatThrownBy(() -> DecisionSelector.builder().categories(classifier)
                .decision("d", 0, Condition.always(), List.of("a"), null, 0.5).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("costQuality");
        CostQualityOrder onePrice = CostQualityOrder.builder().price("a", 1, 1).quality("math", "b", 0.9).build();
        assertThat(onePrice.hasPrice("a")).isTrue();
        assertThat(onePrice.hasPrice("b")).isFalse();
        assertThatThrownBy(() -> DecisionSelector.builder().costQuality(onePrice)
                .decision("d", 0, Condition.always(), List.of("a", "b"), null, 0.5).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision 'd' orders its models by cost and quality, but model 'b' has no price"
                        + " (CostQualityOrder.Builder.price)");
        assertThat(DecisionSelector.builder().costQuality(onePrice)
                .decision("plain", 0, Condition.always(), List.of("a", "b"), null).build().modelNames())
                .as("a decision without a quality bar needs no prices").containsExactly("a", "b");
    }

    @Test
    void aSelectorSaysWhetherItTestsTheReaskSignal() {
        KeywordRule words = KeywordRule.builder("reask").anyOf("again").route("a").build();
        assertThat(DecisionSelector.builder().decision("again", 0, Condition.reask(), List.of("a"), null).build()
                .readsReasks()).isTrue();
        assertThat(DecisionSelector.builder().decision("not again", 0, Condition.reask().negate(), List.of("a"), null)
                .build().readsReasks()).isTrue();
        assertThat(DecisionSelector.builder().categories(classifier).keywords(words)
                .decision("named reask", 0, Condition.keyword("reask").or(Condition.category("reask", 0.5)), List.of("a"),
                        null).build().readsReasks()).as("a keyword rule or category of that name is not the signal")
                .isFalse();
    }

    @Test
    void tiesGoToTheFirstDecisionAndConditionsCombine() {
        DecisionSelector s = DecisionSelector.builder().categories(classifier)
                .decision("first", 5, Condition.always(), List.of("a"), null)
                .decision("second", 5, Condition.always(), List.of("b"), null)
                .build();
        assertThat(s.select(ctx("anything")).model()).isEqualTo("a");

        Condition notMath = Condition.category("math", 0.5).negate();
        Condition either = Condition.category("math", 0.5).or(Condition.category("cooking", 0.5));
        DecisionSelector.Signals cooking = new DecisionSelector.Signals("cooking", 0.9, null, java.util.Set.of());
        assertThat(notMath.test(cooking)).isTrue();
        assertThat(either.test(cooking)).isTrue();
        assertThat(either.describe()).isEqualTo("(category == math (>= 0.5) OR category == cooking (>= 0.5))");
    }

    @Test
    void aReaskCanBeRoutedAndAFollowUpIsClassifiedWithItsContext() {
        DecisionSelector s = DecisionSelector.builder().categories(classifier)
                .decision("again", 100, Condition.reask(), List.of("strong"), null)
                .decision("math", 10, Condition.category("math", 0.6), List.of("small-math"), null)
                .build();
        // the context text is the earlier turn and the query; here the query alone reads as cooking, the
        // context as math, so the decision shows which of the two the selector classified
        String earlier = "solve the equation for x";
        String query = "how long do I boil an egg";
        List<dev.langchain4j.data.message.ChatMessage> messages = List.of(UserMessage.from(earlier),
                dev.langchain4j.data.message.AiMessage.from("x = 2"), UserMessage.from(query));
        String contextText = earlier + "\n" + earlier;
        ConversationSignals followUp = new ConversationSignals("starts with 'and'", contextText,
                embedder.embed(contextText), 0.1, 0);
        ConversationSignals reask = new ConversationSignals(null, null, null, 0.97, 1);

        RouteDecision alone = s.select(ctx(query));
        RouteDecision withContext = s.select(new RequestContext("", messages, query, embedder.embed(query), followUp));
        RouteDecision again = s.select(new RequestContext("", messages, earlier, embedder.embed(earlier), reask));

        assertThat(alone.candidates()).as("alone: cooking, which no decision takes").isEmpty();
        assertThat(alone.category()).isEqualTo("cooking");
        assertThat(withContext.model()).isEqualTo("small-math");
        assertThat(withContext.reason()).contains("with the earlier turn");
        assertThat(again.model()).isEqualTo("strong");
        assertThat(again.reason()).contains("decision 'again'").contains("reask").contains("re-ask");
        assertThat(Condition.reask().negate().describe()).isEqualTo("NOT reask");
        assertThat(Condition.reask().test(new DecisionSelector.Signals("math", 0.9, null, java.util.Set.of())))
                .isFalse();
    }

    @Test
    void contrastiveComplexityIsADropInSignal() {
        ContrastiveComplexity contrastive = ContrastiveComplexity.builder(embedder).examples(Map.of(
                "easy", List.of("what colour is the sky", "capital city of france"),
                "hard", List.of("prove the theorem rigorously", "derive the bound rigorously"))).build();
        String hardQ = "prove the theorem rigorously step 1";
        assertThat(contrastive.hard(hardQ, embedder.embed(hardQ))).isTrue();
        String easyQ = "what colour is the sea";
        assertThat(contrastive.hard(easyQ, embedder.embed(easyQ))).isFalse();
        DecisionSelector s = DecisionSelector.builder().complexity(contrastive)
                .decision("hard", 1, Condition.complexity("hard"), List.of("strong"), "high").build();
        assertThat(s.select(ctx(hardQ)).model()).isEqualTo("strong");
        assertThat(s.select(ctx(easyQ)).candidates()).isEmpty();
        assertThat(ContrastiveComplexity.defaults(embedder).hardConfidence("x", embedder.embed("x"))).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> ContrastiveComplexity.builder(embedder).examples(Map.of("easy", List.of("x"))))
                .hasMessageContaining("both labels");
    }

    @Test
    void misconfigurationFailsAtBuildTime() {
        assertThatThrownBy(() -> DecisionSelector.builder().build()).hasMessageContaining("no decision");
        assertThatThrownBy(() -> DecisionSelector.builder()
                .decision("m", 1, Condition.category("math", 0.5), List.of("a"), null).build())
                .hasMessageContaining("no classifier");
        assertThatThrownBy(() -> DecisionSelector.builder()
                .decision("h", 1, Condition.complexity("hard"), List.of("a"), null).build())
                .hasMessageContaining("no complexity router");
        assertThatThrownBy(() -> DecisionSelector.builder()
                .decision("k", 1, Condition.keyword("refunds"), List.of("a"), null).build())
                .hasMessageContaining("keyword rule 'refunds'");
        assertThatThrownBy(() -> DecisionSelector.builder().decision("x", 1, Condition.always(), List.of(), null))
                .hasMessageContaining("no model");
        assertThatThrownBy(() -> DecisionSelector.builder().decision("x", 1, Condition.always(), List.of("a"), null)
                .decision("x", 2, Condition.always(), List.of("b"), null)).hasMessageContaining("already defined");
        assertThatThrownBy(() -> Condition.complexity("medium")).hasMessageContaining("'medium'");
        assertThatThrownBy(() -> Condition.category("math", 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minConfidence must be in [0, 1], was 1.5");
    }
}
