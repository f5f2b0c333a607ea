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
import io.semanticrouter.cache.memory.AnnIndex;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.eval.QuestionCopies;
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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * {@code route(..)} on real MiniLM embeddings with a warm in-memory cache of {@code entries} entries in the
 * queries' partition: the hit path (a reworded stored question: embed, look up, answer from the cache) and the
 * routing overhead of a miss (embed, look up; the model is a zero-latency stand-in and nothing is stored), on
 * one caller and on eight. 240 entries are real stored questions; {@code filler} chooses the rest:
 * <ul>
 *   <li>{@code questions}: what a real cache holds, and what {@code bin/router-eval ann} stores
 *   ({@link QuestionCopies}): about 4,000 distinct QQP questions embedded once per fork with the router's own
 *   model, then copies of them with Gaussian noise. The questions are read at run time from
 *   {@code ../shared/anchor-data} (relative to the repository root, where {@code bin/router-eval} runs), or from
 *   the JSONL file named by the system property {@code routebench.questions}.</li>
 *   <li>{@code random}: random unit vectors, which in 384 dimensions have no neighbourhoods: the worst case for
 *   the cache's graph index.</li>
 * </ul>
 * {@code model} chooses the router's embedder: {@code minilm} (fp32) or {@code minilm-q} (int8). Filler entries go
 * straight into the cache from two threads; above the cache's index threshold the fill then waits for the
 * graph. The fill ends by checking that every reworded question hits, and prints the count. No selector: every
 * request goes to the default model. Sample-time mode, so JMH prints p50/p90/p99. After each iteration it prints
 * where the time of the iteration's requests went (hits only for the hit benchmarks), from their
 * {@code StageTimings}: embedding, guards and routing, cache read (search plus verification) and the rest.
 *
 * <p>The fork runs with the JDK Vector API module, so the exact scan's dot products use SIMD ({@code VectorMath});
 * {@code -jvmArgsAppend "-Xmx8g -Dsemanticrouter.simd=false"} measures the scalar path instead.
 *
 * <p>To read the hit path against one embedding off one run, run it with {@code EmbedderBench.oursOneQuery} in
 * sample mode: {@code bin/router-eval jmh -bm sample -tu ms -p entries=1000000 -p filler=questions -p model=minilm-q
 * 'RouteBench.hitPath$|EmbedderBench.oursOneQuery'} ({@code EmbedderBench} takes the same {@code model} parameter).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "--add-modules=jdk.incubator.vector", BenchJvm.IGNORE_UNRECOGNIZED,
        BenchJvm.HUGE_PAGES})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteBench {

    @Param({"10000", "100000", "1000000"})
    public int entries;

    /** What fills the cache besides the 240 bench questions: {@code questions} or {@code random}. */
    @Param({"questions", "random"})
    public String filler;

    /** The router's embedder: {@code minilm} (fp32) or {@code minilm-q} (int8). */
    @Param({"minilm", "minilm-q"})
    public String model;

    /**
     * The cache's hit patience ({@code InMemorySemanticCache.Builder.graphHitPatience}): {@code default} keeps the
     * cache's own, a number from 0 (off) sets it, so that one command can compare them ({@code -p hitPatience=0,default}).
     */
    @Param({"default"})
    public String hitPatience = "default";

    /** The cache's index of large partitions: {@code graph} (the cache's default) or {@code clusters}. */
    @Param({"graph"})
    public String index = "graph";

    /** Threads storing the filler entries (as {@code ann}'s default). */
    static final int FILL_THREADS = 2;

    /** The JSONL questions of the {@code questions} filler; system property {@code routebench.questions}. */
    Path questionsFile = Path.of(System.getProperty("routebench.questions",
            QuestionCopies.qqpFile(Path.of(QuestionCopies.DEFAULT_SOURCE)).toString()));

    /** Of the fill's check: reworded questions that hit, of those checked. */
    int checkedHits;
    int checked;

    private final HitStages stages = new HitStages();

    private OnnxEmbedder embedder;
    private Capturing cache;
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
    public void fill() throws Exception {
        if (!filler.equals("questions") && !filler.equals("random")) {
            throw new IllegalArgumentException("filler must be questions or random, was '" + filler + "'");
        }
        if (!index.equals("graph") && !index.equals("clusters")) {
            throw new IllegalArgumentException("index must be graph or clusters, was '" + index + "'");
        }
        int patience = hitPatience();
        embedder = embedder(model);
        cache = new Capturing(InMemorySemanticCache.builder().similarityThreshold(0.8).maxEntries(entries + 1000)
                .annIndex(index.equals("graph") ? AnnIndex.GRAPH : AnnIndex.CLUSTERS).build());
        if (patience >= 0) {
            cache.delegate.graphHitPatience(patience);
        }
        router = SemanticRouter.builder().embedder(embedder).cache(cache).model("small", INSTANT).build();
        for (String q : BenchTexts.QUESTIONS) {
            // no-cache: near-identical templates are each stored instead of answered from one another
            router.route(RouteRequest.builder().messages(UserMessage.from(q)).noCache().build());
        }
        long t0 = System.nanoTime();
        int rest = Math.max(0, entries - BenchTexts.QUESTIONS.size());
        QuestionCopies.store(cache.delegate, rest, FILL_THREADS, filler(cache.partition, rest));
        QuestionCopies.awaitIndex(cache.delegate, cache.partition);
        double fillS = (System.nanoTime() - t0) / 1e9;
        // every reworded question must hit (with the index a lookup is cheap enough to check them all)
        checked = BenchTexts.PARAPHRASES.size();
        checkedHits = 0;
        for (String p : BenchTexts.PARAPHRASES) {
            checkedHits += router.route(RouteRequest.builder().messages(UserMessage.from(p)).noStore().build()).cacheHit() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%n[RouteBench] %d entries (filler %s, model %s, filled in %.1f s, index %s, hit"
                        + " patience %d); %d of %d reworded questions checked hit%n", cache.size(), filler, model, fillS,
                cache.delegate.isIndexed(cache.partition) ? "on" : "off", cache.delegate.graphHitPatience(), checkedHits,
                checked);
    }

    /** The hit patience asked for, or -1 for the cache's own. */
    private int hitPatience() {
        if (hitPatience.equals("default")) {
            return -1;
        }
        try {
            int p = Integer.parseInt(hitPatience.trim());
            if (p >= 0 && p <= 100_000) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("hitPatience must be default or a number in [0, 100000], was '" + hitPatience + "'");
    }

    /** The router's embedder, its text cache off so that every request runs the model. */
    static OnnxEmbedder embedder(String model) {
        switch (model) {
            case "minilm":
                return OnnxEmbedder.builder().embeddingCacheSize(0).build();
            case "minilm-q":
                return OnnxEmbedder.builder().quantizedMiniLm().embeddingCacheSize(0).build();
            default:
                throw new IllegalArgumentException("model must be minilm or minilm-q, was '" + model + "'");
        }
    }

    /** The filler's entries, {@code count} of them, to store after the bench questions. */
    private IntFunction<CacheEntry> filler(String partition, int count) {
        switch (filler) {
            case "questions":
                return questionFiller(partition, count);
            default:
                return randomFiller(partition);
        }
    }

    /** QQP question embeddings from this fork's model, then noisy copies: {@code ann}'s generator. */
    private IntFunction<CacheEntry> questionFiller(String partition, int count) {
        List<String> questions = QuestionCopies.questions(questionsFile, QuestionCopies.DEFAULT_SEED);
        // ann's split: the first 4,000 of the shuffled questions seed the entries, 1,000 more are held out (half of
        // a smaller file); a fill of fewer entries needs only its first seeds, which are the same vectors
        int held = Math.min(QuestionCopies.DEFAULT_QUERIES, questions.size() / 2);
        int seeds = Math.min(Math.max(1, count), QuestionCopies.seedCount(questions.size(), QuestionCopies.DEFAULT_TEXTS, held));
        long t0 = System.nanoTime();
        float[][] base = QuestionCopies.vectors(embedder.embedAll(questions.subList(0, seeds)));
        System.out.printf(Locale.ROOT, "%n[RouteBench] embedded %d questions of %s in %.1f s%n", seeds, questionsFile,
                (System.nanoTime() - t0) / 1e9);
        QuestionCopies copies = new QuestionCopies(base, QuestionCopies.DEFAULT_NOISE, QuestionCopies.DEFAULT_SEED);
        return i -> {
            QuestionCopies.Copy c = copies.nextEntry();
            return new CacheEntry(partition, questions.get(c.index() % seeds) + " #" + c.index(), Embedding.of(c.vector()),
                    "answer " + c.index(), "small", null);
        };
    }

    /** Random unit vectors (the filler before the question one): no neighbourhoods, a graph index's worst case. */
    private IntFunction<CacheEntry> randomFiller(String partition) {
        SplittableRandom rnd = new SplittableRandom(entries);
        int dim = embedder.dimension();
        return i -> {
            float[] v = new float[dim];
            synchronized (rnd) {
                for (int k = 0; k < v.length; k++) {
                    v[k] = (float) rnd.nextGaussian();
                }
            }
            VectorMath.normalize(v);
            return new CacheEntry(partition, "filler " + i, Embedding.of(v), "filler", "small", null);
        };
    }

    @TearDown
    public void close() {
        if (embedder != null) {
            embedder.close();
        }
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        stages.reset();
    }

    /** Prints the stage split of the iteration that just ended. */
    @TearDown(Level.Iteration)
    public void reportStages(BenchmarkParams params) {
        String bench = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        System.out.printf("%n%s%n", stageLine(bench));
    }

    /** The stage split of the requests since the iteration started, with the benchmark and its parameters. */
    String stageLine(String bench) {
        return String.format(Locale.ROOT, "[RouteBench] %s, %d entries, filler %s, model %s, stages: %s", bench, entries,
                filler, model, stages.summary());
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
