package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Anthropic's Messages API wire format ({@code POST /v1/messages}): reads a request into the same messages and
 * parameters the chat-completions endpoint routes ({@code system}, text, {@code tool_use} and
 * {@code tool_result} blocks, {@code tools}, {@code tool_choice}, sampling), and writes messages and errors in
 * Anthropic's shapes. Every refusal is an {@link ApiError} naming the field ({@code messages[1].content[0].type}),
 * written by {@link #error} as {@code {"type": "error", "error": {"type", "message"}}}. Streams are
 * {@link AnthropicStream}. Stateless.
 */
final class AnthropicProtocol {

    /** The endpoint's path. */
    static final String PATH = "/v1/messages";

    /**
     * The request fields this gateway understands; any other ({@code thinking}, {@code container},
     * {@code mcp_servers}...) is refused with 400 naming it rather than dropped, as on the OpenAI endpoint.
     * {@code metadata.user_id} does not change the answer and is accepted and ignored.
     */
    private static final Set<String> KNOWN = Set.of("model", "messages", "system", "max_tokens", "temperature",
            "top_p", "top_k", "stop_sequences", "stream", "tools", "tool_choice", "metadata");

    private AnthropicProtocol() {
    }

    /** A new message id, {@code msg_} and 32 hex digits. */
    static String messageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Reads a Messages API body into the call the router takes: never log-probabilities, never a usage chunk.
     *
     * @throws ApiError (400) naming the field when the body is not valid JSON or not a valid request
     */
    static OpenAiProtocol.ChatCall read(byte[] body) {
        JsonNode root;
        try {
            root = OpenAiProtocol.JSON.readTree(body);
        } catch (Exception e) {
            throw ApiError.invalidJson(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiError.invalid(null, "the request body must be a JSON object");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!KNOWN.contains(field) && !root.get(field).isNull()) {
                throw ApiError.invalid("unsupported_parameter", field, field + ": not supported by this gateway");
            }
        }
        JsonNode model = root.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            throw ApiError.invalid("model", "model: a non-empty string is required (\"auto\" to route)");
        }
        Integer maxTokens = OpenAiParameters.positive(root, "max_tokens");
        if (maxTokens == null) {
            throw ApiError.invalid("max_tokens", "max_tokens: field required (a positive integer)");
        }
        metadata(root.get("metadata"));
        List<ChatMessage> messages = new ArrayList<>();
        String system = AnthropicContent.system(root.get("system"));
        if (system != null) {
            messages.add(SystemMessage.from(system));
        }
        messages.addAll(AnthropicContent.messages(root.get("messages")));
        OpenAiChatRequestParameters.Builder params = OpenAiChatRequestParameters.builder().maxOutputTokens(maxTokens)
                .temperature(number(root, "temperature")).topP(number(root, "top_p"))
                .stopSequences(stopSequences(root.get("stop_sequences")));
        Integer topK = OpenAiParameters.positive(root, "top_k");
        if (topK != null) {
            // the OpenAI protocol has no top_k; servers that take it (vLLM, Ollama, llama.cpp) read it from the body
            params.customParameters(Map.of("top_k", topK));
        }
        AnthropicTools.read(root, params);
        return new OpenAiProtocol.ChatCall(model.asText().trim(), messages, params.build(), bool(root, "stream"),
                false, false);
    }

    /** {@code metadata}: an object whose only field is {@code user_id} (a string or null); ignored. */
    private static void metadata(JsonNode m) {
        if (m == null || m.isNull()) {
            return;
        }
        if (!m.isObject()) {
            throw ApiError.invalid("metadata", "metadata: must be an object");
        }
        for (var it = m.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("user_id")) {
                throw ApiError.invalid("metadata." + f, "metadata." + f + ": extra inputs are not permitted");
            }
        }
        JsonNode user = m.get("user_id");
        if (user != null && !user.isNull() && !user.isTextual()) {
            throw ApiError.invalid("metadata.user_id", "metadata.user_id: must be a string");
        }
    }

    /** {@code temperature} and {@code top_p}: numbers in [0, 1]. */
    private static Double number(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
            throw ApiError.invalid(field, field + ": must be a number in [0, 1], was " + v);
        }
        return v.asDouble();
    }

    private static List<String> stopSequences(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        if (!s.isArray()) {
            throw ApiError.invalid("stop_sequences", "stop_sequences: must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.get(i).isTextual() || s.get(i).asText().isEmpty()) {
                throw ApiError.invalid("stop_sequences[" + i + "]", "stop_sequences[" + i + "]: must be a non-empty string");
            }
            out.add(s.get(i).asText());
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean bool(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw ApiError.invalid(field, field + ": must be true or false");
        }
        return v.asBoolean();
    }

    // ------------------------------------------------------------------ writing

    /**
     * A whole message: a {@code text} block when the answer has text, a {@code tool_use} block per tool call,
     * the stop reason and the usage.
     */
    static ObjectNode message(String id, String model, ChatResponse response) {
        ObjectNode root = OpenAiProtocol.JSON.createObjectNode();
        root.put("id", id);
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", model);
        ArrayNode content = root.putArray("content");
        AiMessage ai = response.aiMessage();
        if (ai.text() != null && !ai.text().isEmpty()) {
            content.addObject().put("type", "text").put("text", ai.text());
        }
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
            ObjectNode block = content.addObject().put("type", "tool_use").put("id", toolUseId(call)).put("name", call.name());
            block.set("input", input(call));
        }
        root.put("stop_reason", stopReason(response.finishReason(), ai));
        root.putNull("stop_sequence");
        root.set("usage", usage(response.tokenUsage(), true));
        return root;
    }

    /** A tool call's id: the model's, else a new {@code toolu_} id. */
    static String toolUseId(ToolExecutionRequest call) {
        return call.id() == null || call.id().isBlank() ? "toolu_" + UUID.randomUUID().toString().replace("-", "")
                : call.id();
    }

    /**
     * A tool call's arguments as the {@code input} object. Arguments that are not a JSON object (a model's
     * malformed output) are not dropped: they travel as {@code {"arguments": "<the text>"}}.
     */
    static ObjectNode input(ToolExecutionRequest call) {
        String args = call.arguments();
        if (args == null || args.isBlank()) {
            return OpenAiProtocol.JSON.createObjectNode();
        }
        try {
            JsonNode parsed = OpenAiProtocol.JSON.readTree(args);
            if (parsed instanceof ObjectNode o) {
                return o;
            }
        } catch (Exception e) {
            // not JSON: kept as text below
        }
        return OpenAiProtocol.JSON.createObjectNode().put("arguments", args);
    }

    /** {@code usage}: the output tokens, and the input tokens when {@code withInput}; 0 when the model gave none. */
    static ObjectNode usage(TokenUsage usage, boolean withInput) {
        ObjectNode u = OpenAiProtocol.JSON.createObjectNode();
        if (withInput) {
            u.put("input_tokens", usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount());
        }
        u.put("output_tokens", usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
        return u;
    }

    /**
     * Anthropic's stop reason: {@code tool_use} whenever the answer carries tool calls, {@code max_tokens} for a
     * length cut, {@code refusal} for a content filter, else {@code end_turn}. {@code stop_sequence} is never
     * reported: an OpenAI-protocol model says "stop" for both, and does not say which sequence matched.
     */
    static String stopReason(FinishReason reason, AiMessage message) {
        return FinishNames.ANTHROPIC.of(reason, message);
    }

    /**
     * Anthropic's error object, {@code {"type": "error", "error": {"type", "message"}}}: the type follows the HTTP
     * status, and the message starts with the field when the error names one and its text does not already.
     */
    static ObjectNode error(ApiError e) {
        ObjectNode root = OpenAiProtocol.JSON.createObjectNode();
        root.put("type", "error");
        root.putObject("error").put("type", errorType(e.status)).put("message", message(e));
        return root;
    }

    /**
     * The error's message starting with the field it names, as Anthropic's do ({@code "max_tokens: ..."}): the
     * shared checks write {@code "'max_tokens' must be ..."} or {@code "tools[0].input_schema must be ..."}.
     */
    private static String message(ApiError e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String field = e.param;
        if (field == null || message.startsWith(field + ":")) {
            return message;
        }
        for (String lead : List.of("'" + field + "' ", field + " ")) {
            if (message.startsWith(lead)) {
                return field + ": " + message.substring(lead.length());
            }
        }
        return field + ": " + message;
    }

    /** The Anthropic error type of an HTTP status. */
    static String errorType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 503, 529 -> "overloaded_error";
            case 504 -> "timeout_error";
            default -> status < 500 ? "invalid_request_error" : "api_error";
        };
    }
}
