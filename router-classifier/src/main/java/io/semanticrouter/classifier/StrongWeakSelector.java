package io.semanticrouter.classifier;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import io.semanticrouter.learn.LogisticRegression;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a question to the strong model only when the weak one is likely to get it wrong while the strong
 * one gets it right. Learned from per-prompt correctness of the two models (RouteLLM-style data): a
 * {@link LogisticRegression} on the router's embedding plus cheap text features (length, digits, code, math
 * and multi-step markers, answer options) estimates the chance that the strong model wins; optionally a second
 * one estimates the chance that the weak model wins, and the score is the difference. The threshold is set so
 * that a chosen share of the training prompts goes to the strong model ({@link Settings#strongShare()}).
 *
 * <p>When it scores, each feature is held within {@link #MAX_Z} standard deviations of its training mean. A
 * feature that barely varies in training (every MMLU prompt lists four answer options) would otherwise put a
 * prompt unlike the training data (a chat question lists none) hundreds of deviations away, and that one feature
 * would decide its score.
 *
 * <p>A trained selector is saved with {@link #write(OutputStream, String)} to a small versioned JSON file that
 * also names the embedder it was trained with, and loaded with {@link #read(InputStream, Embedder)}, which refuses
 * a file from another embedder. {@link #routeLlmMmlu(Embedder)} loads the shipped model, trained on the RouteLLM
 * MMLU responses.
 *
 * <p>Immutable and thread-safe. The decision's category is {@code "hard"} or {@code "easy"}.
 */
public final class StrongWeakSelector implements ModelSelector, ComplexitySignal {

    /** The class-path resource of the shipped model trained on RouteLLM's MMLU responses. */
    public static final String ROUTELLM_MMLU_RESOURCE = "/io/semanticrouter/classifier/routellm-mmlu-complexity.json";

    /** Names of the text features that follow the embedding, in order. */
    public static final List<String> TEXT_FEATURES = List.of("log_chars", "log_words", "digit_share", "code_markers",
            "math_markers", "step_markers", "answer_options", "question_marks");

    private static final Pattern CODE = Pattern.compile("```|\\bdef |\\bclass |\\bfunction\\b|[{};]\\s*$|#include|\\breturn\\b",
            Pattern.MULTILINE);
    private static final Pattern MATH = Pattern.compile("[=+*/^<>≤≥√∑∫]|\\b(solve|calculate|compute|integral|derivative|equation|probability|prove)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEPS = Pattern.compile("\\b(step|first|then|after that|finally|explain why|derive|justify|each|total)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTIONS = Pattern.compile("^\\s*[A-D][.)]\\s", Pattern.MULTILINE);

    private final String weak;
    private final String strong;
    private final LogisticRegression strongWins;
    private final LogisticRegression weakWins; // null: score is the strong-wins probability alone
    private final double threshold;
    private final double strongShare;
    private final TrainedOn trainedOn;
    private final float[][] strongBounds; // low and high feature values the strong-wins model reads
    private final float[][] weakBounds;   // the same for the weak-wins model, or null

    /**
     * How far from its training mean, in training standard deviations, a feature may lie when a prompt is scored;
     * beyond it the feature is held at the bound.
     */
    public static final double MAX_Z = 4;

    private StrongWeakSelector(String weak, String strong, LogisticRegression strongWins, LogisticRegression weakWins,
                               double threshold, double strongShare, TrainedOn trainedOn) {
        this.weak = weak;
        this.strong = strong;
        this.strongWins = strongWins;
        this.weakWins = weakWins;
        this.threshold = threshold;
        this.strongShare = strongShare;
        this.trainedOn = trainedOn;
        this.strongBounds = bounds(strongWins);
        this.weakBounds = weakWins == null ? null : bounds(weakWins);
    }

    /** The lowest and highest value of each feature the model is given: mean -/+ {@link #MAX_Z} deviations. */
    private static float[][] bounds(LogisticRegression model) {
        float[] mean = model.mean();
        float[] scale = model.scale();
        float[][] out = new float[2][mean.length];
        for (int i = 0; i < mean.length; i++) {
            out[0][i] = (float) (mean[i] - MAX_Z * scale[i]);
            out[1][i] = (float) (mean[i] + MAX_Z * scale[i]);
        }
        return out;
    }

    /** The row with each feature held within the bounds (a copy; the row is not changed). */
    private static float[] held(float[] row, float[][] bounds) {
        float[] out = new float[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = Math.max(bounds[0][i], Math.min(bounds[1][i], row[i]));
        }
        return out;
    }

    /**
     * One training prompt.
     *
     * @param text          the prompt
     * @param embedding     its embedding (the router's embedder)
     * @param weakCorrect   whether the weak model answered it correctly
     * @param strongCorrect whether the strong model did
     */
    public record Example(String text, Embedding embedding, boolean weakCorrect, boolean strongCorrect) {
        /** Checks that text and embedding are given. */
        public Example {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(embedding, "embedding");
        }
    }

    /**
     * The embedder a model was trained with: a file loads only for an embedder with the same id and dimension.
     *
     * @param modelId   the embedder's {@link Embedder#modelId()}
     * @param dimension its {@link Embedder#dimension()}
     */
    public record TrainedOn(String modelId, int dimension) {
        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if the id is blank or the dimension not positive
         */
        public TrainedOn {
            if (modelId == null || modelId.isBlank()) {
                throw new IllegalArgumentException("embedder model id must not be blank");
            }
            if (dimension < 1) {
                throw new IllegalArgumentException("embedder dimension must be positive, was " + dimension);
            }
        }

        /** The id and dimension of {@code embedder}. */
        public static TrainedOn of(Embedder embedder) {
            Objects.requireNonNull(embedder, "embedder");
            return new TrainedOn(embedder.modelId(), embedder.dimension());
        }

        @Override
        public String toString() {
            return "'" + modelId + "' (" + dimension + " dimensions)";
        }
    }

    /**
     * How to train.
     *
     * @param strongShare    the share of the training prompts to send to the strong model, in (0, 1)
     * @param epochs         passes over the data, at least 1
     * @param l2             L2 penalty, at least 0
     * @param weakWinsModel  whether to learn a second model of "the weak model is right and the strong one wrong" and
     *                       score the difference of the two probabilities (otherwise: the strong-wins probability)
     * @param bags           how many models to average into each one that is kept, 1 to {@value #MAX_BAGS}: with 1 a
     *                       model is trained once on the examples; with more, bag b (from 0) is trained with Adam
     *                       shuffle seed {@code 42 + b} (on a bootstrap resample drawn with seed {@code b}, if
     *                       {@code bootstrap}) and the bags' logits are averaged into one weight vector
     *                       ({@link LogisticRegression#average}), so the file and the cost of a score stay as they are
     * @param bootstrap      whether each bag is trained on a bootstrap resample of the examples (otherwise on all of
     *                       them, in another order); ignored with one bag
     */
    public record Settings(double strongShare, int epochs, double l2, boolean weakWinsModel, int bags, boolean bootstrap) {

        /** The largest number of bags. */
        public static final int MAX_BAGS = 1000;

        /**
         * Checks the ranges.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public Settings {
            if (!(strongShare > 0 && strongShare < 1)) {
                throw new IllegalArgumentException("strongShare must be in (0, 1), was " + strongShare);
            }
            if (epochs < 1 || !(l2 >= 0)) {
                throw new IllegalArgumentException("epochs must be >= 1 and l2 >= 0, were " + epochs + " and " + l2);
            }
            if (bags < 1 || bags > MAX_BAGS) {
                throw new IllegalArgumentException("bags must be in [1, " + MAX_BAGS + "], was " + bags);
            }
        }

        /** One model, trained once (no bags). */
        public Settings(double strongShare, int epochs, double l2, boolean weakWinsModel) {
            this(strongShare, epochs, l2, weakWinsModel, 1, false);
        }

        /** A strong share of 0.3, 6 epochs, L2 0.001, one model (strong wins). */
        public static Settings defaults() {
            return new Settings(0.3, 6, 1e-3, false);
        }

        /** These settings with another strong share. */
        public Settings withStrongShare(double share) {
            return new Settings(share, epochs, l2, weakWinsModel, bags, bootstrap);
        }

        /**
         * These settings with another number of bags.
         *
         * @throws IllegalArgumentException if {@code count} is not in [1, {@value #MAX_BAGS}]
         */
        public Settings withBags(int count, boolean resample) {
            return new Settings(strongShare, epochs, l2, weakWinsModel, count, resample);
        }
    }

    /**
     * Trains a router with the {@link Settings#defaults() default settings} and the given strong share. It
     * records an embedder id of {@code "unknown"}, so a file it writes loads only for such an embedder: use
     * {@link #train(String, String, List, Settings, Embedder)} for a model to save.
     *
     * @param weakModel   the cheap model's registered name
     * @param strongModel the strong model's registered name
     * @param examples    prompts with both models' correctness; some must be won by the strong model alone
     * @param strongShare the share of the training prompts to send to the strong model, in (0, 1)
     * @throws IllegalArgumentException if a setting is out of range or the strong model never wins alone
     */
    public static StrongWeakSelector train(String weakModel, String strongModel, List<Example> examples, double strongShare) {
        Objects.requireNonNull(examples, "examples");
        int dimension = examples.isEmpty() ? 1 : examples.get(0).embedding().dimension();
        return train(weakModel, strongModel, examples, Settings.defaults().withStrongShare(strongShare),
                new TrainedOn("unknown", dimension));
    }

    /**
     * Trains a router on embeddings made by {@code embedder}, which the router (and its file) records.
     *
     * @param weakModel   the cheap model's registered name
     * @param strongModel the strong model's registered name
     * @param examples    prompts with both models' correctness, embedded by {@code embedder}
     * @param settings    how to train
     * @param embedder    the embedder that made the examples' embeddings
     * @throws IllegalArgumentException if a name is missing, an embedding has another dimension than the embedder,
     *                                  or a class the models learn never occurs
     */
    public static StrongWeakSelector train(String weakModel, String strongModel, List<Example> examples,
                                           Settings settings, Embedder embedder) {
        return train(weakModel, strongModel, examples, settings, TrainedOn.of(embedder));
    }

    private static StrongWeakSelector train(String weakModel, String strongModel, List<Example> examples,
                                            Settings settings, TrainedOn trainedOn) {
        checkNames(weakModel, strongModel);
        Objects.requireNonNull(settings, "settings");
        float[][] x = new float[examples.size()][];
        boolean[] wins = new boolean[x.length];
        boolean[] losses = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            if (e.embedding().dimension() != trainedOn.dimension()) {
                throw new IllegalArgumentException("example " + i + " has an embedding of dimension "
                        + e.embedding().dimension() + ", but the embedder " + trainedOn + " was given");
            }
            x[i] = features(e.text(), e.embedding());
            wins[i] = e.strongCorrect() && !e.weakCorrect();
            losses[i] = e.weakCorrect() && !e.strongCorrect();
        }
        LogisticRegression up = bagged(x, wins, settings, "strong-wins");
        LogisticRegression down = settings.weakWinsModel() ? bagged(x, losses, settings, "weak-wins") : null;
        StrongWeakSelector unset = new StrongWeakSelector(weakModel, strongModel, up, down, 0, settings.strongShare(),
                trainedOn);
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = unset.score(x[i]);
        }
        Arrays.sort(scores);
        double threshold = scores[Math.min(scores.length - 1, (int) Math.floor((1 - settings.strongShare()) * scores.length))];
        return new StrongWeakSelector(weakModel, strongModel, up, down, threshold, settings.strongShare(), trainedOn);
    }

    /** One model, or the average of {@link Settings#bags()} models (see there for the seeds). */
    static LogisticRegression bagged(float[][] x, boolean[] y, Settings s, String what) {
        if (s.bags() == 1) {
            return fit(x, y, s, LogisticRegression.DEFAULT_SEED, what);
        }
        List<LogisticRegression> bags = new ArrayList<>(s.bags());
        for (int b = 0; b < s.bags(); b++) {
            float[][] xb = x;
            boolean[] yb = y;
            if (s.bootstrap()) {
                Random rnd = new Random(b);
                xb = new float[x.length][];
                yb = new boolean[x.length];
                for (int i = 0; i < x.length; i++) {
                    int k = rnd.nextInt(x.length);
                    xb[i] = x[k];
                    yb[i] = y[k];
                }
            }
            bags.add(fit(xb, yb, s, LogisticRegression.DEFAULT_SEED + b, what + " (bag " + b + ")"));
        }
        return LogisticRegression.average(bags);
    }

    private static LogisticRegression fit(float[][] x, boolean[] y, Settings s, long seed, String what) {
        try {
            return LogisticRegression.train(x, y, s.epochs(), s.l2(), seed);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("cannot learn the " + what + " model from " + x.length + " prompts: "
                    + ex.getMessage(), ex);
        }
    }

    static void checkNames(String weakModel, String strongModel) {
        Objects.requireNonNull(weakModel, "weakModel");
        Objects.requireNonNull(strongModel, "strongModel");
        if (weakModel.equals(strongModel)) {
            throw new IllegalArgumentException("weak and strong model must differ, both were '" + weakModel + "'");
        }
    }

    /** A router from its parts, as {@link StrongWeakFile} reads them (checked there). */
    static StrongWeakSelector of(String weak, String strong, LogisticRegression strongWins, LogisticRegression weakWins,
                                 double threshold, double strongShare, TrainedOn trainedOn) {
        return new StrongWeakSelector(weak, strong, strongWins, weakWins, threshold, strongShare, trainedOn);
    }

    /**
     * The model a configuration names (YAML {@code complexity.model}, the starter's
     * {@code semantic-router.complexity.model}): {@code routellm-mmlu} for the shipped one, otherwise a model file.
     *
     * @param model    {@code routellm-mmlu} or a path, as written in the configuration
     * @param resolve  turns the path into a file (relative to the configuration's directory, say)
     * @param embedder the router's embedder, or null to check only the file itself
     * @return the model, or null when the shipped one is named and no embedder is given
     * @throws IllegalArgumentException if the value is blank, or the file is missing, unreadable, not a model of
     *                                  this format, or was made with another embedder (both named)
     * @throws UncheckedIOException     if the shipped model's resource cannot be read
     */
    public static StrongWeakSelector named(String model, java.util.function.Function<String, java.nio.file.Path> resolve,
                                           Embedder embedder) {
        Objects.requireNonNull(model, "model must not be null");
        if (model.isBlank()) {
            throw new IllegalArgumentException("must be " + ROUTELLM_MMLU + " or a complexity model file, was blank");
        }
        if (model.equals(ROUTELLM_MMLU)) {
            return embedder == null ? null : routeLlmMmlu(embedder);
        }
        java.nio.file.Path file = resolve.apply(model);
        return embedder == null ? load(file) : load(file, embedder);
    }

    /** The name of the shipped model in configurations ({@link #routeLlmMmlu}). */
    public static final String ROUTELLM_MMLU = "routellm-mmlu";

    /**
     * The shipped model, trained on the training half of RouteLLM's MMLU responses (see
     * {@code docs/evaluation.md} for the command and its held-out APGR), for an all-MiniLM-L6-v2 embedder such as
     * {@code OnnxEmbedder.allMiniLmL6V2()}. Its model names are {@code weak} and {@code strong}; as a
     * {@link ComplexitySignal} they do not matter.
     *
     * @throws IllegalArgumentException if the embedder is not the one the model was trained with
     */
    public static StrongWeakSelector routeLlmMmlu(Embedder embedder) {
        Objects.requireNonNull(embedder, "embedder");
        try (InputStream in = StrongWeakSelector.class.getResourceAsStream(ROUTELLM_MMLU_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("class-path resource " + ROUTELLM_MMLU_RESOURCE + " is missing");
            }
            return StrongWeakFile.read(in, "routellm-mmlu", embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROUTELLM_MMLU_RESOURCE, e);
        }
    }

    /**
     * Reads a model file written by {@link #write(OutputStream, String)} and checks that it was trained with
     * {@code embedder}.
     *
     * @throws IllegalArgumentException if the file is not such a model, has another format version, has a shape
     *                                  that does not fit, or was trained with another embedder (both are named)
     * @throws IOException              if the stream cannot be read or is not JSON
     */
    public static StrongWeakSelector read(InputStream in, Embedder embedder) throws IOException {
        return StrongWeakFile.read(in, "complexity model", Objects.requireNonNull(embedder, "embedder"));
    }

    /**
     * Reads a model file without checking the embedder (for tools that only inspect it).
     *
     * @throws IllegalArgumentException if the file is not such a model, has another format version or a wrong shape
     * @throws IOException              if the stream cannot be read or is not JSON
     */
    public static StrongWeakSelector read(InputStream in) throws IOException {
        return StrongWeakFile.read(in, "complexity model", null);
    }

    /**
     * Loads a model file and checks that it was trained with {@code embedder}.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable, not such a model, of another format
     *                                  version or shape, or from another embedder; the message names the file
     */
    public static StrongWeakSelector load(Path file, Embedder embedder) {
        return load(file, Objects.requireNonNull(embedder, "embedder"), true);
    }

    /**
     * Loads a model file without checking the embedder (for tools and validation that have none at hand).
     *
     * @throws IllegalArgumentException if the file is missing, unreadable, not such a model, or of another format
     *                                  version or shape; the message names the file
     */
    public static StrongWeakSelector load(Path file) {
        return load(file, null, false);
    }

    private static StrongWeakSelector load(Path file, Embedder embedder, boolean check) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such complexity model file (write one with router-eval"
                    + " cost-quality --save, or use the shipped routellm-mmlu)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return StrongWeakFile.read(in, file.toString(), check ? embedder : null);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read a complexity model: " + e.getMessage(), e);
        }
    }

    /**
     * Writes this model as versioned JSON ({@link StrongWeakFile#FORMAT_VERSION}): the embedder it was trained with,
     * the feature names and count, the threshold, the strong share, and each logistic model's standardisation and
     * weights.
     *
     * @param note how the model was made (e.g. the command), or null
     */
    public void write(OutputStream out, String note) throws IOException {
        StrongWeakFile.write(this, out, note);
    }

    /**
     * Saves this model to a file ({@link #write}), which {@link #load(Path, Embedder)} reads back. The file is
     * written beside its target and then moved over it, so a failed save leaves any earlier file whole.
     *
     * @param note how the model was made (e.g. the command), or null
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public void save(Path file, String note) {
        Objects.requireNonNull(file, "file must not be null");
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(out, note);
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot save the complexity model: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed; a leftover temporary file is harmless
                }
            }
        }
    }

    /** The score of a feature row: the strong-wins probability, less the weak-wins probability if learned. */
    private double score(float[] row) {
        if (row.length != strongBounds[0].length) {
            throw new IllegalArgumentException("expected " + strongBounds[0].length + " features, got " + row.length);
        }
        double s = strongWins.probability(held(row, strongBounds));
        return weakWins == null ? s : s - weakWins.probability(held(row, weakBounds));
    }

    /**
     * How much the strong model is expected to gain on the question: the estimated chance that it answers correctly
     * where the weak one fails, less (with {@link Settings#weakWinsModel()}) the chance of the reverse.
     *
     * @throws IllegalArgumentException if the embedding's dimension is not the one the model was trained with
     */
    public double score(String text, Embedding embedding) {
        if (embedding.dimension() != trainedOn.dimension()) {
            throw new IllegalArgumentException("embedding dimension " + embedding.dimension() + " does not match the"
                    + " complexity model's embedder " + trainedOn);
        }
        return score(features(text, embedding));
    }

    /** Whether the question would go to the strong model. */
    @Override
    public boolean hard(String text, Embedding embedding) {
        return score(text, embedding) >= threshold;
    }

    /** The score from which questions go to the strong model. */
    public double threshold() {
        return threshold;
    }

    /** The share of the training prompts the threshold sends to the strong model. */
    public double strongShare() {
        return strongShare;
    }

    /** The embedder the model was trained with. */
    public TrainedOn trainedOn() {
        return trainedOn;
    }

    /** The cheap model's name. */
    public String weakModel() {
        return weak;
    }

    /** The strong model's name. */
    public String strongModel() {
        return strong;
    }

    /** The strong-wins model. */
    LogisticRegression strongWinsModel() {
        return strongWins;
    }

    /** The weak-wins model, or null. */
    LogisticRegression weakWinsModel() {
        return weakWins;
    }

    /**
     * This router with another threshold (e.g. calibrated on other data).
     *
     * @throws IllegalArgumentException unless in [-1, 1] (scores lie in [0, 1], or [-1, 1] with a weak-wins model)
     */
    public StrongWeakSelector withThreshold(double t) {
        if (!(t >= -1 && t <= 1)) {
            throw new IllegalArgumentException("threshold must be in [-1, 1], was " + t);
        }
        return new StrongWeakSelector(weak, strong, strongWins, weakWins, t, strongShare, trainedOn);
    }

    @Override
    public RouteDecision select(RequestContext context) {
        double s = score(context.query(), context.embedding());
        boolean hard = s >= threshold;
        double confidence = Math.min(1, Math.max(0, hard ? s : 1 - s));
        return new RouteDecision(hard ? "hard" : "easy", confidence, hard ? List.of(strong, weak) : List.of(weak, strong),
                String.format(Locale.ROOT, "strong-model gain %.3f %s %.3f -> %s", s, hard ? ">=" : "<", threshold,
                        hard ? strong : weak));
    }

    @Override
    public Set<String> modelNames() {
        return Set.of(weak, strong);
    }

    @Override
    public String toString() {
        return "StrongWeakSelector[" + weak + " / " + strong + ", threshold " + threshold + ", trained on " + trainedOn
                + "]";
    }

    /** The feature names of a model over embeddings of {@code dimension}: the embedding, then {@link #TEXT_FEATURES}. */
    static List<String> featureNames(int dimension) {
        List<String> names = new ArrayList<>();
        names.add("embedding[" + dimension + "]");
        names.addAll(TEXT_FEATURES);
        return names;
    }

    /** The embedding followed by cheap text features. */
    static float[] features(String text, Embedding embedding) {
        float[] v = embedding.vector();
        float[] f = Arrays.copyOf(v, v.length + TEXT_FEATURES.size());
        int n = v.length;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        f[n] = (float) Math.log1p(text.length());
        f[n + 1] = (float) Math.log1p(text.split("\\s+").length);
        f[n + 2] = text.isEmpty() ? 0 : (float) digits / text.length();
        f[n + 3] = count(CODE, text);
        f[n + 4] = count(MATH, text);
        f[n + 5] = count(STEPS, text);
        f[n + 6] = count(OPTIONS, text);
        f[n + 7] = text.chars().filter(c -> c == '?').count();
        return f;
    }

    private static float count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int c = 0;
        while (m.find() && c < 50) {
            c++;
        }
        return c;
    }
}
