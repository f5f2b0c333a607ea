package io.semanticrouter;

/**
 * Stage 3b, conversation: reads the {@link ConversationSignals} of a request (follow-up, re-ask) with the
 * {@link ConversationAnalyzer}, for the selector and the trace. It reads nothing when routing will not ask the
 * selector (no selector, a model named by the caller, no query embedding, an answer already given) or when the
 * conversation has a single user turn.
 */
final class ConversationStage implements RouterStage {

    private final ConversationAnalyzer analyzer;
    private final Embedder embedder;
    private final boolean routes;

    ConversationStage(ConversationAnalyzer analyzer, Embedder embedder, boolean routes) {
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.routes = routes;
    }

    @Override
    public void apply(RequestState state) {
        if (!routes || !analyzer.active() || state.embedding() == null || state.answered()
                || AdmissionStage.requestedModel(state.request()) != null) {
            return;
        }
        state.conversationSignals(analyzer.read(state.request().messages(), state.embedding(), embedder));
    }
}
