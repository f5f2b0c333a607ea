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

/**
 * Reads the seed system's {@code milvus.yaml} into a {@link MilvusCacheConfig}. Every key is either mapped,
 * accepted as a seed key with no meaning here, or refused with its full path.
 */
final class YamlConfigReader {

    private static final Logger log = LoggerFactory.getLogger(YamlConfigReader.class);

    /** Seed keys that configure things this library does differently (or not at all); accepted, ignored. */
    private static final Set<String> IGNORED = Set.of(
            "performance.connection_pool",
            "performance.batch.timeout",
            "data_management.ttl.enabled",
            "data_management.ttl.timestamp_field",
            "data_management.compaction",
            "logging",
            "development.verbose_errors");

    private final String source;
    private final MilvusCacheConfig.Builder b = MilvusCacheConfig.builder();

    private YamlConfigReader(String source) {
        this.source = source;
    }

    static MilvusCacheConfig read(InputStream in, String source) {
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
        try {
            return r.b.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private void readConnection(JsonNode c) {
        if (c == null) {
            return; // the builder's defaults: localhost:19530
        }
        object(c, "connection", "uri", "token", "host", "port", "database", "timeout", "request_timeout_ms", "auth", "tls");
        String uri = text(c, "connection.uri");
        if (uri != null) {
            if (c.has("host") || c.has("port")) {
                throw error("connection.uri", "cannot be combined with connection.host/port; give one or the other");
            }
            apply("connection.uri", () -> b.uri(uri));
        } else {
            String host = text(c, "connection.host");
            if (host == null || host.isBlank()) {
                throw error("connection.host", "is required (or give connection.uri)");
            }
            apply("connection.host", () -> b.host(host));
        }
        Long port = integer(c, "connection.port");
        if (port != null) {
            if (port < 1 || port > 65_535) {
                throw error("connection.port", "must be in 1..65535, was " + port);
            }
            b.port(port.intValue());
        }
        String token = text(c, "connection.token");
        b.token(token);
        String db = text(c, "connection.database");
        if (db != null && !db.isBlank()) {
            apply("connection.database", () -> b.database(db));
        }
        Double timeout = number(c, "connection.timeout");
        if (timeout != null) {
            apply("connection.timeout", () -> b.connectTimeout(Duration.ofMillis(Math.round(timeout * 1000))));
        }
        Long requestMs = integer(c, "connection.request_timeout_ms");
        if (requestMs != null) {
            apply("connection.request_timeout_ms", () -> b.requestTimeout(Duration.ofMillis(requestMs)));
        }
        JsonNode auth = c.get("auth");
        if (auth != null) {
            object(auth, "connection.auth", "enabled", "username", "password");
            String user = text(auth, "connection.auth.username");
            String password = text(auth, "connection.auth.password");
            if (bool(auth, "connection.auth.enabled", false)) {
                if (user == null || user.isBlank()) {
                    throw error("connection.auth.username", "is required when auth.enabled is true");
                }
                b.username(user);
                b.password(password);
            } else if (present(user) || present(password)) {
                // credentials that would silently not be used: an unauthenticated connection by mistake
                throw error("connection.auth", "has a username or password but enabled is not true");
            }
        }
        JsonNode tls = c.get("tls");
        if (tls != null) {
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
                b.tls(true);
                if (present(cert) || present(key)) {
                    apply("connection.tls.cert_file", () -> b.clientCertificate(
                            present(cert) ? Path.of(cert) : Path.of(""), present(key) ? Path.of(key) : Path.of("")));
                }
                if (present(ca)) {
                    apply("connection.tls.ca_file", () -> b.caCertificate(Path.of(ca)));
                }
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
            apply("collection.name", () -> b.collection(name));
        }
        String description = text(c, "collection.description");
        if (description != null) {
            b.description(description);
        }
        JsonNode vf = c.get("vector_field");
        if (vf != null) {
            object(vf, "collection.vector_field", "name", "dimension", "metric_type");
            String vname = text(vf, "collection.vector_field.name");
            if (vname != null) {
                apply("collection.vector_field.name", () -> b.vectorField(vname));
            }
            Long dim = integer(vf, "collection.vector_field.dimension");
            if (dim != null) {
                apply("collection.vector_field.dimension", () -> b.dimension(Math.toIntExact(dim)));
            }
            String metric = text(vf, "collection.vector_field.metric_type");
            if (metric != null) {
                apply("collection.vector_field.metric_type", () -> b.metric(MilvusCacheConfig.Metric.parse(metric)));
            }
        }
        JsonNode index = c.get("index");
        if (index != null) {
            object(index, "collection.index", "type", "params");
            String type = text(index, "collection.index.type");
            if (type != null) {
                apply("collection.index.type", () -> b.indexType(MilvusCacheConfig.IndexType.parse(type)));
            }
            JsonNode params = index.get("params");
            if (params != null) {
                object(params, "collection.index.params", "M", "efConstruction");
                Long m = integer(params, "collection.index.params.M");
                Long efc = integer(params, "collection.index.params.efConstruction");
                apply("collection.index.params", () -> b.hnsw(m == null ? 16 : Math.toIntExact(m),
                        efc == null ? 64 : Math.toIntExact(efc)));
            }
        }
    }

    private void readSearch(JsonNode s) {
        if (s == null) {
            return;
        }
        object(s, "search", "params", "topk", "consistency_level");
        JsonNode params = s.get("params");
        if (params != null) {
            object(params, "search.params", "ef");
            Long ef = integer(params, "search.params.ef");
            if (ef != null) {
                apply("search.params.ef", () -> b.ef(Math.toIntExact(ef)));
            }
        }
        Long topk = integer(s, "search.topk");
        if (topk != null) {
            apply("search.topk", () -> b.topK(Math.toIntExact(topk)));
        }
        String level = text(s, "search.consistency_level");
        if (level != null) {
            apply("search.consistency_level", () -> b.consistency(MilvusCacheConfig.Consistency.parse(level)));
        }
    }

    private void readPerformance(JsonNode p) {
        if (p == null) {
            return;
        }
        object(p, "performance", "connection_pool", "batch", "write_queue_capacity");
        JsonNode batch = p.get("batch");
        if (batch != null) {
            object(batch, "performance.batch", "insert_batch_size", "timeout", "max_delay_ms");
            Long size = integer(batch, "performance.batch.insert_batch_size");
            if (size != null) {
                apply("performance.batch.insert_batch_size", () -> b.writeBatchSize(Math.toIntExact(size)));
            }
            Long delay = integer(batch, "performance.batch.max_delay_ms");
            if (delay != null) {
                apply("performance.batch.max_delay_ms", () -> b.writeMaxDelay(Duration.ofMillis(delay)));
            }
        }
        Long capacity = integer(p, "performance.write_queue_capacity");
        if (capacity != null) {
            apply("performance.write_queue_capacity", () -> b.writeQueueCapacity(Math.toIntExact(capacity)));
        }
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
            if (interval != null) {
                apply("data_management.ttl.cleanup_interval",
                        () -> b.cleanupInterval(Duration.ofNanos(Math.round(interval * 1e9))));
            }
            Double serverTtl = number(ttl, "data_management.ttl.server_ttl_seconds");
            if (serverTtl != null) {
                apply("data_management.ttl.server_ttl_seconds",
                        () -> b.serverTtl(Duration.ofNanos(Math.round(serverTtl * 1e9))));
            }
        }
    }

    private void readDevelopment(JsonNode d) {
        if (d == null) {
            return;
        }
        object(d, "development", "drop_collection_on_startup", "auto_create_collection", "verbose_errors");
        b.autoCreateCollection(bool(d, "development.auto_create_collection", true));
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
        Long failures = integer(c, "circuit_breaker.failure_threshold");
        Long open = integer(c, "circuit_breaker.open_ms");
        Long maxOpen = integer(c, "circuit_breaker.max_open_ms");
        apply("circuit_breaker", () -> b.circuitBreaker(failures == null ? 3 : Math.toIntExact(failures),
                Duration.ofMillis(open == null ? 1000 : open), Duration.ofMillis(maxOpen == null ? 30_000 : maxOpen)));
    }

    // --- helpers: every error names the file, the key path and the value ---

    /** Checks that {@code node} is a mapping whose keys are all known or ignored seed keys. */
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
                log.debug("{}: '{}' is a seed setting with no effect here; ignored", source, full);
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

    private void apply(String path, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException(source + ": " + path + ": " + e.getMessage(), e);
        }
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
