package io.semanticrouter;

import java.util.Objects;

/**
 * What the router read from the conversation around the query, before routing: whether the query depends on
 * earlier user turns (a follow-up such as "and in Java?"), the text and embedding the category is then decided
 * from, and whether the user asks again what they asked one to three turns ago (a re-ask: the earlier answer
 * probably did not help).
 *
 * @param followUpCue      why the query was found to depend on earlier turns (e.g. {@code "starts with 'what
 *                         about'"}), or {@code null} when it stands alone
 * @param contextText      the earlier user turn(s) and the query, one per line, when the query is a follow-up and
 *                         there was an earlier user turn; {@code null} otherwise
 * @param contextEmbedding the embedding of {@code contextText}, or {@code null} when there is none or embedding it
 *                         failed (the category is then decided from the query alone)
 * @param reaskSimilarity  the highest similarity of the query to one of the earlier user turns that were compared,
 *                         or {@code NaN} when none was compared
 * @param reaskTurnsAgo    how many user turns ago the query was asked before (1 = the previous user turn), or 0
 *                         when it is not a re-ask
 */
public record ConversationSignals(String followUpCue, String contextText, Embedding contextEmbedding,
                                  double reaskSimilarity, int reaskTurnsAgo) {

    /** No signal: a single-turn request, or one the router did not look at. */
    public static final ConversationSignals NONE = new ConversationSignals(null, null, null, Double.NaN, 0);

    /**
     * @throws IllegalArgumentException if reaskTurnsAgo is negative, or a context embedding comes without its text
     */
    public ConversationSignals {
        if (reaskTurnsAgo < 0) {
            throw new IllegalArgumentException("reaskTurnsAgo must be >= 0, was " + reaskTurnsAgo);
        }
        if (contextEmbedding != null) {
            Objects.requireNonNull(contextText, "contextText must be given with contextEmbedding");
        }
    }

    /** Whether the query depends on earlier user turns. */
    public boolean followUp() {
        return followUpCue != null;
    }

    /** Whether the user asks again what they asked one to three user turns ago. */
    public boolean reask() {
        return reaskTurnsAgo > 0;
    }

    /** Whether the category is decided from {@link #contextText()} rather than from the query alone. */
    public boolean categoryFromContext() {
        return followUp() && contextEmbedding != null;
    }

    /** A short summary for traces, e.g. {@code "follow-up (starts with 'and'), category from context; re-ask of 2 turns ago (0.93)"}. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (followUp()) {
            s.append("follow-up (").append(followUpCue).append(')')
                    .append(categoryFromContext() ? ", category from context" : ", category from the query alone");
        } else {
            s.append("stands alone");
        }
        if (reask()) {
            s.append(String.format(java.util.Locale.ROOT, "; re-ask of %d turn(s) ago (%.2f)", reaskTurnsAgo,
                    reaskSimilarity));
        }
        return s.toString();
    }
}
