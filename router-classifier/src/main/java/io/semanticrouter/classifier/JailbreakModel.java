package io.semanticrouter.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.learn.LogisticRegression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The learned signal of {@link JailbreakGuard}: per category (jailbreak technique, unsafe content), a logistic
 * regression over the query's embedding plus a few lexical features (length, second-person address,
 * override and harm vocabulary, question form), with the threshold chosen when it was trained. The shipped model
 * ({@link #shipped()}) was trained on public jailbreak and benign sets over all-MiniLM-L6-v2 by
 * {@code bin/router-eval train-jailbreak}; see {@code docs/quality-jailbreak.md}. Immutable and thread-safe.
 */
public final class JailbreakModel {

    private static final String SHIPPED = "jailbreak-model.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern OVERRIDE = Pattern.compile("\\b(?:ignore|disregard|forget|pretend|roleplay|role-play|rules"
            + "|restrictions|filters?|unfiltered|uncensored|character|persona|mode|policy|policies|guidelines|jailbreak"
            + "|instructions|never|refuse|anything)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HARM = Pattern.compile("\\b(?:bomb|explosive|weapon|gun|kill|murder|poison|drug|meth"
            + "|hack|steal|malware|virus|ransomware|phishing|fraud|launder|attack|illegal|weapons|harm|abuse)\\w*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WH = Pattern.compile("^\\s*(?:what|why|how|when|where|which|who|is|are|can|does|do)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Number of lexical features after the embedding. */
    static final int LEXICAL = 6;

    private final String embedder;
    private final Map<Category, LogisticRegression> heads;
    private final Map<Category, Double> thresholds;

    private JailbreakModel(String embedder, Map<Category, LogisticRegression> heads, Map<Category, Double> thresholds) {
        this.embedder = embedder;
        this.heads = Map.copyOf(heads);
        this.thresholds = Map.copyOf(thresholds);
    }

    /** The shipped model, or {@code null} when the resource is absent (a build without it). */
    static JailbreakModel shippedIfPresent() {
        return JailbreakModel.class.getResource(SHIPPED) == null ? null : Shipped.MODEL;
    }

    /** Loads the shipped model once. */
    private static final class Shipped {
        static final JailbreakModel MODEL = load();

        private static JailbreakModel load() {
            try (InputStream in = JailbreakModel.class.getResourceAsStream(SHIPPED)) {
                return read(JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SHIPPED, e);
            }
        }
    }

    /** The model shipped with the library (for all-MiniLM-L6-v2 embeddings). */
    public static JailbreakModel shipped() {
        JailbreakModel m = shippedIfPresent();
        if (m == null) {
            throw new IllegalStateException("resource " + SHIPPED + " is missing from the classpath");
        }
        return m;
    }

    /**
     * A model written by {@link #write}.
     *
     * @throws IllegalArgumentException if the file is not such a model
     */
    public static JailbreakModel read(Path file) {
        try {
            return read(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JailbreakModel read(JsonNode root) {
        Map<Category, LogisticRegression> heads = new EnumMap<>(Category.class);
        Map<Category, Double> thresholds = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            JsonNode h = root.path(c.key());
            if (h.isMissingNode()) {
                continue;
            }
            heads.put(c, LogisticRegression.of(floats(h.get("mean")), floats(h.get("scale")), floats(h.get("weights")),
                    (float) h.get("bias").asDouble()));
            thresholds.put(c, h.get("threshold").asDouble());
        }
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("a jailbreak model needs at least one of " + List.of(Category.values()));
        }
        return new JailbreakModel(root.path("embedder").asText(""), heads, thresholds);
    }

    /**
     * A model from trained heads.
     *
     * @param embedder   the embedding model the heads were trained on (for the file; not checked)
     * @param heads      one regression per category, over {@link #features} rows
     * @param thresholds the probability from which each head blocks, in (0, 1)
     */
    public static JailbreakModel of(String embedder, Map<Category, LogisticRegression> heads, Map<Category, Double> thresholds) {
        Objects.requireNonNull(embedder, "embedder");
        for (Category c : heads.keySet()) {
            double t = thresholds.getOrDefault(c, Double.NaN);
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("threshold of " + c.key() + " must be in (0, 1), was " + t);
            }
        }
        return new JailbreakModel(embedder, heads, thresholds);
    }

    /** Writes the model as JSON. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("embedder", embedder);
        root.put("features", "embedding + [log length, you-share, override words, harm words, ends with ?, starts with wh-word]");
        heads.forEach((c, lr) -> {
            ObjectNode h = root.putObject(c.key());
            h.put("threshold", thresholds.get(c));
            h.put("bias", lr.bias());
            put(h.putArray("mean"), lr.mean());
            put(h.putArray("scale"), lr.scale());
            put(h.putArray("weights"), lr.weights());
        });
        try {
            Files.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The feature row for a text and its embedding: the vector, then the lexical features. */
    public static float[] features(String text, float[] embedding) {
        float[] f = new float[embedding.length + LEXICAL];
        System.arraycopy(embedding, 0, f, 0, embedding.length);
        int words = 0;
        int you = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            you += w.equals("you") || w.equals("your") || w.equals("you're") || w.equals("yourself") ? 1 : 0;
        }
        int d = embedding.length;
        f[d] = (float) Math.log1p(text.length());
        f[d + 1] = words == 0 ? 0 : (float) you / words;
        f[d + 2] = (float) Math.log1p(OVERRIDE.matcher(text).results().count());
        f[d + 3] = (float) Math.log1p(HARM.matcher(text).results().count());
        f[d + 4] = text.strip().endsWith("?") ? 1 : 0;
        f[d + 5] = WH.matcher(text).find() ? 1 : 0;
        return f;
    }

    /** The embedding width the heads expect. */
    public int dimension() {
        return heads.values().iterator().next().width() - LEXICAL;
    }

    /** The categories this model has a head for. */
    public java.util.Set<Category> categories() {
        return heads.keySet();
    }

    /** The head's probability for {@code category}, or 0 if it has none. */
    public double probability(Category category, float[] features) {
        LogisticRegression lr = heads.get(category);
        return lr == null ? 0 : lr.probability(features);
    }

    /** The threshold chosen for {@code category} at training time. */
    public double threshold(Category category) {
        return thresholds.getOrDefault(category, 1.0);
    }

    private static float[] floats(JsonNode a) {
        float[] f = new float[a.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) a.get(i).asDouble();
        }
        return f;
    }

    private static void put(ArrayNode a, float[] values) {
        for (float v : values) {
            a.add(v);
        }
    }
}
