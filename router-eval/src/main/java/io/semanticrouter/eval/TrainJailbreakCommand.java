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
 * {@code train-jailbreak}: trains the {@link JailbreakModel} the guard ships. Data: the tune part of the public sets
 * of {@link JailbreakSets} (hash split; the test part is not read) plus prompts written by us, always in the fitting
 * part: the guard's exemplars, the extra training prompts, the generated unsafe and benign contrast prompts and the
 * generated technique prompts (injection in pasted content, other languages, obfuscation; {@code
 * tools/jailbreak-technique-data.py}). The nearest-exemplar features ({@link JailbreakNeighbours}) are made from our
 * own unsafe and benign prompts. The thresholds are chosen on cross-validated scores over the whole tune part
 * ({@link JailbreakFolds}: five folds; each public tune prompt is scored by heads fitted without its fold, reading it
 * as the guard does, views included), together for the whole guard with the phrase rules ({@link JointThresholds}),
 * at a false-positive rate of at most {@code --max-fpr}; the shipped heads are then fitted on the whole tune part.
 * It prints the trade-off at several rates and the share blocked per source. With {@code --cv} it prints instead
 * cross-validation tables that compare the heads' choices, and writes no model. With {@code --extra F[,F...]} our
 * own labelled JSONL sets ({@link JailbreakExtras}) join the fitting part of every fold and of the shipped fit; they
 * are not in the benign budget that chooses the thresholds.
 */
@Command(name = "train-jailbreak", mixinStandardHelpOptions = true,
        description = "Train the jailbreak guard's learned model on the public jailbreak/unsafe/benign sets (hash split).")
final class TrainJailbreakCommand implements Callable<Integer> {

    /** Our own prompts and how many times each counts in the fit (the hand-written ones are few). */
    private static final Map<String, Integer> OWN = Map.of("/io/semanticrouter/classifier/jailbreak-exemplars.yaml", 4,
            "/io/semanticrouter/eval/jailbreak-training-own.yaml", 4,
            "/io/semanticrouter/eval/jailbreak-training-unsafe.yaml", 1,
            "/io/semanticrouter/eval/jailbreak-training-technique.yaml", 1);

    /** Nearest exemplars averaged per kind in the neighbour features. */
    static final int NEIGHBOURS_K = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", defaultValue = "../shared/anchor-data", description = "the anchor-data folder (default ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--out", description = "where to write the model (JSON); required unless --cv")
    Path out;

    @Option(names = "--max-fpr", defaultValue = "0.02", description = "false-positive rate allowed on the tune benign prompts,"
            + " cross-validated, for the whole guard (default 0.02)")
    double maxFpr;

    @Option(names = "--epochs", defaultValue = "30", description = "passes over the data (default 30)")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 penalty of a logistic unsafe head (default 0.001)")
    double l2;

    @Option(names = "--jailbreak-l2", defaultValue = "0.1", description = "L2 penalty of a logistic jailbreak head (default"
            + " 0.1: with the n-gram features, 0.001 made its scores crowd near 1)")
    double jailbreakL2;

    @Option(names = "--unsafe-head", defaultValue = "mlp", description = "the unsafe head: mlp (default) or logistic")
    String unsafeHead;

    @Option(names = "--jailbreak-head", defaultValue = "logistic", description = "the jailbreak head: logistic (default) or mlp")
    String jailbreakHead;

    @Option(names = "--hidden", defaultValue = "32", description = "hidden units of an mlp head (default 32)")
    int hidden;

    @Option(names = "--mlp-l2", defaultValue = "0.01", description = "L2 penalty of an mlp head (default 0.01)")
    double mlpL2;

    @Option(names = "--ngrams", defaultValue = "2048", description = "hashed character n-gram features of the jailbreak head"
            + " (default 2048; 0 for none)")
    int ngrams;

    @Option(names = "--no-neighbours", description = "leave out the nearest-exemplar features")
    boolean noNeighbours;

    @Option(names = "--no-technique", description = "leave out the generated technique prompts")
    boolean noTechnique;

    @Option(names = "--no-views", description = "score public prompts on the whole text only when choosing thresholds")
    boolean noViews;

    @Option(names = "--budget", defaultValue = "guard", description = "what --max-fpr caps: guard (default; the guard's own"
            + " false-positive rate) or sum (the rates of the rules and each head, each counted alone, added up)")
    String budget;

    /** Whether {@code --budget sum} was given. */
    boolean sumBudget;

    @Option(names = "--no-intent", description = "leave out the intent view (the request without its wrapper) when choosing"
            + " thresholds; for comparison, the guard always reads it")
    boolean noIntent;

    @Option(names = "--cv", description = "cross-validate the heads' choices inside the tune split (5 folds) and"
            + " print the tables; writes no model")
    boolean cv;

    @Option(names = "--extra", split = ",", description = "our own labelled JSONL sets (text, label, kind) added to the"
            + " training data, never to the cross-validated benign budget; see JailbreakExtras")
    List<Path> extra = List.of();

    @Option(names = "--extra-weight", defaultValue = "1", description = "how many times each --extra prompt counts in the fit"
            + " (default 1)")
    int extraWeight;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--embeddings", description = "a file that keeps the embeddings between runs (optional)")
    Path embeddingsFile;

    private EmbeddingStore store;

    /** One extra reading of a public tune prompt ({@link JailbreakModel#views}): its rows, and whether it is a segment. */
    record Extra(float[] base, float[] ngrams, boolean segment, boolean intent) {
        /** A reading of the whole text or of a segment. */
        Extra(float[] base, float[] ngrams, boolean segment) {
            this(base, ngrams, segment, false);
        }

        /** Whether the head of {@code c} reads this view (as {@link JailbreakModel.View#readBy}). */
        boolean readBy(Category c) {
            return new JailbreakModel.View(base, segment, intent).readBy(c);
        }
    }

    /**
     * The prompts; per prompt the base feature row (embedding, lexical, neighbour features last), the n-gram row
     * ({@code null} without n-grams) and the extra readings (public tune prompts only); the model id.
     */
    record Data(List<Prompt> prompts, List<float[]> rows, List<float[]> ngrams, List<List<Extra>> extras,
                List<Embedding> vectors, JailbreakNeighbours neighbours, String modelId) {
    }

    /** How a head is made: its type, which features it reads, which of our generated prompts it is fitted on. */
    record HeadSpec(String type, boolean neighbours, boolean ngrams, boolean generated, boolean technique, boolean views) {
    }

    @Override
    public Integer call() {
        if (out == null && !cv) {
            throw new IllegalArgumentException("give --out (where to write the model) or --cv");
        }
        if (!budget.equals("guard") && !budget.equals("sum")) {
            throw new IllegalArgumentException("--budget must be guard or sum, was '" + budget + "'");
        }
        sumBudget = budget.equals("sum");
        if (extraWeight < 1) {
            throw new IllegalArgumentException("--extra-weight must be at least 1, was " + extraWeight);
        }
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            return run(model);
        }
    }

