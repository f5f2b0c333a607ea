package io.semanticrouter.examples;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread latency of {@code route(..)} with a warm cache of 10,000 entries (default): the cache-hit path
 * (embed + classify + lookup) and the routing overhead of a miss (everything but the model call: embed,
 * classify, lookup, store). The models are zero-latency in-process stand-ins, so a miss's model time is ~0
 * and its overhead is what the router adds in front of a real model.
 *
 * <p>Every sample uses a distinct text and the embedder's own text cache is off, so each sample pays for a
 * real ONNX embedding. Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.semanticrouter.examples.RouteLatencyBench [-Dexec.args="10000 2000"]}. A third argument,
 * a Milvus URI, puts the cache on that server ({@link MilvusSemanticCache}) instead of in memory.
 */
public final class RouteLatencyBench {

    private static final String[] LANGS = {"Java", "Python", "Go", "Rust", "Kotlin", "TypeScript", "C#", "Ruby",
        "Swift", "Scala", "PHP", "C++"};
    private static final String[] TASKS = {"read a file line by line", "parse a JSON document", "sort a list of records by date",
        "send an HTTP request with a timeout", "write a unit test for a service class", "connect to a PostgreSQL database",
        "remove duplicates from an array", "format a date as ISO 8601", "run two tasks in parallel", "read environment variables",
        "hash a password safely", "split a string on commas", "measure how long a function takes", "log errors to a file",
        "convert a string to an integer", "iterate over a map", "handle a missing key in a dictionary", "generate a random UUID",
        "compress a folder into a zip file", "parse command line arguments", "retry a failing network call",
        "cache the result of an expensive function", "validate an email address", "stream a large CSV file",
        "serialize an object to XML", "schedule a job every five minutes", "read a YAML configuration file",
        "upload a file to S3", "benchmark a sorting function", "profile memory usage", "debounce user input",
        "define an immutable data class", "implement a binary search", "detect a cycle in a linked list",
        "merge two sorted lists", "build a REST endpoint", "write to standard error", "pad a number with zeros",
        "compare two floating point numbers", "reverse the words in a sentence"};
    private static final String[] CONTEXTS = {"", " for a beginner", " in a production service", " inside a unit test",
        " for a command line tool", " on Windows", " without external libraries", " with good error handling",
        " in a web backend", " on a Raspberry Pi", " in a data pipeline", " for a mobile app", " in legacy code",
        " with the standard library", " in a microservice", " quickly", " step by step", " for a school project",
        " in a game engine", " in a serverless function", " for a large dataset"};
    private static final String[] DISHES = {"lentil soup", "banana bread", "risotto", "pad thai", "falafel", "ramen",
        "shakshuka", "apple pie", "guacamole", "paella", "pancakes", "chili", "gnocchi", "hummus", "curry", "pesto"};
    private static final String[] DISH_QUESTIONS = {"How long should I cook %s?", "What spices go well with %s?",
        "Can I freeze leftover %s?", "What wine pairs with %s?", "How do I make %s less salty?",
        "Is %s healthy for dinner?", "What is the origin of %s?", "How many calories are in %s?",
        "Can %s be made vegan?", "What side dish goes with %s?"};
    private static final String[] PLACES = {"Lisbon", "Kyoto", "Nairobi", "Lima", "Oslo", "Hanoi", "Quebec", "Tbilisi",
        "Perth", "Seville", "Reykjavik", "Cusco", "Tallinn", "Bergen", "Porto", "Krakow"};
    private static final String[] PLACE_QUESTIONS = {"What is the best month to visit %s?", "Which neighbourhood should I stay in when visiting %s?",
        "Do I need a car to get around %s?", "What local food should I try in %s?", "Is %s safe for solo travellers?",
        "How expensive is a week in %s?", "What museums are worth seeing in %s?", "How do I get from the airport to central %s?",
        "What should I pack for a trip to %s?", "Are there good day trips from %s?"};

    private RouteLatencyBench() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String milvusUri = args.length > 2 ? args[2] : null;

        List<String> stored = new ArrayList<>();
        List<String> paraphrases = new ArrayList<>();
        codingQuestions(entries, stored, paraphrases);
        List<String> unrelated = unrelatedQuestions();

