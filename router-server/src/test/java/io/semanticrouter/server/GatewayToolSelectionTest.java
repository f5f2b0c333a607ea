package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.server.config.ConfigException;
import io.semanticrouter.server.config.RouterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.semanticrouter.server.GatewayFixture.HTTP;
import static io.semanticrouter.server.GatewayFixture.JSON;
import static io.semanticrouter.server.GatewayFixture.SMALL_UP;
import static io.semanticrouter.server.GatewayFixture.header;
import static io.semanticrouter.server.GatewayFixture.userMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tool auto-selection through the gateway over real HTTP, with the real all-MiniLM-L6-v2 embedder: the upstream
 * ({@link OpenAiUpstream}) receives only the kept tools, the {@code x-semantic-router-tools} header says
 * {@code kept/total}, tools called earlier in the conversation and {@code always_keep} tools stay, a decision's
 * own {@code tool_selection} replaces the top-level one, and bad values are refused naming their key.
 */
class GatewayToolSelectionTest {

    private static final String QUESTION = "Will it rain in Paris this afternoon?";
    private static final String[][] TOOLS = {
            {"get_weather", "Current weather and the forecast for the next hours in a city: rain, temperature, wind"},
            {"get_local_time", "The local time in a city"},
            {"send_email", "Send an email to one recipient with a subject and a body"},
            {"create_invoice", "Create an invoice for a customer order and return its number"},
            {"book_flight", "Book a flight ticket between two airports on a date"},
            {"translate_text", "Translate a text into another language"},
            {"convert_currency", "Convert an amount of money from one currency into another"},
            {"search_docs", "Search the product documentation for a phrase"},
    };

    @RegisterExtension
    final GatewayFixture gw = new GatewayFixture();

    private String model() {
        return """
                models:
                  - name: small
                    type: openai
                    base_url: %s
                    model: %s
                    max_retries: 0
                """.formatted(gw.upstream().baseUrl(), SMALL_UP);
    }

    private void start(String yaml) throws IOException {
        gw.start(yaml, k -> null);
    }

    private static ArrayNode tools() {
        ArrayNode tools = JSON.createArrayNode();
        for (String[] t : TOOLS) {
            ObjectNode f = tools.addObject().put("type", "function").putObject("function");
            f.put("name", t[0]).put("description", t[1]);
            f.putObject("parameters").put("type", "object").putObject("properties").putObject("city")
                    .put("type", "string");
        }
        return tools;
    }

    private static ObjectNode request(ArrayNode messages, boolean stream) {
        ObjectNode root = JSON.createObjectNode().put("model", "auto");
        root.set("messages", messages);
        root.set("tools", tools());
        if (stream) {
            root.put("stream", true);
        }
        return root;
    }

