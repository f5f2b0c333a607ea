package io.semanticrouter.eval.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link OnnxEmbedder} against LangChain4j's {@code AllMiniLmL6V2EmbeddingModel}: the same model file, the
 * same short questions ({@link Texts}), in one run. Latency of one query on one caller, and throughput with 8 callers.
 * Our embedder's text cache is off, so every call runs the model. Our side also runs the int8 model
 * ({@code -p model=minilm-q}; the parameter has the name and values of {@code RouteBench}'s, so one run with
 * {@code -p model=..} reads the hit path against the embedding of the same model); LangChain4j's side is fp32.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", BenchJvm.IGNORE_UNRECOGNIZED, BenchJvm.HUGE_PAGES})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class EmbedderBench {

    /** Our embedder, fp32 ({@code minilm}) or int8 ({@code minilm-q}). */
    @State(Scope.Benchmark)
    public static class Ours {
        @Param({"minilm", "minilm-q"})
        public String model;

        OnnxEmbedder embedder;

        @Setup
        public void load() {
            embedder = RouteBench.embedder(model);
        }

        @TearDown
        public void close() {
            embedder.close();
        }
    }

    /** LangChain4j's fp32 MiniLM. */
    @State(Scope.Benchmark)
    public static class Theirs {
        AllMiniLmL6V2EmbeddingModel model;

        @Setup
        public void load() {
            model = new AllMiniLmL6V2EmbeddingModel();
        }
    }

    /**
     * The texts embedded, in turn, shared by the callers of one benchmark. {@code paraphrases} (the default) are the
     * reworded questions that {@code RouteBench.hitPath} sends, so a run of both benchmarks compares a hit with the
     * embedding of the same texts; {@code questions} are the stored questions, about three tokens shorter ("How do I
     * ..." against "What is the best way to ..."), which the figures before 2026-12-07 used.
     */
    @State(Scope.Benchmark)
    public static class Texts {
        @Param({"paraphrases"})
        public String texts;

        private final AtomicInteger next = new AtomicInteger();
        private List<String> list;

        @Setup
        public void pick() {
            list = switch (texts) {
                case "paraphrases" -> BenchTexts.PARAPHRASES;
                case "questions" -> BenchTexts.QUESTIONS;
                default -> throw new IllegalArgumentException("texts must be paraphrases or questions, was '" + texts + "'");
            };
        }

        String next() {
            return list.get(Math.floorMod(next.getAndIncrement(), list.size()));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object oursOneQuery(Ours ours, Texts texts) {
        return ours.embedder.embed(texts.next());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object langchain4jOneQuery(Theirs theirs, Texts texts) {
        return theirs.model.embed(texts.next()).content();
    }

    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object oursEightCallers(Ours ours, Texts texts) {
        return ours.embedder.embed(texts.next());
    }

    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object langchain4jEightCallers(Theirs theirs, Texts texts) {
        return theirs.model.embed(texts.next()).content();
    }
}
