package io.semanticrouter.cache.milvus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads vLLM Semantic Router's {@code milvus.yaml} into a {@link MilvusCacheConfig}. Every key is either mapped,
 * accepted as a key of that file with no meaning here, or refused with its full path.
 */
final class YamlConfigReader {

    private static final Logger log = LoggerFactory.getLogger(YamlConfigReader.class);

    /** Keys of vLLM Semantic Router's file that configure things this library does differently (or not at all); accepted, ignored. */
    private static final Set<String> IGNORED = Set.of(
            "performance.connection_pool",
            "performance.batch.timeout",
            "data_management.ttl.enabled",
            "data_management.ttl.timestamp_field",
            "data_management.compaction",
            "logging",
            "development.verbose_errors");

    /** Per section: the first word of a check's message (a record component) and the YAML key it comes from. */
    private static final Map<String, String> CONNECTION_KEYS = Map.ofEntries(
            Map.entry("uri", "connection.uri"), Map.entry("host", "connection.host"),
            Map.entry("port", "connection.port"), Map.entry("database", "connection.database"),
            Map.entry("connectTimeout", "connection.timeout"),
            Map.entry("requestTimeout", "connection.request_timeout_ms"),
            Map.entry("username", "connection.auth.username"), Map.entry("password", "connection.auth.password"),
            Map.entry("certFile", "connection.tls.cert_file"), Map.entry("keyFile", "connection.tls.key_file"),
            Map.entry("caFile", "connection.tls.ca_file"));
    private static final Map<String, String> COLLECTION_KEYS = Map.of("name", "collection.name",
            "vectorField", "collection.vector_field.name", "dimension", "collection.vector_field.dimension");
    private static final Map<String, String> INDEX_KEYS = Map.of("M", "collection.index.params.M",
            "efConstruction", "collection.index.params.efConstruction");
    private static final Map<String, String> SEARCH_KEYS = Map.of("ef", "search.params.ef", "topK", "search.topk");
    private static final Map<String, String> WRITES_KEYS = Map.of(
            "batchSize", "performance.batch.insert_batch_size", "maxDelay", "performance.batch.max_delay_ms",
            "queueCapacity", "performance.write_queue_capacity");
    private static final Map<String, String> TTL_KEYS = Map.of(
            "cleanupInterval", "data_management.ttl.cleanup_interval",
            "serverTtl", "data_management.ttl.server_ttl_seconds");
    private static final Map<String, String> BREAKER_KEYS = Map.of(
            "failureThreshold", "circuit_breaker.failure_threshold", "openFor", "circuit_breaker.open_ms",
            "maxOpenFor", "circuit_breaker.max_open_ms");

    private final String source;
    private final MilvusCacheConfig.Builder b = MilvusCacheConfig.builder();
    private final MilvusCacheConfig.Collection.Builder collection = MilvusCacheConfig.Collection.builder();

    private YamlConfigReader(String source) {
        this.source = source;
    }

