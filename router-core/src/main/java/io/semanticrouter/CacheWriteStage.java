package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.pii.PiiDetector;
import io.semanticrouter.pii.PiiMatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 7, cache write: stores a model's answer when it is safe to reuse, and records in the outcome whether it
 * was stored and why not. Only answers a model gave are considered (not a hit, not an answer a stage gave), and
 * only when the cache was consulted. Refused: a {@code no-store} request, a tool call (unless allowed), an
 * answer without text, personal data in the shared scope, a finish reason other than a normal stop. The refusal is
 * kept in the state: request coalescing shares only answers this stage would store.
 */
final class CacheWriteStage implements RouterStage {

    private final CacheAccess cache;
    private final int contextWindow;
    private final boolean cacheToolCalls;
    private final PiiDetector piiDetector;
    private final CategoryCachePolicy categories;

    CacheWriteStage(CacheAccess cache, int contextWindow, boolean cacheToolCalls, PiiDetector piiDetector,
                    CategoryCachePolicy categories) {
        this.cache = cache;
        this.contextWindow = contextWindow;
        this.cacheToolCalls = cacheToolCalls;
        this.piiDetector = piiDetector;
        this.categories = categories;
    }

    @Override
    public void apply(RequestState state) {
        CacheOutcome outcome = state.cacheOutcome();
        if (state.source() != RequestState.Source.MODEL || outcome.status() == CacheOutcome.Status.BYPASS) {
            return;
        }
        RouteRequest request = state.request();
        String refusal = refusal(request, state.query(), state.response());
        state.storeRefusal(refusal);
        if (refusal != null) {
            state.cacheOutcome(outcome.withStored(false, "not stored: " + refusal), state.partition());
            return;
        }
        String answeredBy = state.answeredBy();
        String partition = state.partition();
        if (!answeredBy.equals(state.decision().model())) {
            // a fallback's answer is filed under the model that produced it
            partition = state.conversation().partition(request.tenant(), contextWindow, state.parameters(), answeredBy);
        }
        boolean stored = cache.store(new CacheEntry(partition, state.query(), state.cacheEmbedding(),
                StoredAnswer.encode(state.response().aiMessage()), answeredBy, state.decision().category(),
                categories.ttl(state.decision().category(), request.cacheTtl())));
        state.cacheOutcome(outcome.withStored(stored, stored ? null : "store failed"), state.partition());
    }

    /**
     * Why no answer to this request may be stored, whatever it says, or {@code null}: a {@code no-store} request, or
     * personal data in the question in the shared scope.
     */
    String requestRefusal(RouteRequest request, String query) {
        if (!request.cacheWrite()) {
            return "no-store requested";
        }
        return personalData(request, query, null);
    }

    /** Why this answer must not be stored, or {@code null} when it may. */
    private String refusal(RouteRequest request, String query, ChatResponse response) {
        if (!request.cacheWrite()) {
            return "no-store requested";
        }
        AiMessage ai = response.aiMessage();
        if (ai.hasToolExecutionRequests()) {
            if (!cacheToolCalls) {
                return "answer is a tool call";
            }
        } else if (ai.text() == null || ai.text().isBlank()) {
            return "answer has no text";
        }
        String pii = personalData(request, query, ai);
        if (pii != null) {
            return pii;
        }
        FinishReason finish = response.finishReason();
        if (finish != null && finish != FinishReason.STOP
                && !(finish == FinishReason.TOOL_EXECUTION && ai.hasToolExecutionRequests())) {
            return "finish reason " + finish;
        }
        return null;
    }

    private String personalData(RouteRequest request, String query, AiMessage ai) {
        if (piiDetector == null || !request.tenant().isEmpty()) {
            return null;
        }
        List<PiiMatch> pii = new ArrayList<>(piiDetector.detect(query));
        if (ai != null && ai.text() != null) {
            pii.addAll(piiDetector.detect(ai.text()));
        }
        return pii.isEmpty() ? null : "personal data (" + pii.stream().map(PiiMatch::type).distinct().toList()
                + ") in the shared scope";
    }
}
