package io.semanticrouter.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The tool half of the OpenAI chat-completions format: reads {@code tools}, {@code tool_choice} and
 * {@code parallel_tool_calls}, an assistant message's {@code tool_calls} and a {@code role: tool} result into
 * LangChain4j's {@link ToolSpecification}, {@link ToolChoice}, {@link ToolExecutionRequest} and
 * {@link ToolExecutionResultMessage}, and writes tool calls into completions and stream chunks. Every refusal is
 * an {@link ApiError} naming the field ({@code tools[2].function.name}). Stateless.
 */
final class ToolsCodec {

    /** OpenAI's rule for a function name. */
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    /** OpenAI's limit on the tools of one request. */
    static final int MAX_TOOLS = 128;

    private ToolsCodec() {
    }

    /**
     * The tools of a request as the model gets them.
     *
     * @param specifications the tools, or an empty list for none
     * @param choice         the tool choice, or null when the request sets none
     * @param parallel       {@code parallel_tool_calls}, or null when the request sets none or has no tools
     */
    record Tools(List<ToolSpecification> specifications, ToolChoice choice, Boolean parallel) {
        static final Tools NONE = new Tools(List.of(), null, null);
    }

    /**
     * Reads {@code tools}, {@code tool_choice} and {@code parallel_tool_calls}. A named function in
     * {@code tool_choice} ({@code {"type": "function", "function": {"name": "f"}}}) becomes {@link ToolChoice#REQUIRED}
     * with only that tool offered: LangChain4j's tool choice has no way to name one tool.
     *
     * @throws ApiError (400) naming the field
     */
    static Tools read(JsonNode root) {
        JsonNode tools = root.get("tools");
        JsonNode choice = root.get("tool_choice");
        JsonNode parallel = root.get("parallel_tool_calls");
        if (parallel != null && !parallel.isNull() && !parallel.isBoolean()) {
            throw ApiError.invalid("parallel_tool_calls", "'parallel_tool_calls' must be true or false");
        }
        if (tools == null || tools.isNull()) {
            if (choice != null && !choice.isNull()) {
                throw ApiError.invalid("tool_choice", "'tool_choice' is only allowed when 'tools' are given");
            }
            return Tools.NONE;
        }
        List<ToolSpecification> specs = specifications(tools);
        Boolean par = parallel == null || parallel.isNull() ? null : parallel.asBoolean();
        if (choice == null || choice.isNull()) {
            return new Tools(specs, null, par);
        }
        if (choice.isTextual()) {
            ToolChoice c = switch (choice.asText()) {
                case "none" -> ToolChoice.NONE;
                case "auto" -> ToolChoice.AUTO;
                case "required" -> ToolChoice.REQUIRED;
                default -> throw ApiError.invalid("tool_choice", "'tool_choice' must be \"none\", \"auto\", \"required\" "
                        + "or {\"type\": \"function\", \"function\": {\"name\": ...}}, was \"" + choice.asText() + "\"");
            };
            return new Tools(specs, c, par);
        }
        String named = namedChoice(choice);
        ToolSpecification only = specs.stream().filter(s -> s.name().equals(named)).findFirst().orElseThrow(() ->
                ApiError.invalid("tool_choice.function.name", "tool_choice names the function '" + named
                        + "', which is not among the tools " + specs.stream().map(ToolSpecification::name).toList()));
        return new Tools(List.of(only), ToolChoice.REQUIRED, par);
    }

    private static String namedChoice(JsonNode choice) {
        if (!choice.isObject() || !"function".equals(choice.path("type").asText())) {
            throw ApiError.invalid("tool_choice", "'tool_choice' must be \"none\", \"auto\", \"required\" or "
                    + "{\"type\": \"function\", \"function\": {\"name\": ...}}");
        }
        JsonNode name = choice.path("function").path("name");
        if (!name.isTextual() || name.asText().isEmpty()) {
            throw ApiError.invalid("tool_choice.function.name", "tool_choice.function.name must be a function name");
        }
        return name.asText();
    }

