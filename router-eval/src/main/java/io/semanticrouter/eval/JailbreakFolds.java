package io.semanticrouter.eval;

import io.semanticrouter.Embedder;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.eval.JailbreakSets.Group;
import io.semanticrouter.eval.JailbreakSets.Prompt;
import io.semanticrouter.eval.TrainJailbreakCommand.HeadSpec;
import io.semanticrouter.learn.BinaryModel;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Five-fold cross-validation over the public tune part for {@code train-jailbreak} (folds by the third byte of the
 * text's SHA-256; the test part is not read). Each public tune prompt is scored by heads fitted on the other four
 * folds plus all of our own prompts, read as the guard reads it (plain questions skip the jailbreak head; the
 * normalised text and the segments count when the spec says so). From these out-of-fold scores it chooses the
 * guard's thresholds over the whole tune part (828 benign prompts rather than the 201 of the calibration quarter),
 * prints the trade-off, and compares the jailbreak head's choices.
 */
final class JailbreakFolds {

    private static final int FOLDS = 5;
    private static final double[] RATES = {0.01, 0.015, 0.02, 0.03};

    private final TrainJailbreakCommand command;
    private final TrainJailbreakCommand.Data data;
    private final int[] fold;
    private final boolean[] rule;

    JailbreakFolds(TrainJailbreakCommand command, TrainJailbreakCommand.Data data, Embedder embedder) {
        this.command = command;
        this.data = data;
        this.fold = new int[data.prompts().size()];
        this.rule = new boolean[fold.length];
        JailbreakGuard rules = JailbreakGuard.builder(embedder).learnedModel(null).encoder(null).build();
        for (int i = 0; i < fold.length; i++) {
            Prompt p = data.prompts().get(i);
            fold[i] = p.source().startsWith("own") || !p.split().equals("tune") ? -1 : (HashSplit.sha256(p.text())[2] & 0xff) % FOLDS;
            rule[i] = fold[i] >= 0 && !rules.assess(p.text(), null).rule().isEmpty();
        }
    }

    /** Every public tune prompt's score from the head fitted without its fold (NaN for the other prompts). */
    double[] outOfFold(Category c, HeadSpec spec) {
        double[] scores = new double[fold.length];
        Arrays.fill(scores, Double.NaN);
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            BinaryModel head = command.fit(data, i -> fold[i] >= 0 && fold[i] != held, TrainJailbreakCommand.positive(c), spec);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == held) {
                    scores[i] = TrainJailbreakCommand.score(head, data, i, spec, c);
                }
            }
        }
        return scores;
    }

    /**
     * The thresholds for the whole guard at {@code maxFpr}, chosen on the out-of-fold scores of the whole tune part;
     * prints the trade-off at several rates and the share blocked per source and group.
     */
    Map<Category, Double> chooseThresholds(double maxFpr, PrintWriter w) {
        double[] j = outOfFold(Category.JAILBREAK, command.spec(Category.JAILBREAK));
        double[] u = outOfFold(Category.UNSAFE, command.spec(Category.UNSAFE));
        int[] idx = java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] >= 0).toArray();
        boolean[] positive = new boolean[idx.length];
        boolean[] rules = new boolean[idx.length];
        double[] jj = new double[idx.length];
        double[] uu = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            positive[k] = data.prompts().get(idx[k]).group() != Group.BENIGN;
            rules[k] = rule[idx[k]];
            jj[k] = j[idx[k]];
            uu[k] = u[idx[k]];
        }
        Table trade = new Table("budget", "max FPR", "jailbreak threshold", "unsafe threshold", "recall", "FPR", "summed FPR");
        Map<String, List<String>> bySource = new TreeMap<>();
        for (boolean sum : new boolean[] {false, true}) {
            for (double rate : RATES) {
                JointThresholds jt = new JointThresholds(positive, rules, jj, uu, rate, sum);
                Map<Category, Double> t = jt.choose();
                double tj = t.get(Category.JAILBREAK);
                double tu = t.get(Category.UNSAFE);
                double[] r = jt.rates(tj, tu);
                trade.row(sum ? "sum of signals" : "guard", TrainJailbreakCommand.f(rate), String.format(Locale.ROOT, "%.5f", tj),
                        String.format(Locale.ROOT, "%.5f", tu), TrainJailbreakCommand.f(r[0]), TrainJailbreakCommand.f(r[1]),
                        TrainJailbreakCommand.f(jt.summedFpr(tj, tu)));
                if (sum == command.sumBudget) {
                    shares(idx, jj, uu, t).forEach((k, v) -> bySource.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                }
            }
        }
        w.println("thresholds on cross-validated scores, whole tune part (" + idx.length + " public prompts; the guard with"
                + " its rules):");
        trade.print(w);
        List<String> header = new ArrayList<>(List.of("source / group"));
        Arrays.stream(RATES).forEach(r -> header.add("blocked @FPR " + r));
        Table kinds = new Table(header.toArray(new String[0]));
        bySource.forEach((k, v) -> {
            List<Object> row = new ArrayList<>(List.of(k));
            row.addAll(v);
            kinds.row(row.toArray());
        });
        kinds.print(w);
        Map<Category, Double> chosen = new JointThresholds(positive, rules, jj, uu, maxFpr, command.sumBudget).choose();
        w.printf(Locale.ROOT, "chosen at max FPR %.3f (%s): jailbreak %.5f, unsafe %.5f%n", maxFpr,
                command.sumBudget ? "summed over the signals" : "the guard's own", chosen.get(Category.JAILBREAK),
                chosen.get(Category.UNSAFE));
        return chosen;
    }

    /** The share blocked per source and group at thresholds {@code t} ("n blocked of m"). */
    private Map<String, String> shares(int[] idx, double[] jj, double[] uu, Map<Category, Double> t) {
        Map<String, int[]> n = new TreeMap<>();
        for (int k = 0; k < idx.length; k++) {
            Prompt p = data.prompts().get(idx[k]);
            boolean blocked = rule[idx[k]] || jj[k] >= t.get(Category.JAILBREAK) || uu[k] >= t.get(Category.UNSAFE);
            int[] c = n.computeIfAbsent(p.source() + " / " + p.group().name().toLowerCase(Locale.ROOT), x -> new int[2]);
            c[0] += blocked ? 1 : 0;
            c[1]++;
        }
        Map<String, String> out = new TreeMap<>();
        n.forEach((k, c) -> out.put(k, String.format(Locale.ROOT, "%.3f (%d/%d)", (double) c[0] / c[1], c[0], c[1])));
        return out;
    }

    /**
     * Compares the jailbreak head's choices: recall on the tune jailbreak prompts at the thresholds where the head
     * alone blocks 1, 2 and 3% of all tune benign prompts (out-of-fold).
     */
    void printTechniqueChoices(PrintWriter w) {
        boolean nb = command.spec(Category.JAILBREAK).neighbours();
        List<HeadSpec> choices = List.of(new HeadSpec("logistic", nb, false, true, false, false),
                new HeadSpec("logistic", nb, false, true, true, false), new HeadSpec("logistic", nb, false, true, true, true),
                new HeadSpec("logistic", nb, true, true, true, false), new HeadSpec("logistic", nb, true, true, true, true),
                new HeadSpec("mlp", nb, false, true, true, true));
        Table t = new Table("jailbreak head", "technique prompts", "n-grams", "views", "recall @FPR 0.01", "@0.02", "@0.03");
        for (HeadSpec s : choices) {
            double[] scores = outOfFold(Category.JAILBREAK, s);
            List<Object> row = new ArrayList<>(List.of(s.type(), yes(s.technique()), yes(s.ngrams()), yes(s.views())));
            for (double rate : new double[] {0.01, 0.02, 0.03}) {
                row.add(TrainJailbreakCommand.f(recallAt(scores, rate)));
            }
            t.row(row.toArray());
        }
        w.println("cross-validation of the jailbreak head alone, tune split only (" + FOLDS + " folds, out-of-fold scores pooled):");
        t.print(w);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private double recallAt(double[] scores, double fpr) {
        List<Double> benign = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < scores.length; i++) {
            if (fold[i] >= 0 && data.prompts().get(i).group() == Group.BENIGN) {
                benign.add(scores[i]);
            }
        }
        benign.sort(null);
        double threshold = Math.nextUp(benign.get(benign.size() - 1 - (int) Math.floor(fpr * benign.size())));
        int hit = 0;
        for (int i = 0; i < scores.length; i++) {
            if (fold[i] >= 0 && data.prompts().get(i).group() == Group.JAILBREAK) {
                pos++;
                hit += scores[i] >= threshold ? 1 : 0;
            }
        }
        return (double) hit / pos;
    }
}
