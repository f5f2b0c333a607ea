package io.semanticrouter.server.config;

import io.semanticrouter.ToolSelection;

import java.util.List;

/**
 * The {@code tool_selection} section, at the top level (every request) and in a decision (requests that
 * decision routes, in place of the top-level one): when a request offers more tools than {@code top_k}, the
 * model is sent only the {@code top_k} most similar to the question ({@link ToolSelection}). Off when the section
 * is absent; a section without {@code enabled} is on.
 *
 * <pre>
 * tool_selection:
 *   enabled: true              # default true when the section is given; false turns it off (in a decision: for it)
 *   top_k: 10                  # >= 1: tools kept by relevance (besides the ones never dropped); default 10
 *   min_similarity: 0.2        # [-1, 1]: a tool less similar is dropped even within top_k (never all of them)
 *   always_keep: [search_docs] # tool names never dropped
 *   language_gate: true        # default true: keep every tool when the question does not read as English
 *   min_english_share: 0.7     # [0, 1]: share of English words the gate needs; default 0.7
 *   widen_below: 0.3           # [-1, 1]: best cosine under which up to widen_to tools are kept; -1 never; default 0.3
 *   widen_to: 20               # >= top_k: tools a widened question keeps; default twice top_k
 *   query_adapter: true        # default true: rank through the query adapter shipped for the embedder, if any
 * </pre>
 *
 * Tools the conversation already called are never dropped either, nor a tool named by {@code tool_choice}.
 *
 * @param enabled       whether selection runs (default true)
 * @param topK          tools kept by similarity, or {@code null} for {@link ToolSelection#DEFAULT_TOP_K}
 * @param minSimilarity the similarity floor, or {@code null} for none
 * @param alwaysKeep    tool names never dropped (empty when none)
 * @param languageGate  whether selection stands down for a question not in English, or {@code null} for on
 * @param minEnglishShare the share of English words the gate needs, or {@code null} for
 *                      {@link ToolSelection#DEFAULT_MIN_ENGLISH_SHARE}
 * @param widenBelow    the best cosine under which a question is widened, or {@code null} for
 *                      {@link ToolSelection#DEFAULT_WIDEN_BELOW}
 * @param widenTo       the tools a widened question keeps at most, or {@code null} for twice {@code top_k}
 * @param queryAdapter  whether the question goes through the embedder's shipped query adapter, or {@code null} for
 *                      {@link ToolSelection#DEFAULT_QUERY_ADAPTER}
 */
public record ToolSelectionConfig(Boolean enabled, Integer topK, Double minSimilarity, List<String> alwaysKeep,
                                  Boolean languageGate, Double minEnglishShare, Double widenBelow, Integer widenTo,
                                  Boolean queryAdapter) {

    /** Applies the default of the switch and copies the list (null items are kept, for the check to name them). */
    public ToolSelectionConfig {
        enabled = enabled == null || enabled;
        alwaysKeep = alwaysKeep == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(alwaysKeep));
    }

    /** Hands the values the file sets to {@link ToolSelection#builder()}, which checks them. */
    ToolSelection selection(Refusals refusals) {
        ToolSelection.Builder b = ToolSelection.builder();
        refusals.set("top_k", topK, b::topK);
        refusals.set("min_similarity", minSimilarity, b::minSimilarity);
        refusals.each("always_keep", alwaysKeep, name -> {
            if (name == null) {
                throw new IllegalArgumentException("must be a tool name, was empty");
            }
            b.alwaysKeep(name);
        });
        refusals.set("language_gate", languageGate, b::languageGate);
        refusals.set("min_english_share", minEnglishShare, b::minEnglishShare);
        refusals.set("widen_below", widenBelow, b::widenBelow);
        int k = topK != null && topK >= 1 ? topK : ToolSelection.DEFAULT_TOP_K;
        refusals.set("widen_to", widenTo, n -> {
            if (n < k) {
                throw new IllegalArgumentException("must be >= top_k (" + k + "), was " + n);
            }
            b.widenTo(n);
        });
        refusals.set("query_adapter", queryAdapter, b::queryAdapter);
        return enabled ? b.build() : ToolSelection.off();
    }
}
