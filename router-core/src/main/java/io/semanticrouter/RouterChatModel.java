package io.semanticrouter;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The LangChain4j face of a {@link SemanticRouter}: a {@link ChatModel} whose {@code doChat} routes the
 * request. Request parameters pass through to the chosen model and partition the cache.
 */
final class RouterChatModel implements ChatModel {

    private final SemanticRouter router;
    private final String tenant;

    RouterChatModel(SemanticRouter router, String tenant) {
        this.router = router;
        this.tenant = tenant;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        if (request == null) {
            throw new InvalidRequestException("request", "must not be null");
        }
        return router.route(RouteRequest.builder()
                .messages(request.messages())
                .parameters(request.parameters())
                .tenant(tenant)
                .build()).response();
    }

    @Override
    public String toString() {
        return "RouterChatModel[tenant='" + tenant + "', models=" + router.modelNames() + "]";
    }
}
