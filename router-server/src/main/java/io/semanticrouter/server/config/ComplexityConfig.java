package io.semanticrouter.server.config;

import io.semanticrouter.Embedder;
import io.semanticrouter.classifier.ContrastiveComplexity;
import io.semanticrouter.classifier.StrongWeakSelector;

import java.nio.file.Path;
import java.util.function.Function;

import java.util.List;
import java.util.Map;

/**
 * The {@code complexity} section: the signal behind {@code {complexity: hard}} conditions in decisions. Either a
 * learned model ({@code model}: a file written by {@code router-eval cost-quality --save}, or the shipped
 * {@code routellm-mmlu}), or examples: a question is hard when it is closer to hard examples than to easy ones.
 * Optional: without it, decisions that test the complexity use the shipped examples and a threshold of 0.6.
 *
 * <pre>
 * complexity:
 *   model: routellm-mmlu  # or a model file, relative to this file; it carries its own threshold
 * # or, instead of a model:
 *   threshold: 0.6      # 0.5 to 1: the "hard" confidence from which a question counts as hard
 *   easy: ["What is the capital of Peru?", "Convert 5 km to miles"]      # own examples: both lists or neither
 *   hard: ["Prove that there are infinitely many primes", "Design a sharded rate limiter"]
 * </pre>
 *
 * @param model     {@code routellm-mmlu} or a strong/weak model file, or null to use examples
 * @param threshold the hard confidence from which a question counts as hard (examples only)
 * @param easy      own easy examples, or empty for the shipped ones
 * @param hard      own hard examples, or empty for the shipped ones
 */
public record ComplexityConfig(String model, Double threshold, List<String> easy, List<String> hard) {

    /** Default {@code threshold}. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    /** The {@code model} value that names the shipped model ({@link StrongWeakSelector#routeLlmMmlu}). */
    public static final String ROUTELLM_MMLU = StrongWeakSelector.ROUTELLM_MMLU;

    /** Applies the default threshold (without a model) and copies the lists. */
    public ComplexityConfig {
        if (threshold == null && model == null) {
            threshold = DEFAULT_THRESHOLD;
        }
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

    /**
     * Hands {@code model} to the reader that checks it: the file must exist and be a strong/weak model of this
     * format version and a consistent shape, and, when {@code embedder} is given, trained with that embedder. A
     * refusal is reported at {@code model}.
     *
     * @param resolve  turns a path from the file into one relative to the file's directory
     * @param embedder the router's embedder, or null to check only the file itself
     * @return the model, or null if it was refused or (without an embedder) the shipped one is named
     */
    StrongWeakSelector model(Function<String, Path> resolve, Embedder embedder, Refusals refusals) {
        StrongWeakSelector[] out = new StrongWeakSelector[1];
        refusals.call("model", () -> out[0] = load(resolve, embedder));
        return out[0];
    }

    private StrongWeakSelector load(Function<String, Path> resolve, Embedder embedder) {
        return StrongWeakSelector.named(model, resolve, embedder);
    }

    static ComplexityConfig defaults() {
        return new ComplexityConfig(null, null, null, null);
    }
}
