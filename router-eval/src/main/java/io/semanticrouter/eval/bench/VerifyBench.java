package io.semanticrouter.eval.bench;

import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.SpanEmbeddingScorer;
import io.semanticrouter.verify.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What hit verification adds to a cache hit: {@link LexicalHitVerifier} on a cached question and its
 * paraphrase (every rule runs to the end, as on a served hit) and on a near-duplicate it refuses, and the
 * optional {@link SpanEmbeddingScorer} on two questions that differ in one verb (two short MiniLM
 * embeddings). Sample-time mode, so JMH prints p50/p90/p99.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifyBench {

    private final LexicalHitVerifier verifier = LexicalHitVerifier.defaults();
    private OnnxEmbedder embedder;
    private SpanEmbeddingScorer scorer;
    private int next;

    @Setup
    public void setUp() {
        embedder = OnnxEmbedder.builder().embeddingCacheSize(0).build();
        scorer = new SpanEmbeddingScorer(embedder);
    }

    @TearDown
    public void close() {
        embedder.close();
    }

    private int pick() {
        next = (next + 1) % BenchTexts.QUESTIONS.size();
        return next;
    }

    /** A served hit: the cached question and a paraphrase; every rule runs and accepts. */
    @Benchmark
    public Verdict acceptParaphrase() {
        int i = pick();
        return verifier.verify(BenchTexts.QUESTIONS.get(i), BenchTexts.PARAPHRASES.get(i));
    }

    /** A refused near-duplicate: the same question with another verb ("clean" vs "repair"). */
    @Benchmark
    public Verdict refuseNearDuplicate() {
        int i = pick();
        return verifier.verify(BenchTexts.QUESTIONS.get(i), BenchTexts.QUESTIONS.get(i ^ 1) + " in 2 days");
    }

    /** The optional second stage on two questions that differ in one verb: two short embeddings. */
    @Benchmark
    public double spanScorer() {
        int i = pick();
        return scorer.score(BenchTexts.QUESTIONS.get(i), null, BenchTexts.QUESTIONS.get(i ^ 1), null);
    }
}
