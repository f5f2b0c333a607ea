package io.semanticrouter.eval;

import io.semanticrouter.Embedding;
import io.semanticrouter.classifier.ContrastiveComplexity;
import io.semanticrouter.classifier.StrongWeakSelector;
import io.semanticrouter.embeddings.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * {@code cost-quality}: trains the library's {@link StrongWeakSelector} on half of RouteLLM-style response CSVs
 * ({@code prompt}, weak-model-correct, strong-model-correct) and reports, on the other half, the average
 * performance gap recovered (APGR) and the share of strong calls needed to recover 50% and 80% of the gap
 * (CPT), next to a random router.
 */
@Command(name = "cost-quality", mixinStandardHelpOptions = true,
        description = "APGR and CPT of the strong/weak router on RouteLLM-style CSVs (prompt, weak correct, strong correct).")
final class CostQualityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--responses", required = true, description = "directory of RouteLLM response CSVs")
    Path responses;

    @Option(names = "--signal", defaultValue = "learned",
            description = "learned (StrongWeakSelector trained on the training half, default) or contrastive"
                    + " (ContrastiveComplexity with the shipped easy/hard examples; the training half is not used)")
    String signal;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    @Option(names = "--save", description = "write the trained model here (versioned JSON that names the embedder);"
            + " only with --signal learned")
    Path save;

    @Option(names = "--strong-share", defaultValue = "0.3",
            description = "share of the training prompts the saved threshold sends to the strong model (default 0.3)")
    double strongShare;

    @Option(names = "--epochs", defaultValue = "6", description = "training passes (default 6)")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 penalty (default 0.001)")
    double l2;

    @Option(names = "--weak-wins-model", description = "also learn where the weak model wins and score the difference")
    boolean weakWinsModel;

    @Option(names = "--bags", defaultValue = "1", description = "average each logistic model over this many bags"
            + " (one weight vector, as before; default 1 = trained once)")
    int bags;

    @Option(names = "--bag-by", defaultValue = "bootstrap", description = "what differs between bags: bootstrap"
            + " (a resample of the training prompts and the shuffle seed, default) or shuffle (only Adam's shuffle seed)")
    String bagBy;

    @Option(names = "--skip-held-out", description = "with --save: train and write the model, and do not embed or"
            + " score the held-out half")
    boolean skipHeldOut;

    @Option(names = "--cv", defaultValue = "0", description = "instead of the held-out half: K-fold cross-validation"
            + " inside the training half (the held-out half is not read), to choose settings")
    int cv;

    @Option(names = "--embedding-cache", description = "keep prompt embeddings in this local file across runs")
    Path embeddingCache;

    @Option(names = "--model", description = "score this saved model on the held-out half as it is, instead of training"
            + " one: a file from --save, or " + StrongWeakSelector.ROUTELLM_MMLU + " (the shipped model); the training"
            + " half is not read")
    String model;

    @Option(names = "--bootstrap", defaultValue = "0", description = "also resample the held-out half this many times"
            + " (seed 1) and report the 95% interval of its APGR (default 0 = no interval)")
    int bootstrap;

    /** The most bootstrap resamples --bootstrap takes (each re-sorts the held-out half). */
    static final int MAX_BOOTSTRAP = 100_000;

    /** One prompt and whether each model got it right. */
    record Row(String prompt, boolean weak, boolean strong) {
    }

    @Override
    public Integer call() {
        settings(); // bad options fail before any data is read
        if (skipHeldOut && (save == null || cv > 0)) {
            throw new IllegalArgumentException("--skip-held-out needs --save and no --cv (there is nothing else to do)");
        }
        if (model != null && (save != null || cv > 0 || !signal.equals("learned"))) {
            throw new IllegalArgumentException("--model scores a saved model: it takes no --save, --cv or --signal");
        }
        if (bootstrap < 0 || bootstrap > MAX_BOOTSTRAP) {
            throw new IllegalArgumentException("--bootstrap must be in [0, " + MAX_BOOTSTRAP + "], was " + bootstrap);
        }
        List<Row> rows = read(responses);
        List<Row> train = new ArrayList<>();
        List<Row> test = new ArrayList<>();
        for (Row r : rows) {
            (inTrainHalf(r.prompt()) ? train : test).add(r);
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new DataException(responses + ": too few prompts to split in two halves (" + rows.size() + ")");
        }
        if (cv > 0) {
            return crossValidate(train);
        }
        if (save != null && !signal.equals("learned")) {
            throw new IllegalArgumentException("--save needs --signal learned");
        }
        double[] scores;
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            BiFunction<String, Embedding, Double> scorer = this.model != null ? saved(model) : scorer(model, train);
            if (skipHeldOut) {
                spec.commandLine().getOut().printf(Locale.ROOT, "cost-quality: trained on %d prompts of the training half;"
                        + " the held-out half was not embedded or scored%n", train.size());
                return 0;
            }
            List<Embedding> ve = embed(model, test);
            scores = new double[test.size()];
            for (int i = 0; i < test.size(); i++) {
                scores[i] = scorer.apply(test.get(i).prompt(), ve.get(i));
            }
        } catch (IllegalArgumentException e) {
            throw new DataException(responses + ": " + e.getMessage(), e);
        }
        Map<String, Object> summary = summarize(model != null ? 0 : train.size(), test, scores);
        if (bootstrap > 0) {
            summary.put("apgr_ci95", interval(test, scores, bootstrap));
        }
        print(summary);
        if (json != null) {
            Jsonl.writeSummary(json, summary);
        }
        return 0;
    }

    /**
     * Trains on all folds but one and scores that one, for each fold (prompt i is in fold i mod K); prints each
     * fold's APGR and their mean. Only the training half is embedded.
     */
    private int crossValidate(List<Row> train) {
        if (cv < 2 || !signal.equals("learned") || save != null) {
            throw new IllegalArgumentException("--cv needs K >= 2 and --signal learned, and no --save");
        }
        StrongWeakSelector.Settings settings = settings();
        List<StrongWeakSelector.Example> examples = new ArrayList<>();
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            List<Embedding> vt = embed(model, train);
            for (int i = 0; i < train.size(); i++) {
                Row r = train.get(i);
                examples.add(new StrongWeakSelector.Example(r.prompt(), vt.get(i), r.weak(), r.strong()));
            }
            double sum = 0;
            for (int f = 0; f < cv; f++) {
                List<StrongWeakSelector.Example> fit = new ArrayList<>();
                List<Integer> held = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    if (i % cv == f) {
                        held.add(i);
                    } else {
                        fit.add(examples.get(i));
                    }
                }
                StrongWeakSelector router = StrongWeakSelector.train("weak", "strong", fit, settings, model);
                double[] scores = held.stream().mapToDouble(i -> router.score(train.get(i).prompt(),
                        examples.get(i).embedding())).toArray();
                double apgr = (double) summarize(fit.size(), held.stream().map(train::get).toList(), scores).get("apgr");
                spec.commandLine().getOut().printf(Locale.ROOT, "cost-quality: fold %d APGR %.4f%n", f, apgr);
                sum += apgr;
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "cost-quality: %d-fold cross-validation inside the training"
                    + " half (%d prompts): mean APGR %.4f%n", cv, train.size(), sum / cv);
        } catch (IllegalArgumentException e) {
            throw new DataException(responses + ": " + e.getMessage(), e);
        }
        return 0;
    }

    /** The training settings the options give. */
    StrongWeakSelector.Settings settings() {
        if (!bagBy.equals("bootstrap") && !bagBy.equals("shuffle")) {
            throw new IllegalArgumentException("--bag-by must be bootstrap or shuffle, was '" + bagBy + "'");
        }
        try {
            return new StrongWeakSelector.Settings(strongShare, epochs, l2, weakWinsModel, bags, bagBy.equals("bootstrap"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--strong-share, --epochs, --l2 or --bags out of range: " + e.getMessage(), e);
        }
    }

    /** The score of the saved model named by --model; a file from another embedder is refused. */
    private BiFunction<String, Embedding, Double> saved(OnnxEmbedder embedderModel) {
        return StrongWeakSelector.named(model, Path::of, embedderModel)::score;
    }

    /**
     * The 2.5th and 97.5th percentiles of APGR over {@code resamples} bootstrap resamples of the held-out prompts
     * (with their scores), drawn with a fixed seed so that the interval repeats.
     */
    static double[] interval(List<Row> test, double[] scores, int resamples) {
        java.util.Random random = new java.util.Random(1);
        int n = test.size();
        double[] apgr = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            List<Row> rows = new ArrayList<>(n);
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                rows.add(test.get(pick));
                s[i] = scores[pick];
            }
            apgr[b] = (double) summarize(0, rows, s).get("apgr");
        }
        java.util.Arrays.sort(apgr);
        return new double[] {apgr[(int) Math.floor(0.025 * (resamples - 1))], apgr[(int) Math.ceil(0.975 * (resamples - 1))]};
    }

    /** The score of the chosen signal; the learned one is trained on {@code train} (and saved with --save). */
    private BiFunction<String, Embedding, Double> scorer(OnnxEmbedder model, List<Row> train) {
        if (signal.equals("contrastive")) {
            return ContrastiveComplexity.defaults(model)::hardConfidence;
        }
        if (!signal.equals("learned")) {
            throw new IllegalArgumentException("--signal must be learned or contrastive, was '" + signal + "'");
        }
        StrongWeakSelector.Settings settings = settings();
        List<StrongWeakSelector.Example> examples = new ArrayList<>();
        List<Embedding> vt = embed(model, train);
        for (int i = 0; i < train.size(); i++) {
            Row r = train.get(i);
            examples.add(new StrongWeakSelector.Example(r.prompt(), vt.get(i), r.weak(), r.strong()));
        }
        StrongWeakSelector router = StrongWeakSelector.train("weak", "strong", examples, settings, model);
        if (save != null) {
            write(router, settings, train.size());
        }
        return router::score;
    }

    private void write(StrongWeakSelector router, StrongWeakSelector.Settings s, int trainSize) {
        String note = String.format(Locale.ROOT, "router-eval cost-quality --responses %s --strong-share %s --epochs %d"
                        + " --l2 %s%s%s%s; trained on the training half (SHA-256 of the prompt, first byte even) of %d prompts",
                responses.getFileName(), s.strongShare(), s.epochs(), s.l2(), s.weakWinsModel() ? " --weak-wins-model" : "",
                s.bags() == 1 ? "" : " --bags " + s.bags() + " --bag-by " + (s.bootstrap() ? "bootstrap" : "shuffle"),
                embedder == null ? "" : " --embedder " + embedder, trainSize);
        try {
            router.save(save, note);
        } catch (UncheckedIOException e) {
            throw new DataException(e.getMessage(), e);
        }
        spec.commandLine().getErr().println("cost-quality: wrote " + save);
    }

    private List<Embedding> embed(OnnxEmbedder model, List<Row> rows) {
        if (embeddingCache != null) {
            List<String> texts = rows.stream().map(Row::prompt).toList();
            return EmbeddingCache.open(embeddingCache).embed(model, texts, new Progress(System.err, "embedding", rows.size()));
        }
        List<Embedding> out = new ArrayList<>(rows.size());
        Progress progress = new Progress(System.err, "embedding", rows.size());
        for (int i = 0; i < rows.size(); i += 32) {
            List<String> part = new ArrayList<>();
            rows.subList(i, Math.min(rows.size(), i + 32)).forEach(r -> part.add(r.prompt()));
            out.addAll(model.embedAll(part));
            progress.update(out.size());
        }
        progress.done();
        return out;
    }

    /** Deterministic 50/50 split: the first byte of SHA-256(prompt) is even. */
    static boolean inTrainHalf(String prompt) {
        return (HashSplit.sha256(prompt)[0] & 1) == 0;
    }

    /** Every CSV in the directory with a prompt column followed by the weak and the strong model's correctness. */
    static List<Row> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + ": not a directory of response CSVs");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new DataException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new DataException(dir + ": no .csv files");
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            List<List<String>> records = Csv.parse(f);
            if (records.isEmpty() || records.get(0).size() < 3 || !records.get(0).get(0).equals("prompt")) {
                throw new DataException(f + ": expected a header 'prompt,<weak model>,<strong model>,...'");
            }
            for (int i = 1; i < records.size(); i++) {
                List<String> r = records.get(i);
                if (r.size() < 3) {
                    throw new DataException(f + ": record " + (i + 1) + " has " + r.size() + " fields, expected at least 3");
                }
                rows.add(new Row(r.get(0), bool(r.get(1), f, i), bool(r.get(2), f, i)));
            }
        }
        return rows;
    }

    private static boolean bool(String s, Path f, int i) {
        return switch (s.trim()) {
            case "True", "true", "1" -> true;
            case "False", "false", "0" -> false;
            default -> throw new DataException(f + ": record " + (i + 1) + ": expected True/False, was '" + s + "'");
        };
    }

    /**
     * Routing the top share q of prompts by score to the strong model, for q = 0, 1/100 ... 1: APGR is the mean
     * of the recovered gap (accuracy - weak) / (strong - weak); CPT(x) is the smallest share (in percent) that
     * recovers x of the gap. A random router recovers q of the gap at share q.
     */
    static Map<String, Object> summarize(int trainSize, List<Row> test, double[] scores) {
        int n = test.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        double weak = test.stream().filter(Row::weak).count() / (double) n;
        double strong = test.stream().filter(Row::strong).count() / (double) n;
        double gap = strong - weak;
        double apgr = 0;
        Double cpt50 = null;
        Double cpt80 = null;
        int steps = 100;
        for (int k = 0; k <= steps; k++) {
            int routed = (int) Math.round(k / (double) steps * n);
            int correct = 0;
            for (int j = 0; j < n; j++) {
                Row r = test.get(order[j]);
                correct += (j < routed ? r.strong() : r.weak()) ? 1 : 0;
            }
            double pgr = gap == 0 ? 0 : ((double) correct / n - weak) / gap;
            apgr += pgr / (steps + 1);
            if (cpt50 == null && pgr >= 0.5) {
                cpt50 = 100.0 * k / steps;
            }
            if (cpt80 == null && pgr >= 0.8) {
                cpt80 = 100.0 * k / steps;
            }
        }
        Map<String, Object> random = new LinkedHashMap<>();
        random.put("apgr", 0.5);
        random.put("cpt50", 50.0);
        random.put("cpt80", 80.0);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n_train", trainSize);
        s.put("n_test", n);
        s.put("apgr", apgr);
        s.put("cpt50", cpt50);
        s.put("cpt80", cpt80);
        s.put("weak_accuracy", weak);
        s.put("strong_accuracy", strong);
        s.put("random", random);
        return s;
    }

    private void print(Map<String, Object> s) {
        var out = spec.commandLine().getOut();
        if (model != null) {
            out.printf(Locale.ROOT, "cost-quality: %s, the saved model %s scored on %d held-out prompts%n%n", responses,
                    model, s.get("n_test"));
        } else {
            out.printf(Locale.ROOT, "cost-quality: %s, %d training and %d held-out prompts%n%n", responses,
                    s.get("n_train"), s.get("n_test"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> random = (Map<String, Object>) s.get("random");
        Table table = new Table("metric", signal.equals("contrastive") ? "contrastive complexity" : "strong/weak router",
                "random router")
                .row("APGR", s.get("apgr"), random.get("apgr"));
        if (s.get("apgr_ci95") instanceof double[] ci) {
            table.row("APGR 95% interval (" + bootstrap + " resamples)",
                    String.format(Locale.ROOT, "%.3f - %.3f", ci[0], ci[1]), "");
        }
        table
                .row("CPT(50%) % strong calls", s.get("cpt50"), random.get("cpt50"))
                .row("CPT(80%) % strong calls", s.get("cpt80"), random.get("cpt80"))
                .row("weak accuracy", s.get("weak_accuracy"), "")
                .row("strong accuracy", s.get("strong_accuracy"), "")
                .print(out);
        out.flush();
    }
}
