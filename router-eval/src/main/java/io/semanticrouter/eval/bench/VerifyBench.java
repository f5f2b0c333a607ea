package io.semanticrouter.eval.bench;

import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.PairHead;
import io.semanticrouter.verify.PairHeadHitVerifier;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What hit verification adds to a cache hit: {@link LexicalHitVerifier} on a cached question and its
 * paraphrase (every rule runs to the end, as on a served hit) and on a near-duplicate it refuses, and the
 * optional {@link SpanEmbeddingScorer} on two questions that differ in one verb (two short MiniLM
 * embeddings). Sample-time mode, so JMH prints p50/p90/p99.
 *
 * <p>The default verifier remembers the word features of the cached questions it verified
 * ({@link LexicalHitVerifier.Builder#rememberedQuestions}), and the bench cycles through a few dozen questions, so
 * {@link #acceptParaphrase()} is a hit on a hot entry; {@link #acceptParaphraseFirstServe()} reads both questions
 * afresh, as for an entry served for the first time.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifyBench {

    private final LexicalHitVerifier verifier = LexicalHitVerifier.defaults();
    private final LexicalHitVerifier forgetful = LexicalHitVerifier.builder().rememberedQuestions(0).build();
    private OnnxEmbedder embedder;
    private SpanEmbeddingScorer scorer;
    private HitVerifier withPairHead;
    private List<Embedding> questions;
    private List<Embedding> nearDuplicates;
    private int next;

    @Setup
    public void setUp() {
        embedder = OnnxEmbedder.builder().embeddingCacheSize(0).build();
        scorer = new SpanEmbeddingScorer(embedder);
        withPairHead = PairHeadHitVerifier.of(verifier, PairHead.bundled(embedder.modelId()));
        questions = embedder.embedAll(BenchTexts.QUESTIONS);
        nearDuplicates = new ArrayList<>();
        for (int i = 0; i < BenchTexts.QUESTIONS.size(); i++) {
            nearDuplicates.add(embedder.embed(nearDuplicate(i)));
        }
    }

    private static String nearDuplicate(int i) {
        return BenchTexts.QUESTIONS.get(i ^ 1) + " in 2 days";
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

    /** The same hit with nothing remembered: both questions' features are read, as on an entry's first hit. */
    @Benchmark
    public Verdict acceptParaphraseFirstServe() {
        int i = pick();
        return forgetful.verify(BenchTexts.QUESTIONS.get(i), BenchTexts.PARAPHRASES.get(i));
    }

    /** A refused near-duplicate: the same question with another verb ("clean" vs "repair"). */
    @Benchmark
    public Verdict refuseNearDuplicate() {
        int i = pick();
        return verifier.verify(BenchTexts.QUESTIONS.get(i), nearDuplicate(i));
    }

    /**
     * The same refusal with the optional {@link PairHeadHitVerifier} behind the rules: the rules, then the learned
     * head on the refused pair (its extra cost is the difference to {@link #refuseNearDuplicate()}).
     */
    @Benchmark
    public Verdict pairHeadOnRefusal() {
        int i = pick();
        return withPairHead.verify(BenchTexts.QUESTIONS.get(i), questions.get(i), nearDuplicate(i),
                nearDuplicates.get(i));
    }

    /** The optional second stage on two questions that differ in one verb: two short embeddings. */
    @Benchmark
    public double spanScorer() {
        int i = pick();
        return scorer.score(BenchTexts.QUESTIONS.get(i), null, BenchTexts.QUESTIONS.get(i ^ 1), null);
    }
}
