package io.semanticrouter.classifier;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fine-tuned sequence classifier as the router's category signal: any Hugging Face sequence-classification
 * export ({@code model.onnx}, {@code tokenizer.json}, {@code config.json} with {@code id2label}), for example a
 * team's own domain model. Its labels are the categories. It reads the query text and ignores the router's
 * embedding; its confidences are the model's softmax probabilities. YAML: {@code classifier.type: onnx}.
 *
 * <p>Thread-safe. Close it to free the native session (a router built from YAML closes it with itself).
 */
public final class OnnxCategoryClassifier implements CategoryClassifier, AutoCloseable {

    private final OnnxTextClassifier model;
    private final Set<String> categories;

    private OnnxCategoryClassifier(OnnxTextClassifier model, Path dir) {
        Set<String> labels = new LinkedHashSet<>(model.labels());
        if (labels.size() != model.labels().size()) {
            model.close();
            throw new IllegalArgumentException(dir.resolve("config.json") + ": id2label names a label twice: "
                    + model.labels());
        }
        this.model = model;
        this.categories = Collections.unmodifiableSet(labels);
    }

    /**
     * Loads the export in {@code dir}, cutting texts at 512 tokens.
     *
     * @throws IllegalArgumentException naming the file when a file is missing or malformed, {@code id2label} is
     *                                  missing, it names a label twice, or the model's declared output width
     *                                  differs from its number of labels
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static OnnxCategoryClassifier load(Path dir) {
        return load(dir, 512);
    }

    /** As {@link #load(Path)}, cutting texts at {@code maxTokens} tokens. */
    public static OnnxCategoryClassifier load(Path dir, int maxTokens) {
        Objects.requireNonNull(dir, "dir must not be null");
        return new OnnxCategoryClassifier(OnnxTextClassifier.load(dir, maxTokens), dir);
    }

    /**
     * Classifies the text with the model: the label with the highest probability, that probability as the
     * confidence, the gap to the second, and every label's probability, best first.
     *
     * @throws NullPointerException if text is null
     */
    @Override
    public Classification classify(String text, Embedding embedding) {
        return model.classify(Objects.requireNonNull(text, "text must not be null"));
    }

    /** The model's softmax probabilities, best first. */
    @Override
    public Map<String, Double> probabilities(String text, Embedding embedding) {
        return classify(text, embedding).scores();
    }

    @Override
    public Set<String> categories() {
        return categories;
    }

    @Override
    public void close() {
        model.close();
    }

    @Override
    public String toString() {
        return "OnnxCategoryClassifier" + categories;
    }
}
