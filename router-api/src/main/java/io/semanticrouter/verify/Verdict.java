package io.semanticrouter.verify;

import java.util.Objects;

/**
 * The outcome of a {@link HitVerifier}: accept, or reject with the rule that fired and its evidence.
 *
 * @param accepted whether the cached answer may be served
 * @param rule     the rule that rejected the hit, {@code null} when accepted
 * @param evidence what the rule saw, e.g. {@code "'without' only in the new question"}; empty when accepted
 */
public record Verdict(boolean accepted, Rule rule, String evidence) {

    private static final Verdict ACCEPT = new Verdict(true, null, "");

    public Verdict {
        Objects.requireNonNull(evidence, "evidence");
        if (accepted != (rule == null)) {
            throw new IllegalArgumentException("a rejection needs a rule and an acceptance has none");
        }
    }

    /** The acceptance. */
    public static Verdict accept() {
        return ACCEPT;
    }

    /** A rejection by {@code rule} with its evidence. */
    public static Verdict reject(Rule rule, String evidence) {
        return new Verdict(false, Objects.requireNonNull(rule, "rule"), evidence);
    }

    @Override
    public String toString() {
        return accepted ? "accepted" : "rejected by " + rule.key() + ": " + evidence;
    }
}
