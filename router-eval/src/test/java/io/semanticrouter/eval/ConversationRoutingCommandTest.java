package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.semanticrouter.eval.RouterEvalTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code conversation-routing} on real MiniLM embeddings and a few conversations written for this test. */
class ConversationRoutingCommandTest {

    @TempDir
    Path dir;

    private static String conv(String category, boolean followUp, boolean reask, String kind, String... turns) {
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < turns.length; i++) {
            m.append(i == 0 ? "" : ", ").append("{\"role\": \"").append(i % 2 == 0 ? "user" : "assistant")
                    .append("\", \"content\": \"").append(turns[i]).append("\"}");
        }
        return "{\"messages\": [" + m + "], \"category\": \"" + category + "\", \"follow_up\": " + followUp
                + ", \"reask\": " + reask + ", \"kind\": \"" + kind + "\"}";
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    private Path ownConversations() throws IOException {
        return write("conv.jsonl",
                conv("coding", true, false, "follow_up", "How do I reverse a list in Python?",
                        "Use reversed() or slicing.", "And in Java?"),
                conv("travel", true, false, "follow_up", "What documents do I need to fly from Canada to Mexico?",
                        "A valid passport.", "What about by car?"),
                conv("math", true, false, "follow_up", "How do I differentiate x squared times sine of x?",
                        "Use the product rule.", "Can you show it step by step?"),
                conv("finance", false, false, "standalone", "How do I reverse a list in Python?",
                        "Use reversed().", "What is a good interest rate for a savings account?"),
                conv("customer_support", false, true, "reask", "How do I get a refund for a damaged package?",
                        "Couriers deliver packages.", "How can I get my money back for a package that arrived damaged?"),
                conv("health", false, true, "reask", "What are the symptoms of dehydration?",
                        "Water is important.", "What are the symptoms of dehydration?"));
    }

    @Test
    void followUpsAreClassifiedWithTheirContextAndReasksAreFound() throws IOException {
        Path summary = dir.resolve("s.json");

        RouterEvalTest.Run r = run("conversation-routing", "--data", ownConversations().toString(), "--split", "all",
                "--json", summary.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("follow-up (labelled)").contains("re-ask >= 0.75");
        JsonNode s = Jsonl.MAPPER.readTree(summary.toFile());
        assertThat(s.get("n").asInt()).isEqualTo(6);
        assertThat(s.get("follow_up_n").asInt()).isEqualTo(3);
        assertThat(s.get("detector_recall").asDouble()).as("three plain cues: 'and', 'what about', 'it'").isEqualTo(1.0);
        assertThat(s.get("detector_precision").asDouble()).isEqualTo(1.0);
        assertThat(s.get("follow_up_accuracy_with_context").asDouble())
                .isGreaterThanOrEqualTo(s.get("follow_up_accuracy_alone").asDouble());
        assertThat(s.get("follow_up_accuracy_with_context").asDouble()).isGreaterThanOrEqualTo(2 / 3.0);
        assertThat(s.get("reask_tp").asInt()).as("at least the word-for-word repeat").isGreaterThanOrEqualTo(1);
        assertThat(s.get("reask_fp").asInt()).isZero();
        assertThat(s.get("split").asText()).isEqualTo("all");
    }

    @Test
    void theSweepRanksSettingsAndThresholds() throws IOException {
        RouterEvalTest.Run r = run("conversation-routing", "--data", ownConversations().toString(), "--split", "all",
                "--sweep");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("FollowUpDetector[").contains("re-ask threshold");
    }

    @Test
    void badDataAndArgumentsExitWithTwoAndSayWhere() throws IOException {
        Path noCategory = write("a.jsonl", "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}],"
                + " \"follow_up\": false, \"reask\": false, \"kind\": \"standalone\"}");
        Path endsWithAssistant = write("b.jsonl", conv("general", false, false, "standalone", "hi", "hello"));
        Path notBoolean = write("c.jsonl", conv("general", false, false, "standalone", "hi")
                .replace("\"reask\": false", "\"reask\": \"no\""));

        RouterEvalTest.Run r1 = run("conversation-routing", "--data", noCategory.toString());
        RouterEvalTest.Run r2 = run("conversation-routing", "--data", endsWithAssistant.toString());
        RouterEvalTest.Run r3 = run("conversation-routing", "--data", notBoolean.toString());
        RouterEvalTest.Run r4 = run("conversation-routing", "--data", ownConversations().toString(), "--split", "half");

        assertThat(r1.exit()).isEqualTo(2);
        assertThat(r1.err()).contains(noCategory + ":1").contains("\"category\" must be a string (missing)");
        assertThat(r2.err()).contains(endsWithAssistant + ":1").contains("the last message must be a user turn");
        assertThat(r3.err()).contains(notBoolean + ":1").contains("\"reask\" must be true or false");
        assertThat(r4.exit()).isEqualTo(2);
        assertThat(r4.err()).contains("--split must be tune, test or all");
    }
}
