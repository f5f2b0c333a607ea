package io.semanticrouter.eval;

import io.semanticrouter.eval.bench.GptCacheComparison;
import io.semanticrouter.server.GatewayServer;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.RouterConfig;
import io.semanticrouter.server.config.RouterFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * {@code gateway-bench}: the round trip of a cache hit through the HTTP gateway, as a client sees it (Java
 * {@link HttpClient}, HTTP/1.1 keep-alive, like curl reusing a connection): one client in sequence, then
 * {@code --clients} at once for {@code --seconds}. The gateway runs in this process on the given configuration
 * (default: the offline example), or is reached at {@code --url}. With {@code --slowloris N}, N abusive connections
 * (half idle, half sending a request head a line per second, reopened when the gateway closes them) are held open
 * during every measured phase, and {@code /health} is measured too.
 */
@Command(name = "gateway-bench", mixinStandardHelpOptions = true,
        description = "Round trip of cache hits through the OpenAI-compatible gateway: p50/p99, hits/s with N clients.")
final class GatewayBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", defaultValue = "router-server/config/router.example.yaml",
            description = "gateway configuration to start in-process (default: the offline example)")
    Path config;

    @Option(names = "--url", description = "benchmark a running gateway at this base URL instead (e.g. http://127.0.0.1:8080)")
    String url;

    @Option(names = "--question", defaultValue = "How do I reverse a linked list in Java?",
            description = "the question asked first (a miss) and then repeated (hits)")
    String question;

    @Option(names = "--requests", defaultValue = "3000", description = "sequential hits for the one-client figures")
    int requests;

    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients for the throughput figures")
    int clients;

    @Option(names = "--seconds", defaultValue = "15", description = "length of the concurrent phase")
    int seconds;

    @Option(names = "--embedder", description = "not used (the configuration names the embedder)")
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    @Option(names = "--slowloris", defaultValue = "0",
            description = "hold this many idle and slowloris connections open while measuring (default 0)")
    int slowloris;

    /** A request that gets no answer within this counts as failed (the gateway may be down under --slowloris). */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** A sequential phase gives up after this many failed requests. */
    private static final int MAX_FAILURES = 3;

    @Override
    public Integer call() throws Exception {
        if (requests < 1 || clients < 1 || seconds < 1 || slowloris < 0) {
            throw new IllegalArgumentException("--requests, --clients and --seconds must be positive, --slowloris >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        ConfiguredRouter configured = null;
        GatewayServer server = null;
        Slowloris attack = null;
        try {
            URI base;
            if (url != null) {
                base = URI.create(url.replaceAll("/+$", ""));
            } else {
                configured = RouterFactory.create(RouterConfig.load(config));
                server = GatewayServer.start(configured, "127.0.0.1", 0);
                base = server.uri();
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = chatRequest(base, question);
            String firstCache = firstRequestAndWarmUp(client, request);

            if (slowloris > 0) {
                attack = new Slowloris(base, slowloris);
                Thread.sleep(1000); // every one of them has sent its first bytes
            }
            Phase health = healthPhase(client, base);
            Phase single = sequentialPhase(client, request, GatewayBenchCommand::isHit);
            Phase fresh = paraphrasePhase(client, base);
            Phase concurrent = concurrentPhase(request);

            Map<String, Object> s = summary(firstCache, health, single, fresh, concurrent, attack);
            print(out, s, firstCache, health, single, fresh, concurrent, attack);
            if (json != null) {
                Jsonl.writeSummary(json, s);
            }
            return single.failed() + concurrent.failed() + health.failed() == 0 ? 0 : 1;
        } finally {
            if (attack != null) {
                attack.close();
            }
            if (server != null) {
                server.close();
            }
            if (configured != null) {
                configured.close();
            }
        }
    }

    /**
     * What one phase measured: the round trips it timed, the requests that failed or were no hit, and (for the
     * concurrent phase only, else 0) the wall time the phase ran.
     */
    private record Phase(List<Long> times, long failed, long wallNanos) {
    }

    /** A chat completion request for {@code text} to the gateway at {@code base}. */
    private static HttpRequest chatRequest(URI base, String text) {
        return HttpRequest.newBuilder(base.resolve("/v1/chat/completions"))
                .header("Content-Type", "application/json").timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(OpenAiBody.of(text))).build();
    }

    /** Sends the question once (a miss that fills the cache), then warms up; returns the first answer's cache header. */
    private static String firstRequestAndWarmUp(HttpClient client, HttpRequest request)
            throws java.io.IOException, InterruptedException {
        HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("the gateway answered " + first.statusCode() + ": " + first.body());
        }
        String firstCache = first.headers().firstValue("x-semantic-router-cache").orElse("?");
        // warm-up: JIT, connection pool, the embedder's text cache
        for (int i = 0; i < 1000; i++) {
            client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return firstCache;
    }

    /** {@code --requests} sequential GETs of /health; failed counts non-200 answers and I/O errors. */
    private Phase healthPhase(HttpClient client, URI base) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(REQUEST_TIMEOUT).GET().build();
        return sequentialPhase(client, health, r -> r.statusCode() == 200);
    }

    /**
     * {@code request} sent {@code --requests} times in sequence, each round trip timed; failed counts the answers
     * that are not {@code good} and the I/O errors. Gives up after {@link #MAX_FAILURES} failures.
     */
    private Phase sequentialPhase(HttpClient client, HttpRequest request, Predicate<HttpResponse<String>> good)
            throws InterruptedException {
        List<Long> times = new ArrayList<>(requests);
        long failed = 0;
        for (int i = 0; i < requests && failed < MAX_FAILURES; i++) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                times.add(System.nanoTime() - t0);
                failed += good.test(r) ? 0 : 1;
            } catch (java.io.IOException e) {
                failed++;
            }
        }
        return new Phase(times, failed, 0);
    }

    /** The {@link #variants()} in sequence; only hits are timed. */
    private static Phase paraphrasePhase(HttpClient client, URI base) throws InterruptedException {
        // new wordings of the question: each is embedded for the first time, so these hits include the embedding
        List<Long> fresh = new ArrayList<>();
        long freshNotHit = 0;
        for (String variant : variants()) {
            if (freshNotHit >= MAX_FAILURES && fresh.isEmpty()) {
                break; // the gateway does not answer at all
            }
            HttpRequest r = chatRequest(base, variant);
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString());
                long t = System.nanoTime() - t0;
                if (isHit(resp)) {
                    fresh.add(t);
                } else {
                    freshNotHit++;
                }
            } catch (java.io.IOException e) {
                freshNotHit++;
            }
        }
        return new Phase(fresh, freshNotHit, 0);
    }

    /** {@code --clients} threads, each with its own connection, repeat the question for {@code --seconds}. */
    private Phase concurrentPhase(HttpRequest request) throws InterruptedException {
        List<Long> concurrent = Collections.synchronizedList(new ArrayList<>());
        AtomicLong concurrentNotHit = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int c = 0; c < clients; c++) {
            HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Thread t = new Thread(() -> repeatUntilTimeUp(own, request, go, concurrent, concurrentNotHit),
                    "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        window[0] = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        window[1] = System.nanoTime();
        return new Phase(concurrent, concurrentNotHit.get(), window[1] - window[0]);
    }

    /** One concurrent client: waits for {@code go}, then sends until the phase is over; adds its times at the end. */
    private void repeatUntilTimeUp(HttpClient own, HttpRequest request, CountDownLatch go, List<Long> concurrent,
                                   AtomicLong concurrentNotHit) {
        List<Long> mine = new ArrayList<>();
        try {
            go.await();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = own.send(request, HttpResponse.BodyHandlers.ofString());
                    mine.add(System.nanoTime() - t0);
                    if (!isHit(r)) {
                        concurrentNotHit.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    concurrentNotHit.incrementAndGet(); // counted, and the client goes on
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        concurrent.addAll(mine);
    }

    /** The summary object, in the order it is written to {@code --json}. */
    private Map<String, Object> summary(String firstCache, Phase health, Phase single, Phase fresh, Phase concurrent,
                                        Slowloris attack) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("target", url != null ? url : "in-process gateway, " + config);
        s.put("first_request_cache", firstCache);
        s.put("slowloris_connections", slowloris);
        s.put("health_requests", health.times().size() + health.failed());
        s.put("health_p50_ms", GptCacheComparison.percentileMs(health.times(), 50));
        s.put("health_p99_ms", GptCacheComparison.percentileMs(health.times(), 99));
        s.put("health_failed", health.failed());
        s.put("single_requests", requests);
        s.put("single_p50_ms", GptCacheComparison.percentileMs(single.times(), 50));
        s.put("single_p99_ms", GptCacheComparison.percentileMs(single.times(), 99));
        s.put("single_not_hit", single.failed());
        s.put("paraphrase_requests", fresh.times().size() + fresh.failed());
        s.put("paraphrase_hits", fresh.times().size());
        s.put("paraphrase_hit_p50_ms", GptCacheComparison.percentileMs(fresh.times(), 50));
        s.put("paraphrase_hit_p99_ms", GptCacheComparison.percentileMs(fresh.times(), 99));
        s.put("clients", clients);
        s.put("concurrent_requests", concurrent.times().size());
        s.put("concurrent_hits_per_s", concurrent.times().size() / (concurrent.wallNanos() / 1e9));
        s.put("concurrent_p50_ms", GptCacheComparison.percentileMs(concurrent.times(), 50));
        s.put("concurrent_p99_ms", GptCacheComparison.percentileMs(concurrent.times(), 99));
        s.put("concurrent_not_hit", concurrent.failed());
        if (attack != null) {
            s.put("slowloris_open_at_end", attack.open());
            s.put("slowloris_reopened", attack.reopened());
        }
        return s;
    }

    /** The human-readable report: target, the slowloris note, and a table a phase a row. */
    private void print(PrintWriter out, Map<String, Object> s, String firstCache, Phase health, Phase single,
                       Phase fresh, Phase concurrent, Slowloris attack) {
        out.printf(Locale.ROOT, "gateway-bench: %s; first request: %s%n%n", s.get("target"), firstCache);
        if (attack != null) {
            out.printf(Locale.ROOT, "while %d idle/slowloris connections were held open (%d reopened after the "
                    + "gateway closed them)%n%n", slowloris, attack.reopened());
        }
        List<Long> sequential = single.times();
        new Table("phase", "requests", "p50 ms", "p99 ms", "hits/s", "not hits")
                .row("1 client, GET /health", health.times().size() + health.failed(), s.get("health_p50_ms"),
                        s.get("health_p99_ms"), "-", health.failed())
                .row("1 client, sequential", sequential.size(), s.get("single_p50_ms"), s.get("single_p99_ms"),
                        sequential.size() / (sequential.stream().mapToLong(Long::longValue).sum() / 1e9),
                        single.failed())
                .row("1 client, new paraphrases (hits only)", fresh.times().size(), s.get("paraphrase_hit_p50_ms"),
                        s.get("paraphrase_hit_p99_ms"), "-", fresh.failed())
                .row(clients + " clients, " + seconds + " s", concurrent.times().size(), s.get("concurrent_p50_ms"),
                        s.get("concurrent_p99_ms"), s.get("concurrent_hits_per_s"), concurrent.failed())
                .print(out);
        out.flush();
    }

    /**
     * Wordings of the default question nobody has sent yet (greetings, politeness, word order), each embedded on
     * first sight; only meaningful for the default {@code --question}.
     */
    static List<String> variants() {
        String[] cores = {"how do I reverse a linked list in Java", "How can I reverse a linked list in Java",
            "what's the way to reverse a linked list in java", "in Java, how do I reverse a linked list"};
        String[] before = {"", "hi, ", "hello, ", "hey there, ", "quick question: ", "excuse me, ", "good morning, ",
            "sorry to bother you, "};
        String[] after = {"?", "", " please", "? thanks", "? thank you", " :)", "? cheers", "??"};
        List<String> out = new ArrayList<>();
        for (String c : cores) {
            for (String b : before) {
                for (String a : after) {
                    out.add(b + c + a);
                }
            }
        }
        return out;
    }

    private static boolean isHit(HttpResponse<String> r) {
        return r.statusCode() == 200 && "hit".equals(r.headers().firstValue("x-semantic-router-cache").orElse(""));
    }

    /** The request body: one user message, routed automatically. */
    private static final class OpenAiBody {
        static String of(String question) {
            var node = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
            node.put("model", "auto");
            node.putArray("messages").addObject().put("role", "user").put("content", question);
            return node.toString();
        }
    }
}
