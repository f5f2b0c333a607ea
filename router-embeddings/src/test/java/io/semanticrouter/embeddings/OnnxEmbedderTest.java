package io.semanticrouter.embeddings;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.semanticrouter.Embedding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnnxEmbedderTest {

    /** 50 varied texts written for this test: questions, statements, code, numbers, other scripts, emoji. */
    static final List<String> TEXTS = List.of(
            "What are the main renewable energy sources?",
            "Which renewable energy sources matter most?",
            "How do I reverse a linked list in Java?",
            "The quick brown fox jumps over the lazy dog.",
            "Should I plan a 3-day trip to Lisbon with a rental car?",
            "Should I plan a 3-day trip to Lisbon without a rental car?",
            "for (int i = 0; i < n; i++) { sum += a[i] * b[i]; }",
            "SELECT name, COUNT(*) FROM orders GROUP BY name HAVING COUNT(*) > 3;",
            "def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)",
            "The invoice total is $1,249.99 including 21% VAT.",
            "Call me at +1 (555) 010-2233 after 6pm.",
            "Version 2.6.3 fixed the memory leak introduced in 2.6.0.",
            "Wie spät ist es in Berlin?",
            "¿Dónde está la estación de tren más cercana?",
            "東京の天気はどうですか？",
            "Какой самый длинный river в Европе?",
            "مرحبا، كيف حالك اليوم؟",
            "नमस्ते, आप कैसे हैं?",
            "I love this! 😍🔥🎉",
            "🙂",
            "!!!???...",
            "a",
            "OK",
            "Thanks a lot, that was helpful!",
            "My package has not arrived yet, where is it?",
            "I was charged twice for the same subscription last month and I would like the duplicate payment refunded to my card.",
            "Prove that there are infinitely many prime numbers.",
            "What is the derivative of x^2 * sin(x)?",
            "Integrate 1/x from 1 to e.",
            "Photosynthesis converts light energy into chemical energy stored in glucose, releasing oxygen as a by-product.",
            "The mitochondria is the powerhouse of the cell.",
            "Explain the difference between TCP and UDP in two sentences.",
            "Translate 'good morning' into Portuguese.",
            "Write a haiku about autumn leaves falling on a quiet pond.",
            "What's the capital of Australia? (Hint: it isn't Sydney.)",
            "   leading and trailing spaces   ",
            "UPPERCASE SHOUTING TEXT ABOUT DATABASES",
            "email: someone@example.org, ip: 192.168.1.20",
            "C'est la vie, n'est-ce pas ?",
            "Der Kühlschrank ist kaputt und die Milch ist sauer geworden.",
            "The meeting moved from Tuesday 10:30 to Thursday 14:00 (CET).",
            "git rebase -i HEAD~3 && git push --force-with-lease",
            "{\"name\": \"router\", \"threshold\": 0.8, \"models\": [\"small\", \"strong\"]}",
            "Once upon a time, in a kingdom by the sea, there lived a clockmaker who could repair anything except his own heart.",
            "The train from Madrid to Lisbon takes about nine hours.",
            "The train from Lisbon to Madrid takes about nine hours.",
            "Is 221 a prime number? No: 221 = 13 × 17.",
            "How many moons does Jupiter have?",
            "Tabs\tand\nnewlines\nin one text",
            "E = mc² relates mass and energy.");

    static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void equalsLangChain4jsAllMiniLmL6V2OnFiftyTexts() {
        assertThat(TEXTS).hasSize(50);
        AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
        for (String text : TEXTS) {
            float[] ref = reference.embed(text).content().vector();
            Embedding ours = embedder.embed(text);
            double cos = ours.cosine(Embedding.of(normalized(ref)));
            assertThat(cos).as("cosine for \"%s\"", text).isGreaterThanOrEqualTo(0.999);
        }
    }

    private static float[] normalized(float[] v) {
        float[] c = v.clone();
        io.semanticrouter.VectorMath.normalize(c);
        return c;
    }

    @Test
    void vectorsAreUnitLengthWith384Dimensions() {
        Embedding e = embedder.embed("hello world");
        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(e.dimension()).isEqualTo(384);
        assertThat(e.cosine(e)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(e.tokenCount()).isEqualTo(4); // [CLS] hello world [SEP]
        assertThat(e.truncated()).isFalse();
        assertThat(embedder.modelId()).isEqualTo("all-minilm-l6-v2");
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedTexts() {
        Embedding a = embedder.embed("What are the main renewable energy sources?");
        Embedding b = embedder.embed("Which renewable energy sources matter most?");
        Embedding c = embedder.embed("How do I reverse a linked list in Java?");
        assertThat(a.cosine(b)).isGreaterThan(0.8);
        assertThat(a.cosine(c)).isLessThan(0.3);
    }

    @Test
    void embedAllMatchesEmbedAndKeepsOrder() {
        List<Embedding> batch = embedder.embedAll(TEXTS);
        assertThat(batch).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(batch.get(i).cosine(embedder.embed(TEXTS.get(i)))).as(TEXTS.get(i)).isGreaterThan(0.9999);
        }
        assertThat(embedder.embedAll(List.of())).isEmpty();
    }

    @Test
    void longTextIsTruncatedAndFlagged() {
        String words = "word ".repeat(2000);
        Embedding e = embedder.embed(words);
        assertThat(e.truncated()).isTrue();
        assertThat(e.tokenCount()).isEqualTo(embedder.maxTokens()).isEqualTo(256);

        String huge = "A sentence about storage engines and their write paths. ".repeat(2000); // ~110 KB
        assertThat(huge.length()).isGreaterThan(100_000);
        Embedding h = embedder.embed(huge);
        assertThat(h.truncated()).isTrue();
        assertThat(h.tokenCount()).isEqualTo(256);
    }

    @Test
    void explicitMaxTokensIsHonoured() {
        try (OnnxEmbedder small = OnnxEmbedder.builder().maxTokens(16).embeddingCacheSize(0).build()) {
            Embedding e = small.embed("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen");
            assertThat(e.truncated()).isTrue();
            assertThat(e.tokenCount()).isEqualTo(16);
            assertThat(small.embed("short text").truncated()).isFalse();
        }
    }

    @Test
    void emptyAndNullText() {
        Embedding empty = embedder.embed("");
        assertThat(empty.tokenCount()).isEqualTo(2);
        assertThat(empty.dimension()).isEqualTo(384);
        assertThatThrownBy(() -> embedder.embed(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> embedder.embedAll(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("texts[1]");
    }

    @Test
    void builderRejectsBadSettingsWithTheValue() {
        assertThatThrownBy(() -> OnnxEmbedder.builder().maxTokens(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTokens must be in [8, 8192], was 3");
        assertThatThrownBy(() -> OnnxEmbedder.builder().embeddingCacheSize(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("embeddingCacheSize must be >= 0, was -1");
        assertThatThrownBy(() -> OnnxEmbedder.builder().batchSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
        assertThatThrownBy(() -> OnnxEmbedder.builder().modelDirectory(Path.of("/no/such/dir")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/no/such/dir");
        assertThatThrownBy(() -> OnnxEmbedder.builder().modelResource("missing.onnx", "missing.json").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void sessionSettingsRefuseBadValuesNamingThem() {
        assertThatThrownBy(() -> OnnxEmbedder.builder().intraOpThreads(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("intraOpThreads must be in [0, 256] (0: one per physical core), was -1");
        assertThatThrownBy(() -> OnnxEmbedder.builder().intraOpThreads(257))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 257");
        assertThatThrownBy(() -> OnnxEmbedder.builder().graphOptimization(null))
                .isInstanceOf(NullPointerException.class).hasMessage("graphOptimization must not be null");
    }

    @Test
    void spinningSettingReachesTheSessionOptions() throws Exception {
        try (var off = OnnxEmbedder.sessionOptions(OnnxEmbedder.builder());
             var on = OnnxEmbedder.sessionOptions(OnnxEmbedder.builder().intraOpSpinning(true))) {
            assertThat(off.getConfigEntries()).containsEntry("session.intra_op.allow_spinning", "0")
                    .containsEntry("session.set_denormal_as_zero", "1");
            assertThat(on.getConfigEntries()).containsEntry("session.intra_op.allow_spinning", "1");
        }
    }

    /** Every session setting changes how the model runs, never what it computes. */
    @Test
    void everySessionSettingGivesTheDefaultVectors() {
        List<OnnxEmbedder.Builder> variants = List.of(
                OnnxEmbedder.builder().intraOpThreads(1),
                OnnxEmbedder.builder().intraOpThreads(2).intraOpSpinning(true),
                OnnxEmbedder.builder().cpuMemoryArena(false).memoryPattern(false),
                OnnxEmbedder.builder().graphOptimization(OnnxEmbedder.GraphOptimization.NONE),
                OnnxEmbedder.builder().graphOptimization(OnnxEmbedder.GraphOptimization.BASIC),
                OnnxEmbedder.builder().graphOptimization(OnnxEmbedder.GraphOptimization.EXTENDED));
        for (OnnxEmbedder.Builder variant : variants) {
            try (OnnxEmbedder e = variant.embeddingCacheSize(0).build()) {
                for (String text : TEXTS.subList(0, 12)) {
                    assertThat(e.embed(text).cosine(embedder.embed(text))).as("%s on \"%s\"", variant, text)
                            .isGreaterThan(0.9999);
                }
                List<Embedding> batch = e.embedAll(TEXTS.subList(20, 30));
                for (int i = 0; i < batch.size(); i++) {
                    assertThat(batch.get(i).cosine(embedder.embed(TEXTS.get(20 + i)))).isGreaterThan(0.9999);
                }
            }
        }
    }

    @Test
    void loadsAnExportedModelDirectory(@TempDir Path dir) throws IOException {
        copy(OnnxEmbedder.MINILM_ONNX, dir.resolve("model.onnx"));
        copy(OnnxEmbedder.MINILM_TOKENIZER, dir.resolve("tokenizer.json"));
        try (OnnxEmbedder fromDir = OnnxEmbedder.fromDirectory(dir)) {
            assertThat(fromDir.dimension()).isEqualTo(384);
            assertThat(fromDir.embed(TEXTS.get(0)).cosine(embedder.embed(TEXTS.get(0)))).isGreaterThan(0.9999);
        }
    }

    @Test
    void directoryWithoutModelFailsNamingThePath(@TempDir Path dir) throws IOException {
        copy(OnnxEmbedder.MINILM_TOKENIZER, dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> OnnxEmbedder.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model.onnx").hasMessageContaining(dir.toString());
    }

    @Test
    void corruptModelFailsWithEmbeddingException(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("model.onnx"), "not an onnx model");
        copy(OnnxEmbedder.MINILM_TOKENIZER, dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> OnnxEmbedder.fromDirectory(dir))
                .isInstanceOf(io.semanticrouter.EmbeddingException.class).hasMessageContaining(dir.toString());
    }

    @Test
    void unreadableTokenizerFailsWithEmbeddingException(@TempDir Path dir) throws IOException {
        copy(OnnxEmbedder.MINILM_ONNX, dir.resolve("model.onnx"));
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatThrownBy(() -> OnnxEmbedder.fromDirectory(dir))
                .isInstanceOf(io.semanticrouter.EmbeddingException.class).hasMessageContaining(dir.toString());
    }

    @Test
    void concurrentCallsGiveIdenticalVectors() throws Exception {
        try (OnnxEmbedder uncached = OnnxEmbedder.builder().embeddingCacheSize(0).build()) {
            List<Embedding> expected = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                expected.add(uncached.embed(TEXTS.get(i)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        if (uncached.embed(TEXTS.get(i)).cosine(expected.get(i)) < 0.99999) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
            pool.shutdown();
        }
    }

    @Test
    void repeatedTextComesFromTheEmbeddingCache() {
        Embedding first = embedder.embed("a text asked twice");
        assertThat(embedder.embed("a text asked twice")).isSameAs(first);
    }

    @Test
    void closedEmbedderRefusesWork() {
        OnnxEmbedder e = OnnxEmbedder.builder().embeddingCacheSize(0).build();
        e.close();
        assertThatThrownBy(() -> e.embed("x")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        e.close(); // idempotent
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }
}
