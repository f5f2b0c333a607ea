package io.semanticrouter.classifier;

import io.semanticrouter.Embedding;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import io.semanticrouter.learn.LogisticRegression;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a question to the strong model only when the weak one is likely to get it wrong while the strong
 * one gets it right. Learned from per-prompt correctness of the two models (RouteLLM-style data): a
 * {@link LogisticRegression} on the router's embedding plus cheap text features (length, digits, code, math
 * and multi-step markers, answer options) estimates the chance that the strong model wins; the threshold is
 * set so that a chosen share of the training prompts goes to the strong model ({@link #train}'s
 * {@code strongShare}).
 *
 * <p>Immutable and thread-safe. The decision's category is {@code "hard"} or {@code "easy"}.
 */
public final class StrongWeakSelector implements ModelSelector, ComplexitySignal {

    private static final Pattern CODE = Pattern.compile("```|\\bdef |\\bclass |\\bfunction\\b|[{};]\\s*$|#include|\\breturn\\b",
            Pattern.MULTILINE);
    private static final Pattern MATH = Pattern.compile("[=+*/^<>≤≥√∑∫]|\\b(solve|calculate|compute|integral|derivative|equation|probability|prove)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEPS = Pattern.compile("\\b(step|first|then|after that|finally|explain why|derive|justify|each|total)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTIONS = Pattern.compile("^\\s*[A-D][.)]\\s", Pattern.MULTILINE);

    private final String weak;
    private final String strong;
    private final LogisticRegression model;
    private final double threshold;

    private StrongWeakSelector(String weak, String strong, LogisticRegression model, double threshold) {
        this.weak = weak;
        this.strong = strong;
        this.model = model;
        this.threshold = threshold;
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
        public Example {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(embedding, "embedding");
        }
    }

    /**
     * Trains a router.
     *
     * @param weakModel   the cheap model's registered name
     * @param strongModel the strong model's registered name
     * @param examples    prompts with both models' correctness; some must be won by the strong model alone
     * @param strongShare the share of the training prompts to send to the strong model, in (0, 1)
     * @throws IllegalArgumentException if a setting is out of range or the strong model never wins alone
     */
    public static StrongWeakSelector train(String weakModel, String strongModel, List<Example> examples, double strongShare) {
        Objects.requireNonNull(weakModel, "weakModel");
        Objects.requireNonNull(strongModel, "strongModel");
        if (weakModel.equals(strongModel)) {
            throw new IllegalArgumentException("weak and strong model must differ, both were '" + weakModel + "'");
        }
        if (!(strongShare > 0 && strongShare < 1)) {
            throw new IllegalArgumentException("strongShare must be in (0, 1), was " + strongShare);
        }
        float[][] x = new float[examples.size()][];
        boolean[] y = new boolean[examples.size()];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            x[i] = features(e.text(), e.embedding());
            y[i] = e.strongCorrect() && !e.weakCorrect();
        }
        LogisticRegression lr;
        try {
            lr = LogisticRegression.train(x, y, 6, 1e-3);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("cannot learn from " + examples.size() + " prompts: " + ex.getMessage(), ex);
        }
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = lr.probability(x[i]);
        }
        Arrays.sort(scores);
        double threshold = scores[Math.min(scores.length - 1, (int) Math.floor((1 - strongShare) * scores.length))];
        return new StrongWeakSelector(weakModel, strongModel, lr, threshold);
    }

    /** The estimated chance that the strong model answers correctly where the weak one fails. */
    public double score(String text, Embedding embedding) {
        return model.probability(features(text, embedding));
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

    /** This router with another threshold (e.g. calibrated on other data). */
    public StrongWeakSelector withThreshold(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + t);
        }
        return new StrongWeakSelector(weak, strong, model, t);
    }

    @Override
    public RouteDecision select(RequestContext context) {
        double s = score(context.query(), context.embedding());
        boolean hard = s >= threshold;
        return new RouteDecision(hard ? "hard" : "easy", hard ? s : 1 - s, hard ? List.of(strong, weak) : List.of(weak, strong),
                String.format(Locale.ROOT, "strong-model gain %.3f %s %.3f -> %s", s, hard ? ">=" : "<", threshold,
                        hard ? strong : weak));
    }

    @Override
    public Set<String> modelNames() {
        return Set.of(weak, strong);
    }

    /** The embedding followed by cheap text features. */
    static float[] features(String text, Embedding embedding) {
        float[] v = embedding.vector();
        float[] f = Arrays.copyOf(v, v.length + 8);
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
