package io.semanticrouter.eval;

import io.semanticrouter.classifier.JailbreakGuard.Category;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JointThresholdsTest {

    @Test
    void theGuardAsAWholeKeepsTheAllowedRateAndRecallIsMaximised() {
        // 10 benign prompts: one scores 0.9 on the jailbreak head, another 0.7 on the unsafe head, a third is hit by a rule.
        // 4 positives: jailbreak 0.95, unsafe 0.8, unsafe 0.6, and one only a rule catches.
        boolean[] positive = {false, false, false, false, false, false, false, false, false, false, true, true, true, true};
        boolean[] rule = {false, false, true, false, false, false, false, false, false, false, false, false, false, true};
        double[] jailbreak = {0.9, 0, 0, 0.1, 0, 0, 0, 0, 0, 0, 0.95, 0, 0, 0};
        double[] unsafe = {0, 0.7, 0, 0, 0.2, 0, 0, 0, 0, 0, 0, 0.8, 0.6, 0};
        // each head alone at rate 0.1 could keep its one false positive; together with the rule that is 0.3
        Map<Category, Double> t = new JointThresholds(positive, rule, jailbreak, unsafe, 0.1).choose();
        JointThresholds j = new JointThresholds(positive, rule, jailbreak, unsafe, 0.1);
        double[] r = j.rates(t.get(Category.JAILBREAK), t.get(Category.UNSAFE));
        assertThat(r[1]).isLessThanOrEqualTo(0.1);
        assertThat(r[0]).isEqualTo(0.75); // the rule, jailbreak 0.95, unsafe 0.8; unsafe 0.6 would cost a second false positive
        assertThat(t.get(Category.JAILBREAK)).isGreaterThan(0.9);
        assertThat(t.get(Category.UNSAFE)).isGreaterThan(0.7).isLessThanOrEqualTo(0.8);
        // with room for two false positives, the unsafe head comes down to catch 0.6
        Map<Category, Double> wide = new JointThresholds(positive, rule, jailbreak, unsafe, 0.2).choose();
        assertThat(new JointThresholds(positive, rule, jailbreak, unsafe, 0.2)
                .rates(wide.get(Category.JAILBREAK), wide.get(Category.UNSAFE))[0]).isEqualTo(1.0);
    }

    @Test
    void aHeadThatIsVerySureOfItselfGetsAThresholdAboveTheGrid() {
        // the benign prompt scores 0.995 on the jailbreak head; the attack 0.9999. The 0.01 grid stops at 0.98.
        boolean[] positive = {false, false, true};
        boolean[] rule = {false, false, false};
        double[] jailbreak = {0.995, 0.1, 0.9999};
        double[] unsafe = {0, 0, 0};
        JointThresholds j = new JointThresholds(positive, rule, jailbreak, unsafe, 0.0);
        Map<Category, Double> t = j.choose();
        assertThat(t.get(Category.JAILBREAK)).isGreaterThan(0.995).isLessThanOrEqualTo(0.9999);
        assertThat(j.rates(t.get(Category.JAILBREAK), t.get(Category.UNSAFE))).containsExactly(1.0, 0.0);
    }

    @Test
    void aSummedBudgetCountsABenignPromptOnceForEverySignalThatBlocksIt() {
        // one benign prompt scores high on both heads; the guard blocks it once, the sum counts it twice
        boolean[] positive = {false, false, false, false, false, true, true};
        boolean[] rule = new boolean[7];
        double[] jailbreak = {0.9, 0, 0, 0, 0, 0.85, 0};
        double[] unsafe = {0.9, 0, 0, 0, 0, 0, 0.85};
        JointThresholds guard = new JointThresholds(positive, rule, jailbreak, unsafe, 0.2);
        Map<Category, Double> g = guard.choose();
        assertThat(guard.rates(g.get(Category.JAILBREAK), g.get(Category.UNSAFE))).containsExactly(1.0, 0.2);
        assertThat(guard.summedFpr(g.get(Category.JAILBREAK), g.get(Category.UNSAFE))).isEqualTo(0.4);
        JointThresholds sum = new JointThresholds(positive, rule, jailbreak, unsafe, 0.2, true);
        Map<Category, Double> s = sum.choose();
        assertThat(sum.summedFpr(s.get(Category.JAILBREAK), s.get(Category.UNSAFE))).isLessThanOrEqualTo(0.2);
        // only one head may come down to 0.85: half the recall, the benign prompt blocked by one signal
        assertThat(sum.rates(s.get(Category.JAILBREAK), s.get(Category.UNSAFE))).containsExactly(0.5, 0.2);
    }
}
