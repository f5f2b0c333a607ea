package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.semanticrouter.Embedding;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.classifier.JailbreakModel;
import io.semanticrouter.classifier.JailbreakNeighbours;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.eval.JailbreakSets.Group;
import io.semanticrouter.eval.JailbreakSets.Prompt;
import io.semanticrouter.learn.BinaryModel;
import io.semanticrouter.learn.LogisticRegression;
import io.semanticrouter.learn.Mlp;
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
import java.util.function.IntPredicate;

/**
 * {@code train-jailbreak}: trains the {@link JailbreakModel} the guard ships. Data: the public sets of
 * {@link JailbreakSets} (hash split; the model is fitted on the tune part minus its calibration quarter, the
 * threshold of each head is the lowest whose false-positive rate on the calibration part's benign prompts is at
 * most {@code --max-fpr}, then both are chosen together so that the whole guard's calibration false-positive rate,
 * phrase rules included, is at most {@code --max-fpr}; see {@link JointThresholds}; the test part is not read) plus prompts written by us, always in the fitting part: the
 * guard's exemplars, the extra training prompts, and the generated unsafe and benign contrast prompts. The
 * nearest-exemplar features ({@link JailbreakNeighbours}) are made from our own unsafe and benign prompts. Prints
 * each head's recall and false-positive rate on the calibration part. With {@code --cv} it prints instead a
 * cross-validation inside the tune split that compares the unsafe head's choices, and writes no model.
 */
@Command(name = "train-jailbreak", mixinStandardHelpOptions = true,
        description = "Train the jailbreak guard's learned model on the public jailbreak/unsafe/benign sets (hash split).")
final class TrainJailbreakCommand implements Callable<Integer> {

    /** Our own prompts and how many times each counts in the fit (the hand-written ones are few). */
    private static final Map<String, Integer> OWN = Map.of("/io/semanticrouter/classifier/jailbreak-exemplars.yaml", 4,
            "/io/semanticrouter/eval/jailbreak-training-own.yaml", 4,
            "/io/semanticrouter/eval/jailbreak-training-unsafe.yaml", 1);

    /** Nearest exemplars averaged per kind in the neighbour features. */
    static final int NEIGHBOURS_K = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", defaultValue = "../shared/anchor-data", description = "the anchor-data folder (default ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--out", description = "where to write the model (JSON); required unless --cv")
    Path out;

    @Option(names = "--max-fpr", defaultValue = "0.02", description = "false-positive rate allowed on calibration benign prompts (default 0.02)")
    double maxFpr;

    @Option(names = "--epochs", defaultValue = "30", description = "passes over the data (default 30)")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 penalty of the logistic heads (default 0.001)")
    double l2;

    @Option(names = "--unsafe-head", defaultValue = "mlp", description = "the unsafe head: mlp (default) or logistic")
    String unsafeHead;

    @Option(names = "--hidden", defaultValue = "32", description = "hidden units of an mlp head (default 32)")
    int hidden;

    @Option(names = "--mlp-l2", defaultValue = "0.01", description = "L2 penalty of an mlp head (default 0.01)")
    double mlpL2;

    @Option(names = "--no-neighbours", description = "leave out the nearest-exemplar features")
    boolean noNeighbours;

    @Option(names = "--cv", description = "cross-validate the unsafe head's choices inside the tune split (5 folds) and"
            + " print the table; writes no model")
    boolean cv;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    /** The prompts, their feature rows (with neighbour features last, if any) and the model id. */
    record Data(List<Prompt> prompts, List<float[]> rows, List<Embedding> vectors, JailbreakNeighbours neighbours, String modelId) {
    }

    @Override
    public Integer call() {
        if (out == null && !cv) {
            throw new IllegalArgumentException("give --out (where to write the model) or --cv");
        }
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            return run(model);
        }
    }

