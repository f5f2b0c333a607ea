package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tools of a Messages API request: {@code tools} ({@code name}, {@code description}, {@code input_schema})
 * as LangChain4j {@link ToolSpecification}s, and {@code tool_choice} ({@code auto}, {@code any}, {@code tool}
 * with a {@code name}, {@code none}; {@code disable_parallel_tool_use}) as a {@link ToolChoice} and the parallel
 * tool calls setting. The schemas are checked as on the OpenAI endpoint ({@link ToolsCodec#objectSchema}).
 * Anthropic's server tools (a {@code type} such as {@code web_search_20250305}) are refused: the gateway has
 * nothing to run them. Stateless.
 */
final class AnthropicTools {

    private AnthropicTools() {
    }

    /**
     * Sets the tools, the tool choice and the parallel tool calls of the request on {@code params}; nothing when
     * the request has no tools ({@code tools} absent or empty).
     *
     * @throws ApiError (400) naming the field
     */
    static void read(JsonNode root, OpenAiChatRequestParameters.Builder params) {
        JsonNode tools = root.get("tools");
        JsonNode choice = root.get("tool_choice");
        if (tools != null && !tools.isNull() && !tools.isArray()) {
            throw ApiError.invalid("tools", "tools: must be an array of tools");
        }
        if (tools == null || tools.isNull() || tools.isEmpty()) {
            if (choice != null && !choice.isNull()) {
                throw ApiError.invalid("tool_choice", "tool_choice: only allowed when tools are given");
            }
            return;
        }
        List<ToolSpecification> specs = specifications(tools);
        if (choice == null || choice.isNull()) {
            params.toolSpecifications(specs);
            return;
        }
        if (!choice.isObject() || !choice.path("type").isTextual()) {
            throw ApiError.invalid("tool_choice", "tool_choice: must be an object with a type (auto, any, tool, none)");
        }
        JsonNode disable = choice.get("disable_parallel_tool_use");
        if (disable != null && !disable.isNull() && !disable.isBoolean()) {
            throw ApiError.invalid("tool_choice.disable_parallel_tool_use",
                    "tool_choice.disable_parallel_tool_use: must be true or false");
        }
        String type = choice.get("type").asText();
        ToolChoice c = switch (type) {
            case "auto" -> ToolChoice.AUTO;
            case "any", "tool" -> ToolChoice.REQUIRED;
            case "none" -> ToolChoice.NONE;
            default -> throw ApiError.invalid("tool_choice.type", "tool_choice.type: must be auto, any, tool or none, "
                    + "was '" + type + "'");
        };
        if (type.equals("tool")) {
            // LangChain4j's tool choice cannot name a tool: the named tool is required and the only one offered
            specs = List.of(named(choice, specs));
        }
        params.toolSpecifications(specs).toolChoice(c);
        if (disable != null && disable.asBoolean(false) && c != ToolChoice.NONE) {
            params.parallelToolCalls(false);
        }
    }

    private static ToolSpecification named(JsonNode choice, List<ToolSpecification> specs) {
        JsonNode name = choice.get("name");
        if (name == null || !name.isTextual()) {
            throw ApiError.invalid("tool_choice.name", "tool_choice.name: field required with type \"tool\"");
        }
        return specs.stream().filter(s -> s.name().equals(name.asText())).findFirst().orElseThrow(() ->
                ApiError.invalid("tool_choice.name", "tool_choice.name: '" + name.asText() + "' is not among the tools "
                        + specs.stream().map(ToolSpecification::name).toList()));
    }

    private static List<ToolSpecification> specifications(JsonNode tools) {
        if (tools.size() > ToolsCodec.MAX_TOOLS) {
            throw ApiError.invalid("tools", "tools: at most " + ToolsCodec.MAX_TOOLS + " tools per request, got "
                    + tools.size());
        }
        List<ToolSpecification> out = new ArrayList<>(tools.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            String at = "tools[" + i + "]";
            ToolSpecification spec = specification(tools.get(i), at);
            if (!names.add(spec.name())) {
                throw ApiError.invalid(at + ".name", at + ".name: '" + spec.name() + "' is used by an earlier tool; "
                        + "tool names must be unique");
            }
            out.add(spec);
        }
        return out;
    }

    private static ToolSpecification specification(JsonNode tool, String at) {
        if (!tool.isObject()) {
            throw ApiError.invalid(at, at + ": must be an object");
        }
        JsonNode type = tool.get("type");
        if (type != null && !type.isNull() && !"custom".equals(type.asText())) {
            throw ApiError.invalid("unsupported_parameter", at + ".type", at + ".type: '" + type.asText()
                    + "' is not supported by this gateway (only client tools: no type, or \"custom\")");
        }
        JsonNode name = tool.get("name");
        if (name == null || !name.isTextual() || !ToolsCodec.NAME.matcher(name.asText()).matches()) {
            throw ApiError.invalid(at + ".name", at + ".name: must be 1 to 64 letters, digits, '_' or '-'"
                    + (name == null ? "" : ", was " + name));
        }
        ToolSpecification.Builder b = ToolSpecification.builder().name(name.asText());
        JsonNode description = tool.get("description");
        if (description != null && !description.isNull()) {
            if (!description.isTextual()) {
                throw ApiError.invalid(at + ".description", at + ".description: must be a string");
            }
            b.description(description.asText());
        }
        JsonNode schema = tool.get("input_schema");
        if (schema == null || schema.isNull()) {
            throw ApiError.invalid(at + ".input_schema", at + ".input_schema: field required (a JSON Schema of an object)");
        }
        return b.parameters(ToolsCodec.objectSchema(schema, at + ".input_schema")).build();
    }
}
