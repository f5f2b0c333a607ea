package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A chat-completions stream: {@code data: {chunk}} events, a role chunk first, a chunk per piece of text, each
 * tool call whole in one delta, a chunk with the finish reason (and log-probabilities), a usage chunk when
 * {@code stream_options.include_usage} asked, then {@code data: [DONE]}. An error is a {@code data:} event in
 * OpenAI's error shape, without {@code [DONE]}.
 */
final class OpenAiStream implements StreamFormat {

    private final String id;
    private final long created;
    private final boolean includeUsage;
    private String model;

    /**
     * @param id           the {@code chatcmpl-} id every chunk repeats
     * @param created      the creation time in seconds, repeated too
     * @param includeUsage whether the stream ends with a usage chunk
     */
    OpenAiStream(String id, long created, boolean includeUsage) {
        this.id = id;
        this.created = created;
        this.includeUsage = includeUsage;
    }

    @Override
    public void start(Reply.EventStream out, String model) throws IOException {
        this.model = model;
        event(out, OpenAiProtocol.chunk(id, created, model, "assistant", "", null));
    }

    @Override
    public void text(Reply.EventStream out, String text) throws IOException {
        event(out, OpenAiProtocol.chunk(id, created, model, null, text, null));
    }

    @Override
    public void finish(Reply.EventStream out, ChatResponse response) throws IOException {
        end(out, 0, response);
        close(out, response.tokenUsage());
    }

    /**
     * Several complete answers as one stream, choice {@code i} for {@code responses[i]}: per choice a chunk with its
     * role and text, its tool calls, and a chunk with its finish reason; then the usage of all (when asked) and
     * {@code [DONE]}.
     */
    void choices(Reply.EventStream out, String model, List<ChatResponse> responses) throws IOException {
        this.model = model;
        for (int i = 0; i < responses.size(); i++) {
            String text = responses.get(i).aiMessage().text();
            event(out, OpenAiProtocol.chunk(id, created, model, i, "assistant", text == null ? "" : text, null));
            end(out, i, responses.get(i));
        }
        close(out, OpenAiProtocol.total(responses));
    }

    /** The end of choice {@code index}: its tool calls, then a chunk with its finish reason and log-probabilities. */
    private void end(Reply.EventStream out, int index, ChatResponse response) throws IOException {
        AiMessage ai = response.aiMessage();
        if (ai.hasToolExecutionRequests()) {
            // each call goes out whole in one delta, which OpenAI clients accumulate like partial ones
            List<ToolExecutionRequest> calls = ai.toolExecutionRequests();
            for (int c = 0; c < calls.size(); c++) {
                event(out, ToolsCodec.chunk(id, created, model, index, c, calls.get(c)));
            }
        }
        ObjectNode last = OpenAiProtocol.chunk(id, created, model, index, null, null,
                OpenAiProtocol.finishReason(response.finishReason(), ai));
        // LangChain4j hands over a stream's log-probabilities at its end: they travel on the last chunk
        LogProbsCodec.write((ObjectNode) last.path("choices").path(0), response);
        event(out, last);
    }

    /** The stream's end: the usage chunk when asked for, then {@code [DONE]}. */
    private void close(Reply.EventStream out, TokenUsage usage) throws IOException {
        if (includeUsage) {
            event(out, OpenAiProtocol.usageChunk(id, created, model, usage));
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void error(Reply.EventStream out, ApiError error) throws IOException {
        event(out, OpenAiProtocol.error(error));
    }

    private static void event(Reply.EventStream out, JsonNode data) throws IOException {
        out.write(("data: " + OpenAiProtocol.JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