    /** The head of {@code c} as the options ask for it. */
    HeadSpec spec(Category c) {
        boolean j = c == Category.JAILBREAK;
        return new HeadSpec(j ? jailbreakHead : unsafeHead, !noNeighbours, j && ngrams > 0, true, !noTechnique, !noViews);
    }

    private int run(OnnxEmbedder embeddings) {
        Data data = load(embeddings);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "train-jailbreak: %d prompts (%s)%n", data.prompts().size(), counts(data.prompts()));
        JailbreakFolds folds = new JailbreakFolds(this, data, embeddings);
        if (cv) {
            folds.printTechniqueChoices(w);
            new JailbreakCrossValidation(this, data).print(w);
            w.flush();
            return 0;
        }
        Map<Category, Double> thresholds = folds.chooseThresholds(maxFpr, w);
        Map<Category, BinaryModel> heads = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            heads.put(c, fit(data, i -> prompts(data).get(i).split().equals("tune"), positive(c), spec(c)));
        }
        JailbreakModel.of(data.modelId(), heads, thresholds, noNeighbours ? null : data.neighbours(), ngrams).write(out);
        w.printf("-> %s%n", out);
        w.flush();
        return 0;
    }

    private static List<Prompt> prompts(Data data) {
        return data.prompts();
    }

    static Group positive(Category c) {
        return c == Category.JAILBREAK ? Group.JAILBREAK : Group.UNSAFE;
    }

    /** Embeds every prompt once and makes the feature rows; the neighbours come from our own prompts. */
    private Data load(OnnxEmbedder model) {
        List<Prompt> prompts = new ArrayList<>(JailbreakSets.read(source).stream().filter(p -> p.split().equals("tune")).toList());
        prompts.addAll(own());
        for (Path f : extra) {
            List<Prompt> read = JailbreakExtras.read(f);
            for (int copy = 0; copy < extraWeight; copy++) {
                prompts.addAll(read);
            }
        }
        List<Embedding> vectors = embed(model, prompts.stream().map(Prompt::text).toList());
        List<float[]> unsafe = new ArrayList<>();
        List<float[]> benign = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < prompts.size(); i++) {
            Prompt p = prompts.get(i);
            if (p.source().startsWith("own") && !p.source().equals("own-technique") && !p.source().equals(JailbreakExtras.SOURCE)
                    && p.group() != Group.JAILBREAK
                    && seen.add(p.text())) {
                (p.group() == Group.UNSAFE ? unsafe : benign).add(vectors.get(i).vector());
            }
        }
        JailbreakNeighbours neighbours = JailbreakNeighbours.of(unsafe, benign, NEIGHBOURS_K);
        List<float[]> rows = new ArrayList<>();
        List<float[]> grams = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            rows.add(JailbreakModel.features(prompts.get(i).text(), vectors.get(i).vector(), neighbours));
            grams.add(ngrams > 0 ? JailbreakModel.ngrams(prompts.get(i).text(), ngrams) : null);
        }
        return new Data(prompts, rows, grams, extras(model, prompts, neighbours), vectors, neighbours, model.modelId());
    }

    /** The extra readings of the public tune prompts, embedded in one pass. */
    private List<List<Extra>> extras(OnnxEmbedder model, List<Prompt> prompts, JailbreakNeighbours neighbours) {
        List<String> texts = new ArrayList<>();
        List<int[]> owner = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            if (prompts.get(i).source().startsWith("own")) {
                continue;
            }
            JailbreakModel.ViewTexts v = JailbreakModel.viewTexts(prompts.get(i).text());
            List<String> all = v.all();
            int first = v.normalised() == null ? 0 : 1;
            int intent = v.intent() == null ? all.size() : all.size() - 1;
            for (int k = 0; k < all.size(); k++) {
                if (k == intent && noIntent) {
                    continue;
                }
                texts.add(all.get(k));
                owner.add(new int[] {i, k >= first && k < intent ? 1 : k == intent ? 2 : 0});
            }
        }
        List<Embedding> vectors = embed(model, texts);
        List<List<Extra>> out = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            out.get(owner.get(k)[0]).add(new Extra(JailbreakModel.features(t, vectors.get(k).vector(), neighbours),
                    ngrams > 0 ? JailbreakModel.ngrams(t, ngrams) : null, owner.get(k)[1] == 1, owner.get(k)[1] == 2));
        }
        return out;
    }

    /** The texts' embeddings, through the {@code --embeddings} file when one is given. */
    private List<Embedding> embed(OnnxEmbedder model, List<String> texts) {
        if (embeddingsFile == null) {
            return model.embedAll(texts);
        }
        if (store == null) {
            store = new EmbeddingStore(embeddingsFile, model);
        }
        return java.util.Arrays.stream(store.vectors(texts)).map(Embedding::of).toList();
    }

    /** The old choice signature, used by the unsafe head's cross-validation: no n-grams, technique prompts as the options say. */
    BinaryModel fit(Data data, IntPredicate include, Group positive, String type, boolean withNeighbours, boolean withGenerated) {
        return fit(data, include, positive, new HeadSpec(type, withNeighbours, false, withGenerated, !noTechnique, false));
    }

    /**
     * Fits one head on the public prompts {@code include} accepts, plus our own (the generated unsafe and technique
     * prompts only if the spec says so).
     */
    BinaryModel fit(Data data, IntPredicate include, Group positive, HeadSpec spec) {
        List<float[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < data.prompts().size(); i++) {
            Prompt p = data.prompts().get(i);
            boolean in = switch (p.source()) {
                case "own", JailbreakExtras.SOURCE -> true;
                case "own-generated" -> spec.generated();
                case "own-technique" -> spec.technique();
                default -> include.test(i);
            };
            if (in && (p.group() == positive || p.group() == Group.BENIGN)) {
                x.add(row(data.rows().get(i), data.ngrams().get(i), spec));
                y.add(p.group() == positive);
            }
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        float[][] rows = x.toArray(new float[0][]);
        return switch (spec.type()) {
            case "logistic" -> LogisticRegression.train(rows, labels, epochs, positive == Group.JAILBREAK ? jailbreakL2 : l2);
            case "mlp" -> Mlp.train(rows, labels, new Mlp.Settings(hidden, epochs, mlpL2, 0.005, 0.85, 7));
            default -> throw new IllegalArgumentException("a head must be mlp or logistic, was '" + spec.type() + "'");
        };
    }

    /** A head's row: the base row (without its neighbour features unless wanted), then the n-grams if wanted. */
    static float[] row(float[] base, float[] grams, HeadSpec spec) {
        float[] b = cut(base, spec.neighbours());
        if (!spec.ngrams() || grams == null) {
            return b;
        }
        float[] all = java.util.Arrays.copyOf(b, b.length + grams.length);
        System.arraycopy(grams, 0, all, b.length, grams.length);
        return all;
    }

    /**
     * A head's score of prompt {@code i} as the guard computes it: 0 for a plain question (jailbreak head), else the
     * highest over the whole text and (if the spec reads views) its extra readings; segments count for the jailbreak
     * head only.
     */
    static double score(BinaryModel head, Data data, int i, HeadSpec spec, Category c) {
        if (c == Category.JAILBREAK && JailbreakGuard.plainQuestion(data.prompts().get(i).text())) {
            return 0;
        }
        double p = head.probability(row(data.rows().get(i), data.ngrams().get(i), spec));
        if (spec.views()) {
            for (Extra e : data.extras().get(i)) {
                if (e.readBy(c)) {
                    p = Math.max(p, head.probability(row(e.base(), e.ngrams(), spec)));
                }
            }
        }
        return p;
    }

    /** The row without its neighbour features, unless they are wanted. */
    static float[] cut(float[] row, boolean withNeighbours) {
        return withNeighbours ? row : java.util.Arrays.copyOf(row, row.length - JailbreakNeighbours.FEATURES);
    }

    /** Our own prompts, always in the fitting part; the generated ones have the source {@code own-generated}. */
    private static List<Prompt> own() {
        List<Prompt> out = new ArrayList<>();
        for (String resource : new java.util.TreeSet<>(OWN.keySet())) {
            String src = resource.endsWith("-unsafe.yaml") ? "own-generated" : resource.endsWith("-technique.yaml") ? "own-technique" : "own";
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
