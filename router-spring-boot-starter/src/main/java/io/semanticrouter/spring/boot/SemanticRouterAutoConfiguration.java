package io.semanticrouter.spring.boot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.semanticrouter.Embedder;
import io.semanticrouter.MicrometerRouterStats;
import io.semanticrouter.RouterStats;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.spring.ai.RouterSpringAiChatModel;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Auto-configures a {@link SemanticRouter} from {@link SemanticRouterProperties} ({@code semantic-router.*}).
 *
 * <p>Beans, each left out when the application defines its own:
 * <ul>
 *   <li>{@link Embedder} ({@code semanticRouterEmbedder}): the ONNX model {@code semantic-router.embedder.model}
 *       names, all-MiniLM-L6-v2 by default, loaded on a background thread from the moment the bean definitions are
 *       known ({@code semanticRouterEmbedderPreload}; {@code embedder.background-load=false} turns that off);</li>
 *   <li>{@link SemanticCache} ({@code semanticRouterCache}): in memory, or Milvus when
 *       {@code semantic-cache.backend-type=milvus} and router-cache-milvus is on the class path; none when
 *       {@code semantic-cache.enabled=false};</li>
 *   <li>{@link SemanticRouter} ({@code semanticRouter}): the models are the beans {@code models[].bean} names;</li>
 *   <li>LangChain4j {@link ChatModel} ({@value #CHAT_MODEL}) and {@link StreamingChatModel}
 *       ({@value #STREAMING_CHAT_MODEL}): the router's faces, {@code @Primary} so that injecting "a ChatModel"
 *       gives the router while the routed models stay reachable by name;</li>
 *   <li>with router-spring-ai: a Spring AI {@code ChatModel} ({@value #SPRING_AI_CHAT_MODEL}), also primary;</li>
 *   <li>with Micrometer: {@link RouterStats} recording into the application's {@link MeterRegistry};</li>
 *   <li>with Actuator's health module: the health indicators {@code semanticRouterEmbedder} and, for a Milvus
 *       cache, {@code semanticRouterMilvusCache}.</li>
 * </ul>
 * The router needs at least one {@code semantic-router.models} entry; without one (and without a router bean of
 * the application's own) the starter configures nothing but the embedder and the cache. The faces wrap whichever
 * router bean there is, the auto-configured one or the application's. {@code semantic-router.enabled=false} turns it all off.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "semantic-router.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SemanticRouterProperties.class)
public class SemanticRouterAutoConfiguration {

    /** The bean name of the router's LangChain4j ChatModel face. */
    public static final String CHAT_MODEL = "semanticRouterChatModel";
    /** The bean name of the router's LangChain4j StreamingChatModel face. */
    public static final String STREAMING_CHAT_MODEL = "semanticRouterStreamingChatModel";
    /** The bean name of the router's Spring AI ChatModel face. */
    public static final String SPRING_AI_CHAT_MODEL = "semanticRouterSpringAiChatModel";

    /** Created by Spring Boot. */
    public SemanticRouterAutoConfiguration() {
    }

    /**
     * Starts loading the auto-configured embedder in the background once the bean definitions are known
     * ({@code semantic-router.embedder.background-load}, default true).
     *
     * @return the post-processor
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "semantic-router.embedder.background-load", matchIfMissing = true)
    static EmbedderPreload semanticRouterEmbedderPreload() {
        return new EmbedderPreload();
    }

    /**
     * Keeps the embedder, the cache and the router out of {@code spring.main.lazy-initialization}: they are created
     * at start-up even in a lazy application, so that a model that cannot be loaded or a configuration the builders
     * refuse fails the start-up, and the first request does not wait seconds for the model. Everything else of the
     * application may stay lazy.
     *
     * @return the filter
     */
    @Bean
    static LazyInitializationExcludeFilter semanticRouterEagerBeans() {
        return LazyInitializationExcludeFilter.forBeanTypes(Embedder.class, SemanticCache.class, SemanticRouter.class);
    }

    /**
     * The embedder {@code semantic-router.embedder.model} names (closed with the context): the one loaded in the
     * background when there is one, else loaded here. Either way a model that cannot be loaded fails the start-up.
     *
     * @param props   the properties
     * @param preload the background load, if any
     * @return the embedder
     */
    @Bean(EmbedderPreload.EMBEDDER_BEAN)
    @ConditionalOnMissingBean
    public Embedder semanticRouterEmbedder(SemanticRouterProperties props, ObjectProvider<EmbedderPreload> preload) {
        EmbedderPreload p = preload.getIfAvailable();
        Embedder loaded = p == null ? null : p.take(props.getEmbedder());
        return loaded != null ? loaded : new RouterAssembler(props).embedder();
    }

    /**
     * The in-memory cache (closed with the context).
     *
     * @param props    the properties
     * @param embedder the embedder, for the vector dimension
     * @return the cache
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "semantic-router.semantic-cache.enabled", matchIfMissing = true)
    @ConditionalOnProperty(name = "semantic-router.semantic-cache.backend-type", havingValue = "memory", matchIfMissing = true)
    public SemanticCache semanticRouterCache(SemanticRouterProperties props, Embedder embedder) {
        return new RouterAssembler(props).memoryCache(embedder);
    }

    /**
     * The router. Spring closes the embedder and the cache beans itself, so the router's own close (which closes
     * both) is not called.
     *
     * @param props    the properties
     * @param beans    where the models are looked up by name
     * @param embedder the embedder
     * @param cache    the cache, if any
     * @param stats    the metrics recorder, if any
     * @param environment where the keys under decisions and keyword-rules are checked
     * @return the router
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    @Conditional(ModelsConfigured.class)
    public SemanticRouter semanticRouter(SemanticRouterProperties props, BeanFactory beans, Embedder embedder,
                                         ObjectProvider<SemanticCache> cache, ObjectProvider<RouterStats> stats,
                                         Environment environment) {
        RuleKeys.check(environment);
        RouterAssembler assembler = new RouterAssembler(props);
        SemanticRouter router = assembler.router(beans, embedder, cache.getIfUnique(), stats.getIfUnique());
        beans.getBean(OpenedResources.BEAN, OpenedResources.class).addAll(assembler.opened());
        return router;
    }

    /**
     * What building the router opened besides the beans (an ONNX category model), closed with the context.
     *
     * @return the holder
     */
    @Bean(OpenedResources.BEAN)
    @Conditional(ModelsConfigured.class)
    static OpenedResources semanticRouterOpenedResources() {
        return new OpenedResources();
    }

    /**
     * The router as a LangChain4j ChatModel in the tenant scope {@code semantic-router.tenant}.
     *
     * @param router the router
     * @param props  the properties
     * @return the face
     */
    @Bean(CHAT_MODEL)
    @Primary
    @ConditionalOnMissingBean(name = CHAT_MODEL)
    @ConditionalOnBean(SemanticRouter.class)
    public ChatModel semanticRouterChatModel(SemanticRouter router, SemanticRouterProperties props) {
        return router.asChatModel(props.getTenant());
    }

    /**
     * The router as a LangChain4j StreamingChatModel in the tenant scope {@code semantic-router.tenant}.
     *
     * @param router the router
     * @param props  the properties
     * @return the face
     */
    @Bean(STREAMING_CHAT_MODEL)
    @Primary
    @ConditionalOnMissingBean(name = STREAMING_CHAT_MODEL)
    @ConditionalOnBean(SemanticRouter.class)
    public StreamingChatModel semanticRouterStreamingChatModel(SemanticRouter router, SemanticRouterProperties props) {
        return router.asStreamingChatModel(props.getTenant());
    }

    /** Micrometer: the router's meters go to the application's registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        RouterStats semanticRouterStats(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry r = registry.getIfUnique();
            return r == null ? RouterStats.disabled() : new MicrometerRouterStats(r);
        }
    }

    /** The Milvus cache, when it is asked for and router-cache-milvus is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MilvusSemanticCache.class)
    @ConditionalOnBooleanProperty(name = "semantic-router.semantic-cache.enabled", matchIfMissing = true)
    @ConditionalOnProperty(name = "semantic-router.semantic-cache.backend-type", havingValue = "milvus")
    static class Milvus {

        @Bean
        @ConditionalOnMissingBean
        SemanticCache semanticRouterCache(SemanticRouterProperties props, Embedder embedder,
                                          ObjectProvider<MeterRegistry> registry) {
            SemanticRouterProperties.SemanticCache c = props.getSemanticCache();
            if (c.getBackendConfigPath() == null) {
                throw new SemanticRouterConfigurationException(RouterAssembler.PREFIX
                        + "semantic-cache.backend-config-path", "is required with backend-type milvus", null);
            }
            MilvusCacheConfig config;
            try {
                config = MilvusCacheConfig.fromYaml(Path.of(c.getBackendConfigPath()));
            } catch (RuntimeException e) {
                throw RouterAssembler.refused("semantic-cache.backend-config-path", e);
            }
            int dimension = config.collection().dimension();
            if (dimension != 0 && dimension != embedder.dimension()) {
                throw new SemanticRouterConfigurationException(RouterAssembler.PREFIX + "semantic-cache.backend-config-path",
                        "the Milvus file sets dimension " + dimension + " but the embedder makes " + embedder.dimension(), null);
            }
            MilvusSemanticCache.Builder b = MilvusSemanticCache.builder().config(config);
            RouterAssembler.set("semantic-cache.similarity-threshold", c.getSimilarityThreshold(), b::similarityThreshold);
            RouterAssembler.set("semantic-cache.ttl-seconds", c.getTtlSeconds(), s -> b.ttl(Duration.ofSeconds(s)));
            MeterRegistry r = registry.getIfUnique();
            if (r != null) {
                b.meterRegistry(r);
            }
            return b.build();
        }
    }

    /** Milvus asked for without router-cache-milvus: a start-up failure that says which dependency to add. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.semanticrouter.cache.milvus.MilvusSemanticCache")
    @ConditionalOnBooleanProperty(name = "semantic-router.semantic-cache.enabled", matchIfMissing = true)
    @ConditionalOnProperty(name = "semantic-router.semantic-cache.backend-type", havingValue = "milvus")
    static class MilvusMissing {

        @Bean
        SemanticCache semanticRouterCache() {
            throw new SemanticRouterConfigurationException(RouterAssembler.PREFIX + "semantic-cache.backend-type",
                    "is milvus, but router-cache-milvus is not on the class path; add the dependency"
                            + " io.semanticrouter:router-cache-milvus", null);
        }
    }

    /** The Spring AI face, when router-spring-ai is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({RouterSpringAiChatModel.class, org.springframework.ai.chat.model.ChatModel.class})
    static class SpringAi {

        @Bean(SPRING_AI_CHAT_MODEL)
        @Primary
        @ConditionalOnMissingBean(name = SPRING_AI_CHAT_MODEL)
        @Conditional(RouterAvailable.class)
        RouterSpringAiChatModel semanticRouterSpringAiChatModel(SemanticRouter router, SemanticRouterProperties props) {
            return new RouterSpringAiChatModel(router, props.getTenant());
        }
    }

    /** Actuator health of the embedder. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "semanticRouterEmbedderHealthIndicator")
        EmbedderHealthIndicator semanticRouterEmbedderHealthIndicator(Embedder embedder) {
            return new EmbedderHealthIndicator(embedder);
        }
    }

    /** Actuator health of a Milvus cache. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HealthIndicator.class, MilvusSemanticCache.class})
    @ConditionalOnProperty(name = "semantic-router.semantic-cache.backend-type", havingValue = "milvus")
    static class MilvusHealth {

        @Bean
        @ConditionalOnMissingBean(name = "semanticRouterMilvusCacheHealthIndicator")
        MilvusCacheHealthIndicator semanticRouterMilvusCacheHealthIndicator(ObjectProvider<SemanticCache> cache) {
            return new MilvusCacheHealthIndicator(cache);
        }
    }
}
