package io.semanticrouter.embeddings;

import java.util.Arrays;
import java.util.Objects;

/**
 * A float tensor that replaces one initializer (a weight) of an ONNX model, or is added to it, when its session is
 * created, such as fine-tuned weights of an encoder's top layers loaded over the shipped model
 * ({@link OnnxEmbedder.Builder#weightOverrides}). The model file itself is not changed. The values are not copied.
 *
 * @param name     the initializer's name in the ONNX graph (a float32 initializer)
 * @param shape    its shape, which must equal the initializer's
 * @param values   the values, row-major; {@code values.length} is the product of {@code shape}
 * @param additive whether the values are added to the model's own ({@link #add}) rather than replace them
 */
public record WeightOverride(String name, long[] shape, float[] values, boolean additive) {

    /** New values for an initializer. */
    public static WeightOverride replace(String name, long[] shape, float[] values) {
        return new WeightOverride(name, shape, values, false);
    }

    /** A change added to an initializer's own values, such as a low-rank fine-tuning update. */
    public static WeightOverride add(String name, long[] shape, float[] delta) {
        return new WeightOverride(name, shape, delta, true);
    }

    /** The replacing override of this change added to {@code base}, the initializer's own values. */
    WeightOverride addedTo(float[] base) {
        if (base.length != values.length) {
            throw new IllegalArgumentException(name + ": the model holds " + base.length + " values, the change " + values.length);
        }
        float[] sum = new float[values.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = base[i] + values[i];
        }
        return replace(name, shape, sum);
    }

    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank, a size is not positive, or the values do not fill the
     *                                  shape
     */
    public WeightOverride {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(shape, "shape must not be null");
        Objects.requireNonNull(values, "values must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the initializer name must not be blank");
        }
        long size = 1;
        for (long s : shape) {
            if (s <= 0) {
                throw new IllegalArgumentException(name + ": sizes must be positive, shape " + Arrays.toString(shape));
            }
            size = Math.multiplyExact(size, s);
        }
        if (shape.length == 0 || size != values.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " holds " + size
                    + " values, but " + values.length + " were given");
        }
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public String toString() {
        return "WeightOverride[" + name + ", shape=" + Arrays.toString(shape) + (additive ? ", added" : "") + "]";
    }
}
