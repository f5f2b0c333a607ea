package io.semanticrouter.examples;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.ModelFailure;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.RouterStats;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.verify.Rule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request coalescing with the real parts: the MiniLM embedder and the in-memory cache. 64 callers ask the same
 * question at once; the model answers after 200 ms, and not before the 63 others are waiting for it (a 30 s
 * deadline only a broken router reaches), so the count of model calls does not depend on the machine's speed.
 */
class CoalescingEndToEndTest {

    /** Counts the requests waiting for an identical one in flight. */
    private static final class Waiters implements RouterStats {
        final AtomicInteger waiting = new AtomicInteger();

        @Override
        public void coalesceStarted() {
            waiting.incrementAndGet();
        }

        @Override
        public void coalesceEnded(CoalesceEnd reason) {
            waiting.decrementAndGet();
        }

        @Override
        public void cacheOutcome(CacheOutcome outcome) {
        }

        @Override
        public void rejected(Rule rule) {
        }

        @Override
        public void blocked(String guard) {
        }

        @Override
        public void answered(RoutedResponse response) {
        }

        @Override
        public void unanswered(List<ModelFailure> failures) {
        }
    }

    @Test
    void sixtyFourCallersAskingTheSameQuestionMakeOneModelCall() throws Exception {
        Waiters stats = new Waiters();
        AtomicInteger calls = new AtomicInteger();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                calls.incrementAndGet();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                try {
                    while (stats.waiting.get() < 63 && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ChatResponse.builder().aiMessage(AiMessage.from("Canberra.")).finishReason(FinishReason.STOP).build();
            }
        };
        SemanticRouter router = SemanticRouter.builder().embedder(SharedEmbedder.get())
                .cache(InMemorySemanticCache.builder().similarityThreshold(0.9).build())
                .model("small", model).stats(stats).build();

        ExecutorService pool = Executors.newFixedThreadPool(64);
        CyclicBarrier start = new CyclicBarrier(64);
        List<Future<RoutedResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            answers.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return router.route(List.of(UserMessage.from("What is the capital of Australia?")));
            }));
        }
        int coalesced = 0;
        for (Future<RoutedResponse> f : answers) {
            RoutedResponse r = f.get(2, TimeUnit.MINUTES);
            assertThat(r.text()).isEqualTo("Canberra.");
            coalesced += r.coalesced() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(calls).hasValue(1);
        assertThat(coalesced).isEqualTo(63);
        assertThat(router.route(List.of(UserMessage.from("What is the capital of Australia?"))).cacheHit()).isTrue();
        assertThat(calls).hasValue(1);
    }
}
