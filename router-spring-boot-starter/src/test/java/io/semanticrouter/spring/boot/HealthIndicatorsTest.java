package io.semanticrouter.spring.boot;

import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.Embedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two Actuator health indicators, which implement Boot 4's {@code spring-boot-health} API (kept apart from
 * {@link SemanticRouterAutoConfigurationTest}, which also runs on Boot 3.5 in router-spring-boot3-test).
 */
class HealthIndicatorsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
            .withBean("smallModel", ChatModel.class, () -> new StandInChatModel("small"))
            .withBean(Embedder.class, SharedMiniLm::get);

    @Test
    void theEmbedderHealthIndicatorNeedsActuator() {
        runner.run(ctx -> {
            Health h = ctx.getBean(EmbedderHealthIndicator.class).health(true);
            assertThat(h.getStatus()).isEqualTo(Status.UP);
            assertThat(h.getDetails()).containsEntry("dimension", 384);
            assertThat(ctx).doesNotHaveBean(MilvusCacheHealthIndicator.class);
        });
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EmbedderHealthIndicator.class));
    }

    @Test
    void theMilvusCacheHealthIndicatorReportsTheCircuitAndTheQueue(@TempDir Path dir) throws IOException {
        runner.withPropertyValues("semantic-router.semantic-cache.backend-type=milvus",
                        "semantic-router.semantic-cache.backend-config-path="
                                + SemanticRouterAutoConfigurationTest.unreachableMilvus(dir))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    Health h = ctx.getBean(MilvusCacheHealthIndicator.class).health(true);
                    assertThat(h.getDetails()).containsEntry("queueCapacity", 1234).containsKeys("circuit", "queuedWrites");
                    assertThat(h.getStatus()).isEqualTo("open".equals(h.getDetails().get("circuit")) ? Status.DOWN : Status.UP);
                });
    }
}
