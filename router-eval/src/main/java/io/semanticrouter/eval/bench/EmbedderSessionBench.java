package io.semanticrouter.eval.bench;

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

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link OnnxEmbedder}'s ONNX Runtime session settings, one at a time against the defaults: the latency of one
 * short question on one caller (sample mode, so p50 and p99 print) and the throughput with 8 callers. The
 * embedder's text cache is off, so every call runs the model. {@code session} names the change from the
 * defaults:
 * <ul>
 *   <li>{@code default}: the builder's defaults</li>
 *   <li>{@code threads1}, {@code threads2}: {@code intraOpThreads(1)}, {@code intraOpThreads(2)}</li>
 *   <li>{@code spin}: {@code intraOpSpinning(true)}</li>
 *   <li>{@code noArena}: {@code cpuMemoryArena(false)}</li>
 *   <li>{@code noPattern}: {@code memoryPattern(false)}</li>
 *   <li>{@code basicOpt}, {@code extendedOpt}: {@code graphOptimization(BASIC)}, {@code (EXTENDED)}</li>
 * </ul>
 * {@code model} is {@code minilm} (fp32) or {@code minilm-q} (int8).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class EmbedderSessionBench {

    @Param({"minilm"})
    public String model;

    @Param({"default", "threads1", "threads2", "spin", "noArena", "noPattern", "basicOpt", "extendedOpt"})
    public String session;

    private OnnxEmbedder embedder;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void load() {
        embedder = configure(session, builder(model)).embeddingCacheSize(0).build();
    }

    @TearDown
    public void close() {
        embedder.close();
    }

    static OnnxEmbedder.Builder builder(String model) {
        return switch (model) {
            case "minilm" -> OnnxEmbedder.builder();
            case "minilm-q" -> OnnxEmbedder.builder().modelResource("all-minilm-l6-v2-q.onnx",
                    "all-minilm-l6-v2-q-tokenizer.json");
            default -> throw new IllegalArgumentException("model must be minilm or minilm-q, was " + model);
        };
    }

    static OnnxEmbedder.Builder configure(String session, OnnxEmbedder.Builder b) {
        return switch (session) {
            case "default" -> b;
            case "threads1" -> b.intraOpThreads(1);
            case "threads2" -> b.intraOpThreads(2);
            case "spin" -> b.intraOpSpinning(true);
            case "noArena" -> b.cpuMemoryArena(false);
            case "noPattern" -> b.memoryPattern(false);
            case "basicOpt" -> b.graphOptimization(OnnxEmbedder.GraphOptimization.BASIC);
            case "extendedOpt" -> b.graphOptimization(OnnxEmbedder.GraphOptimization.EXTENDED);
            default -> throw new IllegalArgumentException("unknown session setting " + session);
        };
    }

    private String text() {
        return BenchTexts.QUESTIONS.get(Math.floorMod(next.getAndIncrement(), BenchTexts.QUESTIONS.size()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object oneQuery() {
        return embedder.embed(text());
    }

    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object eightCallers() {
        return embedder.embed(text());
    }
}
