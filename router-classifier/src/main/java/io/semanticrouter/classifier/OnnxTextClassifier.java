package io.semanticrouter.classifier;

import io.semanticrouter.Classification;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final OnnxExport model;
    private final int maxTokens;

    private OnnxTextClassifier(OnnxExport model, int maxTokens) {
        this.model = model;
        this.maxTokens = maxTokens;
    }

    /**
     * Loads a classifier from an export directory, cutting texts at 512 tokens.
     *
     * @throws IllegalArgumentException naming the file when a file is missing or malformed, or when the model's
     *                                  declared output width differs from the number of labels in {@code id2label}
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static OnnxTextClassifier load(Path dir) {
        return load(dir, 512);
    }

    /** As {@link #load(Path)}, cutting texts at {@code maxTokens} tokens. */
    public static OnnxTextClassifier load(Path dir, int maxTokens) {
        return new OnnxTextClassifier(OnnxExport.load(dir, maxTokens), maxTokens);
    }

    /** The labels, in output order. */
    public List<String> labels() {
        return model.labels;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /**
     * Classifies one text: the label with the highest probability, its probability as confidence, the margin to
     * the second, and every label's probability.
     *
     * @throws NullPointerException  if text is null
     * @throws IllegalStateException naming both files if a model whose output width is known only at run time
     *                               returns another number of logits than there are labels
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
        for (int i = 0; i < ids.length; i++) {
            String t = Objects.requireNonNull(texts.get(i), "texts[" + i + "] must not be null");
            long[] all = model.onnx.tokenIds(t, maxTokens).ids();
            ids[i] = all.length > maxTokens ? Arrays.copyOf(all, maxTokens) : all;
        }
        return model.run(ids, output -> {
            float[][] logits = (float[][]) output;
            List<Classification> out = new ArrayList<>(logits.length);
            for (float[] row : logits) {
                out.add(toClassification(row));
            }
            return out;
        });
    }

    private Classification toClassification(float[] logits) {
        List<String> labels = model.labels;
        if (logits.length != labels.size()) {
            throw new IllegalStateException(model.dir.resolve("model.onnx") + ": the model returned " + logits.length
                    + " logits for the " + labels.size() + " labels of " + model.dir.resolve("config.json") + " id2label");
        }
        double[] p = OnnxExport.softmax(logits);
        int best = 0;
        int second = -1;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
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

    @Override
    public void close() {
        model.close();
    }
}
