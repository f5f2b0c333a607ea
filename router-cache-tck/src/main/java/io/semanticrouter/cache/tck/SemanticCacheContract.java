package io.semanticrouter.cache.tck;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CachePartitions;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import io.semanticrouter.SemanticCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * What every {@link SemanticCache} back end means, written once. A back end's test class extends this,
 * says how to build a cache that reads time from {@link #clock}, and, when its writes are asynchronous,
 * how to wait for them ({@link #awaitWrites}).
 *
 * <p>Vectors are {@value #DIM}-dimensional unit vectors built so that their cosine to the axis {@code e0} is
 * known exactly; thresholds are tested with a margin of 0.01 so that back ends that compute scores in
 * single precision agree.
 */
public abstract class SemanticCacheContract {

    /** Dimension of every vector used by the contract. */
    protected static final int DIM = 16;

    /** Time for the cache under test: back ends must read entry expiry from it. */
    protected final ManualClock clock = new ManualClock();

    private final List<SemanticCache> opened = new ArrayList<>();

    /**
     * A new, empty cache of {@value #DIM}-dimensional vectors.
     *
     * @param threshold  the similarity threshold
     * @param defaultTtl the default time to live, or {@code null} for none
     */
    protected abstract SemanticCache newCache(double threshold, Duration defaultTtl);

    /** Waits until every store made so far is visible to lookups. Synchronous back ends need not override. */
    protected void awaitWrites(SemanticCache cache) {
    }

    private SemanticCache cache(double threshold, Duration ttl) {
        SemanticCache c = newCache(threshold, ttl);
        opened.add(c);
        return c;
    }

    private SemanticCache cache() {
        return cache(0.8, null);
    }

    @AfterEach
    void closeCaches() {
        for (SemanticCache c : opened) {
            c.close();
        }
    }

    // --- vectors ---

    /** The unit vector e_i. */
    protected static Embedding axis(int i) {
        float[] v = new float[DIM];
        v[i] = 1;
        return Embedding.of(v);
    }

    /** A unit vector whose cosine to e_0 is {@code c}: c * e_0 + sqrt(1 - c^2) * e_j. */
    protected static Embedding near0(double c, int j) {
        float[] v = new float[DIM];
        v[0] = (float) c;
        v[j] = (float) Math.sqrt(1 - c * c);
        return Embedding.of(v);
    }

    protected static CacheEntry entry(String partition, String text, Embedding e) {
        return new CacheEntry(partition, text, e, "answer to " + text, "model-a", null);
    }

    protected static CacheQuery query(String partition, Embedding e) {
        return new CacheQuery(partition, "a question", e);
    }

    private void store(SemanticCache c, CacheEntry... entries) {
        for (CacheEntry e : entries) {
            c.store(e);
        }
        awaitWrites(c);
    }

    // --- the contract ---

    @Test
    void candidatesAreTheEntriesAboveTheThresholdBestFirstUpToTheLimit() {
        SemanticCache c = cache(0.8, null);
        store(c, entry("p", "best", near0(0.97, 1)), entry("p", "second", near0(0.90, 2)),
                entry("p", "third", near0(0.85, 3)), entry("p", "below", near0(0.70, 4)),
                entry("q", "other partition", axis(0)));

        List<CacheResult> two = c.search(query("p", axis(0)), 2);
        List<CacheResult> all = c.search(query("p", axis(0)), 10);

        assertThat(two).extracting(r -> r.entry().orElseThrow().queryText()).containsExactly("best", "second");
        assertThat(all).extracting(r -> r.entry().orElseThrow().queryText()).containsExactly("best", "second", "third");
        assertThat(all.get(0).similarity()).isCloseTo(0.97, within(1e-4));
        assertThat(all.get(2).similarity()).isCloseTo(0.85, within(1e-4));

        List<CacheResult> none = c.search(query("p", near0(0.5, 5)), 3);
        assertThat(none).hasSize(1);
        assertThat(none.get(0).isHit()).isFalse();
        assertThat(none.get(0).similarity()).isLessThan(0.8);
        assertThat(c.search(query("empty", axis(0)), 3).get(0).similarity()).isNaN();
        assertThatThrownBy(() -> c.search(query("p", axis(0)), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    }

    @Test
    void hitsAboveTheThresholdAndMissesBelowItReportingTheBestSimilarity() {
        SemanticCache c = cache(0.8, null);
        store(c, entry("p", "origin", axis(0)));

        CacheResult above = c.search(query("p", near0(0.95, 2)), 1).get(0);
        CacheResult justAbove = c.search(query("p", near0(0.81, 1)), 1).get(0);
        CacheResult below = c.search(query("p", near0(0.79, 3)), 1).get(0);

        assertThat(above.isHit()).isTrue();
        assertThat(above.similarity()).isCloseTo(0.95, within(1e-4));
        assertThat(above.entry().orElseThrow().response()).isEqualTo("answer to origin");
        assertThat(justAbove.isHit()).isTrue();
        assertThat(below.isHit()).isFalse();
        assertThat(below.entry()).isEmpty();
        assertThat(below.similarity()).isCloseTo(0.79, within(1e-4));
        assertThat(c.similarityThreshold()).isEqualTo(0.8);
    }

    @Test
    void aQueryThresholdReplacesTheCachesOwnInBothDirections() {
        SemanticCache c = cache(0.8, null);
        store(c, entry("p", "origin", axis(0)));

        CacheResult lowered = c.search(new CacheQuery("p", "q", near0(0.75, 1), 0.7), 1).get(0);
        CacheResult atDefault = c.search(query("p", near0(0.75, 1)), 1).get(0);
        CacheResult raised = c.search(new CacheQuery("p", "q", near0(0.9, 2), 0.95), 1).get(0);

        assertThat(lowered.isHit()).isTrue();
        assertThat(lowered.entry().orElseThrow().queryText()).isEqualTo("origin");
        assertThat(atDefault.isHit()).isFalse();
        assertThat(raised.isHit()).isFalse();
        assertThat(raised.similarity()).isCloseTo(0.9, within(1e-4));
        assertThat(c.similarityThreshold()).isEqualTo(0.8);
        assertThatThrownBy(() -> new CacheQuery("p", "q", axis(0), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSimilarity");
    }

    @Test
    void anEmptyPartitionMissesWithNaN() {
        SemanticCache c = cache();
        store(c, entry("p", "origin", axis(0)));
        CacheResult r = c.search(query("another partition", axis(0)), 1).get(0);
        assertThat(r.isHit()).isFalse();
        assertThat(r.similarity()).isNaN();
    }

    @Test
    void returnsTheNearestOfSeveral() {
        SemanticCache c = cache(0.5, null);
        store(c, entry("p", "far", near0(0.6, 1)), entry("p", "near", near0(0.9, 2)), entry("p", "mid", near0(0.7, 3)));
        CacheResult r = c.search(query("p", axis(0)), 1).get(0);
        assertThat(r.entry().orElseThrow().queryText()).isEqualTo("near");
        assertThat(r.similarity()).isCloseTo(0.9, within(1e-4));
    }

    @Test
    void aHitCarriesEverythingThatWasStored() {
        SemanticCache c = cache();
        String partition = "tenant \"a\" \\ with quotes 'and' backslashes";
        String text = "Wie überquere ich \"die\" Straße? 🚦\nZweite Zeile \\n";
        String response = "Erst links, dann rechts schauen. 👀 \"Zitat\" \\ ende";
        store(c, new CacheEntry(partition, text, axis(3), response, "strong-model", "travel"),
                new CacheEntry(partition, "no category", axis(4), "r", "small-model", null));

        CacheEntry hit = c.search(new CacheQuery(partition, "q", axis(3)), 1).get(0).entry().orElseThrow();
        assertThat(hit.partition()).isEqualTo(partition);
        assertThat(hit.queryText()).isEqualTo(text);
        assertThat(hit.response()).isEqualTo(response);
        assertThat(hit.model()).isEqualTo("strong-model");
        assertThat(hit.category()).isEqualTo("travel");
        assertThat(hit.embedding().dimension()).isEqualTo(DIM);
        assertThat(hit.embedding().cosine(axis(3))).isCloseTo(1.0, within(1e-5));

        CacheEntry other = c.search(new CacheQuery(partition, "q", axis(4)), 1).get(0).entry().orElseThrow();
        assertThat(other.category()).isNull();
        assertThat(other.model()).isEqualTo("small-model");
    }

    @Test
    void partitionsAreIsolated() {
        SemanticCache c = cache();
        store(c, entry("tenant-a", "q", axis(0)));
        assertThat(c.search(query("tenant-b", axis(0)), 1).get(0).isHit()).isFalse();
        assertThat(c.search(query("tenant-a", axis(0)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void aHundredPartitionsNeverAnswerEachOther() {
        SemanticCache c = cache();
        for (int i = 0; i < 100; i++) {
            c.store(new CacheEntry("scope-" + i, "the same question", axis(0), "answer for scope " + i, "m", null));
        }
        awaitWrites(c);
        for (int i = 0; i < 100; i++) {
            CacheResult r = c.search(query("scope-" + i, axis(0)), 1).get(0);
            assertThat(r.isHit()).as("scope %d", i).isTrue();
            assertThat(r.entry().orElseThrow().response()).isEqualTo("answer for scope " + i);
        }
        assertThat(c.search(query("scope-100", axis(0)), 1).get(0).isHit()).isFalse();
    }

    @Test
    void theSameTextInTheSamePartitionReplacesTheEntry() {
        SemanticCache c = cache();
        store(c, new CacheEntry("p", "q", axis(0), "old", "m", null));
        store(c, new CacheEntry("p", "q", axis(0), "new", "m", null),
                new CacheEntry("other", "q", axis(0), "other", "m", null));
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.search(query("p", axis(0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("new");
        assertThat(c.search(query("other", axis(0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("other");
    }

    @Test
    void expiredEntriesAreNeverServed() {
        SemanticCache c = cache(0.8, Duration.ofSeconds(10));
        store(c, entry("p", "default ttl", axis(0)),
                new CacheEntry("p", "long ttl", axis(1), "long", "m", null, Duration.ofSeconds(60)),
                new CacheEntry("p", "short ttl", axis(2), "short", "m", null, Duration.ofSeconds(2)));

        clock.advance(Duration.ofSeconds(3));
        assertThat(c.search(query("p", axis(0)), 1).get(0).isHit()).isTrue();
        assertThat(c.search(query("p", axis(2)), 1).get(0).isHit()).as("2 s entry after 3 s").isFalse();

        clock.advance(Duration.ofSeconds(8)); // 11 s
        assertThat(c.search(query("p", axis(0)), 1).get(0).isHit()).as("10 s entry after 11 s").isFalse();
        assertThat(c.search(query("p", axis(1)), 1).get(0).entry().orElseThrow().response()).isEqualTo("long");

        clock.advance(Duration.ofSeconds(50)); // 61 s
        assertThat(c.search(query("p", axis(1)), 1).get(0).isHit()).isFalse();
    }

    @Test
    void storingAgainAfterExpiryServesTheNewAnswer() {
        SemanticCache c = cache(0.8, Duration.ofSeconds(5));
        store(c, new CacheEntry("p", "q", axis(0), "first", "m", null));
        clock.advance(Duration.ofSeconds(6));
        assertThat(c.search(query("p", axis(0)), 1).get(0).isHit()).isFalse();
        store(c, new CacheEntry("p", "q", axis(0), "second", "m", null));
        assertThat(c.search(query("p", axis(0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("second");
    }

    @Test
    void clearRemovesEveryEntry() {
        SemanticCache c = cache();
        store(c, entry("p", "a", axis(0)), entry("q", "b", axis(1)));
        assertThat(c.size()).isEqualTo(2);
        c.clear();
        assertThat(c.size()).isZero();
        assertThat(c.search(query("p", axis(0)), 1).get(0).isHit()).isFalse();
        store(c, entry("p", "c", axis(2)));
        assertThat(c.search(query("p", axis(2)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void purgingATenantRemovesAllItsPartitionsAndNothingElse() {
        SemanticCache c = cache();
        String a = CachePartitions.tenantKey("token:6:team-a");
        String b = CachePartitions.tenantKey("token:6:team-b");
        store(c, entry(CachePartitions.partition(a, "ctx1"), "a1", axis(0)),
                entry(CachePartitions.partition(a, "ctx2"), "a2", axis(1)),
                entry(CachePartitions.partition(b, "ctx1"), "b1", axis(0)),
                entry("no-tenant", "n1", axis(0)));
        assertThat(c.purgeTenant(a)).hasValue(2);
        awaitWrites(c);
        assertThat(c.search(query(CachePartitions.partition(a, "ctx1"), axis(0)), 1).get(0).isHit()).isFalse();
        assertThat(c.search(query(CachePartitions.partition(a, "ctx2"), axis(1)), 1).get(0).isHit()).isFalse();
        assertThat(c.search(query(CachePartitions.partition(b, "ctx1"), axis(0)), 1).get(0).entry().orElseThrow()
                .response()).isEqualTo("answer to b1");
        assertThat(c.search(query("no-tenant", axis(0)), 1).get(0).isHit()).isTrue();
        assertThat(c.size()).isEqualTo(2);
        // purging again, or a tenant with nothing stored, removes nothing; the tenant can store again
        assertThat(c.purgeTenant(a)).hasValue(0);
        assertThat(c.purgeTenant(CachePartitions.tenantKey("nobody"))).hasValue(0);
        store(c, entry(CachePartitions.partition(a, "ctx1"), "a3", axis(2)));
        assertThat(c.search(query(CachePartitions.partition(a, "ctx1"), axis(2)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void aPurgeRejectsAKeyThatIsEmptyOrHoldsTheSeparator() {
        SemanticCache c = cache();
        assertThatThrownBy(() -> c.purgeTenant("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.purgeTenant("a/b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a/b");
        assertThatThrownBy(() -> c.purgeTenant(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aWrongDimensionIsRejectedAndLeavesTheCacheAsItWas() {
        SemanticCache c = cache();
        store(c, entry("p", "a", axis(0)));
        Embedding wrong = Embedding.of(new float[DIM + 1]);

        assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", wrong), 1).get(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(DIM + 1))
                .hasMessageContaining(String.valueOf(DIM));
        assertThatThrownBy(() -> c.store(new CacheEntry("p", "b", wrong, "r", "m", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(DIM + 1));
        awaitWrites(c);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.search(query("p", axis(0)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void nullArgumentsAreRejected() {
        SemanticCache c = cache();
        assertThatThrownBy(() -> c.search(null, 1).get(0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> c.store(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLargeResponseIsServedWhole() {
        SemanticCache c = cache();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 200_000; i++) {
            sb.append("Line ").append(i).append(": the quick brown fox jumps over the lazy dog. ñ € 日本\n");
        }
        String big = sb.toString();
        store(c, new CacheEntry("p", "big", axis(0), big, "m", null));
        CacheResult r = c.search(query("p", axis(0)), 1).get(0);
        assertThat(r.isHit()).isTrue();
        assertThat(r.entry().orElseThrow().response()).isEqualTo(big);
    }

    @Test
    void concurrentStoresAndLookupsNeverServeAnotherEntrysAnswer() throws Exception {
        SemanticCache c = cache(0.99, null);
        int threads = 4;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int axis = (thread * perThread + i) % DIM;
                        String partition = "t" + thread + "-" + i;
                        c.store(new CacheEntry(partition, "q" + axis, axis(axis), "answer " + partition, "m", null));
                        CacheResult r = c.search(query("t" + thread + "-" + (i / 2), axis((thread * perThread + i / 2) % DIM)), 1).get(0);
                        if (r.isHit() && !r.entry().orElseThrow().response().equals("answer " + r.entry().orElseThrow().partition())) {
                            problems.add("served " + r.entry().orElseThrow().response() + " for " + r.entry().orElseThrow().partition());
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        awaitWrites(c);
        assertThat(problems).isEmpty();
        assertThat(c.size()).isEqualTo(threads * perThread);
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i += 7) {
                String partition = "t" + t + "-" + i;
                CacheResult r = c.search(query(partition, axis((t * perThread + i) % DIM)), 1).get(0);
                assertThat(r.entry().orElseThrow().response()).isEqualTo("answer " + partition);
            }
        }
    }
}
