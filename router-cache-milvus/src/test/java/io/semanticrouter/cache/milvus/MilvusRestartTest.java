package io.semanticrouter.cache.milvus;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheException;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.Embedding;
import io.semanticrouter.testing.MilvusTestServer;
import org.junit.jupiter.api.Test;

import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.GetLoadStateReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.response.GetLoadStateResp;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed with no traffic and restarted on its old data (issue point 3): the restarted server keeps the
 * collection but reports it released, so searches fail while writes succeed. Runs on a killable server of the
 * suite's kind ({@code MILVUS_SERVER}: Milvus Lite or the engine).
 */
class MilvusRestartTest {

    private static final String PROBE = "restart_probe";
    /** Light traffic: one lookup and one store every this often, as one slow client would send. */
    private static final Duration PACE = Duration.ofMillis(500);
    /** What the cache must achieve: lookups served again within this long after the server can search. */
    private static final Duration RECOVERY_GOAL = Duration.ofSeconds(10);

    private static Embedding unit(int axis) {
        float[] v = new float[8];
        v[axis] = 1;
        return Embedding.of(v);
    }

    @Test
    void lookupsAreServedAgainSoonAfterAQuietRestartUnderLightTraffic() throws Exception {
        MilvusTestServer.KillableServer server = MilvusTestServer.startKillable();
        try (MilvusSemanticCache cache = MilvusSemanticCache.builder()
                .config(TestConfig.builder().uri(server.uri()).collection("restart_test").dimension(8)
                        .writeMaxDelay(Duration.ofMillis(5)).requestTimeout(Duration.ofSeconds(5)).build())
                .build()) {
            cache.initialize();
            cache.store(new CacheEntry("p", "before the restart", unit(0), "kept", "m", null));
            assertThat(cache.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
            assertThat(hitWithin(cache, unit(0), Duration.ofSeconds(30))).as("served before the restart").isTrue();
            if (server.kind() == MilvusTestServer.Kind.LITE) {
                Thread.sleep(1500); // Lite keeps rows on disk once the cache flushes it (after 1 s without writes)
            }

            createProbeCollection(server.uri());

            server.kill(); // quiet: nothing touches the cache while the server is away
            server.restart();
            long answered = waitUntilTheServerSearches(server.uri());

            // one client: a lookup and a store every PACE; the stores succeed at once, which used to keep the
            // breaker closed forever while every lookup failed
            long firstHit = -1;
            int round = 0;
            long deadline = answered + Duration.ofSeconds(120).toNanos();
            while (firstHit < 0 && System.nanoTime() < deadline) {
                try {
                    if (cache.search(new CacheQuery("p", "q", unit(0)), 1).get(0).isHit()) {
                        firstHit = System.nanoTime();
                        break;
                    }
                } catch (CacheException expectedForAWhile) {
                    // collection released, breaker open...: a miss for the router
                }
                try {
                    cache.store(new CacheEntry("p", "after the restart " + round++, unit(1 + round % 7), "new", "m", null));
                } catch (CacheException breakerOpen) {
                    // refused while the breaker is open
                }
                Thread.sleep(PACE.toMillis());
            }
            assertThat(firstHit).as("the entry stored before the restart is served again").isPositive();
            Duration took = Duration.ofNanos(firstHit - answered);
            System.out.printf("Milvus %s: lookups served again %d ms after the restarted server could search%n",
                    server.kind(), took.toMillis());
            assertThat(took).as("recovery after the %s server could search again", server.kind())
                    .isLessThanOrEqualTo(RECOVERY_GOAL);
        } finally {
            server.destroy();
        }
    }

    private static boolean hitWithin(MilvusSemanticCache cache, Embedding e, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (cache.search(new CacheQuery("p", "q", e), 1).get(0).isHit()) {
                    return true;
                }
            } catch (CacheException notYet) {
                // not open yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A collection of the test's own, with one row, to tell when the restarted server can search again. */
    private static void createProbeCollection(String uri) {
        MilvusClientV2 raw = rawClient(uri);
        try {
            raw.createCollection(CreateCollectionReq.builder().collectionName(PROBE).dimension(4).build()); // indexed, loaded
            com.google.gson.JsonObject row = new com.google.gson.JsonObject();
            row.addProperty("id", 1L);
            com.google.gson.JsonArray v = new com.google.gson.JsonArray();
            for (int i = 0; i < 4; i++) {
                v.add(i == 0 ? 1f : 0f);
            }
            row.add("vector", v);
            raw.insert(InsertReq.builder().collectionName(PROBE).data(List.of(row)).build());
            raw.flush(FlushReq.builder().collectionNames(List.of(PROBE)).build());
        } finally {
            raw.close();
        }
    }

    /**
     * The moment the restarted server answers a search again: a fresh client searches the probe collection,
     * loading it when the server reports it released (Milvus Lite), and waiting while the server reloads it by
     * itself (the engine, once the killed process's session lease has expired).
     */
    private static long waitUntilTheServerSearches(String uri) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                MilvusClientV2 raw = rawClient(uri);
                try {
                    GetLoadStateResp state = raw.getLoadStateV2(GetLoadStateReq.builder().collectionName(PROBE).build());
                    if (state.getState() == io.milvus.grpc.LoadState.LoadStateNotLoad) {
                        raw.loadCollection(LoadCollectionReq.builder().collectionName(PROBE).sync(false).build());
                    }
                    raw.search(SearchReq.builder().collectionName(PROBE).data(List.of(new FloatVec(new float[]{1, 0, 0, 0})))
                            .topK(1).build());
                    return System.nanoTime();
                } finally {
                    raw.close();
                }
            } catch (RuntimeException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the restarted server at " + uri + " did not search within 180 s");
    }

    private static MilvusClientV2 rawClient(String uri) {
        return new MilvusClientV2(ConnectConfig.builder().uri(uri).connectTimeoutMs(2000).rpcDeadlineMs(5000).build());
    }
}
