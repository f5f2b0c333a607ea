package io.semanticrouter.server.config;

import io.semanticrouter.ConversationAnalyzer;
import io.semanticrouter.FollowUpDetector;

/**
 * The {@code conversation} section: what the router reads from the earlier user turns before routing
 * ({@link ConversationAnalyzer}). A follow-up ("And in Java?") has its category decided with the previous user
 * turn; a re-ask of one of the last turns is the signal behind {@code {reask: true}} conditions. Optional: without
 * it both are on with the defaults below.
 *
 * <pre>
 * conversation:
 *   enabled: true            # false: read nothing (every turn is routed alone, {reask: true} never holds)
 *   follow_ups: true         # false: never decide the category with earlier turns
 *   context_turns: 2         # 1 to 3: earlier user turns a follow-up's context may hold
 *   reask_threshold: 0.75    # (0, 1]: cosine similarity to an earlier user turn that makes a re-ask
 *   reask_turns: 3           # 0 to 3: earlier user turns compared (0: no re-ask signal)
 * </pre>
 *
 * @param enabled        whether the router reads the conversation at all (default true)
 * @param followUps      whether a follow-up's category is decided with earlier turns (default true)
 * @param contextTurns   earlier user turns a follow-up's context may hold, or {@code null} for the default
 * @param reaskThreshold the re-ask similarity, or {@code null} for the default
 * @param reaskTurns     earlier user turns compared for a re-ask, or {@code null} for the default
 */
public record ConversationConfig(Boolean enabled, Boolean followUps, Integer contextTurns, Double reaskThreshold,
                                 Integer reaskTurns) {

    /** Applies the defaults of the two switches. */
    public ConversationConfig {
        enabled = enabled == null || enabled;
        followUps = followUps == null || followUps;
    }

    /** Hands the values the file sets to {@link ConversationAnalyzer#builder()}, which checks them. */
    ConversationAnalyzer analyzer(Refusals refusals) {
        ConversationAnalyzer.Builder b = ConversationAnalyzer.builder();
        refusals.set("context_turns", contextTurns, b::contextTurns);
        refusals.set("reask_threshold", reaskThreshold, b::reaskThreshold);
        refusals.set("reask_turns", reaskTurns, b::reaskTurns);
        b.detector(followUps ? FollowUpDetector.defaults() : null);
        return enabled ? b.build() : ConversationAnalyzer.off();
    }

    static ConversationConfig defaults() {
        return new ConversationConfig(null, null, null, null, null);
    }
}
