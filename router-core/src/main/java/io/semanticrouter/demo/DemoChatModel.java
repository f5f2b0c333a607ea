package io.semanticrouter.demo;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for a real LLM, so that demos and tests run offline: the examples' quickstart and the gateway's
 * {@code type: demo} models use it. Its answer follows from the request alone: it names the model, says that it
 * is an offline stand-in, and repeats the last user message, for instance
 * {@code [demo model 'small'] This is an offline stand-in, not a real LLM. You asked: Name three prime numbers}.
 * When a reasoning reader is given and finds a reasoning mode in the request's parameters, the answer names it
 * too ({@code [demo model 'strong', reasoning high] ...}). Each answer comes after a fixed simulated latency, so
 * that what a cache saves can be seen.
 *
 * <p>{@link #streaming()} gives the same model as a {@link StreamingChatModel}. Thread-safe.
 */
public final class DemoChatModel implements ChatModel {

    private final String name;
    private final Duration latency;
    private final Function<ChatRequestParameters, String> reasoning;
    private final AtomicInteger calls = new AtomicInteger();

    /**
     * A demo model that names no reasoning mode.
     *
     * @param name    the name the model answers as
     * @param latency how long each answer is held back (zero for none)
     */
    public DemoChatModel(String name, Duration latency) {
        this(name, latency, parameters -> null);
    }

    /**
     * A demo model that names the reasoning mode {@code reasoning} reads from a request's parameters.
     *
     * @param reasoning the mode a request's parameters ask for, as the answer should name it; null for none. It
     *                  is never handed null parameters.
     */
    public DemoChatModel(String name, Duration latency, Function<ChatRequestParameters, String> reasoning) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.latency = Objects.requireNonNull(latency, "latency must not be null");
        this.reasoning = Objects.requireNonNull(reasoning, "reasoning must not be null");
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        pause();
        return answer(request);
    }

    /**
     * This model as a {@link StreamingChatModel}: the same answer after the same latency, delivered word by word
     * on the caller's thread and then completed. Calls through it count in {@link #calls()}.
     */
    public StreamingChatModel streaming() {
        return new Streaming();
    }

    /** How many requests this model has answered, blocking or streaming (a cache hit saves one). */
    public int calls() {
        return calls.get();
    }

    private ChatResponse answer(ChatRequest request) {
        calls.incrementAndGet();
        String question = UserMessage.findLast(request.messages())
                .map(u -> u.hasSingleText() ? u.singleText() : "(a message with several parts)")
                .orElse("(no question)");
        String mode = request.parameters() == null ? null : reasoning.apply(request.parameters());
        String text = "[demo model '" + name + "'" + (mode == null ? "" : ", reasoning " + mode)
                + "] This is an offline stand-in, not a real LLM. You asked: " + question;
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .modelName(name)
                .tokenUsage(new TokenUsage(tokens(question), tokens(text)))
                .finishReason(FinishReason.STOP)
                .build();
    }

    /** A rough token count: four characters a token, at least one. */
    private static int tokens(String s) {
        return Math.max(1, s.length() / 4);
    }

    private void pause() {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo model interrupted", e);
        }
    }

    @Override
    public String toString() {
        return "DemoChatModel[" + name + ", latency=" + latency.toMillis() + "ms]";
    }

    /** The streaming face: the blocking answer cut after each space. */
    private final class Streaming implements StreamingChatModel {

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            ChatResponse response;
            try {
                response = DemoChatModel.this.doChat(request);
            } catch (RuntimeException e) {
                handler.onError(e);
                return;
            }
            String text = response.aiMessage().text();
            int start = 0;
            while (start < text.length()) {
                int space = text.indexOf(' ', start);
                int end = space < 0 ? text.length() : space + 1;
                handler.onPartialResponse(text.substring(start, end));
                start = end;
            }
            handler.onCompleteResponse(response);
        }

        @Override
        public String toString() {
            return "DemoStreamingChatModel[" + name + "]";
        }
    }
}
