package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.semanticrouter.Embedding;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.classifier.JailbreakModel;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.eval.JailbreakSets.Group;
import io.semanticrouter.eval.JailbreakSets.Prompt;
import io.semanticrouter.learn.LogisticRegression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code train-jailbreak}: trains the {@link JailbreakModel} the guard ships. Data: the public sets of
 * {@link JailbreakSets} (hash split; the model is fitted on the tune part minus its calibration quarter, the
 * threshold of each head is the lowest whose false-positive rate on the calibration part's benign prompts is at
 * most {@code --max-fpr}) plus the guard's own exemplars (written by us, so always in the fitting part). Prints
 * recall and false-positive rate on the calibration part and on the test part, side by side.
 */
@Command(name = "train-jailbreak", mixinStandardHelpOptions = true,
        description = "Train the jailbreak guard's learned model on the public jailbreak/unsafe/benign sets (hash split).")
final class TrainJailbreakCommand implements Callable<Integer> {

    private static final List<String> OWN = List.of("/io/semanticrouter/classifier/jailbreak-exemplars.yaml",
            "/io/semanticrouter/eval/jailbreak-training-own.yaml");

    /** How many times each of our own prompts counts in the fit (they are few against the public sets). */
    private static final int OWN_WEIGHT = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", defaultValue = "../shared/anchor-data", description = "the anchor-data folder (default ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--out", required = true, description = "where to write the model (JSON)")
    Path out;

    @Option(names = "--max-fpr", defaultValue = "0.02", description = "false-positive rate allowed on calibration benign prompts (default 0.02)")
    double maxFpr;

    @Option(names = "--epochs", defaultValue = "30", description = "passes over the data (default 30)")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 penalty (default 0.001)")
    double l2;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Override
    public Integer call() {
        List<Prompt> prompts = new ArrayList<>(JailbreakSets.read(source));
        prompts.addAll(own());
        PrintWriter w = spec.commandLine().getOut();
        Map<Category, LogisticRegression> heads = new EnumMap<>(Category.class);
        Map<Category, Double> thresholds = new EnumMap<>(Category.class);
        String modelId;
        List<float[]> rows = new ArrayList<>();
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            modelId = model.modelId();
            List<Embedding> vectors = model.embedAll(prompts.stream().map(Prompt::text).toList());
            for (int i = 0; i < prompts.size(); i++) {
                rows.add(JailbreakModel.features(prompts.get(i).text(), vectors.get(i).vector()));
            }
        }
        w.printf(Locale.ROOT, "train-jailbreak: %d prompts (%s)%n", prompts.size(), counts(prompts));
        Table t = new Table("head", "threshold", "calibration recall", "calibration FPR", "test recall", "test FPR");
        for (Category c : Category.values()) {
            Group positive = c == Category.JAILBREAK ? Group.JAILBREAK : Group.UNSAFE;
            LogisticRegression lr = fit(prompts, rows, positive);
            double threshold = threshold(lr, prompts, rows, positive);
            heads.put(c, lr);
            thresholds.put(c, threshold);
            double[] cal = rates(lr, threshold, prompts, rows, positive, true);
            double[] test = rates(lr, threshold, prompts, rows, positive, false);
            t.row(c.key(), String.format(Locale.ROOT, "%.3f", threshold), f(cal[0]), f(cal[1]), f(test[0]), f(test[1]));
        }
        t.print(w);
        JailbreakModel.of(modelId, heads, thresholds).write(out);
        w.printf("-> %s%n", out);
        w.flush();
        return 0;
    }

    private LogisticRegression fit(List<Prompt> prompts, List<float[]> rows, Group positive) {
        List<float[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            Prompt p = prompts.get(i);
            if (p.split().equals("tune") && !p.calibration() && (p.group() == positive || p.group() == Group.BENIGN)) {
                x.add(rows.get(i));
                y.add(p.group() == positive);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return LogisticRegression.train(x.toArray(new float[0][]), labels, epochs, l2);
    }

    /** The lowest threshold (in steps of 0.01) whose calibration false-positive rate is at most --max-fpr. */
    private double threshold(LogisticRegression lr, List<Prompt> prompts, List<float[]> rows, Group positive) {
        for (int step = 5; step < 99; step++) {
            double t = step / 100.0;
            if (rates(lr, t, prompts, rows, positive, true)[1] <= maxFpr) {
                return t;
            }
        }
        return 0.99;
    }

    /** Recall on {@code positive} and false-positive rate on benign prompts, on calibration or test. */
    private static double[] rates(LogisticRegression lr, double t, List<Prompt> prompts, List<float[]> rows, Group positive,
                                  boolean calibration) {
        int pos = 0;
        int hit = 0;
        int benign = 0;
        int fp = 0;
        for (int i = 0; i < prompts.size(); i++) {
            Prompt p = prompts.get(i);
            boolean in = calibration ? p.split().equals("tune") && p.calibration() : p.split().equals("test");
            if (!in) {
                continue;
            }
            boolean blocked = lr.probability(rows.get(i)) >= t;
            if (p.group() == positive) {
                pos++;
                hit += blocked ? 1 : 0;
            } else if (p.group() == Group.BENIGN) {
                benign++;
                fp += blocked ? 1 : 0;
            }
        }
        return new double[] {pos == 0 ? 0 : (double) hit / pos, benign == 0 ? 0 : (double) fp / benign};
    }

    /** The guard's own exemplars (our words), always in the fitting part. */
    private static List<Prompt> own() {
        List<Prompt> out = new ArrayList<>();
        for (String resource : OWN) {
            try (InputStream in = JailbreakGuard.class.getResourceAsStream(resource)) {
                JsonNode cats = new YAMLMapper().readTree(in).get("categories");
                for (String label : List.of("jailbreak", "unsafe", "benign")) {
                    Group g = Group.valueOf(label.toUpperCase(Locale.ROOT));
                    for (int copy = 0; copy < OWN_WEIGHT; copy++) {
                        cats.path(label).forEach(n -> out.add(new Prompt(n.asText(), g, "own", "tune", false)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String counts(List<Prompt> prompts) {
        Map<String, Integer> n = new java.util.TreeMap<>();
        prompts.forEach(p -> n.merge(p.split() + (p.calibration() && p.split().equals("tune") ? "-cal" : "") + "/"
                + p.group().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        return n.toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
