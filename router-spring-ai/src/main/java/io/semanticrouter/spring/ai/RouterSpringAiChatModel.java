package io.semanticrouter.spring.ai;

import io.semanticrouter.CacheOutcome;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.RoutedStreamHandler;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.StreamStart;
import dev.langchain4j.model.chat.response.StreamingHandle;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link SemanticRouter} as a Spring AI {@link ChatModel} (and so a Spring AI {@code StreamingChatModel}):
 * it drops into {@code ChatClient.create(model)} and anything else that takes a Spring AI model.
 *
 * <pre>{@code
 * ChatClient chat = ChatClient.create(new RouterSpringAiChatModel(router));
 * String answer = chat.prompt("How do I sort a map by value in Java?").call().content();
 * }</pre>
 *
 * <p>Each {@link Prompt} is routed: the messages become the router's conversation (system, user, assistant and
 * tool messages; user messages must be text), the options become request parameters (they reach the chosen
 * model and partition the cache), and an option {@code model} that names a registered model sends the request
 * there without routing. The answer's metadata carries the router's trace: {@code model} is the registered
 * name of the model that answered, and the keys {@value #CACHE}, {@value #SIMILARITY}, {@value #CATEGORY} and
 * {@value #REASON} say what the cache did and why the model was chosen.
 *
 * <p>{@link #stream(Prompt)} returns a cold {@link Flux}: subscribing routes the request; each chunk carries
 * the next piece of text, and the last chunk (empty text) carries the finish reason, usage and the same trace
 * keys. Cancelling the subscription cancels the stream (nothing is stored). Errors (an invalid or blocked
 * request, every model failing) arrive as the Flux's error.
 *
 * <p>Thread-safe, as the router is.
 */
public final class RouterSpringAiChatModel implements ChatModel {

    /** Metadata key: the cache outcome ({@code HIT}, {@code MISS}, {@code REJECTED}...). */
    public static final String CACHE = "semantic-router.cache";
    /** Metadata key: the similarity of the cached question, for a hit or a rejected candidate. */
    public static final String SIMILARITY = "semantic-router.similarity";
    /** Metadata key: the category the router chose, or empty. */
    public static final String CATEGORY = "semantic-router.category";
    /** Metadata key: why the model was chosen. */
    public static final String REASON = "semantic-router.reason";

    private final SemanticRouter router;
    private final String tenant;

    /**
     * The router in the shared tenant scope.
     *
     * @throws NullPointerException if router is null
     */
    public RouterSpringAiChatModel(SemanticRouter router) {
        this(router, "");
    }

    /**
     * The router in the given tenant scope: cached answers are shared within the tenant only.
     *
     * @throws NullPointerException if an argument is null
     */
    public RouterSpringAiChatModel(SemanticRouter router, String tenant) {
        this.router = Objects.requireNonNull(router, "router must not be null");
        this.tenant = Objects.requireNonNull(tenant, "tenant must not be null; use \"\" for the shared scope");
    }

    /**
     * Routes the prompt and returns the answer with the router's trace in its metadata.
     *
     * @throws io.semanticrouter.InvalidRequestException if the prompt cannot be routed (no user message, media...)
     * @throws io.semanticrouter.RequestBlockedException if a guard blocks it
     * @throws io.semanticrouter.AllModelsFailedException if every candidate model fails
     */
    @Override
    public ChatResponse call(Prompt prompt) {
        RoutedResponse r = router.route(request(prompt));
        String reason = SpringAiMessages.finishReason(r.response().metadata().finishReason());
        AssistantMessage message = AssistantMessage.builder().content(r.text()).build();
        return new ChatResponse(List.of(new Generation(message, generationMetadata(reason))), metadata(r));
    }

    /** Streams the routed answer; see the class comment. */
    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        return Flux.create(sink -> {
            RouteRequest request;
            try {
                request = request(prompt);
            } catch (RuntimeException e) {
                sink.error(e);
                return;
            }
            AtomicReference<StreamingHandle> handle = new AtomicReference<>();
            sink.onDispose(() -> {
                StreamingHandle h = handle.get();
                if (h != null) {
                    h.cancel();
                }
            });
            handle.set(router.routeStreaming(request, new Sink(sink, handle)));
        });
    }

    private RouteRequest request(Prompt prompt) {
        if (prompt == null) {
            throw new io.semanticrouter.InvalidRequestException("prompt", "must not be null");
        }
        RouteRequest.Builder b = RouteRequest.builder()
                .messages(SpringAiMessages.toLangChain4j(prompt.getInstructions()))
                .tenant(tenant);
        if (prompt.getOptions() != null) {
            b.parameters(SpringAiMessages.toParameters(prompt.getOptions()));
        }
        return b.build();
    }

    private static ChatGenerationMetadata generationMetadata(String finishReason) {
        return finishReason == null ? ChatGenerationMetadata.NULL
                : ChatGenerationMetadata.builder().finishReason(finishReason).build();
    }

    static ChatResponseMetadata metadata(RoutedResponse r) {
        CacheOutcome cache = r.cache();
        ChatResponseMetadata.Builder b = ChatResponseMetadata.builder()
                .model(r.model())
                .usage(SpringAiMessages.usage(r.response().metadata().tokenUsage()))
                .keyValue(CACHE, cache.status().name())
                .keyValue(SIMILARITY, cache.similarity())
                .keyValue(CATEGORY, r.decision().category() == null ? "" : r.decision().category())
                .keyValue(REASON, r.decision().reason() == null ? "" : r.decision().reason());
        if (r.response().metadata().id() != null) {
            b.id(r.response().metadata().id());
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "RouterSpringAiChatModel[tenant='" + tenant + "', models=" + router.modelNames() + "]";
    }

    /** Passes the router's stream callbacks to a Flux sink. */
    private static final class Sink implements RoutedStreamHandler {
        private final FluxSink<ChatResponse> sink;
        private final AtomicReference<StreamingHandle> handle;

        Sink(FluxSink<ChatResponse> sink, AtomicReference<StreamingHandle> handle) {
            this.sink = sink;
            this.handle = handle;
        }

        @Override
        public void onRouted(StreamStart start, StreamingHandle h) {
            handle.set(h);
        }

        @Override
        public void onPartial(String text) {
            sink.next(new ChatResponse(List.of(new Generation(AssistantMessage.builder().content(text).build()))));
        }

        @Override
        public void onComplete(RoutedResponse r) {
            String reason = SpringAiMessages.finishReason(r.response().metadata().finishReason());
            Generation last = new Generation(AssistantMessage.builder().content("").build(), generationMetadata(reason));
            sink.next(new ChatResponse(List.of(last), metadata(r)));
            sink.complete();
        }

        @Override
        public void onError(Throwable error) {
            sink.error(error);
        }
    }
}
