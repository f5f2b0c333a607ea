package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model parameters of a chat-completions request, read into LangChain4j's {@link OpenAiChatRequestParameters}:
 * sampling ({@code temperature}, {@code top_p}, penalties, {@code max_tokens}, {@code stop}), {@code response_format}
 * (text, JSON object or JSON schema), tools, and OpenAI's own {@code seed}, {@code reasoning_effort},
 * {@code logit_bias}, {@code service_tier}, {@code logprobs} and {@code top_logprobs}. What changes the answer reaches the cache partition through the
 * parameters (the schema, the tools, the seed, the reasoning effort, the logit bias). Stateless.
 */
final class OpenAiParameters {

    /** The values of {@code reasoning_effort} OpenAI's models take. */
    static final Set<String> REASONING_EFFORTS = Set.of("none", "minimal", "low", "medium", "high", "xhigh");
    /** The values of {@code service_tier}. */
    static final Set<String> SERVICE_TIERS = Set.of("auto", "default", "flex", "scale", "priority");

    private OpenAiParameters() {
    }

    /**
     * The parameters of a request, or null when it sets none.
     *
     * @throws ApiError (400) naming the field
     */
    static ChatRequestParameters read(JsonNode root) {
        OpenAiChatRequestParameters.Builder b = OpenAiChatRequestParameters.builder();
        boolean any = sampling(root, b);
        ResponseFormat format = responseFormat(root.get("response_format"));
        ToolsCodec.Tools tools = ToolsCodec.read(root);
        Integer seed = seed(root.get("seed"));
        String effort = oneOf(root, "reasoning_effort", REASONING_EFFORTS);
        String tier = oneOf(root, "service_tier", SERVICE_TIERS);
        Map<String, Integer> bias = logitBias(root.get("logit_bias"));
        modalities(root.get("modalities"));
        Integer top = logprobs(root);
        boolean logprobs = top != null;
        any |= format != null || !tools.specifications().isEmpty() || seed != null || effort != null || tier != null
                || bias != null || logprobs;
        if (!any) {
            return null;
        }
        b.responseFormat(format).seed(seed).reasoningEffort(effort).serviceTier(tier).logitBias(bias);
        if (logprobs) {
            b.logprobs(true).topLogprobs(top < 0 ? null : top);
        }
        if (!tools.specifications().isEmpty()) {
            b.toolSpecifications(tools.specifications()).toolChoice(tools.choice()).parallelToolCalls(tools.parallel());
        }
        return b.build();
    }

    /** Sampling settings onto {@code b}; true when the request set any. */
    private static boolean sampling(JsonNode root, OpenAiChatRequestParameters.Builder b) {
        Double temperature = number(root, "temperature", 0, 2);
        Double topP = number(root, "top_p", 0, 1);
        Double frequency = number(root, "frequency_penalty", -2, 2);
        Double presence = number(root, "presence_penalty", -2, 2);
        Integer maxTokens = positive(root, "max_completion_tokens");
        if (maxTokens == null) {
            maxTokens = positive(root, "max_tokens");
        }
        List<String> stop = stop(root.get("stop"));
        b.temperature(temperature).topP(topP).frequencyPenalty(frequency).presencePenalty(presence)
                .maxOutputTokens(maxTokens).stopSequences(stop);
        return temperature != null || topP != null || frequency != null || presence != null || maxTokens != null
                || stop != null;
    }

    private static List<String> stop(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        List<String> stop = new ArrayList<>();
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
        return stop;
    }

