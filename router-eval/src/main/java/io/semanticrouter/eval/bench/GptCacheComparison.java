package io.semanticrouter.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our side of the side-by-side run against GPTCache ({@code router-eval/gptcache/run.sh} starts both): the
 * population workload of {@code router-eval cache-pairs --mode population} on one JSONL file of question
 * pairs {@code {"a", "b", "label"}}, with timing.
 *
 * <p>Every distinct {@code a} question is embedded and stored in one fresh {@link InMemorySemanticCache} (the
 * same text on several lines is one entry, as in the cache itself); then every {@code b} question is
 * embedded and looked up. A hit is correct only when the pair's label is 1 and the entry served is the pair's
 * own {@code a}; precision = correct hits / hits (1 when nothing hit), recall = correct hits / label-1 pairs.
 * A question longer than the embedder window is never served (a miss), as in {@code cache-pairs}.
 *
 * <p>What is timed, single-threaded, each after an untimed warm-up of {@code --warmup} operations:
 * <ul>
 *   <li>insert: embed + store of every distinct {@code a} (rows/s), and store alone with the vectors given,
 *       into a second fresh cache;</li>
 *   <li>hit path: embed + lookup of each {@code b} (ms per query; the percentiles are over the lookups that
 *       hit), the embedding alone, and the lookup alone with the vector given ("search only").</li>
 * </ul>
 * The embedder's text cache is off, so every lookup pays for a real embedding.
 *
 * <p>The JSON it writes ({@code --out}) has the keys the Python side writes ({@code precision},
 * {@code recall}, {@code hit_p50_ms}, {@code hit_p99_ms}, {@code search_hit_p50_ms},
 * {@code search_hit_p99_ms}, {@code insert_rows_per_s}, ...), the entry served for each pair
 * ({@code served}: index of the distinct {@code a}, or -1) and the vectors of a few sentences
 * ({@code check_vectors}) with which the Python side checks that both sides embed alike.
 *
 * <pre>
 * java -cp router-eval/target/classes:$(cat router-eval/target/classpath.txt) \
 *     io.semanticrouter.eval.bench.GptCacheComparison --data target/eval/qqp.jsonl --out ours.json \
 *     [--threshold 0.8] [--limit N] [--warmup 200]
 * </pre>
 */
public final class GptCacheComparison {

    /** One labelled question pair. */
    record Pair(String a, String b, int label) {
    }

