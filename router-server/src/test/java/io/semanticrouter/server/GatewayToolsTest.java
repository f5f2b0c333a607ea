package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.semanticrouter.server.GatewayFixture.CACHE;
import static io.semanticrouter.server.GatewayFixture.JSON;
import static io.semanticrouter.server.GatewayFixture.SMALL_UP;
import static io.semanticrouter.server.GatewayFixture.STRONG_UP;
import static io.semanticrouter.server.GatewayFixture.header;
import static io.semanticrouter.server.GatewayFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tools through the gateway over real HTTP: OpenAI {@code tools}, {@code tool_choice} and
 * {@code parallel_tool_calls} reach the upstream model through LangChain4j, its tool calls come back in the OpenAI
 * shape, blocking and streamed, and conversations that carry tool results are routed and cached under the
 * library's rules. Also the other parameters real clients send ({@code seed}, {@code reasoning_effort},
 * {@code logit_bias}, {@code response_format} with a JSON schema, {@code service_tier}, {@code modalities},
 * {@code stream_options.include_usage}) and the bad input for each. The upstream is {@link OpenAiUpstream}
 * playing an agent's model; the real all-MiniLM-L6-v2 embedder is loaded once for the class.
 */
class GatewayToolsTest {

    private static final String QUESTION = "Should I take an umbrella for my walk in Paris this afternoon?";
    private static final String WEATHER_RESULT = "{\"sky\": \"rain from 15:00\", \"temperature_c\": 14}";
    private static final String TIME_RESULT = "{\"local_time\": \"13:20\"}";

    @RegisterExtension
    final GatewayFixture gw = new GatewayFixture();

    // ------------------------------------------------------------------ helpers

    private void start(String yaml) throws IOException {
        gw.start(yaml, k -> null);
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return GatewayFixture.send(gw.jsonPost("/v1/chat/completions", Duration.ofSeconds(30), body).build());
    }

    /** The two tools of the agent: the weather and the local time of a city. */
    private static ArrayNode tools(String weatherDescription) {
        ArrayNode tools = JSON.createArrayNode();
        ObjectNode weather = tools.addObject().put("type", "function").putObject("function");
        weather.put("name", "get_weather").put("description", weatherDescription);
        ObjectNode wp = weather.putObject("parameters").put("type", "object");
        wp.putObject("properties").putObject("city").put("type", "string").put("description", "the city");
        wp.putArray("required").add("city");
        wp.put("additionalProperties", false);
        ObjectNode time = tools.addObject().put("type", "function").putObject("function");
        time.put("name", "get_local_time").put("description", "The local time in a city");
        ObjectNode tp = time.putObject("parameters").put("type", "object");
        tp.putObject("properties").putObject("city").put("type", "string");
        return tools;
    }

