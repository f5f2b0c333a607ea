package io.semanticrouter.classifier;

import io.semanticrouter.EmbeddingException;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.embeddings.WeightOverride;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The encoder file format over the real all-MiniLM-L6-v2, with files written by this test. */
class JailbreakEncoderTest {

    static final String MINILM_SHA256 = "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e";
    static final String LAST_BIAS = "encoder.layer.5.output.LayerNorm.bias";
    /** The last layer's second feed-forward weight, [1536, 384]. */
    static final String LAST_FFN_OUT = "onnx::MatMul_864";
    static final String TEXT = "Please summarise this e-mail for me before the meeting.";
    static final short HALF = 0x3800;      // 0.5
    static final short QUARTER = 0x3400;   // 0.25

    @Test
    void fullAndLowRankTensorsAndHeadsAreReadAsWritten() throws IOException {
        float[] a = new float[1536];
        a[0] = 0.5f;
        float[] b = new float[384];
        b[7] = 0.25f;
        float[] delta = new float[1536 * 384];
        delta[7] = 0.125f; // A B: row 0, column 7
        try (JailbreakEncoder enc = JailbreakEncoder.load(new ByteArrayInputStream(file(header(1, MINILM_SHA256, "lora", 0.9),
                     tensors())), OnnxEmbedder.builder());
             OnnxEmbedder ref = OnnxEmbedder.builder().normalize(false).embeddingCacheSize(0).weightOverrides(List.of(
                     WeightOverride.replace(LAST_BIAS, new long[] {384}, new float[384]),
                     WeightOverride.add(LAST_FFN_OUT, new long[] {1536, 384}, delta)), MINILM_SHA256).build()) {
            float[] v = ref.embed(TEXT).vector();
            Map<Category, Double> p = enc.probabilities(TEXT);
            assertThat(p.get(Category.JAILBREAK)).isCloseTo(sigmoid(v[7] - 0.5), within(1e-6));
            assertThat(p.get(Category.UNSAFE)).isCloseTo(sigmoid(-2 * v[3] + 0.25), within(1e-6));
            assertThat(enc.threshold(Category.JAILBREAK)).isEqualTo(0.9);
            assertThat(enc.threshold(Category.UNSAFE)).isEqualTo(0.8);
            assertThat(enc.baseModel()).isEqualTo("all-minilm-l6-v2");
        }
    }

