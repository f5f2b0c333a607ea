package io.semanticrouter.eval;

import io.semanticrouter.eval.JailbreakSets.Group;
import io.semanticrouter.eval.JailbreakSets.Prompt;
import io.semanticrouter.learn.BinaryModel;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code train-jailbreak --cv}: five-fold cross-validation of the unsafe head inside the public tune split (folds
 * by the third byte of the text's SHA-256; the test split is not read). Each fold's prompts are scored by a head
 * fitted on the other four folds plus our own prompts. For each choice (head type, generated prompts, neighbour
 * features) it prints, at the thresholds where the pooled out-of-fold false-positive rate on all tune benign prompts
 * is 0.01, 0.02 and 0.03, the recall on the unsafe prompts and the false-positive rate on the hard benign prompts
 * (JailbreakBench's benign behaviours and XSTest's safe prompts, which are written to look harmful).
 */
final class JailbreakCrossValidation {

    private static final int FOLDS = 5;
    private static final double[] FPRS = {0.01, 0.02, 0.03};

    /** One choice to compare. */
    private record Choice(String type, boolean generated, boolean neighbours) {
    }

    private static final List<Choice> CHOICES = List.of(new Choice("logistic", false, false), new Choice("mlp", false, false),
            new Choice("logistic", true, false), new Choice("mlp", true, false), new Choice("logistic", true, true),
            new Choice("mlp", true, true));

    private final TrainJailbreakCommand command;
    private final TrainJailbreakCommand.Data data;
    private final int[] fold;

    JailbreakCrossValidation(TrainJailbreakCommand command, TrainJailbreakCommand.Data data) {
        this.command = command;
        this.data = data;
        this.fold = new int[data.prompts().size()];
        for (int i = 0; i < fold.length; i++) {
            Prompt p = data.prompts().get(i);
            fold[i] = p.source().startsWith("own") || !p.split().equals("tune") ? -1
                    : (HashSplit.sha256(p.text())[2] & 0xff) % FOLDS;
        }
    }

    void print(PrintWriter w) {
        List<String> header = new ArrayList<>(List.of("unsafe head", "generated prompts", "neighbour features"));
        for (double f : FPRS) {
            header.add("recall @FPR " + f);
            header.add("hard-benign FPR @" + f);
        }
        Table t = new Table(header.toArray(new String[0]));
        for (Choice c : CHOICES) {
            double[] scores = outOfFold(c);
            List<Object> row = new ArrayList<>(List.of(c.type(), c.generated() ? "yes" : "no", c.neighbours() ? "yes" : "no"));
            for (double f : FPRS) {
                double[] r = atFpr(scores, f);
                row.add(TrainJailbreakCommand.f(r[0]));
                row.add(TrainJailbreakCommand.f(r[1]));
            }
            t.row(row.toArray());
        }
        w.println("cross-validation of the unsafe head, tune split only (" + FOLDS + " folds, out-of-fold scores pooled):");
        t.print(w);
    }

    /** Every tune prompt's score from the head fitted without its fold (NaN for the other prompts). */
    private double[] outOfFold(Choice c) {
        double[] scores = new double[fold.length];
        Arrays.fill(scores, Double.NaN);
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            BinaryModel head = command.fit(data, i -> fold[i] >= 0 && fold[i] != held, Group.UNSAFE, c.type(), c.neighbours(),
                    c.generated());
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == held) {
                    scores[i] = head.probability(TrainJailbreakCommand.cut(data.rows().get(i), c.neighbours()));
                }
            }
        }
        return scores;
    }

    /**
     * At the lowest threshold whose false-positive rate on all tune benign prompts is at most {@code fpr}: recall on
     * the unsafe prompts and the false-positive rate on the hard benign prompts.
     */
    private double[] atFpr(double[] scores, double fpr) {
        List<Double> benign = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (fold[i] >= 0 && data.prompts().get(i).group() == Group.BENIGN) {
                benign.add(scores[i]);
            }
        }
        benign.sort(null);
        int allowed = (int) Math.floor(fpr * benign.size());
        double threshold = Math.nextUp(benign.get(benign.size() - 1 - allowed));
        int unsafe = 0;
        int caught = 0;
        int hard = 0;
        int hardBlocked = 0;
        for (int i = 0; i < scores.length; i++) {
            Prompt p = data.prompts().get(i);
            if (fold[i] < 0) {
                continue;
            }
            if (p.group() == Group.UNSAFE) {
                unsafe++;
                caught += scores[i] >= threshold ? 1 : 0;
            } else if (p.group() == Group.BENIGN && !p.source().equals("jailbreak-classification")) {
                hard++;
                hardBlocked += scores[i] >= threshold ? 1 : 0;
            }
        }
        return new double[] {(double) caught / unsafe, (double) hardBlocked / hard};
    }
}
