package io.semanticrouter.eval.bench;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * {@link InMemorySemanticCache} lookup time against the number of entries, all in one partition (the worst
 * case: the scan covers every entry). Random 384-dimensional unit vectors. The cache scans exactly, so
 * recall@1 against exact search is 1 by construction.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", BenchJvm.IGNORE_UNRECOGNIZED, BenchJvm.HUGE_PAGES})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheLookupBench {

    private static final int DIM = 384;

    @Param({"1000", "10000", "100000", "1000000"})
    public int entries;

    private InMemorySemanticCache cache;
    private CacheQuery[] queries;
    private int next;

    @Setup
    public void fill() {
        Random rnd = new Random(entries);
        cache = InMemorySemanticCache.builder().similarityThreshold(0.8).maxEntries(entries).dimension(DIM).build();
        for (int i = 0; i < entries; i++) {
            cache.store(new CacheEntry("tenant", "question " + i, unit(rnd), "answer " + i, "small", null));
        }
        queries = new CacheQuery[1024];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = new CacheQuery("tenant", "query " + i, unit(rnd));
        }
    }

    @TearDown
    public void close() {
        cache.close();
    }

    private static Embedding unit(Random rnd) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        VectorMath.normalize(v);
        return Embedding.of(v);
    }

    @Benchmark
    public Object lookup() {
        CacheQuery q = queries[next];
        next = (next + 1) & (queries.length - 1);
        return cache.search(q, 1).get(0);
    }
}
