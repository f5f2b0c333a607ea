package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.RequestContext;
import io.semanticrouter.GuardVerdict;
import io.semanticrouter.RequestGuard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Blocks jailbreak and prompt-injection attempts, and (optionally) requests for seriously harmful content,
 * before they reach a model. Signals, in order, on the router's one embedding and the question's text:
 * <ol>
 *   <li>the text is normalised first, once for the whole check (look-alike letters, leetspeak, spaced letters,
 *       invisible characters, base64 blobs and ciphers decoded), then phrase rules look for jailbreak language in
 *       the shape of an instruction ("ignore all previous instructions", a rule-free persona, an instruction
 *       addressed to the AI inside pasted content, the same in Spanish, French, German, Portuguese, Chinese and
 *       Russian) and for requests for weapons, drugs, malware or harm; a bare word or a question about a phrase
 *       does not match;</li>
 *   <li>an optional sequence-classification model ({@link Builder#model});</li>
 *   <li>a learned model ({@link JailbreakModel}, shipped by default) over the embedding, a few lexical
 *       features and hashed character n-grams (of the text as normalised in step 1), one head per {@link Category};
 *       used when the embedding has the model's dimension. An obfuscated text is also read normalised (that same
 *       normalisation), and a long or multi-line text sentence by sentence (the technique head takes the highest
 *       score); those extra readings are embedded in one batch with the builder's embedder;</li>
 *   <li>optionally, a fine-tuned encoder ({@link JailbreakEncoder}, {@link Builder#encoder}): a second reading of
 *       the text by the router's model with fine-tuned top layers, one output per category;</li>
 *   <li>optionally, similarity to jailbreak and benign exemplars ({@link Builder#exemplarSignal}).</li>
 * </ol>
 * Each block names its category ({@code jailbreak} or {@code unsafe}) in the reason and the findings; with
 * {@link Builder#categories} a team keeps only the jailbreak techniques. Immutable and thread-safe.
 */
public final class JailbreakGuard implements RequestGuard {

    private static final String DEFAULT_EXEMPLARS = "jailbreak-exemplars.yaml";
    /** The default {@link Builder#encoderGate}. */
    public static final double DEFAULT_ENCODER_GATE = 0.05;

    /** What a block is for. */
    public enum Category {
        /** Jailbreak and prompt-injection techniques: overriding instructions, rule-free personas, injected orders. */
        JAILBREAK("jailbreak"),
        /** Requests for seriously harmful content: weapons, drugs, malware, harming people. */
        UNSAFE("unsafe");

        private final String key;

        Category(String key) {
            this.key = key;
        }

        /** The lower-case name used in YAML, verdicts and model files. */
        public String key() {
            return key;
        }

        /**
         * The category named {@code key}.
         *
         * @throws IllegalArgumentException naming the known keys if there is none
         */
        public static Category of(String key) {
            for (Category c : values()) {
                if (c.key.equalsIgnoreCase(key)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown jailbreak guard category '" + key + "'; known: jailbreak, unsafe");
        }
    }

    /**
     * What each signal said about one text, for evaluation and threshold sweeps.
     *
     * @param rule        the rule that matched ({@code category: rule 'name' matched '...'}), or empty
     * @param ruleCategory the category of that rule, or {@code null}
     * @param learned     per category, the learned model's probability (empty without the learned signal)
     * @param encoder     per category, the fine-tuned encoder's probability (empty without an encoder, or when the
     *                    text did not pass the encoder gate)
     * @param exemplar    the exemplar signal's jailbreak confidence, or 0 when it is off
     */
    public record Assessment(String rule, Category ruleCategory, Map<Category, Double> learned,
                             Map<Category, Double> encoder, double exemplar) {
    }

    private final Set<Category> categories;
    private final ExemplarClassifier exemplars;
    private final double threshold;
    private final OnnxTextClassifier model;
    private final String modelLabel;
    private final double modelThreshold;
    private final JailbreakModel learned;
    private final Double learnedThreshold;
    private final JailbreakEncoder encoder;
    private final double encoderGate;
    private final Embedder embedder;

    private JailbreakGuard(Builder b) {
        this.embedder = b.embedder;
        this.categories = Set.copyOf(b.categories);
        this.exemplars = b.exemplarSignal ? b.classifier() : null;
        this.threshold = b.threshold;
        this.model = b.model;
        this.modelLabel = b.modelLabel;
        this.modelThreshold = b.modelThreshold;
        this.learned = b.learned;
        this.learnedThreshold = b.learnedThreshold;
        this.encoder = b.encoderChosen ? b.encoder : JailbreakEncoder.sharedIfPresent();
        this.encoderGate = b.encoderGate;
    }

    /**
     * A builder using {@code embedder} for the exemplars; give it the router's embedder so the query vector
     * the router passes matches.
     */
    public static Builder builder(Embedder embedder) {
        return new Builder(Objects.requireNonNull(embedder, "embedder must not be null"));
    }

    @Override
    public GuardVerdict check(RequestContext context) {
        return check(context.query(), context.embedding());
    }

    /**
     * Checks one text outside a router (evaluation, batch screening).
     *
     * @param embedding the text's embedding with the builder's embedder, or {@code null} for the phrase check only
     */
    public GuardVerdict check(String text, Embedding embedding) {
        Objects.requireNonNull(text, "text must not be null");
        JailbreakText.Normalised normalised = JailbreakText.normalised(text); // once: the rules and the learned model read it
        List<String> notes = normalised.notes();
        var hit = rules(normalised.parts());
        if (hit.isPresent()) {
            return block(hit.get().category(), "rule '" + hit.get().rule() + "' matched '" + shorten(hit.get().matched()) + "'", notes);
        }
        if (model != null && categories.contains(Category.JAILBREAK)) {
            double p = model.classify(text).scores().getOrDefault(modelLabel, 0.0);
            if (p >= modelThreshold) {
                return block(Category.JAILBREAK, String.format(Locale.ROOT, "classifier model says %s (%.2f >= %.2f)",
                        modelLabel, p, modelThreshold), notes);
            }
        }
        Map<Category, Double> probabilities = learned(text, normalised, embedding);
        for (var e : probabilities.entrySet()) {
            double t = learnedThreshold(e.getKey());
            if (e.getValue() >= t) {
                return block(e.getKey(), String.format(Locale.ROOT, "learned model (%.2f >= %.2f)", e.getValue(), t), notes);
            }
        }
        for (var e : encoder(text, probabilities).entrySet()) {
            double t = encoder.threshold(e.getKey());
            if (e.getValue() >= t) {
                return block(e.getKey(), String.format(Locale.ROOT, "fine-tuned encoder (%.2f >= %.2f)", e.getValue(), t), notes);
            }
        }
        double confidence = exemplarConfidence(text, embedding);
        if (confidence >= threshold) {
            return block(Category.JAILBREAK, String.format(Locale.ROOT,
                    "similar to jailbreak examples (confidence %.2f >= %.2f)", confidence, threshold), notes);
        }
        return GuardVerdict.allow("jailbreak");
    }

    /** Every signal's view of one text, without deciding; for {@code router-eval jailbreak --sweep}. */
    public Assessment assess(String text, Embedding embedding) {
        Objects.requireNonNull(text, "text must not be null");
        JailbreakText.Normalised normalised = JailbreakText.normalised(text);
        var hit = rules(normalised.parts());
        Map<Category, Double> learnedView = learned(text, normalised, embedding);
        return new Assessment(hit.map(h -> h.category().key() + ": rule '" + h.rule() + "'").orElse(""),
                hit.map(JailbreakRules.Hit::category).orElse(null), learnedView,
                encoder(text, learnedView), exemplarConfidence(text, embedding));
    }

    /**
     * The phrase rules on the normalised text, then (for the jailbreak category) the {@link JailbreakOpaque obfuscated
     * instruction} rule: an order to decode and act on a payload that no decoder could read.
     */
    private java.util.Optional<JailbreakRules.Hit> rules(JailbreakText.Parts parts) {
        var hit = JailbreakRules.find(parts.joined(), categories);
        if (hit.isPresent() || !categories.contains(Category.JAILBREAK)) {
            return hit;
        }
        return JailbreakOpaque.find(parts).map(order -> new JailbreakRules.Hit(Category.JAILBREAK, JailbreakOpaque.NAME, order));
    }

    /**
     * The encoder's probabilities for the enabled categories; empty without an encoder, or when the text did not
     * pass the gate: the learned model gave every category less than it, or did not read the text (no embedding,
     * or one of another dimension) and the gate is not 0.
     */
    private Map<Category, Double> encoder(String text, Map<Category, Double> learned) {
        Map<Category, Double> out = new EnumMap<>(Category.class);
        boolean gated = learned.isEmpty() ? encoderGate > 0 : learned.values().stream().allMatch(p -> p < encoderGate);
        if (encoder != null && !gated) {
            encoder.probabilities(text).forEach((c, p) -> {
                if (categories.contains(c)) {
                    out.put(c, p);
                }
            });
        }
        return out;
    }

    private Map<Category, Double> learned(String text, JailbreakText.Normalised normalised, Embedding embedding) {
        Map<Category, Double> out = new EnumMap<>(Category.class);
        if (learned == null || embedding == null || embedding.dimension() != learned.dimension()) {
            return out;
        }
        boolean question = plainQuestion(text);
        // the normalised text and the segments of pasted content cost embeddings: only for texts that have them
        List<JailbreakModel.View> views = learned.views(text, normalised, embedding.vector(), embedder);
        for (Category c : categories) {
            if (learned.categories().contains(c) && !(c == Category.JAILBREAK && question)) {
                out.put(c, learned.probability(c, views));
            }
        }
        return out;
    }

    /**
     * A short single question ("what is a system prompt?"). Jailbreak techniques come as instructions, not as
     * such questions, while questions about AI, prompts and moderation sit near them in the embedding; so the
     * learned jailbreak head does not judge them (the phrase rules and the unsafe head still do).
     */
    public static boolean plainQuestion(String text) {
        String t = text.strip();
        if (t.length() > 240 || t.indexOf('\n') >= 0) {
            return false;
        }
        return QUESTION_START.matcher(t).find() || t.endsWith("?") && t.indexOf('.') < 0 && t.indexOf('!') < 0;
    }

    private static final java.util.regex.Pattern QUESTION_START = java.util.regex.Pattern.compile(
            "^(?:what|why|how|when|where|which|who|whom|whose|is|are|was|were|does|do|did|can|could|should|would|will"
            + "|explain|define|describe|tell me (?:about|what|why|how))\\b[^.!?]*[.?]?$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private double learnedThreshold(Category c) {
        return learnedThreshold != null ? learnedThreshold : learned.threshold(c);
    }

    private double exemplarConfidence(String text, Embedding embedding) {
        if (exemplars == null || embedding == null || !categories.contains(Category.JAILBREAK)) {
            return 0;
        }
        Classification c = exemplars.classify(text, embedding);
        return "jailbreak".equals(c.category()) ? c.confidence() : 1 - c.confidence();
    }

    private static GuardVerdict block(Category category, String why, List<String> notes) {
        String reason = category.key() + ": " + why + (notes.isEmpty() ? "" : " (after undoing " + String.join(", ", notes) + ")");
        List<String> findings = new ArrayList<>();
        findings.add("category=" + category.key());
        findings.add(reason);
        return GuardVerdict.block("jailbreak", reason, findings);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Builder of {@link JailbreakGuard}. */
    public static final class Builder {
        private final Embedder embedder;
        private double threshold = 0.8;
        private Map<String, List<String>> examples;
        private Path file;
        private OnnxTextClassifier model;
        private String modelLabel;
        private double modelThreshold;
        private Set<Category> categories = EnumSet.allOf(Category.class);
        private boolean exemplarSignal;
        private JailbreakModel learned = JailbreakModel.shippedIfPresent();
        private Double learnedThreshold;
        private JailbreakEncoder encoder;
        /** Whether {@link #encoder} was called; else the shared shipped encoder is loaded when the guard is built. */
        private boolean encoderChosen;
        private double encoderGate = DEFAULT_ENCODER_GATE;

        private Builder(Embedder embedder) {
            this.embedder = embedder;
        }

        /**
         * Which categories block; default both. {@code Set.of(Category.JAILBREAK)} keeps only the jailbreak
         * techniques and lets requests for harmful content through to the model.
         *
         * @throws IllegalArgumentException if the set is empty (turn the guard off instead)
         */
        public Builder categories(Set<Category> enabled) {
            if (Objects.requireNonNull(enabled, "categories must not be null").isEmpty()) {
                throw new IllegalArgumentException("categories must name at least one of [jailbreak, unsafe], was empty;"
                        + " to run no check, leave the guard out");
            }
            this.categories = EnumSet.copyOf(enabled);
            return this;
        }

        /**
         * Whether the exemplar-similarity signal runs (default off: on held-out data it blocked benign questions
         * that merely sit near the exemplars; the learned model does its job). {@link #threshold} and
         * {@link #exemplars} configure it.
         */
        public Builder exemplarSignal(boolean on) {
            this.exemplarSignal = on;
            return this;
        }

        /**
         * The fine-tuned encoder signal: the text is read a second time by {@code encoder}, and blocked when a
         * category's probability reaches the threshold in its file. It costs one more model run for each request
         * that passes the {@link #encoderGate gate}. By default the shipped encoder, shared by the JVM's guards,
         * when it and all-MiniLM-L6-v2 are on the classpath. The guard does not close the encoder. {@code null}
         * turns the signal off.
         */
        public Builder encoder(JailbreakEncoder encoder) {
            this.encoder = encoder;
            this.encoderChosen = true;
            return this;
        }

        /**
         * The encoder reads only texts to which the learned model gives some category at least this probability
         * (default {@value JailbreakGuard#DEFAULT_ENCODER_GATE}); not texts the learned model did not read (no
         * embedding, as in a phrase-only check, or one of another dimension), since the encoder's false-positive
         * rate was measured behind the gate. Most ordinary requests score far below it, so they cost no second
         * model run. 0 sends every text to the encoder, read or not.
         *
         * @throws IllegalArgumentException unless in [0, 1)
         */
        public Builder encoderGate(double gate) {
            if (!(gate >= 0 && gate < 1)) {
                throw new IllegalArgumentException("encoderGate must be in [0, 1), was " + gate);
            }
            this.encoderGate = gate;
            return this;
        }

        /** The learned model to use instead of the shipped one, or {@code null} for none. */
        public Builder learnedModel(JailbreakModel model) {
            this.learned = model;
            return this;
        }

        /**
         * One probability threshold for every head of the learned model, instead of the thresholds chosen at
         * training time (those in the model file).
         *
         * @throws IllegalArgumentException unless in (0, 1)
         */
        public Builder learnedThreshold(double t) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("learnedThreshold must be in (0, 1), was " + t);
            }
            this.learnedThreshold = t;
            return this;
        }

        /**
         * Jailbreak confidence (0.5 to 1) from which the exemplar signal blocks. Default 0.8.
         *
         * @throws IllegalArgumentException unless in [0.5, 1]
         */
        public Builder threshold(double t) {
            if (!(t >= 0.5 && t <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0.5, 1], was " + t);
            }
            this.threshold = t;
            return this;
        }

        /**
         * Adds a third signal: a sequence-classification model (e.g. a prompt-injection classifier exported from
         * Hugging Face) that blocks when its probability for {@code label} reaches {@code threshold}. The guard
         * does not close the model.
         *
         * @throws IllegalArgumentException if the model has no such label or the threshold is not in (0, 1]
         */
        public Builder model(OnnxTextClassifier classifier, String label, double threshold) {
            Objects.requireNonNull(classifier, "classifier must not be null");
            if (!classifier.labels().contains(label)) {
                throw new IllegalArgumentException("the model has no label '" + label + "'; it has " + classifier.labels());
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("model threshold must be in (0, 1], was " + threshold);
            }
            this.model = classifier;
            this.modelLabel = label;
            this.modelThreshold = threshold;
            return this;
        }

        /**
         * Exemplars from a JSONL file of {@code {"text", "label": "jailbreak"|"benign"}} instead of the defaults;
         * turns the exemplar signal on.
         */
        public Builder exemplars(Path jsonl) {
            if (!Files.isReadable(Objects.requireNonNull(jsonl, "jsonl must not be null"))) {
                throw new IllegalArgumentException("cannot read exemplars " + jsonl);
            }
            this.file = jsonl;
            this.examples = null;
            this.exemplarSignal = true;
            return this;
        }

        /**
         * Exemplars given in code, by label ({@code jailbreak} and {@code benign}), instead of the defaults; turns
         * the exemplar signal on.
         *
         * @throws IllegalArgumentException unless both labels have examples
         */
        public Builder exemplars(Map<String, List<String>> byLabel) {
            if (byLabel.getOrDefault("jailbreak", List.of()).isEmpty() || byLabel.getOrDefault("benign", List.of()).isEmpty()) {
                throw new IllegalArgumentException("exemplars need both labels 'jailbreak' and 'benign', got " + byLabel.keySet());
            }
            this.examples = Map.copyOf(byLabel);
            this.file = null;
            this.exemplarSignal = true;
            return this;
        }

        private ExemplarClassifier classifier() {
            ExemplarClassifier.Builder b = ExemplarClassifier.builder(embedder).topK(3);
            if (examples != null) {
                b.examples(examples);
            } else if (file != null) {
                b.jsonl(file);
            } else {
                b.yamlResource(DEFAULT_EXEMPLARS);
            }
            return b.build();
        }

        /** The guard. */
        public JailbreakGuard build() {
            return new JailbreakGuard(this);
        }
    }
}
