package io.semanticrouter.server;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.output.FinishReason;

/**
 * How one wire protocol names why an answer ended. An answer that carries tool calls is named as a tool call
 * whatever the model reported (some models report a plain stop with them); a missing reason, and any reason
 * without a name of its own, is a plain stop.
 *
 * @param toolCalls     the name for an answer that calls tools
 * @param length        the name for an answer cut at the token limit
 * @param contentFilter the name for an answer stopped by a content filter
 * @param stop          the name for everything else
 */
record FinishNames(String toolCalls, String length, String contentFilter, String stop) {

    /** OpenAI's {@code finish_reason} values. */
    static final FinishNames OPENAI = new FinishNames("tool_calls", "length", "content_filter", "stop");

    /** Anthropic's {@code stop_reason} values ({@code stop_sequence} is never reported: see the gateway docs). */
    static final FinishNames ANTHROPIC = new FinishNames("tool_use", "max_tokens", "refusal", "end_turn");

    /** The protocol's name for {@code reason}, given the answer {@code message} (may be null). */
    String of(FinishReason reason, AiMessage message) {
        if (message != null && message.hasToolExecutionRequests()) {
            return toolCalls;
        }
        if (reason == null) {
            return stop;
        }
        return switch (reason) {
            case LENGTH -> length;
            case TOOL_EXECUTION -> toolCalls;
            case CONTENT_FILTER -> contentFilter;
            default -> stop;
        };
    }
}
