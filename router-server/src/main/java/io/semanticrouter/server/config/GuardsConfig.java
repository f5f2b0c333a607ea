package io.semanticrouter.server.config;

import io.semanticrouter.Embedder;
import io.semanticrouter.classifier.JailbreakGuard;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code guards} section: checks that run before a model is chosen. Each guard is on when its block is
 * present, unless it says {@code enabled: false}.
 *
 * <pre>
 * guards:
 *   pii:
 *     allow:                      # which personal data each model may receive; a model not named gets none
 *       local-llm: ["*"]          # "*": every type
 *       small: [IP_ADDRESS]       # EMAIL, PHONE, CREDIT_CARD, SSN, IBAN, IP_ADDRESS
 *   jailbreak:
 *     categories: [jailbreak, unsafe]  # what blocks; default both. [jailbreak] lets unsafe-content requests through
 *     learned_threshold: 0.7      # one threshold for the learned model's heads; default: those it was trained with
 *     exemplars: false            # the exemplar-similarity signal; default off
 *     threshold: 0.8              # that signal's confidence, 0.5 to 1; default 0.8
 *     encoder: true               # the fine-tuned encoder: true (the shipped one, the default when it and
 *                                 # all-MiniLM-L6-v2 are on the classpath), false, or an encoder file (relative
 *                                 # to this file)
 *     encoder_gate: 0.05          # the encoder reads texts the learned model gives at least this; default 0.05
 * </pre>
 *
 * <p>A request holding personal data goes only to models allowed every type found; it is refused when no model
 * is. A jailbreak attempt is refused before any model sees it.
 *
 * @param pii       the personal-data guard, or {@code null}
 * @param jailbreak the jailbreak guard, or {@code null}
 */
public record GuardsConfig(Pii pii, Jailbreak jailbreak) {

    static GuardsConfig none() {
        return new GuardsConfig(null, null);
    }

    /**
     * {@code guards.pii}.
     *
     * @param enabled whether the guard runs
     * @param allow   per model, the PII types it may receive ({@code "*"} for all)
     */
    public record Pii(Boolean enabled, Map<String, List<String>> allow) {
        /** Applies the default and copies the map. */
        public Pii {
            enabled = enabled == null || enabled;
            allow = Copies.map(allow);
        }
    }

    /**
     * {@code guards.jailbreak}.
     *
     * @param enabled          whether the guard runs
     * @param threshold        the jailbreak confidence from which the exemplar signal blocks
     * @param categories       which categories block ({@code jailbreak}, {@code unsafe}); {@code null} for both
     * @param exemplars        whether the exemplar-similarity signal runs (default off)
     * @param learnedThreshold one threshold for every head of the learned model, or {@code null} for the trained ones
     * @param encoder          the fine-tuned encoder: {@code true} or {@code null} (the shipped one, when present),
     *                         {@code false} (none), or the path of an encoder file, which the router factory loads
     * @param encoderGate      the learned probability from which the encoder reads a text, or {@code null} for 0.05
     */
    public record Jailbreak(Boolean enabled, Double threshold, List<String> categories, Boolean exemplars,
                            Double learnedThreshold, Object encoder, Double encoderGate) {

        /** Default {@code threshold}. */
        public static final double DEFAULT_THRESHOLD = 0.8;

        /** Applies the defaults. */
        public Jailbreak {
            enabled = enabled == null || enabled;
            threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        }

        /** Settings without the encoder keys. */
        public Jailbreak(Boolean enabled, Double threshold, List<String> categories, Boolean exemplars,
                         Double learnedThreshold) {
            this(enabled, threshold, categories, exemplars, learnedThreshold, null, null);
        }

        /** Hands the settings to {@link JailbreakGuard#builder}, which checks them. */
        JailbreakGuard.Builder guard(Embedder embedder, Refusals refusals) {
            JailbreakGuard.Builder b = JailbreakGuard.builder(embedder);
            refusals.set("threshold", threshold, b::threshold);
            refusals.set("exemplars", exemplars, b::exemplarSignal);
            refusals.set("learned_threshold", learnedThreshold, b::learnedThreshold);
            refusals.set("encoder_gate", encoderGate, b::encoderGate);
            if (encoder != null && !(encoder instanceof String s && !s.isBlank())) {
                refusals.call("encoder", () -> {
                    if (!(encoder instanceof Boolean on)) {
                        throw new IllegalArgumentException("encoder must be true, false or the path of an encoder file,"
                                + " was " + encoder);
                    }
                    if (!on) {
                        b.encoder(null);
                    }
                });
            }
            if (categories != null) {
                Set<JailbreakGuard.Category> chosen = EnumSet.noneOf(JailbreakGuard.Category.class);
                refusals.each("categories", categories, c -> chosen.add(JailbreakGuard.Category.of(String.valueOf(c))));
                if (!chosen.isEmpty() || categories.isEmpty()) {
                    refusals.call("categories", () -> b.categories(chosen));
                }
            }
            return b;
        }
    }
}
