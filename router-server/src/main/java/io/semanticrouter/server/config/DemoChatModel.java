package io.semanticrouter.server.config;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.time.Duration;

/**
 * The {@code type: demo} model: an offline stand-in, so the gateway can be tried without any LLM. Its answer
 * is fixed by the question: it names the model, says it is a stand-in, and repeats the last user message
 * (plus the reasoning mode when a decision asked for one). It waits {@code latency} first, so the cache's
 * savings show. Thread-safe.
 */
final class DemoChatModel implements ChatModel {

    private final String name;
    private final Duration latency;

    DemoChatModel(String name, Duration latency) {
        this.name = name;
        this.latency = latency;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        pause(latency);
        return answer(name, request);
    }

    /** The demo answer of model {@code name} to {@code request}. */
    static ChatResponse answer(String name, ChatRequest request) {
        String question = UserMessage.findLast(request.messages())
                .map(u -> u.hasSingleText() ? u.singleText() : "(a message with several parts)")
                .orElse("(no question)");
        String reasoning = reasoning(request.parameters());
        String text = "[demo model '" + name + "'" + (reasoning == null ? "" : ", reasoning " + reasoning)
                + "] This is an offline stand-in, not a real LLM. You asked: " + question;
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .modelName(name)
                .tokenUsage(new TokenUsage(tokens(question), tokens(text)))
                .finishReason(FinishReason.STOP)
                .build();
    }

    /** The reasoning mode a mapping put into the parameters, as the demo reports it; null when none. */
    private static String reasoning(ChatRequestParameters p) {
        if (p instanceof OpenAiChatRequestParameters o) {
            if (o.reasoningEffort() != null) {
                return o.reasoningEffort();
            }
            Object kwargs = o.customParameters() == null ? null : o.customParameters().get("chat_template_kwargs");
            if (kwargs instanceof java.util.Map<?, ?> m && m.get("enable_thinking") instanceof Boolean on) {
                return on ? "thinking" : "no-thinking";
            }
        }
        return null;
    }

    private static int tokens(String s) {
        return Math.max(1, s.length() / 4);
    }

    static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo model interrupted", e);
        }
    }

    @Override
    public String toString() {
        return "DemoChatModel[" + name + ", latency=" + latency.toMillis() + "ms]";
    }
}
