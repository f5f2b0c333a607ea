package io.semanticrouter.eval;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;
import io.semanticrouter.classifier.CategoryThresholds;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.classifier.LinearCategoryClassifier;
import io.semanticrouter.classifier.OnnxCategoryClassifier;
import io.semanticrouter.embeddings.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code routing}: trains the category classifier on one labelled file and classifies another, or classifies it
 * with a shipped category model ({@code --categories mmlu-pro}).
 */
@Command(name = "routing", mixinStandardHelpOptions = true,
        description = "Train the category classifier on --train (or take the shipped --categories model), classify"
                + " --test; lines {\"text\", \"label\"}.")
final class RoutingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The shipped category models {@code --categories} knows. */
    static final List<String> SHIPPED = List.of("mmlu-pro");

    @Option(names = "--train", description = "labelled utterances to learn from (JSONL); or give --categories")
    Path train;

    @Option(names = "--categories", description = "a shipped category model instead of --train: mmlu-pro (the 14"
            + " MMLU-Pro categories, LinearCategoryClassifier.mmluPro)")
    String categories;

    @Option(names = "--onnx", description = "a sequence-classification export (model.onnx, tokenizer.json, config.json"
            + " with id2label) as the category model instead of --train: OnnxCategoryClassifier")
    Path onnx;

    @Option(names = "--test", required = true, description = "labelled utterances to classify (JSONL)")
    Path test;

    @Option(names = "--threshold", defaultValue = "0", description = "abstain below this confidence (default 0: never)")
    double threshold;

    @Option(names = "--scoring", defaultValue = "topk",
            description = "category score: topk (mean of the 3 nearest exemplars, default) or centroid")
    String scoring;

    @Option(names = "--label-names", description = "also use each label's name as an example")
    boolean labelNames;

    @Option(names = "--min-score", defaultValue = "0",
            description = "also abstain when the best category's similarity score is below this (default 0: never);"
                    + " the same rule as CategoryModelSelector.minSimilarity")
    double minScore;

    @Option(names = "--calibrate", description = "fit the confidence temperature on the training set (leave-one-out)")
    boolean calibrate;

    @Option(names = "--calibrate-on", description = "fit the confidence temperature on these held-out labelled"
            + " utterances (JSONL, like --test)")
    Path calibrateOn;

    @Option(names = "--category-precision", defaultValue = "0",
            description = "abstain per category below the confidence from which that category's answers reach this"
                    + " precision on the --calibrate-on questions (else on the training set, leave-one-out; default 0:"
                    + " off)")
    double categoryPrecision;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    record Example(String text, String label) {
    }

    static List<Example> read(Path file) {
        return Jsonl.read(file, (line, i) -> {
            String text = line.text("text");
            String label = line.text("label");
            if (label.isBlank()) {
                throw line.error("field \"label\" must not be blank");
            }
            return new Example(text, label);
        });
    }

    @Override
    public Integer call() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--threshold must be in [0, 1], was " + threshold);
        }
        checkSource();
        if (categories != null || onnx != null) {
            return callModel();
        }
        List<Example> trainSet = read(train);
        List<Example> testSet = read(test);
        PrintWriter out = spec.commandLine().getOut();
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            Map<String, List<String>> examples = new LinkedHashMap<>();
            for (Example e : trainSet) {
                examples.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e.text());
            }
            ExemplarClassifier.Builder b = configuredBuilder(model, examples);
            List<Example> heldSet = calibrateOn == null ? null : read(calibrateOn);
            if (heldSet != null) {
                b.calibrateConfidenceOn(heldOutByLabel(heldSet, examples));
            }
            ExemplarClassifier classifier = b.build();
            Map<String, Double> perCategory = Map.of();
            if (categoryPrecision > 0) {
                perCategory = perCategoryThresholds(classifier, heldSet);
            }

            TestRun run = classifyTestSet(model, classifier, testSet, perCategory);
            Map<String, Object> summary = score(testSet, run.predicted(), run.nanos() / 1e6 / testSet.size());
            print(out, summary, trainSet.size(), examples.size());
            printOutOfScope(out, testSet, run.predicted());
            printCalibration(out, testSet, run.raw(), classifier.temperature());
            if (json != null) {
                Jsonl.writeSummary(json, summary);
            }
        }
        return 0;
    }

    /** Exactly one of --train, --categories and --onnx, and --categories one this command knows. */
    private void checkSource() {
        int given = (train == null ? 0 : 1) + (categories == null ? 0 : 1) + (onnx == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give either --train FILE or --categories " + String.join("|", SHIPPED)
                    + " or --onnx DIR");
        }
        if (categories != null && !SHIPPED.contains(categories)) {
            throw new IllegalArgumentException("--categories must be one of " + SHIPPED + ", was '" + categories + "'");
        }
        if (train == null && (labelNames || calibrate)) {
            throw new IllegalArgumentException("--label-names and --calibrate train an exemplar classifier; they do"
                    + " not apply to --categories or --onnx");
        }
    }

    /** Classifies --test with the shipped model or the ONNX export; per-category thresholds need --calibrate-on. */
    private int callModel() {
        List<Example> testSet = read(test);
        PrintWriter out = spec.commandLine().getOut();
        try (OnnxEmbedder model = EmbedderOption.load(embedder);
             OnnxCategoryClassifier export = onnx == null ? null : OnnxCategoryClassifier.load(onnx)) {
            CategoryClassifier classifier = export != null ? export : LinearCategoryClassifier.mmluPro(model);
            Map<String, Double> perCategory = Map.of();
            if (categoryPrecision > 0) {
                if (calibrateOn == null) {
                    throw new IllegalArgumentException("--category-precision with --categories needs --calibrate-on");
                }
                perCategory = perCategoryThresholds(classifier, read(calibrateOn));
            }
            TestRun run = classifyTestSet(model, classifier, testSet, perCategory);
            Map<String, Object> summary = score(testSet, run.predicted(), run.nanos() / 1e6 / testSet.size());
            out.printf("routing: %s (%s); %d test utterances%n", export != null ? "ONNX category model " + onnx
                    : "shipped category model " + categories, classifier, testSet.size());
            print(out, summary, -1, classifier.categories().size());
            printOutOfScope(out, testSet, run.predicted());
            printCalibration(out, testSet, run.raw(), Double.NaN);
            if (json != null) {
                Jsonl.writeSummary(json, summary);
            }
        }
        return 0;
    }

    /** The classifier's builder with the training examples and the options --scoring, --label-names, --calibrate. */
    private ExemplarClassifier.Builder configuredBuilder(OnnxEmbedder model, Map<String, List<String>> examples) {
        ExemplarClassifier.Builder b = ExemplarClassifier.builder(model).examples(examples);
        switch (scoring) {
            case "topk" -> b.scoring(ExemplarClassifier.Scoring.TOP_K_MEAN);
            case "centroid" -> b.scoring(ExemplarClassifier.Scoring.CENTROID);
            default -> throw new IllegalArgumentException("--scoring must be topk or centroid, was '" + scoring + "'");
        }
        if (labelNames) {
            b.labelNamesAsExamples();
        }
        if (calibrate) {
            b.calibrateConfidence();
        }
        return b;
    }

    /** The held-out texts by label, leaving out labels the training set does not have. */
    private static Map<String, List<String>> heldOutByLabel(List<Example> heldSet,
                                                           Map<String, List<String>> examples) {
        Map<String, List<String>> held = new LinkedHashMap<>();
        for (Example e : heldSet) {
            if (examples.containsKey(e.label())) {
                held.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e.text());
            }
        }
        return held;
    }

    /** The confidence threshold a category for --category-precision. */
    private Map<String, Double> perCategoryThresholds(CategoryClassifier classifier, List<Example> heldSet) {
        List<ExemplarClassifier.Labelled> labelled = new ArrayList<>();
        if (heldSet != null) { // held-out questions, when given, else the exemplars left out one at a time
            List<Classification> cs = classifier instanceof ExemplarClassifier ec
                    ? ec.classifyAll(heldSet.stream().map(Example::text).toList())
                    : embedAndClassify(classifier, heldSet);
            for (int i = 0; i < heldSet.size(); i++) {
                labelled.add(new ExemplarClassifier.Labelled(heldSet.get(i).label(), cs.get(i)));
            }
        } else {
            labelled = ((ExemplarClassifier) classifier).leaveOneOut();
        }
        return CategoryThresholds.forPrecision(labelled, categoryPrecision, 5, threshold);
    }

    private List<Classification> embedAndClassify(CategoryClassifier classifier, List<Example> set) {
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            List<String> texts = set.stream().map(Example::text).toList();
            List<Embedding> es = model.embedAll(texts);
            List<Classification> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                out.add(classifier.classify(texts.get(i), es.get(i)));
            }
            return out;
        }
    }

    /**
     * The test set classified: the category given to each question (null when it abstained), the classifier's
     * raw answers, and the nanoseconds spent embedding and classifying.
     */
    private record TestRun(List<String> predicted, List<Classification> raw, long nanos) {
    }

    /** Classifies every test question; abstains below the threshold of its category or below --min-score. */
    private TestRun classifyTestSet(OnnxEmbedder model, CategoryClassifier classifier, List<Example> testSet,
                                    Map<String, Double> perCategory) {
        Progress progress = new Progress(System.err, "routing", testSet.size());
        List<String> predicted = new ArrayList<>(testSet.size());
        List<Classification> raw = new ArrayList<>(testSet.size());
        long nanos = 0;
        for (int i = 0; i < testSet.size(); i++) {
            Example e = testSet.get(i);
            long t0 = System.nanoTime();
            Embedding emb = model.embed(e.text());
            Classification c = classifier.classify(e.text(), emb);
            nanos += System.nanoTime() - t0;
            raw.add(c);
            boolean abstain = c.category() == null
                    || c.confidence() < perCategory.getOrDefault(c.category(), threshold)
                    || c.scores().getOrDefault(c.category(), 0.0) < minScore;
            predicted.add(abstain ? null : c.category());
            progress.update(i + 1);
        }
        progress.done();
        return new TestRun(predicted, raw, nanos);
    }

    /** The summary object: n, accuracy, macro_f1, abstained, per_label, ms_per_query. Abstentions count as wrong. */
    static Map<String, Object> score(List<Example> test, List<String> predicted, double msPerQuery) {
        TreeSet<String> labels = new TreeSet<>();
        test.forEach(e -> labels.add(e.label()));
        Map<String, int[]> counts = new TreeMap<>(); // label -> {tp, fp, fn}
        int correct = 0;
        int abstained = 0;
        for (int i = 0; i < test.size(); i++) {
            String gold = test.get(i).label();
            String got = predicted.get(i);
            counts.computeIfAbsent(gold, k -> new int[3]);
            if (got == null) {
                abstained++;
                counts.get(gold)[2]++;
            } else if (got.equals(gold)) {
                correct++;
                counts.get(gold)[0]++;
            } else {
                counts.get(gold)[2]++;
                counts.computeIfAbsent(got, k -> new int[3])[1]++;
            }
        }
        Map<String, Object> perLabel = new LinkedHashMap<>();
        double f1Sum = 0;
        for (String label : labels) {
            int[] c = counts.get(label);
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            f1Sum += f1;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", p);
            m.put("recall", r);
            m.put("f1", f1);
            m.put("n", c[0] + c[2]);
            perLabel.put(label, m);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", test.size());
        s.put("accuracy", (double) correct / test.size());
        s.put("macro_f1", f1Sum / labels.size());
        s.put("abstained", abstained);
        s.put("per_label", perLabel);
        s.put("ms_per_query", msPerQuery);
        return s;
    }

    @SuppressWarnings("unchecked")
    /**
     * With an out-of-scope class (label {@code oos}, as in CLINC150): accuracy on the in-scope questions, and how
     * many out-of-scope ones were turned away (abstained or labelled oos).
     */
    private static void printOutOfScope(PrintWriter out, List<Example> test, List<String> predicted) {
        int in = 0;
        int inRight = 0;
        int oos = 0;
        int oosCaught = 0;
        for (int i = 0; i < test.size(); i++) {
            String gold = test.get(i).label();
            String got = predicted.get(i);
            if ("oos".equals(gold)) {
                oos++;
                oosCaught += got == null || got.equals("oos") ? 1 : 0;
            } else {
                in++;
                inRight += gold.equals(got) ? 1 : 0;
            }
        }
        if (oos > 0 && in > 0) {
            out.printf(java.util.Locale.ROOT, "in-scope accuracy %.4f (%d); out-of-scope turned away %.4f (%d of %d)%n",
                    (double) inRight / in, in, (double) oosCaught / oos, oosCaught, oos);
            out.flush();
        }
    }

    /**
     * How honest the confidences are: expected calibration error over 10 equal-width bins (|accuracy - mean
     * confidence| weighted by bin size), and the accuracy of the answers given when some were withheld.
     */
    private static void printCalibration(PrintWriter out, List<Example> test, List<Classification> raw, double t) {
        double[] conf = new double[10];
        int[] right = new int[10];
        int[] n = new int[10];
        for (int i = 0; i < test.size(); i++) {
            Classification c = raw.get(i);
            int bin = Math.min(9, (int) (c.confidence() * 10));
            conf[bin] += c.confidence();
            right[bin] += test.get(i).label().equals(c.category()) ? 1 : 0;
            n[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                ece += Math.abs((double) right[b] / n[b] - conf[b] / n[b]) * n[b] / test.size();
            }
        }
        if (Double.isNaN(t)) {
            out.printf(java.util.Locale.ROOT, "confidence: expected calibration error %.4f%n", ece);
        } else {
            out.printf(java.util.Locale.ROOT, "confidence: temperature %.4f, expected calibration error %.4f%n", t,
                    ece);
        }
        out.flush();
    }

    private static void print(PrintWriter out, Map<String, Object> s, int trainSize, int classes) {
        if (trainSize >= 0) { // -1: a shipped model, announced by the caller
            out.printf("routing: %d training utterances in %d labels; %d test utterances%n", trainSize, classes,
                    s.get("n"));
        }
        out.println();
        Table t = new Table("label", "precision", "recall", "f1", "n");
        ((Map<String, Map<String, Object>>) s.get("per_label")).forEach((label, m) ->
                t.row(label, m.get("precision"), m.get("recall"), m.get("f1"), m.get("n")));
        t.print(out);
        int n = (Integer) s.get("n");
        int abstained = (Integer) s.get("abstained");
        double answeredAccuracy = n == abstained ? 0 : (Double) s.get("accuracy") * n / (n - abstained);
        out.printf("%naccuracy %.4f  macro-F1 %.4f  abstained %d  accuracy of the answers given %.4f"
                        + "  %.2f ms/query (embedding included)%n",
                s.get("accuracy"), s.get("macro_f1"), abstained, answeredAccuracy, s.get("ms_per_query"));
        out.flush();
    }
}