    private int run(OnnxEmbedder embeddings) {
        Data data = load(embeddings);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "train-jailbreak: %d prompts (%s)%n", data.prompts().size(), counts(data.prompts()));
        if (cv) {
            new JailbreakCrossValidation(this, data).print(w);
            w.flush();
            return 0;
        }
        Map<Category, BinaryModel> heads = new EnumMap<>(Category.class);
        Map<Category, Double> alone = new EnumMap<>(Category.class);
        List<Prompt> prompts = data.prompts();
        for (Category c : Category.values()) {
            String type = c == Category.UNSAFE ? unsafeHead : "logistic";
            BinaryModel head = fit(data, i -> prompts.get(i).split().equals("tune") && !prompts.get(i).calibration(), positive(c),
                    type, !noNeighbours, true);
            heads.put(c, head);
            alone.put(c, threshold(head, data, positive(c)));
        }
        JailbreakModel model = JailbreakModel.of(data.modelId(), heads, alone, noNeighbours ? null : data.neighbours());
        Map<Category, Double> thresholds = new JointThresholds(data, model, embeddings, maxFpr).choose();
        Table t = new Table("head", "type", "threshold", "calibration recall", "calibration FPR", "threshold alone");
        for (Category c : Category.values()) {
            double[] cal = rates(heads.get(c), thresholds.get(c), data, positive(c));
            t.row(c.key(), c == Category.UNSAFE ? unsafeHead : "logistic", f(thresholds.get(c)), f(cal[0]), f(cal[1]),
                    f(alone.get(c)));
        }
        t.print(w);
        JailbreakModel.of(data.modelId(), heads, thresholds, noNeighbours ? null : data.neighbours()).write(out);
        w.printf("-> %s%n", out);
        w.flush();
        return 0;
    }

    static Group positive(Category c) {
        return c == Category.JAILBREAK ? Group.JAILBREAK : Group.UNSAFE;
    }

    /** Embeds every prompt once and makes the feature rows; the neighbours come from our own prompts. */
    private Data load(OnnxEmbedder model) {
        List<Prompt> prompts = new ArrayList<>(JailbreakSets.read(source).stream().filter(p -> p.split().equals("tune")).toList());
        prompts.addAll(own());
        List<float[]> rows = new ArrayList<>();
        JailbreakNeighbours neighbours;
        String modelId;
        List<Embedding> vectors;
        {
            modelId = model.modelId();
            vectors = model.embedAll(prompts.stream().map(Prompt::text).toList());
            List<float[]> unsafe = new ArrayList<>();
            List<float[]> benign = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < prompts.size(); i++) {
                Prompt p = prompts.get(i);
                if (p.source().startsWith("own") && p.group() != Group.JAILBREAK && seen.add(p.text())) {
                    (p.group() == Group.UNSAFE ? unsafe : benign).add(vectors.get(i).vector());
                }
            }
            neighbours = JailbreakNeighbours.of(unsafe, benign, NEIGHBOURS_K);
            for (int i = 0; i < prompts.size(); i++) {
                rows.add(JailbreakModel.features(prompts.get(i).text(), vectors.get(i).vector(), neighbours));
            }
        }
        return new Data(prompts, rows, vectors, neighbours, modelId);
    }

    /**
     * Fits one head on the public prompts {@code include} accepts, plus (if {@code withGenerated}, all of) our own.
     * Without {@code withNeighbours} the neighbour features are cut off the rows.
     */
    BinaryModel fit(Data data, IntPredicate include, Group positive, String type, boolean withNeighbours, boolean withGenerated) {
        List<float[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < data.prompts().size(); i++) {
            Prompt p = data.prompts().get(i);
            boolean own = p.source().startsWith("own");
            boolean in = own ? withGenerated || !p.source().equals("own-generated") : include.test(i);
            if (in && (p.group() == positive || p.group() == Group.BENIGN)) {
                x.add(cut(data.rows().get(i), withNeighbours));
                y.add(p.group() == positive);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        float[][] rows = x.toArray(new float[0][]);
        return switch (type) {
            case "logistic" -> LogisticRegression.train(rows, labels, epochs, l2);
            case "mlp" -> Mlp.train(rows, labels, new Mlp.Settings(hidden, epochs, mlpL2, 0.005, 0.85, 7));
            default -> throw new IllegalArgumentException("--unsafe-head must be mlp or logistic, was '" + type + "'");
        };
    }

    /** The row without its neighbour features, unless they are wanted. */
    static float[] cut(float[] row, boolean withNeighbours) {
        return withNeighbours ? row : java.util.Arrays.copyOf(row, row.length - JailbreakNeighbours.FEATURES);
    }

    /** The lowest threshold (in steps of 0.01) whose calibration false-positive rate is at most --max-fpr. */
    private double threshold(BinaryModel head, Data data, Group positive) {
        for (int step = 5; step < 99; step++) {
            double t = step / 100.0;
            if (rates(head, t, data, positive)[1] <= maxFpr) {
                return t;
            }
        }
        return 0.99;
    }

    /** Recall on {@code positive} and false-positive rate on benign prompts, on the calibration part. */
    private double[] rates(BinaryModel head, double t, Data data, Group positive) {
        int pos = 0;
        int hit = 0;
        int benign = 0;
        int fp = 0;
        for (int i = 0; i < data.prompts().size(); i++) {
            Prompt p = data.prompts().get(i);
            if (!p.split().equals("tune") || !p.calibration()) {
                continue;
            }
            boolean blocked = head.probability(cut(data.rows().get(i), !noNeighbours)) >= t;
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

    /** Our own prompts, always in the fitting part; the generated ones have the source {@code own-generated}. */
    private static List<Prompt> own() {
        List<Prompt> out = new ArrayList<>();
        for (String resource : new java.util.TreeSet<>(OWN.keySet())) {
            String src = resource.endsWith("-unsafe.yaml") ? "own-generated" : "own";
            try (InputStream in = JailbreakGuard.class.getResourceAsStream(resource)) {
                JsonNode cats = new YAMLMapper().readTree(in).get("categories");
                for (String label : List.of("jailbreak", "unsafe", "benign")) {
                    Group g = Group.valueOf(label.toUpperCase(Locale.ROOT));
                    for (int copy = 0; copy < OWN.get(resource); copy++) {
                        cats.path(label).forEach(n -> out.add(new Prompt(n.asText(), g, src, "tune", false)));
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

    static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
