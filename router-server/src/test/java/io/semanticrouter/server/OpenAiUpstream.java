package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server speaking the OpenAI chat-completions protocol, blocking and streamed (server-sent events),
 * that stands in for the upstream models behind the gateway. It records every request and can be scripted per
 * upstream model name ({@link #script}): answer normally with a text that names the upstream model and echoes
 * the last user message ({@link #answer}), answer HTTP 500, or hang until the caller has long given up.
 *
 * <p>It also plays an agent's model ({@link #toolAnswer}): a request that offers {@code tools} (and does not say
 * {@code tool_choice: "none"}) is answered with a call of the next tool not yet called, one per turn in the order
 * offered, or all of them at once with {@code parallel_tool_calls: true}; once every tool has a result the answer is
 * text naming the results ({@link #answerWithResults}). Streams carry tool calls as OpenAI does, in deltas: the id and
 * name first, the arguments in pieces; and end with a usage chunk when {@code stream_options.include_usage} asks.
 *
 * <p>On a path ending in {@code /messages} it speaks Anthropic's Messages API instead ({@link AnthropicSide}), with
 * the same agent: a {@code tool_use} of the next tool without a {@code tool_result}, then the text answer; blocking
 * or in Anthropic's events. Its requests are recorded too.
 */
final class OpenAiUpstream implements AutoCloseable {

    /** What the server does for requests naming one upstream model. */
    enum Behaviour {
        /** 200 with {@link #answer}: a JSON completion, or SSE chunks when the request asks {@code stream: true}. */
        ANSWER,
        /** HTTP 500 with an OpenAI error body. */
        FAIL,
        /** Sends nothing until {@link #close()} (or {@link #HANG_LIMIT_SECONDS}): for the callers' timeouts. */
        HANG,
        /**
         * Starts answering, then drops the connection: a stream gets its role chunk and the first words, a
         * blocking request the first bytes of its JSON, and both end early (the response promised more bytes).
         */
        CUT,
        /**
         * A stream that ends cleanly in mid-answer: the role chunk and a few words, then the end of the body with
         * neither a finish reason nor {@code [DONE]} (a blocking request is answered normally).
         */
        TRUNCATE,
        /** A stream of {@link #FLOOD_WORDS} words sent as fast as the connection takes them (blocking: normal). */
        FLOOD,
        /** Sends nothing until {@link #open()} (or {@link #HANG_LIMIT_SECONDS}), then answers as {@link #ANSWER}. */
        HOLD
    }

    static final int FLOOD_WORDS = 400_000;

    /**
     * One request as received.
     *
     * @param path          the request path
     * @param authorization the Authorization header, or null
     * @param body          the raw JSON body
     * @param model         the {@code model} field of the body (the upstream name)
     * @param stream        whether the body asked for {@code stream: true}
     * @param lastUser      the text of the last user message
     */
    record Request(String path, String authorization, String body, String model, boolean stream, String lastUser) {
    }

    static final int HANG_LIMIT_SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "openai-upstream");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Behaviour> scripts = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);

    OpenAiUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL for {@code models[].base_url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** From now on, requests for {@code upstreamModel} get {@code behaviour}. */
    void script(String upstreamModel, Behaviour behaviour) {
        scripts.put(upstreamModel, behaviour);
    }

    /** Lets the requests held by {@link Behaviour#HOLD} answer. */
    void open() {
        held.countDown();
    }

    /** The answer a normally behaving upstream model gives to {@code question}. */
    static String answer(String upstreamModel, String question) {
        return "Answer from " + upstreamModel + " to the question: " + question;
    }

    /** The final answer once the tools returned {@code results}, in the order of the tool messages. */
    static String answerWithResults(String upstreamModel, String question, List<String> results) {
        return answer(upstreamModel, question) + " (tool results: " + String.join(" | ", results) + ")";
    }

    /** The arguments the upstream sends when it calls a tool at step {@code step} of {@code question}. */
    static String toolArguments(String question, int step) {
        return JSON.createObjectNode().put("question", question).put("step", step).toString();
    }

    /** Every request so far, in arrival order. */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests so far that named {@code upstreamModel}. */
    synchronized List<Request> requests(String upstreamModel) {
        return requests.stream().filter(r -> upstreamModel.equals(r.model())).toList();
    }

    private synchronized void record(Request request) {
        requests.add(request);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode root = JSON.readTree(body);
            String model = root.path("model").asText(null);
            boolean stream = root.path("stream").asBoolean(false);
            if (ex.getRequestURI().getPath().endsWith("/messages")) {
                AnthropicSide.handle(ex, root, this::record);
                return;
            }
            String lastUser = null;
            for (JsonNode m : root.path("messages")) {
                if ("user".equals(m.path("role").asText())) {
                    lastUser = m.path("content").isTextual() ? m.path("content").asText() : m.path("content").toString();
                }
            }
            synchronized (this) {
                requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"),
                        body, model, stream, lastUser));
            }
            if (!"POST".equals(ex.getRequestMethod()) || !ex.getRequestURI().getPath().endsWith("/chat/completions")) {
                send(ex, 404, "{\"error\":{\"message\":\"not found\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            switch (scripts.getOrDefault(model, Behaviour.ANSWER)) {
                case FAIL -> send(ex, 500, "{\"error\":{\"message\":\"upstream exploded\",\"type\":\"server_error\","
                        + "\"param\":null,\"code\":null}}");
                case HANG -> {
                    try {
                        released.await(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, 500, "{\"error\":{\"message\":\"too late\",\"type\":\"server_error\"}}");
                }
                case CUT -> cut(ex, model, stream);
                case TRUNCATE, FLOOD -> {
                    Behaviour b = scripts.get(model);
                    if (!stream) {
                        send(ex, 200, completion(model, answer(model, lastUser)).toString());
                    } else if (b == Behaviour.TRUNCATE) {
                        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                        ex.sendResponseHeaders(200, 0);
                        OutputStream out = ex.getResponseBody();
                        event(out, chunk(model, "assistant", "", null));
                        for (String piece : List.of("The ", "answer ", "is ", "cut ", "off ", "at ")) {
                            event(out, chunk(model, null, piece, null));
                        }
                        out.close();
                    } else {
                        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                        ex.sendResponseHeaders(200, 0);
                        OutputStream out = ex.getResponseBody();
                        event(out, chunk(model, "assistant", "", null));
                        for (int i = 0; i < FLOOD_WORDS; i++) {
                            event(out, chunk(model, null, "word" + i + " ", null));
                        }
                        event(out, chunk(model, null, null, "stop"));
                        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                        out.close();
                    }
                }
                case ANSWER, HOLD -> {
                    if (scripts.get(model) == Behaviour.HOLD) {
                        try {
                            held.await(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    List<ObjectNode> calls = toolAnswer(root, lastUser);
                    boolean usage = root.path("stream_options").path("include_usage").asBoolean(false);
                    if (!calls.isEmpty()) {
                        if (stream) {
                            streamToolCalls(ex, model, calls, usage);
                        } else {
                            send(ex, 200, toolCompletion(model, calls).toString());
                        }
                        return;
                    }
                    List<String> results = new ArrayList<>();
                    root.path("messages").forEach(m -> {
                        if ("tool".equals(m.path("role").asText())) {
                            results.add(m.path("content").asText());
                        }
                    });
                    String text = results.isEmpty() ? answer(model, lastUser) : answerWithResults(model, lastUser, results);
                    boolean logprobs = root.path("logprobs").asBoolean(false);
                    if (stream) {
                        stream(ex, model, text, usage, logprobs);
                    } else {
                        ObjectNode done = completion(model, text);
                        if (logprobs) {
                            ArrayNode content = ((ObjectNode) done.path("choices").path(0)).putObject("logprobs")
                                    .putArray("content");
                            String[] words = text.split("(?<= )");
                            for (int i = 0; i < words.length; i++) {
                                content.add(logprob(words[i], i));
                            }
                        }
                        send(ex, 200, done.toString());
                    }
                }
            }
        } catch (IOException e) {
            // the caller gave up (a timeout): nothing to do
        }
    }

    /**
     * The tool calls an agent's model makes now: none without tools or with {@code tool_choice: "none"}; else the
     * first tool not yet answered by a tool message (all of them with {@code parallel_tool_calls: true}), none
     * once every tool has been called.
     */
    private static List<ObjectNode> toolAnswer(JsonNode root, String question) {
        JsonNode tools = root.path("tools");
        if (!tools.isArray() || tools.isEmpty() || "none".equals(root.path("tool_choice").asText())) {
            return List.of();
        }
        int done = 0;
        for (JsonNode m : root.path("messages")) {
            if ("tool".equals(m.path("role").asText())) {
                done++;
            }
        }
        boolean parallel = root.path("parallel_tool_calls").asBoolean(false);
        List<ObjectNode> calls = new ArrayList<>();
        for (int i = done; i < tools.size() && (parallel || calls.isEmpty()); i++) {
            ObjectNode call = JSON.createObjectNode();
            call.put("id", "call_" + i + "_" + Integer.toHexString(question.hashCode()));
            call.put("type", "function");
            call.putObject("function").put("name", tools.get(i).path("function").path("name").asText())
                    .put("arguments", toolArguments(question, i));
            calls.add(call);
        }
        return calls;
    }

    /**
     * The log-probability the upstream gives the {@code i}-th word of an answer: {@code -0.25 * (i + 1)}, with one
     * alternative (the word upper-cased) at twice that.
     */
    static ObjectNode logprob(String word, int i) {
        ObjectNode p = JSON.createObjectNode().put("token", word).put("logprob", -0.25 * (i + 1));
        ArrayNode bytes = p.putArray("bytes");
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            bytes.add(b & 0xff);
        }
        p.putArray("top_logprobs").addObject().put("token", word.toUpperCase(java.util.Locale.ROOT))
                .put("logprob", -0.5 * (i + 1)).putNull("bytes");
        return p;
    }

    private static ObjectNode toolCompletion(String model, List<ObjectNode> calls) {
        ObjectNode root = completion(model, null);
        ObjectNode choice = (ObjectNode) root.path("choices").path(0);
        ((ObjectNode) choice.path("message")).putNull("content").putArray("tool_calls").addAll(calls);
        choice.put("finish_reason", "tool_calls");
        return root;
    }

    /** SSE of tool calls as OpenAI sends them: a role chunk, per call its id and name then its arguments in two pieces. */
    private static void streamToolCalls(HttpExchange ex, String model, List<ObjectNode> calls, boolean usage)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        event(out, chunk(model, "assistant", null, null));
        for (int i = 0; i < calls.size(); i++) {
            ObjectNode call = calls.get(i);
            String args = call.path("function").path("arguments").asText();
            int half = args.length() / 2;
            ObjectNode head = JSON.createObjectNode().put("index", i).put("id", call.path("id").asText()).put("type", "function");
            head.putObject("function").put("name", call.path("function").path("name").asText()).put("arguments", "");
            event(out, toolDelta(model, head));
            for (String piece : List.of(args.substring(0, half), args.substring(half))) {
                ObjectNode more = JSON.createObjectNode().put("index", i);
                more.putObject("function").put("arguments", piece);
                event(out, toolDelta(model, more));
            }
        }
        event(out, chunk(model, null, null, "tool_calls"));
        if (usage) {
            event(out, usageChunk(model));
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode toolDelta(String model, ObjectNode call) {
        ObjectNode chunk = chunk(model, null, null, null);
        ((ObjectNode) chunk.path("choices").path(0).path("delta")).putArray("tool_calls").add(call);
        return chunk;
    }

    private static ObjectNode usageChunk(String model) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-upstream").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", model);
        root.putArray("choices");
        root.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", 7).put("total_tokens", 18);
        return root;
    }

    private static ObjectNode completion(String model, String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-upstream");
        root.put("object", "chat.completion");
        root.put("created", 1);
        root.put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", 7).put("total_tokens", 18);
        return root;
    }

    /** SSE: a role chunk, one chunk per word, a final chunk with finish_reason, a usage chunk if asked, then [DONE]. */
    private static void stream(HttpExchange ex, String model, String text, boolean usage, boolean logprobs)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        event(out, chunk(model, "assistant", "", null));
        String[] pieces = text.split("(?<= )");
        for (int i = 0; i < pieces.length; i++) {
            ObjectNode c = chunk(model, null, pieces[i], null);
            if (logprobs) {
                ((ObjectNode) c.path("choices").path(0)).putObject("logprobs").putArray("content").add(logprob(pieces[i], i));
            }
            event(out, c);
        }
        event(out, chunk(model, null, null, "stop"));
        if (usage) {
            event(out, usageChunk(model));
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Promises a long body, sends the beginning of the answer, and closes the connection. */
    private static void cut(HttpExchange ex, String model, boolean stream) throws IOException {
        StringBuilder partial = new StringBuilder();
        if (stream) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            partial.append("data: ").append(chunk(model, "assistant", "", null)).append("\n\n");
            for (String piece : List.of("This ", "answer ", "breaks ")) {
                partial.append("data: ").append(chunk(model, null, piece, null)).append("\n\n");
            }
        } else {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            partial.append("{\"id\":\"chatcmpl-upstream\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,");
        }
        byte[] bytes = partial.toString().getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, bytes.length + 100_000);
        OutputStream out = ex.getResponseBody();
        out.write(bytes);
        out.flush();
        // closing the exchange now, short of the promised length, drops the connection
    }

    /** A stream chunk in the gateway's own wire format (the client parsing it is LangChain4j's, not ours). */
    private static ObjectNode chunk(String model, String role, String content, String finishReason) {
        return OpenAiProtocol.chunk("chatcmpl-upstream", 1, model, role, content, finishReason);
    }

    private static void event(OutputStream out, JsonNode data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Releases hanging requests and stops the server. */
    @Override
    public void close() {
        released.countDown();
        held.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
