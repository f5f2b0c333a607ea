package io.semanticrouter.eval.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.semanticrouter.embeddings.OnnxEmbedder;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link OnnxEmbedder} against LangChain4j's {@code AllMiniLmL6V2EmbeddingModel}: the same model file, the
 * same short questions, in one run. Latency of one query on one caller, and throughput with 8 callers.
 * Our embedder's text cache is off, so every call runs the model.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class EmbedderBench {

    private OnnxEmbedder ours;
    private AllMiniLmL6V2EmbeddingModel theirs;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void load() {
        ours = OnnxEmbedder.builder().embeddingCacheSize(0).build();
        theirs = new AllMiniLmL6V2EmbeddingModel();
    }

    @TearDown
    public void close() {
        ours.close();
    }

    private String text() {
        return BenchTexts.QUESTIONS.get(Math.floorMod(next.getAndIncrement(), BenchTexts.QUESTIONS.size()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object oursOneQuery() {
        return ours.embed(text());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object langchain4jOneQuery() {
        return theirs.embed(text()).content();
    }

    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object oursEightCallers() {
        return ours.embed(text());
    }

    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object langchain4jEightCallers() {
        return theirs.embed(text()).content();
    }
}
