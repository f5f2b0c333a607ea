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

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code route(..)} on real MiniLM embeddings with a warm in-memory cache of {@code entries} entries in the
 * queries' partition: the hit path (a reworded stored question: embed, look up, answer from the cache) and the
 * routing overhead of a miss (embed, look up; the model is a zero-latency stand-in and nothing is stored), on
 * one caller and on eight. 240 entries are real stored questions; the rest are random unit vectors in the same
 * partition, which the lookup scans like any other entry. No selector: every request goes to the default model.
 * Sample-time mode, so JMH prints p50/p90/p99.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteBench {

    @Param({"10000", "100000"})
    public int entries;

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
        Random rnd = new Random(entries);
        for (int i = BenchTexts.QUESTIONS.size(); i < entries; i++) {
            float[] v = new float[embedder.dimension()];
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) rnd.nextGaussian();
            }
            VectorMath.normalize(v);
            cache.delegate.store(new CacheEntry(cache.partition, "filler " + i, Embedding.of(v), "filler", "small", null));
        }
        int hits = 0;
        for (String p : BenchTexts.PARAPHRASES) {
            hits += router.route(RouteRequest.builder().messages(UserMessage.from(p)).noStore().build()).cacheHit() ? 1 : 0;
        }
        System.out.printf("%n[RouteBench] %d entries; %d of %d reworded questions hit%n", cache.size(), hits,
                BenchTexts.PARAPHRASES.size());
    }

    @TearDown
    public void close() {
        embedder.close();
    }

    private RoutedResponse hit() {
        String q = BenchTexts.PARAPHRASES.get(Math.floorMod(next.getAndIncrement(), BenchTexts.PARAPHRASES.size()));
        return router.route(List.of(UserMessage.from(q)));
    }

    private RoutedResponse miss() {
        String q = BenchTexts.UNRELATED.get(Math.floorMod(next.getAndIncrement(), BenchTexts.UNRELATED.size()));
        return router.route(RouteRequest.builder().messages(UserMessage.from(q)).noStore().build());
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
