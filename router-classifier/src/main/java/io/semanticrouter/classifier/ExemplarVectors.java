package io.semanticrouter.classifier;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precomputed embeddings of the shipped exemplar set ({@code default-categories.yaml}), so that a classifier built
 * with {@link ExemplarClassifier.Builder#defaults()} on the default MiniLM does not embed 100 texts at every start
 * (about 1 s of CPU on 2 cores). The file {@value #DEFAULTS} is a derived artifact: {@code ExemplarVectorsTool} in
 * this module's test sources writes it, and {@code ShippedExemplarVectorsTest} fails when it is out of date.
 *
 * <p>It is keyed by the embedder's {@link Embedder#modelId() model id} and dimension and by a SHA-256 of the
 * exemplar texts (with their categories, in order). It is used only when all three match and one stored vector
 * agrees with the embedder's own embedding of that text (cosine at least {@value #SPOT_CHECK_MIN}), which catches
 * a different model behind the same id. Otherwise every exemplar is embedded, as without the file.
 *
 * <p>It also holds the exemplars themselves and a SHA-256 of the exemplar file's bytes, so that
 * {@link ExemplarClassifier.Builder#defaults()} can skip parsing the YAML (about 0.2 to 0.4 s of CPU at start-up,
 * most of it loading Jackson's YAML classes) when the file is the one the vectors were made from.
 *
 * <p>Layout ({@link DataOutputStream}): a header, the model id, the dimension, the texts' hash, the file's hash, the
 * categories (label, count, texts), the vector count, then the vectors as big-endian float32 in the order of the
 * texts.
 */
final class ExemplarVectors {

    static final String DEFAULTS = "default-categories.vectors";
    static final double SPOT_CHECK_MIN = 0.999;
    private static final String HEADER = "semantic-router exemplar vectors v2";

    final String modelId;
    final int dimension;
    final String textsHash;
    /** SHA-256 of the exemplar file's bytes: when it matches, {@link #examples} is that file parsed. */
    final String sourceHash;
    /** The exemplars, category by category, as parsed from the file when this was written. */
    final Map<String, List<String>> examples;
    final float[] vectors;

    ExemplarVectors(String modelId, int dimension, String textsHash, String sourceHash,
                    Map<String, List<String>> examples, float[] vectors) {
        this.modelId = modelId;
        this.dimension = dimension;
        this.textsHash = textsHash;
        this.sourceHash = sourceHash;
        this.examples = examples;
        this.vectors = vectors;
    }

    /** The texts of {@code examples} in order: category by category. */
    static List<String> flatten(Map<String, List<String>> examples) {
        List<String> texts = new ArrayList<>();
        examples.values().forEach(texts::addAll);
        return texts;
    }

    /** SHA-256 (hex) over each category and text, in order. */
    static String hash(Map<String, List<String>> examples) {
        MessageDigest sha = sha256();
        for (Map.Entry<String, List<String>> e : examples.entrySet()) {
            for (String text : e.getValue()) {
                sha.update((e.getKey() + '\u0000' + text + '\n').getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 (hex) of a file's bytes. */
    static String hash(byte[] source) {
        return HexFormat.of().formatHex(sha256().digest(source));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Embeds {@code examples}, parsed from a file whose bytes hash to {@code sourceHash}, into a new set. */
    static ExemplarVectors compute(Embedder embedder, Map<String, List<String>> examples, String sourceHash) {
        List<Embedding> es = embedder.embedAll(flatten(examples));
        int dimension = es.get(0).dimension();
        float[] vectors = new float[es.size() * dimension];
        for (int i = 0; i < es.size(); i++) {
            es.get(i).copyInto(vectors, i * dimension);
        }
        return new ExemplarVectors(embedder.modelId(), dimension, hash(examples), sourceHash, examples, vectors);
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(HEADER);
        data.writeUTF(modelId);
        data.writeInt(dimension);
        data.writeUTF(textsHash);
        data.writeUTF(sourceHash);
        data.writeInt(examples.size());
        for (Map.Entry<String, List<String>> e : examples.entrySet()) {
            data.writeUTF(e.getKey());
            data.writeInt(e.getValue().size());
            for (String text : e.getValue()) {
                data.writeUTF(text);
            }
        }
        data.writeInt(vectors.length / dimension);
        ByteBuffer bytes = ByteBuffer.allocate(vectors.length * Float.BYTES);
        bytes.asFloatBuffer().put(vectors);
        data.write(bytes.array());
        data.flush();
    }

    static ExemplarVectors read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!HEADER.equals(data.readUTF())) {
            throw new IOException("not an exemplar vector file of this version");
        }
        String modelId = data.readUTF();
        int dimension = data.readInt();
        String hash = data.readUTF();
        String source = data.readUTF();
        Map<String, List<String>> examples = new LinkedHashMap<>();
        int categories = data.readInt();
        for (int c = 0; c < categories; c++) {
            String label = data.readUTF();
            int n = data.readInt();
            if (n < 0 || n > 1_000_000) {
                throw new IOException("bad exemplar count " + n);
            }
            List<String> texts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                texts.add(data.readUTF());
            }
            examples.put(label, List.copyOf(texts));
        }
        int count = data.readInt();
        if (dimension <= 0 || count <= 0 || (long) dimension * count > 100_000_000L) {
            throw new IOException("bad sizes: " + count + " vectors of dimension " + dimension);
        }
        byte[] bytes = data.readNBytes(dimension * count * Float.BYTES);
        if (bytes.length != dimension * count * Float.BYTES) {
            throw new IOException("the file ends early");
        }
        float[] vectors = new float[dimension * count];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vectors);
        return new ExemplarVectors(modelId, dimension, hash, source, java.util.Collections.unmodifiableMap(examples),
                vectors);
    }

    /** The shipped set, or null when the resource is missing or unreadable (then everything is embedded). */
    static ExemplarVectors shippedDefaults() {
        return Shipped.INSTANCE;
    }

    /** Read once per class loader, on first use. */
    private static final class Shipped {
        static final ExemplarVectors INSTANCE = load();

        private static ExemplarVectors load() {
            try (InputStream in = ExemplarVectors.class.getResourceAsStream(DEFAULTS)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Whether these vectors are {@code examples} embedded by {@code embedder} (see the class comment). */
    boolean matches(Embedder embedder, Map<String, List<String>> examples) {
        List<String> texts = flatten(examples);
        if (!modelId.equals(embedder.modelId()) || dimension != embedder.dimension()
                || vectors.length != texts.size() * dimension || !textsHash.equals(hash(examples))) {
            return false;
        }
        float[] probe = new float[dimension];
        embedder.embed(texts.get(0)).copyInto(probe, 0);
        return VectorMath.dot(probe, 0, vectors, 0, dimension) >= SPOT_CHECK_MIN;
    }

    /**
     * The vectors of {@code texts} (concatenated, in order): those of {@code shipped} texts taken from the shipped
     * file when it matches, the others embedded in one batch.
     */
    static float[] embed(Embedder embedder, List<String> texts, Map<String, List<String>> shipped) {
        Map<String, Integer> known = new HashMap<>();
        ExemplarVectors stored = shipped == null ? null : shippedDefaults();
        if (stored != null && stored.matches(embedder, shipped)) {
            List<String> flat = flatten(shipped);
            for (int i = 0; i < flat.size(); i++) {
                known.putIfAbsent(flat.get(i), i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!known.containsKey(t)) {
                missing.add(t);
            }
        }
        List<Embedding> fresh = missing.isEmpty() ? List.of() : embedder.embedAll(missing);
        int dimension = fresh.isEmpty() ? stored.dimension : fresh.get(0).dimension();
        float[] out = new float[texts.size() * dimension];
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            Integer at = known.get(texts.get(i));
            if (at != null) {
                System.arraycopy(stored.vectors, at * dimension, out, i * dimension, dimension);
            } else {
                fresh.get(next++).copyInto(out, i * dimension);
            }
        }
        return out;
    }

    /** The file's bytes (for the tool and the test). */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
