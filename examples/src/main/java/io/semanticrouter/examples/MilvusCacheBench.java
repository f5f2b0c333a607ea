package io.semanticrouter.examples;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.index.request.DescribeIndexReq;
import io.milvus.v2.service.index.response.DescribeIndexResp;
import io.milvus.v2.service.utility.request.FlushReq;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.cache.milvus.MilvusCacheStats;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Store throughput and lookup latency of {@link MilvusSemanticCache} against a running server.
 *
 * <p>For each entry count and scope layout it fills a fresh collection through {@code store(..)} (the
 * asynchronous batching writer, timed from the first store until the server acknowledged the last row), waits
 * for the server to index what was written, then times single-threaded lookups. Vectors are random
 * 384-dimensional unit vectors (MiniLM's size); each lookup is a stored vector with noise added (cosine about
 * 0.95 to its source), so it should hit that entry: the run also reports how often it served the right one.
 *
 * <pre>
 * milvus-server --data /tmp/milvus-engine --proxy-port 19530 &amp;      # or: milvus-lite server --data-dir /tmp/milvus --port 19530 &amp;
 * mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.semanticrouter.examples.MilvusCacheBench \
 *     -Dexec.args="http://127.0.0.1:19530 10000,100000 1,100 500"
 * </pre>
 * Arguments: server URI (default {@code $MILVUS_URI}), entry counts, scope counts, lookups per case.
 */
public final class MilvusCacheBench {

    private static final int DIM = 384;

    private MilvusCacheBench() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args.length > 0 ? args[0] : System.getenv().getOrDefault("MILVUS_URI", "http://127.0.0.1:19530");
        int[] sizes = ints(args.length > 1 ? args[1] : "10000,100000");
        int[] scopeCounts = ints(args.length > 2 ? args[2] : "1,100");
        int lookups = args.length > 3 ? Integer.parseInt(args[3]) : 500;

        System.out.printf(Locale.ROOT, "server %s; %d-dimensional random unit vectors; %d lookups per case; machine: %d cores,"
                + " %s %s, Java %s%n", uri, DIM, lookups, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        MilvusClientV2 probe = new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
        try {
            System.out.println("server version " + probe.getServerVersionV2(
                    io.milvus.v2.service.utility.request.GetServerVersionReq.builder().detail(true).build()));
        } finally {
            probe.close();
        }
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            for (int scopes : scopeCounts) {
                rows.add(run(uri, size, scopes, lookups));
            }
        }
        System.out.println();
        System.out.println("| entries | scopes | stores/s (async writer) | lookup p50 ms | lookup p90 ms | lookup p99 ms | hits | right entry |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String run(String uri, int size, int scopes, int lookups) throws InterruptedException {
        String collection = "bench_" + size + "_" + scopes + "_" + Long.toHexString(System.nanoTime());
        MilvusCacheConfig config = MilvusCacheConfig.builder()
                .connection(MilvusCacheConfig.Connection.builder().uri(uri).requestTimeout(Duration.ofSeconds(30)).build())
                .collection(MilvusCacheConfig.Collection.builder().name(collection).dimension(DIM).build())
                .writes(MilvusCacheConfig.Writes.DEFAULT.withBatchSize(1000).withQueueCapacity(size))
                .build();
        Random rnd = new Random(size * 31L + scopes);
        float[][] vectors = new float[size][];
        try (MilvusSemanticCache cache = MilvusSemanticCache.builder().config(config).similarityThreshold(0.8).build()) {
            cache.initialize();
            List<CacheEntry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                vectors[i] = randomUnit(rnd);
                entries.add(new CacheEntry("scope-" + (i % scopes), "stored question " + i, Embedding.of(vectors[i]),
                        "stored answer number " + i + ": " + "lorem ipsum dolor sit amet ".repeat(8), "small", "bench"));
            }
            long t0 = System.nanoTime();
            for (CacheEntry e : entries) {
                cache.store(e);
            }
            long offered = System.nanoTime();
            if (!cache.awaitPendingWrites(Duration.ofMinutes(10))) {
                throw new IllegalStateException("writes did not finish in 10 minutes");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            MilvusCacheStats s = cache.stats();
            System.out.printf(Locale.ROOT, "%,d entries / %d scopes: %,d rows written in %.1f s (store() calls took %.2f s),"
                            + " %d dropped, %d failed%n", size, scopes, s.rowsWritten(), seconds, (offered - t0) / 1e9,
                    s.droppedQueueFull() + s.droppedUnavailable(), s.writeFailures());

            // let the server seal and index what was written, as a long-running cache's collection would be
            long indexed = sealAndIndex(uri, collection);
            System.out.printf(Locale.ROOT, "  sealed and indexed in %.1f s%n", indexed / 1e9);
            settle(cache, rnd, scopes);

            long[] lat = new long[lookups];
            int[] found = timedLookups(cache, vectors, scopes, rnd, lat);
            int hits = found[0];
            int right = found[1];
            Arrays.sort(lat);
            cache.dropCollection();
            return String.format(Locale.ROOT, "| %,d | %d | %,.0f | %.2f | %.2f | %.2f | %.1f%% | %.1f%% |", size, scopes,
                    s.rowsWritten() / seconds, pct(lat, 50), pct(lat, 90), pct(lat, 99), 100.0 * hits / lookups,
                    100.0 * right / lookups);
        }
    }

