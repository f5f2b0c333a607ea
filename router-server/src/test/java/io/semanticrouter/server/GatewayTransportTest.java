package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.semanticrouter.server.GatewayFixture.HTTP;
import static io.semanticrouter.server.GatewayFixture.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's HTTP layer over raw sockets: protocol abuse (slow, huge, malformed, too many) must get an answer
 * in the OpenAI error shape or a clean close, and must not take the gateway down for others. Offline demo models;
 * deadlines are generous, nothing is timed.
 */
class GatewayTransportTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final String DEMO = """
            models:
              - name: small
                type: demo
            semantic_cache:
              enabled: true
            categories:
              - name: cooking
                exemplars: ["How long should I boil an egg?", "How do I make tomato sauce?"]
                model_scores: {small: 1.0}
              - name: coding
                exemplars: ["How do I reverse a list in Python?", "Fix this NullPointerException"]
                model_scores: {small: 1.0}
            """;
    private static final String QUESTION = "{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": "
            + "\"How long do I boil an egg?\"}]}";

    @RegisterExtension
    final GatewayFixture gw = GatewayFixture.withoutUpstream();

    private void start(String yaml) throws IOException {
        start(yaml, gw.embedder());
    }

    private void start(String yaml, Embedder with) throws IOException {
        gw.serve(gw.build(gw.write(yaml), k -> null, with));
    }

    // ------------------------------------------------------------------ raw HTTP

    /** A response read off a socket. */
    private record Raw(int status, Map<String, String> headers, String body) {
        JsonNode error() throws IOException {
            return JSON.readTree(body).path("error");
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", gw.gateway().port());
        s.setSoTimeout((int) GENEROUS.toMillis());
        gw.closeLater(s);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one response (head, then a Content-Length body); fails on a reset or an early close. */
    private static Raw read(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before a response head; got: " + head);
            }
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        if (status == 100) {
            return read(s);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Raw(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Asserts an OpenAI-shaped JSON error with this status (never an HTML page). */
    private static void assertOpenAiError(Raw r, int... statuses) throws IOException {
        assertThat(r.status()).as(r.body()).isIn(java.util.Arrays.stream(statuses).boxed().toArray());
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.body()).doesNotContainIgnoringCase("<html");
        assertThat(r.error().fieldNames()).toIterable().containsExactlyInAnyOrder("message", "type", "param", "code");
        assertThat(r.error().path("message").asText()).isNotBlank();
    }

    /** True when the server closed the connection (end of stream) within the generous deadline. */
    private static boolean closedByServer(Socket s) throws IOException {
        try {
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // drain whatever the server says before closing (an error response)
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // a reset also means closed
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gw.uri(path)).timeout(GENEROUS).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(gw.uri(path)).timeout(GENEROUS)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue("x-semantic-router-cache").orElse(null);
    }

    // ------------------------------------------------------------------ slow clients

    @Test
    void healthAndACacheHitAnswerWhile200SlowlorisAndIdleConnectionsAreOpen() throws Exception {
        start(DEMO);
        assertThat(cache(post("/v1/chat/completions", QUESTION, "application/json"))).isEqualTo("miss");
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Socket s = connect();
            if (i % 2 == 0) {
                send(s, "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Slow: "); // and never the rest
            }
            slow.add(s);
        }

        HttpResponse<String> health = get("/health");
        HttpResponse<String> hit = post("/v1/chat/completions", QUESTION, "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(hit.statusCode()).as(hit.body()).isEqualTo(200);
        assertThat(cache(hit)).isEqualTo("hit");
    }

    @Test
    void aHeadThatTricklesInIsCutOffAtTheHeaderTimeoutAndAnIdleConnectionAtTheIdleTimeout() throws Exception {
        start("""
                server:
                  header_timeout_seconds: 2
                  body_timeout_seconds: 2
                  idle_timeout_seconds: 2
                """ + DEMO); // 2 s, not 1: a test thread stalled between connect and send must not look like a timeout

        Socket trickle = connect();
        send(trickle, "GET /health HTTP/1.1\r\nHost: x\r\n");
        Raw timedOut = read(trickle);
        assertOpenAiError(timedOut, 408);
        assertThat(timedOut.error().path("code").asText()).isEqualTo("request_timeout");
        assertThat(closedByServer(trickle)).isTrue();

        Socket body = connect();
        send(body, "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 500\r\n\r\n{\"model\":");
        assertOpenAiError(read(body), 408);
        assertThat(closedByServer(body)).isTrue();

        Socket idle = connect();
        assertThat(closedByServer(idle)).as("an idle connection is closed").isTrue();

        // a kept-alive connection is idle between requests too
        Socket keptAlive = connect();
        send(keptAlive, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(read(keptAlive).status()).isEqualTo(200);
        assertThat(closedByServer(keptAlive)).isTrue();
    }

    @Test
    void connectionsOverTheLimitGet503InTheOpenAiShape() throws Exception {
        start("""
                server:
                  max_connections: 4
                """ + DEMO);
        List<Socket> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Socket s = connect();
            send(s, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(read(s).status()).isEqualTo(200); // the server has seen this connection
            open.add(s);
        }

        Socket fifth = connect();
        send(fifth, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        Raw refused = read(fifth);
        assertOpenAiError(refused, 503);
        assertThat(refused.error().path("code").asText()).isEqualTo("too_many_connections");

        open.get(0).close();
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            // the closed connection is counted out once the server notices; retry until it has
            Socket again = connect();
            send(again, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            status = read(again).status();
            again.close();
        }
        assertThat(status).isEqualTo(200);
    }

    // ------------------------------------------------------------------ malformed and huge requests

    @Test
    void aHugeHeaderOrAThousandHeadersGet431InsteadOfAReset() throws Exception {
        start(DEMO);

        Socket huge = connect();
        send(huge, "GET /health HTTP/1.1\r\nHost: x\r\nX-Huge: " + "a".repeat(1 << 20) + "\r\n\r\n");
        Raw tooBig = read(huge);
        assertOpenAiError(tooBig, 431, 400);
        assertThat(tooBig.headers().get("connection")).isEqualTo("close");

        StringBuilder many = new StringBuilder("GET /health HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 1000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        Socket thousand = connect();
        send(thousand, many.append("\r\n").toString());
        assertOpenAiError(read(thousand), 431, 400);

        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aBadContentLengthOrRequestLineGets400InTheOpenAiShape() throws Exception {
        start(DEMO);
        for (String length : List.of("-1", "abc")) {
            Socket s = connect();
            send(s, "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\n\r\n" + QUESTION);
            Raw r = read(s);
            assertOpenAiError(r, 400);
            assertThat(r.error().path("type").asText()).isEqualTo("invalid_request_error");
        }
        Socket garbage = connect();
        send(garbage, "HELLO THERE\r\n\r\n");
        assertOpenAiError(read(garbage), 400);

        // a body announced larger than the limit is refused before it is read
        Socket big = connect();
        send(big, "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999\r\n\r\n{");
        assertOpenAiError(read(big), 413);
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
        start(DEMO);
        Socket s = connect();
        send(s, "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");

        Raw health = read(s);
        Raw models = read(s);
        Raw missing = read(s);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"ok\"");
        assertThat(models.status()).isEqualTo(200);
        assertThat(models.body()).contains("\"auto\"");
        assertOpenAiError(missing, 404);

        // an absolute-form target names the same endpoint; a query string does not change it
        send(s, "GET http://127.0.0.1/health HTTP/1.1\r\nHost: x\r\n\r\nGET /health?verbose=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(read(s).status()).isEqualTo(200);
        assertThat(read(s).status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ content type

    @Test
    void aBodyThatIsNotJsonGets415AndAMissingContentTypeIsReadAsJson() throws Exception {
        start(DEMO);

        HttpResponse<String> text = post("/v1/chat/completions", QUESTION, "text/plain");
        HttpResponse<String> form = post("/v1/chat/completions", QUESTION, "application/x-www-form-urlencoded");
        HttpResponse<String> classifyText = post("/v1/classify", "{\"input\": \"hi\"}", "text/plain");
        HttpResponse<String> none = post("/v1/chat/completions", QUESTION, null);
        HttpResponse<String> withCharset = post("/v1/chat/completions", QUESTION, "Application/JSON; charset=utf-8");

        for (HttpResponse<String> r : List.of(text, form, classifyText)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode error = JSON.readTree(r.body()).path("error");
            assertThat(error.path("code").asText()).isEqualTo("unsupported_media_type");
            assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
        }
        assertThat(JSON.readTree(text.body()).path("error").path("message").asText()).contains("'text/plain'");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(withCharset.statusCode()).as(withCharset.body()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ empty messages

    @Test
    void emptyContentAndConversationsWithoutAUserMessageNameTheField() throws Exception {
        start(DEMO);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("[{\"role\": \"user\", \"content\": \"\"}]", "messages[0].content");
        cases.put("[{\"role\": \"user\", \"content\": \"  \\n\\t \"}]", "messages[0].content");
        cases.put("[{\"role\": \"system\", \"content\": \"be brief\"}, {\"role\": \"user\", \"content\": \" \"}]",
                "messages[1].content");
        cases.put("[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \" \"}]}]", "messages[0].content");
        cases.put("[{\"role\": \"system\", \"content\": \"be brief\"}]", "messages");
        cases.put("[{\"role\": \"assistant\", \"content\": \"Hello!\"}]", "messages");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = post("/v1/chat/completions", "{\"model\": \"auto\", \"messages\": " + c.getKey() + "}",
                    "application/json");
            assertThat(r.statusCode()).as(c.getKey() + " -> " + r.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body()).path("error");
            assertThat(error.path("param").asText()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
        }
    }

    // ------------------------------------------------------------------ classify timeout

    @Test
    void classifyObeysTheRequestTimeout() throws Exception {
        start("""
                server:
                  request_timeout_seconds: 1
                """ + DEMO, new SlowEmbedder(gw.embedder(), "SLOW", Duration.ofSeconds(20)));

        HttpResponse<String> r = post("/v1/classify", "{\"input\": \"SLOW: how long do I boil an egg?\"}",
                "application/json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(504);
        JsonNode error = JSON.readTree(r.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("request_timeout");
        assertThat(error.path("type").asText()).isEqualTo("timeout");
        assertThat(post("/v1/classify", "{\"input\": \"how long do I boil an egg?\"}", "application/json").statusCode())
                .isEqualTo(200);
    }

    /** Embeds like its delegate, but sleeps (interruptibly) on texts containing a marker. */
    private record SlowEmbedder(Embedder delegate, String marker, Duration delay) implements Embedder {
        @Override
        public Embedding embed(String text) {
            if (text.contains(marker)) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            return delegate.embed(text);
        }

        @Override
        public List<Embedding> embedAll(List<String> texts) {
            List<Embedding> out = new ArrayList<>();
            for (String t : texts) {
                out.add(embed(t));
            }
            return out;
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public int maxTokens() {
            return delegate.maxTokens();
        }

        @Override
        public String modelId() {
            return delegate.modelId();
        }

        @Override
        public void close() {
            // the shared embedder is closed once, after all tests
        }
    }
}
