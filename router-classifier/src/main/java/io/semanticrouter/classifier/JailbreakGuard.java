package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.RequestContext;
import io.semanticrouter.GuardVerdict;
import io.semanticrouter.RequestGuard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Blocks jailbreak and prompt-injection attempts before they reach a model. Two signals, both on the
 * router's one embedding and the question's text:
 * <ul>
 *   <li>phrases that only jailbreaks use ("ignore all previous instructions", "developer mode", "do anything
 *       now", "without any restrictions", "stay in character" with a rule-free persona...): any one blocks;</li>
 *   <li>similarity to jailbreak and benign exemplars ({@link ExemplarClassifier}, labels {@code jailbreak} and
 *       {@code benign}): blocks when the jailbreak confidence reaches {@link Builder#threshold}.</li>
 * </ul>
 * The default exemplars ship with the library (written for it: role-play, instruction-following and dual-use
 * questions on the benign side, so "act as a pirate" and "how do I kill a process" pass); load your own with
 * {@link Builder#exemplars(Path)}. Immutable and thread-safe.
 */
public final class JailbreakGuard implements RequestGuard {

    private static final String DEFAULT_EXEMPLARS = "jailbreak-exemplars.yaml";

    /** Phrases that give a jailbreak away; each is a block on its own. */
    private static final List<Pattern> PHRASES = List.of(
            p("\\b(ignore|disregard|forget)\\b.{0,30}\\b(previous|prior|above|earlier|all|your|the system)\\b.{0,20}\\b(instructions|rules|prompt|guidelines|directives)"),
            p("\\bdeveloper mode\\b"),
            p("\\bdo anything now\\b|\\bDAN\\b"),
            p("\\b(without|no|free (of|from))\\b.{0,15}\\b(restrictions|filters|censorship|limits|limitations|guidelines|rules|content polic(y|ies)|ethical (limits|guidelines|constraints))\\b.{0,40}\\b(answer|respond|reply|comply|you (will|must|can))"),
            p("\\b(you|your) (are|have been) (now )?(freed|free|released|liberated|unshackled)\\b"),
            p("\\b(unfiltered|uncensored|unrestricted|amoral|jailbroken|jailbreak)\\b.{0,40}\\b(ai|assistant|chatbot|model|mode|persona|version|answer|response)"),
            p("\\bstay in character\\b.{0,80}\\b(never|no matter|whatever|refus)"),
            p("\\bnever (refuse|decline|say (no|you can'?t))\\b"),
            p("\\b(bypass|override|disable|turn off)\\b.{0,20}\\b(safety|content|ethic\\w*|moderation)\\b.{0,10}\\b(settings|filters?|polic(y|ies)|guidelines|rules)"),
            p("\\b(reveal|print|show|repeat)\\b.{0,25}\\b(system prompt|hidden instructions|initial instructions)\\b"));

    private final ExemplarClassifier exemplars;
    private final double threshold;
    private final OnnxTextClassifier model;
    private final String modelLabel;
    private final double modelThreshold;

    private JailbreakGuard(Builder b) {
        this.exemplars = b.classifier();
        this.threshold = b.threshold;
        this.model = b.model;
        this.modelLabel = b.modelLabel;
        this.modelThreshold = b.modelThreshold;
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
        Score s = score(text, embedding);
        return s.blocked ? GuardVerdict.block("jailbreak", s.reason, List.of(s.reason)) : GuardVerdict.allow("jailbreak");
    }

    private Score score(String text, Embedding embedding) {
        for (Pattern p : PHRASES) {
            var m = p.matcher(text);
            if (m.find()) {
                return new Score(true, 1, "jailbreak phrase '" + m.group() + "'");
            }
        }
        if (model != null) {
            double p = model.classify(text).scores().getOrDefault(modelLabel, 0.0);
            if (p >= modelThreshold) {
                return new Score(true, p, String.format(Locale.ROOT, "classifier model says %s (%.2f >= %.2f)",
                        modelLabel, p, modelThreshold));
            }
        }
        if (embedding == null) {
            return new Score(false, 0, "");
        }
        Classification c = exemplars.classify(text, embedding);
        double confidence = "jailbreak".equals(c.category()) ? c.confidence() : 1 - c.confidence();
        boolean blocked = confidence >= threshold;
        return new Score(blocked, confidence, String.format(Locale.ROOT,
                "similar to jailbreak examples (confidence %.2f >= %.2f)", confidence, threshold));
    }

    /** Whether the text is blocked and why. */
    private record Score(boolean blocked, double confidence, String reason) {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
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

        private Builder(Embedder embedder) {
            this.embedder = embedder;
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

        /** Exemplars from a JSONL file of {@code {"text", "label": "jailbreak"|"benign"}} instead of the defaults. */
        public Builder exemplars(Path jsonl) {
            if (!Files.isReadable(Objects.requireNonNull(jsonl, "jsonl must not be null"))) {
                throw new IllegalArgumentException("cannot read exemplars " + jsonl);
            }
            this.file = jsonl;
            this.examples = null;
            return this;
        }

        /**
         * Exemplars given in code, by label ({@code jailbreak} and {@code benign}), instead of the defaults.
         *
         * @throws IllegalArgumentException unless both labels have examples
         */
        public Builder exemplars(Map<String, List<String>> byLabel) {
            if (byLabel.getOrDefault("jailbreak", List.of()).isEmpty() || byLabel.getOrDefault("benign", List.of()).isEmpty()) {
                throw new IllegalArgumentException("exemplars need both labels 'jailbreak' and 'benign', got " + byLabel.keySet());
            }
            this.examples = Map.copyOf(byLabel);
            this.file = null;
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

        public JailbreakGuard build() {
            return new JailbreakGuard(this);
        }
    }
}
