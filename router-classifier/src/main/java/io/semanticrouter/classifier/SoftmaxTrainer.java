package io.semanticrouter.classifier;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link LinearCategoryClassifier}: multinomial logistic regression (a softmax over one linear layer)
 * on embedding vectors, with L2 regularisation, optional class-balanced example weights, and mini-batch Adam
 * with a fixed shuffling seed, so training is deterministic. Optionally adds a nearest-centroid head to the
 * learned layer: {@code centroidWeight} times the cosine to each class's mean vector, which is linear in the
 * embedding as well, so the result is still one layer.
 *
 * <p>Settings are set with the fluent methods; an instance is not thread-safe.
 */
public final class SoftmaxTrainer {

    private int epochs = 30;
    private double l2 = 1e-4;
    private double learningRate = 0.01;
    private int batchSize = 64;
    private boolean balanced = true;
    private double centroidWeight = 0;
    private long seed = 42;

    /** Passes over the data (default 30). */
    public SoftmaxTrainer epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** L2 penalty on the weights, per example (default 1e-4). */
    public SoftmaxTrainer l2(double l2) {
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be at least 0, was " + l2);
        }
        this.l2 = l2;
        return this;
    }

    /** Adam's step size (default 0.01). */
    public SoftmaxTrainer learningRate(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + rate);
        }
        this.learningRate = rate;
        return this;
    }

    /** Whether every class weighs the same in the loss, however many examples it has (default true). */
    public SoftmaxTrainer balanced(boolean balanced) {
        this.balanced = balanced;
        return this;
    }

    /** Weight of the nearest-centroid head added to the learned layer (default 0: none). */
    public SoftmaxTrainer centroidWeight(double weight) {
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("centroid weight must be at least 0, was " + weight);
        }
        this.centroidWeight = weight;
        return this;
    }

    /** Seed of the example shuffling (default 42). */
    public SoftmaxTrainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Trains the layer.
     *
     * @param labels         the class names; {@code y} indexes them
     * @param x              one embedding per example, all of one length
     * @param y              the class of each example
     * @param embeddingModel the embedding model that made {@code x}, recorded in the model
     * @throws IllegalArgumentException if the inputs do not fit together or a class has no example
     */
    public LinearCategoryClassifier train(List<String> labels, float[][] x, int[] y, String embeddingModel) {
        return train(labels, x, y, null, embeddingModel);
    }

    /**
     * Trains the layer with a weight per example (for instance to let a few hand-written examples count as
     * much as many scraped ones). With {@link #balanced(boolean) balancing}, every class's total weight is
     * made equal.
     *
     * @param exampleWeights one positive weight per example, or {@code null} for all 1
     * @throws IllegalArgumentException if the inputs do not fit together or a class has no example
     */
    public LinearCategoryClassifier train(List<String> labels, float[][] x, int[] y, double[] exampleWeights,
                                          String embeddingModel) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        int k = labels.size();
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need one class per example and at least one example, got " + x.length
                    + " examples and " + y.length + " classes");
        }
        int dim = x[0].length;
        double[] ew = exampleWeights == null ? ones(x.length) : exampleWeights;
        double[] counts = new double[k];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != dim || y[i] < 0 || y[i] >= k || !(ew[i] > 0)) {
                throw new IllegalArgumentException("example " + i + " has length " + x[i].length + " (expected "
                        + dim + "), class " + y[i] + " (in [0, " + k + ")) or weight " + ew[i] + " (positive)");
            }
            counts[y[i]] += ew[i];
        }
        double total = java.util.Arrays.stream(counts).sum();
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException("class '" + labels.get(c) + "' has no example");
            }
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            classWeight[c] = balanced ? total / (k * counts[c]) : 1.0;
        }
        double[] perExample = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            perExample[i] = ew[i] * classWeight[y[i]];
        }
        double[] w = fit(x, y, k, dim, perExample);
        float[] weights = new float[k * dim];
        float[] bias = new float[k];
        for (int i = 0; i < k * dim; i++) {
            weights[i] = (float) w[i];
        }
        for (int c = 0; c < k; c++) {
            bias[c] = (float) w[k * dim + c];
        }
        addCentroids(weights, x, y, k, dim);
        return LinearCategoryClassifier.of(labels, weights, bias, embeddingModel);
    }

    /** Mini-batch Adam on the weighted cross-entropy; returns k*dim weights then k biases. */
    private double[] fit(float[][] x, int[] y, int k, int dim, double[] exampleWeight) {
        int n = x.length;
        int p = k * dim + k;
        double[] w = new double[p];
        double[] m = new double[p];
        double[] v = new double[p];
        double[] g = new double[p];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long step = 0;
        double[] z = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double rate = learningRate / (1 + 0.1 * epoch);
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(n, start + batchSize);
                java.util.Arrays.fill(g, 0);
                for (int b = start; b < end; b++) {
                    accumulate(g, w, x[order[b]], y[order[b]], exampleWeight[order[b]], k, dim, z);
                }
                double scale = 1.0 / (end - start);
                for (int i = 0; i < k * dim; i++) {
                    g[i] = g[i] * scale + l2 * w[i];
                }
                for (int i = k * dim; i < p; i++) {
                    g[i] *= scale;
                }
                step++;
                adam(w, g, m, v, step, rate);
            }
        }
        return w;
    }

    /** Adds one example's gradient of the weighted cross-entropy to {@code g}. */
    private static void accumulate(double[] g, double[] w, float[] xi, int yi, double weight, int k, int dim,
                                   double[] z) {
        for (int c = 0; c < k; c++) {
            double s = w[k * dim + c];
            int off = c * dim;
            for (int d = 0; d < dim; d++) {
                s += w[off + d] * xi[d];
            }
            z[c] = s;
        }
        LinearCategoryClassifier.softmaxInPlace(z, k);
        for (int c = 0; c < k; c++) {
            double err = weight * (z[c] - (c == yi ? 1 : 0));
            int off = c * dim;
            for (int d = 0; d < dim; d++) {
                g[off + d] += err * xi[d];
            }
            g[k * dim + c] += err;
        }
    }

    private static void adam(double[] w, double[] g, double[] m, double[] v, long step, double rate) {
        double b1 = 0.9;
        double b2 = 0.999;
        double c1 = 1 - Math.pow(b1, step);
        double c2 = 1 - Math.pow(b2, step);
        for (int i = 0; i < w.length; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            w[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
        }
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1);
        return out;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Adds centroidWeight times each class's unit-length mean vector to its weight row. */
    private void addCentroids(float[] weights, float[][] x, int[] y, int k, int dim) {
        if (centroidWeight == 0) {
            return;
        }
        double[] sums = new double[k * dim];
        for (int i = 0; i < x.length; i++) {
            for (int d = 0; d < dim; d++) {
                sums[y[i] * dim + d] += x[i][d];
            }
        }
        for (int c = 0; c < k; c++) {
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += sums[c * dim + d] * sums[c * dim + d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dim; d++) {
                weights[c * dim + d] += (float) (centroidWeight * sums[c * dim + d] / norm);
            }
        }
    }
}