    /** Fixed sentences for the cross-language embedding check (the first few {@code b} texts are added). */
    static final List<String> CHECK_SENTENCES = List.of(
            "How do I sort a map by value in Java?",
            "What is the capital of France?",
            "Café crème, naïve résumé: accents and UPPER case!",
            "a",
            "Why is the sky blue during the day but red at sunset, and what does Rayleigh scattering have to do "
                    + "with it? Explain it like I am five, then like I am a physics student.");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GptCacheComparison() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = parseArgs(args);
        Path data = Path.of(required(opts, "--data"));
        Path out = Path.of(required(opts, "--out"));
        double threshold = Double.parseDouble(opts.getOrDefault("--threshold", "0.8"));
        int limit = Integer.parseInt(opts.getOrDefault("--limit", "0"));
        int warmup = Integer.parseInt(opts.getOrDefault("--warmup", "200"));
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--threshold must be in (0, 1], was " + threshold);
        }
        List<Pair> pairs = readPairs(data, limit);
        // text cache off: a repeated text must not skip the model, on either side
        try (OnnxEmbedder embedder = OnnxEmbedder.builder().embeddingCacheSize(0).build()) {
            Map<String, Object> result = run(embedder, pairs, threshold, warmup);
            result.put("check_vectors", checkVectors(embedder, pairs));
            Files.createDirectories(out.toAbsolutePath().getParent());
            JSON.writeValue(out.toFile(), result);
            System.err.printf(Locale.ROOT, "[ours] precision %.4f recall %.4f hit p50 %.3f ms, search-only p50 %.3f ms%n",
                    result.get("precision"), result.get("recall"), result.get("hit_p50_ms"), result.get("search_hit_p50_ms"));
        }
    }

    /**
     * Runs the workload: fills a fresh cache with the distinct {@code a} questions, looks up every {@code b},
     * and returns the summary (metrics, timings, {@code served}).
     */
    static Map<String, Object> run(Embedder embedder, List<Pair> pairs, double threshold, int warmup) {
        RunClock clock = RunClock.start();
        List<String> texts = distinctA(pairs);
        Map<String, Integer> indexOf = new HashMap<>(texts.size() * 2);
        for (int i = 0; i < texts.size(); i++) {
            indexOf.put(texts.get(i), i);
        }
        int w = Math.min(warmup, pairs.size());
        int capacity = Math.max(1, texts.size());

        // warm-up of the model and the JIT (untimed)
        for (int i = 0; i < w; i++) {
            embedder.embed(pairs.get(i).b());
        }

        // 1. insert, embedding included
        Map<String, Embedding> vectors = new HashMap<>(texts.size() * 4);
        InMemorySemanticCache cache = InMemorySemanticCache.builder()
                .similarityThreshold(threshold).maxEntries(capacity).build();
        long insertNs = embedAndStore(embedder, cache, texts, vectors);

        // 2. store only (vectors given), into a second fresh cache, after a warm-up on a throw-away one
        long storeNs = storeOnly(texts, vectors, threshold, capacity, w);

        // 3. hit path with the model: embed + lookup of every b, after a warm-up (untimed)
        Lookups lookups = embedAndLookUp(embedder, cache, pairs, vectors, w);

        // 4. search only: the same lookups with the vectors given, after a warm-up (untimed)
        SearchOnly search = searchOnly(cache, pairs, vectors, w, lookups);
        cache.close();

        Map<String, Object> s = summarize(pairs, lookups.served(), indexOf);
        s.put("side", "ours");
        s.put("entries", texts.size());
        s.put("queries", pairs.size());
        s.put("truncated_queries", lookups.truncated());
        s.put("threshold", threshold);
        lookups.putLatencies(s);
        search.putInto(s);
        s.put("insert_rows_per_s", texts.size() / (insertNs / 1e9));
        s.put("store_only_rows_per_s", texts.size() / (storeNs / 1e9));
        s.put("warmup", w);
        clock.putInto(s);
        s.put("served", Arrays.stream(lookups.served()).boxed().toList());
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.version"));
        versions.put("embedder", embedder.toString());
        versions.put("simd_dot", io.semanticrouter.VectorMath.simd());
        s.put("versions", versions);
        return s;
    }

    /** Embeds and stores every text (entry response: its index), keeps the vectors; returns the nanoseconds taken. */
    private static long embedAndStore(Embedder embedder, InMemorySemanticCache cache, List<String> texts,
                                      Map<String, Embedding> vectors) {
        long start = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            Embedding e = embedder.embed(t);
            cache.store(new CacheEntry("", t, e, Integer.toString(i), "eval", null));
            vectors.put(t, e);
        }
        return System.nanoTime() - start;
    }

    /**
     * Stores every text with its vector given into a second fresh cache, after {@code w} untimed stores into a
     * throw-away one; returns the nanoseconds the timed stores took.
     */
    private static long storeOnly(List<String> texts, Map<String, Embedding> vectors, double threshold, int capacity,
                                  int w) {
        try (InMemorySemanticCache scratch = InMemorySemanticCache.builder().maxEntries(capacity).build()) {
            for (int i = 0; i < Math.min(w, texts.size()); i++) {
                String t = texts.get(i);
                scratch.store(new CacheEntry("", t, vectors.get(t), Integer.toString(i), "eval", null));
            }
        }
        try (InMemorySemanticCache second = InMemorySemanticCache.builder()
                .similarityThreshold(threshold).maxEntries(capacity).build()) {
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                second.store(new CacheEntry("", t, vectors.get(t), Integer.toString(i), "eval", null));
            }
            return System.nanoTime() - start;
        }
    }

    /**
     * The hit path with the model, a pair a slot: the entry served (-1 on a miss), embed + lookup and embedding
     * alone in nanoseconds (-1 for a question too long for the embedder, which is never served), and how many
     * questions were too long.
     */
    private record Lookups(int[] served, long[] totalNs, long[] embedNs, int truncated) {

        /** Puts hit_p50_ms, hit_p99_ms, lookup_all_p50_ms and embed_p50_ms, in this order. */
        void putLatencies(Map<String, Object> s) {
            List<Long> hitTotal = new ArrayList<>();
            List<Long> allTotal = new ArrayList<>();
            List<Long> embedAll = new ArrayList<>();
            for (int i = 0; i < served.length; i++) {
                if (totalNs[i] >= 0) {
                    allTotal.add(totalNs[i]);
                    embedAll.add(embedNs[i]);
                    if (served[i] >= 0) {
                        hitTotal.add(totalNs[i]);
                    }
                }
            }
            s.put("hit_p50_ms", percentileMs(hitTotal, 50));
            s.put("hit_p99_ms", percentileMs(hitTotal, 99));
            s.put("lookup_all_p50_ms", percentileMs(allTotal, 50));
            s.put("embed_p50_ms", percentileMs(embedAll, 50));
        }
    }

    /** Embeds and looks up every {@code b} after {@code w} untimed ones; adds the new vectors to {@code vectors}. */
    private static Lookups embedAndLookUp(Embedder embedder, InMemorySemanticCache cache, List<Pair> pairs,
                                          Map<String, Embedding> vectors, int w) {
        for (int i = 0; i < w; i++) {
            String b = pairs.get(i).b();
            cache.search(new CacheQuery("", b, embedder.embed(b)), 1).get(0);
        }
        int n = pairs.size();
        int[] served = new int[n];
        long[] totalNs = new long[n];
        long[] embedNs = new long[n];
        int truncated = 0;
        for (int i = 0; i < n; i++) {
            String b = pairs.get(i).b();
            long t0 = System.nanoTime();
            Embedding e = embedder.embed(b);
            long t1 = System.nanoTime();
            vectors.putIfAbsent(b, e);
            if (e.truncated()) { // the router never serves these: a miss, not timed
                truncated++;
                served[i] = -1;
                totalNs[i] = -1;
                embedNs[i] = -1;
                continue;
            }
            CacheResult r = cache.search(new CacheQuery("", b, e), 1).get(0);
            long t2 = System.nanoTime();
            served[i] = servedIndex(r);
            totalNs[i] = t2 - t0;
            embedNs[i] = t1 - t0;
        }
        return new Lookups(served, totalNs, embedNs, truncated);
    }

    /** The lookups with the vectors given: the times of those that hit, and how many served what the hit path did. */
    private record SearchOnly(List<Long> searchHits, int searchSame) {

        /** Puts search_hit_p50_ms, search_hit_p99_ms and search_only_served_same, in this order. */
        void putInto(Map<String, Object> s) {
            s.put("search_hit_p50_ms", percentileMs(searchHits, 50));
            s.put("search_hit_p99_ms", percentileMs(searchHits, 99));
            s.put("search_only_served_same", searchSame);
        }
    }

    /** Repeats the timed lookups of {@code lookups} with the stored vectors, after {@code w} untimed ones. */
    private static SearchOnly searchOnly(InMemorySemanticCache cache, List<Pair> pairs, Map<String, Embedding> vectors,
                                         int w, Lookups lookups) {
        for (int i = 0; i < w; i++) {
            String b = pairs.get(i).b();
            cache.search(new CacheQuery("", b, vectors.get(b)), 1).get(0);
        }
        int n = pairs.size();
        int[] served = lookups.served();
        long[] totalNs = lookups.totalNs();
        long[] searchNs = new long[n];
        int searchSame = 0;
        List<Long> searchHits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (totalNs[i] < 0) {
                searchNs[i] = -1;
                searchSame += served[i] == -1 ? 1 : 0;
                continue;
            }
            String b = pairs.get(i).b();
            long t0 = System.nanoTime();
            CacheResult r = cache.search(new CacheQuery("", b, vectors.get(b)), 1).get(0);
            searchNs[i] = System.nanoTime() - t0;
            int s = servedIndex(r);
            searchSame += s == served[i] ? 1 : 0;
            if (s >= 0) {
                searchHits.add(searchNs[i]);
            }
        }
        return new SearchOnly(searchHits, searchSame);
    }

    /** The machine's state when the run began: load average, CPU ticks ({@link #cpuTicks()}) and the wall clock. */
    private record RunClock(double loadAtStart, long[] ticksAtStart, long wallStart) {

        static RunClock start() {
            double loadAtStart =
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long[] ticksAtStart = cpuTicks();
            return new RunClock(loadAtStart, ticksAtStart, System.nanoTime());
        }

        /** Puts the load averages, wall_s and other_processes_cpu_s, measured now against the start. */
        void putInto(Map<String, Object> s) {
            s.put("load_average_at_start", loadAtStart);
            s.put("load_average_at_end",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            s.put("wall_s", (System.nanoTime() - wallStart) / 1e9);
            // CPU seconds other processes used meanwhile (a quiet machine: a few seconds at most)
            long[] ticksAtEnd = cpuTicks();
            s.put("other_processes_cpu_s", ticksAtStart == null || ticksAtEnd == null ? null
                    : ((ticksAtEnd[0] - ticksAtStart[0]) - (ticksAtEnd[1] - ticksAtStart[1])) / (double) CLOCK_TICKS);
        }
    }

    /** Linux's USER_HZ, the unit of /proc/stat and /proc/self/stat (100 on every common build). */
    private static final int CLOCK_TICKS = 100;

    /**
     * {busy ticks of the whole machine, ticks of this process} from /proc, or null off Linux. Their deltas
     * over the run tell how much CPU time other processes took meanwhile: the check that nothing else shared
     * the cores during the measurement.
     */
    static long[] cpuTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[i]);
            }
            String self = Files.readString(Path.of("/proc/self/stat"));
            String[] rest = self.substring(self.lastIndexOf(')') + 2).trim().split("\\s+");
            // rest[0] is field 3 (state): utime and stime, fields 14 and 15, are rest[11] and rest[12]
            return new long[] {busy, Long.parseLong(rest[11]) + Long.parseLong(rest[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The distinct {@code a} texts in order of first appearance: one cache entry each. */
    static List<String> distinctA(List<Pair> pairs) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Pair p : pairs) {
            seen.putIfAbsent(p.a(), Boolean.TRUE);
        }
        return new ArrayList<>(seen.keySet());
    }

    /** The index of the entry served (stored as the entry's response), or -1 on a miss. */
    private static int servedIndex(CacheResult r) {
        return r.entry().map(e -> Integer.parseInt(e.response())).orElse(-1);
    }

    /**
     * precision, recall, false_hit_rate, wrong_entry_hits and hits from the entry served for each pair
     * ({@code served[i]}: index into {@link #distinctA}, or -1 for a miss).
     */
    static Map<String, Object> summarize(List<Pair> pairs, int[] served, Map<String, Integer> indexOf) {
        int hits = 0;
        int correct = 0;
        int positives = 0;
        int negativeHits = 0;
        int wrongEntry = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            positives += p.label();
            if (served[i] < 0) {
                continue;
            }
            hits++;
            if (p.label() == 1 && served[i] == indexOf.get(p.a())) {
                correct++;
            } else if (p.label() == 1) {
                wrongEntry++;
            } else {
                negativeHits++;
            }
        }
        int negatives = pairs.size() - positives;
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("hits", hits);
        s.put("precision", hits == 0 ? 1.0 : (double) correct / hits);
        s.put("recall", positives == 0 ? 0.0 : (double) correct / positives);
        s.put("false_hit_rate", negatives == 0 ? 0.0 : (double) negativeHits / negatives);
        s.put("wrong_entry_hits", wrongEntry);
        return s;
    }

    /** Nearest-rank percentile in milliseconds (the same rule as the Python side's percentile_ms); null if empty. */
    public static Double percentileMs(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return null;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.length));
        return sorted[rank - 1] / 1e6;
    }

    /** The vectors of the fixed sentences and the first five {@code b} questions, for the embedding check. */
    static List<Map<String, Object>> checkVectors(Embedder embedder, List<Pair> pairs) {
        List<String> texts = new ArrayList<>(CHECK_SENTENCES);
        pairs.stream().limit(5).forEach(p -> texts.add(p.b()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (String t : texts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", t);
            m.put("vector", embedder.embed(t).vector());
            out.add(m);
        }
        return out;
    }

    /** Reads {@code {"a", "b", "label": 0|1 or boolean}} lines; {@code limit > 0} keeps the first lines only. */
    static List<Pair> readPairs(Path file, int limit) {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null && (limit <= 0 || pairs.size() < limit)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                JsonNode a = node.get("a");
                JsonNode b = node.get("b");
                JsonNode l = node.get("label");
                if (a == null || !a.isTextual() || b == null || !b.isTextual() || l == null
                        || !(l.isBoolean() || (l.isInt() && (l.asInt() == 0 || l.asInt() == 1)))) {
                    throw new IllegalArgumentException(file + ":" + lineNo
                            + ": needs text fields \"a\", \"b\" and \"label\" 0|1");
                }
                pairs.add(new Pair(a.asText(), b.asText(), l.isBoolean() ? (l.asBoolean() ? 1 : 0) : l.asInt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return pairs;
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (!List.of("--data", "--out", "--threshold", "--limit", "--warmup").contains(k) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --data FILE --out FILE [--threshold T] [--limit N] "
                        + "[--warmup N]; bad argument: " + k);
            }
            opts.put(k, args[++i]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) {
            throw new IllegalArgumentException(key + " is required");
        }
        return v;
    }
}
