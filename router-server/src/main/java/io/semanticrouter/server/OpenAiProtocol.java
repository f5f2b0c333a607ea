package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The OpenAI chat-completions wire format: reads a request body into messages and parameters, and writes
 * completions, stream chunks and errors. Stateless.
 */
final class OpenAiProtocol {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The model name that asks the gateway to route. */
    static final String AUTO = "auto";

    /**
     * The request fields this gateway understands. Any other field could change the answer in a way the gateway
     * cannot honour or the cache key would not see, so it is refused with 400 rather than dropped. {@code user},
     * {@code metadata} and {@code store} do not change the answer and are accepted and ignored.
     */
    private static final Set<String> KNOWN = Set.of("model", "messages", "stream", "stream_options", "temperature",
            "top_p", "max_tokens", "max_completion_tokens", "stop", "frequency_penalty", "presence_penalty",
            "response_format", "user", "metadata", "store", "n", "logprobs", "top_logprobs", "tools", "tool_choice",
            "parallel_tool_calls", "seed", "reasoning_effort", "logit_bias", "service_tier", "modalities");

    private OpenAiProtocol() {
    }

    /**
     * A parsed chat-completions request.
     *
     * @param model      the requested model name ({@link #AUTO} or a configured name)
     * @param messages   the conversation
     * @param parameters sampling parameters, or null when the request sets none
     * @param stream       whether the caller asked for server-sent events
     * @param includeUsage whether a stream ends with a usage chunk ({@code stream_options.include_usage})
     * @param logprobs     whether the caller asked for log-probabilities (the answer then bypasses the cache)
     * @param n            how many choices the caller asked for (1 to {@link #MAX_CHOICES}; more than one bypasses
     *                     the cache)
     */
    record ChatCall(String model, List<ChatMessage> messages, ChatRequestParameters parameters, boolean stream,
                    boolean includeUsage, boolean logprobs, int n) {

        /** A call with one choice (the Messages API has no {@code n}). */
        ChatCall(String model, List<ChatMessage> messages, ChatRequestParameters parameters, boolean stream,
                 boolean includeUsage, boolean logprobs) {
            this(model, messages, parameters, stream, includeUsage, logprobs, 1);
        }

        /** The same call with {@code model} asked for by name. */
        ChatCall withModel(String name) {
            return new ChatCall(name, messages, parameters, stream, includeUsage, logprobs, n);
        }
    }

    /** The most choices one request may ask for ({@code n}): each one is a model call. */
    static final int MAX_CHOICES = 8;

    /**
     * Reads a chat-completions body.
     *
     * @throws ApiError (400) naming the field when the body is not valid JSON or not a valid request
     */
    static ChatCall readChat(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (Exception e) {
            throw ApiError.invalidJson(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiError.invalid(null, "the request body must be a JSON object");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!KNOWN.contains(field) && !root.get(field).isNull()) {
                throw ApiError.invalid("unsupported_parameter", field, "'" + field + "' is not supported by this gateway");
            }
        }
        int n = choices(root);
        JsonNode model = root.get("model");
        if (model == null || model.isNull()) {
            throw ApiError.invalid("model", "you must provide a model parameter (\"auto\" to route)");
        }
        if (!model.isTextual() || model.asText().isBlank()) {
            throw ApiError.invalid("model", "'model' must be a non-empty string");
        }
        List<ChatMessage> messages = readMessages(root.get("messages"));
        boolean stream = bool(root, "stream");
        ChatRequestParameters parameters = OpenAiParameters.read(root);
        boolean logprobs = parameters instanceof OpenAiChatRequestParameters o && Boolean.TRUE.equals(o.logprobs());
        return new ChatCall(model.asText().trim(), messages, parameters, stream,
                includeUsage(root.get("stream_options"), stream), logprobs, n);
    }

