package io.semanticrouter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semanticrouter.learn.LogisticRegression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small learned head that scores whether two questions ask the same thing from six cheap features: the
 * embedding similarity the cache compared with its threshold, four word-overlap measures and whether the word
 * rules accepted the pair. It is trained for one embedding model (the similarity means nothing for another) by
 * {@code tools/verifier/pair_model_cv.py}, on every labelled set it may read, and selected by
 * leave-one-writer-out cross-validation (docs/quality-verifier.md, "Pair model experiment").
 *
 * <p>The router uses it through {@link PairHeadHitVerifier}, to serve a candidate the word rules refused when
 * the head is confident it is a paraphrase. Immutable and thread-safe.
 */
public final class PairHead {

    static final String FORMAT = "semantic-router-pair-head/1";
    /** The feature names, in order, that a head file must declare. */
    static final List<String> FEATURES = List.of("similarity", "jaccard", "one_side_words", "length_ratio",
            "log_length", "rules_accept");
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The bundled heads read so far, by embedding model (empty: none ships for it). */
    private static final java.util.Map<String, java.util.Optional<PairHead>> BUNDLED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String embeddingModel;
    private final double threshold;
    private final LogisticRegression model;

    private PairHead(String embeddingModel, double threshold, LogisticRegression model) {
        this.embeddingModel = embeddingModel;
        this.threshold = threshold;
        this.model = model;
    }

    /**
     * The head shipped with the library for this embedding model, or empty when none is trained for it. Each
     * model's resource is read once per JVM; the head is immutable, so every router shares it.
     *
     * @param embeddingModel the embedder's {@code modelId()}
     * @return the bundled head, or empty
     */
    public static java.util.Optional<PairHead> bundledFor(String embeddingModel) {
        Objects.requireNonNull(embeddingModel, "embeddingModel must not be null");
        return BUNDLED.computeIfAbsent(embeddingModel, PairHead::load);
    }

    /**
     * The head the router puts behind its hit verifier when the application did not say: the bundled head for the
     * embedding model, but only behind the default word rules ({@link LexicalHitVerifier#defaults()}), since a
     * custom verifier's refusals are the application's to keep. The one place this default is decided.
     *
     * @param defaultRules   whether the verifier is the default word rules with nothing else scoring
     * @param embeddingModel the embedder's {@code modelId()}
     * @return the head to use, or empty for none
     */
    public static java.util.Optional<PairHead> byDefault(boolean defaultRules, String embeddingModel) {
        return defaultRules ? bundledFor(embeddingModel) : java.util.Optional.empty();
    }

    /**
     * The head shipped with the library for this embedding model ({@code Embedder.modelId()}).
     *
     * @throws IllegalArgumentException if no head was trained for that model
     */
    public static PairHead bundled(String embeddingModel) {
        return bundledFor(embeddingModel).orElseThrow(() -> new IllegalArgumentException(
                "no pair head is trained for the embedding model '" + embeddingModel + "' (one ships for all-minilm-l6-v2)"));
    }

    private static java.util.Optional<PairHead> load(String embeddingModel) {
        String name = "pair-head-" + embeddingModel + ".json";
        InputStream in = embeddingModel.matches("[A-Za-z0-9._-]+") ? PairHead.class.getResourceAsStream(name) : null;
        if (in == null) {
            return java.util.Optional.empty();
        }
        try (in) {
            return java.util.Optional.of(read(in, name, embeddingModel));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a head file and checks that it was trained for {@code embeddingModel}.
     *
     * @param source a name for the file in error messages
     * @throws IllegalArgumentException naming the source when it is not a head, its arrays do not fit, or it was
     *                                  trained for another embedding model
     * @throws UncheckedIOException     if it cannot be read
     */
    public static PairHead read(InputStream in, String source, String embeddingModel) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pair head " + source + ": " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(source + ": not a pair head (format must be " + FORMAT + ")");
        }
        String trainedFor = root.path("embedding_model").asText();
        if (!trainedFor.equals(embeddingModel)) {
            throw new IllegalArgumentException(source + ": trained for the embedding model '" + trainedFor
                    + "', not '" + embeddingModel + "'");
        }
        List<String> names = new ArrayList<>();
        root.path("features").forEach(n -> names.add(n.asText()));
        if (!names.equals(FEATURES)) {
            throw new IllegalArgumentException(source + ": features must be " + FEATURES + ", were " + names);
        }
        double threshold = root.path("threshold").asDouble(Double.NaN);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(source + ": threshold must be in (0, 1), was " + root.get("threshold"));
        }
        try {
            return new PairHead(trainedFor, threshold, LogisticRegression.of(floats(root, "mean", source),
                    floats(root, "scale", source), floats(root, "weights", source), (float) root.path("bias").asDouble()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static float[] floats(JsonNode root, String key, String source) {
        JsonNode a = root.get(key);
        if (a == null || !a.isArray() || a.size() != FEATURES.size()) {
            throw new IllegalArgumentException(source + ": " + key + " must be an array of " + FEATURES.size()
                    + " numbers");
        }
        float[] out = new float[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException(source + ": " + key + "[" + i + "] is not a number");
            }
            out[i] = (float) a.get(i).asDouble();
        }
        return out;
    }

    /** The embedding model the head was trained for. */
    public String embeddingModel() {
        return embeddingModel;
    }

    /** The score from which the head calls a pair the same question, chosen on its training sets. */
    public double threshold() {
        return threshold;
    }

    /**
     * The probability that the two questions ask the same thing.
     *
     * @param similarity  the cosine of the two questions' embeddings (of the embedding model the head is for)
     * @param rulesAccept whether the word rules accepted the pair
     * @throws NullPointerException if a question is null
     */
    public double score(String cachedQuestion, String newQuestion, double similarity, boolean rulesAccept) {
        return model.probability(features(cachedQuestion, newQuestion, similarity, rulesAccept));
    }

    /** The feature row, in the order of {@link #FEATURES}; the same as the training script computes. */
    static float[] features(String a, String b, double similarity, boolean rulesAccept) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        Set<String> sa = new HashSet<>(wa);
        Set<String> sb = new HashSet<>(wb);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        double u = Math.max(1, union.size());
        int oneSide = union.size() - common.size();
        return new float[]{(float) similarity, (float) (common.size() / u), (float) (oneSide / u),
            (float) Math.min(wa.size(), wb.size()) / Math.max(1, Math.max(wa.size(), wb.size())),
            (float) Math.log1p(wa.size() + wb.size()), rulesAccept ? 1f : 0f};
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(Objects.requireNonNull(text, "question must not be null").toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
