package io.semanticrouter.spring.ai;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.semanticrouter.InvalidRequestException;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.prompt.ChatOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Conversions between Spring AI's and LangChain4j's messages, options and finish reasons. */
final class SpringAiMessages {

    private SpringAiMessages() {
    }

    // --- Spring AI -> LangChain4j (a Spring AI prompt sent to the router) ---

    static List<ChatMessage> toLangChain4j(List<Message> messages) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m == null) {
                throw new InvalidRequestException("messages[" + i + "]", "must not be null");
            }
            switch (m.getMessageType()) {
                case SYSTEM -> out.add(SystemMessage.from(text(m, i)));
                case USER -> {
                    if (m instanceof org.springframework.ai.chat.messages.UserMessage u && !u.getMedia().isEmpty()) {
                        throw new InvalidRequestException("messages[" + i + "]",
                                "media in user messages is not passed to the router; send text");
                    }
                    out.add(UserMessage.from(text(m, i)));
                }
                case ASSISTANT -> out.add(aiMessage((AssistantMessage) m));
                case TOOL -> ((ToolResponseMessage) m).getResponses().forEach(r ->
                        out.add(ToolExecutionResultMessage.from(r.id(), r.name(), r.responseData())));
            }
        }
        return out;
    }

    private static String text(Message m, int i) {
        String t = m.getText();
        if (t == null) {
            throw new InvalidRequestException("messages[" + i + "]", "has no text");
        }
        return t;
    }

    private static AiMessage aiMessage(AssistantMessage m) {
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (AssistantMessage.ToolCall c : m.getToolCalls()) {
            calls.add(ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build());
        }
        String text = m.getText();
        if (calls.isEmpty()) {
            return AiMessage.from(text == null ? "" : text);
        }
        return text == null || text.isEmpty() ? AiMessage.from(calls) : AiMessage.from(text, calls);
    }

    /** The prompt's options as LangChain4j request parameters; the model name picks a registered model. */
    static ChatRequestParameters toParameters(ChatOptions o) {
        if (o == null) {
            return null;
        }
        return ChatRequestParameters.builder()
                .modelName(o.getModel())
                .temperature(o.getTemperature())
                .topP(o.getTopP())
                .topK(o.getTopK())
                .frequencyPenalty(o.getFrequencyPenalty())
                .presencePenalty(o.getPresencePenalty())
                .maxOutputTokens(o.getMaxTokens())
                .stopSequences(o.getStopSequences())
                .build();
    }

    // --- LangChain4j -> Spring AI (the router's request sent to a Spring AI model) ---

    static List<Message> toSpringAi(List<ChatMessage> messages) {
        List<Message> out = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            if (m instanceof SystemMessage s) {
                out.add(new org.springframework.ai.chat.messages.SystemMessage(s.text()));
            } else if (m instanceof UserMessage u) {
                if (!u.hasSingleText()) {
                    throw new IllegalArgumentException("a Spring AI model behind the router takes text user messages"
                            + " only; this one has " + u.contents().size() + " parts");
                }
                out.add(new org.springframework.ai.chat.messages.UserMessage(u.singleText()));
            } else if (m instanceof AiMessage a) {
                out.add(assistantMessage(a));
            } else if (m instanceof ToolExecutionResultMessage t) {
                out.add(ToolResponseMessage.builder().responses(List.of(
                        new ToolResponseMessage.ToolResponse(t.id(), t.toolName(), t.text()))).build());
            } else {
                throw new IllegalArgumentException("cannot pass a " + m.type() + " message to a Spring AI model");
            }
        }
        return out;
    }

    private static AssistantMessage assistantMessage(AiMessage a) {
        List<AssistantMessage.ToolCall> calls = new ArrayList<>();
        if (a.hasToolExecutionRequests()) {
            for (ToolExecutionRequest r : a.toolExecutionRequests()) {
                calls.add(new AssistantMessage.ToolCall(r.id(), "function", r.name(), r.arguments()));
            }
        }
        return AssistantMessage.builder().content(a.text()).toolCalls(calls).build();
    }

    /** LangChain4j parameters as Spring AI options; the router's model name is not an upstream name, so it stays. */
    static ChatOptions toOptions(ChatRequestParameters p) {
        if (p == null) {
            return null;
        }
        if (p.toolSpecifications() != null && !p.toolSpecifications().isEmpty()) {
            throw new IllegalArgumentException("tool specifications are not passed to a Spring AI model behind the"
                    + " router; give the Spring AI model its tools itself");
        }
        return ChatOptions.builder()
                .temperature(p.temperature())
                .topP(p.topP())
                .topK(p.topK())
                .frequencyPenalty(p.frequencyPenalty())
                .presencePenalty(p.presencePenalty())
                .maxTokens(p.maxOutputTokens())
                .stopSequences(p.stopSequences() == null || p.stopSequences().isEmpty() ? null : p.stopSequences())
                .build();
    }

    // --- finish reasons and usage ---

    /** A Spring AI finish reason ({@code STOP}, {@code length}, {@code tool_calls}...) as LangChain4j's; null if none. */
    static FinishReason finishReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return switch (reason.trim().toUpperCase(Locale.ROOT)) {
            case "STOP", "END_TURN", "STOP_SEQUENCE", "COMPLETED" -> FinishReason.STOP;
            case "LENGTH", "MAX_TOKENS" -> FinishReason.LENGTH;
            case "TOOL_CALLS", "TOOL_CALL", "TOOL_USE", "FUNCTION_CALL" -> FinishReason.TOOL_EXECUTION;
            case "CONTENT_FILTER", "SAFETY" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }

    /** A LangChain4j finish reason as the lower-case name Spring AI models commonly report. */
    static String finishReason(FinishReason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            default -> "other";
        };
    }

    static TokenUsage tokenUsage(Usage u) {
        if (u == null || (u.getPromptTokens() == null && u.getCompletionTokens() == null)) {
            return null;
        }
        return new TokenUsage(u.getPromptTokens(), u.getCompletionTokens());
    }

    static Usage usage(TokenUsage u) {
        if (u == null) {
            return new DefaultUsage(0, 0);
        }
        return new DefaultUsage(u.inputTokenCount(), u.outputTokenCount(), u.totalTokenCount());
    }
}
