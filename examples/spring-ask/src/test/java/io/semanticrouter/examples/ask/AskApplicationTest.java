package io.semanticrouter.examples.ask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.demo.DemoChatModel;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.Embedder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example app on a random port, asked over real HTTP: the auto-configured real MiniLM embedder, the shipped
 * categories, the offline stand-in models (no latency, so the test does not wait for nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ask.demo-latency=0s")
class AskApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("strongModel")
    ChatModel strong;

    @Autowired
    @Qualifier("smallModel")
    ChatModel small;

    @Autowired
    Embedder embedder;

    @Test
    void aCodingQuestionGoesToTheStrongModelAndItsParaphraseComesFromTheCache() throws Exception {
        assertThat(embedder).isInstanceOf(OnnxEmbedder.class);
        int callsBefore = ((DemoChatModel) strong).calls();

        HttpResponse<String> first = get("What is the difference between an abstract class and an interface in Java?");
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode a = JSON.readTree(first.body());
        assertThat(a.get("model").asText()).isEqualTo("strongModel");
        assertThat(a.get("category").asText()).isEqualTo("coding");
        assertThat(a.get("cache").asText()).isEqualTo("MISS");
        assertThat(a.get("similarity").isNull() || a.get("similarity").isNumber())
                .as("similarity is a number, or null when the cache had nothing near: %s", a.get("similarity")).isTrue();
        assertThat(a.get("answer").asText()).startsWith("[demo model 'strong']")
                .endsWith("What is the difference between an abstract class and an interface in Java?");

        HttpResponse<String> second = get("How does an abstract class differ from an interface in Java?");
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode b = JSON.readTree(second.body());
        assertThat(b.get("cache").asText()).isEqualTo("HIT");
        assertThat(b.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
        assertThat(b.get("answer").asText()).isEqualTo(a.get("answer").asText());
        assertThat(((DemoChatModel) strong).calls()).isEqualTo(callsBefore + 1);
    }

    @Test
    void aPostedQuestionIsAnsweredToo() throws Exception {
        int callsBefore = ((DemoChatModel) small).calls();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/ask"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("Hi! How is your day going?")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.get("model").asText()).isEqualTo("smallModel");
        assertThat(a.get("answer").asText()).startsWith("[demo model 'small']").endsWith("Hi! How is your day going?");
        assertThat(((DemoChatModel) small).calls()).isEqualTo(callsBefore + 1);
    }

    @Test
    void aBlankQuestionIsABadRequest() throws Exception {
        HttpResponse<String> r = get("   ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
    }

    private HttpResponse<String> get(String question) throws IOException, InterruptedException {
        URI uri = uri("/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
