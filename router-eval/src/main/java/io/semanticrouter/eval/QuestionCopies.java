package io.semanticrouter.eval;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.Embedding;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.VectorMath;
import io.semanticrouter.cache.memory.InMemorySemanticCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The cache contents of the benchmarks at scale ({@code bin/router-eval ann} and {@code RouteBench}'s
 * {@code questions} filler): real question embeddings, then copies of them with Gaussian noise until there are
 * as many entries as asked. Entry {@code i} is a copy of seed vector {@code i mod seeds}; the first round is the
 * seed vectors themselves, every later copy gets noise of the given standard deviation per dimension and is
 * normalised again. A real cache holds question embeddings, which have neighbourhoods; random unit vectors in
 * 384 dimensions have none, the worst case for a graph index.
 *
 * <p>The questions are read at run time (by default the GPTCache QQP sample in the anchor-data folder, which is
 * never copied into the repository), de-duplicated and shuffled with a fixed seed, so that every run with the
 * same seed sees the same order: the first ones seed the entries, later ones can serve as held-out queries.
 *
 * <p>Not thread-safe except where a method says so.
 */
public final class QuestionCopies {

    /** The anchor-data folder, relative to the repository root, where {@code bin/router-eval} runs. */
    public static final String DEFAULT_SOURCE = "../shared/anchor-data";
    /** The QQP question pairs inside the anchor-data folder (fields {@code text_a} and {@code text_b}). */
    public static final String QQP_FILE = "datasets/B-gptcache-qqp/similiar_qqp_full.every8th.jsonl";
    /** Distinct questions embedded to seed the entries, unless told otherwise. */
    public static final int DEFAULT_TEXTS = 4000;
    /** Questions held out of the seeds (as {@code ann}'s queries), unless told otherwise. */
    public static final int DEFAULT_QUERIES = 1000;
    /** Standard deviation of the per-dimension noise of a copy (a copy has a cosine of about 0.86 to its seed). */
    public static final double DEFAULT_NOISE = 0.03;
    /** Seed of the shuffle; the noise uses this plus one. */
    public static final long DEFAULT_SEED = 15;

    private final float[][] seeds;
    private final double noise;
    private final Random rnd;
    private int next;

    /**
     * Copies of the given seed vectors (not copied; they must not change afterwards).
     *
     * @param seeds unit vectors, at least one, all of one dimension
     * @param noise standard deviation of the per-dimension noise, >= 0
     * @param seed  the shuffle seed of the questions; the noise stream is seeded with {@code seed + 1}
     * @throws IllegalArgumentException if there are no seeds, dimensions differ, or noise is negative or not finite
     */
    public QuestionCopies(float[][] seeds, double noise, long seed) {
        Objects.requireNonNull(seeds, "seeds");
        if (seeds.length == 0) {
            throw new IllegalArgumentException("need at least one seed vector");
        }
        for (float[] s : seeds) {
            if (s.length != seeds[0].length) {
                throw new IllegalArgumentException("seed vectors differ in dimension: " + s.length + " and " + seeds[0].length);
            }
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, was " + noise);
        }
        this.seeds = seeds;
        this.noise = noise;
        this.rnd = new Random(seed + 1);
    }

    /** The number of seed vectors; entry {@code i} is a copy of seed {@code i % seeds()}. */
    public int seeds() {
        return seeds.length;
    }

    /**
     * The vector of the next entry: the seed itself in the first round, then a noisy copy, normalised. Entries
     * come in order, one per call, so the sequence is the same for the same seeds, noise and seed. Thread-safe;
     * {@link #nextEntry()} also gives the entry's number.
     */
    public synchronized float[] next() {
        int i = next++;
        float[] v = seeds[i % seeds.length].clone();
        if (i >= seeds.length) {
            for (int d = 0; d < v.length; d++) {
                v[d] += (float) (rnd.nextGaussian() * noise);
            }
            VectorMath.normalize(v);
        }
        return v;
    }

    /** One entry: its number and its vector. */
    public record Copy(int index, float[] vector) {
    }

    /** The next entry with its number. Thread-safe. */
    public synchronized Copy nextEntry() {
        int i = next;
        return new Copy(i, next());
    }

    /**
     * The distinct questions of a JSONL file (fields {@code text_a} and/or {@code text_b}, blank ones skipped) in
     * a fixed order shuffled with {@code seed}.
     *
     * @throws DataException if the file is missing or a line is not a JSON object
     */
    public static List<String> questions(Path file, long seed) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file (give --data, or --source with the anchor-data folder)");
        }
        Set<String> distinct = new LinkedHashSet<>();
        Jsonl.read(file, (line, i) -> {
            for (String field : new String[] {"text_a", "text_b"}) {
                String t = line.node().path(field).asText("").trim();
                if (!t.isEmpty()) {
                    distinct.add(t);
                }
            }
            return i;
        });
        List<String> all = new ArrayList<>(distinct);
        Collections.shuffle(all, new Random(seed));
        return all;
    }

    /** The QQP file inside an anchor-data folder. */
    public static Path qqpFile(Path source) {
        return source.resolve(QQP_FILE);
    }

    /**
     * How many of {@code available} questions seed the entries when {@code held} are kept back for queries: at
     * most {@code texts}.
     *
     * @throws DataException if no question would be left to seed them
     */
    public static int seedCount(int available, int texts, int held) {
        int seeds = Math.min(texts, available - held);
        if (seeds < 1) {
            throw new DataException("need more than " + held + " distinct questions (the held-out queries), found " + available);
        }
        return seeds;
    }

    /**
     * Stores entries {@code 0 .. count-1} from {@code threads} threads (the entry function is called once per
     * number, from those threads), with a progress bar on standard error.
     *
     * @throws Exception the first failure of a store or of the entry function
     */
    public static void store(SemanticCache cache, int count, int threads, IntFunction<CacheEntry> entry) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Progress progress = new Progress(System.err, "storing", count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        cache.store(entry.apply(i));
                        if (i % 1024 == 0) {
                            synchronized (progress) {
                                progress.update(i);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        progress.done();
    }

    /**
     * Waits for the background index builds of {@code partition} that a fill started, when the cache has reached
     * its index threshold (until the index is ready the cache scans exactly; a clusters index may be training afresh).
     */
    public static void awaitIndex(InMemorySemanticCache cache, String partition) throws InterruptedException {
        if (cache.size() < cache.indexThreshold()) {
            return;
        }
        while (!cache.isIndexed(partition) || cache.isIndexBuilding(partition)) {
            Thread.sleep(20);
        }
    }

    /** The raw vectors of embeddings. */
    public static float[][] vectors(List<Embedding> embeddings) {
        float[][] v = new float[embeddings.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = embeddings.get(i).vector();
        }
        return v;
    }
}
