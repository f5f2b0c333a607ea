package io.semanticrouter.spring.ai;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.Disposable;

import java.util.Objects;

/**
 * A Spring AI {@link org.springframework.ai.chat.model.StreamingChatModel} as a LangChain4j
 * {@link StreamingChatModel}, so that the router can stream from it. Messages and parameters are translated as
 * {@link SpringAiChatModelAdapter} does; each chunk's text goes to {@code onPartialResponse}, and when the
 * {@code Flux} completes, {@code onCompleteResponse} gets the whole text with the last finish reason, usage and
 * model name the chunks carried. A Flux error goes to {@code onError}.
 *
 * <p>Thread-safe when the Spring AI model is. Each request subscribes once; the subscription lives until the
 * Flux ends.
 */
public final class SpringAiStreamingChatModelAdapter implements StreamingChatModel {

    private final org.springframework.ai.chat.model.StreamingChatModel model;

    /**
     * Wraps a Spring AI streaming model (every Spring AI {@code ChatModel} is one).
     *
     * @throws NullPointerException if model is null
     */
    public SpringAiStreamingChatModelAdapter(org.springframework.ai.chat.model.StreamingChatModel model) {
        this.model = Objects.requireNonNull(model, "model must not be null");
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(handler, "handler must not be null");
        Prompt prompt;
        try {
            prompt = new Prompt(SpringAiMessages.toSpringAi(request.messages()),
                    SpringAiMessages.toOptions(request.parameters()));
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        Collector c = new Collector(handler);
        Disposable ignored = model.stream(prompt)
                .subscribe(c::add, handler::onError, () -> handler.onCompleteResponse(c.response()));
    }

    /** The wrapped Spring AI model. */
    public org.springframework.ai.chat.model.StreamingChatModel model() {
        return model;
    }

    @Override
    public String toString() {
        return "SpringAiStreamingChatModelAdapter[" + model.getClass().getSimpleName() + "]";
    }

    /** Joins the chunks' text and keeps the last metadata seen; Reactor delivers chunks one at a time. */
    private static final class Collector {
        private final StreamingChatResponseHandler handler;
        private final StringBuilder text = new StringBuilder();
        private FinishReason finishReason;
        private TokenUsage usage;
        private String modelName;
        private String id;

        Collector(StreamingChatResponseHandler handler) {
            this.handler = handler;
        }

        void add(org.springframework.ai.chat.model.ChatResponse chunk) {
            if (chunk == null) {
                return;
            }
            Generation g = chunk.getResult();
            if (g != null && g.getOutput() != null && g.getOutput().getText() != null && !g.getOutput().getText().isEmpty()) {
                text.append(g.getOutput().getText());
                partial(g.getOutput().getText());
            }
            if (g != null && g.getMetadata() != null && g.getMetadata().getFinishReason() != null) {
                finishReason = SpringAiMessages.finishReason(g.getMetadata().getFinishReason());
            }
            if (chunk.getMetadata() != null) {
                TokenUsage u = SpringAiMessages.tokenUsage(chunk.getMetadata().getUsage());
                usage = u != null ? u : usage;
                modelName = nonEmpty(chunk.getMetadata().getModel(), modelName);
                id = nonEmpty(chunk.getMetadata().getId(), id);
            }
        }

        private void partial(String piece) {
            handler.onPartialResponse(piece);
        }

        ChatResponse response() {
            return ChatResponse.builder().aiMessage(AiMessage.from(text.toString()))
                    .metadata(ChatResponseMetadata.builder().id(id).modelName(modelName).tokenUsage(usage)
                            .finishReason(finishReason).build())
                    .build();
        }

        private static String nonEmpty(String value, String previous) {
            return value == null || value.isEmpty() ? previous : value;
        }
    }
}