    /**
     * {@code {"type": "text"}}, {@code {"type": "json_object"}} or {@code {"type": "json_schema", "json_schema":
     * {"name": ..., "schema": {...}}}}; it reaches the model and the cache key (a JSON answer is never served to a
     * request for prose, nor an answer to one schema to a request for another).
     */
    private static ResponseFormat responseFormat(JsonNode f) {
        if (f == null || f.isNull()) {
            return null;
        }
        String type = f.isObject() ? f.path("type").asText("") : "";
        return switch (type) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> ResponseFormat.JSON;
            case "json_schema" -> jsonSchema(f.get("json_schema"));
            default -> throw ApiError.invalid("response_format", "'response_format' must be {\"type\": \"text\"}, "
                    + "{\"type\": \"json_object\"} or {\"type\": \"json_schema\", \"json_schema\": {...}}");
        };
    }

    private static ResponseFormat jsonSchema(JsonNode s) {
        String at = "response_format.json_schema";
        if (s == null || !s.isObject()) {
            throw ApiError.invalid(at, at + " must be an object with a name and a schema");
        }
        JsonNode name = s.get("name");
        if (name == null || !name.isTextual() || !ToolsCodec.NAME.matcher(name.asText()).matches()) {
            throw ApiError.invalid(at + ".name", at + ".name must be 1 to 64 letters, digits, '_' or '-'");
        }
        JsonNode strict = s.get("strict");
        if (strict != null && !strict.isNull() && !strict.isBoolean()) {
            throw ApiError.invalid(at + ".strict", at + ".strict must be true or false");
        }
        JsonNode schema = s.get("schema");
        if (schema == null || schema.isNull()) {
            throw ApiError.invalid(at + ".schema", at + ".schema is required (a JSON Schema of an object)");
        }
        JsonSchema js = JsonSchema.builder().name(name.asText())
                .rootElement(ToolsCodec.objectSchema(schema, at + ".schema")).build();
        return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(js).build();
    }

    private static Integer seed(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ApiError.invalid("seed", "'seed' must be an integer, was " + v);
        }
        return v.asInt();
    }

    private static String oneOf(JsonNode root, String field, Set<String> values) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || !values.contains(v.asText())) {
            throw ApiError.invalid(field, "'" + field + "' must be one of " + new java.util.TreeSet<>(values) + ", was " + v);
        }
        return v.asText();
    }

    /** Token id (a string of digits) to a bias in [-100, 100]. */
    private static Map<String, Integer> logitBias(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw ApiError.invalid("logit_bias", "'logit_bias' must map token ids to biases in [-100, 100]");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> {
            JsonNode bias = e.getValue();
            if (!e.getKey().matches("[0-9]{1,10}") || !bias.isNumber() || !bias.canConvertToInt()
                    || bias.asDouble() != bias.asInt() || bias.asInt() < -100 || bias.asInt() > 100) {
                throw ApiError.invalid("logit_bias", "'logit_bias' must map token ids (digits) to integers in "
                        + "[-100, 100], had \"" + e.getKey() + "\": " + bias);
            }
            out.put(e.getKey(), bias.asInt());
        });
        return out.isEmpty() ? null : out;
    }

    /**
     * {@code logprobs} and {@code top_logprobs} (0 to 20, only with {@code logprobs: true}): null when no
     * log-probabilities are asked for, -1 when they are without {@code top_logprobs}, else {@code top_logprobs}.
     */
    private static Integer logprobs(JsonNode root) {
        JsonNode logprobs = root.get("logprobs");
        if (logprobs != null && !logprobs.isNull() && !logprobs.isBoolean()) {
            throw ApiError.invalid("logprobs", "'logprobs' must be true or false");
        }
        boolean on = logprobs != null && logprobs.asBoolean(false);
        JsonNode top = root.get("top_logprobs");
        if (top == null || top.isNull()) {
            return on ? -1 : null;
        }
        if (!top.isIntegralNumber() || top.asInt() < 0 || top.asInt() > 20) {
            throw ApiError.invalid("top_logprobs", "'top_logprobs' must be an integer in [0, 20], was " + top);
        }
        if (!on) {
            throw ApiError.invalid("top_logprobs", "'top_logprobs' needs \"logprobs\": true");
        }
        return top.asInt();
    }

    /** Only text output: {@code ["text"]}. */
    private static void modalities(JsonNode v) {
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isArray() || v.isEmpty()) {
            throw ApiError.invalid("modalities", "'modalities' must be an array such as [\"text\"]");
        }
        for (JsonNode m : v) {
            if (!"text".equals(m.asText(null)) || !m.isTextual()) {
                throw ApiError.invalid("unsupported_parameter", "modalities", "only text output is supported by this "
                        + "gateway ('modalities': [\"text\"]), was " + v);
            }
        }
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

    /** A positive integer field, or null when absent. */
    static Integer positive(JsonNode root, String field) {
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
}
