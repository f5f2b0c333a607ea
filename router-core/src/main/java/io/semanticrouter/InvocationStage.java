package io.semanticrouter;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Stage 6, invocation: calls the candidates in order until one answers, filing the answer under the name of the
 * model that gave it. A streamed request is handed to a {@link RoutedStream}, which runs the same fallback loop
 * as the model's chunks arrive, replays an answer the request already has (a cache hit) in chunks, and resumes
 * the request path when the stream ends. A blocking request that already has an answer calls no model.
 *
 * @throws AllModelsFailedException (blocking) when every candidate failed
 */
final class InvocationStage implements RouterStage {

    private static final Logger log = LoggerFactory.getLogger(InvocationStage.class);

    private final ModelRequests requests;
    private final RouterStats stats;

    InvocationStage(ModelRequests requests, RouterStats stats) {
        this.requests = requests;
        this.stats = stats;
    }

    @Override
    public void apply(RequestState state) {
        if (state.streamHandler() != null) {
            RoutedStream stream = new RoutedStream(requests, stats, state);
            state.suspend(stream);
            stream.start();
            return;
        }
        if (state.answered()) {
            return;
        }
        for (String name : state.decision().candidates()) {
            ModelEndpoint model = requests.endpoint(name);
            if (model == null) {
                state.failed(ModelRequests.unregistered(name));
                continue;
            }
            long started = state.clock().read();
            try {
                answered(state, model.call(requests.forModel(name, state)), name);
                return;
            } catch (RuntimeException e) {
                state.failed(new ModelFailure(name, e, Duration.ofNanos(state.clock().read() - started)));
                log.debug("Model '{}' failed, trying the next candidate", name, e);
            }
        }
        throw allFailed(state, stats);
    }

    /** Records a model's answer, filed under the name of the model that gave it. */
    static void answered(RequestState state, ChatResponse response, String model) {
        ChatResponseMetadata md = response.metadata() == null ? ChatResponseMetadata.builder().build() : response.metadata();
        ChatResponse named = ChatResponse.builder().aiMessage(response.aiMessage())
                .metadata(md.toBuilder().modelName(model).build()).build();
        state.setAnswer(named, model, RequestState.Source.MODEL);
    }

    /** The error when every candidate failed, counted in the statistics. */
    static AllModelsFailedException allFailed(RequestState state, RouterStats stats) {
        stats.unanswered(state.failures());
        return new AllModelsFailedException(state.decision(), state.failures());
    }
}