    private static ObjectNode request(String model, ArrayNode messages, boolean stream) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        root.set("messages", messages);
        if (stream) {
            root.put("stream", true);
        }
        return root;
    }

    private static ArrayNode userTurn(String question) {
        ArrayNode messages = JSON.createArrayNode();
        messages.addObject().put("role", "system").put("content", "You are a helpful assistant with tools.");
        messages.addObject().put("role", "user").put("content", question);
        return messages;
    }

    /** What a client reads from a stream: the text, the tool calls accumulated from their deltas, the chunks. */
    private record Streamed(String text, List<ObjectNode> toolCalls, List<String> finishReasons, List<JsonNode> chunks) {
    }

    /** Reads an SSE body the way OpenAI clients do: content appended, tool-call deltas merged by index. */
    private static Streamed streamed(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("text/event-stream");
        String[] events = response.body().split("\n\n");
        assertThat(events[events.length - 1]).isEqualTo("data: [DONE]");
        StringBuilder text = new StringBuilder();
        Map<Integer, ObjectNode> calls = new LinkedHashMap<>();
        List<String> finish = new ArrayList<>();
        List<JsonNode> chunks = new ArrayList<>();
        for (int e = 0; e < events.length - 1; e++) {
            assertThat(events[e]).startsWith("data: ").doesNotContain("\n");
            JsonNode chunk = JSON.readTree(events[e].substring(6));
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            chunks.add(chunk);
            JsonNode choice = chunk.path("choices").path(0);
            text.append(choice.path("delta").path("content").asText(""));
            for (JsonNode d : choice.path("delta").path("tool_calls")) {
                ObjectNode call = calls.computeIfAbsent(d.path("index").asInt(), i -> {
                    ObjectNode c = JSON.createObjectNode();
                    c.putObject("function").put("name", "").put("arguments", "");
                    return c;
                });
                if (d.has("id")) {
                    call.put("id", d.get("id").asText()).put("type", d.path("type").asText());
                }
                ObjectNode f = (ObjectNode) call.get("function");
                f.put("name", f.get("name").asText() + d.path("function").path("name").asText(""));
                f.put("arguments", f.get("arguments").asText() + d.path("function").path("arguments").asText(""));
            }
            if (choice.has("finish_reason") && !choice.get("finish_reason").isNull()) {
                finish.add(choice.get("finish_reason").asText());
            }
        }
        return new Streamed(text.toString(), new ArrayList<>(calls.values()), finish, chunks);
    }

    /** One turn of the agent: the tool calls (empty when the answer is text) and the text, blocking or streamed. */
    private record Turn(List<ObjectNode> calls, String text, String finishReason, HttpResponse<String> response) {
    }

    private Turn turn(ObjectNode body, boolean stream) throws Exception {
        HttpResponse<String> r = post(body.toString());
        if (stream) {
            Streamed s = streamed(r);
            assertThat(s.finishReasons()).hasSize(1);
            return new Turn(s.toolCalls(), s.text(), s.finishReasons().get(0), r);
        }
        JsonNode choice = json(r).path("choices").path(0);
        List<ObjectNode> calls = new ArrayList<>();
        choice.path("message").path("tool_calls").forEach(c -> calls.add((ObjectNode) c));
        JsonNode content = choice.path("message").path("content");
        return new Turn(calls, content.isNull() ? null : content.asText(), choice.path("finish_reason").asText(), r);
    }

    /** Appends the assistant's tool calls and one tool result per call to the conversation. */
    private static void answerCalls(ArrayNode messages, List<ObjectNode> calls, List<String> results) {
        ObjectNode assistant = messages.addObject().put("role", "assistant");
        assistant.putNull("content");
        ArrayNode tc = assistant.putArray("tool_calls");
        calls.forEach(tc::add);
        for (int i = 0; i < calls.size(); i++) {
            messages.addObject().put("role", "tool").put("tool_call_id", calls.get(i).path("id").asText())
                    .put("content", results.get(i));
        }
    }

    private static void assertCall(ObjectNode call, String name, int step) {
        assertThat(call.path("id").asText()).startsWith("call_" + step + "_");
        assertThat(call.path("type").asText()).isEqualTo("function");
        assertThat(call.path("function").path("name").asText()).isEqualTo(name);
        assertThat(call.path("function").path("arguments").asText()).isEqualTo(OpenAiUpstream.toolArguments(QUESTION, step));
    }

    // ------------------------------------------------------------------ the agent conversation

    @Test
    void anAgentConversationWithTwoToolCallsAndTheirResultsEndsInAFinalAnswerBlocking() throws Exception {
        agentConversation(false);
    }

    @Test
    void anAgentConversationWithTwoToolCallsAndTheirResultsEndsInAFinalAnswerStreamed() throws Exception {
        agentConversation(true);
    }

    private void agentConversation(boolean stream) throws Exception {
        start(gw.models() + CACHE);
        ArrayNode messages = userTurn(QUESTION);

        ObjectNode first = request("auto", messages, stream);
        first.set("tools", tools("The weather forecast for a city"));
        first.put("tool_choice", "auto");
        Turn one = turn(first, stream);
        assertThat(one.finishReason()).isEqualTo("tool_calls");
        assertThat(one.calls()).singleElement().satisfies(c -> assertCall(c, "get_weather", 0));
        assertThat(header(one.response(), "x-semantic-router-model")).isEqualTo("small");
        // a tool call is not stored unless cache_tool_calls says so
        assertThat(header(one.response(), "x-semantic-router-cache")).isEqualTo("miss");
        JsonNode sent = JSON.readTree(gw.upstream().requests(SMALL_UP).get(0).body());
        assertThat(sent.path("tools")).hasSize(2);
        assertThat(sent.path("tools").path(0).path("function").path("name").asText()).isEqualTo("get_weather");
        assertThat(sent.path("tools").path(0).path("function").path("parameters").path("required").path(0).asText())
                .isEqualTo("city");
        assertThat(sent.path("tools").path(0).path("function").path("parameters").path("properties").path("city")
                .path("description").asText()).isEqualTo("the city");
        assertThat(sent.path("tools").path(0).path("function").path("description").asText())
                .isEqualTo("The weather forecast for a city");
        assertThat(sent.path("tool_choice").asText()).isEqualTo("auto");

        answerCalls(messages, one.calls(), List.of(WEATHER_RESULT));
        ObjectNode second = request("auto", messages, stream);
        second.set("tools", tools("The weather forecast for a city"));
        Turn two = turn(second, stream);
        assertThat(two.finishReason()).isEqualTo("tool_calls");
        assertThat(two.calls()).singleElement().satisfies(c -> assertCall(c, "get_local_time", 1));
        // the conversation goes on after the user's question: routed, but not cached (the library's rule)
        assertThat(header(two.response(), "x-semantic-router-cache")).isEqualTo("bypass");
        JsonNode sent2 = JSON.readTree(gw.upstream().requests(SMALL_UP).get(1).body());
        JsonNode history = sent2.path("messages");
        assertThat(history.path(2).path("role").asText()).isEqualTo("assistant");
        assertThat(history.path(2).path("tool_calls").path(0).path("id").asText()).isEqualTo(one.calls().get(0).path("id").asText());
        assertThat(history.path(2).path("tool_calls").path(0).path("function").path("arguments").asText())
                .isEqualTo(OpenAiUpstream.toolArguments(QUESTION, 0));
        assertThat(history.path(3).path("role").asText()).isEqualTo("tool");
        assertThat(history.path(3).path("tool_call_id").asText()).isEqualTo(one.calls().get(0).path("id").asText());
        assertThat(history.path(3).path("content").asText()).isEqualTo(WEATHER_RESULT);

        answerCalls(messages, two.calls(), List.of(TIME_RESULT));
        ObjectNode third = request("auto", messages, stream);
        third.set("tools", tools("The weather forecast for a city"));
        Turn three = turn(third, stream);
        assertThat(three.finishReason()).isEqualTo("stop");
        assertThat(three.calls()).isEmpty();
        assertThat(three.text()).isEqualTo(OpenAiUpstream.answerWithResults(SMALL_UP, QUESTION,
                List.of(WEATHER_RESULT, TIME_RESULT)));
        assertThat(gw.upstream().requests(SMALL_UP)).hasSize(3).allSatisfy(r -> assertThat(r.stream()).isEqualTo(stream));
    }

    @Test
    void parallelToolCallsComeBackInOneTurnBlockingAndStreamed() throws Exception {
        start(gw.models());
        for (boolean stream : new boolean[]{false, true}) {
            ArrayNode messages = userTurn(QUESTION);
            ObjectNode body = request("auto", messages, stream);
            body.set("tools", tools("The weather forecast for a city"));
            body.put("parallel_tool_calls", true);
            Turn one = turn(body, stream);
            assertThat(one.finishReason()).isEqualTo("tool_calls");
            assertThat(one.calls()).hasSize(2);
            assertCall(one.calls().get(0), "get_weather", 0);
            assertCall(one.calls().get(1), "get_local_time", 1);
            if (stream) {
                // each call's delta carries its index
                assertThat(streamed(one.response()).chunks().stream()
                        .flatMap(c -> c.path("choices").path(0).path("delta").path("tool_calls").findValues("index").stream())
                        .map(JsonNode::asInt).distinct().toList()).containsExactly(0, 1);
            }

            answerCalls(messages, one.calls(), List.of(WEATHER_RESULT, TIME_RESULT));
            ObjectNode next = request("auto", messages, stream);
            next.set("tools", tools("The weather forecast for a city"));
            next.put("parallel_tool_calls", true);
            Turn two = turn(next, stream);
            assertThat(two.text()).isEqualTo(OpenAiUpstream.answerWithResults(SMALL_UP, QUESTION,
                    List.of(WEATHER_RESULT, TIME_RESULT)));
        }
        assertThat(gw.upstream().requests(SMALL_UP)).allSatisfy(r ->
                assertThat(JSON.readTree(r.body()).path("parallel_tool_calls").asBoolean(false)).isTrue());
    }

    @Test
    void toolChoiceNoneAnswersInTextAndANamedFunctionIsTheOnlyToolOffered() throws Exception {
        start(gw.models());
        ObjectNode none = request("auto", userTurn(QUESTION), false);
        none.set("tools", tools("The weather forecast for a city"));
        none.put("tool_choice", "none");
        Turn text = turn(none, false);
        assertThat(text.calls()).isEmpty();
        assertThat(text.text()).isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));
        assertThat(JSON.readTree(gw.upstream().requests().get(0).body()).path("tool_choice").asText()).isEqualTo("none");

        ObjectNode named = request("small", userTurn(QUESTION), true);
        named.set("tools", tools("The weather forecast for a city"));
        named.putObject("tool_choice").put("type", "function").putObject("function").put("name", "get_local_time");
        Turn forced = turn(named, true);
        assertThat(forced.calls()).singleElement().satisfies(c ->
                assertThat(c.path("function").path("name").asText()).isEqualTo("get_local_time"));
        JsonNode sent = JSON.readTree(gw.upstream().requests().get(1).body());
        assertThat(sent.path("model").asText()).isEqualTo(SMALL_UP);
        assertThat(sent.path("tools")).singleElement().satisfies(t ->
                assertThat(t.path("function").path("name").asText()).isEqualTo("get_local_time"));
        assertThat(sent.path("tool_choice").asText()).isEqualTo("required");
    }

    @Test
    void emptyContentBesideToolCallsAndAnEmptyToolResultAreAccepted() throws Exception {
        start(gw.models());
        ArrayNode messages = userTurn(QUESTION);
        ObjectNode assistant = messages.addObject().put("role", "assistant").put("content", "");
        assistant.putArray("tool_calls").addObject().put("id", "call_a").put("type", "function").putObject("function")
                .put("name", "get_weather").put("arguments", "{\"city\": \"Paris\"}");
        messages.addObject().put("role", "tool").put("tool_call_id", "call_a").put("content", "");
        ObjectNode body = request("auto", messages, false);
        Turn t = turn(body, false);
        assertThat(t.text()).isEqualTo(OpenAiUpstream.answerWithResults(SMALL_UP, QUESTION, List.of("")));
        JsonNode sent = JSON.readTree(gw.upstream().requests().get(0).body()).path("messages");
        assertThat(sent.path(2).path("tool_calls").path(0).path("function").path("name").asText()).isEqualTo("get_weather");
        assertThat(sent.path(3).path("tool_call_id").asText()).isEqualTo("call_a");
    }

    // ------------------------------------------------------------------ cache

    @Test
    void theSameToolsAndQuestionHitAndOtherToolsMiss() throws Exception {
        start(gw.models() + CACHE);
        ObjectNode body = request("auto", userTurn(QUESTION), false);
        body.set("tools", tools("The weather forecast for a city"));
        body.put("tool_choice", "none");

        HttpResponse<String> first = post(body.toString());
        HttpResponse<String> again = post(body.toString());
        body.set("tools", tools("Tomorrow's weather forecast for a city"));
        HttpResponse<String> otherTools = post(body.toString());
        HttpResponse<String> noTools = post(request("auto", userTurn(QUESTION), false).toString());

        assertThat(header(first, "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(header(again, "x-semantic-router-cache")).isEqualTo("hit");
        assertThat(json(again).path("choices").path(0).path("message").path("content").asText())
                .isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));
        assertThat(header(otherTools, "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(header(noTools, "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(gw.upstream().requests()).hasSize(3);
    }

    @Test
    void withCacheToolCallsAToolCallIsStoredAndReplayedBlockingAndStreamed() throws Exception {
        start(gw.models() + CACHE + "  cache_tool_calls: true\n");
        ObjectNode body = request("auto", userTurn(QUESTION), false);
        body.set("tools", tools("The weather forecast for a city"));

        Turn first = turn(body, false);
        Turn again = turn(body, false);
        body.put("stream", true);
        Turn streamedAgain = turn(body, true);

        assertThat(header(first.response(), "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(header(again.response(), "x-semantic-router-cache")).isEqualTo("hit");
        assertThat(header(streamedAgain.response(), "x-semantic-router-cache")).isEqualTo("hit");
        for (Turn t : List.of(again, streamedAgain)) {
            assertThat(t.finishReason()).isEqualTo("tool_calls");
            assertThat(t.calls()).singleElement().satisfies(c -> {
                assertCall(c, "get_weather", 0);
                assertThat(c.path("id").asText()).isEqualTo(first.calls().get(0).path("id").asText());
            });
        }
        assertThat(gw.upstream().requests()).hasSize(1);
    }

    @Test
    void seedReasoningEffortLogitBiasAndSchemaReachTheModelAndSplitTheCache() throws Exception {
        start(gw.models() + CACHE);
        ObjectNode body = request("small", userTurn(QUESTION), false);
        body.put("seed", 7).put("reasoning_effort", "low").put("service_tier", "flex");
        body.putObject("logit_bias").put("50256", -100);
        body.putArray("modalities").add("text");
        ObjectNode format = body.putObject("response_format").put("type", "json_schema");
        ObjectNode schema = format.putObject("json_schema").put("name", "advice").putObject("schema").put("type", "object");
        schema.putObject("properties").putObject("umbrella").put("type", "boolean");
        schema.putArray("required").add("umbrella");

        HttpResponse<String> first = post(body.toString());
        HttpResponse<String> again = post(body.toString());
        assertThat(header(first, "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(header(again, "x-semantic-router-cache")).isEqualTo("hit");
        JsonNode sent = JSON.readTree(gw.upstream().requests().get(0).body());
        assertThat(sent.path("model").asText()).as("the upstream name, not the gateway's").isEqualTo(SMALL_UP);
        assertThat(sent.path("seed").asInt()).isEqualTo(7);
        assertThat(sent.path("reasoning_effort").asText()).isEqualTo("low");
        assertThat(sent.path("service_tier").asText()).isEqualTo("flex");
        assertThat(sent.path("logit_bias").path("50256").asInt()).isEqualTo(-100);
        assertThat(sent.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(sent.path("response_format").path("json_schema").path("name").asText()).isEqualTo("advice");
        assertThat(sent.path("response_format").path("json_schema").path("schema").path("properties").path("umbrella")
                .path("type").asText()).isEqualTo("boolean");

        int calls = gw.upstream().requests().size();
        for (String change : List.of("seed", "reasoning_effort", "logit_bias", "schema")) {
            ObjectNode other = body.deepCopy();
            switch (change) {
                case "seed" -> other.put("seed", 8);
                case "reasoning_effort" -> other.put("reasoning_effort", "high");
                case "logit_bias" -> other.putObject("logit_bias").put("50256", 5);
                default -> ((ObjectNode) other.path("response_format").path("json_schema").path("schema")
                        .path("properties")).putObject("coat").put("type", "boolean");
            }
            assertThat(header(post(other.toString()), "x-semantic-router-cache")).as(change).isEqualTo("miss");
            assertThat(gw.upstream().requests()).as(change).hasSize(++calls);
        }
        // the service tier does not change the answer: same partition
        ObjectNode tier = body.deepCopy().put("service_tier", "default");
        assertThat(header(post(tier.toString()), "x-semantic-router-cache")).isEqualTo("hit");
    }

    // ------------------------------------------------------------------ usage

    @Test
    void includeUsageEndsTheStreamWithAUsageChunkAndOnlyThen() throws Exception {
        start(gw.models() + CACHE);
        ObjectNode body = request("auto", userTurn(QUESTION), true);
        body.putObject("stream_options").put("include_usage", true);
        Streamed with = streamed(post(body.toString()));
        JsonNode last = with.chunks().get(with.chunks().size() - 1);
        assertThat(last.path("choices").isArray() && last.path("choices").isEmpty()).as(last.toString()).isTrue();
        assertThat(last.path("usage").path("prompt_tokens").asInt()).isEqualTo(11);
        assertThat(last.path("usage").path("completion_tokens").asInt()).isEqualTo(7);
        assertThat(last.path("usage").path("total_tokens").asInt()).isEqualTo(18);
        assertThat(with.text()).isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));

        Streamed without = streamed(post(request("auto", userTurn("Is it going to snow in Oslo tomorrow?"), true).toString()));
        assertThat(without.chunks()).noneMatch(c -> c.has("usage"));
        assertThat(without.finishReasons()).containsExactly("stop");
    }

    // ------------------------------------------------------------------ log-probabilities

    @Test
    void logprobsPassThroughBlockingAndStreamedAndBypassTheCache() throws Exception {
        start(gw.models() + CACHE);
        String answer = OpenAiUpstream.answer(SMALL_UP, QUESTION);
        String[] words = answer.split("(?<= )");
        for (boolean stream : new boolean[]{false, true, false}) {
            ObjectNode body = request("auto", userTurn(QUESTION), stream).put("logprobs", true).put("top_logprobs", 1);
            HttpResponse<String> r = post(body.toString());
            assertThat(header(r, "x-semantic-router-cache")).isEqualTo("bypass");
            JsonNode logprobs;
            if (stream) {
                Streamed s = streamed(r);
                assertThat(s.text()).isEqualTo(answer);
                ArrayNode all = JSON.createArrayNode();
                s.chunks().forEach(c -> c.path("choices").path(0).path("logprobs").path("content").forEach(all::add));
                logprobs = all;
            } else {
                JsonNode choice = json(r).path("choices").path(0);
                assertThat(choice.path("message").path("content").asText()).isEqualTo(answer);
                logprobs = choice.path("logprobs").path("content");
            }
            assertThat(logprobs).hasSize(words.length);
            for (int i = 0; i < words.length; i++) {
                JsonNode p = logprobs.get(i);
                assertThat(p.path("token").asText()).isEqualTo(words[i]);
                assertThat(p.path("logprob").asDouble()).isEqualTo(-0.25 * (i + 1));
                assertThat(p.path("top_logprobs").path(0).path("logprob").asDouble()).isEqualTo(-0.5 * (i + 1));
            }
        }
        // each request went to the model (no hit), and nothing was stored for the plain question either
        assertThat(gw.upstream().requests()).hasSize(3).allSatisfy(req -> {
            JsonNode sent = JSON.readTree(req.body());
            assertThat(sent.path("logprobs").asBoolean()).isTrue();
            assertThat(sent.path("top_logprobs").asInt()).isEqualTo(1);
        });
        HttpResponse<String> plain = post(request("auto", userTurn(QUESTION), false).toString());
        assertThat(header(plain, "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(json(plain).path("choices").path(0).has("logprobs")).isFalse();
    }

    // ------------------------------------------------------------------ bad input

    /** A request with {@code field} set to {@code json}, answered 400 naming {@code param} (and {@code code}). */
    private void assertRefused(String field, String json, String param, String code) throws Exception {
        ObjectNode body = request("auto", userTurn(QUESTION), false);
        if (!field.equals("tools") && !field.equals("messages")) {
            body.set("tools", tools("The weather forecast for a city"));
        }
        body.set(field, JSON.readTree(json));
        assertRefused(body, param, code);
    }

    private void assertRefused(ObjectNode body, String param, String code) throws Exception {
        HttpResponse<String> r = post(body.toString());
        assertThat(r.statusCode()).as("%s -> %s", body, r.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).path("error");
        assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrder("message", "type", "param", "code");
        assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.path("param").asText()).as(r.body()).isEqualTo(param);
        assertThat(error.path("message").asText()).isNotBlank();
        if (code == null) {
            assertThat(error.path("code").isNull()).as(r.body()).isTrue();
        } else {
            assertThat(error.path("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void badToolsAreRefusedNamingTheField() throws Exception {
        start(gw.models());
        String f = "{\"type\": \"function\", \"function\": ";
        assertRefused("tools", "{}", "tools", null);
        assertRefused("tools", "[]", "tools", null);
        assertRefused("tools", "[3]", "tools[0]", null);
        assertRefused("tools", "[{\"type\": \"retrieval\", \"function\": {\"name\": \"f\"}}]", "tools[0].type", null);
        assertRefused("tools", "[{\"type\": \"function\"}]", "tools[0].function", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\"}}, " + f + "{\"name\": \"b\"}}, " + f
                + "{\"name\": \"get weather!\"}}]", "tools[2].function.name", null);
        assertRefused("tools", "[" + f + "{\"name\": \"" + "x".repeat(65) + "\"}}]", "tools[0].function.name", null);
        assertRefused("tools", "[" + f + "{\"description\": \"no name\"}}]", "tools[0].function.name", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\"}}, " + f + "{\"name\": \"a\"}}]", "tools[1].function.name", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"description\": 5}}]", "tools[0].function.description", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"strict\": \"yes\"}}]", "tools[0].function.strict", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"parameters\": \"object\"}}]", "tools[0].function.parameters", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"parameters\": {\"type\": \"string\"}}}]",
                "tools[0].function.parameters.type", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"parameters\": {\"type\": \"object\", \"properties\": []}}}]",
                "tools[0].function.parameters.properties", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"parameters\": {\"type\": \"object\", \"properties\": "
                + "{\"city\": 7}}}}]", "tools[0].function.parameters.properties.city", null);
        assertRefused("tools", "[" + f + "{\"name\": \"a\", \"parameters\": {\"type\": \"object\", \"properties\": "
                + "{\"city\": {\"type\": \"string\"}}, \"required\": [\"town\"]}}}]", "tools[0].function.parameters.required", null);
        ArrayNode many = JSON.createArrayNode();
        for (int i = 0; i <= ToolsCodec.MAX_TOOLS; i++) {
            many.addObject().put("type", "function").putObject("function").put("name", "tool_" + i);
        }
        assertRefused("tools", many.toString(), "tools", null);
        assertThat(gw.upstream().requests()).isEmpty();
    }

    @Test
    void badToolChoiceParallelToolCallsAndToolMessagesAreRefusedNamingTheField() throws Exception {
        start(gw.models());
        assertRefused("tool_choice", "\"sometimes\"", "tool_choice", null);
        assertRefused("tool_choice", "7", "tool_choice", null);
        assertRefused("tool_choice", "{\"type\": \"function\"}", "tool_choice.function.name", null);
        assertRefused("tool_choice", "{\"type\": \"function\", \"function\": {\"name\": \"get_stock_price\"}}",
                "tool_choice.function.name", null);
        assertRefused("parallel_tool_calls", "\"yes\"", "parallel_tool_calls", null);
        ObjectNode noTools = request("auto", userTurn(QUESTION), false).put("tool_choice", "auto");
        assertRefused(noTools, "tool_choice", null);

        String user = "{\"role\": \"user\", \"content\": \"What is the weather in Paris?\"}";
        String call = "{\"id\": \"call_1\", \"type\": \"function\", \"function\": {\"name\": \"get_weather\", "
                + "\"arguments\": \"{}\"}}";
        assertRefused("messages", "[" + user + ", {\"role\": \"assistant\", \"tool_calls\": []}]",
                "messages[1].tool_calls", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"assistant\", \"tool_calls\": [{\"type\": \"function\", "
                + "\"function\": {\"name\": \"get_weather\", \"arguments\": \"{}\"}}]}]", "messages[1].tool_calls[0].id", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"assistant\", \"tool_calls\": [" + call + ", {\"id\": \"c2\", "
                + "\"function\": {\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}}]}]",
                "messages[1].tool_calls[1].function.arguments", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"assistant\", \"tool_calls\": [{\"id\": \"c\", "
                + "\"function\": {\"name\": \"no such name!\", \"arguments\": \"{}\"}}]}]",
                "messages[1].tool_calls[0].function.name", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"tool\", \"content\": \"sunny\"}]",
                "messages[1].tool_call_id", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"assistant\", \"tool_calls\": [" + call + "]}, "
                + "{\"role\": \"tool\", \"tool_call_id\": \"call_2\", \"content\": \"sunny\"}]", "messages[2].tool_call_id", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"assistant\", \"tool_calls\": [" + call + "]}, "
                + "{\"role\": \"tool\", \"tool_call_id\": \"call_1\"}]", "messages[2].content", null);
        assertRefused("messages", "[" + user + ", {\"role\": \"function\", \"name\": \"f\", \"content\": \"x\"}]",
                "messages[1].role", "unsupported_parameter");
        assertThat(gw.upstream().requests()).isEmpty();
    }

    @Test
    void badClientParametersAreRefusedNamingTheField() throws Exception {
        start(gw.models());
        assertRefused("seed", "\"seven\"", "seed", null);
        assertRefused("seed", "1.5", "seed", null);
        assertRefused("reasoning_effort", "\"extreme\"", "reasoning_effort", null);
        assertRefused("service_tier", "\"gold\"", "service_tier", null);
        assertRefused("logit_bias", "[1]", "logit_bias", null);
        assertRefused("logit_bias", "{\"hello\": 1}", "logit_bias", null);
        assertRefused("logit_bias", "{\"50256\": 101}", "logit_bias", null);
        assertRefused("modalities", "\"text\"", "modalities", null);
        assertRefused("modalities", "[\"text\", \"audio\"]", "modalities", "unsupported_parameter");
        assertRefused("response_format", "{\"type\": \"json_schema\"}", "response_format.json_schema", null);
        assertRefused("response_format", "{\"type\": \"json_schema\", \"json_schema\": {\"schema\": {\"type\": "
                + "\"object\"}}}", "response_format.json_schema.name", null);
        assertRefused("response_format", "{\"type\": \"json_schema\", \"json_schema\": {\"name\": \"a\"}}",
                "response_format.json_schema.schema", null);
        assertRefused("response_format", "{\"type\": \"json_schema\", \"json_schema\": {\"name\": \"a\", \"schema\": "
                + "{\"type\": \"array\"}}}", "response_format.json_schema.schema.type", null);
        assertRefused("response_format", "{\"type\": \"json_schema\", \"json_schema\": {\"name\": \"a\", \"strict\": 1, "
                + "\"schema\": {\"type\": \"object\"}}}", "response_format.json_schema.strict", null);
        assertRefused("response_format", "{\"type\": \"yaml\"}", "response_format", null);
        assertRefused("stream_options", "{\"include_usage\": true}", "stream_options", null);
        ObjectNode streamed = request("auto", userTurn(QUESTION), true);
        streamed.putObject("stream_options").put("include_usage", "yes");
        assertRefused(streamed, "stream_options.include_usage", null);
        assertRefused("n", "9", "n", "invalid_value");
        assertRefused("n", "0", "n", null);
        assertRefused("n", "\"two\"", "n", null);
        assertRefused("logprobs", "\"yes\"", "logprobs", null);
        assertRefused("top_logprobs", "3", "top_logprobs", null);
        ObjectNode tooMany = request("auto", userTurn(QUESTION), false).put("logprobs", true).put("top_logprobs", 21);
        assertRefused(tooMany, "top_logprobs", null);
        assertRefused("audio", "{\"voice\": \"alloy\"}", "audio", "unsupported_parameter");
        assertThat(gw.upstream().requests()).isEmpty();

        // the harmless forms are accepted
        ObjectNode fine = request("auto", userTurn(QUESTION), false).put("n", 1).put("logprobs", false)
                .put("parallel_tool_calls", false).put("user", "u-1").put("store", false);
        fine.putArray("modalities").add("text");
        assertThat(post(fine.toString()).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ several choices (n > 1)

    @Test
    void severalChoicesAreSeveralCallsToTheRoutedModelAndBypassTheCache() throws Exception {
        start(gw.models() + CACHE);
        JsonNode body = json(post(request("auto", userTurn(QUESTION), false).put("n", 3).toString()));
        JsonNode choices = body.path("choices");
        assertThat(choices).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(choices.path(i).path("index").asInt()).isEqualTo(i);
            assertThat(choices.path(i).path("message").path("content").asText())
                    .isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION));
            assertThat(choices.path(i).path("finish_reason").asText()).isEqualTo("stop");
        }
        // the usage of all three calls, each 11 + 7 tokens upstream
        assertThat(body.path("usage").path("prompt_tokens").asInt()).isEqualTo(33);
        assertThat(body.path("usage").path("completion_tokens").asInt()).isEqualTo(21);
        assertThat(gw.upstream().requests()).hasSize(3).allSatisfy(r -> assertThat(r.model()).isEqualTo(SMALL_UP));

        // nothing was stored: the same question with one choice is a miss that calls the model again
        HttpResponse<String> again = post(request("auto", userTurn(QUESTION), false).toString());
        assertThat(json(again).path("choices")).hasSize(1);
        assertThat(header(again, "x-semantic-router-cache")).isEqualTo("miss");
        assertThat(gw.upstream().requests()).hasSize(4);
    }

    @Test
    void severalChoicesOnAPinnedModelAllGoToThatModel() throws Exception {
        start(gw.models());
        HttpResponse<String> r = post(request("strong", userTurn(QUESTION), false).put("n", 2).toString());
        assertThat(json(r).path("choices")).hasSize(2);
        assertThat(header(r, "x-semantic-router-model")).isEqualTo("strong");
        assertThat(header(r, "x-semantic-router-cache")).isEqualTo("bypass");
        assertThat(gw.upstream().requests()).hasSize(2).allSatisfy(q -> assertThat(q.model()).isEqualTo(STRONG_UP));
    }

    @Test
    void severalChoicesStreamAsChunksPerChoiceThenTheUsageOfAll() throws Exception {
        start(gw.models() + CACHE);
        ObjectNode body = request("auto", userTurn(QUESTION), true).put("n", 2);
        body.putObject("stream_options").put("include_usage", true);
        Streamed s = streamed(post(body.toString()));
        Map<Integer, StringBuilder> text = new LinkedHashMap<>();
        Map<Integer, String> finish = new LinkedHashMap<>();
        JsonNode usage = null;
        for (JsonNode chunk : s.chunks()) {
            if (chunk.path("choices").isEmpty()) {
                usage = chunk.path("usage");
                continue;
            }
            JsonNode choice = chunk.path("choices").path(0);
            int index = choice.path("index").asInt();
            text.computeIfAbsent(index, i -> new StringBuilder()).append(choice.path("delta").path("content").asText(""));
            if (!choice.path("finish_reason").isNull()) {
                finish.put(index, choice.path("finish_reason").asText());
            }
        }
        assertThat(text).containsOnlyKeys(0, 1);
        assertThat(text.values()).allSatisfy(t -> assertThat(t.toString())
                .isEqualTo(OpenAiUpstream.answer(SMALL_UP, QUESTION)));
        assertThat(finish).containsEntry(0, "stop").containsEntry(1, "stop");
        assertThat(usage).isNotNull();
        assertThat(usage.path("completion_tokens").asInt()).isEqualTo(14);
        assertThat(gw.upstream().requests()).hasSize(2);
    }

    @Test
    void severalChoicesCarryTheirToolCallsUnderTheirOwnIndex() throws Exception {
        start(gw.models());
        ObjectNode body = request("auto", userTurn(QUESTION), false).put("n", 2);
        body.set("tools", tools("The weather forecast for a city"));
        JsonNode choices = json(post(body.toString())).path("choices");
        assertThat(choices).hasSize(2);
        for (JsonNode choice : choices) {
            assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
            assertThat(choice.path("message").path("tool_calls")).isNotEmpty();
        }
        ObjectNode streamedBody = request("auto", userTurn(QUESTION), true).put("n", 2);
        streamedBody.set("tools", tools("The weather forecast for a city"));
        Streamed s = streamed(post(streamedBody.toString()));
        List<Integer> toolChoices = new ArrayList<>();
        for (JsonNode chunk : s.chunks()) {
            JsonNode choice = chunk.path("choices").path(0);
            if (choice.path("delta").has("tool_calls")) {
                toolChoices.add(choice.path("index").asInt());
            }
        }
        assertThat(toolChoices).contains(0, 1);
        assertThat(s.finishReasons()).containsExactly("tool_calls", "tool_calls");
    }
}
