package io.semanticrouter.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.learn.BinaryModel;
import io.semanticrouter.learn.LogisticRegression;
import io.semanticrouter.learn.Mlp;

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
 * The learned signal of {@link JailbreakGuard}: per category (jailbreak technique, unsafe content), a head (a
 * logistic regression or a one-hidden-layer {@link Mlp}) over the query's embedding plus a few lexical features
 * (length, second-person address, override and harm vocabulary, question form), when the model has them,
 * nearest-exemplar features ({@link JailbreakNeighbours}), and, for heads that use them, hashed character n-grams
 * of the normalised text (language- and script-independent), with the threshold chosen when it was trained. A
 * text is read in several {@linkplain #views views}: as written, normalised (when an obfuscation was undone) and,
 * for long or multi-line texts, sentence by sentence, so an instruction hidden in pasted content is judged on its
 * own. The
 * file is versioned ({@value #FORMAT}); a file of another format is refused with an error that says so. The shipped model
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
    public static final int LEXICAL = 6;
    /**
     * The file format this class reads and writes (1: logistic heads only, without a format field; 2: without
     * n-gram features; 3: a head's width says whether it reads the {@code ngram_buckets} n-gram features).
     */
    public static final int FORMAT = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String embedder;
    private final Map<Category, BinaryModel> heads;
    private final Map<Category, Double> thresholds;
    private final JailbreakNeighbours neighbours;
    private final int ngramBuckets;

    private JailbreakModel(String embedder, Map<Category, BinaryModel> heads, Map<Category, Double> thresholds,
                           JailbreakNeighbours neighbours, int ngramBuckets) {
        this.embedder = embedder;
        this.heads = Map.copyOf(heads);
        this.thresholds = Map.copyOf(thresholds);
        this.neighbours = neighbours;
        this.ngramBuckets = ngramBuckets;
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
        JsonNode format = root.path("format");
        if (!format.isInt() || format.asInt() != FORMAT) {
            throw new IllegalArgumentException("unsupported jailbreak model format " + (format.isMissingNode() ? "1 (no format field)"
                    : format.toString()) + "; this version reads format " + FORMAT + ". Retrain the model with"
                    + " bin/router-eval train-jailbreak");
        }
        Map<Category, BinaryModel> heads = new EnumMap<>(Category.class);
        Map<Category, Double> thresholds = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            JsonNode h = root.path(c.key());
            if (!h.isMissingNode()) {
                heads.put(c, readHead(c, h));
                thresholds.put(c, h.path("threshold").asDouble(Double.NaN));
            }
        }
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("a jailbreak model needs at least one of " + List.of(Category.values()));
        }
        JsonNode n = root.path("neighbours");
        return of(root.path("embedder").asText(""), heads, thresholds, n.isMissingNode() ? null : JailbreakNeighbours.read(n),
                root.path("ngram_buckets").asInt(0));
    }

    private static BinaryModel readHead(Category c, JsonNode h) {
        String type = h.path("type").asText("");
        switch (type) {
            case "logistic":
                return LogisticRegression.of(floats(h.get("mean")), floats(h.get("scale")), floats(h.get("weights")),
                        (float) h.path("bias").asDouble());
            case "mlp":
                return Mlp.of(floats(h.get("mean")), floats(h.get("scale")), floats(h.get("hidden_weights")),
                        floats(h.get("hidden_bias")), floats(h.get("output_weights")), (float) h.path("output_bias").asDouble());
            default:
                throw new IllegalArgumentException("head " + c.key() + ": unknown type '" + type + "'; known: logistic, mlp");
        }
    }

    /**
     * A model from trained heads, without neighbour features.
     *
     * @see #of(String, Map, Map, JailbreakNeighbours)
     */
    public static JailbreakModel of(String embedder, Map<Category, ? extends BinaryModel> heads, Map<Category, Double> thresholds) {
        return of(embedder, heads, thresholds, null);
    }

    /**
     * A model from trained heads.
     *
     * @param embedder   the embedding model the heads were trained on (for the file; not checked)
     * @param heads      one {@link LogisticRegression} or {@link Mlp} per category, over {@link #features} rows
     * @param thresholds the probability from which each head blocks, in (0, 1)
     * @param neighbours the nearest-exemplar features the rows end with, or {@code null} for none
     * @throws IllegalArgumentException if a threshold is out of range, a head is of another kind, or the heads'
     *                                  widths disagree with each other or with the neighbours
     */
    public static JailbreakModel of(String embedder, Map<Category, ? extends BinaryModel> heads, Map<Category, Double> thresholds,
                                    JailbreakNeighbours neighbours) {
        return of(embedder, heads, thresholds, neighbours, 0);
    }

    /**
     * A model from trained heads, some of which may read hashed character n-grams.
     *
     * @param ngramBuckets the number of n-gram features ({@link #ngrams}) a head may read after the others; a head
     *                     whose width is that much larger than the rest reads them; 0 for none
     * @throws IllegalArgumentException as {@link #of(String, Map, Map, JailbreakNeighbours)}, or if the bucket count is
     *                                  negative
     */
    public static JailbreakModel of(String embedder, Map<Category, ? extends BinaryModel> heads, Map<Category, Double> thresholds,
                                    JailbreakNeighbours neighbours, int ngramBuckets) {
        Objects.requireNonNull(embedder, "embedder");
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("a jailbreak model needs at least one of " + List.of(Category.values()));
        }
        if (ngramBuckets < 0) {
            throw new IllegalArgumentException("ngramBuckets must be >= 0, was " + ngramBuckets);
        }
        int width = heads.values().stream().mapToInt(BinaryModel::width).min().getAsInt();
        int extra = LEXICAL + (neighbours == null ? 0 : JailbreakNeighbours.FEATURES);
        for (var e : heads.entrySet()) {
            Category c = e.getKey();
            double t = thresholds.getOrDefault(c, Double.NaN);
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("threshold of " + c.key() + " must be in (0, 1), was " + t);
            }
            if (!(e.getValue() instanceof LogisticRegression || e.getValue() instanceof Mlp)) {
                throw new IllegalArgumentException("head " + c.key() + " must be a LogisticRegression or an Mlp");
            }
            int w = e.getValue().width();
            if (w != width && w != width + ngramBuckets || width <= extra
                    || neighbours != null && width - extra != neighbours.dimension()) {
                throw new IllegalArgumentException("head " + c.key() + " has width " + w + "; every head"
                        + " needs the embedding width + " + extra + (neighbours == null ? "" : " (neighbours of width "
                        + neighbours.dimension() + ")") + (ngramBuckets == 0 ? "" : ", plus " + ngramBuckets + " n-gram features"));
            }
        }
        boolean anyNgrams = heads.values().stream().anyMatch(h -> h.width() != width);
        return new JailbreakModel(embedder, new EnumMap<>(heads), thresholds, neighbours, anyNgrams ? ngramBuckets : 0);
    }

    /** Writes the model as JSON (format {@value #FORMAT}). */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("embedder", embedder);
        root.put("features", "embedding + [log length, you-share, override words, harm words, ends with ?, starts with wh-word]"
                + (neighbours == null ? "" : " + [nearest unsafe, nearest benign, difference]")
                + (ngramBuckets == 0 ? "" : " (+ hashed character 3- and 4-grams, for heads " + ngramHeads() + ")"));
        root.put("ngram_buckets", ngramBuckets);
        // in the categories' order, not the map's (Map.copyOf iterates in an order that changes between runs)
        for (Category c : Category.values()) {
            if (heads.containsKey(c)) {
                writeHead(root.putObject(c.key()), heads.get(c), thresholds.get(c));
            }
        }
        if (neighbours != null) {
            neighbours.write(root.putObject("neighbours"));
        }
        try {
            Files.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeHead(ObjectNode h, BinaryModel head, double threshold) {
        h.put("threshold", threshold);
        if (head instanceof Mlp m) {
            h.put("type", "mlp");
            put(h.putArray("mean"), m.mean());
            put(h.putArray("scale"), m.scale());
            put(h.putArray("hidden_weights"), m.hiddenWeights());
            put(h.putArray("hidden_bias"), m.hiddenBias());
            put(h.putArray("output_weights"), m.outputWeights());
            h.put("output_bias", m.outputBias());
        } else {
            LogisticRegression lr = (LogisticRegression) head;
            h.put("type", "logistic");
            h.put("bias", lr.bias());
            put(h.putArray("mean"), lr.mean());
            put(h.putArray("scale"), lr.scale());
            put(h.putArray("weights"), lr.weights());
        }
    }

    private List<String> ngramHeads() {
        return java.util.Arrays.stream(Category.values()).filter(c -> heads.containsKey(c) && usesNgrams(heads.get(c)))
                .map(Category::key).toList();
    }

    private boolean usesNgrams(BinaryModel head) {
        return ngramBuckets > 0 && head.width() == dimension() + LEXICAL
                + (neighbours == null ? 0 : JailbreakNeighbours.FEATURES) + ngramBuckets;
    }

    /**
     * This model's feature row for a text and its embedding: {@link #features} with this model's neighbours, then
     * (when the model has them) the {@link #ngrams} of the text.
     */
    public float[] row(String text, float[] embedding) {
        return row(text, ngramBuckets == 0 ? null : JailbreakText.normalise(text, new java.util.ArrayList<>()), embedding);
    }

    /**
     * {@link #row(String, float[])} with the text's normalised form given ({@link JailbreakText#normalise} of
     * {@code text}; unread, and may be {@code null}, when the model has no n-grams), so a caller that has it does
     * not normalise the text again.
     */
    float[] row(String text, String normalised, float[] embedding) {
        float[] base = features(text, embedding, neighbours);
        if (ngramBuckets == 0) {
            return base;
        }
        float[] all = java.util.Arrays.copyOf(base, base.length + ngramBuckets);
        System.arraycopy(normalisedNgrams(normalised, ngramBuckets), 0, all, base.length, ngramBuckets);
        return all;
    }

    /**
     * Hashed character 3- and 4-grams of the normalised, lower-cased text (obfuscations undone as for the phrase
     * rules), as counts scaled to unit length. They read any language and script, which the embedding does poorly.
     *
     * @throws IllegalArgumentException if {@code buckets} is not positive
     */
    public static float[] ngrams(String text, int buckets) {
        if (buckets <= 0) {
            throw new IllegalArgumentException("buckets must be positive, was " + buckets);
        }
        return normalisedNgrams(JailbreakText.normalise(text, new java.util.ArrayList<>()), buckets);
    }

    /** {@link #ngrams} of a text already normalised ({@link JailbreakText#normalise}); {@code buckets} positive. */
    private static float[] normalisedNgrams(String normalised, int buckets) {
        String t = " " + SPACES.matcher(normalised.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
        float[] f = new float[buckets];
        for (int n = 3; n <= 4; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                int h = t.substring(i, i + n).hashCode() * 0x9E3779B1 + n;
                f[Math.floorMod(h, buckets)]++;
            }
        }
        double norm = 0;
        for (float v : f) {
            norm += v * v;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < f.length; i++) {
                f[i] *= inv;
            }
        }
        return f;
    }

    /**
     * The texts a text is read as besides itself: the normalised text when an obfuscation was undone
     * ({@code normalised}, else {@code null}), the {@code segments} of a long or multi-line text (sentences, lines,
     * quoted and tagged pieces; at most 8) and the request with its wrapper (greeting, politeness, hypothetical,
     * stated purpose, story setting, role set-up) taken off ({@code intent}, else {@code null}).
     */
    public record ViewTexts(String normalised, List<String> segments, String intent) {
        /** Without an intent view. */
        public ViewTexts(String normalised, List<String> segments) {
            this(normalised, segments, null);
        }

        /** All extra texts: the normalised one first, then the segments, then the intent. */
        public List<String> all() {
            List<String> out = new java.util.ArrayList<>();
            if (normalised != null) {
                out.add(normalised);
            }
            out.addAll(segments);
            if (intent != null) {
                out.add(intent);
            }
            return out;
        }
    }

    /** The extra texts {@link #views} reads for {@code text}. */
    public static ViewTexts viewTexts(String text) {
        return viewTexts(JailbreakText.normalised(text));
    }

    /** {@link #viewTexts(String)} of a text already normalised, so the caller's normalisation is reused. */
    static ViewTexts viewTexts(JailbreakText.Normalised normalised) {
        String plain = normalised.text();
        String intent = JailbreakIntent.intent(plain);
        return new ViewTexts(normalised.changed() ? plain : null, JailbreakText.segments(plain), intent);
    }

    /**
     * One reading of a text: its feature row, whether it is a segment of the text and whether it is the text's
     * intent without its wrapper. The jailbreak head reads all but the intent (the wrapper is often the technique);
     * the unsafe head reads all but the segments.
     */
    public record View(float[] row, boolean segment, boolean intent) {
        /** A reading of the whole text (as written or normalised) or of a segment. */
        public View(float[] row, boolean segment) {
            this(row, segment, false);
        }

        /** Whether {@code category}'s head reads this view. */
        public boolean readBy(Category category) {
            return category == Category.JAILBREAK ? !intent : !segment;
        }
    }

    /**
     * The text read as written, plus the {@link #viewTexts} embedded in one batch with {@code embedder} (skipped when
     * the embedder is {@code null} or of another dimension).
     */
    public List<View> views(String text, float[] embedding, io.semanticrouter.Embedder embedder) {
        return views(text, JailbreakText.normalised(text), embedding, embedder);
    }

    /**
     * {@link #views(String, float[], io.semanticrouter.Embedder)} with the text's normalisation given
     * ({@link JailbreakText#normalised} of {@code text}): the text's own row and its views are built from it, so a
     * guard check that normalised the text for its phrase rules does not normalise it again here. (Each view text
     * is itself another text, and its row normalises it as {@link #row(String, float[])} does.)
     */
    List<View> views(String text, JailbreakText.Normalised normalised, float[] embedding, io.semanticrouter.Embedder embedder) {
        List<View> out = new java.util.ArrayList<>();
        out.add(new View(row(text, normalised.text(), embedding), false));
        if (embedder == null || embedder.dimension() != dimension()) {
            return out;
        }
        ViewTexts extra = viewTexts(normalised);
        List<String> texts = extra.all();
        if (texts.isEmpty()) {
            return out;
        }
        List<io.semanticrouter.Embedding> vectors = embedder.embedAll(texts);
        int first = extra.normalised() == null ? 0 : 1;
        int intent = extra.intent() == null ? texts.size() : texts.size() - 1;
        for (int i = 0; i < texts.size(); i++) {
            out.add(new View(row(texts.get(i), vectors.get(i).vector()), i >= first && i < intent, i == intent));
        }
        return out;
    }

    /** The highest probability of {@code category}'s head over the views it reads (0 if it has no head). */
    public double probability(Category category, List<View> views) {
        double p = 0;
        for (View v : views) {
            if (v.readBy(category)) {
                p = Math.max(p, probability(category, v.row()));
            }
        }
        return p;
    }

    /**
     * The feature row for a text and its embedding: the vector, the lexical features, then (when {@code neighbours}
     * is given) the nearest-exemplar features.
     */
    public static float[] features(String text, float[] embedding, JailbreakNeighbours neighbours) {
        float[] f = new float[embedding.length + LEXICAL + (neighbours == null ? 0 : JailbreakNeighbours.FEATURES)];
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
        if (neighbours != null) {
            System.arraycopy(neighbours.features(embedding), 0, f, d + LEXICAL, JailbreakNeighbours.FEATURES);
        }
        return f;
    }

    /** The embedding width the heads expect. */
    public int dimension() {
        return heads.values().stream().mapToInt(BinaryModel::width).min().getAsInt() - LEXICAL
                - (neighbours == null ? 0 : JailbreakNeighbours.FEATURES);
    }

    /** The number of hashed n-gram features at the end of a {@link #row} (0 when no head reads them). */
    public int ngramBuckets() {
        return ngramBuckets;
    }

    /** The categories this model has a head for. */
    public java.util.Set<Category> categories() {
        return heads.keySet();
    }

    /**
     * The head's probability for {@code category} on a {@link #row} (a head without n-grams reads the row without
     * them), or 0 if it has none.
     */
    public double probability(Category category, float[] features) {
        BinaryModel head = heads.get(category);
        if (head == null) {
            return 0;
        }
        return head.probability(head.width() < features.length ? java.util.Arrays.copyOf(features, head.width()) : features);
    }

    /** The threshold chosen for {@code category} at training time. */
    public double threshold(Category category) {
        return thresholds.getOrDefault(category, 1.0);
    }

    private static float[] floats(JsonNode a) {
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("a jailbreak model head is missing a number array");
        }
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
