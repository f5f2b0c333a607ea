package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.StreamingRouterTest.Recorder;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.ScriptedStreamingModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static io.semanticrouter.TestDoubles.await;
import static io.semanticrouter.TestDoubles.lastUser;
import static io.semanticrouter.TestDoubles.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Request coalescing ({@link Coalescing}): identical concurrent misses share one model call. No timing is asserted:
 * the stand-in models hold their answer until the test has seen the followers waiting (the waiting gauge), with a
 * 30 s deadline that only a broken router reaches.
 */
class CoalescingTest {

    private static final String QUESTION = "What is the capital of Portugal?";

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final RecordingCache cache = new RecordingCache(0.9);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    private SemanticRouterBuilder base() {
        return SemanticRouter.builder().embedder(embedder).cache(cache).stats(new MicrometerRouterStats(registry));
    }

    private static RouteRequest ask(String question) {
        return RouteRequest.of(List.of(UserMessage.from(question)));
    }

    private double waiting() {
        return registry.get("semantic_router.coalesced.waiting").gauge().value();
    }

    private double ended(String result) {
        return registry.get("semantic_router.coalesced").tag("result", result).counter().count();
    }

    /** Waits (30 s at most) until {@code condition} holds; a model that answers only then holds its answer. */
    private static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<RoutedResponse> concurrently(SemanticRouter router, List<RouteRequest> requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        List<Future<RoutedResponse>> futures = new ArrayList<>();
        for (RouteRequest r : requests) {
            futures.add(callers.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return router.route(r);
            }));
        }
        List<RoutedResponse> out = new ArrayList<>();
        for (Future<RoutedResponse> f : futures) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        return out;
    }

    @Test
    void sixtyFourIdenticalMissesMakeExactlyOneModelCall() throws Exception {
        // the model answers after 200 ms, and not before the 63 others are waiting for it
        ScriptedModel slow = new ScriptedModel("small", r -> {
            until(() -> waiting() == 63);
            sleep(200);
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", slow).build();

        List<RoutedResponse> answers = concurrently(router, java.util.Collections.nCopies(64, ask(QUESTION)));

        assertThat(slow.calls).hasSize(1);
        assertThat(answers).hasSize(64).allSatisfy(a -> {
            assertThat(a.text()).isEqualTo("Lisbon.");
            assertThat(a.model()).isEqualTo("small");
            assertThat(a.cache().status()).isEqualTo(CacheOutcome.Status.MISS);
        });
        assertThat(answers.stream().filter(RoutedResponse::coalesced).count()).isEqualTo(63);
        RoutedResponse leader = answers.stream().filter(a -> !a.coalesced()).findFirst().orElseThrow();
        assertThat(leader.cache().stored()).isTrue();
        assertThat(answers).filteredOn(RoutedResponse::coalesced).allSatisfy(a -> {
            assertThat(a.cache().stored()).isFalse();
            assertThat(a.cache().reason()).contains("coalesced");
            assertThat(a.response().metadata().modelName()).isEqualTo("small");
        });
        assertThat(cache.entries).hasSize(1);
        assertThat(ended("served")).isEqualTo(63);
        assertThat(waiting()).isZero();
    }

    @Test
    void differentQuestionsTenantsAndSystemPromptsAreNotCoalesced() throws Exception {
        CountDownLatch allCalled = new CountDownLatch(4);
        ScriptedModel model = new ScriptedModel("small", r -> {
            allCalled.countDown();
            await(allCalled); // a wrongly coalesced request never calls: the others wait out the deadline
            return reply("answer to " + lastUser(r.messages()));
        });
        SemanticRouter router = base().model("small", model).build();

        List<RoutedResponse> answers = concurrently(router, List.of(
                ask(QUESTION),
                ask("What is the capital of Spain?"),
                RouteRequest.builder().messages(UserMessage.from(QUESTION)).tenant("acme").build(),
                RouteRequest.of(List.of(SystemMessage.from("Answer in French."), UserMessage.from(QUESTION)))));

        assertThat(model.calls).hasSize(4);
        assertThat(answers).noneMatch(RoutedResponse::coalesced);
        assertThat(ended("served")).isZero();
    }

    @Test
    void whitespaceAndUnicodeFormsOfTheSameQuestionAreIdentical() throws Exception {
        ScriptedModel model = new ScriptedModel("small", r -> {
            until(() -> waiting() == 2);
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", model).build();

        List<RoutedResponse> answers = concurrently(router, List.of(ask("Where is the café?"),
                ask("  Where   is the\tcafe\u0301?\n"), ask("Where is the café?")));

        assertThat(model.calls).hasSize(1);
        assertThat(answers).extracting(RoutedResponse::text).containsOnly("Lisbon.");
        assertThat(Coalescing.normalise("  Where   is the\tcafe\u0301?\n")).isEqualTo("Where is the café?");
        assertThat(Coalescing.normalise("where is the café?")).isNotEqualTo("Where is the café?");
    }

    @Test
    void requestsThatBypassOrMayNotStoreTheCacheCallTheModelThemselves() throws Exception {
        CountDownLatch allCalled = new CountDownLatch(3);
        ScriptedModel model = new ScriptedModel("small", r -> {
            allCalled.countDown();
            await(allCalled);
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", model).build();

        concurrently(router, List.of(ask(QUESTION),
                RouteRequest.builder().messages(UserMessage.from(QUESTION)).noStore().build(),
                RouteRequest.builder().messages(UserMessage.from(QUESTION)).noCache().build()));

        assertThat(model.calls).hasSize(3);
    }

    @Test
    void switchedOffEveryIdenticalMissCallsTheModel() throws Exception {
        CountDownLatch allCalled = new CountDownLatch(2);
        ScriptedModel model = new ScriptedModel("small", r -> {
            allCalled.countDown();
            await(allCalled);
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", model).coalesceMisses(false).build();

        concurrently(router, List.of(ask(QUESTION), ask(QUESTION)));

        assertThat(model.calls).hasSize(2);
        assertThatThrownBy(() -> base().coalesceWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coalesceWait");
    }

    @Test
    void aFailingLeaderReleasesItsFollowersWhoThenCallTheModelThemselves() throws Exception {
        AtomicInteger n = new AtomicInteger();
        ScriptedModel model = new ScriptedModel("small", r -> {
            if (n.incrementAndGet() == 1) { // the leader: fails once its three followers are waiting
                until(() -> waiting() == 3);
                throw new IllegalStateException("503 from upstream");
            }
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", model).build();

        List<Future<Object>> results = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(4);
        for (int i = 0; i < 4; i++) {
            results.add(callers.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    return router.route(ask(QUESTION));
                } catch (AllModelsFailedException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(o -> o instanceof AllModelsFailedException).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RoutedResponse).hasSize(3)
                .allSatisfy(o -> assertThat(((RoutedResponse) o).coalesced()).isFalse());
        assertThat(model.calls).hasSize(4);
        assertThat(ended("released")).isEqualTo(3);
        assertThat(waiting()).isZero();
    }

    @Test
    void anAnswerTheCacheWouldNotStoreIsNotShared() throws Exception {
        AtomicInteger n = new AtomicInteger();
        ScriptedModel model = new ScriptedModel("small", r -> {
            if (n.incrementAndGet() == 1) {
                until(() -> waiting() == 1);
                return ChatResponse.builder().aiMessage(AiMessage.from("Lis")).finishReason(FinishReason.LENGTH).build();
            }
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", model).build();

        List<RoutedResponse> answers = concurrently(router, List.of(ask(QUESTION), ask(QUESTION)));

        assertThat(model.calls).hasSize(2);
        assertThat(answers).extracting(RoutedResponse::text).containsExactlyInAnyOrder("Lis", "Lisbon.");
        assertThat(answers).noneMatch(RoutedResponse::coalesced);
        assertThat(ended("released")).isEqualTo(1);
    }

    @Test
    void aFollowerThatWaitsLongerThanTheCoalescingWaitCallsTheModelItself() throws Exception {
        CountDownLatch followerCalled = new CountDownLatch(1);
        AtomicInteger n = new AtomicInteger();
        ScriptedModel model = new ScriptedModel("small", r -> {
            if (n.incrementAndGet() == 1) { // the leader holds its answer until the follower gave up waiting
                await(followerCalled);
                return reply("leader's answer");
            }
            followerCalled.countDown();
            return reply("follower's own answer");
        });
        SemanticRouter router = base().model("small", model).coalesceWait(Duration.ofMillis(50)).build();

        List<RoutedResponse> answers = concurrently(router, List.of(ask(QUESTION), ask(QUESTION)));

        assertThat(model.calls).hasSize(2);
        assertThat(answers).extracting(RoutedResponse::text)
                .containsExactlyInAnyOrder("leader's answer", "follower's own answer");
        assertThat(ended("timed_out")).isEqualTo(1);
    }

    @Test
    void aLeaderStuckLongerThanTheWaitTakesNoNewFollowers() throws Exception {
        CountDownLatch unstick = new CountDownLatch(1);
        AtomicInteger n = new AtomicInteger();
        ScriptedModel model = new ScriptedModel("small", r -> {
            if (n.incrementAndGet() == 1) {
                await(unstick);
                return reply("late answer");
            }
            return reply("Lisbon.");
        });
        SemanticRouter router = base().model("small", model).coalesceWait(Duration.ofMillis(50)).build();

        Future<RoutedResponse> stuck = callers.submit(() -> router.route(ask(QUESTION)));
        until(() -> model.calls.size() == 1);
        RoutedResponse follower = router.route(ask(QUESTION)); // waits out the 50 ms, then calls itself
        cache.clear(); // the follower stored its answer; the newcomer must miss to meet the stuck flight
        RoutedResponse newcomer = router.route(ask(QUESTION)); // the flight is older than the wait: a new one

        assertThat(follower.text()).isEqualTo("Lisbon.");
        assertThat(newcomer.text()).isEqualTo("Lisbon.");
        assertThat(ended("timed_out")).isEqualTo(1);
        assertThat(ended("served") + ended("released") + ended("cancelled")).isZero();
        assertThat(model.calls).hasSize(3);
        unstick.countDown();
        assertThat(stuck.get(60, TimeUnit.SECONDS).text()).isEqualTo("late answer");
    }

    // --- streaming ---

    @Test
    void streamedFollowersGetTheChunksSoFarThenTheRestInOrderAndBlockingOnesTheWholeAnswer() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ScriptedStreamingModel model = new ScriptedStreamingModel("small", (r, out) -> {
            out.partial("Lisbon ");
            out.partial("is ");
            await(gate);
            out.partial("the ");
            out.partial("capital.");
            out.complete("Lisbon is the capital.", FinishReason.STOP);
        });
        SemanticRouter router = base().streamingModel("small", model).build();

        Recorder leader = new Recorder();
        router.routeStreaming(ask(QUESTION), leader);
        assertThat(await(leader.twoPartials)).isTrue();
        Recorder late = new Recorder();
        router.routeStreaming(ask(QUESTION), late); // joins after two chunks: gets them at once, then the rest
        assertThat(late.partials).containsExactly("Lisbon ", "is ");
        Future<RoutedResponse> blocking = callers.submit(() -> router.route(ask(QUESTION)));
        until(() -> waiting() == 2);
        gate.countDown();

        leader.awaitEnd();
        late.awaitEnd();
        assertThat(late.partials).containsExactly("Lisbon ", "is ", "the ", "capital.");
        assertThat(late.events).containsExactly("routed", "partial", "partial", "partial", "partial", "complete");
        assertThat(late.start.cache().reason()).contains("coalesced");
        assertThat(late.start.coalesced()).isTrue();
        assertThat(leader.start.coalesced()).isFalse();
        assertThat(late.response.coalesced()).isTrue();
        assertThat(late.response.text()).isEqualTo("Lisbon is the capital.");
        RoutedResponse whole = blocking.get(60, TimeUnit.SECONDS);
        assertThat(whole.coalesced()).isTrue();
        assertThat(whole.text()).isEqualTo("Lisbon is the capital.");
        assertThat(leader.response.coalesced()).isFalse();
        assertThat(leader.response.cache().stored()).isTrue();
        assertThat(model.calls).hasSize(1);
        assertThat(ended("served")).isEqualTo(2);
    }

    @Test
    void aStreamedFollowerOfABlockingLeaderGetsTheAnswerReplayedInChunks() throws Exception {
        ScriptedModel chat = new ScriptedModel("small", r -> {
            until(() -> waiting() == 1);
            return reply("Lisbon is the capital of Portugal.");
        });
        ScriptedStreamingModel streaming = ScriptedStreamingModel.echo("small");
        SemanticRouter router = base().model("small", chat).streamingModel("small", streaming).build();

        Future<RoutedResponse> leader = callers.submit(() -> router.route(ask(QUESTION)));
        until(() -> chat.calls.size() == 1);
        Recorder follower = new Recorder();
        router.routeStreaming(ask(QUESTION), follower);
        follower.awaitEnd();

        assertThat(leader.get(60, TimeUnit.SECONDS).coalesced()).isFalse();
        assertThat(follower.partials).hasSizeGreaterThan(1);
        assertThat(follower.text()).isEqualTo("Lisbon is the capital of Portugal.");
        assertThat(follower.response.coalesced()).isTrue();
        assertThat(streaming.calls).isEmpty();
        assertThat(chat.calls).hasSize(1);
    }

    @Test
    void aStreamedFollowerOfACancelledLeaderMakesItsOwnCall() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger n = new AtomicInteger();
        ScriptedStreamingModel model = new ScriptedStreamingModel("small", (r, out) -> {
            if (n.incrementAndGet() == 1) {
                await(gate); // the leader's call, cancelled before it says anything
            }
            out.words("Lisbon is the capital.", FinishReason.STOP);
        });
        SemanticRouter router = base().streamingModel("small", model).build();

        Recorder leader = new Recorder();
        var handle = router.routeStreaming(ask(QUESTION), leader);
        Recorder follower = new Recorder();
        router.routeStreaming(ask(QUESTION), follower);
        until(() -> waiting() == 1);
        handle.cancel(); // before any chunk: the follower is released and calls the model itself
        gate.countDown();

        follower.awaitEnd();
        assertThat(follower.text()).isEqualTo("Lisbon is the capital.");
        assertThat(follower.response.coalesced()).isFalse();
        assertThat(follower.start.coalesced()).isFalse();
        assertThat(model.calls).hasSize(2);
        assertThat(leader.events).doesNotContain("complete", "error");
        assertThat(ended("released")).isEqualTo(1);
    }

    @Test
    void aStreamedFollowerPartWayThroughALeaderThatBreaksEndsWithTheInterruption() {
        CountDownLatch gate = new CountDownLatch(1);
        ScriptedStreamingModel model = new ScriptedStreamingModel("small", (r, out) -> {
            out.partial("Lisbon ");
            out.partial("is ");
            await(gate);
            out.error(new IllegalStateException("connection reset"));
        });
        SemanticRouter router = base().streamingModel("small", model).build();

        Recorder leader = new Recorder();
        router.routeStreaming(ask(QUESTION), leader);
        assertThat(await(leader.twoPartials)).isTrue();
        Recorder follower = new Recorder();
        router.routeStreaming(ask(QUESTION), follower);
        gate.countDown();

        leader.awaitEnd();
        follower.awaitEnd();
        assertThat(follower.partials).containsExactly("Lisbon ", "is ");
        assertThat(follower.error).isInstanceOf(StreamInterruptedException.class)
                .hasMessageContaining("connection reset");
        assertThat(leader.error).isInstanceOf(StreamInterruptedException.class);
        assertThat(model.calls).hasSize(1);
        assertThat(cache.entries).isEmpty();
    }

    @Test
    void aFollowerThatCancelsLeavesTheLeaderAndTheOtherFollowersStreaming() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ScriptedStreamingModel model = new ScriptedStreamingModel("small", (r, out) -> {
            out.partial("Lisbon ");
            await(gate);
            out.partial("is the capital.");
            out.complete("Lisbon is the capital.", FinishReason.STOP);
        });
        SemanticRouter router = base().streamingModel("small", model).build();

        Recorder leader = new Recorder();
        router.routeStreaming(ask(QUESTION), leader);
        until(() -> leader.partials.size() == 1);
        Recorder quitter = new Recorder();
        var quit = router.routeStreaming(ask(QUESTION), quitter);
        Recorder stayer = new Recorder();
        router.routeStreaming(ask(QUESTION), stayer);
        quit.cancel();
        gate.countDown();

        leader.awaitEnd();
        stayer.awaitEnd();
        assertThat(quitter.partials).containsExactly("Lisbon ");
        assertThat(quitter.events).doesNotContain("complete", "error");
        assertThat(stayer.text()).isEqualTo("Lisbon is the capital.");
        assertThat(leader.text()).isEqualTo("Lisbon is the capital.");
        assertThat(model.calls).hasSize(1);
        assertThat(ended("cancelled")).isEqualTo(1);
        assertThat(ended("served")).isEqualTo(1);
        assertThat(waiting()).isZero();
    }

    @Test
    void aStreamedFollowerThatWaitsTooLongCallsTheModelItself() throws Exception {
        CountDownLatch secondCall = new CountDownLatch(1);
        AtomicInteger n = new AtomicInteger();
        ScriptedStreamingModel model = new ScriptedStreamingModel("small", (r, out) -> {
            if (n.incrementAndGet() == 1) { // the leader says nothing until the follower gave up and called
                await(secondCall);
                out.words("the leader's answer", FinishReason.STOP);
                return;
            }
            secondCall.countDown();
            out.words("the follower's own answer", FinishReason.STOP);
        });
        SemanticRouter router = base().streamingModel("small", model).coalesceWait(Duration.ofMillis(50)).build();

        Recorder leader = new Recorder();
        router.routeStreaming(ask(QUESTION), leader);
        until(() -> model.calls.size() == 1);
        Recorder follower = new Recorder();
        router.routeStreaming(ask(QUESTION), follower);

        follower.awaitEnd();
        leader.awaitEnd();
        assertThat(follower.text()).isEqualTo("the follower's own answer");
        assertThat(follower.response.coalesced()).isFalse();
        assertThat(leader.text()).isEqualTo("the leader's answer");
        assertThat(ended("timed_out")).isEqualTo(1);
    }
}
