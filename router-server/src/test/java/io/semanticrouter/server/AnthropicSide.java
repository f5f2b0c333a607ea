package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Anthropic Messages API side of {@link OpenAiUpstream}: the same agent's model, spoken in Anthropic's format.
 * Offered {@code tools} (and no {@code tool_choice} of type {@code none}), it calls the first tool that has no
 * {@code tool_result} yet, one per turn; once every tool has a result, or without tools, it answers in text
 * ({@link OpenAiUpstream#answer}, {@link OpenAiUpstream#answerWithResults}). Blocking answers are a message; streams
 * are Anthropic's events, text a word a delta and a tool's input in two {@code input_json_delta} pieces. Usage: 11
 * input and 7 output tokens. Each request is recorded with its {@code x-api-key} header in the place of the
 * {@code Authorization} one and its last user text as the question.
 */
final class AnthropicSide {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnthropicSide() {
    }

    /** Answers one Messages API request, after handing it to {@code record}. */
    static void handle(HttpExchange ex, JsonNode root, Consumer<OpenAiUpstream.Request> record) throws IOException {
        String model = root.path("model").asText(null);
        boolean stream = root.path("stream").asBoolean(false);
        String question = null;
        List<String> results = new ArrayList<>();
        for (JsonNode m : root.path("messages")) {
            if (!"user".equals(m.path("role").asText())) {
                continue;
            }
            if (m.path("content").isTextual()) {
                question = m.path("content").asText();
            }
            for (JsonNode block : m.path("content")) {
                if ("text".equals(block.path("type").asText())) {
                    question = block.path("text").asText();
                } else if ("tool_result".equals(block.path("type").asText())) {
                    results.add(resultText(block.path("content")));
                }
            }
        }
        record.accept(new OpenAiUpstream.Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("x-api-key"),
                root.toString(), model, stream, question));
        JsonNode tools = root.path("tools");
        ArrayNode content = JSON.createArrayNode();
        boolean calls = tools.isArray() && results.size() < tools.size()
                && !"none".equals(root.path("tool_choice").path("type").asText());
        if (calls) {
            content.addObject().put("type", "tool_use").put("id", "toolu_" + results.size() + "_"
                            + Integer.toHexString(question.hashCode())).put("name", tools.get(results.size()).path("name").asText())
                    .set("input", JSON.readTree(OpenAiUpstream.toolArguments(question, results.size())));
        } else {
            content.addObject().put("type", "text").put("text", results.isEmpty() ? OpenAiUpstream.answer(model, question)
                    : OpenAiUpstream.answerWithResults(model, question, results));
        }
        String stop = calls ? "tool_use" : "end_turn";
        if (stream) {
            stream(ex, model, content, stop);
        } else {
            ObjectNode message = message(model, stop);
            message.set("content", content);
            byte[] bytes = message.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String resultText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        List<String> parts = new ArrayList<>();
        content.forEach(b -> parts.add(b.path("text").asText()));
        return String.join("\n", parts);
    }

    private static ObjectNode message(String model, String stop) {
        ObjectNode m = JSON.createObjectNode().put("id", "msg_upstream").put("type", "message").put("role", "assistant")
                .put("model", model);
        m.putArray("content");
        if (stop == null) {
            m.putNull("stop_reason");
        } else {
            m.put("stop_reason", stop);
        }
        m.putNull("stop_sequence");
        m.putObject("usage").put("input_tokens", 11).put("output_tokens", stop == null ? 0 : 7);
        return m;
    }

    private static void stream(HttpExchange ex, String model, ArrayNode content, String stop) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        event(out, JSON.createObjectNode().put("type", "message_start").set("message", message(model, null)));
        for (int i = 0; i < content.size(); i++) {
            JsonNode block = content.get(i);
            ObjectNode start = JSON.createObjectNode().put("type", "content_block_start").put("index", i);
            List<ObjectNode> deltas = new ArrayList<>();
            if (block.path("type").asText().equals("text")) {
                start.putObject("content_block").put("type", "text").put("text", "");
                for (String word : block.path("text").asText().split("(?<= )")) {
                    deltas.add(JSON.createObjectNode().put("type", "text_delta").put("text", word));
                }
            } else {
                ObjectNode head = ((ObjectNode) block.deepCopy());
                head.putObject("input");
                start.set("content_block", head);
                String args = block.path("input").toString();
                for (String piece : List.of(args.substring(0, args.length() / 2), args.substring(args.length() / 2))) {
                    deltas.add(JSON.createObjectNode().put("type", "input_json_delta").put("partial_json", piece));
                }
            }
            event(out, start);
            for (ObjectNode d : deltas) {
                ObjectNode e = JSON.createObjectNode().put("type", "content_block_delta").put("index", i);
                e.set("delta", d);
                event(out, e);
            }
            event(out, JSON.createObjectNode().put("type", "content_block_stop").put("index", i));
        }
        ObjectNode delta = JSON.createObjectNode().put("type", "message_delta");
        delta.putObject("delta").put("stop_reason", stop).putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", 7);
        event(out, delta);
        event(out, JSON.createObjectNode().put("type", "message_stop"));
        out.close();
    }

    private static void event(OutputStream out, ObjectNode data) throws IOException {
        out.write(("event: " + data.path("type").asText() + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
