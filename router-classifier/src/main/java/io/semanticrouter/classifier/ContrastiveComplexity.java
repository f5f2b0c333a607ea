package io.semanticrouter.classifier;

import io.semanticrouter.Classification;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complexity signal with no training data: a question is hard when it is closer to hard examples (proofs,
 * multi-step derivations, design trade-offs, debugging of subtle failures) than to easy ones (look-ups,
 * definitions, conversions, small talk), by an {@link ExemplarClassifier} on the router's embedding. The
 * shipped examples were written for this library; give your own with {@link #builder(Embedder)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContrastiveComplexity implements ComplexitySignal {

    private final ExemplarClassifier exemplars;
    private final double threshold;

    private ContrastiveComplexity(ExemplarClassifier exemplars, double threshold) {
        this.exemplars = exemplars;
        this.threshold = threshold;
    }

    /** The shipped easy and hard examples, hard from a confidence of 0.6. */
    public static ContrastiveComplexity defaults(Embedder embedder) {
        return builder(embedder).build();
    }

    public static Builder builder(Embedder embedder) {
        return new Builder(Objects.requireNonNull(embedder, "embedder must not be null"));
    }

    @Override
    public boolean hard(String text, Embedding embedding) {
        return hardConfidence(text, embedding) >= threshold;
    }

    /** The confidence that the question is hard, in [0, 1]. */
    public double hardConfidence(String text, Embedding embedding) {
        Classification c = exemplars.classify(text, embedding);
        return "hard".equals(c.category()) ? c.confidence() : 1 - c.confidence();
    }

    /** Builder of {@link ContrastiveComplexity}. */
    public static final class Builder {
        private final Embedder embedder;
        private Map<String, List<String>> examples;
        private double threshold = 0.6;

        private Builder(Embedder embedder) {
            this.embedder = embedder;
        }

        /**
         * Own examples under the labels {@code easy} and {@code hard} instead of the shipped ones.
         *
         * @throws IllegalArgumentException unless both labels have examples
         */
        public Builder examples(Map<String, List<String>> byLabel) {
            List<String> missing = List.of("easy", "hard").stream()
                    .filter(label -> byLabel.getOrDefault(label, List.of()).isEmpty()).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("examples need both labels 'easy' and 'hard'; none for "
                        + String.join(" and ", missing));
            }
            this.examples = Map.copyOf(byLabel);
            return this;
        }

        /**
         * The hard confidence from which a question counts as hard (default 0.6).
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

        public ContrastiveComplexity build() {
            ExemplarClassifier.Builder b = ExemplarClassifier.builder(embedder).topK(3);
            if (examples != null) {
                b.examples(examples);
            } else {
                b.yamlResource("complexity-examples.yaml");
            }
            return new ContrastiveComplexity(b.build(), threshold);
        }
    }
}
