package io.semanticrouter.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A binary logistic regression on dense features, small enough to train in-process in a second: features
 * are standardised on the training set, the logistic loss with L2 regularisation is minimised by mini-batch
 * Adam with a per-epoch learning-rate decay, and examples are shuffled with a fixed seed, so training is
 * deterministic. Used by the learned pair scorer and the strong/weak router.
 *
 * <p>Immutable and thread-safe.
 */
public final class LogisticRegression implements BinaryModel {

    /** The shuffle seed of {@link #train(float[][], boolean[], int, double)}. */
    public static final long DEFAULT_SEED = 42;

    private final float[] mean;
    private final float[] scale;
    private final float[] weights;
    private final float bias;

    private LogisticRegression(float[] mean, float[] scale, float[] weights, float bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * A model from saved parameters.
     *
     * @throws IllegalArgumentException if the arrays differ in length or a scale is not positive
     */
    public static LogisticRegression of(float[] mean, float[] scale, float[] weights, float bias) {
        if (mean.length != scale.length || mean.length != weights.length) {
            throw new IllegalArgumentException("mean, scale and weights must have one length, were " + mean.length
                    + ", " + scale.length + ", " + weights.length);
        }
        for (int i = 0; i < scale.length; i++) {
            if (!(scale[i] > 0)) {
                throw new IllegalArgumentException("scale[" + i + "] must be positive, was " + scale[i]);
            }
        }
        return new LogisticRegression(mean.clone(), scale.clone(), weights.clone(), bias);
    }

    /**
     * Trains a model.
     *
     * @param x      one feature row per example, all of one width
     * @param y      the labels
     * @param epochs passes over the data, at least 1
     * @param l2     L2 penalty, at least 0
     * @throws IllegalArgumentException if a class is missing, rows differ in width or a setting is out of range
     */
    public static LogisticRegression train(float[][] x, boolean[] y, int epochs, double l2) {
        return train(x, y, epochs, l2, DEFAULT_SEED);
    }

    /**
     * Trains a model with another seed for the order in which Adam visits the examples ({@link #DEFAULT_SEED} is what
     * {@link #train(float[][], boolean[], int, double)} uses); the same seed gives the same model.
     *
     * @param x      one feature row per example, all of one width
     * @param y      the labels
     * @param epochs passes over the data, at least 1
     * @param l2     L2 penalty, at least 0
     * @param seed   seed of the per-epoch shuffles
     * @throws IllegalArgumentException if a class is missing, rows differ in width or a setting is out of range
     */
    public static LogisticRegression train(float[][] x, boolean[] y, int epochs, double l2, long seed) {
        checkTrainingInput(x, y, epochs, l2);
        int width = x[0].length;
        float[] mean = means(x, width);
        float[] scale = scales(x, mean);
        float[][] z = standardised(x, mean, scale);
        double[] w = fit(z, y, epochs, l2, seed);
        float[] weights = new float[width];
        for (int i = 0; i < width; i++) {
            weights[i] = (float) w[i];
        }
        return new LogisticRegression(mean, scale, weights, (float) w[width]);
    }

    static void checkTrainingInput(float[][] x, boolean[] y, int epochs, double l2) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need one label per row and at least one row, got " + x.length + " rows and "
                    + y.length + " labels");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        }
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be >= 0, was " + l2);
        }
        boolean anyTrue = false;
        boolean anyFalse = false;
        for (boolean b : y) {
            anyTrue |= b;
            anyFalse |= !b;
        }
        if (!anyTrue || !anyFalse) {
            throw new IllegalArgumentException("training needs positive and negative examples");
        }
    }

    /** The mean of each feature over the rows (summed as value / n), checking that every row has the width. */
    static float[] means(float[][] x, int width) {
        int n = x.length;
        float[] mean = new float[width];
        for (float[] r : x) {
            if (r.length != width) {
                throw new IllegalArgumentException("rows must all have width " + width + ", found " + r.length);
            }
            for (int i = 0; i < width; i++) {
                mean[i] += r[i] / n;
            }
        }
        return mean;
    }

    /** The standard deviation of each feature, at least 1e-6. */
    static float[] scales(float[][] x, float[] mean) {
        int n = x.length;
        int width = mean.length;
        float[] scale = new float[width];
        for (float[] r : x) {
            for (int i = 0; i < width; i++) {
                scale[i] += (r[i] - mean[i]) * (r[i] - mean[i]) / n;
            }
        }
        for (int i = 0; i < width; i++) {
            scale[i] = (float) Math.max(1e-6, Math.sqrt(scale[i]));
        }
        return scale;
    }

    /** The rows with every feature standardised. */
    static float[][] standardised(float[][] x, float[] mean, float[] scale) {
        int n = x.length;
        int width = mean.length;
        float[][] z = new float[n][width];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < width; i++) {
                z[k][i] = (x[k][i] - mean[i]) / scale[i];
            }
        }
        return z;
    }

    /**
     * Mini-batch Adam on the standardised rows: batches of 64 in an order shuffled each epoch ({@code seed}), learning
     * rate 0.01 decayed by 0.7 an epoch. Returns the weights, the bias last.
     */
    private static double[] fit(float[][] z, boolean[] y, int epochs, double l2, long seed) {
        int n = z.length;
        int width = z[0].length;
        double[] w = new double[width + 1]; // last = bias
        double[] m1 = new double[width + 1];
        double[] m2 = new double[width + 1];
        double[] grad = new double[width + 1];
        double lr = 0.01;
        int batch = 64;
        List<Integer> order = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            order.add(k);
        }
        Random rnd = new Random(seed);
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, rnd);
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(n, start + batch);
                Arrays.fill(grad, 0);
                addGradient(z, y, order.subList(start, end), w, grad);
                step++;
                int size = end - start;
                for (int i = 0; i <= width; i++) {
                    double g = grad[i] / size + (i < width ? l2 * w[i] : 0);
                    m1[i] = 0.9 * m1[i] + 0.1 * g;
                    m2[i] = 0.999 * m2[i] + 0.001 * g * g;
                    double mh = m1[i] / (1 - Math.pow(0.9, step));
                    double vh = m2[i] / (1 - Math.pow(0.999, step));
                    w[i] -= lr * mh / (Math.sqrt(vh) + 1e-8);
                }
            }
            lr *= 0.7;
        }
        return w;
    }

    /** Adds the logistic loss gradient of the rows in {@code batch}, one after the other, to {@code grad}. */
    private static void addGradient(float[][] z, boolean[] y, List<Integer> batch, double[] w, double[] grad) {
        int width = w.length - 1;
        for (int k : batch) {
            double s = w[width];
            for (int i = 0; i < width; i++) {
                s += w[i] * z[k][i];
            }
            double err = 1 / (1 + Math.exp(-s)) - (y[k] ? 1 : 0);
            for (int i = 0; i < width; i++) {
                grad[i] += err * z[k][i];
            }
            grad[width] += err;
        }
    }

    /**
     * The model whose logit is the mean of the models' logits, for every input: each model's weights are taken back
     * to the raw features (undoing its own standardisation), averaged with its bias, and expressed again over the
     * mean of the models' standardisations. So one weight vector stands for the average of several models (e.g.
     * models trained on bootstrap resamples).
     *
     * @param models at least one model, all of one width
     * @throws IllegalArgumentException if the list is empty or the widths differ
     */
    public static LogisticRegression average(List<LogisticRegression> models) {
        Objects.requireNonNull(models, "models");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("need at least one model to average");
        }
        int width = models.get(0).width();
        double[] raw = new double[width];
        double[] mean = new double[width];
        double[] scale = new double[width];
        double bias = 0;
        for (LogisticRegression m : models) {
            if (m.width() != width) {
                throw new IllegalArgumentException("models must all have width " + width + ", found " + m.width());
            }
            bias += m.bias;
            for (int i = 0; i < width; i++) {
                double r = (double) m.weights[i] / m.scale[i];
                raw[i] += r;
                bias -= r * m.mean[i];
                mean[i] += m.mean[i];
                scale[i] += m.scale[i];
            }
        }
        int b = models.size();
        float[] outMean = new float[width];
        float[] outScale = new float[width];
        float[] outWeights = new float[width];
        double outBias = bias / b;
        for (int i = 0; i < width; i++) {
            outMean[i] = (float) (mean[i] / b);
            outScale[i] = (float) (scale[i] / b);
            outWeights[i] = (float) (raw[i] / b * outScale[i]);
            outBias += raw[i] / b * outMean[i];
        }
        return new LogisticRegression(outMean, outScale, outWeights, (float) outBias);
    }

    /**
     * The probability of the positive class.
     *
     * @throws IllegalArgumentException if the row has another width than the model
     */
    @Override
    public double probability(float[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + features.length);
        }
        double z = bias;
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Number of features. */
    @Override
    public int width() {
        return weights.length;
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] scale() {
        return scale.clone();
    }

    public float[] weights() {
        return weights.clone();
    }

    public float bias() {
        return bias;
    }
}
