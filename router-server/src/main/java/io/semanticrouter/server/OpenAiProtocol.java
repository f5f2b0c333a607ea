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
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.List;
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
     * The request fields this gateway understands. Any other field (tools, n, logprobs, seed, logit_bias,
     * reasoning_effort...) could change the answer in a way the gateway cannot honour or the cache key would not
     * see, so it is refused with 400 rather than dropped. {@code user}, {@code metadata}, {@code store} and
     * {@code stream_options} do not change the answer and are accepted and ignored.
     */
    private static final Set<String> KNOWN = Set.of("model", "messages", "stream", "stream_options", "temperature",
            "top_p", "max_tokens", "max_completion_tokens", "stop", "frequency_penalty", "presence_penalty",
            "response_format", "user", "metadata", "store", "n", "logprobs");

    private OpenAiProtocol() {
    }

    /**
     * A parsed chat-completions request.
     *
     * @param model      the requested model name ({@link #AUTO} or a configured name)
     * @param messages   the conversation
     * @param parameters sampling parameters, or null when the request sets none
     * @param stream     whether the caller asked for server-sent events
     */
    record ChatCall(String model, List<ChatMessage> messages, ChatRequestParameters parameters, boolean stream) {
    }

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
            throw ApiError.invalid(null, "the request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw ApiError.invalid(null, "the request body must be a JSON object");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            JsonNode v = root.get(field);
            boolean harmless = v.isNull() || (field.equals("n") && v.isInt() && v.asInt() == 1)
                    || (field.equals("logprobs") && v.isBoolean() && !v.asBoolean());
            if ((!KNOWN.contains(field) || field.equals("n") || field.equals("logprobs")) && !harmless) {
                throw ApiError.invalid("unsupported_parameter", field, "'" + field + "' is not supported by this gateway");
            }
        }
        JsonNode model = root.get("model");
        if (model == null || model.isNull()) {
            throw ApiError.invalid("model", "you must provide a model parameter (\"auto\" to route)");
        }
        if (!model.isTextual() || model.asText().isBlank()) {
            throw ApiError.invalid("model", "'model' must be a non-empty string");
        }
        List<ChatMessage> messages = readMessages(root.get("messages"));
        boolean stream = bool(root, "stream");
        return new ChatCall(model.asText().trim(), messages, readParameters(root), stream);
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
            String text = content(m.get("content"), at + ".content");
            if (text != null && text.isBlank()) {
                throw ApiError.invalid(at + ".content", at + ".content must not be empty or only whitespace, was '"
                        + text + "'");
            }
            switch (role.asText()) {
                case "system", "developer" -> out.add(SystemMessage.from(required(text, at)));
                case "user" -> out.add(UserMessage.from(required(text, at)));
                case "assistant" -> {
                    if (m.hasNonNull("tool_calls")) {
                        throw ApiError.invalid("unsupported_parameter", at + ".tool_calls",
                                "tool calls are not supported by this gateway");
                    }
                    out.add(AiMessage.from(required(text, at)));
                }
                case "tool", "function" -> throw ApiError.invalid("unsupported_parameter", at + ".role",
                        "tool messages are not supported by this gateway");
                default -> throw ApiError.invalid(at + ".role", "unknown role '" + role.asText() + "' in " + at);
            }
        }
        if (out.stream().noneMatch(UserMessage.class::isInstance)) {
            throw ApiError.invalid("messages", "'messages' must hold at least one user message, had only "
                    + roles + " messages");
        }
        return out;
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

    private static ChatRequestParameters readParameters(JsonNode root) {
        Double temperature = number(root, "temperature", 0, 2);
        Double topP = number(root, "top_p", 0, 1);
        Double frequency = number(root, "frequency_penalty", -2, 2);
        Double presence = number(root, "presence_penalty", -2, 2);
        Integer maxTokens = integer(root, "max_completion_tokens");
        if (maxTokens == null) {
            maxTokens = integer(root, "max_tokens");
        }
        List<String> stop = null;
        JsonNode s = root.get("stop");
        if (s != null && !s.isNull()) {
            stop = new ArrayList<>();
            if (s.isTextual()) {
                stop.add(s.asText());
            } else if (s.isArray() && s.size() <= 4) {
                for (JsonNode e : s) {
                    if (!e.isTextual()) {
                        throw ApiError.invalid("stop", "'stop' must hold strings");
                    }
                    stop.add(e.asText());
                }
            } else {
                throw ApiError.invalid("stop", "'stop' must be a string or an array of up to 4 strings");
            }
        }
        ResponseFormat format = responseFormat(root.get("response_format"));
        if (temperature == null && topP == null && frequency == null && presence == null && maxTokens == null
                && stop == null && format == null) {
            return null;
        }
        return ChatRequestParameters.builder().temperature(temperature).topP(topP).frequencyPenalty(frequency)
                .presencePenalty(presence).maxOutputTokens(maxTokens).stopSequences(stop).responseFormat(format).build();
    }

    /**
     * {@code {"type": "text"}} or {@code {"type": "json_object"}}; it reaches the model and the cache key (a JSON
     * answer is never served to a request for prose). {@code json_schema} is refused.
     */
    private static ResponseFormat responseFormat(JsonNode f) {
        if (f == null || f.isNull()) {
            return null;
        }
        String type = f.isObject() ? f.path("type").asText("") : "";
        return switch (type) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> ResponseFormat.JSON;
            case "json_schema" -> throw ApiError.invalid("unsupported_parameter", "response_format",
                    "response_format json_schema is not supported by this gateway; use json_object");
            default -> throw ApiError.invalid("response_format",
                    "'response_format' must be {\"type\": \"text\"} or {\"type\": \"json_object\"}");
        };
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

    private static Double number(JsonNode root, String field, double min, double max) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw ApiError.invalid(field, "'" + field + "' must be a number in [" + fmt(min) + ", " + fmt(max) + "], was " + v);
        }
        return v.asDouble();
    }

    private static Integer integer(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            throw ApiError.invalid(field, "'" + field + "' must be a positive integer, was " + v);
        }
        return v.asInt();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ------------------------------------------------------------------ writing

    /** A whole completion ({@code object: chat.completion}). */
    static ObjectNode completion(String id, long created, String model, ChatResponse response) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion");
        root.put("created", created);
        root.put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", response.aiMessage().text());
        choice.put("finish_reason", finishReason(response.finishReason()));
        TokenUsage usage = response.tokenUsage();
        ObjectNode u = root.putObject("usage");
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        u.put("prompt_tokens", in);
        u.put("completion_tokens", out);
        u.put("total_tokens", in + out);
        return root;
    }

    /** One stream chunk ({@code object: chat.completion.chunk}); role, content and finish reason may be null. */
    static ObjectNode chunk(String id, long created, String model, String role, String content, String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion.chunk");
        root.put("created", created);
        root.put("model", model);
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
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

    static String finishReason(FinishReason reason) {
        if (reason == null) {
            return "stop";
        }
        return switch (reason) {
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            default -> "stop";
        };
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
