package io.semanticrouter.eval.bench;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.Embedding;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RequestContext;
import io.semanticrouter.classifier.CategoryModelSelector;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.KeywordRule;
import io.semanticrouter.classifier.KeywordSelector;
import io.semanticrouter.classifier.PiiGuard;
import io.semanticrouter.classifier.StrongWeakSelector;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The whole signal stage on one question with its embedding already made (the router embeds once): the
 * jailbreak guard (phrases + 50 exemplars), the PII guard, keyword rules, the default ten-category classifier
 * with its selector, and the strong/weak router; plus the same stage with the embedding included, on the fp32
 * MiniLM and its int8 variant.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignalsBench {

    /** The embedding model: the fp32 default or its int8 variant. */
    @Param({"minilm", "minilm-q"})
    public String model;

    private OnnxEmbedder embedder;
    private JailbreakGuard jailbreak;
    private PiiGuard pii;
    private KeywordSelector selector;
    private StrongWeakSelector complexity;
    private final List<Embedding> vectors = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        embedder = "minilm-q".equals(model)
                ? OnnxEmbedder.builder().modelResource("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json")
                        .embeddingCacheSize(0).build()
                : OnnxEmbedder.builder().embeddingCacheSize(0).build();
        jailbreak = JailbreakGuard.builder(embedder).build();
        pii = PiiGuard.builder().allowAll("small").build();
        CategoryModelSelector categories = CategoryModelSelector.builder()
                .classifier(ExemplarClassifier.builder(embedder).defaults().build())
                .category("coding", java.util.Map.of("small", 1.0)).build();
        selector = new KeywordSelector(List.of(KeywordRule.builder("refunds").anyOf("refund", "money back")
                .route("small").build()), categories);
        vectors.addAll(embedder.embedAll(BenchTexts.QUESTIONS));
        Random rnd = new Random(7);
        List<StrongWeakSelector.Example> examples = new ArrayList<>();
        for (int i = 0; i < BenchTexts.QUESTIONS.size(); i++) {
            examples.add(new StrongWeakSelector.Example(BenchTexts.QUESTIONS.get(i), vectors.get(i), rnd.nextBoolean(), true));
        }
        complexity = StrongWeakSelector.train("small", "strong", examples, 0.3);
    }

    @TearDown
    public void close() {
        embedder.close();
    }

    private void signals(String q, Embedding e, Blackhole bh) {
        List<dev.langchain4j.data.message.ChatMessage> messages = List.of(UserMessage.from(q));
        RequestContext g = new RequestContext("", messages, q, e);
        bh.consume(jailbreak.check(g));
        bh.consume(pii.check(g));
        RequestContext r = new RequestContext("", messages, q, e);
        bh.consume(selector.select(r));
        bh.consume(complexity.select(r));
    }

    /** Every signal on one question, embedding excluded. */
    @Benchmark
    public void allSignals(Blackhole bh) {
        next = (next + 1) % vectors.size();
        signals(BenchTexts.QUESTIONS.get(next), vectors.get(next), bh);
    }

    /** Every signal on one question, embedding included. */
    @Benchmark
    public void allSignalsWithEmbedding(Blackhole bh) {
        next = (next + 1) % vectors.size();
        String q = BenchTexts.QUESTIONS.get(next);
        signals(q, embedder.embed(q), bh);
    }
}
