package io.semanticrouter.classifier;

import io.semanticrouter.classifier.DecisionSelector.Condition;
import io.semanticrouter.classifier.DecisionSelector.Signals;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionSpecTest {

    private static ConditionSpec category(String name, Double min) {
        return new ConditionSpec(name, min, null, null, null, null, null, null);
    }

    private static ConditionSpec keyword(String rule) {
        return new ConditionSpec(null, null, null, rule, null, null, null, null);
    }

    private static ConditionSpec complexity(String level) {
        return new ConditionSpec(null, null, level, null, null, null, null, null);
    }

    @Test
    void buildsTheTreeItDescribes() {
        ConditionSpec spec = new ConditionSpec(null, null, null, null,
                List.of(category("math", 0.7), new ConditionSpec(null, null, null, null, null, null, keyword("proof"), null),
                        new ConditionSpec(null, null, null, null, null, List.of(complexity("HARD"), keyword("urgent")), null, null)),
                null, null, null);
        Condition c = spec.toCondition(0.5);
        assertThat(c.test(new Signals("math", 0.8, "hard", Set.of()))).isTrue();
        assertThat(c.test(new Signals("math", 0.6, "hard", Set.of()))).as("below min_confidence").isFalse();
        assertThat(c.test(new Signals("math", 0.8, "easy", Set.of()))).isFalse();
        assertThat(c.test(new Signals("math", 0.8, "easy", Set.of("urgent")))).isTrue();
        assertThat(c.test(new Signals("math", 0.8, "hard", Set.of("proof")))).as("not proof").isFalse();
        assertThat(spec.usesComplexity()).isTrue();
        assertThat(spec.categories()).containsExactly("math");
        assertThat(category("code", null).toCondition(0.5).test(new Signals("code", 0.5, null, Set.of()))).isTrue();
        assertThat(category("code", null).toCondition(0.5).test(new Signals("code", 0.49, null, Set.of()))).isFalse();
    }

    @Test
    void shapeProblemsNameTheirPath() {
        ConditionSpec empty = new ConditionSpec(null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> empty.toCondition(0.5)).hasMessageStartingWith("is empty: give one of category");
        ConditionSpec two = new ConditionSpec("math", null, null, "proof", null, null, null, null);
        assertThatThrownBy(() -> two.toCondition(0.5)).hasMessageContaining("more than one form (category, keyword)");
        ConditionSpec nested = new ConditionSpec(null, null, null, null, null,
                List.of(keyword("a"), new ConditionSpec(null, 0.5, null, "b", null, null, null, null)), null, null);
        assertThatThrownBy(() -> nested.toCondition(0.5))
                .isInstanceOfSatisfying(ConditionSpec.InvalidConditionException.class,
                        e -> assertThat(e.path()).containsExactly("any", 1, "min_confidence"))
                .hasMessage("only goes with category");
        ConditionSpec never = new ConditionSpec(null, null, null, null, null, null, null, false);
        assertThatThrownBy(() -> never.toCondition(0.5)).hasMessageStartingWith("must be true");
        assertThatThrownBy(() -> complexity("medium").toCondition(0.5)).hasMessage("must be hard or easy, was 'medium'");
        ConditionSpec noChildren = new ConditionSpec(null, null, null, null, List.of(), null, null, null);
        assertThatThrownBy(() -> noChildren.toCondition(0.5))
                .isInstanceOfSatisfying(ConditionSpec.InvalidConditionException.class,
                        e -> assertThat(e.path()).containsExactly("all"));
        assertThatThrownBy(() -> category("math", 1.5).toCondition(0.5)).hasMessageContaining("minConfidence must be in [0, 1]");
        assertThatThrownBy(() -> keyword(" ").toCondition(0.5)).hasMessageStartingWith("must name a keyword rule");
    }

    @Test
    void theReaskFormTestsTheReaskSignalEitherWay() {
        ConditionSpec reask = new ConditionSpec(null, null, null, null, null, null, null, null, true);
        ConditionSpec notReask = new ConditionSpec(null, null, null, null, null, null, null, null, false);
        Signals again = new Signals("math", 0.9, null, Set.of(), false, true);
        Signals first = new Signals("math", 0.9, null, Set.of());

        assertThat(reask.forms()).containsExactly("reask");
        assertThat(reask.toCondition(0.5).test(again)).isTrue();
        assertThat(reask.toCondition(0.5).test(first)).isFalse();
        assertThat(notReask.toCondition(0.5).test(first)).isTrue();
        assertThat(notReask.toCondition(0.5).describe()).isEqualTo("NOT reask");
        assertThatThrownBy(() -> new ConditionSpec(null, null, null, null, null, null, null, true, true).toCondition(0.5))
                .hasMessageContaining("more than one form (always, reask)");
    }
}