    private static List<ToolSpecification> specifications(JsonNode tools) {
        if (!tools.isArray() || tools.isEmpty()) {
            throw ApiError.invalid("tools", "'tools' must be a non-empty array of tools (leave it out for none)");
        }
        if (tools.size() > MAX_TOOLS) {
            throw ApiError.invalid("tools", "at most " + MAX_TOOLS + " tools per request, got " + tools.size());
        }
        List<ToolSpecification> out = new ArrayList<>(tools.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            ToolSpecification spec = specification(tools.get(i), "tools[" + i + "]");
            if (!names.add(spec.name())) {
                throw ApiError.invalid("tools[" + i + "].function.name", "tools[" + i + "].function.name '" + spec.name()
                        + "' is used by an earlier tool; tool names must be unique");
            }
            out.add(spec);
        }
        return out;
    }

    private static ToolSpecification specification(JsonNode tool, String at) {
        if (!tool.isObject()) {
            throw ApiError.invalid(at, at + " must be an object");
        }
        if (!"function".equals(tool.path("type").asText(null))) {
            throw ApiError.invalid(at + ".type", at + ".type must be \"function\"");
        }
        JsonNode f = tool.get("function");
        if (f == null || !f.isObject()) {
            throw ApiError.invalid(at + ".function", at + ".function must be an object with a name");
        }
        String name = functionName(f.get("name"), at + ".function.name");
        ToolSpecification.Builder b = ToolSpecification.builder().name(name);
        JsonNode description = f.get("description");
        if (description != null && !description.isNull()) {
            if (!description.isTextual()) {
                throw ApiError.invalid(at + ".function.description", at + ".function.description must be a string");
            }
            b.description(description.asText());
        }
        JsonNode strict = f.get("strict");
        if (strict != null && !strict.isNull()) {
            if (!strict.isBoolean()) {
                throw ApiError.invalid(at + ".function.strict", at + ".function.strict must be true or false");
            }
            b.strict(strict.asBoolean());
        }
        JsonNode parameters = f.get("parameters");
        if (parameters != null && !parameters.isNull()) {
            b.parameters(objectSchema(parameters, at + ".function.parameters"));
        }
        return b.build();
    }

    private static String functionName(JsonNode name, String at) {
        if (name == null || !name.isTextual()) {
            throw ApiError.invalid(at, at + " is required (a string)");
        }
        if (!NAME.matcher(name.asText()).matches()) {
            throw ApiError.invalid(at, at + " must be 1 to 64 letters, digits, '_' or '-', was '" + name.asText() + "'");
        }
        return name.asText();
    }

