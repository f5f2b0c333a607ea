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
    private final boolean sum;

    /** From what the guard said about each calibration prompt: a rule matched, and each head's probability. */
    JointThresholds(boolean[] positive, boolean[] rule, double[] jailbreak, double[] unsafe, double maxFpr) {
        this(positive, rule, jailbreak, unsafe, maxFpr, false);
    }

    /**
     * As {@link #JointThresholds(boolean[], boolean[], double[], double[], double)}; with {@code sum}, the budget caps
     * the sum of the benign false-positive rates of the rules, the jailbreak head and the unsafe head, each counted
     * alone, rather than the rate of the guard as it runs (a benign prompt two signals block counts twice).
     */
    JointThresholds(boolean[] positive, boolean[] rule, double[] jailbreak, double[] unsafe, double maxFpr, boolean sum) {
        this.positive = positive.clone();
        this.rule = rule.clone();
        this.jailbreak = jailbreak.clone();
        this.unsafe = unsafe.clone();
        this.maxFpr = maxFpr;
        this.sum = sum;
    }

    /**
     * The chosen pair; if no pair keeps the rate (the rules alone exceed it), the highest thresholds. Candidates are
     * 0.05 to 0.98 in steps of 0.01, plus, for each head, just above each benign score higher than 0.98 (a head that
     * is very sure of itself needs thresholds between 0.98 and 1).
     */
    Map<Category, Double> choose() {
        double[] js = candidates(jailbreak);
        double[] us = candidates(unsafe);
        double bestRecall = -1;
        double bestJ = js[js.length - 1];
        double bestU = us[us.length - 1];
        for (double j : js) {
            for (double u : us) {
                double[] r = rates(j, u);
                boolean better = r[0] > bestRecall || r[0] == bestRecall && j + u > bestJ + bestU;
                if ((sum ? summedFpr(j, u) : r[1]) <= maxFpr && better) {
                    bestRecall = r[0];
                    bestJ = j;
                    bestU = u;
                }
            }
        }
        Map<Category, Double> out = new EnumMap<>(Category.class);
        out.put(Category.JAILBREAK, bestJ);
        out.put(Category.UNSAFE, bestU);
        return out;
    }

    /** The grid plus the values just above the benign scores in (0.98, 1), ascending. */
    private double[] candidates(double[] scores) {
        java.util.TreeSet<Double> c = new java.util.TreeSet<>();
        for (int step = 5; step <= 98; step++) {
            c.add(step / 100.0);
        }
        for (int k = 0; k < scores.length; k++) {
            double above = Math.nextUp(scores[k]);
            if (!positive[k] && scores[k] > 0.98 && above < 1) {
                c.add(above);
            }
        }
        return c.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The benign false-positive rates of the rules, the jailbreak head and the unsafe head, each alone, added up. */
    double summedFpr(double tj, double tu) {
        int neg = 0;
        int fp = 0;
        for (int k = 0; k < positive.length; k++) {
            if (!positive[k]) {
                neg++;
                fp += (rule[k] ? 1 : 0) + (jailbreak[k] >= tj ? 1 : 0) + (unsafe[k] >= tu ? 1 : 0);
            }
        }
        return neg == 0 ? 0 : (double) fp / neg;
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