    /**
     * {@code n}: 1 when absent. LangChain4j's {@code ChatResponse} holds one message, so the gateway answers
     * {@code n > 1} with that many model calls (see the gateway docs); at most {@link #MAX_CHOICES}.
     */
    private static int choices(JsonNode root) {
        Integer n = OpenAiParameters.positive(root, "n");
        if (n == null) {
            return 1;
        }
        if (n > MAX_CHOICES) {
            throw ApiError.invalid("invalid_value", "n", "'n' must be at most " + MAX_CHOICES + " (each choice is "
                    + "one model call), was " + n);
        }
        return n;
    }

    /** {@code stream_options}: only with {@code stream: true}; {@code include_usage} true or false. */
    private static boolean includeUsage(JsonNode options, boolean stream) {
        if (options == null || options.isNull()) {
            return false;
        }
        if (!options.isObject()) {
            throw ApiError.invalid("stream_options", "'stream_options' must be an object");
        }
        if (!stream) {
            throw ApiError.invalid("stream_options", "'stream_options' is only allowed with \"stream\": true");
        }
        JsonNode include = options.get("include_usage");
        if (include != null && !include.isNull() && !include.isBoolean()) {
            throw ApiError.invalid("stream_options.include_usage", "stream_options.include_usage must be true or false");
        }
        return include != null && include.asBoolean(false);
    }

