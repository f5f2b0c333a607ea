package io.semanticrouter.cache.memory;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import static io.semanticrouter.cache.memory.InMemorySemanticCacheTest.random;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One minute of stores, lookups, expiry (an injected ticker that a thread moves forward in steps) and eviction on the
 * indexed cache, with each answer checked against what was stored for that question: 0 wrong answers.
 */
class InMemorySemanticCacheConcurrencyTest {

    static final int KEYS = 3000;
    static final int PARTITIONS = 4;
    static final int MAX_ENTRIES = 1500;
    static final long TTL_NANOS = Duration.ofMillis(400).toNanos();
    static final Duration RUN = Duration.ofSeconds(60);
    /** One step of the test's clock: a quarter of the TTL. */
    static final long STEP = TTL_NANOS / 4;

    private final AtomicLong now = new AtomicLong();
    /**
     * Ticker reading taken after a version's store returned (its expiry is at most this plus the TTL), in a ring
     * indexed by version. Each slot packs the version (high bits) with the reading in clock steps (low 16 bits), so
     * a slot that holds another version (an older one whose slot this version has not written yet: a lookup can see
     * an entry before its store returns, and fast stores wrap the ring) is not used; the check is then skipped.
     */
    private final AtomicLongArray storedAfter = new AtomicLongArray(1 << 20);
    private final AtomicLong versions = new AtomicLong();
    private final Queue<String> wrong = new ConcurrentLinkedQueue<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong lookups = new AtomicLong();

    @ParameterizedTest
    @EnumSource(AnnIndex.class)
    void storesLookupsExpiryAndEvictionForOneMinuteGiveNoWrongAnswer(AnnIndex kind) throws Exception {
        List<Embedding> v = new ArrayList<>();
        Random seed = new Random(15);
        for (int i = 0; i < KEYS; i++) {
            v.add(random(seed, 64));
        }
        // half the stores go to partition p0, which stays above the threshold (graph); the others are smaller
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().ticker(now::get).similarityThreshold(0.99)
                .maxEntries(MAX_ENTRIES).evictionPolicy(EvictionPolicy.LRU).ttl(Duration.ofNanos(TTL_NANOS))
                .indexThreshold(200).annIndex(kind).build()) {
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<?>> fs = new ArrayList<>();
            fs.add(pool.submit(() -> tick(end)));
            for (int t = 0; t < 2; t++) {
                long s = t;
                fs.add(pool.submit(() -> store(cache, v, new Random(s), end)));
                fs.add(pool.submit(() -> lookup(cache, v, new Random(100 + s), end)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();

            assertThat(wrong).isEmpty();
            assertThat(cache.indexBuilds()).as("the index was built, and rebuilt as entries churned").isGreaterThan(1);
            assertThat(cache.size()).isLessThanOrEqualTo(MAX_ENTRIES);
            CacheStats stats = cache.stats();
            assertThat(hits.get()).as("hits out of %d lookups", lookups.get()).isPositive();
            assertThat(stats.evictions()).isPositive();
            assertThat(stats.expirations()).isPositive();
            now.addAndGet(TTL_NANOS); // everything stored has expired: nothing may be served, graph or scan
            for (int k = 0; k < KEYS; k++) {
                assertThat(cache.search(new CacheQuery("p" + k % PARTITIONS, "q", v.get(k)), 1).get(0).isHit()).isFalse();
            }
        }
    }

    /** Moves the injected clock a quarter TTL every 2 s: entries live for about 8 s, long enough to fill the cache. */
    private Void tick(long end) throws InterruptedException {
        while (System.nanoTime() < end) {
            Thread.sleep(2000);
            now.addAndGet(STEP);
        }
        return null;
    }

    /** Keys skew to partition p0 (half the stores), so it holds most entries and is searched through its graph. */
    private Void store(InMemorySemanticCache cache, List<Embedding> v, Random rnd, long end) {
        while (System.nanoTime() < end) {
            int k = rnd.nextBoolean() ? PARTITIONS * rnd.nextInt(KEYS / PARTITIONS) : rnd.nextInt(KEYS);
            long version = versions.incrementAndGet();
            // an eighth expire within one clock step, so expiry happens however fast the stores churn the cache
            // (on an idle machine LRU eviction drops every longer-lived entry before its expiry)
            int draw = rnd.nextInt(8);
            Duration ttl = draw == 0 ? Duration.ofNanos(TTL_NANOS / 8) : draw == 1 ? Duration.ofNanos(TTL_NANOS / 2) : null;
            cache.store(new CacheEntry("p" + k % PARTITIONS, "t" + k, v.get(k), "a" + k + "/" + version, "m", null, ttl));
            storedAfter.set((int) (version & (storedAfter.length() - 1)), version << 16 | now.get() / STEP);
        }
        return null;
    }

    private Void lookup(InMemorySemanticCache cache, List<Embedding> v, Random rnd, long end) {
        while (System.nanoTime() < end) {
            int k = rnd.nextBoolean() ? PARTITIONS * rnd.nextInt(KEYS / PARTITIONS) : rnd.nextInt(KEYS);
            long before = now.get();
            CacheResult r = cache.search(new CacheQuery("p" + k % PARTITIONS, "q", v.get(k)), 1).get(0);
            lookups.incrementAndGet();
            if (r.isHit()) {
                hits.incrementAndGet();
                check(k, r.entry().orElseThrow(), v.get(k), before);
            }
        }
        return null;
    }

    private void check(int k, CacheEntry e, Embedding expected, long before) {
        String[] answer = e.response().substring(1).split("/");
        if (!e.queryText().equals("t" + k) || !answer[0].equals(String.valueOf(k))
                || !e.partition().equals("p" + k % PARTITIONS) || e.embedding().cosine(expected) < 0.9999) {
            wrong.add("key " + k + " answered with " + e);
            return;
        }
        long version = Long.parseLong(answer[1]);
        long slot = storedAfter.get((int) (version & (storedAfter.length() - 1)));
        long after = slot >>> 16 == version ? (slot & 0xFFFF) * STEP : 0;
        long ttl = e.ttl() != null ? e.ttl().toNanos() : TTL_NANOS;
        if (after != 0 && after + ttl <= before) { // expired before the lookup began
            wrong.add("key " + k + " served expired version " + answer[1] + " stored by " + after + " at " + before);
        }
    }
}
