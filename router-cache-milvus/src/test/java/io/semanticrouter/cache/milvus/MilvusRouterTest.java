package io.semanticrouter.cache.milvus;

import io.semanticrouter.testing.MilvusTestServer;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.ModelSelector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.tck.ManualClock;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Routers on real MiniLM embeddings sharing a real Milvus server. */
class MilvusRouterTest {

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    /** A chat model that answers with its name and counts its calls. */
    static final class CountingModel implements ChatModel {
        final String name;
        final AtomicInteger calls = new AtomicInteger();

        CountingModel(String name) {
            this.name = name;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.incrementAndGet();
            String q = ((UserMessage) request.messages().get(request.messages().size() - 1)).singleText();
            return ChatResponse.builder().aiMessage(AiMessage.from(name + " answers: " + q))
                    .finishReason(FinishReason.STOP).build();
        }
    }

    /**
     * A cache on the shared test server: generous timeouts and the default breaker, so a slow moment on a busy
     * CI machine (Milvus Lite building its index on the first search after an insert) is not an outage.
     */
    private static MilvusSemanticCache cache(String uri, String collection) {
        return cache(TestConfig.builder().uri(uri).collection(collection)
                .requestTimeout(Duration.ofSeconds(15)).connectTimeout(Duration.ofSeconds(15)));
    }

