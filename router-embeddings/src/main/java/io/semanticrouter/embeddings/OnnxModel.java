package io.semanticrouter.embeddings;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A transformer encoder loaded for inference: an ONNX Runtime session together with its Hugging Face tokenizer
 * (DJL). It is the building block under {@link OnnxEmbedder} and under router-classifier's ONNX text and token
 * classifiers; applications normally use those rather than this class.
 *
 * <p>What it does for its users: loads the tokenizer (without truncation or padding, after opting out of DJL's
 * telemetry, see {@code DjlTelemetry}) and the session; checks that the model takes {@code input_ids} and
 * {@code attention_mask}; turns texts into token ids; and runs a batch of id rows, padded with zeros to the
 * longest row and masked, handing one output tensor to the caller while it is still open. What the caller makes
 * of that tensor (pooling, softmax, tagging) stays with the caller.
 *
 * <p>Thread-safe: ONNX Runtime sessions and DJL tokenizers may be used from many threads. Close it to release
 * the native session and tokenizer; closing twice is harmless.
 */
public final class OnnxModel implements AutoCloseable {

    /** Characters read per token at the most: a token is rarely shorter than one character. */
    private static final int CHARS_PER_TOKEN_BOUND = 16;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    /** Whether the model takes {@code token_type_ids} (BERT-style models do; they are all zero here). */
    private final boolean typeIds;
    private volatile boolean closed;

    private OnnxModel(OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /**
     * Loads a model file and a {@code tokenizer.json} file.
     *
     * @param options session options; the caller keeps them and may close them once this returns
     * @throws IOException              if the tokenizer cannot be read
     * @throws OrtException             if ONNX Runtime cannot load the model
     * @throws IllegalArgumentException naming the model file when the model lacks {@code input_ids} or
     *                                  {@code attention_mask}
     */
    public static OnnxModel load(Path modelFile, Path tokenizerFile, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        Objects.requireNonNull(modelFile, "modelFile must not be null");
        Objects.requireNonNull(options, "options must not be null");
        DjlTelemetry.optOut();
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerFile, tokenizerOptions());
        return withSession(tokenizer, modelFile + ": ",
                () -> OrtEnvironment.getEnvironment().createSession(modelFile.toString(), options));
    }