    @Test
    void theShippedEncoderGivesTheTrainersProbabilities() throws IOException {
        com.fasterxml.jackson.databind.JsonNode fixture;
        try (var in = JailbreakEncoderTest.class.getResourceAsStream("jailbreak-encoder-fixture.json")) {
            fixture = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        double tolerance = fixture.path("tolerance").asDouble();
        assertThat(tolerance).isPositive().isLessThanOrEqualTo(1e-3);
        assertThat(JailbreakEncoder.shippedPresent()).isTrue();
        JailbreakEncoder shared = JailbreakEncoder.sharedIfPresent();
        assertThat(fixture.path("cases").size()).isGreaterThanOrEqualTo(20);
        for (var c : fixture.path("cases")) {
            Map<Category, Double> p = shared.probabilities(c.path("text").asText());
            assertThat(p.get(Category.JAILBREAK)).as(c.path("text").asText()).isCloseTo(c.path("jailbreak").asDouble(), within(tolerance));
            assertThat(p.get(Category.UNSAFE)).as(c.path("text").asText()).isCloseTo(c.path("unsafe").asDouble(), within(tolerance));
        }
        shared.close();
        assertThat(shared.probabilities("still open after close: it is shared")).containsOnlyKeys(Category.values());
        assertThat(JailbreakEncoder.sharedIfPresent()).isSameAs(shared);
    }

    @Test
    void aFileForAnotherBaseModelIsRefusedNamingBothHashes() {
        String other = "ab".repeat(32);
        assertThatThrownBy(() -> JailbreakEncoder.load(new ByteArrayInputStream(file(header(1, other, "lora", 0.9), tensors())),
                OnnxEmbedder.builder()))
                .isInstanceOf(EmbeddingException.class).hasMessageContaining(other).hasMessageContaining(MINILM_SHA256);
    }

    @Test
    void malformedFilesAreRefusedWithTheReason() {
        byte[] good = file(header(1, MINILM_SHA256, "lora", 0.9), tensors());
        refused(Arrays.copyOf(good, 3), "ends before its header");
        byte[] magic = good.clone();
        magic[0] = 'X';
        refused(magic, "does not start with SRJE");
        refused(file(header(2, MINILM_SHA256, "lora", 0.9), tensors()), "format 2 is not supported");
        refused(file(header(1, MINILM_SHA256, "dense", 0.9), tensors()), "unknown tensor kind 'dense'");
        refused(file(header(1, MINILM_SHA256, "lora", 1.5), tensors()), "threshold must be in (0, 1], was 1.5");
        refused(Arrays.copyOf(good, good.length - 10), "ends inside head unsafe");
        refused(Arrays.copyOf(good, good.length + 1), "bytes after its last head");
    }

    @Test
    void theGuardBlocksOnTheEncodersOutputInTheEnabledCategoriesOnly() throws IOException {
        // the unsafe output says yes to everything (bias 10), the jailbreak output to nothing (bias -10)
        byte[] f = file(header(1, MINILM_SHA256, "lora", 0.9, -10, 10), tensors());
        try (OnnxEmbedder embedder = OnnxEmbedder.builder().build();
             JailbreakEncoder enc = JailbreakEncoder.load(new ByteArrayInputStream(f), OnnxEmbedder.builder())) {
            String text = "What is a good name for a grey cat?";
            var embedding = embedder.embed(text);
            JailbreakGuard both = JailbreakGuard.builder(embedder).learnedModel(null).encoder(enc).encoderGate(0).build();
            var verdict = both.check(text, embedding);
            assertThat(verdict.action()).isEqualTo(io.semanticrouter.GuardVerdict.Action.BLOCK);
            assertThat(verdict.reason()).startsWith("unsafe: fine-tuned encoder (1.00 >= 0.80)");
            assertThat(both.assess(text, embedding).encoder()).containsOnlyKeys(Category.JAILBREAK, Category.UNSAFE);
            JailbreakGuard techniques = JailbreakGuard.builder(embedder).learnedModel(null).encoder(enc).encoderGate(0)
                    .categories(java.util.Set.of(Category.JAILBREAK)).build();
            assertThat(techniques.check(text, embedding).action()).isEqualTo(io.semanticrouter.GuardVerdict.Action.ALLOW);
            assertThat(techniques.assess(text, embedding).encoder()).containsOnlyKeys(Category.JAILBREAK);
            JailbreakGuard without = JailbreakGuard.builder(embedder).learnedModel(null).encoder(null).build();
            assertThat(without.check(text, embedding).action()).isEqualTo(io.semanticrouter.GuardVerdict.Action.ALLOW);
            assertThat(without.assess(text, embedding).encoder()).isEmpty();
        }
    }

    @Test
    void theEncoderReadsOnlyTextsThatPassTheGate() throws IOException {
        byte[] f = file(header(1, MINILM_SHA256, "lora", 0.9, -10, 10), tensors()); // unsafe says yes to everything
        try (OnnxEmbedder embedder = OnnxEmbedder.builder().build();
             JailbreakEncoder enc = JailbreakEncoder.load(new ByteArrayInputStream(f), OnnxEmbedder.builder())) {
            String text = "What is a good name for a grey cat?";
            var embedding = embedder.embed(text);
            JailbreakGuard gated = JailbreakGuard.builder(embedder).encoder(enc).build(); // shipped learned model
            assertThat(gated.assess(text, embedding).learned().values()).allMatch(p -> p < JailbreakGuard.DEFAULT_ENCODER_GATE);
            assertThat(gated.check(text, embedding).action()).isEqualTo(io.semanticrouter.GuardVerdict.Action.ALLOW);
            assertThat(gated.assess(text, embedding).encoder()).isEmpty();
            JailbreakGuard open = JailbreakGuard.builder(embedder).encoder(enc).encoderGate(0).build();
            assertThat(open.check(text, embedding).reason()).startsWith("unsafe: fine-tuned encoder");
            JailbreakGuard noEmbedding = JailbreakGuard.builder(embedder).encoder(enc).build();
            assertThat(noEmbedding.check(text, null).action()).as("the learned model did not read it: phrases only")
                    .isEqualTo(io.semanticrouter.GuardVerdict.Action.ALLOW);
            assertThat(open.check(text, null).reason()).as("gate 0: every text").startsWith("unsafe: fine-tuned encoder");
        }
        assertThatThrownBy(() -> JailbreakGuard.builder(new WordsEmbedder()).encoderGate(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)");
    }

    private static void refused(byte[] file, String message) {
        assertThatThrownBy(() -> JailbreakEncoder.load(new ByteArrayInputStream(file), OnnxEmbedder.builder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    static String header(int format, String sha, String kind, double jailbreakThreshold) {
        return header(format, sha, kind, jailbreakThreshold, -0.5, 0.25);
    }

    static String header(int format, String sha, String kind, double jailbreakThreshold, double jailbreakBias, double unsafeBias) {
        return "{\"format\": " + format + ", \"base_model\": \"all-minilm-l6-v2\", \"base_sha256\": \"" + sha + "\","
                + " \"max_tokens\": 256, \"pooling\": \"mean\", \"normalise\": false, \"head_dim\": 384,"
                + " \"tensors\": [{\"name\": \"" + LAST_BIAS + "\", \"shape\": [384], \"kind\": \"full\"},"
                + " {\"name\": \"" + LAST_FFN_OUT + "\", \"shape\": [1536, 384], \"kind\": \"" + kind + "\", \"rank\": 1}],"
                + " \"heads\": {\"jailbreak\": {\"bias\": " + jailbreakBias + ", \"threshold\": " + jailbreakThreshold + "},"
                + " \"unsafe\": {\"bias\": " + unsafeBias + ", \"threshold\": 0.8}}}";
    }

    /** The data: the bias (384 zeros), A [1536, 1] with 0.5 at row 0, B [1, 384] with 0.25 at 7, and the heads. */
    static byte[] tensors() {
        ByteBuffer buf = ByteBuffer.allocate(384 * 2 + 1536 * 2 + 384 * 2 + 2 * 384 * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.position(384 * 2);
        buf.putShort(HALF).position(384 * 2 + 1536 * 2);
        buf.position(buf.position() + 7 * 2);
        buf.putShort(QUARTER).position(384 * 2 + 1536 * 2 + 384 * 2);
        int heads = buf.position();
        buf.putFloat(heads + 7 * 4, 1f);
        buf.putFloat(heads + 384 * 4 + 3 * 4, -2f);
        return buf.array();
    }

    static byte[] file(String header, byte[] data) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("SRJE".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(h.length).array());
        out.writeBytes(h);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
