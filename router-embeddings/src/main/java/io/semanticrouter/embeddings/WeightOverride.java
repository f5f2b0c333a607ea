package io.semanticrouter.embeddings;

import java.util.Arrays;
import java.util.Objects;

/**
 * A float tensor that replaces one initializer (a weight) of an ONNX model when its session is created, such as
 * fine-tuned weights of an encoder's top layers loaded over the shipped model
 * ({@link OnnxEmbedder.Builder#weightOverrides}). The model file itself is not changed.
 *
 * @param name   the initializer's name in the ONNX graph
 * @param shape  its shape, which must equal the replaced initializer's
 * @param values its values, row-major; {@code values.length} is the product of {@code shape}
 */
public record WeightOverride(String name, long[] shape, float[] values) {

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
        return "WeightOverride[" + name + ", shape=" + Arrays.toString(shape) + "]";
    }
}
