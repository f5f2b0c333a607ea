package io.semanticrouter.spring.boot;

import io.semanticrouter.Embedder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts building the auto-configured embedder (ONNX session and tokenizer, about 2 s of CPU for MiniLM, most of it
 * native) on a background thread as soon as the bean definitions are known, so that it overlaps with the rest of
 * the start-up: the other post-processors, the web server, the application's own beans. The embedder bean then
 * waits for it. A model that cannot be loaded still fails the start-up, from the embedder bean, with the same
 * {@link SemanticRouterConfigurationException} as without the preload.
 *
 * <p>It does nothing when the application defines its own {@link Embedder} (the auto-configured bean definition is
 * then absent) or when the {@code semantic-router.embedder} properties cannot be bound here (the embedder bean
 * reports that). An embedder that was loaded but never handed to the bean (a start-up that failed elsewhere) is
 * closed when the context is.
 */
final class EmbedderPreload implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    /** The auto-configuration's embedder bean. */
    static final String EMBEDDER_BEAN = "semanticRouterEmbedder";

    private Environment environment;
    private SemanticRouterProperties.Embedder preloaded;
    private CompletableFuture<Embedder> loading;
    private boolean taken;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!isOurs(beanFactory) || environment == null) {
            return;
        }
        SemanticRouterProperties.Embedder settings;
        try {
            settings = Binder.get(environment).bindOrCreate(RouterAssembler.PREFIX + "embedder",
                    SemanticRouterProperties.Embedder.class);
        } catch (RuntimeException e) {
            return; // the properties bean reports it, with the key
        }
        SemanticRouterProperties props = new SemanticRouterProperties();
        props.setEmbedder(settings);
        CompletableFuture<Embedder> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(new RouterAssembler(props).embedder());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "semantic-router-embedder-load");
        t.setDaemon(true);
        synchronized (this) {
            this.preloaded = settings;
            this.loading = future;
        }
        t.start();
    }

    /** Whether the embedder bean is the auto-configuration's (not one of the application's with that name). */
    private static boolean isOurs(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(EMBEDDER_BEAN)) {
            return false;
        }
        BeanDefinition bd = beanFactory.getBeanDefinition(EMBEDDER_BEAN);
        return bd instanceof AnnotatedBeanDefinition abd && abd.getFactoryMethodMetadata() != null
                && SemanticRouterAutoConfiguration.class.getName().equals(abd.getFactoryMethodMetadata().getDeclaringClassName());
    }

    /**
     * The preloaded embedder when it was loaded with these settings (waiting for it), else null.
     *
     * @throws SemanticRouterConfigurationException (or another runtime exception) when the load failed
     */
    synchronized Embedder take(SemanticRouterProperties.Embedder settings) {
        if (loading == null || taken || !same(preloaded, settings)) {
            return null;
        }
        taken = true;
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Whether a load was started (for tests). */
    synchronized boolean started() {
        return loading != null;
    }

    private static boolean same(SemanticRouterProperties.Embedder a, SemanticRouterProperties.Embedder b) {
        return Objects.equals(a.getModel(), b.getModel()) && Objects.equals(a.getModelCacheDir(), b.getModelCacheDir());
    }

    @Override
    public synchronized void destroy() {
        if (loading != null && !taken) {
            taken = true;
            loading.thenAccept(Embedder::close);
        }
    }
}
