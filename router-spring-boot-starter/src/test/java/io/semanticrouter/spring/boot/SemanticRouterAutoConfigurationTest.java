package io.semanticrouter.spring.boot;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.Embedder;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.RouterStats;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.spring.ai.RouterSpringAiChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every condition of the auto-configuration, on contexts that share one real MiniLM embedder (supplied as the
 * application's own Embedder bean, except in the test of the auto-configured one).
 */
class SemanticRouterAutoConfigurationTest {

    private final ApplicationContextRunner base = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class));

    /** The application's beans: two stand-in models and the shared embedder. */
    private final ApplicationContextRunner runner = base
            .withBean("smallModel", ChatModel.class, () -> new StandInChatModel("small"))
            .withBean("strongModel", ChatModel.class, () -> new StandInChatModel("strong"))
            .withBean(Embedder.class, SharedMiniLm::get);

    private static final String[] TWO_MODELS = {
            "semantic-router.models[0].bean=smallModel", "semantic-router.models[1].bean=strongModel"};

    @Test
    void withoutModelsOnlyTheEmbedderAndCacheAreConfigured() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(SemanticCache.class).doesNotHaveBean(SemanticRouter.class)
                    .doesNotHaveBean(SemanticRouterAutoConfiguration.CHAT_MODEL)
                    .doesNotHaveBean(SemanticRouterAutoConfiguration.SPRING_AI_CHAT_MODEL);
        });
    }

    @Test
    void disabledConfiguresNothing() {
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.enabled=false").run(ctx ->
                assertThat(ctx).hasNotFailed().doesNotHaveBean(SemanticRouter.class).doesNotHaveBean(SemanticCache.class)
                        .doesNotHaveBean(SemanticRouterProperties.class));
    }

    @Test
    void routesToModelBeansByNameAndServesRepeatsFromTheCache() {
        runner.withPropertyValues(TWO_MODELS).withPropertyValues(
                "semantic-router.categories[0].name=coding",
                "semantic-router.categories[0].exemplars[0]=How do I reverse a list in Java?",
                "semantic-router.categories[0].exemplars[1]=Fix this NullPointerException in my code",
                "semantic-router.categories[0].model-scores.strongModel=1.0",
                "semantic-router.categories[1].name=small_talk",
                "semantic-router.categories[1].exemplars[0]=Hi, how are you today?",
                "semantic-router.categories[1].exemplars[1]=Tell me a joke").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            ChatModel face = ctx.getBean(ChatModel.class); // the primary one: the router
            assertThat(ctx.getBean(SemanticRouterAutoConfiguration.CHAT_MODEL)).isSameAs(face);
            ChatResponse a = face.chat(java.util.List.of(UserMessage.from("How do I sort a list in Java?")));
            assertThat(a.aiMessage().text()).startsWith("[strong]");
            assertThat(a.metadata().modelName()).isEqualTo("strongModel");
            ChatResponse b = face.chat(java.util.List.of(UserMessage.from("Hi, how are you?")));
            assertThat(b.aiMessage().text()).startsWith("[small]");

            RoutedResponse again = ctx.getBean(SemanticRouter.class)
                    .route(RouteRequest.of(java.util.List.of(UserMessage.from("How do I sort a list in Java?"))));
            assertThat(again.cacheHit()).isTrue();
            assertThat(((StandInChatModel) ctx.getBean("strongModel")).calls).hasValue(1);
            assertThat(ctx.getBean(StreamingChatModel.class)).isSameAs(ctx.getBean(SemanticRouterAutoConfiguration.STREAMING_CHAT_MODEL));
        });
    }

    @Test
    void theFirstModelIsTheDefaultAndTheDemoTypeNeedsNoBean() {
        base.withBean(Embedder.class, SharedMiniLm::get).withPropertyValues(
                "semantic-router.models[0].name=local", "semantic-router.models[0].type=demo",
                "semantic-router.tenant=team-a").run(ctx -> {
            SemanticRouter router = ctx.getBean(SemanticRouter.class);
            assertThat(router.defaultModel()).isEqualTo("local");
            assertThat(ctx.getBean(ChatModel.class).chat("Hello there")).contains("local");
        });
    }

    @Test
    void eachBeanBacksOffWhenTheApplicationHasItsOwn() {
        SemanticRouter own = SemanticRouter.builder().embedder(SharedMiniLm.get())
                .model("mine", new StandInChatModel("mine")).defaultModel("mine").build();
        InMemorySemanticCache ownCache = InMemorySemanticCache.builder().dimension(384).build();
        runner.withPropertyValues(TWO_MODELS)
                .withBean("semanticRouter", SemanticRouter.class, () -> own)
                .withBean("ownCache", SemanticCache.class, () -> ownCache)
                .withBean(SemanticRouterAutoConfiguration.CHAT_MODEL, ChatModel.class, () -> new StandInChatModel("own face"))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(SemanticRouter.class)).isSameAs(own);
                    assertThat(ctx.getBean(SemanticCache.class)).isSameAs(ownCache);
                    assertThat(ctx.getBean(SemanticRouterAutoConfiguration.CHAT_MODEL)).isInstanceOf(StandInChatModel.class);
                    assertThat(ctx.getBean(Embedder.class)).isInstanceOf(SharedMiniLm.class);
                });
        // the application's router without any semantic-router.models: the faces wrap it
        runner.withBean("semanticRouter", SemanticRouter.class, () -> own).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(ChatModel.class).chat("Hello")).startsWith("[mine]");
            assertThat(ctx.getBean(RouterSpringAiChatModel.class).call(new Prompt("Hello")).getMetadata().getModel())
                    .isEqualTo("mine");
        });
    }

    @Test
    void theCacheCanBeSwitchedOff() {
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.semantic-cache.enabled=false")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().doesNotHaveBean(SemanticCache.class);
                    SemanticRouter router = ctx.getBean(SemanticRouter.class);
                    router.chat(UserMessage.from("What is the capital of France?"));
                    assertThat(router.route(RouteRequest.of(java.util.List.of(UserMessage.from(
                            "What is the capital of France?")))).cacheHit()).isFalse();
                });
    }

    @Test
    void unknownKeysFailTheStartUpNamingTheKey() {
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.semantic-cache.simillarity-threshold=0.9")
                .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining(
                        "semantic-router.semantic-cache.simillarity-threshold"));
        runner.withPropertyValues("semantic-router.models[0].beann=smallModel")
                .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("semantic-router.models[0].beann"));
    }

    @Test
    void valuesTheBuildersRefuseFailTheStartUpNamingTheProperty() {
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.semantic-cache.similarity-threshold=1.7")
                .run(ctx -> assertThat(configFailure(ctx))
                        .hasMessageStartingWith("semantic-router.semantic-cache.similarity-threshold: must be")
                        .hasMessageContaining("1.7"));
        runner.withPropertyValues("semantic-router.models[0].bean=noSuchModel")
                .run(ctx -> assertThat(configFailure(ctx))
                        .hasMessage("semantic-router.models[0].bean: there is no bean named 'noSuchModel'"));
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.default-model=nope")
                .run(ctx -> assertThat(configFailure(ctx)).hasMessageStartingWith("semantic-router.default-model:"));
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.categories[0].name=coding",
                        "semantic-router.categories[0].exemplars[0]=Fix my Java code",
                        "semantic-router.categories[0].model-scores.gpt5=1.0")
                .run(ctx -> assertThat(configFailure(ctx))
                        .hasMessageStartingWith("semantic-router.categories[0].model-scores: 'gpt5' is not one of"));
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.guards.pii.enabled=true",
                        "semantic-router.guards.pii.allow.smallModl=EMAIL")
                .run(ctx -> assertThat(configFailure(ctx))
                        .hasMessageStartingWith("semantic-router.guards.pii.allow.smallModl: 'smallModl' is not one of"));
        runner.withPropertyValues(TWO_MODELS).withPropertyValues("semantic-router.guards.jailbreak.enabled=true",
                        "semantic-router.guards.jailbreak.encoder-gate=1.5")
                .run(ctx -> assertThat(configFailure(ctx))
                        .hasMessageStartingWith("semantic-router.guards.jailbreak.encoder-gate: ")
                        .hasMessageContaining("[0, 1)"));
    }

    @Test
    void theAutoConfiguredEmbedderIsTheRealMiniLm() {
        base.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Embedder e = ctx.getBean(Embedder.class);
            assertThat(e.modelId()).isEqualTo(SharedMiniLm.get().modelId());
            assertThat(e.embed("hello").cosine(SharedMiniLm.get().embed("hello"))).isGreaterThan(0.9999);
        });
        base.withPropertyValues("semantic-router.embedder.model=/no/such/dir")
                .run(ctx -> assertThat(configFailure(ctx)).hasMessageStartingWith("semantic-router.embedder.model: ")
                        .hasMessageContaining("/no/such/dir"));
    }

    @Test
    void metersGoToTheApplicationsRegistryWhenMicrometerIsThere() {
        runner.withPropertyValues(TWO_MODELS).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
            ctx.getBean(ChatModel.class).chat("What is the boiling point of water?");
            assertThat(ctx.getBean(MeterRegistry.class).find("semantic_router.cache.lookups").tag("outcome", "miss")
                    .counter().count()).isEqualTo(1.0);
        });
        runner.withPropertyValues(TWO_MODELS).withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(RouterStats.class);
            assertThat(ctx.getBean(ChatModel.class).chat("Hello")).contains("[small]");
        });
    }

    @Test
    void aLazyApplicationStillBuildsTheEmbedderTheCacheAndTheRouterAtStartUp() {
        java.util.concurrent.atomic.AtomicInteger lazyBeans = new java.util.concurrent.atomic.AtomicInteger();
        runner.withPropertyValues(TWO_MODELS)
                .withInitializer(c -> c.addBeanFactoryPostProcessor(
                        new org.springframework.boot.LazyInitializationBeanFactoryPostProcessor()))
                .withBean("unrelated", StringBuilder.class, () -> {
                    lazyBeans.incrementAndGet();
                    return new StringBuilder();
                })
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    var beans = ctx.getBeanFactory();
                    assertThat(lazyBeans).as("lazy initialisation is on").hasValue(0);
                    assertThat(beans.containsSingleton("semanticRouter")).isTrue();
                    assertThat(beans.containsSingleton("semanticRouterCache")).isTrue();
                    assertThat(beans.getBeanDefinition("semanticRouter").isLazyInit()).isFalse();
                    assertThat(beans.getBeanDefinition(SemanticRouterAutoConfiguration.CHAT_MODEL).isLazyInit())
                            .as("the faces may wait").isTrue();
                });
    }

    @Test
    void milvusNeedsItsModuleAndItsFile(@TempDir Path dir) throws IOException {
        String[] milvus = {"semantic-router.semantic-cache.backend-type=milvus"};
        runner.withPropertyValues(milvus).withClassLoader(new FilteredClassLoader(MilvusSemanticCache.class))
                .run(ctx -> assertThat(configFailure(ctx))
                        .hasMessageContaining("add the dependency io.semanticrouter:router-cache-milvus"));
        runner.withPropertyValues(milvus).run(ctx -> assertThat(configFailure(ctx))
                .hasMessage("semantic-router.semantic-cache.backend-config-path: is required with backend-type milvus"));

        // a server that is not there: the cache starts anyway (misses until Milvus answers); HealthIndicatorsTest
        // checks what its health indicator reports
        runner.withPropertyValues(milvus)
                .withPropertyValues("semantic-router.semantic-cache.backend-config-path=" + unreachableMilvus(dir))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(SemanticCache.class)).isInstanceOf(MilvusSemanticCache.class);
                });
    }

    /** A Milvus file naming a server that is not there (port 9), with a write queue of 1234. */
    static Path unreachableMilvus(Path dir) throws IOException {
        Path file = dir.resolve("milvus.yaml");
        Files.writeString(file, "connection:\n  uri: http://127.0.0.1:9\n  timeout: 1\n"
                + "collection:\n  name: spring_starter_test\n  vector_field:\n    dimension: 384\n"
                + "performance:\n  write_queue_capacity: 1234\n");
        return file;
    }

    @Test
    void theSpringAiFaceNeedsRouterSpringAi() {
        runner.withPropertyValues(TWO_MODELS).run(ctx -> {
            RouterSpringAiChatModel face = ctx.getBean(RouterSpringAiChatModel.class);
            assertThat(face.call(new Prompt("Hello")).getResult().getOutput().getText()).startsWith("[small]");
        });
        runner.withPropertyValues(TWO_MODELS).withClassLoader(new FilteredClassLoader(RouterSpringAiChatModel.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(SemanticRouterAutoConfiguration.SPRING_AI_CHAT_MODEL)
                        .hasSingleBean(SemanticRouter.class));
    }

    @Test
    void springAiModelBeansCanBeRoutedModels() {
        runner.withBean("springAiModel", org.springframework.ai.chat.model.ChatModel.class,
                        () -> prompt -> new org.springframework.ai.chat.model.ChatResponse(java.util.List.of(
                                new org.springframework.ai.chat.model.Generation(
                                        new org.springframework.ai.chat.messages.AssistantMessage("from Spring AI")))))
                .withPropertyValues("semantic-router.models[0].bean=springAiModel").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(ChatModel.class).chat("Hi")).isEqualTo("from Spring AI");
                });
    }

    @Test
    void theGatewayFilesSnakeCaseSpellingBindsToo() {
        runner.withPropertyValues("semantic-router.models[0].bean=smallModel",
                "semantic-router.default_model=smallModel",
                "semantic-router.semantic_cache.similarity_threshold=0.95",
                "semantic-router.semantic_cache.max_entries=7").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            InMemorySemanticCache cache = (InMemorySemanticCache) ctx.getBean(SemanticCache.class);
            assertThat(cache.similarityThreshold()).isEqualTo(0.95);
            assertThat(ctx.getBean(SemanticRouterProperties.class).getSemanticCache().getMaxEntries()).isEqualTo(7);
        });
    }

    @Test
    void configurationMetadataDescribesTheKeys() throws IOException {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated by spring-boot-configuration-processor").isNotNull();
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(json).contains("\"semantic-router.semantic-cache.similarity-threshold\"",
                    "\"semantic-router.models\"", "\"semantic-router.guards.pii.allow\"",
                    "The similarity (0, 1] a cached question needs to be served.",
                    "\"semantic-router.classifier.type\"", "\"semantic-router.classifier.onnx.path\"",
                    "\"semantic-router.classifier.weights\"", "\"semantic-router.conversation.reask-threshold\"",
                    "\"semantic-router.guards.jailbreak.encoder\"", "\"semantic-router.guards.jailbreak.encoder-gate\"");
        }
    }

    /** The starter's own exception among the causes of a failed start. */
    static SemanticRouterConfigurationException configFailure(
            org.springframework.boot.test.context.assertj.AssertableApplicationContext ctx) {
        assertThat(ctx).hasFailed();
        for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof SemanticRouterConfigurationException e) {
                return e;
            }
        }
        throw new AssertionError("no SemanticRouterConfigurationException in", ctx.getStartupFailure());
    }
}
