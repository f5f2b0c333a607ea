package io.semanticrouter.server.config;

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
import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A category's {@code semantic_cache} settings from the file, on the real in-memory cache and the real
 * all-MiniLM-L6-v2 embedder: entries expire on the cache's own clock, here a ticker the test moves. The cache and the
 * category settings are read by the same config methods {@link RouterFactory} calls; only the ticker is the test's.
 */
class CategoryCacheExpiryTest {

    private static final String YAML = """
            models:
              - name: small
                type: demo
            classifier:
              min_confidence: 0.3
            semantic_cache:
              ttl_seconds: 3600
            categories:
              - name: travel
                exemplars: ["Which documents do I need to board a flight?"]
                model_scores: {small: 1.0}
                semantic_cache: {ttl_seconds: 60}
              - name: cooking
                exemplars: ["How long do I boil an egg?"]
                model_scores: {small: 1.0}
              - name: markets
                exemplars: ["How did the stock market close?"]
                model_scores: {small: 1.0}
                semantic_cache: {enabled: false}
            """;

    private static final String TRAVEL = "Which documents do I need to board a flight to Canada?";
    private static final String COOKING = "How long should I boil an egg for a soft yolk?";
    private static final String MARKETS = "How did the bond market close?";

    private static OnnxEmbedder embedder;

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger modelCalls = new AtomicInteger();

    @BeforeAll
    static void loadModel() {
        embedder = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    @Test
    void aCategorysTtlExpiresItsAnswersWhileOtherCategoriesKeepTheDefaultAndADisabledOneNeverCaches()
            throws IOException {
        Files.writeString(dir.resolve("router.yaml"), YAML);
        RouterConfig config = RouterConfig.load(dir.resolve("router.yaml"), name -> null);
        try (InMemorySemanticCache cache = config.semanticCache().memory(Refusals.THROW)
                .dimension(embedder.dimension()).ticker(nanos::get).build()) {
            SemanticRouter router = router(config, cache);
            ask(router, TRAVEL);
            ask(router, COOKING);
            ask(router, MARKETS);
            assertThat(modelCalls).hasValue(3);
            assertThat(cache.size()).as("the markets answer is not stored").isEqualTo(2);

            advance(Duration.ofSeconds(59));
            assertThat(ask(router, TRAVEL).cacheHit()).as("travel before its 60 s").isTrue();
            assertThat(ask(router, COOKING).cacheHit()).isTrue();
            RoutedResponse markets = ask(router, MARKETS);
            assertThat(markets.cacheHit()).isFalse();
            assertThat(markets.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
            assertThat(modelCalls).hasValue(4);

            advance(Duration.ofSeconds(2)); // 61 s after the answers were stored
            RoutedResponse travel = ask(router, TRAVEL);
            assertThat(travel.cacheHit()).as("travel after its 60 s: " + travel.cache()).isFalse();
            assertThat(modelCalls).as("the travel question went to the model again").hasValue(5);
            RoutedResponse cooking = ask(router, COOKING);
            assertThat(cooking.cacheHit()).as("cooking keeps ttl_seconds 3600: " + cooking.cache()).isTrue();
            assertThat(modelCalls).hasValue(5);

            advance(Duration.ofSeconds(3600)); // the default TTL is over too
            assertThat(ask(router, COOKING).cacheHit()).isFalse();
            assertThat(modelCalls).hasValue(6);
            assertThat(cache.size()).as("markets never stored, even after the others expired")
                    .isEqualTo(2);
        }
    }

    /** The router with the file's category cache settings, on {@code cache}, one counting model and a fixed routing. */
    private SemanticRouter router(RouterConfig config, InMemorySemanticCache cache) {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(embedder).cache(cache)
                .model("small", counting()).selector(byQuestion(Map.of(TRAVEL, "travel", COOKING, "cooking",
                        MARKETS, "markets")));
        for (CategoryConfig c : config.categories()) {
            if (c.semanticCache() != null) {
                c.semanticCache().apply(c.name(), b, Refusals.THROW);
            }
        }
        return b.build();
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private static RoutedResponse ask(SemanticRouter router, String question) {
        return router.route(List.of(UserMessage.from(question)));
    }

    private ChatModel counting() {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                modelCalls.incrementAndGet();
                return ChatResponse.builder().aiMessage(AiMessage.from("answer " + modelCalls.get()))
                        .finishReason(FinishReason.STOP).build();
            }
        };
    }

    /** Routes each known question to its category (the classifier is not what this test is about). */
    private static ModelSelector byQuestion(Map<String, String> categories) {
        return new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                return new RouteDecision(categories.get(context.query()), 0.9, List.of("small"), "by question");
            }

            @Override
            public Set<String> modelNames() {
                return Set.of("small");
            }
        };
    }
}