    static MilvusCacheConfig read(InputStream in, String source) {
        JsonNode root = parse(in, source);
        YamlConfigReader r = new YamlConfigReader(source);
        r.object(root, "", "connection", "collection", "search", "performance", "data_management",
                "logging", "development", "circuit_breaker");
        r.readConnection(root.get("connection"));
        r.readCollection(root.get("collection"));
        r.readSearch(root.get("search"));
        r.readPerformance(root.get("performance"));
        r.readDataManagement(root.get("data_management"));
        r.readDevelopment(root.get("development"));
        r.readCircuitBreaker(root.get("circuit_breaker"));
        r.b.collection(r.section("collection", COLLECTION_KEYS, r.collection::build));
        try {
            return r.b.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(InputStream in, String source) {
        JsonNode root;
        try {
            root = YAMLMapper.builder()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .build().readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Milvus configuration " + source, e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IllegalArgumentException(source + ": the file is empty");
        }
        return root;
    }

    private void readConnection(JsonNode c) {
        if (c == null) {
            return; // the defaults: localhost:19530
        }
        object(c, "connection", "uri", "token", "host", "port", "database", "timeout", "request_timeout_ms", "auth", "tls");
        MilvusCacheConfig.Connection.Builder cb = MilvusCacheConfig.Connection.builder();
        String uri = text(c, "connection.uri");
        if (uri != null) {
            if (c.has("host") || c.has("port")) {
                throw error("connection.uri", "cannot be combined with connection.host/port; give one or the other");
            }
            cb.uri(uri);
        } else {
            String host = text(c, "connection.host");
            if (host == null || host.isBlank()) {
                throw error("connection.host", "is required (or give connection.uri)");
            }
            cb.host(host);
        }
        Long port = integer(c, "connection.port");
        if (port != null) {
            cb.port(toInt("connection.port", port));
        }
        cb.token(text(c, "connection.token"));
        String db = text(c, "connection.database");
        if (db != null && !db.isBlank()) {
            cb.database(db);
        }
        Double timeout = number(c, "connection.timeout");
        if (timeout != null) {
            cb.connectTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
        }
        Long requestMs = integer(c, "connection.request_timeout_ms");
        if (requestMs != null) {
            cb.requestTimeout(Duration.ofMillis(requestMs));
        }
        readAuth(c.get("auth"), cb);
        readTls(c.get("tls"), cb);
        b.connection(section("connection", CONNECTION_KEYS, cb::build));
    }

    private void readAuth(JsonNode auth, MilvusCacheConfig.Connection.Builder cb) {
        if (auth == null) {
            return;
        }
        object(auth, "connection.auth", "enabled", "username", "password");
        String user = text(auth, "connection.auth.username");
        String password = text(auth, "connection.auth.password");
        if (bool(auth, "connection.auth.enabled", false)) {
            if (user == null || user.isBlank()) {
                throw error("connection.auth.username", "is required when auth.enabled is true");
            }
            cb.username(user);
            cb.password(password);
        } else if (present(user) || present(password)) {
            // credentials that would silently not be used: an unauthenticated connection by mistake
            throw error("connection.auth", "has a username or password but enabled is not true");
        }
    }

    private void readTls(JsonNode tls, MilvusCacheConfig.Connection.Builder cb) {
        if (tls == null) {
            return;
        }
        object(tls, "connection.tls", "enabled", "cert_file", "key_file", "ca_file");
        String cert = text(tls, "connection.tls.cert_file");
        String key = text(tls, "connection.tls.key_file");
        String ca = text(tls, "connection.tls.ca_file");
        boolean enabled = bool(tls, "connection.tls.enabled", false);
        if (!enabled && (present(cert) || present(key) || present(ca))) {
            // certificate files that would silently not be used: a plaintext connection by mistake
            throw error("connection.tls", "names certificate files but enabled is not true");
        }
        if (enabled) {
            cb.tls(true);
            if (present(cert) || present(key)) {
                apply("connection.tls.cert_file", () -> cb.clientCertificate(
                        present(cert) ? Path.of(cert) : Path.of(""), present(key) ? Path.of(key) : Path.of("")));
            }
            if (present(ca)) {
                apply("connection.tls.ca_file", () -> cb.caCertificate(Path.of(ca)));
            }
        }
    }

    private void readCollection(JsonNode c) {
        if (c == null) {
            return;
        }
        object(c, "collection", "name", "description", "vector_field", "index");
        String name = text(c, "collection.name");
        if (name != null) {
            collection.name(name);
        }
        String description = text(c, "collection.description");
        if (description != null) {
            collection.description(description);
        }
        JsonNode vf = c.get("vector_field");
        if (vf != null) {
            object(vf, "collection.vector_field", "name", "dimension", "metric_type");
            String vname = text(vf, "collection.vector_field.name");
            if (vname != null) {
                collection.vectorField(vname);
            }
            Long dim = integer(vf, "collection.vector_field.dimension");
            if (dim != null) {
                collection.dimension(toInt("collection.vector_field.dimension", dim));
            }
            String metric = text(vf, "collection.vector_field.metric_type");
            if (metric != null) {
                apply("collection.vector_field.metric_type",
                        () -> collection.metric(MilvusCacheConfig.Metric.parse(metric)));
            }
        }
        readIndex(c.get("index"));
    }

    private void readIndex(JsonNode index) {
        if (index == null) {
            return;
        }
        object(index, "collection.index", "type", "params");
        MilvusCacheConfig.Index dflt = MilvusCacheConfig.Index.DEFAULT;
        String typeName = text(index, "collection.index.type");
        MilvusCacheConfig.IndexType type = typeName == null ? dflt.type()
                : apply("collection.index.type", () -> MilvusCacheConfig.IndexType.parse(typeName));
        Integer m = null;
        Integer efc = null;
        JsonNode params = index.get("params");
        if (params != null) {
            object(params, "collection.index.params", "M", "efConstruction");
            m = optionalInt(params, "collection.index.params.M");
            efc = optionalInt(params, "collection.index.params.efConstruction");
        }
        int hnswM = m == null ? dflt.m() : m;
        int efConstruction = efc == null ? dflt.efConstruction() : efc;
        b.index(section("collection.index", INDEX_KEYS, () -> new MilvusCacheConfig.Index(type, hnswM, efConstruction)));
    }

    private void readSearch(JsonNode s) {
        if (s == null) {
            return;
        }
        object(s, "search", "params", "topk", "consistency_level");
        MilvusCacheConfig.Search dflt = MilvusCacheConfig.Search.DEFAULT;
        Integer ef = null;
        JsonNode params = s.get("params");
        if (params != null) {
            object(params, "search.params", "ef");
            ef = optionalInt(params, "search.params.ef");
        }
        Integer topk = optionalInt(s, "search.topk");
        String level = text(s, "search.consistency_level");
        MilvusCacheConfig.Consistency consistency = level == null ? dflt.consistency()
                : apply("search.consistency_level", () -> MilvusCacheConfig.Consistency.parse(level));
        int beam = ef == null ? dflt.ef() : ef;
        int neighbours = topk == null ? dflt.topK() : topk;
        b.search(section("search", SEARCH_KEYS, () -> new MilvusCacheConfig.Search(beam, neighbours, consistency)));
    }

    private void readPerformance(JsonNode p) {
        if (p == null) {
            return;
        }
        object(p, "performance", "connection_pool", "batch", "write_queue_capacity");
        MilvusCacheConfig.Writes dflt = MilvusCacheConfig.Writes.DEFAULT;
        Integer size = null;
        Long delay = null;
        JsonNode batch = p.get("batch");
        if (batch != null) {
            object(batch, "performance.batch", "insert_batch_size", "timeout", "max_delay_ms");
            size = optionalInt(batch, "performance.batch.insert_batch_size");
            delay = integer(batch, "performance.batch.max_delay_ms");
        }
        Integer capacity = optionalInt(p, "performance.write_queue_capacity");
        int batchSize = size == null ? dflt.batchSize() : size;
        int queueCapacity = capacity == null ? dflt.queueCapacity() : capacity;
        Duration maxDelay = delay == null ? dflt.maxDelay() : Duration.ofMillis(delay);
        b.writes(section("performance", WRITES_KEYS,
                () -> new MilvusCacheConfig.Writes(batchSize, queueCapacity, maxDelay)));
    }

    private void readDataManagement(JsonNode d) {
        if (d == null) {
            return;
        }
        object(d, "data_management", "ttl", "compaction");
        JsonNode ttl = d.get("ttl");
        if (ttl != null) {
            object(ttl, "data_management.ttl", "enabled", "timestamp_field", "cleanup_interval", "server_ttl_seconds");
            Double interval = number(ttl, "data_management.ttl.cleanup_interval");
            Double serverTtl = number(ttl, "data_management.ttl.server_ttl_seconds");
            Duration cleanup = interval == null ? MilvusCacheConfig.Ttl.DEFAULT.cleanupInterval()
                    : Duration.ofNanos(Math.round(interval * 1e9));
            Duration server = serverTtl == null ? null : Duration.ofNanos(Math.round(serverTtl * 1e9));
            b.ttl(section("data_management.ttl", TTL_KEYS, () -> new MilvusCacheConfig.Ttl(cleanup, server)));
        }
    }

    private void readDevelopment(JsonNode d) {
        if (d == null) {
            return;
        }
        object(d, "development", "drop_collection_on_startup", "auto_create_collection", "verbose_errors");
        collection.autoCreateCollection(bool(d, "development.auto_create_collection", true));
        if (bool(d, "development.drop_collection_on_startup", false)) {
            log.warn("{}: development.drop_collection_on_startup is ignored: with a cache shared by several router"
                    + " instances, every start would delete the others' entries. Use MilvusSemanticCache.dropCollection()"
                    + " explicitly if you mean it.", source);
        }
    }

    private void readCircuitBreaker(JsonNode c) {
        if (c == null) {
            return;
        }
        object(c, "circuit_breaker", "failure_threshold", "open_ms", "max_open_ms");
        Integer failures = optionalInt(c, "circuit_breaker.failure_threshold");
        Long open = integer(c, "circuit_breaker.open_ms");
        Long maxOpen = integer(c, "circuit_breaker.max_open_ms");
        // a section given without max_open_ms waits up to 30 s between probes, not the API's default 5 s
        int threshold = failures == null ? 3 : failures;
        Duration openFor = Duration.ofMillis(open == null ? 1000 : open);
        Duration maxOpenFor = Duration.ofMillis(maxOpen == null ? 30_000 : maxOpen);
        b.breaker(section("circuit_breaker", BREAKER_KEYS,
                () -> new MilvusCacheConfig.Breaker(threshold, openFor, maxOpenFor)));
    }

    /**
     * Builds a section, turning a refused value into an error that names the file and the YAML key: the
     * record's message starts with the component it refused, which {@code keys} maps to its key (else the
     * section's path prefixes the message).
     */
    private <T> T section(String path, Map<String, String> keys, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage();
            int space = message.indexOf(' ');
            String first = space < 0 ? message : message.substring(0, space);
            String key = keys.get(first);
            throw new IllegalArgumentException(source + ": "
                    + (key != null ? key + message.substring(first.length()) : path + ": " + message), e);
        }
    }

    // --- helpers: every error names the file, the key path and the value ---

    /** Checks that {@code node} is a mapping whose keys are all known or ignored keys of that file. */
    private void object(JsonNode node, String path, String... known) {
        if (!node.isObject()) {
            throw error(path.isEmpty() ? "(root)" : path, "must be a mapping, was " + describe(node));
        }
        Set<String> allowed = Set.of(known);
        List<String> unknown = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            String full = path.isEmpty() ? key : path + "." + key;
            if (IGNORED.contains(full)) {
                log.debug("{}: '{}' is a vLLM Semantic Router setting with no effect here; ignored", source, full);
            } else if (!allowed.contains(key)) {
                unknown.add(full);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown key '" + unknown.get(0) + "'"
                    + (path.isEmpty() ? "" : " (known under '" + path + "': " + new TreeSet<>(allowed) + ")"));
        }
    }

