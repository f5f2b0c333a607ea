package io.semanticrouter.examples;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process stand-in for a real LLM, so the examples run offline. It says plainly that it is a stand-in,
 * echoes the question, and waits a fixed, simulated latency so the cache's time savings are visible.
 * Replace it with any real {@link ChatModel} (see {@link DemoModels}).
 */
public final class DemoChatModel implements ChatModel {

    private final String name;
    private final Duration simulatedLatency;
    private final AtomicInteger calls = new AtomicInteger();

    /**
     * @param name             the name the model answers as
     * @param simulatedLatency how long each call pretends to take (zero for none)
     */
    public DemoChatModel(String name, Duration simulatedLatency) {
        this.name = name;
        this.simulatedLatency = simulatedLatency;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        calls.incrementAndGet();
        if (!simulatedLatency.isZero()) {
            try {
                Thread.sleep(simulatedLatency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        String question = UserMessage.findLast(request.messages())
                .map(u -> u.hasSingleText() ? u.singleText() : "(multi-part message)").orElse("(no question)");
        String text = "[demo stand-in '" + name + "', not a real LLM] A real model would now answer: " + question;
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .modelName(name)
                .tokenUsage(new TokenUsage(question.length() / 4 + 1, text.length() / 4 + 1))
                .finishReason(FinishReason.STOP)
                .build();
    }

    /** How many times this model was called (the cache saves calls). */
    public int calls() {
        return calls.get();
    }

    @Override
    public String toString() {
        return "DemoChatModel[" + name + "]";
    }
}
