package io.semanticrouter.cache.milvus;

import io.semanticrouter.testing.MilvusTestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheException;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.Embedding;
import io.semanticrouter.cache.tck.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Milvus-only behaviour on a real server: collection checks, expiry cleanup, oversized answers, fail-open. */
class MilvusSemanticCacheTest {

    private final ManualClock clock = new ManualClock();
    private final List<MilvusSemanticCache> caches = new ArrayList<>();

    private static Embedding unit(int dim, int axis) {
        float[] v = new float[dim];
        v[axis] = 1;
        return Embedding.of(v);
    }

    private static String collectionName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "");
    }

    private MilvusSemanticCache cache(TestConfig config, Duration ttl) {
        MilvusSemanticCache.Builder b = MilvusSemanticCache.builder()
                .config(config.consistency(MilvusCacheConfig.Consistency.STRONG).writeMaxDelay(Duration.ofMillis(5)).build())
                .clock(clock);
        if (ttl != null) {
            b.ttl(ttl);
        }
        MilvusSemanticCache c = b.build();
        caches.add(c);
        return c;
    }

    /** A collection on the shared server, with a deadline that a busy two-core CI machine running Milvus meets. */
    private static TestConfig server(String collection) {
        return TestConfig.builder().uri(MilvusTestServer.uri()).collection(collection)
                .requestTimeout(Duration.ofSeconds(10));
    }

    @AfterEach
    void cleanUp() {
        for (MilvusSemanticCache c : caches) {
            try {
                c.dropCollection();
            } catch (RuntimeException ignored) {
                // an unreachable or incompatible cache has nothing to drop
            }
            c.close();
        }
    }

    @Test
    void anExistingCollectionOfAnotherDimensionIsAClearErrorNotAMiss() {
        String name = collectionName();
        MilvusSemanticCache first = cache(server(name).dimension(16), null);
        first.store(new CacheEntry("p", "q", unit(16, 0), "a", "m", null));
        assertThat(first.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();

        MilvusSemanticCache wrong = cache(server(name).dimension(384), null);
        assertThatThrownBy(wrong::initialize)
                .isInstanceOf(IncompatibleCollectionException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("16-dimensional")
                .hasMessageContaining("384 dimensions");
        // once found incompatible, the cache stays off with the same message instead of hammering the server
        assertThatThrownBy(() -> wrong.search(new CacheQuery("p", "q", unit(384, 0)), 1).get(0))
                .isInstanceOf(IncompatibleCollectionException.class).hasMessageContaining("384 dimensions");
        assertThatThrownBy(() -> wrong.store(new CacheEntry("p", "q", unit(384, 0), "a", "m", null)))
                .isInstanceOf(IncompatibleCollectionException.class);
        // the first cache and its data are untouched
        assertThat(first.search(new CacheQuery("p", "q", unit(16, 0)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void anotherMetricOnTheExistingCollectionIsRefused() {
        String name = collectionName();
        MilvusSemanticCache ip = cache(server(name).dimension(8), null);
        ip.initialize();
        MilvusSemanticCache cosine = cache(server(name).dimension(8).metric(MilvusCacheConfig.Metric.COSINE), null);
        assertThatThrownBy(cosine::initialize).isInstanceOf(IncompatibleCollectionException.class)
                .hasMessageContaining("metric IP").hasMessageContaining("COSINE");
    }

    @Test
    void withoutAConfiguredDimensionTheFirstEntryFixesItAndLaterInstancesAdoptIt() {
        String name = collectionName();
        MilvusSemanticCache a = cache(server(name), null);
        a.initialize();
        assertThat(a.size()).isZero();
        a.store(new CacheEntry("p", "q", unit(12, 1), "twelve", "m", null));
        assertThat(a.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();

        MilvusSemanticCache b = cache(server(name), null);
        b.initialize();
        assertThat(b.search(new CacheQuery("p", "q", unit(12, 1)), 1).get(0).entry().orElseThrow().response()).isEqualTo("twelve");
        assertThatThrownBy(() -> b.search(new CacheQuery("p", "q", unit(13, 1)), 1).get(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("13").hasMessageContaining("12");
    }

    @Test
    void anInstanceThatConnectedBeforeTheCollectionExistedFindsItOnceAnotherCreatesIt() throws Exception {
        String name = collectionName();
        MilvusSemanticCache early = cache(server(name), null);
        early.initialize(); // no collection, no dimension yet
        MilvusSemanticCache writer = cache(server(name), null);
        writer.store(new CacheEntry("p", "q", unit(10, 3), "from the other instance", "m", null));
        assertThat(writer.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();

        // the first lookup does not open the collection on the caller's thread: it asks the background to
        assertThatThrownBy(() -> early.search(new CacheQuery("p", "q", unit(10, 3)), 1).get(0))
                .isInstanceOf(CacheException.class).hasMessageContaining("not open yet");
        String served = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (served == null && System.nanoTime() < deadline) {
            try {
                served = early.search(new CacheQuery("p", "q", unit(10, 3)), 1).get(0).entry().map(CacheEntry::response).orElse(null);
            } catch (CacheException notYet) {
                Thread.sleep(20);
            }
        }
        assertThat(served).isEqualTo("from the other instance");
    }

    @Test
    void sizeAndClearReachACollectionAnotherInstanceCreated() {
        String name = collectionName();
        MilvusSemanticCache writer = cache(server(name).dimension(8), null);
        writer.store(new CacheEntry("p", "q", unit(8, 1), "a", "m", null));
        assertThat(writer.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        MilvusSemanticCache admin = cache(server(name), null); // no dimension, never looked anything up
        admin.initialize();
        assertThat(admin.size()).isEqualTo(1);
        admin.clear();
        assertThat(writer.size()).isZero();
    }

    @Test
    void lookupsNeverWaitForTheConnectionOrTheCollection() throws Exception {
        try (FreezableProxy proxy = proxyToServer()) {
            MilvusSemanticCache c = MilvusSemanticCache.builder()
                    .config(TestConfig.builder().uri(proxy.uri()).collection(collectionName())
                            .requestTimeout(Duration.ofMillis(300)).connectTimeout(Duration.ofSeconds(5)).build())
                    .build();
            caches.add(c);
            c.initialize(); // connected; no dimension and no collection yet
            proxy.freeze();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Long>> took = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    took.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0))
                                .isInstanceOf(CacheException.class);
                        return (System.nanoTime() - t0) / 1_000_000;
                    }));
                }
                for (java.util.concurrent.Future<Long> f : took) {
                    // the deadline is 300 ms; a lookup that queued behind a collection set-up would take seconds
                    assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS)).isLessThan(1_000L);
                }
            } finally {
                pool.shutdownNow();
                proxy.thaw();
            }
        }
    }

    @Test
    void aMissingDatabaseWithAutoCreateOffDisablesTheCacheWithTheReason() {
        MilvusSemanticCache c = cache(server(collectionName()).database("no_such_db_" + System.nanoTime() % 100000)
                .dimension(8).autoCreateCollection(false), null);
        assertThatThrownBy(c::initialize).isInstanceOf(IncompatibleCollectionException.class)
                .hasMessageContaining("database").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0))
                .isInstanceOf(IncompatibleCollectionException.class).hasMessageContaining("database");
        assertThatThrownBy(() -> c.store(new CacheEntry("p", "q", unit(8, 0), "a", "m", null)))
                .isInstanceOf(IncompatibleCollectionException.class);
    }

    @Test
    void everyAcceptedEntryIsAccountedForIncludingDuplicatesAndHugeTtls() {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8).writeMaxDelay(Duration.ofMillis(200)), null);
        c.initialize();
        c.store(new CacheEntry("p", "same question", unit(8, 0), "first answer", "m", null));
        c.store(new CacheEntry("p", "same question", unit(8, 0), "second answer", "m", null));
        c.store(new CacheEntry("p", "forever", unit(8, 1), "kept", "m", null, Duration.ofSeconds(Long.MAX_VALUE)));
        c.store(new CacheEntry("p", "x".repeat(70_000), unit(8, 2), "huge prompt", "m", null));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        MilvusCacheStats s = c.stats();
        assertThat(s.storesAccepted()).isEqualTo(4);
        assertThat(s.rowsWritten() + s.superseded() + s.droppedUnavailable() + s.writeFailures() + s.skippedOversize())
                .isEqualTo(4);
        assertThat(s.superseded()).isEqualTo(1);
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("second answer");
        clock.advance(Duration.ofDays(365 * 100));
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 1)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void aServerTtlCapsEveryEntry() {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8).serverTtl(Duration.ofSeconds(10)), null);
        c.store(new CacheEntry("p", "q", unit(8, 0), "a", "m", null, Duration.ofHours(1)));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(9));
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).isHit()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).isHit()).as("capped at the server TTL").isFalse();
    }

    /** A cache on a new collection of dimension 8 holding one written entry ("warm-up" in scope "p"). */
    private MilvusSemanticCache cacheWithOneEntry(String collection) {
        MilvusSemanticCache c = cache(server(collection).dimension(8), null);
        c.initialize();
        c.store(new CacheEntry("p", "warm-up", unit(8, 7), "a", "m", null));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        return c;
    }

    /** A plain SDK client on the test server, for writing rows behind the cache's back; the caller closes it. */
    private static io.milvus.v2.client.MilvusClientV2 rawClient() {
        return new io.milvus.v2.client.MilvusClientV2(
                io.milvus.v2.client.ConnectConfig.builder().uri(MilvusTestServer.uri()).build());
    }

    @Test
    void aRowTheCacheCannotReadIsAMissNotAnOutage() {
        String name = collectionName();
        MilvusSemanticCache c = cacheWithOneEntry(name);
        io.milvus.v2.client.MilvusClientV2 raw = rawClient();
        try {
            com.google.gson.JsonObject row = CacheCollection.row("embedding",
                    new CacheEntry("p", "damaged", unit(8, 0), "x", "m", null),
                    new ResponseCodec.Encoded("this is not gzip+base64 !!", ResponseCodec.GZIP_BASE64),
                    clock.millis(), Long.MAX_VALUE);
            // inserted, not upserted: Milvus 2.3.0-2.3.9 would file an upserted row under the wrong scope
            raw.insert(io.milvus.v2.service.vector.request.InsertReq.builder().collectionName(name).data(List.of(row)).build());
        } finally {
            raw.close();
        }
        for (int i = 0; i < 5; i++) {
            var r = c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0);
            assertThat(r.isHit()).isFalse();
            assertThat(r.similarity()).isGreaterThan(0.99);
        }
        assertThat(c.stats().unreadableRows()).isEqualTo(5);
        assertThat(c.stats().circuitOpen()).isFalse();
        assertThat(c.stats().outages()).isZero();
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 7)), 1).get(0).isHit()).isTrue();
    }

    @Test
    void theCacheUpsertsOnlyWhereThisServerKeepsUpsertedRowsInTheirScope() {
        // decided by testing: upsert raw rows into a collection the cache created and search each by its scope
        String name = collectionName();
        MilvusSemanticCache c = cacheWithOneEntry(name);
        io.milvus.v2.client.MilvusClientV2 raw = rawClient();
        int found = 0;
        try {
            List<com.google.gson.JsonObject> rows = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                rows.add(CacheCollection.row("embedding", new CacheEntry("tenant " + i, "q", unit(8, 0), "a" + i, "m", null),
                        new ResponseCodec.Encoded("a" + i, ResponseCodec.PLAIN), clock.millis(), Long.MAX_VALUE));
            }
            raw.upsert(io.milvus.v2.service.vector.request.UpsertReq.builder().collectionName(name).data(rows).build());
            for (int i = 0; i < 10; i++) {
                if (c.search(new CacheQuery("tenant " + i, "q", unit(8, 0)), 1).get(0).isHit()) {
                    found++;
                }
            }
        } finally {
            raw.close();
        }
        assertThat(c.size()).as("count(*) sees every upserted row").isEqualTo(11);
        ServerProfile profile = c.serverProfile();
        System.out.printf("%s: %d of 10 upserted rows found by their scope%n", profile.describe(), found);
        if (found == 10) {
            assertThat(profile.writeMode()).as("%s keeps upserted rows in their partition", profile.describe())
                    .isEqualTo(ServerProfile.WriteMode.UPSERT);
        } else {
            assertThat(profile.writeMode()).as("%s lost %d of 10 upserted rows from their scope", profile.describe(), 10 - found)
                    .isEqualTo(ServerProfile.WriteMode.DELETE_THEN_INSERT);
        }
        // whatever the server, the cache's own replacement is found in its scope and counted once
        c.store(new CacheEntry("tenant 3", "q", unit(8, 0), "replaced", "m", null));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        assertThat(c.search(new CacheQuery("tenant 3", "q", unit(8, 0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("replaced");
        assertThat(c.size()).isEqualTo(11);
    }

    @Test
    void theServerKindIsToldByItsHandshakeNotByItsVersionString() {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8), null);
        c.initialize();
        assertThat(c.isMilvusLite()).as(c.serverProfile().describe())
                .isEqualTo(MilvusTestServer.kind() == MilvusTestServer.Kind.LITE);
    }

    @Test
    void expiredRowsAreDeletedByTheCleanupNotOnlyHidden() {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8), Duration.ofSeconds(30));
        c.store(new CacheEntry("p", "short", unit(8, 0), "a", "m", null));
        c.store(new CacheEntry("p", "long", unit(8, 1), "b", "m", null, Duration.ofHours(1)));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        assertThat(c.purgeExpired()).isZero();

        clock.advance(Duration.ofSeconds(31));
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).isHit()).isFalse();
        assertThat(c.size()).isEqualTo(2); // hidden, not yet deleted
        assertThat(c.purgeExpired()).isEqualTo(1);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 1)), 1).get(0).isHit()).isTrue();
        assertThat(c.stats().expiredDeleted()).isEqualTo(1);
    }

    @Test
    void thePeriodicCleanupRunsByItself() throws Exception {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8).cleanupInterval(Duration.ofMillis(200)),
                Duration.ofSeconds(5));
        c.store(new CacheEntry("p", "soon gone", unit(8, 0), "a", "m", null));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        clock.advance(Duration.ofSeconds(6));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (c.stats().expiredDeleted() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(c.stats().expiredDeleted()).isEqualTo(1);
        assertThat(c.size()).isZero();
    }

    @Test
    void answersTooLargeForAVarCharAreCompressedOrSkippedButNeverCut() {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8), null);
        String compressible = "All work and no play makes Jack a dull boy. ".repeat(5_000); // 220 KB
        StringBuilder noise = new StringBuilder();
        Random rnd = new Random(7);
        while (noise.length() < 300_000) {
            noise.append(Long.toString(rnd.nextLong(), 36));
        }
        c.store(new CacheEntry("p", "compressible", unit(8, 0), compressible, "m", null));
        c.store(new CacheEntry("p", "incompressible", unit(8, 1), noise.toString(), "m", null));
        c.store(new CacheEntry("p", "x".repeat(70_000), unit(8, 2), "answer to a huge prompt", "m", null));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();

        assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).entry().orElseThrow().response()).isEqualTo(compressible);
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 1)), 1).get(0).isHit()).isFalse();
        assertThat(c.search(new CacheQuery("p", "q", unit(8, 2)), 1).get(0).isHit()).isFalse();
        assertThat(c.stats().compressed()).isEqualTo(1);
        assertThat(c.stats().skippedOversize()).isEqualTo(2);
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void anUnreachableServerFailsFastAndIsCountedOnce() {
        int deadPort = MilvusTestServer.freePort();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MilvusSemanticCache c = MilvusSemanticCache.builder()
                .config(TestConfig.builder().uri("http://127.0.0.1:" + deadPort).dimension(8)
                        .connectTimeout(Duration.ofSeconds(1)).build())
                .meterRegistry(registry)
                .build();
        caches.add(c);
        assertThatThrownBy(c::initialize).isInstanceOf(CacheException.class).hasMessageContaining(String.valueOf(deadPort));

        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0)).isInstanceOf(CacheException.class);
            assertThatThrownBy(() -> c.store(new CacheEntry("p", "q", unit(8, 0), "a", "m", null)))
                    .isInstanceOf(CacheException.class);
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        assertThat(spent).as("100 calls against an open breaker").isLessThan(Duration.ofSeconds(2));
        MilvusCacheStats s = c.stats();
        assertThat(s.circuitOpen()).isTrue();
        assertThat(s.outages()).isEqualTo(1);
        assertThat(s.lookupsRejected()).isEqualTo(50);
        assertThat(s.storesRejected()).isEqualTo(50);
        assertThat(registry.get("semantic_router.cache.outages").functionCounter().count()).isEqualTo(1.0);
        assertThat(registry.get("semantic_router.cache.circuit_open").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void metricsCountHitsMissesAndWrites() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MilvusSemanticCache c = MilvusSemanticCache.builder()
                .config(server(collectionName()).dimension(8).consistency(MilvusCacheConfig.Consistency.STRONG).build())
                .meterRegistry(registry).build();
        caches.add(c);
        c.store(new CacheEntry("p", "q", unit(8, 0), "a", "m", null));
        assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
        c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0);
        c.search(new CacheQuery("p", "q", unit(8, 1)), 1).get(0);
        assertThat(registry.get("semantic_router.cache.backend.lookups").tag("result", "hit").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.backend.lookups").tag("result", "miss").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.writes").tag("result", "written").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("semantic_router.cache.lookup.duration").timer().count()).isEqualTo(2);
    }

    @Test
    void aMissingCollectionIsAnErrorWhenAutoCreateIsOff() {
        MilvusSemanticCache c = cache(server(collectionName()).dimension(8).autoCreateCollection(false), null);
        assertThatThrownBy(c::initialize).isInstanceOf(IncompatibleCollectionException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("auto_create_collection");
    }

    private MilvusSemanticCache behind(FreezableProxy proxy, TestConfig settings) {
        MilvusSemanticCache c = MilvusSemanticCache.builder()
                .config(settings.uri(proxy.uri()).collection(collectionName()).dimension(8)
                        .consistency(MilvusCacheConfig.Consistency.STRONG).connectTimeout(Duration.ofSeconds(2)).build())
                .clock(clock).build();
        caches.add(c);
        c.initialize();
        return c;
    }

    private static FreezableProxy proxyToServer() throws Exception {
        java.net.URI target = java.net.URI.create(MilvusTestServer.uri());
        return new FreezableProxy(target.getHost(), target.getPort());
    }

    @Test
    void aServerThatStopsAnsweringOpensTheBreakerAndIsUsedAgainOnceItAnswers() throws Exception {
        try (FreezableProxy proxy = proxyToServer()) {
            MilvusSemanticCache c = behind(proxy, TestConfig.builder().writeMaxDelay(Duration.ofMillis(5))
                    .requestTimeout(Duration.ofSeconds(5))
                    .circuitBreaker(2, Duration.ofMillis(200), Duration.ofMillis(400)));
            c.store(new CacheEntry("p", "q", unit(8, 0), "a", "m", null));
            assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
            assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).isHit()).isTrue();

            proxy.freeze();
            // each call fails at its deadline (the maintenance thread's own calls may count too) until it opens
            for (int i = 0; i < 5 && !c.stats().circuitOpen(); i++) {
                assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0))
                        .isInstanceOf(CacheException.class);
            }
            assertThat(c.stats().circuitOpen()).isTrue();
            assertThat(c.stats().lookupErrors()).isBetween(1L, 2L);
            assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0))
                    .isInstanceOf(CacheException.class).hasMessageContaining("circuit open");
            assertThat(c.stats().outages()).isEqualTo(1);

            proxy.thaw();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (c.stats().circuitOpen() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(c.stats().circuitOpen()).isFalse();
            assertThat(c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0).entry().orElseThrow().response()).isEqualTo("a");
            assertThat(c.stats().outages()).isEqualTo(1);
        }
    }

    @Test
    void aFullWriteQueueDropsAndCountsInsteadOfBlockingAndEveryAcceptedEntryIsAccountedFor() throws Exception {
        try (FreezableProxy proxy = proxyToServer()) {
            MilvusSemanticCache c = behind(proxy, TestConfig.builder().writeQueueCapacity(4).writeBatchSize(1)
                    .writeMaxDelay(Duration.ZERO).requestTimeout(Duration.ofSeconds(5))
                    .circuitBreaker(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)));
            proxy.freeze();
            for (int i = 0; i < 50; i++) {
                c.store(new CacheEntry("p", "question " + i, unit(8, i % 8), "answer " + i, "m", null));
            }
            MilvusCacheStats during = c.stats();
            assertThat(during.droppedQueueFull()).isGreaterThanOrEqualTo(50 - 4 - 1);
            assertThat(during.storesAccepted() + during.droppedQueueFull()).isEqualTo(50);

            proxy.thaw();
            assertThat(c.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
            MilvusCacheStats after = c.stats();
            assertThat(after.rowsWritten() + after.writeFailures() + after.droppedUnavailable() + after.superseded()
                    + after.skippedOversize()).isEqualTo(after.storesAccepted());
            // a write that timed out while frozen may still land once its bytes get through: never half, never more
            assertThat(c.size()).isBetween(after.rowsWritten(), after.storesAccepted());
        }
    }

    @Test
    void secretsNeverReachTheLogEvenThroughAnOutage() throws Exception {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try (FreezableProxy proxy = proxyToServer()) {
            MilvusSemanticCache c = MilvusSemanticCache.builder()
                    .config(TestConfig.builder().uri(proxy.uri()).collection(collectionName()).dimension(8)
                            .username("router").password("pw-Zq81-secret").requestTimeout(Duration.ofMillis(300))
                            .circuitBreaker(1, Duration.ofMillis(100), Duration.ofMillis(200)).build())
                    .build();
            caches.add(c);
            c.initialize();
            proxy.freeze();
            assertThatThrownBy(() -> c.search(new CacheQuery("p", "q", unit(8, 0)), 1).get(0)).isInstanceOf(CacheException.class);
            proxy.thaw();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (c.stats().circuitOpen() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            c.store(new CacheEntry("p", "q", unit(8, 0), "a", "m", null));
            c.awaitPendingWrites(Duration.ofSeconds(10));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log).contains("is unavailable").contains("reachable again"); // the outage was logged...
        assertThat(log).doesNotContain("pw-Zq81-secret");                          // ...without the password
    }
}
