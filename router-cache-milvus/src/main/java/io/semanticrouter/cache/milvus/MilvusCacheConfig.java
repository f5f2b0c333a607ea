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
 * Where the Milvus server is and how the cache collection looks: an immutable value made of one record per
 * section of vLLM Semantic Router's {@code milvus.yaml}, built with {@link #builder()} or read from such a file
 * ({@link #fromYaml(Path)}).
 *
 * <ul>
 *   <li>{@link Connection} ({@code connection}): the server, credentials, TLS, database and deadlines;</li>
 *   <li>{@link Collection} ({@code collection}, {@code collection.vector_field},
 *       {@code development.auto_create_collection}): the collection's name, vector field, dimension, metric;</li>
 *   <li>{@link Index} ({@code collection.index}): the vector index;</li>
 *   <li>{@link Search} ({@code search}): the search beam, how many neighbours, consistency;</li>
 *   <li>{@link Writes} ({@code performance}): the asynchronous writer's batches and queue;</li>
 *   <li>{@link Ttl} ({@code data_management.ttl}): the expiry cleanup and the opt-in server TTL;</li>
 *   <li>{@link Breaker} ({@code circuit_breaker}): when to stop calling an unavailable server.</li>
 * </ul>
 *
 * <p>Every value is checked in the constructor of its record (the builders only collect values), which names
 * the component and the value it refused; {@link IllegalArgumentException} for a bad value,
 * {@link IllegalStateException} for a bad combination. Secrets never appear in {@link #toString()} or in logs.
 *
 * <pre>{@code
 * MilvusCacheConfig config = MilvusCacheConfig.builder()
 *         .connection(MilvusCacheConfig.Connection.builder().uri("http://milvus.internal:19530").build())
 *         .collection(MilvusCacheConfig.Collection.builder().name("semantic_cache").dimension(384).build())
 *         .build();
 * }</pre>
 *
 * @param connection the server and how to reach it
 * @param collection the collection and its vector field
 * @param index      the vector index the cache creates
 * @param search     how lookups search
 * @param writes     the asynchronous writer
 * @param ttl        expiry
 * @param breaker    the circuit breaker
 */
public record MilvusCacheConfig(Connection connection, Collection collection, Index index, Search search,
                                Writes writes, Ttl ttl, Breaker breaker) {

    /** Milvus's largest VarChar, in bytes. Prompts and answers longer than this are compressed or skipped. */
    public static final int MAX_VARCHAR_BYTES = 65_535;
    /** The shortest request timeout allowed with {@link Consistency#STRONG} (a Strong search waits for a time tick). */
    public static final Duration MIN_STRONG_TIMEOUT = Duration.ofSeconds(1);

    private static final String[] SECTIONS = {"connection", "collection", "index", "search", "writes", "ttl", "breaker"};
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");

    /**
     * Checks that every section is given and that they fit together.
     *
     * @throws IllegalStateException if consistency is Strong with a request timeout under {@link #MIN_STRONG_TIMEOUT}
     */
    public MilvusCacheConfig {
        Object[] sections = {connection, collection, index, search, writes, ttl, breaker};
        for (int i = 0; i < sections.length; i++) {
            Objects.requireNonNull(sections[i], SECTIONS[i]);
        }
        if (search.consistency() == Consistency.STRONG
                && connection.requestTimeout().compareTo(MIN_STRONG_TIMEOUT) < 0) {
            throw new IllegalStateException("search.consistency_level Strong makes every search wait for the"
                    + " server's time tick (170-400 ms on Milvus 2.3, even when idle), so"
                    + " connection.request_timeout_ms must be at least " + MIN_STRONG_TIMEOUT.toMillis()
                    + " with it, was " + connection.requestTimeout().toMillis());
        }
    }

    /** How similarity is scored; both assume normalised vectors, where they agree. */
    public enum Metric {
        /** Inner product: the cosine for the unit vectors our embedders produce (vLLM Semantic Router's choice too). */
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
        /** Every search waits for the server's next time tick. */
        STRONG,
        /** This instance reads its own writes. */
        SESSION,
        /** Searches may miss writes of the last few seconds. */
        BOUNDED,
        /** Searches see writes whenever the server has applied them. */
        EVENTUALLY;

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
        /** A graph index: fast, approximate. */
        HNSW,
        /** Brute force: exact. */
        FLAT,
        /** The server's choice. */
        AUTOINDEX;

        static IndexType parse(String s) {
            for (IndexType t : values()) {
                if (t.name().equalsIgnoreCase(s)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("index type must be HNSW, FLAT or AUTOINDEX, was '" + s + "'");
        }
    }

    /** A builder with the defaults: {@code http://localhost:19530}, collection {@code semantic_cache}, HNSW/IP. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's sections. */
    public Builder toBuilder() {
        return new Builder().connection(connection).collection(collection).index(index).search(search)
                .writes(writes).ttl(ttl).breaker(breaker);
    }

    /**
     * Reads a {@code milvus.yaml} in vLLM Semantic Router's layout: {@code connection}, {@code collection},
     * {@code search}, and (where they apply) {@code performance.batch}, {@code data_management.ttl} and
     * {@code development}. Our own additions are documented in docs/milvus.md. Keys that file defines that have no
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

    /**
     * Builder of {@link MilvusCacheConfig}: one section at a time; a section not given keeps its defaults.
     */
    public static final class Builder {
        private Connection connection = Connection.builder().build();
        private Collection collection = Collection.builder().build();
        private Index index = Index.DEFAULT;
        private Search search = Search.DEFAULT;
        private Writes writes = Writes.DEFAULT;
        private Ttl ttl = Ttl.DEFAULT;
        private Breaker breaker = Breaker.DEFAULT;

        private Builder() {
        }

        /** The server and how to reach it. Default: {@code http://localhost:19530}. */
        public Builder connection(Connection connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
            return this;
        }

        /** The collection and its vector field. Default: {@code semantic_cache}, vectors of the first embedding. */
        public Builder collection(Collection collection) {
            this.collection = Objects.requireNonNull(collection, "collection");
            return this;
        }

        /** The vector index the cache creates. Default {@link Index#DEFAULT}. */
        public Builder index(Index index) {
            this.index = Objects.requireNonNull(index, "index");
            return this;
        }

        /** How lookups search. Default {@link Search#DEFAULT}. */
        public Builder search(Search search) {
            this.search = Objects.requireNonNull(search, "search");
            return this;
        }

        /** The asynchronous writer. Default {@link Writes#DEFAULT}. */
        public Builder writes(Writes writes) {
            this.writes = Objects.requireNonNull(writes, "writes");
            return this;
        }

        /** Expiry. Default {@link Ttl#DEFAULT}. */
        public Builder ttl(Ttl ttl) {
            this.ttl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /** The circuit breaker. Default {@link Breaker#DEFAULT}. */
        public Builder breaker(Breaker breaker) {
            this.breaker = Objects.requireNonNull(breaker, "breaker");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @throws IllegalStateException if consistency is Strong with a request timeout under
         *                               {@link #MIN_STRONG_TIMEOUT}
         */
        public MilvusCacheConfig build() {
            return new MilvusCacheConfig(connection, collection, index, search, writes, ttl, breaker);
        }
    }

    // ------------------------------------------------------------------ sections

    /**
     * The server and how to reach it ({@code connection} in {@code milvus.yaml}). Build it with
     * {@link #builder()}: {@link Builder#uri(String)} (plus {@link Builder#token(String)}), or
     * {@link Builder#host(String)} and {@link Builder#port(int)} (plus {@link Builder#username username}/
     * {@link Builder#password password} and TLS files). Secrets never appear in {@link #toString()}.
     *
     * @param uri            the server address, e.g. {@code http://localhost:19530} (YAML: {@code connection.uri},
     *                       or {@code host} and {@code port})
     * @param token          the API token (Zilliz Cloud, or {@code user:password}), or null; never logged
     * @param username       the user name for authentication ({@code connection.auth.username}), or null
     * @param password       the password ({@code connection.auth.password}), or null; never logged
     * @param database       the database ({@code connection.database}); another than {@code default} is created
     *                       on first use when missing and {@link Collection#autoCreateCollection()} is on
     * @param connectTimeout how long to wait for a connection ({@code connection.timeout})
     * @param requestTimeout the deadline of each call to the server (a lookup, a batch write); a server slower
     *                       than this counts as a failure and, repeated, opens the circuit breaker
     *                       ({@code connection.request_timeout_ms})
     * @param tls            whether to use TLS ({@code connection.tls.enabled})
     * @param certFile       the client certificate for mutual TLS ({@code connection.tls.cert_file}), or null
     * @param keyFile        its key ({@code connection.tls.key_file}), or null
     * @param caFile         a CA certificate to trust ({@code connection.tls.ca_file}), or null
     */
    public record Connection(String uri, String token, String username, String password, String database,
                             Duration connectTimeout, Duration requestTimeout, boolean tls, Path certFile,
                             Path keyFile, Path caFile) {

        /**
         * Checks every value; blank secrets count as none.
         *
         * @throws IllegalArgumentException if the uri is not an http(s)/tcp URI with a host and a port in
         *                                  1..65535 or carries credentials, the database is not a valid Milvus
         *                                  name, a timeout is not positive, or a TLS file does not exist
         * @throws IllegalStateException    if a client key comes without its certificate, or a password
         *                                  without a user name
         */
        public Connection {
            uri = checkUri(uri);
            token = blankToNull(token);
            username = blankToNull(username);
            password = blankToNull(password);
            checkName("database", database);
            positive("connectTimeout", connectTimeout);
            positive("requestTimeout", requestTimeout);
            existing("certFile", certFile);
            existing("keyFile", keyFile);
            existing("caFile", caFile);
            if ((certFile == null) != (keyFile == null)) {
                throw new IllegalStateException("certFile and keyFile must be given together");
            }
            if (password != null && username == null) {
                throw new IllegalStateException("password is set but username is not");
            }
        }

        /** A builder with the defaults: {@code localhost:19530}, database {@code default}, 10 s / 2 s. */
        public static Builder builder() {
            return new Builder();
        }

        /** Everything but the secrets, which show as {@code ***} when set. */
        @Override
        public String toString() {
            return "Connection[uri=" + uri + ", database=" + database
                    + (username != null ? ", username=" + username : "")
                    + (password != null ? ", password=***" : "")
                    + (token != null ? ", token=***" : "")
                    + ", tls=" + tls + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
        }

        /** Builder of {@link Connection}; {@link #build()} checks the values. */
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

            private Builder() {
            }

            /**
             * The server address as a URI, e.g. {@code http://localhost:19530} or {@code https://host:443}.
             * Takes precedence over {@link #host}/{@link #port}.
             */
            public Builder uri(String uri) {
                this.uri = uri;
                return this;
            }

            /**
             * Server host name or address, without scheme or port (YAML: {@code connection.host}). Default
             * {@code localhost}.
             */
            public Builder host(String host) {
                this.host = host;
                return this;
            }

            /** Server port (YAML: {@code connection.port}), 1..65535. Default 19530. */
            public Builder port(int port) {
                this.port = port;
                return this;
            }

            /** API token (Zilliz Cloud, or {@code user:password}); never logged. */
            public Builder token(String token) {
                this.token = token;
                return this;
            }

            /** User name for authentication (YAML: {@code connection.auth.username}). */
            public Builder username(String username) {
                this.username = username;
                return this;
            }

            /** Password for authentication (YAML: {@code connection.auth.password}); never logged. */
            public Builder password(String password) {
                this.password = password;
                return this;
            }

            /** Database (YAML: {@code connection.database}). Default {@code default}. */
            public Builder database(String database) {
                this.database = database;
                return this;
            }

            /** How long to wait for a connection (YAML: {@code connection.timeout}). Default 10 s. */
            public Builder connectTimeout(Duration timeout) {
                this.connectTimeout = timeout;
                return this;
            }

            /** Deadline of each call to the server (YAML: {@code connection.request_timeout_ms}). Default 2 s. */
            public Builder requestTimeout(Duration timeout) {
                this.requestTimeout = timeout;
                return this;
            }

            /** Use TLS (YAML: {@code connection.tls.enabled}). */
            public Builder tls(boolean enabled) {
                this.tls = enabled;
                return this;
            }

            /**
             * Client certificate and key for mutual TLS (YAML: {@code tls.cert_file}, {@code tls.key_file}). Turns
             * TLS on.
             */
            public Builder clientCertificate(Path certFile, Path keyFile) {
                this.certFile = Objects.requireNonNull(certFile, "certFile");
                this.keyFile = Objects.requireNonNull(keyFile, "keyFile");
                this.tls = true;
                return this;
            }

            /** CA certificate to trust (YAML: {@code tls.ca_file}). Turns TLS on. */
            public Builder caCertificate(Path caFile) {
                this.caFile = Objects.requireNonNull(caFile, "caFile");
                this.tls = true;
                return this;
            }

            /**
             * Builds the section; without a {@link #uri} the address is {@code http(s)://host:port}.
             *
             * @throws IllegalArgumentException if the host is blank or carries a scheme or port, the port is not
             *                                  in 1..65535, or a value is refused by {@link Connection#Connection}
             * @throws IllegalStateException    as {@link Connection#Connection} does
             */
            public Connection build() {
                String address = uri;
                if (address == null) {
                    checkHost(host);
                    checkPort(port);
                    String h = host.trim();
                    address = (tls ? "https://" : "http://") + (h.indexOf(':') >= 0 ? "[" + h + "]" : h) + ":" + port;
                }
                return new Connection(address, token, username, password, database, connectTimeout, requestTimeout,
                        tls, certFile, keyFile, caFile);
            }

            private static void checkHost(String host) {
                Objects.requireNonNull(host, "host must not be null");
                if (host.isBlank()) {
                    throw new IllegalArgumentException("host must not be blank");
                }
                if (host.contains("://") || host.contains("/") || host.contains("@")
                        || (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':'))) {
                    throw new IllegalArgumentException("host must be a bare host name without scheme or port (use"
                            + " port(..) or uri(..)), was '" + host + "'");
                }
            }
        }
    }

    /**
     * The collection and its vector field ({@code collection} and {@code collection.vector_field} in
     * {@code milvus.yaml}, plus {@code development.auto_create_collection}). Build it with {@link #builder()}.
     *
     * @param name                 the collection name ({@code collection.name}); letters, digits, underscore
     * @param description          the description the cache gives a collection it creates
     * @param vectorField          the vector field's name ({@code vector_field.name})
     * @param dimension            the embedding dimension ({@code vector_field.dimension}); when set, embeddings
     *                             of another dimension are refused and an existing collection must match; when 0
     *                             the first embedding fixes it
     * @param metric               the similarity metric ({@code vector_field.metric_type})
     * @param autoCreateCollection whether a missing collection (and database) is created on first use; when
     *                             false a missing collection is an error
     */
    public record Collection(String name, String description, String vectorField, int dimension, Metric metric,
                             boolean autoCreateCollection) {

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException if a name is not a valid Milvus name or the dimension is negative or
         *                                  above 32768
         */
        public Collection {
            checkName("name", name);
            Objects.requireNonNull(description, "description");
            checkName("vectorField", vectorField);
            if (dimension < 0 || dimension > 32_768) {
                throw new IllegalArgumentException("dimension must be in 1..32768 (0 = from the embeddings), was "
                        + dimension);
            }
            Objects.requireNonNull(metric, "metric");
        }

        /**
         * A builder with the defaults: {@code semantic_cache}, field {@code embedding}, dimension from the
         * embeddings, IP.
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link Collection}; {@link #build()} checks the values. */
        public static final class Builder {
            private String name = "semantic_cache";
            private String description = "Semantic Router for Java: semantic cache entries";
            private String vectorField = "embedding";
            private int dimension;
            private Metric metric = Metric.IP;
            private boolean autoCreateCollection = true;

            private Builder() {
            }

            /** Collection name (YAML: {@code collection.name}). Default {@code semantic_cache}. */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /** Collection description, used when the cache creates it. */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /** Name of the vector field (YAML: {@code vector_field.name}). Default {@code embedding}. */
            public Builder vectorField(String name) {
                this.vectorField = name;
                return this;
            }

            /** Embedding dimension (YAML: {@code vector_field.dimension}); 0 (default): the first embedding's. */
            public Builder dimension(int dimension) {
                this.dimension = dimension;
                return this;
            }

            /** Similarity metric (YAML: {@code vector_field.metric_type}). Default {@link Metric#IP}. */
            public Builder metric(Metric metric) {
                this.metric = metric;
                return this;
            }

            /**
             * Whether a missing collection (and database) is created (YAML:
             * {@code development.auto_create_collection}). Default true.
             */
            public Builder autoCreateCollection(boolean create) {
                this.autoCreateCollection = create;
                return this;
            }

            /**
             * Builds the section.
             *
             * @throws IllegalArgumentException as {@link Collection#Collection} does
             */
            public Collection build() {
                return new Collection(name, description, vectorField, dimension, metric, autoCreateCollection);
            }
        }
    }

    /**
     * The vector index a created collection gets ({@code collection.index} in {@code milvus.yaml}).
     *
     * @param type           the index type ({@code index.type})
     * @param m              the HNSW graph degree ({@code index.params.M})
     * @param efConstruction the HNSW build beam ({@code index.params.efConstruction})
     */
    public record Index(IndexType type, int m, int efConstruction) {

        /** HNSW with M 16 and efConstruction 64. */
        public static final Index DEFAULT = new Index(IndexType.HNSW, 16, 64);

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException unless {@code 2 <= m <= 2048} and {@code 1 <= efConstruction <= 65536}
         */
        public Index {
            Objects.requireNonNull(type, "type");
            inRange("M", m, 2, 2048);
            inRange("efConstruction", efConstruction, 1, 65_536);
        }
    }

    /**
     * How lookups search ({@code search} in {@code milvus.yaml}).
     *
     * @param ef          the HNSW search beam ({@code search.params.ef}); at least {@code topK}
     * @param topK        how many nearest entries a lookup fetches ({@code search.topk}); the best is served
     * @param consistency search consistency ({@code search.consistency_level}). {@link Consistency#SESSION}:
     *                    this instance reads its own writes; other processes see them once the server has
     *                    applied them (see docs/milvus.md). {@link Consistency#STRONG} makes every search wait for
     *                    the server's next time tick (170-400 ms on Milvus 2.3, even when idle) and needs a
     *                    {@link Connection#requestTimeout()} of at least {@link #MIN_STRONG_TIMEOUT}. Milvus
     *                    Lite ignores it.
     */
    public record Search(int ef, int topK, Consistency consistency) {

        /** ef 64, topK 1, Session consistency. */
        public static final Search DEFAULT = new Search(64, 1, Consistency.SESSION);

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException unless ef is in 1..32768 and topK in 1..100
         * @throws IllegalStateException    if ef is smaller than topK
         */
        public Search {
            inRange("ef", ef, 1, 32_768);
            inRange("topK", topK, 1, 100);
            Objects.requireNonNull(consistency, "consistency");
            if (ef < topK) {
                throw new IllegalStateException("ef (" + ef + ") must be >= topK (" + topK + ")");
            }
        }
    }

    /**
     * The asynchronous writer ({@code performance} in {@code milvus.yaml}).
     *
     * @param batchSize     most rows sent in one write ({@code performance.batch.insert_batch_size})
     * @param queueCapacity entries the writer holds before new stores are dropped and counted
     *                      ({@code performance.write_queue_capacity})
     * @param maxDelay      how long the writer waits to fill a batch before sending a partial one
     *                      ({@code performance.batch.max_delay_ms})
     */
    public record Writes(int batchSize, int queueCapacity, Duration maxDelay) {

        /** Batches of 256, a queue of 10,000, 20 ms. */
        public static final Writes DEFAULT = new Writes(256, 10_000, Duration.ofMillis(20));

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException unless batchSize is in 1..10000, queueCapacity in 1..10,000,000 and
         *                                  maxDelay in 0..10 s
         */
        public Writes {
            inRange("batchSize", batchSize, 1, 10_000);
            inRange("queueCapacity", queueCapacity, 1, 10_000_000);
            Objects.requireNonNull(maxDelay, "maxDelay");
            if (maxDelay.isNegative() || maxDelay.compareTo(Duration.ofSeconds(10)) > 0) {
                throw new IllegalArgumentException("maxDelay must be in 0..10 s, was " + maxDelay);
            }
        }

        /** These settings with another batch size. */
        public Writes withBatchSize(int rows) {
            return new Writes(rows, queueCapacity, maxDelay);
        }

        /** These settings with another queue capacity. */
        public Writes withQueueCapacity(int entries) {
            return new Writes(batchSize, entries, maxDelay);
        }

        /** These settings with another batch delay. */
        public Writes withMaxDelay(Duration delay) {
            return new Writes(batchSize, queueCapacity, delay);
        }
    }

    /**
     * Expiry ({@code data_management.ttl} in {@code milvus.yaml}).
     *
     * @param cleanupInterval how often expired rows are deleted ({@code cleanup_interval});
     *                        {@link Duration#ZERO} turns the periodic cleanup off (expired rows are still never
     *                        served)
     * @param serverTtl       opt-in server-side expiry ({@code server_ttl_seconds}), or null (default) for none:
     *                        a collection the cache creates gets Milvus's {@code collection.ttl.seconds} (the
     *                        server then deletes rows older than this by itself), and no entry is kept longer,
     *                        whatever its own TTL. Off by default, because a server TTL shorter than some entry's
     *                        TTL would delete that entry early. Milvus Lite ignores the property.
     */
    public record Ttl(Duration cleanupInterval, Duration serverTtl) {

        /** Cleanup every minute, no server TTL. */
        public static final Ttl DEFAULT = new Ttl(Duration.ofMinutes(1), null);

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException if cleanupInterval is negative or serverTtl shorter than one second
         */
        public Ttl {
            Objects.requireNonNull(cleanupInterval, "cleanupInterval");
            if (cleanupInterval.isNegative()) {
                throw new IllegalArgumentException("cleanupInterval must not be negative, was " + cleanupInterval);
            }
            if (serverTtl != null && serverTtl.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("serverTtl must be at least 1 s, was " + serverTtl);
            }
        }
    }

    /**
     * The circuit breaker ({@code circuit_breaker} in {@code milvus.yaml}): after {@code failureThreshold}
     * consecutive failed calls the cache stops calling Milvus and answers misses; a background probe retries after
     * {@code openFor}, doubling up to {@code maxOpenFor} while the server stays down. The defaults (3, 1 s, 5 s)
     * use a server that comes back within about 5 s however long it was away (a probe is one connection and a
     * few small calls).
     *
     * @param failureThreshold consecutive failures that open the breaker ({@code failure_threshold})
     * @param openFor          the first wait before a probe ({@code open_ms})
     * @param maxOpenFor       the longest wait between probes ({@code max_open_ms})
     */
    public record Breaker(int failureThreshold, Duration openFor, Duration maxOpenFor) {

        /** 3 failures, probes after 1 s doubling up to 5 s. */
        public static final Breaker DEFAULT = new Breaker(3, Duration.ofSeconds(1), Duration.ofSeconds(5));

        /**
         * Checks every value.
         *
         * @throws IllegalArgumentException if failureThreshold is not in 1..1000, a duration is not positive, or
         *                                  maxOpenFor is shorter than openFor
         */
        public Breaker {
            inRange("failureThreshold", failureThreshold, 1, 1000);
            positive("openFor", openFor);
            positive("maxOpenFor", maxOpenFor);
            if (maxOpenFor.compareTo(openFor) < 0) {
                throw new IllegalArgumentException("maxOpenFor (" + maxOpenFor
                        + ") must not be shorter than openFor (" + openFor + ")");
            }
        }
    }

    // ------------------------------------------------------------------ checks shared by the sections

    static String checkName(String what, String name) {
        Objects.requireNonNull(name, what + " must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " must start with a letter or '_' and hold only letters,"
                    + " digits and '_' (at most 255), was '" + name + "'");
        }
        return name;
    }

    static Duration positive(String what, Duration d) {
        Objects.requireNonNull(d, what + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
        return d;
    }

    static int inRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    static void checkPort(int port) {
        inRange("port", port, 1, 65_535);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Checks a server address: http(s)/tcp, a host, a port in range, no credentials; returns it trimmed. */
    static String checkUri(String uri) {
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
        return uri.trim();
    }

    static Path existing(String what, Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " does not exist or is not a file: " + file);
        }
        return file;
    }
}
