package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.ScriptedStreamingModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** What answers cost, what hits save, and the stream timings, in the trace and the meters. */
class SpendTest {

    private static final String ANSWER = "Boil it for seven minutes."; // 26 characters: 7 estimated tokens
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingCache cache = new RecordingCache(0.8);

    private static ChatResponse withUsage(String text, int prompt, int completion) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).finishReason(FinishReason.STOP)
                .tokenUsage(new TokenUsage(prompt, completion)).build();
    }

    private SemanticRouterBuilder base(ScriptedModel model) {
        return SemanticRouter.builder().embedder(new WordsEmbedder()).cache(cache).model("m", model)
                .stats(new MicrometerRouterStats(registry));
    }

    private double counter(String name, String... tags) {
        var c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void aModelAnswerCostsItsTokensAndAHitSavesTheStoredAnswersEstimatedTokens() {
        ScriptedModel model = new ScriptedModel("m", r -> withUsage(ANSWER, 1_000, 500));
        SemanticRouter router = base(model).price("m", new ModelPrice(2.0, 8.0)).build();

        RoutedResponse miss = router.route(List.of(UserMessage.from("how long do I boil an egg")));
        RoutedResponse hit = router.route(List.of(UserMessage.from("how long do I boil an egg")));

        assertThat(miss.cost()).isCloseTo((1_000 * 2.0 + 500 * 8.0) / 1e6, within(1e-12));
        assertThat(miss.costSaved()).isZero();
        assertThat(hit.cacheHit()).isTrue();
        assertThat(hit.cost()).isZero();
        assertThat(hit.costSaved()).isCloseTo(7 * 8.0 / 1e6, within(1e-12));
        assertThat(counter("semantic_router.tokens", "model", "m", "kind", "prompt")).isEqualTo(1_000);
        assertThat(counter("semantic_router.tokens", "model", "m", "kind", "completion")).isEqualTo(500);
        assertThat(counter("semantic_router.cost", "model", "m")).isCloseTo(miss.cost(), within(1e-12));
        assertThat(counter("semantic_router.cost.saved", "model", "m")).isCloseTo(hit.costSaved(), within(1e-12));
    }

    @Test
    void withoutAPriceOrUsageTheCostIsUnknownNotZeroAndTokensAreStillCounted() {
        SemanticRouter unpriced = base(new ScriptedModel("m", r -> withUsage(ANSWER, 10, 20))).build();
        RoutedResponse r = unpriced.route(List.of(UserMessage.from("how long do I boil an egg")));
        RoutedResponse hit = unpriced.route(List.of(UserMessage.from("how long do I boil an egg")));
        assertThat(r.cost()).isNaN();
        assertThat(hit.costSaved()).isNaN();
        assertThat(counter("semantic_router.tokens", "model", "m", "kind", "completion")).isEqualTo(20);
        assertThat(registry.find("semantic_router.cost").counter()).isNull();

        SemanticRouter noUsage = base(ScriptedModel.echo("m")).price("m", new ModelPrice(1, 1)).build();
        assertThat(noUsage.route(List.of(UserMessage.from("what is a monad"))).cost()).isNaN();
    }

    @Test
    void pricesAreCheckedAndMustNameRegisteredModels() {
        assertThatThrownBy(() -> new ModelPrice(-0.1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompt_per_1m");
        assertThatThrownBy(() -> new ModelPrice(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("completion_per_1m");
        assertThatThrownBy(() -> base(ScriptedModel.echo("m")).price("other", new ModelPrice(1, 1)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("price for model 'other'");
        assertThatThrownBy(() -> base(ScriptedModel.echo("m")).price("m", null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new ModelPrice(3, 15).cost(2_000_000, 1_000_000)).isEqualTo(21.0);
    }

    @Test
    void aStreamRecordsTimeToFirstTokenAndTimePerOutputTokenOnTheRoutersTicker() throws Exception {
        AtomicLong now = new AtomicLong();
        ScriptedStreamingModel model = new ScriptedStreamingModel("s", (req, out) -> {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(120)); // before the first text
            out.partial("Boil it ");
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(30)); // the other 3 tokens
            out.partial("seven minutes.");
            out.complete(withUsage("Boil it seven minutes.", 12, 4));
        });
        SemanticRouter router = SemanticRouter.builder().embedder(new WordsEmbedder()).streamingModel("s", model)
                .ticker(now::get).stats(new MicrometerRouterStats(registry)).build();
        StreamingRouterTest.Recorder r = new StreamingRouterTest.Recorder();
        router.routeStreaming(RouteRequest.of(List.of(UserMessage.from("how long do I boil an egg"))), r);
        r.awaitEnd();

        var ttft = registry.get("semantic_router.stream.time_to_first_token").tag("model", "s").timer();
        var tpot = registry.get("semantic_router.stream.time_per_output_token").tag("model", "s").timer();
        assertThat(ttft.count()).isEqualTo(1);
        assertThat(ttft.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(120.0);
        assertThat(tpot.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10.0);
    }
}
