package io.semanticrouter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an answer is kept in a {@link CacheEntry}'s text: plain text as it is; an answer with tool calls (only
 * stored when the router allows it) as a marker followed by JSON of the text and the calls. The marker starts
 * with a NUL character, which no model answer text holds.
 */
final class StoredAnswer {

    private static final String TOOL_CALLS = "\u0000tool-calls:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredAnswer() {
    }

    static String encode(AiMessage message) {
        if (!message.hasToolExecutionRequests()) {
            return message.text();
        }
        List<Map<String, String>> calls = new ArrayList<>();
        for (ToolExecutionRequest r : message.toolExecutionRequests()) {
            calls.add(Map.of("id", String.valueOf(r.id()), "name", r.name(), "arguments", String.valueOf(r.arguments())));
        }
        try {
            return TOOL_CALLS + JSON.writeValueAsString(Map.of("text", message.text() == null ? "" : message.text(),
                    "calls", calls));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode tool calls", e);
        }
    }

    static AiMessage decode(String stored) {
        if (!stored.startsWith(TOOL_CALLS)) {
            return AiMessage.from(stored);
        }
        try {
            Map<String, Object> m = JSON.readValue(stored.substring(TOOL_CALLS.length()), new TypeReference<>() {
            });
            List<ToolExecutionRequest> calls = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, String>> raw = (List<Map<String, String>>) m.get("calls");
            for (Map<String, String> c : raw) {
                calls.add(ToolExecutionRequest.builder().id(c.get("id")).name(c.get("name"))
                        .arguments(c.get("arguments")).build());
            }
            String text = (String) m.get("text");
            return text == null || text.isEmpty() ? AiMessage.from(calls) : AiMessage.from(text, calls);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new CacheException("cached tool-call answer is unreadable", e);
        }
    }
}