    /**
     * Times {@code lat.length} lookups of noisy copies of stored vectors (after 20 untimed ones), filling {@code lat};
     * returns the number of hits and of hits that found the entry the query was made from.
     */
    private static int[] timedLookups(MilvusSemanticCache cache, float[][] vectors, int scopes, Random rnd, long[] lat) {
        int hits = 0;
        int right = 0;
        for (int q = 0; q < lat.length + 20; q++) {
            int i = rnd.nextInt(vectors.length);
            CacheQuery query = new CacheQuery("scope-" + (i % scopes), "lookup " + q, Embedding.of(noisy(vectors[i], rnd)));
            long l0 = System.nanoTime();
            CacheResult r = cache.search(query, 1).get(0);
            long took = System.nanoTime() - l0;
            if (q >= 20) {
                lat[q - 20] = took;
                if (r.isHit()) {
                    hits++;
                    if (r.entry().orElseThrow().queryText().equals("stored question " + i)) {
                        right++;
                    }
                }
            }
        }
        return new int[] {hits, right};
    }

    /**
     * Flushes the collection (seals its growing segments) and waits until the server reports every row indexed,
     * at most 10 minutes; returns how long it took. A server that reports no index progress (Milvus Lite) is
     * left to {@link #settle}.
     */
    private static long sealAndIndex(String uri, String collection) throws InterruptedException {
        long t0 = System.nanoTime();
        MilvusClientV2 raw = new MilvusClientV2(ConnectConfig.builder().uri(uri).rpcDeadlineMs(600_000).build());
        try {
            raw.flush(FlushReq.builder().collectionNames(List.of(collection)).build());
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                DescribeIndexResp.IndexDesc d = raw.describeIndex(DescribeIndexReq.builder().collectionName(collection)
                        .fieldName("embedding").build()).getIndexDescriptions().get(0);
                if (d.getTotalRows() == 0 || d.getIndexedRows() >= d.getTotalRows()) {
                    break;
                }
                Thread.sleep(500);
            }
        } finally {
            raw.close();
        }
        return System.nanoTime() - t0;
    }

    /** Waits until lookups stop getting faster (the server has flushed and indexed), at most 60 s. */
    private static void settle(MilvusSemanticCache cache, Random rnd, int scopes) throws InterruptedException {
        Thread.sleep(3000);
        double previous = Double.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long[] probe = new long[15];
            for (int i = 0; i < probe.length; i++) {
                long t = System.nanoTime();
                cache.search(new CacheQuery("scope-" + rnd.nextInt(scopes), "settle", Embedding.of(randomUnit(rnd))), 1).get(0);
                probe[i] = System.nanoTime() - t;
            }
            Arrays.sort(probe);
            double median = probe[probe.length / 2] / 1e6;
            if (median > previous * 0.9) {
                return;
            }
            previous = median;
            Thread.sleep(2000);
        }
    }

    private static float[] randomUnit(Random rnd) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        VectorMath.normalize(v);
        return v;
    }

    /** The vector plus Gaussian noise, renormalised: cosine about 0.95 to the original. */
    private static float[] noisy(float[] v, Random rnd) {
        float[] out = new float[v.length];
        double sigma = 0.33 / Math.sqrt(v.length);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] + sigma * rnd.nextGaussian());
        }
        VectorMath.normalize(out);
        return out;
    }

    private static double pct(long[] sorted, double p) {
        int idx = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[idx] / 1e6;
    }

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
