package io.semanticrouter.eval.bench;

import io.semanticrouter.verify.SpellingNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the cache's spelling correction costs per question ({@link SpellingNormalizer#normalize}): on questions
 * spelt right (every word known: the common case, one table look-up per word) and on questions with misspelt
 * words (each unknown word tries every edit one letter away, long ones also the tokens two edits away).
 * Sample-time mode, so JMH prints p50/p90/p99. The vocabulary is read in the setup.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpellBench {

    /** Misspelt questions written for this bench: swapped, left-out, doubled and replaced letters. */
    static final List<String> MISSPELT = List.of(
            "how do i recieve a refund for a cancelled flihgt",
            "whats the best way to strore fresh basil",
            "why does my laptop fan make a gridning noise",
            "how long should i boil an eggg for a runny yolk",
            "can i use baking powdr instead of baking soda",
            "how do i chnage the default shell on my mac",
            "what are the simptoms of a pinched nerve in the nekc",
            "how do i accomodate a guest with a nut allergy");

    private SpellingNormalizer speller;
    private int next;

    @Setup
    public void setUp() {
        speller = SpellingNormalizer.get();
    }

    /** A question spelt right: nothing changes. */
    @Benchmark
    public String correctQuestion() {
        next = (next + 1) % BenchTexts.QUESTIONS.size();
        return speller.normalize(BenchTexts.QUESTIONS.get(next));
    }

    /** A question with one or two misspelt words. */
    @Benchmark
    public String misspeltQuestion() {
        next = (next + 1) % MISSPELT.size();
        return speller.normalize(MISSPELT.get(next));
    }
}
