package io.semanticrouter.eval.bench;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.VectorMath;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code route(..)} on real MiniLM embeddings with a warm in-memory cache of {@code entries} entries in the
 * queries' partition: the hit path (a reworded stored question: embed, look up, answer from the cache) and the
 * routing overhead of a miss (embed, look up; the model is a zero-latency stand-in and nothing is stored), on
 * one caller and on eight. 240 entries are real stored questions; the rest are random unit vectors in the same
 * partition, which the lookup scans like any other entry. No selector: every request goes to the default model.
 * Sample-time mode, so JMH prints p50/p90/p99. After each iteration it prints where the time of the iteration's
 * requests went (hits only for the hit benchmarks), from their {@code StageTimings}: embedding, guards and routing,
 * cache read (search plus verification) and the rest.
 *
 * <p>The fork runs with the JDK Vector API module, so the exact scan's dot products use SIMD ({@code VectorMath});
 * {@code -jvmArgsAppend "-Xmx8g -Dsemanticrouter.simd=false"} measures the scalar path instead.
 *
 * <p>To read the hit path against one embedding off one run, run it with {@code EmbedderBench.oursOneQuery} in
 * sample mode: {@code bin/router-eval jmh -bm sample -tu ms -p entries=1000000 'RouteBench.hitPath$|EmbedderBench.oursOneQuery'}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteBench {

    @Param({"10000", "100000", "1000000"})
    public int entries;

    private final HitStages stages = new HitStages();

    private OnnxEmbedder embedder;
    private SemanticRouter router;
    private final AtomicInteger next = new AtomicInteger();

    /** Remembers the partition the router files entries under, so the filler can use the same one. */
    private static final class Capturing implements SemanticCache {
        final InMemorySemanticCache delegate;
        volatile String partition;

        Capturing(InMemorySemanticCache delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<CacheResult> search(CacheQuery query, int limit) {
            return delegate.search(query, limit);
        }

        @Override
        public void store(CacheEntry entry) {
            partition = entry.partition();
            delegate.store(entry);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public double similarityThreshold() {
            return delegate.similarityThreshold();
        }
    }

    private static final ChatModel INSTANT = new ChatModel() {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from("stand-in answer")).finishReason(FinishReason.STOP).build();
        }
    };

    @Setup
    public void fill() {
        embedder = OnnxEmbedder.builder().embeddingCacheSize(0).build();
        Capturing cache = new Capturing(InMemorySemanticCache.builder().similarityThreshold(0.8)
                .maxEntries(entries + 1000).build());
        router = SemanticRouter.builder().embedder(embedder).cache(cache).model("small", INSTANT).build();
        for (String q : BenchTexts.QUESTIONS) {
            // no-cache: near-identical templates are each stored instead of answered from one another
            router.route(RouteRequest.builder().messages(UserMessage.from(q)).noCache().build());
        }
        SplittableRandom rnd = new SplittableRandom(entries);
        for (int i = BenchTexts.QUESTIONS.size(); i < entries; i++) {
            float[] v = new float[embedder.dimension()];
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) rnd.nextGaussian();
            }
            VectorMath.normalize(v);
            cache.delegate.store(new CacheEntry(cache.partition, "filler " + i, Embedding.of(v), "filler", "small", null));
        }
        // every reworded question must hit; above 100k entries every 10th is checked (an exact scan takes 0.1 s+)
        int step = entries > 100_000 ? 10 : 1;
        int hits = 0;
        int checked = 0;
        for (int i = 0; i < BenchTexts.PARAPHRASES.size(); i += step, checked++) {
            String p = BenchTexts.PARAPHRASES.get(i);
            hits += router.route(RouteRequest.builder().messages(UserMessage.from(p)).noStore().build()).cacheHit() ? 1 : 0;
        }
        System.out.printf("%n[RouteBench] %d entries; %d of %d reworded questions checked hit%n", cache.size(), hits,
                checked);
    }

    @TearDown
    public void close() {
        embedder.close();
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        stages.reset();
    }

    /** Prints the stage split of the iteration that just ended. */
    @TearDown(Level.Iteration)
    public void reportStages(BenchmarkParams params) {
        String bench = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        System.out.printf("%n[RouteBench] %s, %d entries, stages: %s%n", bench, entries, stages.summary());
    }

    private RoutedResponse hit() {
        String q = BenchTexts.PARAPHRASES.get(Math.floorMod(next.getAndIncrement(), BenchTexts.PARAPHRASES.size()));
        RoutedResponse r = router.route(List.of(UserMessage.from(q)));
        stages.record(r, true);
        return r;
    }

    private RoutedResponse miss() {
        String q = BenchTexts.UNRELATED.get(Math.floorMod(next.getAndIncrement(), BenchTexts.UNRELATED.size()));
        RoutedResponse r = router.route(RouteRequest.builder().messages(UserMessage.from(q)).noStore().build());
        stages.record(r, false);
        return r;
    }

    @Benchmark
    public Object hitPath() {
        return hit();
    }

    @Benchmark
    public Object missOverhead() {
        return miss();
    }

    @Benchmark
    @Threads(8)
    public Object hitPathEightCallers() {
        return hit();
    }

    @Benchmark
    @Threads(8)
    public Object missOverheadEightCallers() {
        return miss();
    }
}
