package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.semanticrouter.eval.RouterEvalTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code tools} subcommand on a few requests of our own, with the real MiniLM embedder. */
class ToolsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] TOOLS = {
            {"get_weather_forecast", "The weather forecast for the next days in a city"},
            {"send_email", "Send an email to a recipient"},
            {"book_flight", "Book a flight ticket between two airports"},
            {"create_invoice", "Create an invoice for a customer"},
            {"lock_door", "Lock a smart door lock in the house"},
            {"translate_text", "Translate a text into another language"},
    };

    @TempDir
    Path dir;

    private Path catalogue() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String[] t : TOOLS) {
            lines.add("{\"type\": \"function\", \"function\": {\"name\": \"" + t[0] + "\", \"description\": \"" + t[1]
                    + "\", \"parameters\": {\"type\": \"object\", \"properties\": {\"text\": {\"type\": \"string\","
                    + " \"description\": \"what to act on\"}}}}}");
        }
        return Files.write(dir.resolve("catalogue.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static String request(String text, String needed, String split, String... offered) {
        return "{\"id\": \"r\", \"request\": \"" + text + "\", \"needed\": [\"" + needed + "\"], \"offered\": "
                + JSON.valueToTree(List.of(offered)) + ", \"split\": \"" + split + "\", \"kind\": \"direct\"}";
    }

    @Test
    void reportsTheKeptRateAndTheTokensSavedOnTheChosenSplit() throws IOException {
        String[] all = java.util.Arrays.stream(TOOLS).map(t -> t[0]).toArray(String[]::new);
        Path requests = Files.write(dir.resolve("requests.jsonl"), List.of(
                request("Will it rain in Paris over the next days? I need the weather forecast", "get_weather_forecast",
                        "tune", all),
                request("Please book me a flight ticket from Oslo to Rome", "book_flight", "tune", all),
                request("Translate this text into German", "translate_text", "tune", "translate_text", "send_email"),
                request("Lock the front door", "lock_door", "test", all)), StandardCharsets.UTF_8);
        Path summary = dir.resolve("summary.json");

        RouterEvalTest.Run r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(),
                "--top-k", "2", "--split", "tune", "--json", summary.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("kept_rate").contains("tokens_saved_rate");
        JsonNode s = Jsonl.MAPPER.readTree(summary.toFile());
        assertThat(s.get("requests").asInt()).isEqualTo(3);
        assertThat(s.get("top_k").asInt()).isEqualTo(2);
        assertThat(s.get("kept_rate").asDouble()).isEqualTo(1.0);
        assertThat(s.get("mean_kept").asDouble()).isEqualTo(2.0); // 2, 2, and the two of the short list
        double full = s.get("prompt_tokens_full").asDouble();
        double kept = s.get("prompt_tokens_kept").asDouble();
        assertThat(kept).isLessThan(full);
        assertThat(s.get("tokens_saved_rate").asDouble()).isCloseTo(1 - kept / full, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.get("per_kind").get("direct").get("requests").asInt()).isEqualTo(3);
    }

    @Test
    void clausesAndMissesAreOptions() throws IOException {
        String[] all = java.util.Arrays.stream(TOOLS).map(t -> t[0]).toArray(String[]::new);
        Path requests = Files.write(dir.resolve("two.jsonl"), List.of("{\"id\": \"two-tools\", \"request\": \"Book a"
                + " flight ticket from Oslo to Rome and then translate this text into German\", \"needed\":"
                + " [\"book_flight\", \"translate_text\"], \"offered\": " + JSON.valueToTree(List.of(all))
                + ", \"split\": \"tune\", \"kind\": \"multi_tool\"}"), StandardCharsets.UTF_8);
        Path summary = dir.resolve("summary.json");
        Path misses = dir.resolve("misses.tsv");

        RouterEvalTest.Run r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(),
                "--top-k", "2", "--clauses", "RESERVE", "--json", summary.toString(), "--misses", misses.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = Jsonl.MAPPER.readTree(summary.toFile());
        assertThat(s.get("clauses").asText()).isEqualTo("RESERVE");
        assertThat(s.get("kept_rate").asDouble()).isEqualTo(1.0); // each clause's tool takes one of the two places
        assertThat(Files.readString(misses)).isEmpty();

        r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(), "--top-k", "1",
                "--misses", misses.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(misses)).startsWith("two-tools\tmulti_tool\t6\t").contains("book_flight,translate_text");
        assertThat(run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(), "--clauses",
                "SOME").exit()).isNotZero();
    }

    @Test
    void aStandDownCountsEveryOfferedToolAsKeptAndSavesNothing() throws IOException {
        String[] all = java.util.Arrays.stream(TOOLS).map(t -> t[0]).toArray(String[]::new);
        Path requests = Files.write(dir.resolve("fr.jsonl"), List.of(
                request("Réserve-moi un vol entre Oslo et Rome pour vendredi", "book_flight", "tune", all)),
                StandardCharsets.UTF_8);
        Path summary = dir.resolve("summary.json");

        RouterEvalTest.Run r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(),
                "--top-k", "2", "--json", summary.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("stood_down_rate");
        JsonNode s = Jsonl.MAPPER.readTree(summary.toFile());
        assertThat(s.get("language_gate").asBoolean()).isTrue();
        assertThat(s.get("stood_down_rate").asDouble()).isEqualTo(1.0);
        assertThat(s.get("mean_kept").asDouble()).isEqualTo(6.0);
        assertThat(s.get("prompt_tokens_kept").asDouble()).isEqualTo(s.get("prompt_tokens_full").asDouble());
        assertThat(s.get("tokens_saved_rate").asDouble()).isZero();
        assertThat(s.get("per_kind").get("direct").get("stood_down_rate").asDouble()).isEqualTo(1.0);
        assertThat(s.get("per_kind").get("direct").get("tokens_saved_rate").asDouble()).isZero();

        r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(), "--top-k", "2",
                "--language-gate", "false", "--widen-below", "-1", "--json", summary.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        s = Jsonl.MAPPER.readTree(summary.toFile());
        assertThat(s.get("stood_down_rate").asDouble()).isZero();
        assertThat(s.get("mean_kept").asDouble()).isEqualTo(2.0);
    }

    @Test
    void widenedRequestsAreCountedWithTheToolsTheyKept() throws IOException {
        String[] all = java.util.Arrays.stream(TOOLS).map(t -> t[0]).toArray(String[]::new);
        Path requests = Files.write(dir.resolve("en.jsonl"), List.of(
                request("Please book me a flight ticket from Oslo to Rome", "book_flight", "tune", all)),
                StandardCharsets.UTF_8);
        Path summary = dir.resolve("summary.json");

        RouterEvalTest.Run r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(),
                "--top-k", "2", "--widen-below", "0.99", "--json", summary.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = Jsonl.MAPPER.readTree(summary.toFile());
        assertThat(s.get("widen_to").asInt()).isEqualTo(4);
        assertThat(s.get("widened_rate").asDouble()).isEqualTo(1.0);
        assertThat(s.get("mean_kept").asDouble()).isEqualTo(4.0);
        assertThat(s.get("per_offered").get("a: 1-25 tools").get("widened_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aRequestOfferingAToolOutsideTheCatalogueIsBadData() throws IOException {
        Path requests = Files.write(dir.resolve("bad.jsonl"), List.of(
                request("Lock the front door", "lock_door", "tune", "lock_door", "open_garage")), StandardCharsets.UTF_8);

        RouterEvalTest.Run r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.jsonl:1").contains("open_garage");
        assertThat(run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(), "--split",
                "dev").err()).contains("--split");
    }

    @Test
    void theQueryAdapterShippedForMiniLmIsOnByDefaultAndTheDumpHoldsWhatTrainingNeeds() throws IOException {
        String[] all = java.util.Arrays.stream(TOOLS).map(t -> t[0]).toArray(String[]::new);
        Path requests = Files.write(dir.resolve("en.jsonl"), List.of(
                request("Please book me a flight ticket from Oslo to Rome", "book_flight", "tune", all),
                request("Réserve-moi un vol entre Oslo et Rome pour vendredi", "book_flight", "tune", all)),
                StandardCharsets.UTF_8);
        Path summary = dir.resolve("summary.json");
        Path dump = dir.resolve("dump.json");

        RouterEvalTest.Run r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(),
                "--top-k", "2", "--json", summary.toString(), "--dump", dump.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("query_adapter true");
        assertThat(Jsonl.MAPPER.readTree(summary.toFile()).get("query_adapter").asBoolean()).isTrue();
        JsonNode d = Jsonl.MAPPER.readTree(dump.toFile());
        assertThat(d.get("embedding_model").asText()).isEqualTo("all-minilm-l6-v2");
        assertThat(d.get("tools")).hasSize(TOOLS.length);
        assertThat(d.get("tools").get(0).get("embedding")).hasSize(384);
        assertThat(d.get("tools").get(0).get("text").asText()).startsWith("get weather forecast\n");
        assertThat(d.get("requests")).hasSize(2);
        assertThat(d.get("requests").get(0).get("stood_down").asBoolean()).isFalse();
        assertThat(d.get("requests").get(1).get("stood_down").asBoolean()).isTrue();
        assertThat(d.get("requests").get(0).get("embedding")).hasSize(384);

        r = run("tools", "--catalogue", catalogue().toString(), "--requests", requests.toString(), "--top-k", "2",
                "--query-adapter", "false", "--json", summary.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Jsonl.MAPPER.readTree(summary.toFile()).get("query_adapter").asBoolean()).isFalse();
    }

    @Test
    void readsSeveralCataloguesAsOneAndChecksTheCatalogueARequestNames() throws IOException {
        Path first = catalogue();
        Path second = Files.write(dir.resolve("second.jsonl"), List.of("{\"type\": \"function\", \"function\": {\"name\":"
                + " \"water_plants\", \"description\": \"Water the plants of a garden zone\", \"parameters\":"
                + " {\"type\": \"object\", \"properties\": {}}}}"), StandardCharsets.UTF_8);
        String fromSecond = "{\"request\": \"Water the tomatoes\", \"needed\": [\"water_plants\"], \"offered\":"
                + " [\"water_plants\", \"lock_door\"], \"split\": \"test\", \"catalogue\": \"second.jsonl\"}";
        String fromFirst = request("Lock the front door", "lock_door", "test", "lock_door", "send_email")
                .replace("}", ", \"catalogue\": \"catalogue.jsonl\"}");
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), List.of(fromFirst,
                fromSecond.replace(", \"lock_door\"", "")), StandardCharsets.UTF_8);
        String both = first + "," + second;

        RouterEvalTest.Run r = run("tools", "--catalogue", both, "--requests", mixed.toString(), "--top-k", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("kept_rate");

        Path wrong = Files.write(dir.resolve("wrong.jsonl"), List.of(fromSecond), StandardCharsets.UTF_8);
        r = run("tools", "--catalogue", both, "--requests", wrong.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("'lock_door' is in catalogue.jsonl, not in second.jsonl");
        r = run("tools", "--catalogue", first.toString(), "--requests", mixed.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("catalogue 'second.jsonl' was not given");
        r = run("tools", "--catalogue", first + "," + first, "--requests", mixed.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("appears twice");
    }
}
