package io.semanticrouter;

import java.util.List;
import java.util.Objects;

/**
 * What tool selection did to one request: of the {@code total} tools the request offered, the model was sent
 * {@code kept}; the others are named in {@code dropped}. A gateway reports it as {@code kept/total}
 * (the {@code x-semantic-router-tools} header), followed by the {@code flag} when there is one
 * ({@code 40/40; language}).
 *
 * @param kept    how many tools the model was sent, in [1, total] (all of them when selection could not run)
 * @param total   how many tools the request offered, at least 1
 * @param dropped the names of the tools that were not sent, in the request's order (unmodifiable)
 * @param reason  a short explanation, e.g. {@code "top 5 of 40 by similarity; kept always: search"}
 * @param flag    a single word naming why selection did not simply keep its top k, or {@code null}:
 *                {@link #LANGUAGE} when it stood down because the question is not in a language the embedder
 *                reads, {@link #WIDENED} when it kept more than top k because no tool was similar enough to tell
 */
public record ToolSelectionOutcome(int kept, int total, List<String> dropped, String reason, String flag) {

    /** The flag of a request whose question is not in a language the embedder reads: every tool was kept. */
    public static final String LANGUAGE = "language";

    /** The flag of a request whose scores did not single out its tools: more than top k tools were kept. */
    public static final String WIDENED = "widened";

    public ToolSelectionOutcome {
        if (total < 1 || kept < 0 || kept > total) {
            throw new IllegalArgumentException("need 0 <= kept <= total and total >= 1, was " + kept + "/" + total);
        }
        dropped = List.copyOf(dropped);
        if (dropped.size() != total - kept) {
            throw new IllegalArgumentException("dropped names " + dropped.size() + " tools, expected " + (total - kept));
        }
        Objects.requireNonNull(reason, "reason");
        if (flag != null && !flag.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("flag must be a lower-case word, was '" + flag + "'");
        }
    }

    /** An outcome without a flag. */
    public ToolSelectionOutcome(int kept, int total, List<String> dropped, String reason) {
        this(kept, total, dropped, reason, null);
    }

    /** {@code kept/total}, then {@code "; "} and the flag when there is one: {@code "5/40"}, {@code "40/40; language"}. */
    public String summary() {
        return flag == null ? kept + "/" + total : kept + "/" + total + "; " + flag;
    }
}
