package io.semanticrouter.cache.memory;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InMemorySemanticCacheTest {

    /** Partition size from which the cache under test uses its graph; the indexed subclass sets 0. */
    int indexThreshold() {
        return InMemorySemanticCache.DEFAULT_INDEX_THRESHOLD;
    }

    static final int DIM = 32;

    /** Unit vector e_i. */
    static Embedding axis(int i) {
        float[] v = new float[DIM];
        v[i] = 1;
        return Embedding.of(v);
    }

    /** Unit vector with cosine {@code c} to e_0 (mixing e_0 and e_j). */
    static Embedding near0(double c, int j) {
        float[] v = new float[DIM];
        v[0] = (float) c;
        v[j] = (float) Math.sqrt(1 - c * c);
        return Embedding.of(v);
    }

    static Embedding random(Random rnd, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        VectorMath.normalize(v);
        return Embedding.of(v);
    }

    static CacheEntry entry(String partition, String text, Embedding e) {
        return new CacheEntry(partition, text, e, "answer to " + text, "m", null);
    }

    static CacheQuery query(String partition, Embedding e) {
        return new CacheQuery(partition, "q", e);
    }

    private final AtomicLong now = new AtomicLong();

    InMemorySemanticCache.Builder builder() {
        return InMemorySemanticCache.builder().ticker(now::get).indexThreshold(indexThreshold());
    }

    @Test
    void hitAtOrAboveThresholdMissBelowWithBestSimilarity() {
        InMemorySemanticCache cache = builder().similarityThreshold(0.8).build();
        cache.store(entry("p", "origin", axis(0)));

        CacheResult at = cache.search(query("p", near0(0.8, 1)), 1).get(0);
        CacheResult above = cache.search(query("p", near0(0.95, 2)), 1).get(0);
        CacheResult below = cache.search(query("p", near0(0.79, 3)), 1).get(0);

        assertThat(at.isHit()).isTrue();
        assertThat(above.isHit()).isTrue();
        assertThat(above.similarity()).isCloseTo(0.95, within(1e-5));
        assertThat(above.entry().orElseThrow().response()).isEqualTo("answer to origin");
        assertThat(below.isHit()).isFalse();
        assertThat(below.similarity()).isCloseTo(0.79, within(1e-5));
        assertThat(below.entry()).isEmpty();
        assertThat(cache.search(query("empty", axis(0)), 1).get(0).similarity()).isNaN();
    }

    @Test
    void returnsTheNearestOfSeveral() {
        InMemorySemanticCache cache = builder().similarityThreshold(0.5).build();
        cache.store(entry("p", "far", near0(0.6, 1)));
        cache.store(entry("p", "near", near0(0.9, 2)));
        cache.store(entry("p", "mid", near0(0.7, 3)));
        assertThat(cache.search(query("p", axis(0)), 1).get(0).entry().orElseThrow().queryText()).isEqualTo("near");
    }

    @Test
    void partitionsAreIsolated() {
        InMemorySemanticCache cache = builder().build();
        cache.store(entry("tenant-a", "q", axis(0)));
        CacheResult other = cache.search(query("tenant-b", axis(0)), 1).get(0);
        assertThat(other.isHit()).isFalse();
        assertThat(other.similarity()).isNaN();
        assertThat(cache.search(query("tenant-a", axis(0)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void sameTextInSamePartitionReplaces() {
        InMemorySemanticCache cache = builder().build();
        cache.store(new CacheEntry("p", "q", axis(0), "old", "m", null));
        cache.store(new CacheEntry("p", "q", axis(0), "new", "m", null));
        cache.store(new CacheEntry("other", "q", axis(0), "other", "m", null));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.search(query("p", axis(0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("new");
    }

    @Test
    void expiredEntriesAreNeverServedAndTheirSlotsAreReusedFirst() {
        InMemorySemanticCache cache = builder().ttl(Duration.ofSeconds(10)).maxEntries(2).build();
        cache.store(entry("p", "a", axis(0)));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        cache.store(new CacheEntry("p", "b", axis(1), "b", "m", null, Duration.ofSeconds(60)));

        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.search(query("p", axis(0)), 1).get(0).isHit()).isTrue();
        now.addAndGet(Duration.ofSeconds(2).toNanos()); // a is 11 s old
        assertThat(cache.search(query("p", axis(0)), 1).get(0).isHit()).isFalse();
        assertThat(cache.search(query("p", axis(1)), 1).get(0).isHit()).isTrue(); // per-entry ttl 60 s

        cache.store(entry("p", "c", axis(2))); // full: the expired a goes, not b
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.search(query("p", axis(1)), 1).get(0).isHit()).isTrue();
        assertThat(cache.search(query("p", axis(2)), 1).get(0).isHit()).isTrue();
        assertThat(cache.stats().expirations()).isEqualTo(1);
        assertThat(cache.stats().evictions()).isZero();
    }

    private static List<String> survivors(InMemorySemanticCache cache, int n) {
        List<String> alive = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CacheResult r = cache.search(query("p", axis(i)), 1).get(0);
            if (r.isHit()) {
                alive.add(r.entry().orElseThrow().queryText());
            }
        }
        return alive;
    }

    @Test
    void fifoEvictsTheOldestInsert() {
        InMemorySemanticCache cache = builder().maxEntries(3).evictionPolicy(EvictionPolicy.FIFO).build();
        cache.store(entry("p", "0", axis(0)));
        cache.store(entry("p", "1", axis(1)));
        cache.store(entry("p", "2", axis(2)));
        cache.search(query("p", axis(0)), 1).get(0); // access does not matter for FIFO
        cache.store(entry("p", "3", axis(3)));
        assertThat(survivors(cache, 4)).containsExactly("1", "2", "3");
        assertThat(cache.stats().evictions()).isEqualTo(1);
    }

    @Test
    void lruEvictsTheLeastRecentlyUsed() {
        InMemorySemanticCache cache = builder().maxEntries(3).evictionPolicy("LRU").build();
        cache.store(entry("p", "0", axis(0)));
        cache.store(entry("p", "1", axis(1)));
        cache.store(entry("p", "2", axis(2)));
        cache.search(query("p", axis(0)), 1).get(0);
        cache.store(entry("p", "3", axis(3)));
        assertThat(cache.search(query("p", axis(1)), 1).get(0).isHit()).isFalse();
        assertThat(survivors(cache, 4)).containsExactly("0", "2", "3");
    }

    @Test
    void lfuEvictsTheLeastFrequentlyUsed() {
        InMemorySemanticCache cache = builder().maxEntries(3).evictionPolicy(EvictionPolicy.parse("lfu")).build();
        cache.store(entry("p", "0", axis(0)));
        cache.store(entry("p", "1", axis(1)));
        cache.store(entry("p", "2", axis(2)));
        for (int i = 0; i < 3; i++) {
            cache.search(query("p", axis(0)), 1).get(0);
            cache.search(query("p", axis(2)), 1).get(0);
        }
        cache.search(query("p", axis(1)), 1).get(0);
        cache.store(entry("p", "3", axis(3))); // "1" has 1 hit, the others 3
        assertThat(cache.search(query("p", axis(1)), 1).get(0).isHit()).isFalse();
        assertThat(cache.search(query("p", axis(0)), 1).get(0).isHit()).isTrue();
        assertThat(cache.search(query("p", axis(2)), 1).get(0).isHit()).isTrue();
        assertThat(cache.search(query("p", axis(3)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void dimensionMismatchIsRejectedWithBothNumbers() {
        InMemorySemanticCache cache = builder().build();
        cache.store(entry("p", "a", axis(0)));
        Random rnd = new Random(1);
        assertThatThrownBy(() -> cache.store(entry("p", "b", random(rnd, 8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8").hasMessageContaining("32");
        assertThatThrownBy(() -> cache.search(query("p", random(rnd, 768)), 1).get(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding dimension 768 does not match the cache dimension 32");
        assertThat(cache.size()).isEqualTo(1);

        InMemorySemanticCache fixed = builder().dimension(384).build();
        assertThatThrownBy(() -> fixed.store(entry("p", "a", axis(0)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(fixed.size()).isZero();
    }

    @Test
    void builderValidatesEagerly() {
        assertThatThrownBy(() -> InMemorySemanticCache.builder().similarityThreshold(1.7))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("similarityThreshold must be in (0, 1], was 1.7");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().similarityThreshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().similarityThreshold(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().maxEntries(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxEntries must be > 0, was 0");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().maxEntries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -1");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().ttl(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().ttl(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-5S");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().evictionPolicy("random"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'random'");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().dimension(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InMemorySemanticCache.builder().build().search(null, 1).get(0))
                .isInstanceOf(NullPointerException.class).hasMessage("query");
        assertThatThrownBy(() -> InMemorySemanticCache.builder().build().store(null))
                .isInstanceOf(NullPointerException.class).hasMessage("entry");
        assertThat(InMemorySemanticCache.builder().build().similarityThreshold()).isEqualTo(0.8);
    }

    @Test
    void clearRemovesEverythingAndStatsCount() {
        InMemorySemanticCache cache = builder().build();
        cache.store(entry("p", "a", axis(0)));
        cache.search(query("p", axis(0)), 1).get(0);
        cache.search(query("p", axis(5)), 1).get(0);
        cache.clear();
        assertThat(cache.size()).isZero();
        assertThat(cache.search(query("p", axis(0)), 1).get(0).isHit()).isFalse();
        assertThat(cache.stats()).isEqualTo(new CacheStats(1, 2, 1, 0, 0));
    }

    @Test
    void concurrentStoresAndLookupsStayBoundedAndConsistent() throws Exception {
        InMemorySemanticCache cache = builder().maxEntries(100).evictionPolicy(EvictionPolicy.LRU).build();
        int dim = 64;
        Random seed = new Random(42);
        List<Embedding> vectors = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            vectors.add(random(seed, dim));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong maxSize = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                maxSize.accumulateAndGet(cache.size(), Math::max);
            }
        });
        sampler.start();
        Queue<String> inconsistent = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int id = t;
            fs.add(pool.submit(() -> {
                Random rnd = new Random(id);
                for (int i = 0; i < 500; i++) {
                    int k = rnd.nextInt(vectors.size());
                    if (rnd.nextBoolean()) {
                        cache.store(new CacheEntry("p" + (k % 3), "text-" + k, vectors.get(k), "answer-" + k, "m", null));
                    } else {
                        CacheResult r = cache.search(new CacheQuery("p" + (k % 3), "q", vectors.get(k)), 1).get(0);
                        if (r.isHit()) {
                            CacheEntry e = r.entry().orElseThrow();
                            String n = e.queryText().substring(5);
                            if (!e.response().equals("answer-" + n) || e.embedding().cosine(vectors.get(Integer.parseInt(n))) < 0.9999) {
                                inconsistent.add(e.toString());
                            }
                        }
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        running.set(false);
        sampler.join();
        assertThat(inconsistent).isEmpty();
        assertThat(maxSize.get()).isLessThanOrEqualTo(100);
        assertThat(cache.size()).isEqualTo(100);
        assertThat(cache.stats().evictions()).isPositive();
    }
}
