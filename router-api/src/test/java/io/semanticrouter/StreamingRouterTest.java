package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.ScriptedStreamingModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.semanticrouter.TestDoubles.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Models registered as LangChain4j {@code StreamingChatModel}s. */
class StreamingRouterTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final RecordingCache cache = new RecordingCache(0.9);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private SemanticRouter.Builder base() {
        return SemanticRouter.builder().embedder(embedder).cache(cache).meterRegistry(registry);
    }

    private static ModelSelector fixed(String... models) {
        return new ModelSelector() {
            @Override
            public RouteDecision select(RouteContext context) {
                return new RouteDecision("cat", 0.9, List.of(models), "fixed");
            }

            @Override
            public Set<String> modelNames() {
                return Set.of(models);
            }
        };
    }

    private static RouteRequest ask(String question) {
        return RouteRequest.of(List.of(UserMessage.from(question)));
    }

    private double lookups(String outcome) {
        return registry.get("semantic_router.cache.lookups").tag("outcome", outcome).counter().count();
    }

    @Test
    void aNameWithOnlyAStreamingModelServesBlockingRequests() {
        ScriptedStreamingModel small = ScriptedStreamingModel.echo("small");
        ScriptedStreamingModel flaky = new ScriptedStreamingModel("flaky", (req, out) -> {
            out.partial("half an ");
            out.error(new IOException("reset"));
        });
        SemanticRouter router = base().streamingModel("small", small).streamingModel("flaky", flaky)
                .defaultModel("small").build();

        RoutedResponse r = router.route(ask("What is a monad?"));
        assertThat(r.text()).isEqualTo("small answers: What is a monad?");
        assertThat(r.model()).isEqualTo("small");
        assertThat(r.response().metadata().modelName()).isEqualTo("small");
        assertThat(r.cache().stored()).isTrue();
        assertThat(router.route(ask("what is a monad")).cacheHit()).isTrue();
        assertThat(small.calls).hasSize(1);

        // a blocking caller saw nothing of the failed stream, so the next candidate may answer
        RoutedResponse fellBack = router.route(RouteRequest.builder().messages(UserMessage.from("hello"))
                .parameters(dev.langchain4j.model.chat.request.ChatRequestParameters.builder().modelName("flaky").build())
                .build());
        assertThat(fellBack.failures()).extracting(ModelFailure::model).containsExactly("flaky");
        assertThat(fellBack.model()).isEqualTo("small");
    }

    @Test
    void theBuilderTakesTheUnionOfChatAndStreamingNames() {
        ScriptedStreamingModel s = ScriptedStreamingModel.echo("s");
        assertThat(SemanticRouter.builder().embedder(embedder).model("a", ScriptedModel.echo("a"))
                .streamingModel("b", s).defaultModel("b").build().modelNames()).containsExactly("a", "b");
        assertThatThrownBy(() -> base().streamingModel("b", s).streamingModel("b", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("streaming model 'b' is already registered");
        assertThatThrownBy(() -> base().streamingModel("auto", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> base().streamingModel("x", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> base().streamingModel("a", s).streamingModel("b", s).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("defaultModel is required");
        assertThatThrownBy(() -> base().streamingModel("a", s).defaultModel("c").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'c' is not registered");
    }
}
