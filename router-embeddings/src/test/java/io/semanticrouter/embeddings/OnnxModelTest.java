package io.semanticrouter.embeddings;

import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The shared ONNX building block on its own, with the MiniLM resources (a BERT: [CLS] is 101, [SEP] 102). */
class OnnxModelTest {

    private static OnnxModel model;

    @BeforeAll
    static void load() throws Exception {
        byte[] onnx;
        try (InputStream in = OnnxModel.class.getClassLoader().getResourceAsStream(OnnxEmbedder.MINILM_ONNX)) {
            onnx = in.readAllBytes();
        }
        try (InputStream tokenizer = OnnxModel.class.getClassLoader().getResourceAsStream(OnnxEmbedder.MINILM_TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            model = OnnxModel.load(onnx, tokenizer, options);
        }
    }

    @AfterAll
    static void close() {
        model.close();
        assertThat(model.isClosed()).isTrue();
        model.close(); // a second close does nothing
    }

    @Test
    void tokenIdsCarryTheSpecialTokensAndCutOnlyFarBeyondTheWindow() {
        OnnxModel.TokenIds few = model.tokenIds("hello world", 8);
        assertThat(few.ids()).startsWith(101L).endsWith(102L).hasSize(4);
        assertThat(few.textCut()).isFalse();

        OnnxModel.TokenIds many = model.tokenIds("word ".repeat(1000), 8);
        assertThat(many.textCut()).as("only 16 characters a token are read").isTrue();
        assertThat(many.ids()).as("more than the window: shortening is the caller's choice")
                .hasSizeGreaterThan(8).hasSizeLessThanOrEqualTo(16 * 8 + 2);
    }

    @Test
    void describesItsOutputs() throws Exception {
        assertThat(model.outputNames()).contains("last_hidden_state");
        long[] shape = model.outputShape("last_hidden_state");
        assertThat(shape[shape.length - 1]).isEqualTo(384);
        assertThatThrownBy(() -> model.outputShape("no such output")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such output");
    }

    @Test
    void paddingAShortRowInABatchLeavesItsTokenVectorsAsTheyWere() throws Exception {
        long[] shortRow = model.tokenIds("a short one", 64).ids();
        long[] longRow = model.tokenIds("a rather longer text that makes the short one need padding", 64).ids();

        float[] alone = model.run(List.of(shortRow), "last_hidden_state", (out, len) -> {
            assertThat(len).isEqualTo(shortRow.length);
            return firstRow(out.getFloatBuffer(), 0, len, shortRow.length);
        });
        float[] padded = model.run(List.of(shortRow, longRow), "last_hidden_state", (out, len) -> {
            assertThat(len).isEqualTo(longRow.length);
            return firstRow(out.getFloatBuffer(), 0, len, shortRow.length);
        });

        assertThat(padded).containsExactly(alone, within(1e-4f));
    }

    /** Row {@code i}'s first {@code tokens} token vectors, one after the other. */
    private static float[] firstRow(FloatBuffer fb, int i, int len, int tokens) {
        float[] v = new float[tokens * 384];
        fb.get(i * len * 384, v, 0, v.length);
        return v;
    }
}