    private static List<ChatMessage> readMessages(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.invalid("messages", "'messages' is required");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw ApiError.invalid("messages", "'messages' must be a non-empty array");
        }
        List<ChatMessage> out = new ArrayList<>(node.size());
        Set<String> roles = new java.util.LinkedHashSet<>();
        Map<String, String> calls = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode m = node.get(i);
            String at = "messages[" + i + "]";
            if (!m.isObject()) {
                throw ApiError.invalid(at, at + " must be an object");
            }
            JsonNode role = m.get("role");
            if (role == null || !role.isTextual()) {
                throw ApiError.invalid(at + ".role", at + ".role is required");
            }
            roles.add(role.asText());
            out.add(message(m, role.asText(), at, calls));
        }
        if (out.stream().noneMatch(UserMessage.class::isInstance)) {
            throw ApiError.invalid("messages", "'messages' must hold at least one user message, had only "
                    + roles + " messages");
        }
        return out;
    }

    /** One message; {@code toolCalls} collects the ids and names of the tool calls seen so far. */
    private static ChatMessage message(JsonNode m, String role, String at, Map<String, String> toolCalls) {
        String text = content(m.get("content"), at + ".content");
        boolean calls = role.equals("assistant") && m.hasNonNull("tool_calls");
        if (calls && text != null && text.isEmpty()) {
            text = null; // some clients send "" beside tool calls
        }
        if (text != null && text.isBlank() && !role.equals("tool")) {
            throw ApiError.invalid(at + ".content", at + ".content must not be empty or only whitespace, was '"
                    + text + "'");
        }
        return switch (role) {
            case "system", "developer" -> SystemMessage.from(required(text, at));
            case "user" -> UserMessage.from(required(text, at));
            case "assistant" -> calls ? ToolsCodec.assistant(m.get("tool_calls"), text, at, toolCalls)
                    : AiMessage.from(required(text, at));
            case "tool" -> ToolsCodec.toolResult(m, text, at, toolCalls);
            case "function" -> throw ApiError.invalid("unsupported_parameter", at + ".role",
                    "the deprecated 'function' role is not supported by this gateway; use 'tool'");
            default -> throw ApiError.invalid(at + ".role", "unknown role '" + role + "' in " + at);
        };
    }

    private static String required(String text, String at) {
        if (text == null) {
            throw ApiError.invalid(at + ".content", at + ".content is required");
        }
        return text;
    }

    /** A message's text: a string, or an array of {@code {"type": "text", "text": ...}} parts joined. */
    private static String content(JsonNode c, String at) {
        if (c == null || c.isNull()) {
            return null;
        }
        if (c.isTextual()) {
            return c.asText();
        }
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < c.size(); i++) {
                JsonNode part = c.get(i);
                if (!part.isObject() || !"text".equals(part.path("type").asText()) || !part.path("text").isTextual()) {
                    throw ApiError.invalid("unsupported_parameter", at + "[" + i + "]",
                            "only text content parts are supported, found " + part.path("type").asText("?"));
                }
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(part.get("text").asText());
            }
            return sb.toString();
        }
        throw ApiError.invalid(at, at + " must be a string or an array of text parts");
    }

    private static boolean bool(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw ApiError.invalid(field, "'" + field + "' must be true or false");
        }
        return v.asBoolean();
    }

    // ------------------------------------------------------------------ writing

    /** A whole completion ({@code object: chat.completion}). */
    static ObjectNode completion(String id, long created, String model, ChatResponse response) {
        return completion(id, created, model, List.of(response));
    }

    /** A whole completion with one choice per response, in order, and their usage summed. */
    static ObjectNode completion(String id, long created, String model, List<ChatResponse> responses) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion");
        root.put("created", created);
        root.put("model", model);
        ArrayNode choices = root.putArray("choices");
        for (int i = 0; i < responses.size(); i++) {
            ChatResponse response = responses.get(i);
            ObjectNode choice = choices.addObject();
            choice.put("index", i);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            AiMessage ai = response.aiMessage();
            message.put("content", ai.text());
            if (ai.hasToolExecutionRequests()) {
                ToolsCodec.write(message, ai.toolExecutionRequests());
            }
            LogProbsCodec.write(choice, response);
            choice.put("finish_reason", finishReason(response.finishReason(), ai));
        }
        usage(root, total(responses));
        return root;
    }

    /** The usage of several answers added up (a missing count counts 0). */
    static TokenUsage total(List<ChatResponse> responses) {
        int in = 0;
        int out = 0;
        for (ChatResponse r : responses) {
            TokenUsage u = r.tokenUsage();
            in += u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount();
            out += u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount();
        }
        return new TokenUsage(in, out);
    }

    /** The {@code usage} object of a completion or of a stream's last chunk. */
    private static void usage(ObjectNode root, TokenUsage usage) {
        ObjectNode u = root.putObject("usage");
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        u.put("prompt_tokens", in);
        u.put("completion_tokens", out);
        u.put("total_tokens", in + out);
    }

    /** The usage chunk that ends a stream asked for with {@code stream_options.include_usage}: no choices. */
    static ObjectNode usageChunk(String id, long created, String model, TokenUsage usage) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion.chunk");
        root.put("created", created);
        root.put("model", model);
        root.putArray("choices");
        usage(root, usage);
        return root;
    }

    /** One stream chunk ({@code object: chat.completion.chunk}); role, content and finish reason may be null. */
    static ObjectNode chunk(String id, long created, String model, String role, String content, String finishReason) {
        return chunk(id, created, model, 0, role, content, finishReason);
    }

    /** One stream chunk of choice {@code index}. */
    static ObjectNode chunk(String id, long created, String model, int index, String role, String content,
                            String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion.chunk");
        root.put("created", created);
        root.put("model", model);
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", index);
        ObjectNode delta = choice.putObject("delta");
        if (role != null) {
            delta.put("role", role);
        }
        if (content != null) {
            delta.put("content", content);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root;
    }

    /** The OpenAI error object. */
    static ObjectNode error(ApiError e) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("message", e.getMessage());
        err.put("type", e.type);
        if (e.param == null) {
            err.putNull("param");
        } else {
            err.put("param", e.param);
        }
        if (e.code == null) {
            err.putNull("code");
        } else {
            err.put("code", e.code);
        }
        return root;
    }

    /**
     * The OpenAI finish reason: {@code tool_calls} whenever the answer carries tool calls (some models report
     * {@code stop} with them).
     */
    static String finishReason(FinishReason reason, AiMessage message) {
        return FinishNames.OPENAI.of(reason, message);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
