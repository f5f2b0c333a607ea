package io.semanticrouter.classifier;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semanticrouter.embeddings.OnnxModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A loaded Hugging Face ONNX export ({@code model.onnx}, {@code tokenizer.json}, {@code config.json} with
 * {@code id2label}): the part that the sequence and token classifiers share. The session, tokenizer and batch
 * runs are router-embeddings' {@link OnnxModel}; this adds the labels, checks at load that the first output's
 * declared width matches them, and reads that output.
 * Thread-safe.
 */
final class OnnxExport implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fewest tokens a text may be cut to: the tokenizer's two special tokens ([CLS] and [SEP]). */
    static final int MIN_TOKENS = 2;

    final OnnxModel onnx;
    final List<String> labels;
    /** The export directory, for messages. */
    final Path dir;
    private final String output;

    private OnnxExport(Path dir) throws IOException, OrtException {
        this.dir = dir;
        this.labels = readLabels(dir.resolve("config.json"));
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            this.onnx = OnnxModel.load(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"), options);
        }
        try {
            this.output = onnx.outputNames().iterator().next();
            checkWidth(onnx.outputShape(output));
        } catch (OrtException | RuntimeException e) {
            onnx.close(); // native memory: not left to the garbage collector
            throw e;
        }
    }

    /**
     * Refuses a model whose first output declares another number of logits per row than {@code id2label} has
     * labels. A width known only at run time (-1) passes here and is checked on each run.
     */
    private void checkWidth(long[] shape) {
        long width = shape.length == 0 ? -1 : shape[shape.length - 1];
        if (width >= 0 && width != labels.size()) {
            throw new IllegalArgumentException(dir.resolve("model.onnx") + ": outputs " + width + " logits per "
                    + (shape.length > 2 ? "token" : "text") + ", but " + dir.resolve("config.json") + " id2label has "
                    + labels.size() + " labels");
        }
    }

    /**
     * Loads an export directory.
     *
     * @throws IllegalArgumentException naming the file when a file is missing or malformed, or when the model's
     *                                  declared output width differs from the number of labels in {@code id2label}
     * @throws UncheckedIOException     if a file cannot be read
     */
    static OnnxExport load(Path dir, int maxTokens) {
        Objects.requireNonNull(dir, "dir must not be null");
        if (maxTokens < MIN_TOKENS) {
            throw new IllegalArgumentException("maxTokens must be at least " + MIN_TOKENS + ", was " + maxTokens);
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

    /** What {@link #run} hands to its reader: the first output's value, while the result is still open. */
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
        try {
            return onnx.run(Arrays.asList(ids), output, (tensor, paddedLength) -> reader.read(tensor.getValue()));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    /** Softmax of one row of logits, into a new array (the same softmax the linear category head uses). */
    static double[] softmax(float[] logits) {
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = logits[i];
        }
        return LinearCategoryClassifier.softmaxInPlace(p, p.length);
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
        onnx.close();
    }
}
