package io.semanticrouter.learn;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * A binary classifier with one hidden layer: features are standardised on the training set, then
 * {@code p = sigmoid(v . relu(W z + b) + c)}. Trained in-process by mini-batch Adam on the logistic loss with L2
 * regularisation on the weights; the initial weights and the order of the examples come from a fixed seed, so
 * training is deterministic. Small enough for a few thousand rows of a few hundred features in seconds.
 *
 * <p>Immutable and thread-safe.
 */
public final class Mlp implements BinaryModel {

    private final float[] mean;
    private final float[] scale;
    /** Hidden weights, row-major: {@code hidden} rows of {@code width} columns. */
    private final float[] hiddenWeights;
    private final float[] hiddenBias;
    private final float[] outputWeights;
    private final float outputBias;

    private Mlp(float[] mean, float[] scale, float[] hiddenWeights, float[] hiddenBias, float[] outputWeights, float outputBias) {
        this.mean = mean;
        this.scale = scale;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /** Training settings; {@link #defaults()} are those the jailbreak guard's unsafe head was chosen with. */
    public record Settings(int hidden, int epochs, double l2, double learningRate, double decay, long seed) {

        /**
         * Checks the ranges.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public Settings {
            if (hidden < 1 || epochs < 1) {
                throw new IllegalArgumentException("hidden and epochs must be >= 1, were " + hidden + " and " + epochs);
            }
            if (!(l2 >= 0) || !(learningRate > 0) || !(decay > 0 && decay <= 1)) {
                throw new IllegalArgumentException("need l2 >= 0, learningRate > 0 and decay in (0, 1], were " + l2 + ", "
                        + learningRate + ", " + decay);
            }
        }

        /** 32 hidden units, 30 epochs, L2 0.01, learning rate 0.005 decayed by 0.85 an epoch, seed 7. */
        public static Settings defaults() {
            return new Settings(32, 30, 0.01, 0.005, 0.85, 7);
        }
    }

    /**
     * A model from saved parameters.
     *
     * @param hiddenWeights {@code hiddenBias.length} rows of {@code mean.length} columns, row-major
     * @throws IllegalArgumentException if the lengths disagree or a scale is not positive
     */
    public static Mlp of(float[] mean, float[] scale, float[] hiddenWeights, float[] hiddenBias, float[] outputWeights,
                         float outputBias) {
        int width = mean.length;
        int hidden = hiddenBias.length;
        if (scale.length != width || hiddenWeights.length != width * hidden || outputWeights.length != hidden || hidden == 0) {
            throw new IllegalArgumentException("inconsistent shapes: mean " + width + ", scale " + scale.length
                    + ", hidden weights " + hiddenWeights.length + ", hidden bias " + hidden + ", output weights "
                    + outputWeights.length);
        }
        for (int i = 0; i < width; i++) {
            if (!(scale[i] > 0)) {
                throw new IllegalArgumentException("scale[" + i + "] must be positive, was " + scale[i]);
            }
        }
        return new Mlp(mean.clone(), scale.clone(), hiddenWeights.clone(), hiddenBias.clone(), outputWeights.clone(), outputBias);
    }

    /**
     * Trains a model.
     *
     * @param x one feature row per example, all of one width
     * @param y the labels; both classes must occur
     * @throws IllegalArgumentException if a class is missing or rows differ in width
     */
    public static Mlp train(float[][] x, boolean[] y, Settings settings) {
        Objects.requireNonNull(settings, "settings");
        LogisticRegression.checkTrainingInput(x, y, settings.epochs(), settings.l2());
        int width = x[0].length;
        float[] mean = LogisticRegression.means(x, width);
        float[] scale = LogisticRegression.scales(x, mean);
        float[][] z = LogisticRegression.standardised(x, mean, scale);
        Trainer t = new Trainer(width, settings);
        t.run(z, y);
        return new Mlp(mean, scale, toFloats(t.params, 0, width * settings.hidden()),
                toFloats(t.params, width * settings.hidden(), settings.hidden()),
                toFloats(t.params, (width + 1) * settings.hidden(), settings.hidden()), (float) t.params[t.params.length - 1]);
    }

    private static float[] toFloats(double[] a, int from, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) a[from + i];
        }
        return f;
    }

    /**
     * Adam over one flat parameter vector: hidden weights ({@code hidden x width}), hidden bias, output weights,
     * output bias last.
     */
    private static final class Trainer {
        private final int width;
        private final int hidden;
        private final Settings s;
        final double[] params;
        private final double[] grad;
        private final double[] m1;
        private final double[] m2;
        private final double[] act;
        private long step;

        Trainer(int width, Settings s) {
            this.width = width;
            this.hidden = s.hidden();
            this.s = s;
            int n = (width + 2) * hidden + 1;
            params = new double[n];
            grad = new double[n];
            m1 = new double[n];
            m2 = new double[n];
            act = new double[hidden];
            Random rnd = new Random(s.seed());
            double in = Math.sqrt(2.0 / width) * 0.5;
            for (int i = 0; i < width * hidden; i++) {
                params[i] = rnd.nextGaussian() * in;
            }
            double out = Math.sqrt(1.0 / hidden);
            for (int j = 0; j < hidden; j++) {
                params[(width + 1) * hidden + j] = rnd.nextGaussian() * out;
            }
        }

        void run(float[][] z, boolean[] y) {
            int[] order = new int[z.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Random rnd = new Random(s.seed() + 1);
            double lr = s.learningRate();
            for (int epoch = 0; epoch < s.epochs(); epoch++) {
                shuffle(order, rnd);
                for (int start = 0; start < order.length; start += 64) {
                    int end = Math.min(order.length, start + 64);
                    Arrays.fill(grad, 0);
                    for (int k = start; k < end; k++) {
                        addGradient(z[order[k]], y[order[k]], 1.0 / (end - start));
                    }
                    adam(lr);
                }
                lr *= s.decay();
            }
        }

        private void addGradient(float[] z, boolean label, double weight) {
            int ob = (width + 1) * hidden;
            double o = params[params.length - 1];
            for (int j = 0; j < hidden; j++) {
                double a = params[width * hidden + j];
                int row = j * width;
                for (int i = 0; i < width; i++) {
                    a += params[row + i] * z[i];
                }
                act[j] = a;
                o += params[ob + j] * Math.max(0, a);
            }
            double err = (1 / (1 + Math.exp(-o)) - (label ? 1 : 0)) * weight;
            grad[params.length - 1] += err;
            for (int j = 0; j < hidden; j++) {
                grad[ob + j] += err * Math.max(0, act[j]);
                if (act[j] > 0) {
                    double d = err * params[ob + j];
                    grad[width * hidden + j] += d;
                    int row = j * width;
                    for (int i = 0; i < width; i++) {
                        grad[row + i] += d * z[i];
                    }
                }
            }
        }

        private void adam(double lr) {
            step++;
            double c1 = 1 - Math.pow(0.9, step);
            double c2 = 1 - Math.pow(0.999, step);
            int biasStart = width * hidden;
            int outStart = (width + 1) * hidden;
            for (int i = 0; i < params.length; i++) {
                boolean weight = i < biasStart || i >= outStart && i < params.length - 1;
                double g = grad[i] + (weight ? s.l2() * params[i] : 0);
                m1[i] = 0.9 * m1[i] + 0.1 * g;
                m2[i] = 0.999 * m2[i] + 0.001 * g * g;
                params[i] -= lr * (m1[i] / c1) / (Math.sqrt(m2[i] / c2) + 1e-8);
            }
        }

        private static void shuffle(int[] a, Random rnd) {
            for (int i = a.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }

    @Override
    public double probability(float[] features) {
        int width = mean.length;
        if (features.length != width) {
            throw new IllegalArgumentException("expected " + width + " features, got " + features.length);
        }
        float[] z = new float[width];
        for (int i = 0; i < width; i++) {
            z[i] = (features[i] - mean[i]) / scale[i];
        }
        double o = outputBias;
        for (int j = 0; j < hiddenBias.length; j++) {
            double a = hiddenBias[j];
            int row = j * width;
            for (int i = 0; i < width; i++) {
                a += hiddenWeights[row + i] * z[i];
            }
            o += outputWeights[j] * Math.max(0, a);
        }
        return 1 / (1 + Math.exp(-o));
    }

    @Override
    public int width() {
        return mean.length;
    }

    /** Number of hidden units. */
    public int hidden() {
        return hiddenBias.length;
    }

    /** The feature means used to standardise. */
    public float[] mean() {
        return mean.clone();
    }

    /** The feature standard deviations used to standardise. */
    public float[] scale() {
        return scale.clone();
    }

    /** The hidden weights, row-major ({@link #hidden()} rows of {@link #width()} columns). */
    public float[] hiddenWeights() {
        return hiddenWeights.clone();
    }

    /** The hidden units' biases. */
    public float[] hiddenBias() {
        return hiddenBias.clone();
    }

    /** The output unit's weights, one per hidden unit. */
    public float[] outputWeights() {
        return outputWeights.clone();
    }

    /** The output unit's bias. */
    public float outputBias() {
        return outputBias;
    }
}
