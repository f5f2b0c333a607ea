package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversation of a Messages API request as LangChain4j messages: {@code system} (a string or text blocks)
 * becomes the system prompt's text, each {@code user} message its {@link ToolExecutionResultMessage}s
 * (one per {@code tool_result} block, first) and a {@link UserMessage} with its text blocks joined by newlines,
 * each {@code assistant} message an {@link AiMessage} with its text and one {@link ToolExecutionRequest} per
 * {@code tool_use} block. Blocks other than text, {@code tool_use} and {@code tool_result} (images, documents,
 * thinking) are refused naming the block's type: the router embeds text and its models speak the OpenAI
 * protocol through LangChain4j. Stateless.
 */
final class AnthropicContent {

    private AnthropicContent() {
    }

    /** The system prompt: a string or an array of text blocks joined by newlines; null when absent. */
    static String system(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        String text;
        if (s.isTextual()) {
            text = s.asText();
        } else if (s.isArray() && !s.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                String at = "system[" + i + "]";
                if (!"text".equals(type(s.get(i), at))) {
                    throw ApiError.invalid("unsupported_parameter", at + ".type", at + ".type: only text blocks are "
                            + "supported in system, was '" + s.get(i).get("type").asText() + "'");
                }
                parts.add(text(s.get(i), at));
            }
            text = String.join("\n", parts);
        } else {
            throw ApiError.invalid("system", "system: must be a string or a non-empty array of text blocks");
        }
        if (text.isBlank()) {
            throw ApiError.invalid("system", "system: must not be empty or only whitespace");
        }
        return text;
    }

    /**
     * The {@code messages}: a non-empty array of {@code {"role": "user" | "assistant", "content": ...}} with at
     * least one user message that has text. A {@code tool_result} must answer a {@code tool_use} id of an
     * earlier assistant message.
     */
    static List<ChatMessage> messages(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.invalid("messages", "messages: field required");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw ApiError.invalid("messages", "messages: must be a non-empty array");
        }
        List<ChatMessage> out = new ArrayList<>();
        Map<String, String> calls = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode m = node.get(i);
            String at = "messages[" + i + "]";
            if (!m.isObject()) {
                throw ApiError.invalid(at, at + ": must be an object");
            }
            JsonNode role = m.get("role");
            if (role == null || !role.isTextual()) {
                throw ApiError.invalid(at + ".role", at + ".role: field required (\"user\" or \"assistant\")");
            }
            JsonNode content = m.get("content");
            if (content == null || content.isNull()) {
                throw ApiError.invalid(at + ".content", at + ".content: field required");
            }
            switch (role.asText()) {
                case "user" -> user(content, at + ".content", out, calls);
                case "assistant" -> out.add(assistant(content, at + ".content", calls));
                default -> throw ApiError.invalid(at + ".role", at + ".role: must be \"user\" or \"assistant\", was '"
                        + role.asText() + "'" + (role.asText().equals("system") ? " (use the top-level system field)" : ""));
            }
        }
        if (out.stream().noneMatch(UserMessage.class::isInstance)) {
            throw ApiError.invalid("messages", "messages: must hold at least one user message with text");
        }
        return out;
    }

    /** A user message: its tool results first, then its text (if any) as one user message. */
    private static void user(JsonNode content, String at, List<ChatMessage> out, Map<String, String> calls) {
        if (content.isTextual()) {
            out.add(UserMessage.from(nonBlank(content.asText(), at)));
            return;
        }
        List<String> texts = new ArrayList<>();
        int n = blocks(content, at).size();
        for (int j = 0; j < n; j++) {
            JsonNode block = content.get(j);
            String bat = at + "[" + j + "]";
            switch (type(block, bat)) {
                case "text" -> texts.add(text(block, bat));
                case "tool_result" -> out.add(toolResult(block, bat, calls));
                default -> throw unsupported(block, bat, "user", "text and tool_result");
            }
        }
        if (!texts.isEmpty()) {
            out.add(UserMessage.from(String.join("\n", texts)));
        }
    }

    /** An assistant message: its text blocks joined, and a tool call per {@code tool_use} block. */
    private static AiMessage assistant(JsonNode content, String at, Map<String, String> calls) {
        if (content.isTextual()) {
            return AiMessage.from(nonBlank(content.asText(), at));
        }
        List<String> texts = new ArrayList<>();
        List<ToolExecutionRequest> requests = new ArrayList<>();
        int n = blocks(content, at).size();
        for (int j = 0; j < n; j++) {
            JsonNode block = content.get(j);
            String bat = at + "[" + j + "]";
            switch (type(block, bat)) {
                case "text" -> texts.add(text(block, bat));
                case "tool_use" -> requests.add(toolUse(block, bat, calls));
                default -> throw unsupported(block, bat, "assistant", "text and tool_use");
            }
        }
        String text = texts.isEmpty() ? null : String.join("\n", texts);
        if (requests.isEmpty()) {
            return AiMessage.from(text);
        }
        return text == null ? AiMessage.from(requests) : AiMessage.from(text, requests);
    }

    /** {@code {"type": "tool_use", "id", "name", "input": {...}}}; the id is remembered for the results. */
    private static ToolExecutionRequest toolUse(JsonNode block, String at, Map<String, String> calls) {
        JsonNode id = block.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw ApiError.invalid(at + ".id", at + ".id: field required (a string)");
        }
        JsonNode name = block.get("name");
        if (name == null || !name.isTextual() || !ToolsCodec.NAME.matcher(name.asText()).matches()) {
            throw ApiError.invalid(at + ".name", at + ".name: must be 1 to 64 letters, digits, '_' or '-'");
        }
        JsonNode input = block.get("input");
        if (input == null || !input.isObject()) {
            throw ApiError.invalid(at + ".input", at + ".input: must be an object");
        }
        calls.put(id.asText(), name.asText());
        return ToolExecutionRequest.builder().id(id.asText()).name(name.asText()).arguments(input.toString()).build();
    }

    /**
     * {@code {"type": "tool_result", "tool_use_id", "content": string | [text blocks], "is_error"}}. The error flag
     * is kept on the message; a model spoken to over the OpenAI protocol sees only the text (that protocol has no
     * such flag).
     */
    private static ToolExecutionResultMessage toolResult(JsonNode block, String at, Map<String, String> calls) {
        JsonNode id = block.get("tool_use_id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw ApiError.invalid(at + ".tool_use_id", at + ".tool_use_id: field required (a string)");
        }
        String name = calls.get(id.asText());
        if (name == null) {
            throw ApiError.invalid(at + ".tool_use_id", at + ".tool_use_id: '" + id.asText()
                    + "' answers no tool_use block of an earlier assistant message");
        }
        JsonNode error = block.get("is_error");
        if (error != null && !error.isNull() && !error.isBoolean()) {
            throw ApiError.invalid(at + ".is_error", at + ".is_error: must be true or false");
        }
        JsonNode content = block.get("content");
        String text;
        if (content == null || content.isNull()) {
            text = "";
        } else if (content.isTextual()) {
            text = content.asText();
        } else {
            List<String> parts = new ArrayList<>();
            int n = blocks(content, at + ".content").size();
            for (int k = 0; k < n; k++) {
                String kat = at + ".content[" + k + "]";
                if (!"text".equals(type(content.get(k), kat))) {
                    throw unsupported(content.get(k), kat, "tool_result", "text");
                }
                parts.add(text(content.get(k), kat));
            }
            text = String.join("\n", parts);
        }
        return ToolExecutionResultMessage.builder().id(id.asText()).toolName(name).text(text)
                .isError(error != null && error.asBoolean(false) ? Boolean.TRUE : null).build();
    }

    /** A non-empty array of content blocks. */
    private static JsonNode blocks(JsonNode content, String at) {
        if (!content.isArray() || content.isEmpty()) {
            throw ApiError.invalid(at, at + ": must be a string or a non-empty array of content blocks");
        }
        return content;
    }

    /** A block's {@code type}, checking that the block is an object with one. */
    private static String type(JsonNode block, String at) {
        if (!block.isObject()) {
            throw ApiError.invalid(at, at + ": must be a content block (an object)");
        }
        JsonNode type = block.get("type");
        if (type == null || !type.isTextual()) {
            throw ApiError.invalid(at + ".type", at + ".type: field required (a string)");
        }
        return type.asText();
    }

    /** A text block's text, not empty nor only whitespace. */
    private static String text(JsonNode block, String at) {
        JsonNode text = block.get("text");
        if (text == null || !text.isTextual()) {
            throw ApiError.invalid(at + ".text", at + ".text: field required (a string)");
        }
        return nonBlank(text.asText(), at + ".text");
    }

    private static String nonBlank(String text, String at) {
        if (text.isBlank()) {
            throw ApiError.invalid(at, at + ": must not be empty or only whitespace");
        }
        return text;
    }

    private static ApiError unsupported(JsonNode block, String at, String where, String supported) {
        return ApiError.invalid("unsupported_parameter", at + ".type", at + ".type: '" + block.get("type").asText()
                + "' blocks are not supported in " + where + " content by this gateway (" + supported + " are)");
    }
}
