package io.semanticrouter.classifier;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semanticrouter.Classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text classifier from a Hugging Face sequence-classification export: a directory with {@code model.onnx}
 * (inputs {@code input_ids}, {@code attention_mask} and optionally {@code token_type_ids}; first output the
 * logits), {@code tokenizer.json} and {@code config.json} (with {@code id2label}). Any signal can use one: a
 * jailbreak or prompt-injection model for {@link JailbreakGuard}, a topic or toxicity model...
 *
 * <p>Texts longer than {@link #maxTokens()} are cut. Thread-safe (ONNX Runtime sessions are); close it to free
 * the native session.
 */
public final class OnnxTextClassifier implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final List<String> labels;
    private final int maxTokens;
    private final boolean typeIds;

    private OnnxTextClassifier(Path dir, int maxTokens) throws IOException, OrtException {
        this.maxTokens = maxTokens;
        this.labels = readLabels(dir.resolve("config.json"));
        this.tokenizer = HuggingFaceTokenizer.newInstance(dir.resolve("tokenizer.json"), Map.of(
                "addSpecialTokens", "true", "truncation", "false", "padding", "false", "modelMaxLength", "1000000"));
        this.session = env.createSession(dir.resolve("model.onnx").toString(), new OrtSession.SessionOptions());
        if (!session.getInputNames().contains("input_ids") || !session.getInputNames().contains("attention_mask")) {
            session.close();
            throw new IllegalArgumentException(dir + "/model.onnx: expected inputs input_ids and attention_mask, has "
                    + session.getInputNames());
        }
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads a classifier from an export directory, cutting texts at 512 tokens.
     *
     * @throws IllegalArgumentException naming the file when a file is missing or malformed
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static OnnxTextClassifier load(Path dir) {
        return load(dir, 512);
    }

    /** As {@link #load(Path)}, cutting texts at {@code maxTokens} tokens. */
    public static OnnxTextClassifier load(Path dir, int maxTokens) {
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
            return new OnnxTextClassifier(dir, maxTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load classifier from " + dir + ": " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalArgumentException(dir + "/model.onnx: ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    /** The labels, in output order. */
    public List<String> labels() {
        return labels;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /**
     * Classifies one text: the label with the highest probability, its probability as confidence, the margin to
     * the second, and every label's probability.
     *
     * @throws NullPointerException if text is null
     */
    public Classification classify(String text) {
        return classifyAll(List.of(Objects.requireNonNull(text, "text must not be null"))).get(0);
    }

    /**
     * Classifies many texts in one batch (padded to the longest); results in input order.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public List<Classification> classifyAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        if (texts.isEmpty()) {
            return List.of();
        }
        long[][] ids = new long[texts.size()][];
        int longest = 1;
        for (int i = 0; i < ids.length; i++) {
            String t = Objects.requireNonNull(texts.get(i), "texts[" + i + "] must not be null");
            String input = t.length() > maxTokens * 16 ? t.substring(0, maxTokens * 16) : t;
            Encoding enc = tokenizer.encode(input, true, false);
            long[] all = enc.getIds();
            ids[i] = all.length > maxTokens ? java.util.Arrays.copyOf(all, maxTokens) : all;
            longest = Math.max(longest, ids[i].length);
        }
        long[][] inputIds = new long[ids.length][longest];
        long[][] mask = new long[ids.length][longest];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(ids[i], 0, inputIds[i], 0, ids[i].length);
            java.util.Arrays.fill(mask[i], 0, ids[i].length, 1L);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, inputIds));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[ids.length][longest]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] logits = (float[][]) result.get(0).getValue();
                List<Classification> out = new ArrayList<>(logits.length);
                for (float[] row : logits) {
                    out.add(toClassification(row));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to classify: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private Classification toClassification(float[] logits) {
        if (logits.length != labels.size()) {
            throw new IllegalStateException("the model returned " + logits.length + " logits for " + labels.size() + " labels");
        }
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
        int best = 0;
        int second = -1;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
            scores.put(labels.get(i), p[i]);
            if (p[i] > p[best]) {
                best = i;
            }
        }
        for (int i = 0; i < p.length; i++) {
            if (i != best && (second < 0 || p[i] > p[second])) {
                second = i;
            }
        }
        return new Classification(labels.get(best), Math.min(1, p[best]), second < 0 ? p[best] : p[best] - p[second], scores);
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
