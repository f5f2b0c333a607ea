package io.semanticrouter.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.Embedder;
import io.semanticrouter.learn.LogisticRegression;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The JSON file of a {@link StrongWeakSelector}:
 *
 * <pre>
 * {
 *   "kind": "strong-weak-selector", "format_version": 1, "note": "how it was made",
 *   "embedder": {"model_id": "all-minilm-l6-v2", "dimension": 384},
 *   "features": ["embedding[384]", "log_chars", ...], "feature_count": 392,
 *   "weak_model": "weak", "strong_model": "strong", "strong_share": 0.3, "threshold": 0.21,
 *   "strong_wins": {"mean": base64, "scale": base64, "weights": base64, "bias": -1.2},
 *   "weak_wins": { ... the same, optional: the score is then strong_wins - weak_wins }
 * }
 * </pre>
 *
 * <p>Arrays are base64 of little-endian float32 values, {@code feature_count} of each. Reading checks the kind,
 * the version, every field's presence and type, the shape, and (when an embedder is given) the embedder.
 */
final class StrongWeakFile {

    static final String KIND = "strong-weak-selector";
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StrongWeakFile() {
    }

    static void write(StrongWeakSelector s, OutputStream out, String note) throws IOException {
        int dimension = s.trainedOn().dimension();
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", KIND);
        root.put("format_version", FORMAT_VERSION);
        root.put("note", note == null ? "" : note);
        ObjectNode e = root.putObject("embedder");
        e.put("model_id", s.trainedOn().modelId());
        e.put("dimension", dimension);
        ArrayNode names = root.putArray("features");
        StrongWeakSelector.featureNames(dimension).forEach(names::add);
        root.put("feature_count", s.strongWinsModel().width());
        root.put("weak_model", s.weakModel());
        root.put("strong_model", s.strongModel());
        root.put("strong_share", s.strongShare());
        root.put("threshold", s.threshold());
        head(root.putObject("strong_wins"), s.strongWinsModel());
        if (s.weakWinsModel() != null) {
            head(root.putObject("weak_wins"), s.weakWinsModel());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    private static void head(ObjectNode node, LogisticRegression lr) {
        node.put("mean", base64(lr.mean()));
        node.put("scale", base64(lr.scale()));
        node.put("weights", base64(lr.weights()));
        node.put("bias", lr.bias());
    }

    /**
     * @param source   what to call the file in messages
     * @param embedder the embedder the file must have been trained with, or null not to check
     */
    static StrongWeakSelector read(InputStream in, String source, Embedder embedder) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw bad(source, "is not a JSON object");
        }
        if (!KIND.equals(root.path("kind").asText(null))) {
            throw bad(source, "is not a strong/weak complexity model (\"kind\" must be \"" + KIND + "\", was "
                    + root.path("kind") + ")");
        }
        JsonNode version = root.path("format_version");
        if (!version.isInt() || version.asInt() != FORMAT_VERSION) {
            throw bad(source, "has format_version " + version + "; this library reads format_version " + FORMAT_VERSION);
        }
        StrongWeakSelector.TrainedOn trainedOn = trainedOn(root, source);
        if (embedder != null) {
            StrongWeakSelector.TrainedOn router = StrongWeakSelector.TrainedOn.of(embedder);
            if (!router.equals(trainedOn)) {
                throw bad(source, "was trained with the embedder " + trainedOn + ", but the router's embedder is "
                        + router + "; train one for this embedder with router-eval cost-quality --save");
            }
        }
        int width = checkFeatures(root, source, trainedOn.dimension());
        LogisticRegression up = head(root, "strong_wins", source, width);
        LogisticRegression down = root.has("weak_wins") ? head(root, "weak_wins", source, width) : null;
        String weak = text(root, "weak_model", source);
        String strong = text(root, "strong_model", source);
        double share = number(root, "strong_share", source);
        double threshold = number(root, "threshold", source);
        try {
            StrongWeakSelector.checkNames(weak, strong);
            new StrongWeakSelector.Settings(share, 1, 0, false);
            return StrongWeakSelector.of(weak, strong, up, down, 0, share, trainedOn).withThreshold(threshold);
        } catch (IllegalArgumentException e) {
            throw bad(source, e.getMessage());
        }
    }

