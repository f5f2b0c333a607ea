package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.semanticrouter.StreamingRouterTest.Recorder;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.ScriptedStreamingModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stages of your own ({@link RouterStage}) at each position, blocking and streamed. */
class RouterStageTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final RecordingCache cache = new RecordingCache(0.9);
    private final ScriptedModel small = ScriptedModel.echo("small");
    private final ScriptedModel strong = ScriptedModel.echo("strong");

    private SemanticRouterBuilder base() {
        return SemanticRouter.builder().embedder(embedder).cache(cache)
                .model("small", small).model("strong", strong).defaultModel("small");
    }

    private static ChatResponse text(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
    }

    @Test
    void stagesRunInPositionOrderAndSeeWhatTheStagesBeforeThemFilledIn() {
        List<String> seen = new CopyOnWriteArrayList<>();
        SemanticRouter router = base()
                .stage(RouterStage.Position.AFTER_ANSWER, s -> seen.add("after:" + s.answeredBy() + ":"
                        + s.cacheOutcome().stored()))
                .stage(RouterStage.Position.BEFORE_INVOCATION, s -> seen.add("invoke:" + s.cacheOutcome().status()))
                .stage(RouterStage.Position.BEFORE_CACHE_READ, s -> seen.add("read:" + s.query() + ":"
                        + s.decision().model() + ":" + (s.embedding() != null) + ":" + (s.cacheOutcome() == null)))
                .build();

        RoutedResponse r = router.route(List.of(UserMessage.from("What is a monad?")));

        assertThat(r.model()).isEqualTo("small");
        assertThat(seen).containsExactly("read:What is a monad?:small:true:true", "invoke:MISS", "after:small:true");
    }

    @Test
    void aStageBeforeTheCacheReadMayReplaceTheDecision() {
        SemanticRouter router = base()
                .stage(RouterStage.Position.BEFORE_CACHE_READ, s -> s.decision(
                        new RouteDecision("hard", 1, List.of("strong"), "a stage said so")))
                .build();

        RoutedResponse r = router.route(List.of(UserMessage.from("Prove it")));

        assertThat(r.model()).isEqualTo("strong");
        assertThat(r.decision().reason()).isEqualTo("a stage said so");
        assertThat(small.calls).isEmpty();
        assertThatThrownBy(() -> base().stage(RouterStage.Position.BEFORE_CACHE_READ,
                s -> s.decision(new RouteDecision(null, 0, List.of(), "none"))).build()
                .route(List.of(UserMessage.from("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one candidate");
    }

    @Test
    void aStageMayAnswerAMissItselfAndThatAnswerIsNotStored() {
        SemanticRouter router = base()
                .stage(RouterStage.Position.BEFORE_INVOCATION, s -> s.answer(text("pong"), "strong"))
                .build();

        RoutedResponse r = router.route(List.of(UserMessage.from("ping please")));

        assertThat(r.text()).isEqualTo("pong");
        assertThat(r.model()).isEqualTo("strong");
        assertThat(r.cache().stored()).isFalse();
        assertThat(cache.entries).isEmpty();
        assertThat(small.calls).isEmpty();
        assertThat(strong.calls).isEmpty();
        assertThat(r.timings().model()).isZero();
    }

    @Test
    void aStreamedRequestGetsAStagesAnswerInChunksWithoutAModelCall() {
        ScriptedStreamingModel streaming = ScriptedStreamingModel.echo("small");
        SemanticRouter router = SemanticRouter.builder().embedder(embedder).cache(cache)
                .streamingModel("small", streaming)
                .stage(RouterStage.Position.BEFORE_INVOCATION, s -> s.answer(text("one two three four five"), "small"))
                .build();
        Recorder rec = new Recorder();

        router.routeStreaming(RouteRequest.of(List.of(UserMessage.from("count to five"))), rec);

        rec.awaitEnd();
        assertThat(String.join("", rec.partials)).isEqualTo("one two three four five");
        assertThat(rec.partials).hasSizeGreaterThan(1);
        assertThat(rec.response.text()).isEqualTo("one two three four five");
        assertThat(streaming.calls).isEmpty();
        assertThat(cache.entries).isEmpty();
    }

    @Test
    void streamedRequestsRunTheStagesAfterTheAnswerOnceTheStreamEnds() {
        List<String> seen = new CopyOnWriteArrayList<>();
        SemanticRouter router = SemanticRouter.builder().embedder(embedder).cache(cache)
                .streamingModel("small", ScriptedStreamingModel.echo("small"))
                .stage(RouterStage.Position.AFTER_ANSWER, s -> seen.add(s.response().aiMessage().text() + "|"
                        + s.cacheOutcome().stored()))
                .build();
        Recorder rec = new Recorder();

        router.routeStreaming(RouteRequest.of(List.of(UserMessage.from("hello there"))), rec);

        rec.awaitEnd();
        assertThat(seen).containsExactly("small answers: hello there|true");
        assertThat(rec.events).endsWith("complete");
    }

    @Test
    void aStageThatThrowsFailsTheRequestBeforeAnyModelIsCalled() {
        SemanticRouter router = base()
                .stage(RouterStage.Position.BEFORE_INVOCATION, s -> {
                    throw new IllegalStateException("quota exceeded");
                })
                .build();

        assertThatThrownBy(() -> router.route(List.of(UserMessage.from("hi"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("quota exceeded");
        assertThat(small.calls).isEmpty();
        Recorder rec = new Recorder();
        router.routeStreaming(RouteRequest.of(List.of(UserMessage.from("hi"))), rec);
        assertThat(rec.awaitEnd().error).hasMessage("quota exceeded");
        assertThat(rec.events).containsExactly("error");
    }

    @Test
    void attributesCarryValuesFromOneStageToALaterOne() {
        record Budget(int tokens) {
        }
        List<Integer> seen = new CopyOnWriteArrayList<>();
        SemanticRouter router = base()
                .stage(RouterStage.Position.BEFORE_CACHE_READ, s -> s.attribute(Budget.class, new Budget(42)))
                .stage(RouterStage.Position.AFTER_ANSWER, s -> seen.add(s.attribute(Budget.class).tokens()))
                .build();

        router.route(List.of(UserMessage.from("hi")));

        assertThat(seen).containsExactly(42);
    }

    @Test
    void builderRefusesNulls() {
        assertThatThrownBy(() -> base().stage(null, s -> { })).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("position");
        assertThatThrownBy(() -> base().stage(RouterStage.Position.AFTER_ANSWER, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stage");
    }
}
