package io.semanticrouter.embeddings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the names, shapes and float values of an ONNX model's initializers straight from the file's protobuf
 * encoding (ModelProto field 7, the graph; GraphProto field 5, the initializers; TensorProto field 1, the dims,
 * field 2, the data type, field 4 or 9, the data, and field 8, the name), skipping everything else, so {@link OnnxEmbedder.Builder#weightOverrides} can refuse a name the model lacks or a
 * shape that differs before ONNX Runtime, which accepts both silently, sees them.
 */
final class OnnxInitializers {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int FLOAT = 1;

    private OnnxInitializers() {
    }

    /**
     * Initializer name to shape.
     *
     * @throws IllegalArgumentException if the bytes are not a well-formed protobuf message
     */
    static Map<String, long[]> shapes(byte[] model) {
        Map<String, long[]> out = new HashMap<>();
        forEachInitializer(model, t -> tensor(t, out));
        return out;
    }

    /**
     * The values of the named float32 initializers (stored as raw data or as float data).
     *
     * @throws IllegalArgumentException if one is missing or not float32, or the bytes are not well formed
     */
    static Map<String, float[]> floats(byte[] model, java.util.Collection<String> names) {
        Map<String, float[]> out = new HashMap<>();
        forEachInitializer(model, t -> {
            Reader peek = t.copy();
            String name = name(peek);
            if (name != null && names.contains(name)) {
                out.put(name, values(t, name));
            }
        });
        for (String n : names) {
            if (!out.containsKey(n)) {
                throw new IllegalArgumentException("the model has no float initializer '" + n + "'");
            }
        }
        return out;
    }

    private static void forEachInitializer(byte[] model, java.util.function.Consumer<Reader> each) {
        Reader top = new Reader(model, 0, model.length);
        while (top.more()) {
            int key = (int) top.varint();
            if (key >>> 3 == MODEL_GRAPH && (key & 7) == 2) {
                Reader graph = top.message();
                while (graph.more()) {
                    int g = (int) graph.varint();
                    if (g >>> 3 == GRAPH_INITIALIZER && (g & 7) == 2) {
                        each.accept(graph.message());
                    } else {
                        graph.skip(g & 7);
                    }
                }
            } else {
                top.skip(key & 7);
            }
        }
    }

    private static String name(Reader t) {
        while (t.more()) {
            int key = (int) t.varint();
            if (key >>> 3 == TENSOR_NAME && (key & 7) == 2) {
                return t.string();
            }
            t.skip(key & 7);
        }
        return null;
    }

    private static float[] values(Reader t, String name) {
        long type = -1;
        java.nio.ByteBuffer data = null;
        while (t.more()) {
            int key = (int) t.varint();
            int field = key >>> 3;
            if (field == TENSOR_DATA_TYPE && (key & 7) == 0) {
                type = t.varint();
            } else if ((field == TENSOR_RAW_DATA || field == TENSOR_FLOAT_DATA) && (key & 7) == 2) {
                data = t.bytes();
            } else {
                t.skip(key & 7);
            }
        }
        if (type != FLOAT || data == null) {
            throw new IllegalArgumentException("initializer '" + name + "' is not float32 data (type " + type + ")");
        }
        float[] v = new float[data.remaining() / Float.BYTES];
        data.order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    private static void tensor(Reader t, Map<String, long[]> out) {
        List<Long> dims = new ArrayList<>(4);
        String name = null;
        while (t.more()) {
            int key = (int) t.varint();
            int field = key >>> 3;
            int type = key & 7;
            if (field == TENSOR_DIMS && type == 0) {
                dims.add(t.varint());
            } else if (field == TENSOR_DIMS && type == 2) {
                Reader packed = t.message();
                while (packed.more()) {
                    dims.add(packed.varint());
                }
            } else if (field == TENSOR_NAME && type == 2) {
                name = t.string();
            } else {
                t.skip(type);
            }
        }
        if (name != null) {
            out.put(name, dims.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /** A cursor over one message's bytes. */
    private static final class Reader {
        private final byte[] b;
        private int pos;
        private final int end;

        Reader(byte[] b, int from, int end) {
            this.b = b;
            this.pos = from;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IllegalArgumentException("not an ONNX model: a number runs past the end at byte " + pos);
                }
                byte x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("not an ONNX model: a number longer than 10 bytes at byte " + pos);
        }

        Reader message() {
            int n = length();
            Reader r = new Reader(b, pos, pos + n);
            pos += n;
            return r;
        }

        Reader copy() {
            return new Reader(b, pos, end);
        }

        java.nio.ByteBuffer bytes() {
            int n = length();
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, pos, n).slice();
            pos += n;
            return buf;
        }

        String string() {
            int n = length();
            String s = new String(b, pos, n, java.nio.charset.StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        private int length() {
            long n = varint();
            if (n < 0 || n > end - pos) {
                throw new IllegalArgumentException("not an ONNX model: a field of " + n + " bytes at byte " + pos
                        + " runs past the end");
            }
            return (int) n;
        }

        void skip(int type) {
            switch (type) {
                case 0 -> varint();
                case 1 -> advance(8);
                case 2 -> advance(length());
                case 5 -> advance(4);
                default -> throw new IllegalArgumentException("not an ONNX model: wire type " + type + " at byte " + pos);
            }
        }

        private void advance(int n) {
            if (n > end - pos) {
                throw new IllegalArgumentException("not an ONNX model: a field runs past the end at byte " + pos);
            }
            pos += n;
        }
    }
}
