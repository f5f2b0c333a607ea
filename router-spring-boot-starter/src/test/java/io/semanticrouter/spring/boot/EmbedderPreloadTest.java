package io.semanticrouter.spring.boot;

import io.semanticrouter.Embedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedder's background load and its model file cache, on the real MiniLM. */
class EmbedderPreloadTest {

    private final ApplicationContextRunner base = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class));

    @Test
    void theAutoConfiguredEmbedderIsLoadedInTheBackgroundAndExtractedToTheCacheDirectory(@TempDir Path dir)
            throws IOException {
        base.withPropertyValues("semantic-router.embedder.model-cache-dir=" + dir).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            EmbedderPreload preload = ctx.getBean(EmbedderPreload.class);
            assertThat(preload.started()).isTrue();
            Embedder e = ctx.getBean(Embedder.class);
            assertThat(e.embed("hello").cosine(SharedMiniLm.get().embed("hello"))).isGreaterThan(0.9999);
            assertThat(preload.take(ctx.getBean(SemanticRouterProperties.class).getEmbedder()))
                    .as("handed over once").isNull();
        });
        try (Stream<Path> files = Files.list(dir)) {
            // (beside it, ONNX Runtime's native libraries when this was the JVM's first ONNX Runtime use)
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("onnxruntime-")))
                    .singleElement().asString().matches("all-minilm-l6-v2-[0-9a-f]{8}-\\d+\\.onnx");
        }
    }

    @Test
    void aModelThatCannotLoadStillFailsTheStartUpWithTheProperty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("model.onnx"), "not an onnx model");
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        base.withPropertyValues("semantic-router.embedder.model=" + dir).run(ctx -> {
            assertThat(failure(ctx)).hasMessageStartingWith("semantic-router.embedder.model: ");
        });
        base.withPropertyValues("semantic-router.embedder.model=/no/such/dir").run(ctx ->
                assertThat(failure(ctx)).hasMessageStartingWith("semantic-router.embedder.model: ")
                        .hasMessageContaining("/no/such/dir"));
    }

    @Test
    void theApplicationsOwnEmbedderIsNotPreloaded() {
        base.withBean(Embedder.class, SharedMiniLm::get).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(EmbedderPreload.class).started()).isFalse();
            assertThat(ctx.getBean(Embedder.class)).isInstanceOf(SharedMiniLm.class);
        });
        base.withBean(EmbedderPreload.EMBEDDER_BEAN, Embedder.class, SharedMiniLm::get).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(EmbedderPreload.class).started()).as("a bean of that name, but not ours").isFalse();
        });
    }

    @Test
    void backgroundLoadOffLoadsTheEmbedderInItsBean() {
        base.withPropertyValues("semantic-router.embedder.background-load=false",
                "semantic-router.embedder.model-cache-dir=").run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(EmbedderPreload.class);
            assertThat(ctx.getBean(Embedder.class).embed("hello").dimension()).isEqualTo(384);
        });
    }

    @Test
    void theModelCacheDirectoryDefaultsUnderTheHomeDirectoryAndEmptyTurnsItOff() {
        SemanticRouterProperties props = new SemanticRouterProperties();
        assertThat(new RouterAssembler(props).modelCacheDir())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "semantic-router", "models"));
        props.getEmbedder().setModelCacheDir("");
        assertThat(new RouterAssembler(props).modelCacheDir()).isNull();
        props.getEmbedder().setModelCacheDir("/var/cache/models");
        assertThat(new RouterAssembler(props).modelCacheDir()).isEqualTo(Path.of("/var/cache/models"));
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
