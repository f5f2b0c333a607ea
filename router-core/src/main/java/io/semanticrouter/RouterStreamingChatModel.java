package io.semanticrouter;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

import java.util.Objects;

/**
 * The streaming LangChain4j face of a {@link SemanticRouter}: a {@link StreamingChatModel} whose {@code doChat}
 * streams the routed answer. Request parameters pass through to the chosen model and partition the cache.
 * Partial responses carry a {@link PartialResponseContext} whose handle cancels the routed stream.
 */
final class RouterStreamingChatModel implements StreamingChatModel {

    private final SemanticRouter router;
    private final String tenant;

    RouterStreamingChatModel(SemanticRouter router, String tenant) {
        this.router = router;
        this.tenant = tenant;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Objects.requireNonNull(handler, "handler must not be null");
        if (request == null) {
            handler.onError(new InvalidRequestException("request", "must not be null"));
            return;
        }
        router.routeStreaming(RouteRequest.builder()
                .messages(request.messages())
                .parameters(request.parameters())
                .tenant(tenant)
                .build(), bridge(handler));
    }

    @Override
    public String toString() {
        return "RouterStreamingChatModel[tenant='" + tenant + "', models=" + router.modelNames() + "]";
    }

    /** A routed-stream handler that forwards to a LangChain4j handler (the routing decision is not passed on). */
    static RoutedStreamHandler bridge(StreamingChatResponseHandler target) {
        return new Bridge(target);
    }

    private static final class Bridge implements RoutedStreamHandler {
        private final StreamingChatResponseHandler target;
        private volatile PartialResponseContext context;

        Bridge(StreamingChatResponseHandler target) {
            this.target = target;
        }

        @Override
        public void onRouted(StreamStart start, StreamingHandle handle) {
            context = new PartialResponseContext(handle);
        }

        @Override
        public void onPartial(String text) {
            target.onPartialResponse(new PartialResponse(text), context);
        }

        @Override
        public void onComplete(RoutedResponse response) {
            target.onCompleteResponse(response.response());
        }

        @Override
        public void onError(Throwable error) {
            target.onError(error);
        }
    }
}
