package io.semanticrouter.examples;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.EvictionPolicy;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** 16 threads x 200 mixed calls on one router with a small cache: no exception, every answer right, size bounded. */
class ConcurrencyEndToEndTest {

    /** Distinct enough that none is a paraphrase of another, so every hit must return the question's own answer. */
    static final List<String> QUESTIONS = List.of(
            "How do I reverse a string in Rust?",
            "What is the capital of Australia?",
            "Solve 12x - 4 = 20",
            "My parcel never arrived, what now?",
            "Tell me a joke about penguins",
            "How does photosynthesis work?",
            "What is a good stretching routine for runners?",
            "Explain how a hash map handles collisions",
            "What is 7 factorial?",
            "How do I cancel my gym membership online?",
            "Recommend a novel set in Japan",
            "Why is the sky blue?",
            "How do I center a div with CSS?",
            "What were the causes of the French Revolution?",
            "Convert 100 Fahrenheit to Celsius",
            "How often should I water a cactus?",
            "What is the difference between TCP and UDP?",
            "Give me a recipe for lentil soup",
            "How many moons does Jupiter have?",
            "Write a haiku about autumn leaves");

    private static final int MAX_ENTRIES = 12;

    @Test
    void manyThreadsShareOneRouter() throws Exception {
        InMemorySemanticCache cache = InMemorySemanticCache.builder().similarityThreshold(0.9)
                .maxEntries(MAX_ENTRIES).evictionPolicy(EvictionPolicy.LFU).build();
        SemanticRouter router = DemoRouter.build(SharedEmbedder.get(), cache, DemoModels.standIns(Duration.ZERO));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong maxSeen = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                maxSeen.accumulateAndGet(cache.size(), Math::max);
                Thread.onSpinWait();
            }
        });
        sampler.start();

        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                start.await();
                int hits = 0;
                for (int i = 0; i < 200; i++) {
                    String q = QUESTIONS.get((seed * 7 + i * 13) % QUESTIONS.size());
                    var r = router.route(List.of(UserMessage.from(q)));
                    if (!r.text().endsWith("You asked: " + q)) {
                        wrong.add(q + " -> " + r.text());
                    }
                    hits += r.cacheHit() ? 1 : 0;
                }
                return hits;
            }));
        }
        start.countDown();
        int hits = 0;
        for (Future<Integer> f : futures) {
            hits += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        running.set(false);
        sampler.join();

        assertThat(wrong).isEmpty();
        assertThat(maxSeen.get()).isLessThanOrEqualTo(MAX_ENTRIES);
        assertThat(cache.size()).isLessThanOrEqualTo(MAX_ENTRIES);
        assertThat(hits).isGreaterThan(0).isLessThan(16 * 200);
    }
}
