package io.semanticrouter.server.config;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback server that answers OpenAI chat-completion requests with a fixed text (blocking and streamed)
 * and records what it received. Lets tests check what an {@code openai} model sends without any real LLM.
 */
final class StubOpenAiServer implements AutoCloseable {

    record Request(String path, String authorization, String body) {
        /** The JSON body without whitespace, whatever the client's pretty-printing. */
        String compactBody() {
            return body.replaceAll("\\s+", "");
        }
    }

    private static final String ANSWER = "hello from the stub";

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();

    StubOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (this) {
            requests.add(new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
        }
        boolean stream = body.replaceAll("\\s+", "").contains("\"stream\":true");
        String reply;
        if (stream) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            StringBuilder sse = new StringBuilder();
            for (String part : List.of("hello ", "from ", "the ", "stub")) {
                sse.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"upstream-7b\","
                        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(part)
                        .append("\"},\"finish_reason\":null}]}\n\n");
            }
            sse.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"upstream-7b\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
            sse.append("data: [DONE]\n\n");
            reply = sse.toString();
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            reply = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"upstream-7b\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"},"
                    + "\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}";
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