        try (OnnxEmbedder embedder = OnnxEmbedder.builder().embeddingCacheSize(0).build();
             SemanticCache cache = openCache(embedder, entries, milvusUri)) {
            if (cache instanceof MilvusSemanticCache milvus) {
                milvus.initialize();
            }
            SemanticRouter router = DemoRouter.build(embedder, cache, DemoModels.standIns(Duration.ZERO));

            Result fill = fill(router, cache, stored);

            // hit path: paraphrases of stored questions (distinct texts; never asked before)
            int warm = Math.min(500, paraphrases.size() / 4);
            Result hit = measure(router, paraphrases, warm, samples, true);
            // miss path: unrelated questions, each text distinct; no-store so one sample never hits an earlier one
            Result miss = measure(router, unrelated, warm, samples, false);

            System.out.printf(Locale.ROOT, "%nmachine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
            System.out.printf(Locale.ROOT, "cache: %d entries (%d stored via misses during the run), threshold 0.80, dim %d%n",
                    cache.size(), cache.size() - entries, embedder.dimension());
            System.out.println("| path | samples | tokens p50 | p50 ms | p90 ms | p99 ms | embed p50 | select p50 | lookup p50 | store p50 | hit rate |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            hit.medianTokens = medianTokens(embedder, paraphrases);
            miss.medianTokens = medianTokens(embedder, unrelated);
            fill.medianTokens = medianTokens(embedder, stored);
            hit.print("cache hit (route total)");
            miss.print("miss: routing overhead, no store");
            fill.print("miss: routing overhead + store (fill)");
            if (cache instanceof MilvusSemanticCache milvus) {
                milvus.dropCollection();
            }
        }
    }

    /**
     * Adds {@code entries} coding questions to {@code stored} (fewer when the templates run out) and a paraphrase
     * of each to {@code paraphrases}, in the same order.
     */
    private static void codingQuestions(int entries, List<String> stored, List<String> paraphrases) {
        for (String context : CONTEXTS) {
            for (String task : TASKS) {
                for (String lang : LANGS) {
                    stored.add("How do I " + task + " in " + lang + context + "?");
                    paraphrases.add("In " + lang + ", what is the way to " + task + context + "?");
                    if (stored.size() == entries) {
                        return;
                    }
                }
            }
        }
    }

    /** Cooking and travel questions, far from every stored coding question. */
    private static List<String> unrelatedQuestions() {
        List<String> unrelated = new ArrayList<>();
        for (String d : DISHES) {
            for (String q : DISH_QUESTIONS) {
                unrelated.add(String.format(Locale.ROOT, q, d));
            }
        }
        for (String p : PLACES) {
            for (String q : PLACE_QUESTIONS) {
                unrelated.add(String.format(Locale.ROOT, q, p));
            }
        }
        return unrelated;
    }

    /** An in-memory cache, or with a Milvus URI a cache in a new collection on that server. */
    private static SemanticCache openCache(OnnxEmbedder embedder, int entries, String milvusUri) {
        return milvusUri == null
                ? InMemorySemanticCache.builder().similarityThreshold(0.8).maxEntries(entries * 2).build()
                : MilvusSemanticCache.builder().similarityThreshold(0.8)
                        .config(MilvusCacheConfig.builder()
                                .connection(MilvusCacheConfig.Connection.builder().uri(milvusUri).build())
                                .collection(MilvusCacheConfig.Collection.builder().dimension(embedder.dimension())
                                        .name("route_bench_" + Long.toHexString(System.nanoTime())).build())
                                .build())
                        .build();
    }

    /** Stores every question through {@code route(..)}, timing each; prints how long the fill took. */
    private static Result fill(SemanticRouter router, SemanticCache cache, List<String> stored) {
        // fill through the real path; no-cache so near-duplicate templates are each stored, not served
        long fill0 = System.nanoTime();
        Result fill = new Result(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            RoutedResponse r = router.route(RouteRequest.builder().messages(UserMessage.from(stored.get(i))).noCache().build());
            fill.add(i, r, r.timings().routingOverhead().toNanos());
        }
        if (cache instanceof MilvusSemanticCache milvus) {
            milvus.awaitPendingWrites(Duration.ofMinutes(5));
            sleep(5000); // let the server seal and index the last writes
        }
        System.out.printf(Locale.ROOT, "filled %d entries through route(..) in %.1f s (%s)%n", cache.size(),
                (System.nanoTime() - fill0) / 1e9, cache);
        return fill;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Result measure(SemanticRouter router, List<String> texts, int warm, int samples, boolean expectHits) {
        Result r = new Result(samples);
        for (int i = 0; i < warm + samples; i++) {
            String q = texts.get(i % texts.size());
            if (i >= texts.size()) {
                q = q + " (variant " + (i / texts.size()) + ")";
            }
            RoutedResponse resp = router.route(RouteRequest.builder().messages(UserMessage.from(q)).noStore().build());
            if (i >= warm) {
                r.add(i - warm, resp, expectHits ? resp.timings().total().toNanos()
                        : resp.timings().routingOverhead().toNanos());
            }
        }
        return r;
    }

    private static double medianTokens(OnnxEmbedder embedder, List<String> texts) {
        long[] counts = embedder.embedAll(texts.subList(0, Math.min(200, texts.size()))).stream()
                .mapToLong(e -> e.tokenCount() * 1_000_000L).toArray();
        return Result.pct(counts, 50);
    }

    private static final class Result {
        final long[] total;
        final long[] embed;
        final long[] select;
        final long[] lookup;
        final long[] store;
        int hits;
        double medianTokens;

        Result(int n) {
            total = new long[n];
            embed = new long[n];
            select = new long[n];
            lookup = new long[n];
            store = new long[n];
        }

        void add(int i, RoutedResponse r, long nanos) {
            total[i] = nanos;
            embed[i] = r.timings().embedding().toNanos();
            select[i] = r.timings().selection().toNanos();
            lookup[i] = r.timings().cacheLookup().toNanos();
            store[i] = r.timings().cacheStore().toNanos();
            hits += r.cacheHit() ? 1 : 0;
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.3f | %.3f | %.3f | %.1f%% |%n", name,
                    total.length, medianTokens, pct(total, 50), pct(total, 90), pct(total, 99), pct(embed, 50),
                    pct(select, 50), pct(lookup, 50), pct(store, 50), 100.0 * hits / total.length);
        }

        static double pct(long[] values, double p) {
            long[] s = values.clone();
            Arrays.sort(s);
            int idx = (int) Math.min(s.length - 1, Math.max(0, Math.ceil(p / 100.0 * s.length) - 1));
            return s[idx] / 1e6;
        }
    }
}
