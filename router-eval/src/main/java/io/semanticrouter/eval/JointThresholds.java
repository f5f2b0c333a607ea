package io.semanticrouter.eval;

import io.semanticrouter.classifier.JailbreakGuard.Category;

import java.util.EnumMap;
import java.util.Map;

/**
 * Chooses the thresholds of the jailbreak and unsafe heads together, on scores of prompts the heads were not fitted
 * on (for the shipped model: cross-validated scores over the whole tune part, see {@link JailbreakFolds}): the guard
 * as it runs (phrase rules, and the jailbreak head leaving short plain questions alone) is assessed on every
 * prompt, and of all threshold pairs (0.05 to 0.98 in steps of 0.01) whose false-positive rate on
 * the benign prompts is at most the allowed rate, the one with the highest recall (jailbreak and unsafe
 * prompts together) wins; ties go to the pair with the higher thresholds. Each head's threshold chosen alone allows
 * that rate to each head, so the guard as a whole could reach twice the rate; this keeps the sum within it.
 */
final class JointThresholds {

    private final boolean[] positive;
    private final boolean[] rule;
    private final double[] jailbreak;
    private final double[] unsafe;
    private final double maxFpr;

    /** From what the guard said about each calibration prompt: a rule matched, and each head's probability. */
    JointThresholds(boolean[] positive, boolean[] rule, double[] jailbreak, double[] unsafe, double maxFpr) {
        this.positive = positive.clone();
        this.rule = rule.clone();
        this.jailbreak = jailbreak.clone();
        this.unsafe = unsafe.clone();
        this.maxFpr = maxFpr;
    }

    /** The chosen pair; if no pair keeps the rate (the rules alone exceed it), the highest thresholds. */
    Map<Category, Double> choose() {
        double bestRecall = -1;
        int bestJ = 98;
        int bestU = 98;
        for (int j = 5; j <= 98; j++) {
            for (int u = 5; u <= 98; u++) {
                double[] r = rates(j / 100.0, u / 100.0);
                boolean better = r[0] > bestRecall || r[0] == bestRecall && j + u > bestJ + bestU;
                if (r[1] <= maxFpr && better) {
                    bestRecall = r[0];
                    bestJ = j;
                    bestU = u;
                }
            }
        }
        Map<Category, Double> out = new EnumMap<>(Category.class);
        out.put(Category.JAILBREAK, bestJ / 100.0);
        out.put(Category.UNSAFE, bestU / 100.0);
        return out;
    }

    /** Recall and false-positive rate of the guard on the calibration prompts at these thresholds. */
    double[] rates(double tj, double tu) {
        int pos = 0;
        int hit = 0;
        int neg = 0;
        int fp = 0;
        for (int k = 0; k < positive.length; k++) {
            boolean blocked = rule[k] || jailbreak[k] >= tj || unsafe[k] >= tu;
            if (positive[k]) {
                pos++;
                hit += blocked ? 1 : 0;
            } else {
                neg++;
                fp += blocked ? 1 : 0;
            }
        }
        return new double[] {pos == 0 ? 0 : (double) hit / pos, neg == 0 ? 0 : (double) fp / neg};
    }
}