    /**
     * A JSON Schema that must describe an object (tool parameters, a {@code json_schema} response format) as
     * LangChain4j's {@link JsonObjectSchema}. {@code {}} is an object without properties. Checked here: the root is
     * an object schema, {@code properties} maps names to schemas, {@code required} lists declared properties;
     * constructs LangChain4j has no type for travel on as raw schema.
     */
    static JsonObjectSchema objectSchema(JsonNode schema, String at) {
        if (!schema.isObject()) {
            throw ApiError.invalid(at, at + " must be a JSON Schema object, was " + schema.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode type = schema.get("type");
        if (schema.isEmpty()) {
            return JsonObjectSchema.builder().build();
        }
        if (type == null || !"object".equals(type.asText(null))) {
            throw ApiError.invalid(at + ".type", at + " must be a schema of \"type\": \"object\"");
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && !properties.isNull()) {
            if (!properties.isObject()) {
                throw ApiError.invalid(at + ".properties", at + ".properties must map property names to schemas");
            }
            properties.fields().forEachRemaining(e -> {
                if (!e.getValue().isObject() && !e.getValue().isBoolean()) {
                    throw ApiError.invalid(at + ".properties." + e.getKey(), at + ".properties." + e.getKey()
                            + " must be a schema (an object)");
                }
            });
        }
        requiredNames(schema.get("required"), properties, at + ".required");
        return convert(schema, at);
    }

    private static void requiredNames(JsonNode required, JsonNode properties, String at) {
        if (required == null || required.isNull()) {
            return;
        }
        if (!required.isArray()) {
            throw ApiError.invalid(at, at + " must be an array of property names");
        }
        for (JsonNode r : required) {
            if (!r.isTextual()) {
                throw ApiError.invalid(at, at + " must hold strings");
            }
            if (properties == null || !properties.has(r.asText())) {
                throw ApiError.invalid(at, at + " names '" + r.asText() + "', which is not among the properties");
            }
        }
    }

    private static JsonObjectSchema convert(JsonNode schema, String at) {
        JsonSchemaElement element;
        try {
            // LangChain4j's own reader of JSON Schema maps; what it has no type for stays a raw schema
            Map<String, Object> map = OpenAiProtocol.JSON.convertValue(schema, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            element = JsonSchemaElementJsonUtils.fromMap(map);
        } catch (RuntimeException e) {
            throw ApiError.invalid(at, at + " is not a schema this gateway can pass on: " + e.getMessage());
        }
        if (!(element instanceof JsonObjectSchema object)) {
            throw ApiError.invalid(at, at + " must be a schema of \"type\": \"object\"");
        }
        return object;
    }

    // ------------------------------------------------------------------ messages

    /**
     * An assistant message with {@code tool_calls}; the calls' ids and names are added to {@code calls} so that
     * later tool results can name them. Its text may be null.
     */
    static AiMessage assistant(JsonNode calls, String text, String at, Map<String, String> known) {
        String field = at + ".tool_calls";
        if (!calls.isArray() || calls.isEmpty()) {
            throw ApiError.invalid(field, field + " must be a non-empty array of tool calls");
        }
        List<ToolExecutionRequest> requests = new ArrayList<>(calls.size());
        for (int j = 0; j < calls.size(); j++) {
            JsonNode c = calls.get(j);
            String cat = field + "[" + j + "]";
            if (!c.isObject()) {
                throw ApiError.invalid(cat, cat + " must be an object");
            }
            JsonNode id = c.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw ApiError.invalid(cat + ".id", cat + ".id is required (a string)");
            }
            if (c.has("type") && !"function".equals(c.get("type").asText(null))) {
                throw ApiError.invalid(cat + ".type", cat + ".type must be \"function\"");
            }
            JsonNode f = c.path("function");
            String name = functionName(f.get("name"), cat + ".function.name");
            JsonNode args = f.get("arguments");
            if (args == null || !args.isTextual()) {
                throw ApiError.invalid(cat + ".function.arguments", cat + ".function.arguments must be a string (JSON)");
            }
            known.put(id.asText(), name);
            requests.add(ToolExecutionRequest.builder().id(id.asText()).name(name).arguments(args.asText()).build());
        }
        return text == null ? AiMessage.from(requests) : AiMessage.from(text, requests);
    }

    /** A {@code role: tool} message: the result of the earlier call its {@code tool_call_id} names. */
    static ToolExecutionResultMessage toolResult(JsonNode message, String text, String at, Map<String, String> known) {
        JsonNode id = message.get("tool_call_id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw ApiError.invalid(at + ".tool_call_id", at + ".tool_call_id is required (a string)");
        }
        String name = known.get(id.asText());
        if (name == null) {
            throw ApiError.invalid(at + ".tool_call_id", at + ".tool_call_id '" + id.asText()
                    + "' answers no tool call of an earlier assistant message");
        }
        if (text == null) {
            throw ApiError.invalid(at + ".content", at + ".content is required");
        }
        return ToolExecutionResultMessage.from(id.asText(), name, text);
    }

    // ------------------------------------------------------------------ writing

    /** Adds {@code tool_calls} to a completion's message. */
    static void write(ObjectNode message, List<ToolExecutionRequest> calls) {
        ArrayNode out = message.putArray("tool_calls");
        for (ToolExecutionRequest r : calls) {
            call(out.addObject(), r);
        }
    }

    /** The stream chunk of tool call {@code index} of choice {@code choice}. */
    static ObjectNode chunk(String id, long created, String model, int choice, int index, ToolExecutionRequest request) {
        ObjectNode chunk = OpenAiProtocol.chunk(id, created, model, choice, null, null, null);
        ObjectNode call = ((ObjectNode) chunk.path("choices").path(0).path("delta")).putArray("tool_calls").addObject();
        call.put("index", index);
        call(call, request);
        return chunk;
    }

    private static void call(ObjectNode out, ToolExecutionRequest r) {
        out.put("id", r.id() == null ? "call_" + UUID.randomUUID().toString().replace("-", "") : r.id());
        out.put("type", "function");
        out.putObject("function").put("name", r.name()).put("arguments", r.arguments() == null ? "{}" : r.arguments());
    }
}
