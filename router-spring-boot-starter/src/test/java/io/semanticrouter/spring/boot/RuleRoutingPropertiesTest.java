package io.semanticrouter.spring.boot;

import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.semanticrouter.Embedder;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * {@code keyword-rules}, {@code decisions}, {@code complexity} and {@code type: openai} models: each mapping routes
 * as the gateway's file would, and each bad value fails the start-up at its property.
 */
class RuleRoutingPropertiesTest {

    /** No models: for the tests of type openai. */
    private final ApplicationContextRunner bare = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
            .withBean(Embedder.class, SharedMiniLm::get);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
            .withBean("smallModel", ChatModel.class, () -> new StandInChatModel("small"))
            .withBean("strongModel", ChatModel.class, () -> new StandInChatModel("strong"))
            .withBean(Embedder.class, SharedMiniLm::get)
            .withPropertyValues("semantic-router.models[0].bean=smallModel", "semantic-router.models[1].bean=strongModel",
                    "semantic-router.semantic-cache.enabled=false");

    /** Two exemplar categories, a keyword signal and two decisions. */
    private static final String[] DECISIONS = {
            "semantic-router.categories[0].name=coding",
            "semantic-router.categories[0].exemplars[0]=How do I reverse a list in Java?",
            "semantic-router.categories[0].exemplars[1]=Fix this NullPointerException in my code",
            "semantic-router.categories[1].name=small_talk",
            "semantic-router.categories[1].exemplars[0]=Hi, how are you today?",
            "semantic-router.categories[1].exemplars[1]=Tell me a joke",
            "semantic-router.keyword-rules[0].name=urgent",
            "semantic-router.keyword-rules[0].any-of[0]=urgent",
            "semantic-router.decisions[0].name=urgent-coding",
            "semantic-router.decisions[0].priority=10",
            "semantic-router.decisions[0].when.all[0].category=coding",
            "semantic-router.decisions[0].when.all[1].keyword=urgent",
            "semantic-router.decisions[0].models[0]=strongModel",
            "semantic-router.decisions[1].name=everything-else",
            "semantic-router.decisions[1].when.always=true",
            "semantic-router.decisions[1].models[0]=smallModel"};

    private static String answer(AssertableApplicationContext ctx, String question) {
        assertThat(ctx).hasNotFailed();
        return ctx.getBean(SemanticRouterAutoConfiguration.CHAT_MODEL, ChatModel.class).chat(question);
    }

    @Test
    void keywordRulesWithoutDecisionsRouteMatchingQuestions() {
        runner.withPropertyValues("semantic-router.keyword-rules[0].name=billing",
                "semantic-router.keyword-rules[0].any-of[0]=invoice", "semantic-router.keyword-rules[0].any-of[1]=refund",
                "semantic-router.keyword-rules[0].none-of[0]=joke",
                "semantic-router.keyword-rules[0].models[0]=strongModel").run(ctx -> {
            assertThat(answer(ctx, "Where is my invoice for March?")).startsWith("[strong]");
            assertThat(answer(ctx, "Tell me a joke about an invoice")).startsWith("[small]");
            assertThat(answer(ctx, "What is the capital of Peru?")).startsWith("[small]");
        });
    }

    @Test
    void decisionsRouteOnTheCategoryAndKeywordSignals() {
        runner.withPropertyValues(DECISIONS).run(ctx -> {
            RoutedResponse r = ctx.getBean(SemanticRouter.class).route(RouteRequest.of(
                    List.of(UserMessage.from("urgent: how do I reverse an array in Java?"))));
            assertThat(r.model()).isEqualTo("strongModel");
            assertThat(r.decision().reason()).contains("urgent-coding");
            assertThat(answer(ctx, "How do I reverse an array in Java?")).startsWith("[small]");
            assertThat(answer(ctx, "urgent: tell me a joke")).startsWith("[small]");
        });
    }