    /**
     * Loads a model file and a tokenizer from the content of a {@code tokenizer.json}, such as a classpath
     * resource. The stream is read, not closed.
     *
     * @throws IOException              if the tokenizer cannot be read
     * @throws OrtException             if ONNX Runtime cannot load the model
     * @throws IllegalArgumentException naming the model file when the model lacks {@code input_ids} or
     *                                  {@code attention_mask}
     */
    public static OnnxModel load(Path modelFile, InputStream tokenizerJson, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        Objects.requireNonNull(modelFile, "modelFile must not be null");
        Objects.requireNonNull(options, "options must not be null");
        DjlTelemetry.optOut();
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, tokenizerOptions());
        return withSession(tokenizer, modelFile + ": ",
                () -> OrtEnvironment.getEnvironment().createSession(modelFile.toString(), options));
    }

    /**
     * Loads a model from its bytes and a tokenizer from the content of a {@code tokenizer.json}, such as
     * classpath resources. The stream is read, not closed.
     *
     * @throws IOException              if the tokenizer cannot be read
     * @throws OrtException             if ONNX Runtime cannot load the model
     * @throws IllegalArgumentException if the model lacks {@code input_ids} or {@code attention_mask}
     */
    public static OnnxModel load(byte[] model, InputStream tokenizerJson, OrtSession.SessionOptions options)
            throws IOException, OrtException {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(options, "options must not be null");
        DjlTelemetry.optOut();
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, tokenizerOptions());
        return withSession(tokenizer, "", () -> OrtEnvironment.getEnvironment().createSession(model, options));
    }

    @FunctionalInterface
    private interface SessionSource {
        OrtSession open() throws OrtException;
    }

    /** The model of {@code tokenizer} and the session {@code sessions} opens; both closed when that fails. */
    private static OnnxModel withSession(HuggingFaceTokenizer tokenizer, String source, SessionSource sessions)
            throws OrtException {
        OrtSession session;
        try {
            session = sessions.open();
        } catch (OrtException | RuntimeException e) {
            tokenizer.close(); // native memory: not left to the garbage collector
            throw e;
        }
        Set<String> inputs = session.getInputNames();
        if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
            session.close();
            tokenizer.close();
            throw new IllegalArgumentException(source + "model inputs must include input_ids and attention_mask, has "
                    + inputs);
        }
        return new OnnxModel(session, tokenizer);
    }

    /** The tokenizer's settings: the special tokens added, nothing cut and nothing padded (callers do that). */
    private static Map<String, String> tokenizerOptions() {
        return Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false",
                "modelMaxLength", "1000000");
    }

    /** A text's token ids, and whether the text was cut before tokenising. */
    public record TokenIds(long[] ids, boolean textCut) {
    }

    /**
     * The token ids of a text, special tokens included, for a model that reads at most {@code maxTokens} tokens.
     * Only the first {@code 16 * maxTokens} characters are tokenised, which is more than such a model reads, so
     * the tokenizer never works on text that would be thrown away. The result may still hold more than
     * {@code maxTokens} ids: how to shorten it is the caller's choice.
     */
    public TokenIds tokenIds(String text, int maxTokens) {
        int charBound = maxTokens * CHARS_PER_TOKEN_BOUND;
        boolean cut = text.length() > charBound;
        String input = cut ? text.substring(0, charBound) : text;
        return new TokenIds(tokenizer.encode(input, true, false).getIds(), cut);
    }

    /** The tokenizer's encoding of a text (ids, character spans...), with or without the special tokens. */
    public Encoding encode(String text, boolean withSpecialTokens) {
        return tokenizer.encode(text, withSpecialTokens, false);
    }

    /** The model's output names, in the model's order. */
    public Set<String> outputNames() {
        return session.getOutputNames();
    }

    /**
     * The shape of an output as the model declares it ({@code -1} for a size known only at run time).
     *
     * @throws OrtException             if ONNX Runtime cannot describe the outputs
     * @throws IllegalArgumentException if the model has no such output
     */
    public long[] outputShape(String output) throws OrtException {
        var info = session.getOutputInfo().get(output);
        if (info == null) {
            throw new IllegalArgumentException("no output '" + output + "' in " + outputNames());
        }
        return ((TensorInfo) info.getInfo()).getShape();
    }

    /** Reads the output of {@link #run} while its tensor is still open. */
    @FunctionalInterface
    public interface OutputReader<T> {
        /**
         * @param output       the tensor, shaped [rows, paddedLength, ...]; it is closed once this returns
         * @param paddedLength the length every row was padded to
         */
        T read(OnnxTensor output, int paddedLength) throws OrtException;
    }

    /**
     * Runs the model on rows of token ids and reads one output. The rows are padded with zeros to the longest
     * (at least one position) and the attention mask covers each row's own ids; {@code token_type_ids}, when the
     * model takes them, are all zero.
     *
     * @throws OrtException if ONNX Runtime fails
     */
    public <T> T run(List<long[]> rows, String output, OutputReader<T> reader) throws OrtException {
        int n = rows.size();
        int len = 1;
        for (long[] row : rows) {
            len = Math.max(len, row.length);
        }
        long[] ids = new long[n * len];
        long[] mask = new long[n * len];
        for (int i = 0; i < n; i++) {
            long[] row = rows.get(i);
            System.arraycopy(row, 0, ids, i * len, row.length);
            Arrays.fill(mask, i * len, i * len + row.length, 1L);
        }
        long[] shape = {n, len};
        Map<String, OnnxTensor> inputs = new HashMap<>(4);
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n * len]), shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
                return reader.read((OnnxTensor) result.get(0), len);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases the session and the tokenizer. Later calls do nothing.
     *
     * @throws IllegalStateException if ONNX Runtime fails to release the session (the tokenizer is released anyway)
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        } finally {
            tokenizer.close();
        }
    }
}
