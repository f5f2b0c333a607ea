package io.semanticrouter.cache.milvus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the Milvus server is and how the cache collection looks: an immutable value built with
 * {@link #builder()} or read from a {@code milvus.yaml} in the seed system's vocabulary
 * ({@link #fromYaml(Path)}).
 *
 * <p>Two ways to name the server: {@link Builder#uri(String)} (plus {@link Builder#token(String)}), or
 * {@link Builder#host(String)} and {@link Builder#port(int)} (plus {@link Builder#username username}/
 * {@link Builder#password password} and TLS files). Secrets never appear in {@link #toString()} or in logs.
 *
 * <pre>{@code
 * MilvusCacheConfig config = MilvusCacheConfig.builder()
 *         .uri("http://milvus.internal:19530")
 *         .collection("semantic_cache")
 *         .dimension(384)
 *         .build();
 * }</pre>
 */
public final class MilvusCacheConfig {

    /** Milvus's largest VarChar, in bytes. Prompts and answers longer than this are compressed or skipped. */
    public static final int MAX_VARCHAR_BYTES = 65_535;
    /** The shortest request timeout allowed with {@link Consistency#STRONG} (a Strong search waits for a time tick). */
    public static final Duration MIN_STRONG_TIMEOUT = Duration.ofSeconds(1);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");

    /** How similarity is scored; both assume normalised vectors, where they agree. */
    public enum Metric {
        /** Inner product: the cosine for the unit vectors our embedders produce (the seed's choice). */
        IP,
        /** Cosine: the server normalises the vectors itself. */
        COSINE;

        static Metric parse(String s) {
            for (Metric m : values()) {
                if (m.name().equalsIgnoreCase(s)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("metric_type must be IP or COSINE (a similarity the threshold can"
                    + " be compared with), was '" + s + "'");
        }
    }

    /** How fresh a search must be relative to writes (ignored by Milvus Lite). */
    public enum Consistency {
        STRONG, SESSION, BOUNDED, EVENTUALLY;

        static Consistency parse(String s) {
            for (Consistency c : values()) {
                if (c.name().equalsIgnoreCase(s)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("consistency_level must be one of Strong, Session, Bounded,"
                    + " Eventually, was '" + s + "'");
        }
    }

    /** Vector index type. */
    public enum IndexType {
        HNSW, FLAT, AUTOINDEX;

        static IndexType parse(String s) {
            for (IndexType t : values()) {
                if (t.name().equalsIgnoreCase(s)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("index type must be HNSW, FLAT or AUTOINDEX, was '" + s + "'");
        }
    }

    private final String uri;
    private final String token;
    private final String username;
    private final String password;
    private final String database;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final boolean tls;
    private final Path certFile;
    private final Path keyFile;
    private final Path caFile;
    private final String collection;
    private final String description;
    private final String vectorField;
    private final int dimension;
    private final Metric metric;
    private final IndexType indexType;
    private final int hnswM;
    private final int efConstruction;
    private final int ef;
    private final int topK;
    private final Consistency consistency;
    private final boolean autoCreateCollection;
    private final int writeBatchSize;
    private final int writeQueueCapacity;
    private final Duration writeMaxDelay;
    private final Duration cleanupInterval;
    private final Duration serverTtl;
    private final int failureThreshold;
    private final Duration openDuration;
    private final Duration maxOpenDuration;

    private MilvusCacheConfig(Builder b) {
        this.uri = b.uri != null ? b.uri : (b.tls ? "https://" : "http://") + b.host + ":" + b.port;
        this.token = b.token;
        this.username = b.username;
        this.password = b.password;
        this.database = b.database;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.tls = b.tls;
        this.certFile = b.certFile;
        this.keyFile = b.keyFile;
        this.caFile = b.caFile;
        this.collection = b.collection;
        this.description = b.description;
        this.vectorField = b.vectorField;
        this.dimension = b.dimension;
        this.metric = b.metric;
        this.indexType = b.indexType;
        this.hnswM = b.hnswM;
        this.efConstruction = b.efConstruction;
        this.ef = b.ef;
        this.topK = b.topK;
        this.consistency = b.consistency;
        this.autoCreateCollection = b.autoCreateCollection;
        this.writeBatchSize = b.writeBatchSize;
        this.writeQueueCapacity = b.writeQueueCapacity;
        this.writeMaxDelay = b.writeMaxDelay;
        this.cleanupInterval = b.cleanupInterval;
        this.serverTtl = b.serverTtl;
        this.failureThreshold = b.failureThreshold;
        this.openDuration = b.openDuration;
        this.maxOpenDuration = b.maxOpenDuration;
    }

    /** A builder with the defaults: {@code http://localhost:19530}, collection {@code semantic_cache}, HNSW/IP. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.uri = uri;
        b.token = token;
        b.username = username;
        b.password = password;
        b.database = database;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.tls = tls;
        b.certFile = certFile;
        b.keyFile = keyFile;
        b.caFile = caFile;
        b.collection = collection;
        b.description = description;
        b.vectorField = vectorField;
        b.dimension = dimension;
        b.metric = metric;
        b.indexType = indexType;
        b.hnswM = hnswM;
        b.efConstruction = efConstruction;
        b.ef = ef;
        b.topK = topK;
        b.consistency = consistency;
        b.autoCreateCollection = autoCreateCollection;
        b.writeBatchSize = writeBatchSize;
        b.writeQueueCapacity = writeQueueCapacity;
        b.writeMaxDelay = writeMaxDelay;
        b.cleanupInterval = cleanupInterval;
        b.serverTtl = serverTtl;
        b.failureThreshold = failureThreshold;
        b.openDuration = openDuration;
        b.maxOpenDuration = maxOpenDuration;
        return b;
    }

    /**
     * Reads a {@code milvus.yaml} in the seed system's layout: {@code connection}, {@code collection},
     * {@code search}, and (where they apply) {@code performance.batch}, {@code data_management.ttl} and
     * {@code development}. Our own additions are documented in the README. Keys the seed defines that have no
     * meaning here (connection pools, logging, compaction) are accepted and ignored; any other key is an error.
     *
     * @throws IllegalArgumentException naming the file, the key path and the bad value, for unknown keys,
     *                                  wrong types, missing host or values out of range
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static MilvusCacheConfig fromYaml(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return YamlConfigReader.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Milvus configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a {@code milvus.yaml} from a stream; {@code source} names it in error messages.
     *
     * @see #fromYaml(Path)
     */
    public static MilvusCacheConfig fromYaml(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        return YamlConfigReader.read(in, source == null ? "milvus.yaml" : source);
    }

    public String uri() {
        return uri;
    }

    /** The API token, or {@code null}. Never logged. */
    public String token() {
        return token;
    }

    public String username() {
        return username;
    }

    /** The password, or {@code null}. Never logged. */
    public String password() {
        return password;
    }

    public String database() {
        return database;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public boolean tls() {
        return tls;
    }

    public Path certFile() {
        return certFile;
    }

    public Path keyFile() {
        return keyFile;
    }

    public Path caFile() {
        return caFile;
    }

    public String collection() {
        return collection;
    }

    public String description() {
        return description;
    }

    public String vectorField() {
        return vectorField;
    }

    /** The embedding dimension, or 0 when it is taken from the first embedding the cache sees. */
    public int dimension() {
        return dimension;
    }

    public Metric metric() {
        return metric;
    }

    public IndexType indexType() {
        return indexType;
    }

    public int hnswM() {
        return hnswM;
    }

    public int efConstruction() {
        return efConstruction;
    }

    public int ef() {
        return ef;
    }

    public int topK() {
        return topK;
    }

    public Consistency consistency() {
        return consistency;
    }

    public boolean autoCreateCollection() {
        return autoCreateCollection;
    }

    public int writeBatchSize() {
        return writeBatchSize;
    }

    public int writeQueueCapacity() {
        return writeQueueCapacity;
    }

    public Duration writeMaxDelay() {
        return writeMaxDelay;
    }

    public Duration cleanupInterval() {
        return cleanupInterval;
    }

    /** The server-side collection TTL and the longest any entry is kept, or {@code null} (default) for none. */
    public Duration serverTtl() {
        return serverTtl;
    }

    public int failureThreshold() {
        return failureThreshold;
    }

    public Duration openDuration() {
        return openDuration;
    }

    public Duration maxOpenDuration() {
        return maxOpenDuration;
    }

    /** Everything but the secrets, which show as {@code ***} when set. */
    @Override
    public String toString() {
        return "MilvusCacheConfig[uri=" + uri + ", database=" + database
                + (username != null ? ", username=" + username : "")
                + (password != null ? ", password=***" : "")
                + (token != null ? ", token=***" : "")
                + ", tls=" + tls + ", collection=" + collection + ", vectorField=" + vectorField
                + ", dimension=" + (dimension == 0 ? "auto" : dimension) + ", metric=" + metric
                + ", index=" + indexType + "(M=" + hnswM + ", efConstruction=" + efConstruction + ")"
                + ", ef=" + ef + ", topK=" + topK + ", consistency=" + consistency
                + ", requestTimeout=" + requestTimeout + ", writeBatchSize=" + writeBatchSize
                + ", writeQueueCapacity=" + writeQueueCapacity + ", cleanupInterval=" + cleanupInterval
                + (serverTtl != null ? ", serverTtl=" + serverTtl : "") + "]";
    }

    /**
     * Builder of {@link MilvusCacheConfig}. Each method checks its argument at once and names the value it
     * refused; {@link #build()} checks combinations.
     */
    public static final class Builder {
        private String uri;
        private String host = "localhost";
        private int port = 19530;
        private String token;
        private String username;
        private String password;
        private String database = "default";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(2);
        private boolean tls;
        private Path certFile;
        private Path keyFile;
        private Path caFile;
        private String collection = "semantic_cache";
        private String description = "Semantic Router for Java: semantic cache entries";
        private String vectorField = "embedding";
        private int dimension;
        private Metric metric = Metric.IP;
        private IndexType indexType = IndexType.HNSW;
        private int hnswM = 16;
        private int efConstruction = 64;
        private int ef = 64;
        private int topK = 1;
        private Consistency consistency = Consistency.SESSION;
        private boolean autoCreateCollection = true;
        private int writeBatchSize = 256;
        private int writeQueueCapacity = 10_000;
        private Duration writeMaxDelay = Duration.ofMillis(20);
        private Duration cleanupInterval = Duration.ofMinutes(1);
        private Duration serverTtl;
        private int failureThreshold = 3;
        private Duration openDuration = Duration.ofSeconds(1);
        private Duration maxOpenDuration = Duration.ofSeconds(5);

        private Builder() {
        }

        /**
         * The server address as a URI, e.g. {@code http://localhost:19530} or {@code https://host:443}.
         * Takes precedence over {@link #host}/{@link #port}.
         *
         * @throws IllegalArgumentException if it is not an http(s)/tcp URI with a host and a port in 1..65535, or
         *                                  it carries credentials ({@code user:password@})
         */
        public Builder uri(String uri) {
            Objects.requireNonNull(uri, "uri");
            URI parsed;
            try {
                parsed = new URI(uri.trim());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("uri is not a valid URI: '" + uri + "'", e);
            }
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("tcp")) {
                throw new IllegalArgumentException("uri must start with http://, https:// or tcp://, was '" + uri + "'");
            }
            if (parsed.getRawUserInfo() != null) {
                // refused, so that a password can never reach a log line or toString() through the address
                throw new IllegalArgumentException("uri must not carry credentials; use token(..) or"
                        + " username(..)/password(..) instead");
            }
            if (parsed.getHost() == null || parsed.getHost().isBlank()) {
                throw new IllegalArgumentException("uri must name a host, was '" + uri + "'");
            }
            if (parsed.getPort() != -1) {
                checkPort(parsed.getPort());
            }
            this.uri = uri.trim();
            return this;
        }

        /**
         * Server host name or address (seed: {@code connection.host}). Default {@code localhost}.
         *
         * @throws IllegalArgumentException if blank or containing a scheme or port
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host must not be null");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (host.contains("://") || host.contains("/") || host.contains("@")
                    || (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':'))) {
                throw new IllegalArgumentException("host must be a bare host name without scheme or port (use port(..)"
                        + " or uri(..)), was '" + host + "'");
            }
            this.host = host.trim();
            return this;
        }

        /**
         * Server port (seed: {@code connection.port}). Default 19530.
         *
         * @throws IllegalArgumentException unless in 1..65535
         */
        public Builder port(int port) {
            checkPort(port);
            this.port = port;
            return this;
        }

        private static void checkPort(int port) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be in 1..65535, was " + port);
            }
        }

        /** API token (Zilliz Cloud, or {@code user:password}); never logged. */
        public Builder token(String token) {
            this.token = blankToNull(token);
            return this;
        }

        /** User name for authentication (seed: {@code connection.auth.username}). */
        public Builder username(String username) {
            this.username = blankToNull(username);
            return this;
        }

        /** Password for authentication (seed: {@code connection.auth.password}); never logged. */
        public Builder password(String password) {
            this.password = blankToNull(password);
            return this;
        }

        /**
         * Database (seed: {@code connection.database}). Default {@code default}; another database is
         * created on first use when missing and {@link #autoCreateCollection} is on.
         *
         * @throws IllegalArgumentException if not a valid Milvus name
         */
        public Builder database(String database) {
            this.database = checkName("database", database);
            return this;
        }

        /**
         * How long to wait for a connection (seed: {@code connection.timeout}). Default 10 s.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /**
         * Deadline of each call to the server (a lookup, a batch write). A server slower than this counts as a
         * failure and, repeated, opens the circuit breaker. Default 2 s.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        /** Use TLS (seed: {@code connection.tls.enabled}). */
        public Builder tls(boolean enabled) {
            this.tls = enabled;
            return this;
        }

        /**
         * Client certificate and key for mutual TLS (seed: {@code tls.cert_file}, {@code tls.key_file}).
         * Turns TLS on.
         *
         * @throws IllegalArgumentException if a file does not exist
         */
        public Builder clientCertificate(Path certFile, Path keyFile) {
            this.certFile = existing("tls.cert_file", certFile);
            this.keyFile = existing("tls.key_file", keyFile);
            this.tls = true;
            return this;
        }

        /**
         * CA certificate to trust (seed: {@code tls.ca_file}). Turns TLS on.
         *
         * @throws IllegalArgumentException if the file does not exist
         */
        public Builder caCertificate(Path caFile) {
            this.caFile = existing("tls.ca_file", caFile);
            this.tls = true;
            return this;
        }

        /**
         * Collection name (seed: {@code collection.name}). Default {@code semantic_cache}.
         *
         * @throws IllegalArgumentException if not a valid Milvus name (letters, digits, underscore)
         */
        public Builder collection(String name) {
            this.collection = checkName("collection", name);
            return this;
        }

        /** Collection description, used when the cache creates it. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Name of the vector field (seed: {@code vector_field.name}). Default {@code embedding}.
         *
         * @throws IllegalArgumentException if not a valid Milvus name
         */
        public Builder vectorField(String name) {
            this.vectorField = checkName("vectorField", name);
            return this;
        }

        /**
         * Embedding dimension (seed: {@code vector_field.dimension}). When set, embeddings of another dimension
         * are refused and an existing collection must match; when 0 (default) the first embedding fixes it.
         *
         * @throws IllegalArgumentException if negative or above 32768
         */
        public Builder dimension(int dimension) {
            if (dimension < 0 || dimension > 32_768) {
                throw new IllegalArgumentException("dimension must be in 1..32768 (0 = from the embeddings), was " + dimension);
            }
            this.dimension = dimension;
            return this;
        }

        /** Similarity metric (seed: {@code vector_field.metric_type}). Default {@link Metric#IP}. */
        public Builder metric(Metric metric) {
            this.metric = Objects.requireNonNull(metric, "metric");
            return this;
        }

        /** Index type (seed: {@code index.type}). Default {@link IndexType#HNSW}. */
        public Builder indexType(IndexType type) {
            this.indexType = Objects.requireNonNull(type, "indexType");
            return this;
        }

        /**
         * HNSW graph degree {@code M} and build beam {@code efConstruction} (seed: {@code index.params}).
         * Defaults 16 and 64.
         *
         * @throws IllegalArgumentException unless 2 <= M <= 2048 and 1 <= efConstruction <= 65536
         */
        public Builder hnsw(int m, int efConstruction) {
            if (m < 2 || m > 2048) {
                throw new IllegalArgumentException("index.params.M must be in 2..2048, was " + m);
            }
            if (efConstruction < 1 || efConstruction > 65_536) {
                throw new IllegalArgumentException("index.params.efConstruction must be in 1..65536, was " + efConstruction);
            }
            this.hnswM = m;
            this.efConstruction = efConstruction;
            return this;
        }

        /**
         * HNSW search beam (seed: {@code search.params.ef}). Default 64; must be at least {@link #topK}.
         *
         * @throws IllegalArgumentException unless in 1..32768
         */
        public Builder ef(int ef) {
            if (ef < 1 || ef > 32_768) {
                throw new IllegalArgumentException("search.params.ef must be in 1..32768, was " + ef);
            }
            this.ef = ef;
            return this;
        }

        /**
         * How many nearest entries a lookup fetches (seed: {@code search.topk}); the best is served. Default 1.
         *
         * @throws IllegalArgumentException unless in 1..100
         */
        public Builder topK(int topK) {
            if (topK < 1 || topK > 100) {
                throw new IllegalArgumentException("search.topk must be in 1..100, was " + topK);
            }
            this.topK = topK;
            return this;
        }

        /**
         * Search consistency (seed: {@code search.consistency_level}). Default {@link Consistency#SESSION}: this
         * instance reads its own writes; other processes see them once the server has applied them (see the
         * README). {@link Consistency#STRONG} makes every search wait for the server's next time tick (170-400 ms
         * on Milvus 2.3, even when idle) and needs a {@link #requestTimeout} of at least
         * {@link MilvusCacheConfig#MIN_STRONG_TIMEOUT} ({@link #build()} checks it). Milvus Lite ignores it.
         */
        public Builder consistency(Consistency consistency) {
            this.consistency = Objects.requireNonNull(consistency, "consistency");
            return this;
        }

        /**
         * Whether a missing collection (and database) is created on first use (seed:
         * {@code development.auto_create_collection}). Default true; when false a missing collection is an error.
         */
        public Builder autoCreateCollection(boolean create) {
            this.autoCreateCollection = create;
            return this;
        }

        /**
         * Most rows sent in one write (seed: {@code performance.batch.insert_batch_size}). Default 256.
         *
         * @throws IllegalArgumentException unless in 1..10000
         */
        public Builder writeBatchSize(int rows) {
            if (rows < 1 || rows > 10_000) {
                throw new IllegalArgumentException("writeBatchSize must be in 1..10000, was " + rows);
            }
            this.writeBatchSize = rows;
            return this;
        }

        /**
         * Entries the asynchronous writer holds before new stores are dropped (and counted). Default 10,000.
         *
         * @throws IllegalArgumentException unless in 1..10,000,000
         */
        public Builder writeQueueCapacity(int entries) {
            if (entries < 1 || entries > 10_000_000) {
                throw new IllegalArgumentException("writeQueueCapacity must be in 1..10000000, was " + entries);
            }
            this.writeQueueCapacity = entries;
            return this;
        }

        /**
         * How long the writer waits to fill a batch before sending a partial one. Default 20 ms.
         *
         * @throws IllegalArgumentException if negative or over 10 s
         */
        public Builder writeMaxDelay(Duration delay) {
            Objects.requireNonNull(delay, "writeMaxDelay");
            if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(10)) > 0) {
                throw new IllegalArgumentException("writeMaxDelay must be in 0..10 s, was " + delay);
            }
            this.writeMaxDelay = delay;
            return this;
        }

        /**
         * How often expired rows are deleted (seed: {@code data_management.ttl.cleanup_interval}). Default one
         * minute; {@link Duration#ZERO} turns the periodic cleanup off (expired rows are still never served).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder cleanupInterval(Duration interval) {
            Objects.requireNonNull(interval, "cleanupInterval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("cleanupInterval must not be negative, was " + interval);
            }
            this.cleanupInterval = interval;
            return this;
        }

        /**
         * Opt-in server-side expiry: a collection the cache creates gets Milvus's {@code collection.ttl.seconds}
         * (the server then deletes rows older than this by itself), and no entry is kept longer, whatever its own
         * TTL. Off by default, because a server TTL shorter than some entry's TTL would delete that entry early;
         * without it, expired rows are hidden by the lookup filter and deleted by the periodic cleanup. Milvus Lite
         * ignores the property.
         *
         * @throws IllegalArgumentException if shorter than one second
         */
        public Builder serverTtl(Duration ttl) {
            Objects.requireNonNull(ttl, "serverTtl");
            if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("serverTtl must be at least 1 s, was " + ttl);
            }
            this.serverTtl = ttl;
            return this;
        }

        /**
         * Circuit breaker: after {@code failures} consecutive failed calls the cache stops calling Milvus and
         * answers misses; a background probe retries after {@code openFor}, doubling up to {@code maxOpenFor}
         * while the server stays down. Defaults 3, 1 s, 5 s: a server that comes back is used again within
         * about 5 s however long it was away (a probe is one connection and a few small calls).
         *
         * @throws IllegalArgumentException if failures is not in 1..1000 or a duration is not positive, or
         *                                  maxOpenFor is shorter than openFor
         */
        public Builder circuitBreaker(int failures, Duration openFor, Duration maxOpenFor) {
            if (failures < 1 || failures > 1000) {
                throw new IllegalArgumentException("circuit breaker failure threshold must be in 1..1000, was " + failures);
            }
            positive("circuit breaker openFor", openFor);
            positive("circuit breaker maxOpenFor", maxOpenFor);
            if (maxOpenFor.compareTo(openFor) < 0) {
                throw new IllegalArgumentException("circuit breaker maxOpenFor (" + maxOpenFor
                        + ") must not be shorter than openFor (" + openFor + ")");
            }
            this.failureThreshold = failures;
            this.openDuration = openFor;
            this.maxOpenDuration = maxOpenFor;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @throws IllegalStateException if ef is smaller than topK, a client key comes without its certificate,
         *                               a password is given without a user name, or consistency is Strong with
         *                               a request timeout under {@link #MIN_STRONG_TIMEOUT}
         */
        public MilvusCacheConfig build() {
            if (consistency == Consistency.STRONG && requestTimeout.compareTo(MIN_STRONG_TIMEOUT) < 0) {
                throw new IllegalStateException("search.consistency_level Strong makes every search wait for the"
                        + " server's time tick (170-400 ms on Milvus 2.3, even when idle), so"
                        + " connection.request_timeout_ms must be at least " + MIN_STRONG_TIMEOUT.toMillis()
                        + " with it, was " + requestTimeout.toMillis());
            }
            if (ef < topK) {
                throw new IllegalStateException("search.params.ef (" + ef + ") must be >= search.topk (" + topK + ")");
            }
            if ((certFile == null) != (keyFile == null)) {
                throw new IllegalStateException("tls.cert_file and tls.key_file must be given together");
            }
            if (password != null && username == null) {
                throw new IllegalStateException("auth.password is set but auth.username is not");
            }
            return new MilvusCacheConfig(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }

        private static String checkName(String what, String name) {
            Objects.requireNonNull(name, what + " must not be null");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(what + " must start with a letter or '_' and hold only letters,"
                        + " digits and '_' (at most 255), was '" + name + "'");
            }
            return name;
        }

        private static Duration positive(String what, Duration d) {
            Objects.requireNonNull(d, what + " must not be null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, was " + d);
            }
            return d;
        }

        private static Path existing(String what, Path file) {
            Objects.requireNonNull(file, what + " must not be null");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(what + " does not exist or is not a file: " + file);
            }
            return file;
        }
    }
}