    private static StrongWeakSelector.TrainedOn trainedOn(JsonNode root, String source) {
        JsonNode e = root.path("embedder");
        if (!e.isObject()) {
            throw bad(source, "lacks \"embedder\" (an object with model_id and dimension)");
        }
        String id = text(e, "model_id", source);
        JsonNode d = e.path("dimension");
        if (!d.isInt() || d.asInt() < 1) {
            throw bad(source, "has embedder.dimension " + d + "; expected a positive whole number");
        }
        return new StrongWeakSelector.TrainedOn(id, d.asInt());
    }

    /** Checks the feature names and count against what this library computes; returns the count. */
    private static int checkFeatures(JsonNode root, String source, int dimension) {
        List<String> expected = StrongWeakSelector.featureNames(dimension);
        List<String> names = new ArrayList<>();
        root.path("features").forEach(n -> names.add(n.asText()));
        if (!names.equals(expected)) {
            throw bad(source, "has features " + names + "; this library computes " + expected);
        }
        int width = dimension + StrongWeakSelector.TEXT_FEATURES.size();
        JsonNode count = root.path("feature_count");
        if (!count.isInt() || count.asInt() != width) {
            throw bad(source, "has feature_count " + count + ", expected " + width + " (" + dimension
                    + " embedding dimensions and " + StrongWeakSelector.TEXT_FEATURES.size() + " text features)");
        }
        return width;
    }

    private static LogisticRegression head(JsonNode root, String field, String source, int width) {
        JsonNode h = root.path(field);
        if (!h.isObject()) {
            throw bad(source, "lacks \"" + field + "\" (an object with mean, scale, weights and bias)");
        }
        float[][] arrays = new float[3][];
        String[] names = {"mean", "scale", "weights"};
        for (int i = 0; i < names.length; i++) {
            arrays[i] = floats(h, names[i], field, source);
            if (arrays[i].length != width) {
                throw bad(source, field + "." + names[i] + " has " + arrays[i].length + " values, expected " + width);
            }
        }
        JsonNode bias = h.path("bias");
        if (!bias.isNumber() || !Double.isFinite(bias.asDouble())) {
            throw bad(source, field + ".bias must be a finite number, was " + bias);
        }
        try {
            return LogisticRegression.of(arrays[0], arrays[1], arrays[2], (float) bias.asDouble());
        } catch (IllegalArgumentException e) {
            throw bad(source, field + ": " + e.getMessage());
        }
    }

    private static float[] floats(JsonNode node, String name, String field, String source) {
        JsonNode v = node.path(name);
        if (!v.isTextual()) {
            throw bad(source, "lacks " + field + "." + name + " (base64 of little-endian float32 values)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(v.asText());
        } catch (IllegalArgumentException e) {
            throw bad(source, field + "." + name + " is not base64: " + e.getMessage());
        }
        if (bytes.length % Float.BYTES != 0) {
            throw bad(source, field + "." + name + " has " + bytes.length + " bytes, not a whole number of float32 values");
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        for (float f : out) {
            if (!Float.isFinite(f)) {
                throw bad(source, field + "." + name + " holds a value that is not finite");
            }
        }
        return out;
    }

    private static String base64(float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    private static String text(JsonNode node, String field, String source) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw bad(source, "lacks \"" + field + "\" (a non-blank string)");
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field, String source) {
        JsonNode v = node.path(field);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw bad(source, "lacks \"" + field + "\" (a finite number), was " + v);
        }
        return v.asDouble();
    }

    private static IllegalArgumentException bad(String source, String message) {
        return new IllegalArgumentException(source + " " + message);
    }
}