    private String text(JsonNode parent, String path) {
        JsonNode n = parent.get(last(path));
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            // a number or boolean here is almost always a typo; a secret like 0x1F would otherwise become "31"
            throw error(path, "must be a string (quote it), was " + describe(n));
        }
        return n.asText();
    }

    private Long integer(JsonNode parent, String path) {
        JsonNode n = parent.get(last(path));
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isTextual()) {
            try {
                return Long.parseLong(n.asText().trim());
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw error(path, "must be an integer, was " + describe(n));
    }

    private Double number(JsonNode parent, String path) {
        JsonNode n = parent.get(last(path));
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            double d = n.asDouble();
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw error(path, "must be a non-negative number of seconds, was " + n.asText());
            }
            return d;
        }
        throw error(path, "must be a number, was " + describe(n));
    }

    private boolean bool(JsonNode parent, String path, boolean dflt) {
        JsonNode n = parent.get(last(path));
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw error(path, "must be true or false, was " + describe(n));
        }
        return n.asBoolean();
    }

    /** Runs a conversion, naming the key when it refuses the value. */
    private <T> T apply(String path, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + path + ": " + e.getMessage(), e);
        }
    }

    private Integer optionalInt(JsonNode parent, String path) {
        Long n = integer(parent, path);
        return n == null ? null : toInt(path, n);
    }

    private int toInt(String path, long n) {
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw error(path, "is out of range, was " + n);
        }
        return (int) n;
    }

    private IllegalArgumentException error(String path, String what) {
        return new IllegalArgumentException(source + ": " + path + " " + what);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String last(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "'" + n.asText() + "'";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.toString();
    }
}
