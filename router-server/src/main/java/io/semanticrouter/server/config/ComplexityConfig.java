package io.semanticrouter.server.config;

import io.semanticrouter.Embedder;
import io.semanticrouter.classifier.ContrastiveComplexity;

import java.util.List;
import java.util.Map;

/**
 * The {@code complexity} section: the signal behind {@code {complexity: hard}} conditions in decisions. A
 * question is hard when it is closer to hard examples than to easy ones. Optional: without it, decisions that
 * test the complexity use the shipped examples and a threshold of 0.6.
 *
 * <pre>
 * complexity:
 *   threshold: 0.6      # 0.5 to 1: the "hard" confidence from which a question counts as hard
 *   easy: ["What is the capital of Peru?", "Convert 5 km to miles"]      # own examples: both lists or neither
 *   hard: ["Prove that there are infinitely many primes", "Design a sharded rate limiter"]
 * </pre>
 *
 * @param threshold the hard confidence from which a question counts as hard
 * @param easy      own easy examples, or empty for the shipped ones
 * @param hard      own hard examples, or empty for the shipped ones
 */
public record ComplexityConfig(Double threshold, List<String> easy, List<String> hard) {

    /** Default {@code threshold}. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    /** Applies the default threshold and copies the lists. */
    public ComplexityConfig {
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        easy = Copies.list(easy);
        hard = Copies.list(hard);
    }

    /**
     * Hands the threshold, and the own examples when the file gives some, to {@link ContrastiveComplexity#builder},
     * which checks them (both labels need examples; a refusal is reported at the empty list).
     */
    ContrastiveComplexity.Builder signal(Embedder embedder, Refusals refusals) {
        ContrastiveComplexity.Builder b = ContrastiveComplexity.builder(embedder);
        refusals.set("threshold", threshold, b::threshold);
        if (!easy.isEmpty() || !hard.isEmpty()) {
            refusals.call(easy.isEmpty() ? "easy" : "hard", () -> b.examples(Map.of("easy", easy, "hard", hard)));
        }
        return b;
    }

    static ComplexityConfig defaults() {
        return new ComplexityConfig(null, null, null);
    }
}