    private HttpResponse<String> post(ObjectNode body) throws IOException, InterruptedException {
        HttpResponse<String> r = GatewayFixture.send(
                gw.jsonPost("/v1/chat/completions", Duration.ofSeconds(30), body.toString()).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    /** The tool names the upstream received in its last request. */
    private List<String> upstreamTools() throws IOException {
        List<OpenAiUpstream.Request> all = gw.upstream().requests();
        JsonNode body = JSON.readTree(all.get(all.size() - 1).body());
        List<String> names = new ArrayList<>();
        body.path("tools").forEach(t -> names.add(t.path("function").path("name").asText()));
        return names;
    }

    private static String toolsHeader(HttpResponse<?> r) {
        return r.headers().firstValue("x-semantic-router-tools").orElse(null);
    }

    @Test
    void theUpstreamGetsOnlyTheKeptToolsAndTheHeaderSaysHowManyBlockingAndStreamed() throws Exception {
        start(model() + "tool_selection:\n  top_k: 2\n");

        HttpResponse<String> blocking = post(request(userMessage(QUESTION), false));
        List<String> sent = upstreamTools();
        assertThat(sent).hasSize(2).contains("get_weather");
        assertThat(toolsHeader(blocking)).isEqualTo("2/8");
        assertThat(JSON.readTree(blocking.body()).path("choices").path(0).path("message").path("tool_calls").path(0)
                .path("function").path("name").asText()).isIn(sent);

        HttpResponse<String> streamed = post(request(userMessage(QUESTION), true));
        assertThat(upstreamTools()).isEqualTo(sent);
        assertThat(toolsHeader(streamed)).isEqualTo("2/8");
        assertThat(streamed.body()).endsWith("data: [DONE]\n\n");
    }

    @Test
    void withoutToolSelectionEveryToolIsSentAndThereIsNoHeader() throws Exception {
        start(model());

        HttpResponse<String> r = post(request(userMessage(QUESTION), false));

        assertThat(upstreamTools()).hasSize(8);
        assertThat(toolsHeader(r)).isNull();
    }

    @Test
    void alwaysKeptToolsAndToolsTheAgentAlreadyCalledStay() throws Exception {
        start(model() + "tool_selection:\n  top_k: 1\n  always_keep: [search_docs]\n");
        ArrayNode messages = userMessage("I need a flight ticket from Paris to Rome next Monday");
        messages.addObject().put("role", "assistant").putNull("content").putArray("tool_calls").addObject()
                .put("id", "call_1").put("type", "function").putObject("function").put("name", "convert_currency")
                .put("arguments", "{}");
        messages.addObject().put("role", "tool").put("tool_call_id", "call_1").put("content", "{\"rate\": 1.08}");
        messages.addObject().put("role", "user").put("content", "Book the flight from Paris to Rome then");

        HttpResponse<String> r = post(request(messages, false));

        assertThat(upstreamTools()).containsExactly("book_flight", "convert_currency", "search_docs"); // the request's order
        assertThat(toolsHeader(r)).isEqualTo("3/8");
    }

    @Test
    void aQuestionNotInEnglishGetsEveryToolAndTheHeaderSaysWhy() throws Exception {
        String german = "Brauche ich heute Nachmittag für meinen Spaziergang einen Regenschirm?";
        start(model() + "tool_selection:\n  top_k: 2\n");

        HttpResponse<String> r = post(request(userMessage(german), false));
        assertThat(upstreamTools()).hasSize(8);
        assertThat(toolsHeader(r)).isEqualTo("8/8; language");

        start(model() + "tool_selection:\n  top_k: 2\n  language_gate: false\n  widen_below: -1\n");
        HttpResponse<String> off = post(request(userMessage(german), false));
        assertThat(upstreamTools()).hasSize(2);
        assertThat(toolsHeader(off)).isEqualTo("2/8");
    }

    @Test
    void aQuestionNoToolIsSimilarEnoughToIsWidened() throws Exception {
        start(model() + "tool_selection:\n  top_k: 2\n  widen_below: 0.99\n");
        HttpResponse<String> r = post(request(userMessage(QUESTION), false));
        assertThat(upstreamTools()).hasSize(4).contains("get_weather");
        assertThat(toolsHeader(r)).isEqualTo("4/8; widened");

        start(model() + "tool_selection:\n  top_k: 2\n  widen_below: 0.99\n  widen_to: 3\n");
        HttpResponse<String> three = post(request(userMessage(QUESTION), false));
        assertThat(upstreamTools()).hasSize(3);
        assertThat(toolsHeader(three)).isEqualTo("3/8; widened");
    }

    @Test
    void aDecisionsOwnToolSelectionReplacesTheTopLevelOne() throws Exception {
        start(model() + """
                tool_selection: {top_k: 2}
                decisions:
                  - name: everything
                    when: {always: true}
                    models: [small]
                    tool_selection: {top_k: 3, min_similarity: -0.5}
                """);

        HttpResponse<String> r = post(request(userMessage(QUESTION), false));
        assertThat(upstreamTools()).hasSize(3).contains("get_weather");
        assertThat(toolsHeader(r)).isEqualTo("3/8");

        start(model() + """
                tool_selection: {top_k: 2}
                decisions:
                  - name: everything
                    when: {always: true}
                    models: [small]
                    tool_selection: {enabled: false}
                """);
        HttpResponse<String> off = post(request(userMessage(QUESTION), false));
        assertThat(upstreamTools()).hasSize(8);
        assertThat(toolsHeader(off)).isNull();
    }

    private ConfigException refused(String yaml) throws IOException {
        Path file = gw.write(yaml);
        try {
            RouterConfig.load(file, k -> null);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    @Test
    void badValuesAreRefusedNamingTheirKey() throws IOException {
        String demo = "models:\n  - name: small\n    type: demo\n";

        ConfigException e = refused(demo + """
                tool_selection:
                  top_k: 0
                  min_similarity: 1.5
                  always_keep: [search_docs, ""]
                decisions:
                  - name: everything
                    when: {always: true}
                    models: [small]
                    tool_selection: {top_k: -3}
                """);

        assertThat(e.problems()).extracting(ConfigException.Problem::path).containsExactlyInAnyOrder(
                "tool_selection.top_k", "tool_selection.min_similarity", "tool_selection.always_keep[1]",
                "decisions[0].tool_selection.top_k");
        assertThat(e.getMessage()).contains("tool_selection.top_k: must be >= 1, was 0")
                .contains("tool_selection.min_similarity: must be in [-1, 1], was 1.5");
        assertThat(refused(demo + "tool_selection:\n  topk: 3\n").path()).isEqualTo("tool_selection.topk");
        assertThat(refused(demo + "tool_selection:\n  top_k: \"5\"\n").path()).isEqualTo("tool_selection.top_k");
        assertThat(refused(demo + "tool_selection:\n  always_keep: [~]\n").path()).isEqualTo("tool_selection.always_keep[0]");
        ConfigException gate = refused(demo + """
                tool_selection:
                  top_k: 4
                  language_gate: maybe
                """);
        assertThat(gate.path()).isEqualTo("tool_selection.language_gate");
        ConfigException widen = refused(demo + """
                tool_selection:
                  top_k: 4
                  min_english_share: 1.2
                  widen_below: -2
                  widen_to: 3
                """);
        assertThat(widen.problems()).extracting(ConfigException.Problem::path).containsExactlyInAnyOrder(
                "tool_selection.min_english_share", "tool_selection.widen_below", "tool_selection.widen_to");
        assertThat(widen.getMessage()).contains("tool_selection.widen_to: must be >= top_k (4), was 3");
        assertThatThrownBy(() -> refused(demo + "tool_selection:\n  enabled: false\n  top_k: 4\n"))
                .isInstanceOf(AssertionError.class); // a valid file
    }
}
