package io.semanticrouter.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A Messages API stream in Anthropic's typed server-sent events: {@code message_start} and a {@code ping}; a text
 * block ({@code content_block_start}, a {@code content_block_delta} with a {@code text_delta} per piece,
 * {@code content_block_stop}) once text arrives; per tool call a {@code tool_use} block whose input comes in one
 * {@code input_json_delta}; then {@code message_delta} (stop reason, usage) and {@code message_stop}. An error
 * after the start is an {@code event: error}. The input tokens are known only at the end (the router hands over
 * the usage with the whole answer), so {@code message_start} says 0 and {@code message_delta} carries both counts.
 */
final class AnthropicStream implements StreamFormat {

    private final String id;
    /** The index of the next content block. */
    private int index;
    /** Whether a text block is open (text has been written). */
    private boolean textOpen;

    /** @param id the message id ({@code msg_...}) */
    AnthropicStream(String id) {
        this.id = id;
    }

    @Override
    public void start(Reply.EventStream out, String model) throws IOException {
        ObjectNode message = OpenAiProtocol.JSON.createObjectNode();
        message.put("id", id).put("type", "message").put("role", "assistant").put("model", model);
        message.putArray("content");
        message.putNull("stop_reason");
        message.putNull("stop_sequence");
        message.set("usage", AnthropicProtocol.usage(null, true));
        ObjectNode start = object("message_start");
        start.set("message", message);
        event(out, "message_start", start);
        event(out, "ping", object("ping"));
    }

    @Override
    public void text(Reply.EventStream out, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (!textOpen) {
            ObjectNode start = object("content_block_start").put("index", index);
            start.putObject("content_block").put("type", "text").put("text", "");
            event(out, "content_block_start", start);
            textOpen = true;
        }
        ObjectNode delta = object("content_block_delta").put("index", index);
        delta.putObject("delta").put("type", "text_delta").put("text", text);
        event(out, "content_block_delta", delta);
    }

    @Override
    public void finish(Reply.EventStream out, ChatResponse response) throws IOException {
        AiMessage ai = response.aiMessage();
        if (!textOpen && ai.text() != null) {
            text(out, ai.text()); // an answer whose text never came in pieces
        }
        stopBlock(out);
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
            ObjectNode start = object("content_block_start").put("index", index);
            start.putObject("content_block").put("type", "tool_use").put("id", AnthropicProtocol.toolUseId(call))
                    .put("name", call.name()).putObject("input");
            event(out, "content_block_start", start);
            ObjectNode delta = object("content_block_delta").put("index", index);
            delta.putObject("delta").put("type", "input_json_delta")
                    .put("partial_json", AnthropicProtocol.input(call).toString());
            event(out, "content_block_delta", delta);
            event(out, "content_block_stop", object("content_block_stop").put("index", index));
            index++;
        }
        ObjectNode end = object("message_delta");
        end.putObject("delta").put("stop_reason", AnthropicProtocol.stopReason(response.finishReason(), ai))
                .putNull("stop_sequence");
        end.set("usage", AnthropicProtocol.usage(response.tokenUsage(), true));
        event(out, "message_delta", end);
        event(out, "message_stop", object("message_stop"));
    }

    @Override
    public void error(Reply.EventStream out, ApiError error) throws IOException {
        event(out, "error", AnthropicProtocol.error(error));
    }

    /** Closes the open text block, if any. */
    private void stopBlock(Reply.EventStream out) throws IOException {
        if (textOpen) {
            event(out, "content_block_stop", object("content_block_stop").put("index", index));
            textOpen = false;
            index++;
        }
    }

    private static ObjectNode object(String type) {
        return OpenAiProtocol.JSON.createObjectNode().put("type", type);
    }

    private static void event(Reply.EventStream out, String name, ObjectNode data) throws IOException {
        out.write(("event: " + name + "\ndata: " + OpenAiProtocol.JSON.writeValueAsString(data) + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
