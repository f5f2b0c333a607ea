package io.semanticrouter.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A category classifier trained in-process from labelled example utterances.
 *
 * <p>Every exemplar is embedded once at build time (one batch). A query's score for a category is the mean
 * of its top-k cosine similarities to that category's exemplars; confidence is a softmax over the category
 * scores, and the margin is the gap between the best and the second-best score. {@link #classify} reuses
 * the router's query embedding and never calls the embedder. Immutable and thread-safe.
 */
public final class ExemplarClassifier implements CategoryClassifier {

    private final Embedder embedder;
    private final String[] labels;
    private final int[] start;   // exemplar index range per label: [start[i], start[i+1])
    private final float[] vectors;
    private final int dimension;
    private final int topK;
    private final double temperature;
    private final Scoring scoring;
    private final float[] centroids;

    /** How a category's score is computed from its exemplars. */
    public enum Scoring {
        /** Mean of the {@code topK} best exemplar similarities (default). */
        TOP_K_MEAN,
        /** Similarity to the normalised mean of the category's exemplars. */
        CENTROID
    }

    private ExemplarClassifier(Builder b, List<String> labelOrder, List<String> texts, int[] start) {
        this.embedder = b.embedder;
        this.labels = labelOrder.toArray(String[]::new);
        this.start = start;
        this.topK = b.topK;
        this.scoring = b.scoring;
        this.vectors = ExemplarVectors.embed(embedder, texts, b.shipped);
        this.dimension = vectors.length / texts.size();
        this.centroids = new float[labels.length * dimension];
        for (int c = 0; c < labels.length; c++) {
            float[] mean = new float[dimension];
            for (int e = start[c]; e < start[c + 1]; e++) {
                for (int d = 0; d < dimension; d++) {
                    mean[d] += vectors[e * dimension + d];
                }
            }
            VectorMath.normalize(mean);
            System.arraycopy(mean, 0, centroids, c * dimension, dimension);
        }
        this.temperature = b.calibrate ? fitTemperature(b.temperature, b.heldOut) : b.temperature;
    }

    /** A builder that will embed exemplars with {@code embedder} (use the router's embedder). */
    public static Builder builder(Embedder embedder) {
        return new Builder(Objects.requireNonNull(embedder, "embedder must not be null"));
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException     if embedding is null
     * @throws IllegalArgumentException if the embedding dimension differs from the exemplars'
     */
    @Override
    public Classification classify(String text, Embedding embedding) {
        Objects.requireNonNull(embedding, "embedding must not be null");
        if (embedding.dimension() != dimension) {
            throw new IllegalArgumentException("embedding dimension " + embedding.dimension()
                    + " does not match the classifier's exemplar dimension " + dimension);
        }
        return classify(embedding.vector(), 0, -1, temperature);
    }

    /**
     * Every category's softmax probability at this classifier's temperature (the distribution whose top value is
     * {@link Classification#confidence()}), best first.
     */
    @Override
    public Map<String, Double> probabilities(String text, Embedding embedding) {
        Map<String, Double> scores = classify(text, embedding).scores();
        double best = scores.values().iterator().next();
        Map<String, Double> p = new LinkedHashMap<>();
        double z = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            double w = Math.exp((e.getValue() - best) / temperature);
            p.put(e.getKey(), w);
            z += w;
        }
        double sum = z;
        p.replaceAll((category, w) -> w / sum);
        return p;
    }

    /**
     * Scores the vector at {@code q[offset..]} against every category, leaving exemplar {@code skip} out (-1: none),
     * and turns the scores into a classification with softmax temperature {@code t}.
     */
    private Classification classify(float[] q, int offset, int skip, double t) {
        double[] scores = new double[labels.length];
        double[] top = new double[topK];
        for (int c = 0; c < labels.length; c++) {
            boolean holdsSkip = skip >= start[c] && skip < start[c + 1];
            scores[c] = scoring == Scoring.CENTROID
                    ? centroidScore(c, q, offset, skip, holdsSkip)
                    : topKMeanScore(c, q, offset, skip, holdsSkip, top);
        }
        return fromScores(scores, t);
    }

    /**
     * Category {@code c}'s centroid score: the dot product with its normalised centroid, recomputed without
     * exemplar {@code skip} when the category holds it (-1 when that was its only exemplar).
     */
    private double centroidScore(int c, float[] q, int offset, int skip, boolean holdsSkip) {
        if (!holdsSkip) {
            return VectorMath.dot(q, offset, centroids, c * dimension, dimension);
        }
        // the category's centroid without the held-out exemplar
        float[] own = new float[dimension];
        for (int e = start[c]; e < start[c + 1]; e++) {
            if (e != skip) {
                for (int d = 0; d < dimension; d++) {
                    own[d] += vectors[e * dimension + d];
                }
            }
        }
        boolean empty = start[c + 1] - start[c] == 1;
        if (!empty) {
            VectorMath.normalize(own);
        }
        return empty ? -1 : VectorMath.dot(q, offset, own, 0, dimension);
    }

    /**
     * Category {@code c}'s top-k score: the mean of its k best exemplar similarities, leaving exemplar
     * {@code skip} out (-1 when it has no other exemplar). {@code top} is scratch space of length topK.
     */
    private double topKMeanScore(int c, float[] q, int offset, int skip, boolean holdsSkip, double[] top) {
        int n = start[c + 1] - start[c] - (holdsSkip ? 1 : 0);
        if (n == 0) {
            return -1;
        }
        int k = Math.min(topK, n);
        Arrays.fill(top, 0, k, Double.NEGATIVE_INFINITY);
        for (int e = start[c]; e < start[c + 1]; e++) {
            if (e == skip) {
                continue;
            }
            double s = VectorMath.dot(q, offset, vectors, e * dimension, dimension);
            // keep the k best in descending order (k is tiny)
            if (s > top[k - 1]) {
                int i = k - 1;
                while (i > 0 && top[i - 1] < s) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = s;
            }
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += top[i];
        }
        return sum / k;
    }

    /** The best category, its softmax confidence at temperature {@code t}, the margin and all scores, best first. */
    private Classification fromScores(double[] scores, double t) {
        Integer[] order = new Integer[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        double best = scores[order[0]];
        double z = 0;
        for (double sc : scores) {
            z += Math.exp((sc - best) / t);
        }
        double confidence = Math.min(1.0, 1.0 / z);
        double margin = order.length > 1 ? best - scores[order[1]] : best;
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Integer i : order) {
            ordered.put(labels[i], scores[i]);
        }
        return new Classification(labels[order[0]], confidence, Math.max(0, margin), ordered);
    }

    /**
     * Classifies every exemplar against all the others (leave-one-out), at this classifier's temperature: how
     * the classifier does on text it was not built from, without a separate data set. The result lists, per
     * exemplar in build order, its true category and the classification.
     */
    public List<Labelled> leaveOneOut() {
        List<Labelled> out = new ArrayList<>(vectors.length / dimension);
        for (int c = 0; c < labels.length; c++) {
            for (int e = start[c]; e < start[c + 1]; e++) {
                out.add(new Labelled(labels[c], classify(vectors, e * dimension, e, temperature)));
            }
        }
        return out;
    }

    /**
     * A classification with the category it should have given.
     *
     * @param truth          the true category
     * @param classification what the classifier said
     */
    public record Labelled(String truth, Classification classification) {
        public Labelled {
            Objects.requireNonNull(truth, "truth");
            Objects.requireNonNull(classification, "classification");
        }

        /** Whether the classifier named the true category. */
        public boolean correct() {
            return truth.equals(classification.category());
        }
    }

    /** The softmax temperature in use (set, or fitted by {@link Builder#calibrateConfidence()}). */
    public double temperature() {
        return temperature;
    }

    /**
     * The temperature, on a log grid from 0.002 to 1, with the lowest negative log-likelihood of the true
     * categories: of the held-out texts when some were given, else of the exemplars left out one at a time (beyond
     * 2,000 exemplars an evenly spread sample of 2,000; categories with a single exemplar are left out, since
     * without it they are empty). Scores do not depend on the temperature, so each text is scored once. Exemplars
     * that never get a category wrong drive the fit to the grid's floor (every confidence near 1), which is one
     * more reason to calibrate on held-out questions.
     */
    private double fitTemperature(double fallback, Map<String, List<String>> heldOut) {
        List<double[]> rows = new ArrayList<>(); // per text: its true category's score, then all scores best first
        if (!heldOut.isEmpty()) {
            List<String> truth = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            heldOut.forEach((label, list) -> list.forEach(t -> {
                truth.add(label);
                texts.add(t);
            }));
            List<Embedding> es = embedder.embedAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                rows.add(row(classify(es.get(i).vector(), 0, -1, fallback).scores(), truth.get(i)));
            }
        } else {
            int n = vectors.length / dimension;
            int step = Math.max(1, (n + 1999) / 2000);
            for (int c = 0; c < labels.length; c++) {
                if (start[c + 1] - start[c] < 2) {
                    continue; // held out, a lone exemplar leaves its category empty: it could only ever be wrong
                }
                for (int e = start[c]; e < start[c + 1]; e++) {
                    if (e % step == 0) {
                        rows.add(row(classify(vectors, e * dimension, e, fallback).scores(), labels[c]));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return fallback;
        }
        double bestT = fallback;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double t = 0.002; t <= 1.0; t *= 1.15) {
            double loss = 0;
            for (double[] row : rows) {
                double top = row[1];
                double z = 0;
                for (int i = 1; i < row.length; i++) {
                    z += Math.exp((row[i] - top) / t);
                }
                loss -= (row[0] - top) / t - Math.log(z);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        return bestT;
    }

    private static double[] row(Map<String, Double> scores, String truth) {
        double[] row = new double[scores.size() + 1];
        row[0] = scores.get(truth);
        int i = 1;
        for (double v : scores.values()) {
            row[i++] = v;
        }
        return row;
    }

    /**
     * Embeds (in batches) and classifies many texts; results in input order.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public List<Classification> classifyAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        List<Embedding> es = embedder.embedAll(texts);
        List<Classification> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(classify(texts.get(i), es.get(i)));
        }
        return out;
    }

    @Override
    public Set<String> categories() {
        return new LinkedHashSet<>(Arrays.asList(labels));
    }

    /** Number of exemplars per category. */
    public Map<String, Integer> exemplarCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int c = 0; c < labels.length; c++) {
            m.put(labels[c], start[c + 1] - start[c]);
        }
        return m;
    }

    /** Builder of {@link ExemplarClassifier}; arguments are checked at once, the combination at {@link #build()}. */
    public static final class Builder {
        /** Created on first use: building the mappers loads much of Jackson, which defaults() does not need. */
        private static final class Mappers {
            static final ObjectMapper JSON = new ObjectMapper();
            static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
        }
        private static final String DEFAULTS_YAML = "default-categories.yaml";

        private final Embedder embedder;
        private final Map<String, List<String>> examples = new LinkedHashMap<>();
        private int topK = 3;
        private double temperature = 0.05;
        private Scoring scoring = Scoring.TOP_K_MEAN;
        private boolean labelNames;
        private boolean calibrate;
        private final Map<String, List<String>> heldOut = new LinkedHashMap<>();
        /** The shipped set, when {@link #defaults()} added it: its vectors may come precomputed. */
        private Map<String, List<String>> shipped;

        private Builder(Embedder embedder) {
            this.embedder = embedder;
        }

        /**
         * Adds example utterances per category.
         *
         * @throws IllegalArgumentException if a label is blank or a category has no examples
         * @throws NullPointerException     if the map, a label, a list or a text is null
         */
        public Builder examples(Map<String, List<String>> examples) {
            Objects.requireNonNull(examples, "examples must not be null");
            examples.forEach((label, texts) -> {
                Objects.requireNonNull(texts, "examples of '" + label + "' must not be null");
                if (texts.isEmpty()) {
                    throw new IllegalArgumentException("category '" + label + "' has no examples");
                }
                texts.forEach(t -> example(label, t));
            });
            return this;
        }

        /**
         * Adds one example utterance.
         *
         * @throws IllegalArgumentException if the label or the text is blank
         */
        public Builder example(String label, String text) {
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(text, "example text of '" + label + "' must not be null");
            if (label.isBlank()) {
                throw new IllegalArgumentException("label must not be blank, was '" + label + "'");
            }
            if (text.isBlank()) {
                throw new IllegalArgumentException("example text of '" + label + "' must not be blank");
            }
            examples.computeIfAbsent(label, l -> new ArrayList<>()).add(text);
            return this;
        }

        /**
         * Adds examples from a JSONL file of {@code {"text": "...", "label": "..."}} lines; blank lines are skipped.
         *
         * @throws IllegalArgumentException naming the file and the 1-based line of a malformed line
         * @throws UncheckedIOException     if the file cannot be read
         */
        public Builder jsonl(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = Mappers.JSON.readTree(line);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalArgumentException(file + ":" + n + ": not valid JSON: " + e.getOriginalMessage());
                    }
                    JsonNode text = node == null ? null : node.get("text");
                    JsonNode label = node == null ? null : node.get("label");
                    if (text == null || !text.isTextual() || text.asText().isBlank()) {
                        throw new IllegalArgumentException(file + ":" + n + ": missing or blank \"text\"");
                    }
                    if (label == null || !label.isTextual() || label.asText().isBlank()) {
                        throw new IllegalArgumentException(file + ":" + n + ": missing or blank \"label\"");
                    }
                    example(label.asText(), text.asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            return this;
        }

        /**
         * Adds examples from a YAML file mapping each category to its utterances:
         * <pre>
         * categories:
         *   billing:
         *     - "Why was I charged twice this month?"
         *     - "How do I update my credit card?"
         *   coding:
         *     - "How do I reverse a list in Python?"
         * </pre>
         *
         * @throws IllegalArgumentException naming the file and the key when the shape is wrong
         * @throws UncheckedIOException     if the file cannot be read
         */
        public Builder yaml(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            try {
                return yaml(Mappers.YAML.readTree(file.toFile()), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** Adds the examples of a YAML file shipped in this package's resources. */
        Builder yamlResource(String name) {
            return yaml(readResource(name), name);
        }

        private static JsonNode readResource(String name) {
            try (InputStream in = ExemplarClassifier.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " missing from the jar");
                }
                return Mappers.YAML.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Builder yaml(JsonNode root, String source) {
            yamlExamples(root, source).forEach((label, texts) -> texts.forEach(t -> example(label, t)));
            return this;
        }

        /** The examples of a parsed exemplar file, category by category. */
        static Map<String, List<String>> yamlExamples(JsonNode root, String source) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            JsonNode categories = root == null ? null : root.get("categories");
            if (categories == null || !categories.isObject()) {
                throw new IllegalArgumentException(source + ": expected a mapping 'categories: {name: [utterances]}'");
            }
            for (var it = categories.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                    throw new IllegalArgumentException(source + ": categories." + e.getKey() + " must be a non-empty list");
                }
                for (JsonNode t : e.getValue()) {
                    if (!t.isTextual()) {
                        throw new IllegalArgumentException(source + ": categories." + e.getKey() + " holds a non-text item " + t);
                    }
                    out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t.asText());
                }
            }
            return out;
        }

        /**
         * Adds the general-purpose exemplar set shipped with the library (written for it): {@code coding},
         * {@code math}, {@code writing}, {@code customer_support}, {@code health}, {@code legal},
         * {@code finance}, {@code science}, {@code travel}, {@code general}. With the default all-MiniLM-L6-v2
         * embedder their vectors come precomputed from the jar instead of being embedded at build time (checked
         * against the embedder's model id, the texts and one fresh embedding; any mismatch embeds them as usual).
         */
        public Builder defaults() {
            Map<String, List<String>> set = defaultExamples();
            set.forEach((label, texts) -> texts.forEach(t -> example(label, t)));
            this.shipped = set;
            return this;
        }

        /**
         * The shipped exemplar set, category by category: from the precomputed vector file when it was made from
         * the shipped YAML byte for byte (no YAML parsing), else parsed from the YAML.
         */
        static Map<String, List<String>> defaultExamples() {
            byte[] yaml;
            try (InputStream in = ExemplarClassifier.class.getResourceAsStream(DEFAULTS_YAML)) {
                if (in == null) {
                    throw new IllegalStateException(DEFAULTS_YAML + " missing from the jar");
                }
                yaml = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ExemplarVectors stored = ExemplarVectors.shippedDefaults();
            if (stored != null && stored.sourceHash.equals(ExemplarVectors.hash(yaml))) {
                return stored.examples;
            }
            try {
                return yamlExamples(Mappers.YAML.readTree(yaml), DEFAULTS_YAML);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The shipped YAML parsed, ignoring the vector file (for the tool that writes that file). */
        static Map<String, List<String>> parsedDefaultExamples() {
            return yamlExamples(readResource(DEFAULTS_YAML), DEFAULTS_YAML);
        }

        /**
         * How many of the nearest exemplars of a category are averaged into its score. Default 3.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder topK(int k) {
            if (k <= 0) {
                throw new IllegalArgumentException("topK must be > 0, was " + k);
            }
            this.topK = k;
            return this;
        }

        /** How category scores are computed (default {@link Scoring#TOP_K_MEAN}). */
        public Builder scoring(Scoring scoring) {
            this.scoring = Objects.requireNonNull(scoring, "scoring must not be null");
            return this;
        }

        /**
         * Also uses each category's name as examples ({@code "math"} and {@code "a question about math"}, with
         * underscores read as spaces): the name carries what a handful of examples may not.
         */
        public Builder labelNamesAsExamples() {
            this.labelNames = true;
            return this;
        }

        /**
         * Softmax temperature turning scores into confidences; smaller is sharper. Default 0.05.
         *
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder temperature(double t) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("temperature must be > 0, was " + t);
            }
            this.temperature = t;
            return this;
        }

        /**
         * Fits the softmax temperature at build time instead of using {@link #temperature(double)}: each exemplar
         * is classified against the others and the temperature with the lowest negative log-likelihood of the
         * true categories is kept. Exemplars tend to resemble each other more than real traffic resembles them, so
         * this can leave confidences too high; {@link #calibrateConfidenceOn(Map)} with held-out questions is the
         * better fit when they exist (docs/evaluation.md has both measured).
         */
        public Builder calibrateConfidence() {
            this.calibrate = true;
            return this;
        }

        /**
         * Fits the softmax temperature on held-out labelled questions (not exemplars), so that a confidence of 0.8
         * is right about 80% of the time on questions like them. They are embedded once at build time.
         *
         * @throws IllegalArgumentException if empty, a label is blank or unknown at build time
         * @throws NullPointerException     if the map, a label, a list or a text is null
         */
        public Builder calibrateConfidenceOn(Map<String, List<String>> heldOut) {
            Objects.requireNonNull(heldOut, "heldOut must not be null");
            if (heldOut.isEmpty()) {
                throw new IllegalArgumentException("heldOut must hold at least one labelled question");
            }
            heldOut.forEach((label, texts) -> {
                Objects.requireNonNull(label, "heldOut labels must not be null");
                Objects.requireNonNull(texts, "heldOut questions of '" + label + "' must not be null");
                if (label.isBlank()) {
                    throw new IllegalArgumentException("heldOut labels must not be blank");
                }
                for (String t : texts) {
                    this.heldOut.computeIfAbsent(label, k -> new ArrayList<>())
                            .add(Objects.requireNonNull(t, "a heldOut question of '" + label + "' is null"));
                }
            });
            this.calibrate = true;
            return this;
        }

        /**
         * Embeds every exemplar (one batch) and builds the classifier.
         *
         * @throws IllegalStateException if no examples were given
         */
        public ExemplarClassifier build() {
            if (examples.isEmpty()) {
                throw new IllegalStateException("no examples: add at least one labelled utterance");
            }
            for (String label : heldOut.keySet()) {
                if (!examples.containsKey(label)) {
                    throw new IllegalArgumentException("held-out label '" + label + "' has no examples; known: "
                            + examples.keySet());
                }
            }
            if (labelNames) {
                for (String label : new ArrayList<>(examples.keySet())) {
                    String name = label.replace('_', ' ');
                    example(label, name);
                    example(label, "a question about " + name);
                }
            }
            List<String> labels = new ArrayList<>(examples.keySet());
            List<String> texts = new ArrayList<>();
            int[] start = new int[labels.size() + 1];
            for (int i = 0; i < labels.size(); i++) {
                start[i] = texts.size();
                texts.addAll(examples.get(labels.get(i)));
            }
            start[labels.size()] = texts.size();
            return new ExemplarClassifier(this, labels, texts, start);
        }
    }
}