    /** A cache whose breaker opens on the first failure and probes quickly: for the outage test. */
    private static MilvusSemanticCache twitchyCache(String uri, String collection) {
        return cache(TestConfig.builder().uri(uri).collection(collection)
                .requestTimeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(5))
                .circuitBreaker(1, Duration.ofMillis(200), Duration.ofSeconds(1)));
    }

    private static MilvusSemanticCache cache(TestConfig config) {
        return MilvusSemanticCache.builder()
                .config(config.dimension(embedder.dimension()).writeMaxDelay(Duration.ofMillis(5)).build())
                .similarityThreshold(0.8)
                .build();
    }

    /** A router on the shared embedder. Tests close its cache, not the router, which would close the embedder. */
    private static SemanticRouter router(MilvusSemanticCache cache, ChatModel model) {
        return SemanticRouter.builder().embedder(embedder).cache(cache).model("small", model).build();
    }

    @Test
    void aSecondRouterInstanceIsServedWhatTheFirstOneStored() {
        String uri = MilvusTestServer.uri();
        String collection = "shared_" + UUID.randomUUID().toString().replace("-", "");
        CountingModel modelA = new CountingModel("instance A");
        CountingModel modelB = new CountingModel("instance B");
        MilvusSemanticCache cacheA = cache(uri, collection);
        MilvusSemanticCache cacheB = cache(uri, collection);
        SemanticRouter a = router(cacheA, modelA);
        SemanticRouter b = router(cacheB, modelB);
        try (cacheA; cacheB) {
            cacheA.initialize();
            cacheB.initialize();
            RoutedResponse first = a.route(List.of(UserMessage.from("How do I reverse a list in Python?")));
            assertThat(first.cache().status()).as(first.cache().reason()).isEqualTo(CacheOutcome.Status.MISS);
            assertThat(first.cache().stored()).isTrue();
            assertThat(cacheA.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();

            RoutedResponse second = b.route(List.of(UserMessage.from("What's the way to reverse a list in Python?")));
            assertThat(second.cache().status()).as(second.cache().reason()).isEqualTo(CacheOutcome.Status.HIT);
            assertThat(second.response().aiMessage().text()).isEqualTo("instance A answers: How do I reverse a list in Python?");
            assertThat(modelB.calls).hasValue(0);

            RoutedResponse other = b.route(List.of(UserMessage.from("Which wine goes with grilled salmon?")));
            assertThat(other.cache().status()).as(other.cache().reason()).isEqualTo(CacheOutcome.Status.MISS);
            assertThat(modelB.calls).hasValue(1);

            // another tenant never sees instance A's answer
            RoutedResponse otherTenant = b.route(io.semanticrouter.RouteRequest.builder()
                    .messages(UserMessage.from("How do I reverse a list in Python?")).tenant("tenant-b").build());
            assertThat(otherTenant.cache().isHit()).isFalse();
            assertThat(modelA.calls).hasValue(1);
        } finally {
            cacheA.dropCollection(); // runs before the resources close
        }
    }

    @Test
    void aCategorysTimeToLiveIsWrittenPerEntryAndACategoryWithoutCachingNeitherReadsNorStores() {
        ManualClock clock = new ManualClock();
        CountingModel model = new CountingModel("model");
        MilvusSemanticCache cache = MilvusSemanticCache.builder()
                .config(TestConfig.builder().uri(MilvusTestServer.uri())
                        .collection("categories_" + UUID.randomUUID().toString().replace("-", ""))
                        .requestTimeout(Duration.ofSeconds(15)).connectTimeout(Duration.ofSeconds(15))
                        .dimension(embedder.dimension()).writeMaxDelay(Duration.ofMillis(5)).build())
                .similarityThreshold(0.8).ttl(Duration.ofHours(1)).clock(clock).build();
        ModelSelector byTopic = new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                String category = context.query().toLowerCase(java.util.Locale.ROOT).contains("news") ? "news" : "cooking";
                return new RouteDecision(category, 0.9, List.of("small"), "by topic");
            }

            @Override
            public java.util.Set<String> modelNames() {
                return java.util.Set.of("small");
            }
        };
        SemanticRouter router = SemanticRouter.builder().embedder(embedder).cache(cache).model("small", model)
                .selector(byTopic).categoryTtl("cooking", Duration.ofMinutes(1)).categoryCaching("news", false).build();
        try (cache) {
            cache.initialize();
            RoutedResponse news = router.route(List.of(UserMessage.from("What is the top news story this morning?")));
            assertThat(news.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
            assertThat(news.cache().reason()).contains("caching is off for category 'news'");
            router.route(List.of(UserMessage.from("How long should I boil an egg?")));
            assertThat(cache.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
            assertThat(router.route(List.of(UserMessage.from("What is the top news story this morning?"))).cache().status())
                    .isEqualTo(CacheOutcome.Status.BYPASS);
            assertThat(router.route(List.of(UserMessage.from("How long do I boil an egg for?"))).cache().isHit()).isTrue();
            assertThat(model.calls).hasValue(3); // both news questions and the first egg question

            clock.advance(Duration.ofSeconds(61)); // past the category's minute, well inside the cache's hour
            RoutedResponse expired = router.route(List.of(UserMessage.from("How long do I boil an egg for?")));
            assertThat(expired.cache().isHit()).as(expired.cache().reason()).isFalse();
            assertThat(model.calls).hasValue(4);
        } finally {
            cache.dropCollection();
        }
    }

    @Test
    void chatKeepsAnsweringWhileMilvusIsKilledAndTheCacheWorksAgainAfterARestart() throws Exception {
        MilvusTestServer.KillableServer server = MilvusTestServer.startKillable(); // Lite or the engine, as the suite
        CountingModel model = new CountingModel("model");
        MilvusSemanticCache cache = twitchyCache(server.uri(), "outage_test");
        try (cache) {
            SemanticRouter router = router(cache, model);
            cache.initialize();
            router.route(List.of(UserMessage.from("How long should I boil an egg?")));
            assertThat(cache.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
            assertThat(router.route(List.of(UserMessage.from("How long do I boil an egg for?"))).cache().isHit()).isTrue();

            server.kill();
            Map<CacheOutcome.Status, Integer> during = new EnumMap<>(CacheOutcome.Status.class);
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                RoutedResponse r = router.route(List.of(UserMessage.from("Question number " + i + " about gardening?")));
                answers.add(r.response().aiMessage().text());
                during.merge(r.cache().status(), 1, Integer::sum);
            }
            assertThat(answers).hasSize(20).allSatisfy(a -> assertThat(a).startsWith("model answers: Question number"));
            assertThat(during).containsOnlyKeys(CacheOutcome.Status.ERROR);
            assertThat(cache.stats().circuitOpen()).isTrue();
            assertThat(cache.stats().outages()).isEqualTo(1);

            server.restart();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (cache.stats().circuitOpen() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(cache.stats().circuitOpen()).as("breaker closed by the background probe").isFalse();

            // the engine answers before it can search: a hard-killed engine serves searches again only once the
            // dead process's session lease has expired (about 30 s after the kill); until then lookups are errors
            RoutedResponse first;
            long searchable = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            do {
                first = router.route(List.of(UserMessage.from("What is the capital of Australia?")));
                if (first.cache().status() != CacheOutcome.Status.ERROR) {
                    break;
                }
                Thread.sleep(500);
            } while (System.nanoTime() < searchable);
            assertThat(first.cache().status()).as(first.cache().reason()).isIn(CacheOutcome.Status.MISS, CacheOutcome.Status.HIT);
            assertThat(cache.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
            int before = model.calls.get();
            RoutedResponse hit = router.route(List.of(UserMessage.from("Which city is the capital of Australia?")));
            assertThat(hit.cache().isHit()).as(hit.cache().reason()).isTrue();
            assertThat(hit.response().aiMessage().text()).isEqualTo("model answers: What is the capital of Australia?");
            assertThat(model.calls.get()).isEqualTo(before);
        } finally {
            server.destroy();
        }
    }
}
