package io.semanticrouter.classifier;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded Hugging Face ONNX export ({@code model.onnx}, {@code tokenizer.json}, {@code config.json} with
 * {@code id2label}): the part that the sequence and token classifiers share. Thread-safe.
 */
final class OnnxExport implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final OrtEnvironment env = OrtEnvironment.getEnvironment();
    final OrtSession session;
    final HuggingFaceTokenizer tokenizer;
    final List<String> labels;
    private final boolean typeIds;

    private OnnxExport(Path dir) throws IOException, OrtException {
        this.labels = readLabels(dir.resolve("config.json"));
        DjlTelemetry.optOut();
        this.tokenizer = HuggingFaceTokenizer.newInstance(dir.resolve("tokenizer.json"), Map.of(
                "addSpecialTokens", "true", "truncation", "false", "padding", "false", "modelMaxLength", "1000000"));
        try {
            this.session = env.createSession(dir.resolve("model.onnx").toString(), new OrtSession.SessionOptions());
        } catch (OrtException | RuntimeException e) {
            tokenizer.close(); // native memory: not left to the garbage collector
            throw e;
        }
        if (!session.getInputNames().contains("input_ids") || !session.getInputNames().contains("attention_mask")) {
            session.close();
            tokenizer.close();
            throw new IllegalArgumentException(dir + "/model.onnx: expected inputs input_ids and attention_mask, has "
                    + session.getInputNames());
        }
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads an export directory.
     *
     * @throws IllegalArgumentException naming the file when a file is missing or malformed
     * @throws UncheckedIOException     if a file cannot be read
     */
    static OnnxExport load(Path dir, int maxTokens) {
        Objects.requireNonNull(dir, "dir must not be null");
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens must be >= 2, was " + maxTokens);
        }
        for (String f : List.of("model.onnx", "tokenizer.json", "config.json")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new IllegalArgumentException(dir + ": missing " + f + " (expected a Hugging Face ONNX export)");
            }
        }
        try {
            return new OnnxExport(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model from " + dir + ": " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalArgumentException(dir + "/model.onnx: ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    /** What {@link #run} hands to its reader: the first output, while the result is still open. */
    @FunctionalInterface
    interface OutputReader<T> {
        T read(Object firstOutput) throws OrtException;
    }

    /**
     * Runs the model on token id rows (padded with zeros to the longest, masked) and reads the first output.
     *
     * @throws IllegalStateException if ONNX Runtime fails
     */
    <T> T run(long[][] ids, OutputReader<T> reader) {
        int longest = 1;
        for (long[] row : ids) {
            longest = Math.max(longest, row.length);
        }
        long[][] inputIds = new long[ids.length][longest];
        long[][] mask = new long[ids.length][longest];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(ids[i], 0, inputIds[i], 0, ids[i].length);
            Arrays.fill(mask[i], 0, ids[i].length, 1L);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, inputIds));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[ids.length][longest]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return reader.read(result.get(0).getValue());
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Softmax of one row of logits, in place into a new array. */
    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static List<String> readLabels(Path config) throws IOException {
        JsonNode id2label = JSON.readTree(config.toFile()).get("id2label");
        if (id2label == null || !id2label.isObject() || id2label.isEmpty()) {
            throw new IllegalArgumentException(config + ": missing id2label");
        }
        String[] labels = new String[id2label.size()];
        for (var it = id2label.fields(); it.hasNext(); ) {
            var e = it.next();
            int id;
            try {
                id = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(config + ": id2label key '" + e.getKey() + "' is not a number");
            }
            if (id < 0 || id >= labels.length) {
                throw new IllegalArgumentException(config + ": id2label ids must be 0.." + (labels.length - 1) + ", found " + id);
            }
            labels[id] = e.getValue().asText();
        }
        return List.of(labels);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        } finally {
            tokenizer.close();
        }
    }
}
