package io.semanticrouter.examples.ask;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.semanticrouter.demo.DemoChatModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AskPropertiesTest {

    @Test
    void withoutABaseUrlBothModelsAreStandInsWithTheDefaults() {
        AskProperties p = new AskProperties(" ", null, null, null, null, null);
        assertThat(p.usesServer()).isFalse();
        assertThat(p.demoLatency()).isEqualTo(Duration.ofMillis(300));
        assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(60));
        AskModels models = new AskModels();
        assertThat(models.smallModel(p)).isInstanceOf(DemoChatModel.class);
        assertThat(models.strongModel(p)).isInstanceOf(DemoChatModel.class);
    }

    @Test
    void aBaseUrlMakesOpenAiModelsWithoutCallingTheServer() {
        AskProperties p = new AskProperties("http://127.0.0.1:9/v1", null, "small-llm", null, null, null);
        assertThat(p.usesServer()).isTrue();
        AskModels models = new AskModels();
        assertThat(models.smallModel(p)).isInstanceOf(OpenAiChatModel.class);
        assertThat(models.strongModel(p)).isInstanceOf(OpenAiChatModel.class);
    }

    @Test
    void aBaseUrlWithoutAModelNameIsRefused() {
        assertThatThrownBy(() -> new AskProperties("http://localhost:11434/v1", null, "", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ask.small-model");
    }

    @Test
    void aNegativeLatencyOrAZeroTimeoutIsRefused() {
        assertThatThrownBy(() -> new AskProperties(null, null, null, null, Duration.ofMillis(-1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ask.demo-latency");
        assertThatThrownBy(() -> new AskProperties(null, null, null, null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ask.timeout");
    }
}
