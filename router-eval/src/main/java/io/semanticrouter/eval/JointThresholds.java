package io.semanticrouter.eval;

import io.semanticrouter.Embedder;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.classifier.JailbreakModel;
import io.semanticrouter.eval.JailbreakSets.Group;
import io.semanticrouter.eval.JailbreakSets.Prompt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the thresholds of the jailbreak and unsafe heads together, on the calibration part of the tune split:
 * the guard as it runs (phrase rules, and the jailbreak head leaving short plain questions alone) is assessed on
 * every calibration prompt, and of all threshold pairs (0.05 to 0.98 in steps of 0.01) whose false-positive rate on
 * the calibration benign prompts is at most the allowed rate, the one with the highest recall (jailbreak and unsafe
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

    JointThresholds(TrainJailbreakCommand.Data data, JailbreakModel model, Embedder embedder, double maxFpr) {
        JailbreakGuard guard = JailbreakGuard.builder(embedder).learnedModel(model).build();
        List<Integer> cal = new ArrayList<>();
        for (int i = 0; i < data.prompts().size(); i++) {
            Prompt p = data.prompts().get(i);
            if (p.split().equals("tune") && p.calibration()) {
                cal.add(i);
            }
        }
        positive = new boolean[cal.size()];
        rule = new boolean[cal.size()];
        jailbreak = new double[cal.size()];
        unsafe = new double[cal.size()];
        for (int k = 0; k < cal.size(); k++) {
            Prompt p = data.prompts().get(cal.get(k));
            JailbreakGuard.Assessment a = guard.assess(p.text(), data.vectors().get(cal.get(k)));
            positive[k] = p.group() != Group.BENIGN;
            rule[k] = !a.rule().isEmpty();
            jailbreak[k] = a.learned().getOrDefault(Category.JAILBREAK, 0.0);
            unsafe[k] = a.learned().getOrDefault(Category.UNSAFE, 0.0);
        }
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
