package io.semanticrouter.classifier;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.Embedding;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordRulesTest {

    private final KeywordRule refunds = KeywordRule.builder("refunds")
            .anyOf("refund", "money back", "chargeback").noneOf("refund policy").route("support").build();

    @Test
    void orAndNotWithWordBoundariesAndCase() {
        assertThat(refunds.match("I want a REFUND for order 17")).contains("REFUND");
        assertThat(refunds.match("can I get my money   back?")).contains("money   back");
        assertThat(refunds.match("what is your refund policy")).isEmpty();
        assertThat(refunds.match("the refunded amount")).as("whole words").isEmpty();
        assertThat(refunds.match("")).isEmpty();

        KeywordRule both = KeywordRule.builder("k8s-prod").allOf("kubernetes", "production").route("ops").build();
        assertThat(both.match("Kubernetes in production")).contains("Kubernetes + production");
        assertThat(both.match("Kubernetes in staging")).isEmpty();

        KeywordRule exact = KeywordRule.builder("go").caseSensitive(true).anyOf("Go").route("code").build();
        assertThat(exact.match("How do I learn Go?")).isPresent();
        assertThat(exact.match("where do I go now?")).isEmpty();

        KeywordRule inside = KeywordRule.builder("sub").wholeWords(false).anyOf("refund").route("support").build();
        assertThat(inside.match("the refunded amount")).isPresent();

        KeywordRule order = KeywordRule.builder("order").regex("order\\s+#?\\d{5,}").route("support").build();
        assertThat(order.match("where is order #123456")).contains("order #123456");
        assertThat(order.match("order 12")).isEmpty();
    }

    @Test
    void nonLatinEmojiAndHugeTexts() {
        KeywordRule ja = KeywordRule.builder("ja").anyOf("返金").route("support").build();
        assertThat(ja.match("返金してください")).isPresent(); // no spaces in Japanese: the phrase still stands alone
        KeywordRule de = KeywordRule.builder("de").anyOf("rückerstattung").route("support").build();
        assertThat(de.match("Ich möchte eine RÜCKERSTATTUNG")).isPresent();
        KeywordRule emoji = KeywordRule.builder("pizza").anyOf("🍕").route("food").build();
        assertThat(emoji.match("best 🍕 in town")).isPresent();
        assertThat(refunds.match("lorem ipsum ".repeat(9000) + "refund")).isPresent();
    }

    @Test
    void badRulesFailAtBuildTimeWithTheRuleName() {
        assertThatThrownBy(() -> KeywordRule.builder("r").regex("order(")).hasMessageContaining("rule 'r'")
                .hasMessageContaining("order(");
        assertThatThrownBy(() -> KeywordRule.builder("r").anyOf("x").build()).hasMessageContaining("no model");
        assertThatThrownBy(() -> KeywordRule.builder("r").route("m").build()).hasMessageContaining("match everything");
        assertThatThrownBy(() -> KeywordRule.builder(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> KeywordRule.builder("r").anyOf(" ")).hasMessageContaining("blank");
    }

    @Test
    void firstMatchingRuleOverridesTheDelegateAndConflictsResolveByOrder() {
        KeywordRule urgent = KeywordRule.builder("urgent").anyOf("urgent", "asap").route("strong").build();
        ModelSelector learned = new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                return new RouteDecision("general", 0.7, List.of("small"), "learned");
            }

            @Override
            public Set<String> modelNames() {
                return Set.of("small");
            }
        };
        KeywordSelector selector = new KeywordSelector(List.of(refunds, urgent), learned);
        Embedding e = Embedding.of(new float[]{1, 0});

        RouteDecision both = selector.select(new RequestContext("", List.of(UserMessage.from("urgent: refund please")),
                "urgent: refund please", e));
        assertThat(both.model()).isEqualTo("support");
        assertThat(both.reason()).contains("keyword rule 'refunds' matched 'refund'");
        assertThat(selector.select(new RequestContext("", List.of(UserMessage.from("hi")), "hi", e)).model()).isEqualTo("small");
        assertThat(selector.modelNames()).containsExactlyInAnyOrder("support", "strong", "small");
        assertThat(new KeywordSelector(List.of(urgent), null).select(new RequestContext("", List.of(UserMessage.from("hi")),
                "hi", e)).candidates()).isEmpty();
    }
}