    @Test
    void aReaskDecisionSendsTheRepeatedQuestionToTheStrongModel() {
        runner.withPropertyValues("semantic-router.decisions[0].name=asked-again",
                "semantic-router.decisions[0].when.reask=true", "semantic-router.decisions[0].models[0]=strongModel",
                "semantic-router.decisions[1].name=first-time", "semantic-router.decisions[1].when.reask=false",
                "semantic-router.decisions[1].models[0]=smallModel").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            SemanticRouter router = ctx.getBean(SemanticRouter.class);
            RoutedResponse again = router.route(RouteRequest.of(List.of(
                    UserMessage.from("How do I reverse a list in Java?"),
                    dev.langchain4j.data.message.AiMessage.from("Lists are ordered."),
                    UserMessage.from("how do I reverse a list in java"))));
            assertThat(again.model()).isEqualTo("strongModel");
            assertThat(again.conversation().reask()).isTrue();
            assertThat(answer(ctx, "How do I reverse a list in Java?")).startsWith("[small]");
        });
    }

    @Test
    void complexityDecisionsUseTheConfiguredExamples() {
        runner.withPropertyValues("semantic-router.complexity.threshold=0.5",
                "semantic-router.complexity.easy[0]=What is 2 + 2?",
                "semantic-router.complexity.easy[1]=Say hello",
                "semantic-router.complexity.hard[0]=Prove that every bounded monotone sequence of real numbers converges",
                "semantic-router.complexity.hard[1]=Derive the time complexity of the Fibonacci heap's decrease-key",
                "semantic-router.decisions[0].name=hard", "semantic-router.decisions[0].when.complexity=hard",
                "semantic-router.decisions[0].models[0]=strongModel",
                "semantic-router.decisions[1].name=easy", "semantic-router.decisions[1].when.not.complexity=hard",
                "semantic-router.decisions[1].models[0]=smallModel").run(ctx -> {
            assertThat(answer(ctx, "Prove that every bounded monotone sequence of real numbers converges"))
                    .startsWith("[strong]");
            assertThat(answer(ctx, "Say hello")).startsWith("[small]");
        });
    }

    @Test
    void anOpenAiModelTalksToItsServerWithTheKeyAndTheServersModelName() throws IOException {
        AtomicReference<String> auth = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            auth.set(ex.getRequestHeaders().getFirst("Authorization"));
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = ("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"llama-test\",\"choices\":"
                    + "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hello from the stub\"},"
                    + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,"
                    + "\"total_tokens\":7}}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
                    .withBean(Embedder.class, SharedMiniLm::get)
                    .withPropertyValues("semantic-router.models[0].name=local", "semantic-router.models[0].type=openai",
                            "semantic-router.models[0].base-url=" + base, "semantic-router.models[0].api-key=sk-test-4242",
                            "semantic-router.models[0].model=llama-test", "semantic-router.models[0].max-retries=0",
                            "semantic-router.models[0].temperature=0.2", "semantic-router.semantic-cache.enabled=false")
                    .run(ctx -> {
                        assertThat(answer(ctx, "Hello?")).isEqualTo("hello from the stub");
                        assertThat(auth.get()).isEqualTo("Bearer sk-test-4242");
                                assertThat(body.get().replace(" ", "")).contains("\"model\":\"llama-test\"")
                                .contains("\"temperature\":0.2");
                        assertThat(ctx.getBean(SemanticRouterProperties.class).getModels().get(0).toString())
                                .doesNotContain("sk-test-4242").contains("apiKey=(set)");
                    });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badKeywordRulesFailAtTheirProperty() {
        fails("semantic-router.keyword-rules[0]: ", "has no allOf, anyOf or regex term",
                "semantic-router.keyword-rules[0].name=x", "semantic-router.keyword-rules[0].none-of[0]=joke",
                "semantic-router.keyword-rules[0].models[0]=smallModel");
        fails("semantic-router.keyword-rules[0].regex[0]: ", "bad regular expression",
                "semantic-router.keyword-rules[0].name=x", "semantic-router.keyword-rules[0].regex[0]=(unclosed",
                "semantic-router.keyword-rules[0].models[0]=smallModel");
        fails("semantic-router.keyword-rules[0].models[0]: ", "'gpt5' is not one of the configured models",
                "semantic-router.keyword-rules[0].name=x", "semantic-router.keyword-rules[0].any-of[0]=a",
                "semantic-router.keyword-rules[0].models[0]=gpt5");
        fails("semantic-router.keyword-rules[0].models: ", "is required: where questions that match go",
                "semantic-router.keyword-rules[0].name=x", "semantic-router.keyword-rules[0].any-of[0]=a");
        fails("semantic-router.keyword-rules[0].name: ", "must not be blank",
                "semantic-router.keyword-rules[0].any-of[0]=a", "semantic-router.keyword-rules[0].models[0]=smallModel");
        fails("semantic-router.keyword-rules[1].name: ", "duplicate keyword rule name 'x'",
                "semantic-router.keyword-rules[0].name=x", "semantic-router.keyword-rules[0].any-of[0]=a",
                "semantic-router.keyword-rules[0].models[0]=smallModel", "semantic-router.keyword-rules[1].name=x",
                "semantic-router.keyword-rules[1].any-of[0]=b", "semantic-router.keyword-rules[1].models[0]=smallModel");
        fails("semantic-router.keyword-rules[0].models: ", "must be left out when decisions are configured",
                with(DECISIONS, "semantic-router.keyword-rules[0].models[0]=smallModel"));
    }

    @Test
    void badDecisionsFailAtTheirProperty() {
        fails("semantic-router.decisions[0].when: ", "is required",
                "semantic-router.decisions[0].name=d", "semantic-router.decisions[0].models[0]=smallModel");
        fails("semantic-router.decisions[0].when: ", "has more than one form (category, keyword, all)",
                with(DECISIONS, "semantic-router.decisions[0].when.category=coding", "semantic-router.decisions[0].when.keyword=urgent"));
        fails("semantic-router.decisions[1].when.any[1].min-confidence: ", "only goes with category",
                with(DECISIONS, "semantic-router.decisions[1].when.always=", "semantic-router.decisions[1].when.any[0].keyword=urgent",
                        "semantic-router.decisions[1].when.any[1].keyword=urgent",
                        "semantic-router.decisions[1].when.any[1].min-confidence=0.4"));
        fails("semantic-router.decisions[1].when.always: ", "must be true",
                with(DECISIONS, "semantic-router.decisions[1].when.always=false"));
        fails("semantic-router.decisions[1].when.complexity: ", "must be hard or easy, was 'medium'",
                with(DECISIONS, "semantic-router.decisions[1].when.always=", "semantic-router.decisions[1].when.complexity=medium"));
        fails("semantic-router.decisions: ", "tests keyword rule 'nope', which is not set",
                with(DECISIONS, "semantic-router.decisions[0].when.all[1].keyword=nope"));
        fails("semantic-router.decisions[0].when: ", "'billing' is not one of the classifier's categories",
                with(DECISIONS, "semantic-router.decisions[0].when.all[0].category=billing"));
        fails("semantic-router.decisions[0].when.all[0].min-confidence: ", "must be in [0, 1], was 1.5",
                with(DECISIONS, "semantic-router.decisions[0].when.all[0].min-confidence=1.5"));
        fails("semantic-router.decisions[0].models[0]: ", "'gpt5' is not one of the configured models",
                with(DECISIONS, "semantic-router.decisions[0].models[0]=gpt5"));
        fails("semantic-router.decisions[1].name: ", "is already defined",
                with(DECISIONS, "semantic-router.decisions[1].name=urgent-coding"));
        fails("semantic-router.categories[0].model-scores: ", "is not used when decisions are configured",
                with(DECISIONS, "semantic-router.categories[0].model-scores.strongModel=1.0"));
    }

    @Test
    void badComplexityValuesFailAtTheirProperty() {
        fails("semantic-router.complexity.threshold: ", "must be in [0.5, 1], was 0.3",
                "semantic-router.complexity.threshold=0.3");
        fails("semantic-router.complexity.hard: ", "examples need both labels",
                "semantic-router.complexity.easy[0]=What is 2 + 2?");
    }

    @Test
    void badOpenAiModelsFailAtTheirPropertyWithoutShowingTheKey() {
        String[] openai = {"semantic-router.models[0].name=remote", "semantic-router.models[0].type=openai",
                "semantic-router.models[0].api-key=sk-secret-777"};
        fails(bare, "semantic-router.models[0].base-url: ", "is required for type openai", openai);
        fails(bare, "semantic-router.models[0].base-url: ", "must start with http:// or https://",
                with(openai, "semantic-router.models[0].base-url=ftp://example.com/v1"));
        fails(bare, "semantic-router.models[0].timeout-seconds: ", "must be at least 1, was 0",
                with(openai, "semantic-router.models[0].base-url=http://127.0.0.1:9/v1", "semantic-router.models[0].timeout-seconds=0"));
        fails(bare, "semantic-router.models[0].temperature: ", "must be in [0, 2], was 3.0",
                with(openai, "semantic-router.models[0].base-url=http://127.0.0.1:9/v1", "semantic-router.models[0].temperature=3"));
        fails(bare, "semantic-router.models[0]: ", "give either bean",
                with(openai, "semantic-router.models[0].base-url=http://127.0.0.1:9/v1", "semantic-router.models[0].bean=x"));
        fails("semantic-router.models[0].base-url: ", "only applies to type openai",
                "semantic-router.models[0].base-url=http://127.0.0.1:9/v1");
        fails("semantic-router.models[0].type: ", "must be demo or openai", "semantic-router.models[0].type=ollama");
        bare.withPropertyValues(with(openai, "semantic-router.models[0].base-url=http://127.0.0.1:9/v1"))
                .withClassLoader(new FilteredClassLoader(OpenAiChatModel.class))
                .run(ctx -> assertThat(failure(ctx)).hasMessageStartingWith("semantic-router.models[0].type: ")
                        .hasMessageContaining("dev.langchain4j:langchain4j-open-ai"));
    }

    @Test
    void unknownKeysUnderTheNewSectionsFailNamingTheKey() {
        for (String key : List.of("semantic-router.decisions[1].whenn.always=true",
                "semantic-router.decisions[0].when.all[0].categry=coding",
                "semantic-router.decisions[1].when.not.categry=coding",
                "semantic-router.decisions[1].when.not.not.category=coding",
                "semantic-router.keyword-rules[0].modles[0]=smallModel",
                "semantic-router.keyword-rules[0].any-off[0]=x", "semantic-router.complexity.treshold=0.7",
                "semantic-router.models[0].api-keyy=x")) {
            String name = key.substring(0, key.indexOf('='));
            runner.withPropertyValues(with(DECISIONS, key))
                    .run(ctx -> assertThat(ctx).as(key).getFailure().rootCause().hasMessageContaining(name));
        }
    }

    @Test
    void aNegationBindsAndRoutes() {
        runner.withPropertyValues(with(DECISIONS, "semantic-router.decisions[2].name=anything-but-small-talk",
                "semantic-router.decisions[2].priority=20", "semantic-router.decisions[2].when.not.category=small_talk",
                "semantic-router.decisions[2].models[0]=strongModel")).run(ctx -> {
            assertThat(answer(ctx, "How do I reverse an array in Java?")).startsWith("[strong]");
            assertThat(answer(ctx, "Hi, how are you today?")).startsWith("[small]");
        });
    }

    /** Two categories with the cache on, its own threshold 0.95: coding keeps away from the cache. */
    private final ApplicationContextRunner cached = runner.withPropertyValues(
            "semantic-router.semantic-cache.enabled=true", "semantic-router.semantic-cache.similarity-threshold=0.95",
            "semantic-router.categories[0].name=coding",
            "semantic-router.categories[0].exemplars[0]=How do I reverse a list in Java?",
            "semantic-router.categories[0].model-scores.smallModel=1.0",
            "semantic-router.categories[0].semantic-cache.enabled=false",
            "semantic-router.categories[1].name=small_talk",
            "semantic-router.categories[1].exemplars[0]=Hi, how are you today?",
            "semantic-router.categories[1].model-scores.smallModel=1.0");

    /** A small-talk paraphrase pair that all-MiniLM-L6-v2 puts at about 0.885: between 0.8 and the cache's 0.95. */
    private static final String COLOUR = "What is your favourite colour?";
    private static final String COLOUR_AGAIN = "Which colour do you like best?";

    private static RoutedResponse ask(SemanticRouter router, String question) {
        return router.route(RouteRequest.of(List.of(UserMessage.from(question))));
    }

    @Test
    void aCategorysThresholdServesAParaphraseTheCachesOwnThresholdRefuses() {
        double similarity = SharedMiniLm.get().embed(COLOUR).cosine(SharedMiniLm.get().embed(COLOUR_AGAIN));
        assertThat(similarity).as("the pair must fall between the two thresholds").isBetween(0.8, 0.95 - 1e-6);
        for (boolean own : new boolean[]{true, false}) {
            ApplicationContextRunner r = own
                    ? cached.withPropertyValues("semantic-router.categories[1].semantic-cache.similarity-threshold=0.8")
                    : cached;
            r.run(ctx -> {
                assertThat(ctx).hasNotFailed();
                SemanticRouter router = ctx.getBean(SemanticRouter.class);
                RoutedResponse code = ask(router, "How do I sort a map in Java?");
                assertThat(code.decision().category()).isEqualTo("coding");
                assertThat(code.cache().reason()).isEqualTo("caching is off for category 'coding'");
                assertThat(ask(router, COLOUR).cacheHit()).isFalse();
                RoutedResponse near = ask(router, COLOUR_AGAIN);
                assertThat(near.decision().category()).isEqualTo("small_talk");
                assertThat(near.cache().similarity()).isCloseTo(similarity, offset(1e-4));
                assertThat(near.cacheHit()).as("category threshold 0.8 set: " + own + ", " + near.cache())
                        .isEqualTo(own);
            });
        }
    }

    @Test
    void aCategorysTimeToLiveFromThePropertiesExpiresItsAnswersInTheCache() {
        for (String ttl : List.of("semantic-router.categories[1].semantic-cache.ttl=5m",
                "semantic-router.categories[1].semantic-cache.ttl-seconds=300",
                "semantic-router.categories[1].semantic_cache.ttl_seconds=300")) {
            AtomicLong nanos = new AtomicLong();
            cached.withPropertyValues("semantic-router.categories[0].semantic-cache.enabled=true", ttl)
                    // the real cache on the test's clock; as the application's own bean it replaces the starter's
                    .withBean(SemanticCache.class, () -> InMemorySemanticCache.builder()
                            .dimension(SharedMiniLm.get().dimension()).ttl(Duration.ofHours(1)).ticker(nanos::get)
                            .build())
                    .run(ctx -> {
                        assertThat(ctx).hasNotFailed();
                        SemanticRouter router = ctx.getBean(SemanticRouter.class);
                        ask(router, COLOUR);
                        ask(router, "How do I sort a map in Java?");
                        nanos.addAndGet(Duration.ofSeconds(299).toNanos());
                        assertThat(ask(router, COLOUR).cacheHit()).as(ttl + ", before 5 minutes").isTrue();
                        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
                        RoutedResponse talk = ask(router, COLOUR);
                        RoutedResponse code = ask(router, "How do I sort a map in Java?");
                        assertThat(talk.decision().category()).isEqualTo("small_talk");
                        assertThat(talk.cacheHit()).as(ttl + ", after 5 minutes: " + talk.cache()).isFalse();
                        assertThat(talk.cache().stored()).isTrue();
                        assertThat(code.decision().category()).isEqualTo("coding");
                        assertThat(code.cacheHit()).as("coding keeps the cache's hour: " + code.cache()).isTrue();
                    });
        }
    }

    @Test
    void badCategoryCacheSettingsFailAtTheirProperty() {
        fails(cached, "semantic-router.categories[1].semantic-cache.ttl: ", "must be positive",
                "semantic-router.categories[1].semantic-cache.ttl=0s");
        fails(cached, "semantic-router.categories[1].semantic-cache.ttl-seconds: ", "must be positive",
                "semantic-router.categories[1].semantic-cache.ttl-seconds=0");
        fails(cached, "semantic-router.categories[1].semantic-cache.ttl-seconds: ",
                "is set together with semantic-router.categories[1].semantic-cache.ttl;",
                "semantic-router.categories[1].semantic-cache.ttl=5m",
                "semantic-router.categories[1].semantic-cache.ttl-seconds=300");
        fails(cached, "semantic-router.categories[1].semantic-cache.similarity-threshold: ", "1.5",
                "semantic-router.categories[1].semantic-cache.similarity-threshold=1.5");
    }

    @Test
    void theShippedLearnedComplexityModelIsTheSignalDecisionsTestAndBadModelsFailAtTheProperty() {
        String[] learned = with(DECISIONS, "semantic-router.complexity.model=routellm-mmlu",
                "semantic-router.decisions[2].name=hard-questions", "semantic-router.decisions[2].priority=5",
                "semantic-router.decisions[2].when.complexity=hard", "semantic-router.decisions[2].models[0]=strongModel");
        runner.withPropertyValues(learned).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            RoutedResponse r = ctx.getBean(SemanticRouter.class).route(RouteRequest.of(List.of(UserMessage.from(
                    "How do I reverse a list in Java?"))));
            assertThat(r.decision().reason()).containsPattern("complexity (hard|easy)");
        });
        fails("semantic-router.complexity.model: ", "nowhere.json",
                with(DECISIONS, "semantic-router.complexity.model=target/nowhere.json"));
        fails("semantic-router.complexity.model: ", "own threshold",
                with(DECISIONS, "semantic-router.complexity.model=routellm-mmlu", "semantic-router.complexity.threshold=0.7"));
    }

    private void fails(String property, String message, String... properties) {
        fails(runner, property, message, properties);
    }

    private static void fails(ApplicationContextRunner on, String property, String message, String... properties) {
        on.withPropertyValues(properties).run(ctx -> {
            SemanticRouterConfigurationException e = failure(ctx);
            assertThat(e).hasMessageStartingWith(property).hasMessageContaining(message);
            for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain("sk-secret-777");
            }
        });
    }

    /** The base properties and more (shared with the other property tests). */
    static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static SemanticRouterConfigurationException failure(AssertableApplicationContext ctx) {
        assertThat(ctx).hasFailed();
        for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof SemanticRouterConfigurationException e) {
                return e;
            }
        }
        throw new AssertionError("no SemanticRouterConfigurationException in", ctx.getStartupFailure());
    }
}
