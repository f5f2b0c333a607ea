package io.semanticrouter.cache.milvus;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.collection.request.GetLoadStateReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.response.DescribeCollectionResp;
import io.milvus.v2.service.index.request.CreateIndexReq;
import io.milvus.v2.service.index.request.DescribeIndexReq;
import io.milvus.v2.service.index.response.DescribeIndexResp;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.semanticrouter.CachePartitions;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The cache's view of one Milvus collection: its schema (created or checked), the row layout, and the four
 * calls the cache makes (search, upsert, delete, count). Stateless apart from the client and the dimension;
 * thread-safe because the client is.
 *
 * <p>Rows: {@code id} (SHA-256 of partition and prompt, so the same question in the same partition is
 * replaced by an upsert), {@code scope} (SHA-256 of the partition, whose first 16 digits stand for the partition's
 * tenant key when it has one, see {@link #scope}; the partition key, so a tenant's searches touch only its shard
 * on a real server), the vector, {@code prompt}, {@code response} (with
 * {@code response_encoding}: plain or gzip+base64), {@code model}, {@code category}, {@code created_at} and
 * {@code expires_at} (epoch milliseconds; {@link Long#MAX_VALUE} for no expiry).
 */
final class CacheCollection {

    private static final Logger log = LoggerFactory.getLogger(CacheCollection.class);

    static final String ID = "id";
    static final String SCOPE = "scope";
    static final String PROMPT = "prompt";
    static final String RESPONSE = "response";
    static final String ENCODING = "response_encoding";
    static final String MODEL = "model";
    static final String CATEGORY = "category";
    static final String CREATED_AT = "created_at";
    static final String EXPIRES_AT = "expires_at";
    static final int NAME_LENGTH = 512;
    /** Hex digits of a scope that stand for the partition's tenant key (64 bits). */
    static final int TENANT_PREFIX = 16;
    /** The longest the cache waits for the server to load the collection (on the maintenance thread or in initialize()). */
    static final Duration LOAD_WAIT = Duration.ofSeconds(60);
    /** The longest a losing instance waits for the collection another instance is creating at the same time. */
    static final Duration RACE_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 200;

    private final MilvusClientV2 client;
    private final MilvusCacheConfig config;
    private final String name;
    private final String vectorField;
    private final int dimension;
    private final List<String> outputFields;

    private CacheCollection(MilvusClientV2 client, MilvusCacheConfig config, int dimension) {
        this.client = client;
        this.config = config;
        this.name = config.collection().name();
        this.vectorField = config.collection().vectorField();
        this.dimension = dimension;
        this.outputFields = List.of(PROMPT, RESPONSE, ENCODING, MODEL, CATEGORY, CREATED_AT, EXPIRES_AT, vectorField);
    }

    /**
     * Opens the configured collection: checks an existing one against the configuration, or creates it when
     * missing, then loads it.
     *
     * @param dimension the embedding dimension, or 0 when not known yet
     * @param serverTtl the collection TTL property to set when creating it, or null for none
     * @return the collection, or {@code null} when it does not exist and {@code dimension} is 0
     * @throws IncompatibleCollectionException if it exists with another layout, or is missing and may not be created
     */
    static CacheCollection open(MilvusClientV2 client, MilvusCacheConfig config, int dimension, Duration serverTtl) {
        String name = config.collection().name();
        boolean exists = client.hasCollection(HasCollectionReq.builder().collectionName(name).build());
        if (exists) {
            dimension = check(client, config, dimension);
        } else {
            if (!config.collection().autoCreateCollection()) {
                throw new IncompatibleCollectionException("Milvus collection '" + name + "' does not exist in database '"
                        + config.connection().database() + "' and auto_create_collection is off");
            }
            if (dimension == 0) {
                return null;
            }
            try {
                create(client, config, dimension, serverTtl);
            } catch (RuntimeException e) {
                // several instances starting together race to create it: the loser checks the winner's, which
                // may still be on its way (Milvus Lite refuses the second create with "File exists" before
                // hasCollection sees the first)
                HasCollectionReq has = HasCollectionReq.builder().collectionName(name).build();
                if (!await(() -> client.hasCollection(has), RACE_WAIT, "collection '" + name + "' to appear")) {
                    throw e;
                }
                log.debug("Collection '{}' was created concurrently by another instance", name);
                dimension = check(client, config, dimension);
            }
        }
        ensureLoaded(client, name);
        return new CacheCollection(client, config, dimension);
    }

    /** Whether the collection exists and is loaded (two small calls); false when it is missing. */
    static boolean isLoaded(MilvusClientV2 client, String name) {
        if (!client.hasCollection(HasCollectionReq.builder().collectionName(name).build())) {
            return false;
        }
        return Boolean.TRUE.equals(client.getLoadState(GetLoadStateReq.builder().collectionName(name).build()));
    }

    /**
     * Loads the collection unless it is loaded, and waits until it is, polling its state (at most
     * {@link #LOAD_WAIT}). Each call stays within the request deadline; the wait does not. A Milvus 2.3 engine
     * killed and restarted reloads its collections by itself, but only once the dead process's session lease
     * has expired (about 30 s after the kill): the wait ends the moment the collection can be searched.
     */
    private static void ensureLoaded(MilvusClientV2 client, String name) {
        GetLoadStateReq state = GetLoadStateReq.builder().collectionName(name).build();
        if (Boolean.TRUE.equals(client.getLoadState(state))) {
            return;
        }
        client.loadCollection(LoadCollectionReq.builder().collectionName(name).sync(false).build());
        if (!await(() -> Boolean.TRUE.equals(client.getLoadState(state)), LOAD_WAIT, "collection '" + name + "' to load")) {
            throw new IllegalStateException("Milvus collection '" + name + "' is still loading after "
                    + LOAD_WAIT.toSeconds() + " s");
        }
    }

    /** Polls the condition every {@value #POLL_MILLIS} ms until it holds (true) or the wait is over (false). */
    private static boolean await(BooleanSupplier condition, Duration wait, String what) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Milvus " + what, e);
            }
        }
        return true;
    }

    private static void create(MilvusClientV2 client, MilvusCacheConfig config, int dimension, Duration ttl) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder().fieldName(ID).dataType(DataType.VarChar).maxLength(64)
                .isPrimaryKey(true).autoID(false).build());
        schema.addField(AddFieldReq.builder().fieldName(SCOPE).dataType(DataType.VarChar).maxLength(64)
                .isPartitionKey(true).build());
        schema.addField(AddFieldReq.builder().fieldName(config.collection().vectorField()).dataType(DataType.FloatVector)
                .dimension(dimension).build());
        schema.addField(AddFieldReq.builder().fieldName(PROMPT).dataType(DataType.VarChar)
                .maxLength(MilvusCacheConfig.MAX_VARCHAR_BYTES).build());
        schema.addField(AddFieldReq.builder().fieldName(RESPONSE).dataType(DataType.VarChar)
                .maxLength(MilvusCacheConfig.MAX_VARCHAR_BYTES).build());
        schema.addField(AddFieldReq.builder().fieldName(ENCODING).dataType(DataType.Int8).build());
        schema.addField(AddFieldReq.builder().fieldName(MODEL).dataType(DataType.VarChar).maxLength(NAME_LENGTH).build());
        schema.addField(AddFieldReq.builder().fieldName(CATEGORY).dataType(DataType.VarChar).maxLength(NAME_LENGTH).build());
        schema.addField(AddFieldReq.builder().fieldName(CREATED_AT).dataType(DataType.Int64).build());
        schema.addField(AddFieldReq.builder().fieldName(EXPIRES_AT).dataType(DataType.Int64).build());

        Map<String, String> properties = new HashMap<>();
        if (ttl != null) {
            // the server deletes rows older than this on its own (Milvus 2.x; Lite ignores it); the cache caps
            // every entry's expiry at it, so the filter and the server agree
            properties.put("collection.ttl.seconds", Long.toString(Math.max(1, ttl.toSeconds())));
        }
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(config.collection().name())
                .description(config.collection().description())
                .collectionSchema(schema)
                .properties(properties)
                .consistencyLevel(level(config.search().consistency()))
                .build());

        createIndex(client, config);
        log.info("Created Milvus collection '{}' ({}-dimensional {} vectors, {} index{})", config.collection().name(),
                dimension, config.collection().metric(), config.index().type(),
                ttl != null ? ", server TTL " + ttl.toSeconds() + " s" : "");
    }

    /** The vector field's index, or null when it has none; other failures (timeouts...) propagate. */
    private static DescribeIndexResp describeIndex(MilvusClientV2 client, MilvusCacheConfig config) {
        try {
            DescribeIndexResp index = client.describeIndex(DescribeIndexReq.builder()
                    .collectionName(config.collection().name()).fieldName(config.collection().vectorField()).build());
            return index == null || index.getIndexDescriptions() == null || index.getIndexDescriptions().isEmpty()
                    ? null : index;
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("index not found") || m.contains("no index") || m.contains("index not exist")
                    || m.contains("index doesn't exist")) {
                return null;
            }
            throw e;
        }
    }

    private static void createIndex(MilvusClientV2 client, MilvusCacheConfig config) {
        Map<String, Object> params = new HashMap<>();
        if (config.index().type() == MilvusCacheConfig.IndexType.HNSW) {
            params.put("M", config.index().m());
            params.put("efConstruction", config.index().efConstruction());
        }
        IndexParam index = IndexParam.builder()
                .fieldName(config.collection().vectorField())
                .indexType(IndexParam.IndexType.valueOf(config.index().type().name()))
                .metricType(IndexParam.MetricType.valueOf(config.collection().metric().name()))
                .extraParams(params)
                .build();
        // sync(false): Milvus Lite does not report index progress; the index is used once built
        client.createIndex(CreateIndexReq.builder().collectionName(config.collection().name()).indexParams(List.of(index))
                .sync(false).build());
    }

    /** Checks an existing collection; returns its dimension. */
    private static int check(MilvusClientV2 client, MilvusCacheConfig config, int dimension) {
        String name = config.collection().name();
        DescribeCollectionResp d = client.describeCollection(DescribeCollectionReq.builder().collectionName(name).build());
        Map<String, CreateCollectionReq.FieldSchema> fields = new HashMap<>();
        for (CreateCollectionReq.FieldSchema f : d.getCollectionSchema().getFieldSchemaList()) {
            fields.put(f.getName(), f);
        }
        int existing = checkVector(name, fields, config, dimension);
        checkFields(name, fields);
        checkIndex(client, config, name);
        return existing;
    }

    /** Checks the vector field; returns its dimension. */
    private static int checkVector(String name, Map<String, CreateCollectionReq.FieldSchema> fields,
                                   MilvusCacheConfig config, int dimension) {
        CreateCollectionReq.FieldSchema vector = fields.get(config.collection().vectorField());
        if (vector == null || vector.getDataType() != DataType.FloatVector) {
            throw new IncompatibleCollectionException("Milvus collection '" + name + "' has no float vector field '"
                    + config.collection().vectorField() + "' (fields: " + fields.keySet() + "); it was not created by this"
                    + " cache."
                    + " Configure another collection name.");
        }
        int existing = vector.getDimension() == null ? 0 : vector.getDimension();
        if (dimension != 0 && existing != dimension) {
            throw new IncompatibleCollectionException("Milvus collection '" + name + "' stores " + existing
                    + "-dimensional vectors in '" + config.collection().vectorField() + "', but this cache's embeddings"
                    + " have "
                    + dimension + " dimensions. Configure another collection name, or drop the collection to rebuild it.");
        }
        return existing;
    }

    /** Checks the scalar fields this cache writes. */
    private static void checkFields(String name, Map<String, CreateCollectionReq.FieldSchema> fields) {
        Map<String, DataType> expected = new java.util.LinkedHashMap<>();
        expected.put(ID, DataType.VarChar);
        expected.put(SCOPE, DataType.VarChar);
        expected.put(PROMPT, DataType.VarChar);
        expected.put(RESPONSE, DataType.VarChar);
        expected.put(ENCODING, DataType.Int8);
        expected.put(MODEL, DataType.VarChar);
        expected.put(CATEGORY, DataType.VarChar);
        expected.put(CREATED_AT, DataType.Int64);
        expected.put(EXPIRES_AT, DataType.Int64);
        for (Map.Entry<String, DataType> e : expected.entrySet()) {
            CreateCollectionReq.FieldSchema f = fields.get(e.getKey());
            if (f == null || f.getDataType() != e.getValue()) {
                throw new IncompatibleCollectionException("Milvus collection '" + name + "' lacks field '" + e.getKey()
                        + "' of type " + e.getValue() + " (has " + (f == null ? "no such field" : f.getDataType())
                        + "); it was not created by this cache. Configure another collection name.");
            }
        }
    }

    /** Checks the vector index and its metric, building the index when the collection has none yet. */
    private static void checkIndex(MilvusClientV2 client, MilvusCacheConfig config, String name) {
        DescribeIndexResp index = describeIndex(client, config);
        if (index == null) {
            // created by an instance that has not built the index yet (or by hand without one): build it
            try {
                createIndex(client, config);
            } catch (RuntimeException e) {
                log.debug("Creating the index on '{}' failed (another instance may be doing it): {}", name, e.toString());
                if (describeIndex(client, config) == null) {
                    // a timeout on a busy server is no verdict on the collection: fail this attempt, retry later
                    throw e;
                }
            }
            index = describeIndex(client, config);
        }
        if (index == null) {
            throw new IncompatibleCollectionException("Milvus collection '" + name + "' has no index on '"
                    + config.collection().vectorField() + "'; create one with metric " + config.collection().metric()
                    + " or drop the collection");
        }
        IndexParam.MetricType metric = index.getIndexDescriptions().get(0).getMetricType();
        if (metric == null || !metric.name().equalsIgnoreCase(config.collection().metric().name())) {
            throw new IncompatibleCollectionException("Milvus collection '" + name + "' is indexed with metric "
                    + metric + " but this cache is configured for " + config.collection().metric()
                    + ". Configure metric_type " + metric + ", another collection name, or drop the collection.");
        }
    }

    int dimension() {
        return dimension;
    }

    /**
     * Searches the query's scope for up to {@code limit} live entries at or above the threshold, best first; a
     * single miss when there is none. Rows that cannot be decoded are skipped, unless it is the best one.
     */
    List<CacheResult> search(CacheQuery query, long nowMillis, double threshold, int limit) {
        SearchResp resp = client.search(SearchReq.builder()
                .collectionName(name)
                .annsField(vectorField)
                .data(List.of(new FloatVec(query.embedding().vector())))
                .topK(Math.max(config.search().topK(), limit))
                .filter(SCOPE + " == \"" + scope(query.partition()) + "\" and " + EXPIRES_AT + " > " + nowMillis)
                .outputFields(outputFields)
                .searchParams(Map.of("ef", Math.max(config.search().ef(), limit)))
                .consistencyLevel(level(config.search().consistency()))
                .build());
        List<List<SearchResp.SearchResult>> all = resp.getSearchResults();
        if (all == null || all.isEmpty() || all.get(0).isEmpty()) {
            return List.of(CacheResult.miss());
        }
        List<SearchResp.SearchResult> rows = new java.util.ArrayList<>(all.get(0));
        rows.sort((x, y) -> Float.compare(y.getScore(), x.getScore()));
        double best = Math.min(1.0, rows.get(0).getScore());
        if (best < threshold) {
            return List.of(CacheResult.miss(best));
        }
        List<CacheResult> out = new java.util.ArrayList<>(limit);
        for (SearchResp.SearchResult r : rows) {
            double similarity = Math.min(1.0, r.getScore());
            if (similarity < threshold || out.size() == limit) {
                break;
            }
            try {
                out.add(CacheResult.hit(toEntry(query.partition(), r.getEntity()), similarity));
            } catch (RuntimeException e) {
                if (out.isEmpty() && r == rows.get(0)) {
                    throw new UnreadableRowException(e.getMessage(), similarity);
                }
            }
        }
        return out;
    }

    /** The best row could not be decoded into an entry (not written by this cache, or damaged). */
    static final class UnreadableRowException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final double similarity;

        UnreadableRowException(String message, double similarity) {
            super(message);
            this.similarity = similarity;
        }

        double similarity() {
            return similarity;
        }
    }

    private CacheEntry toEntry(String partition, Map<String, Object> e) {
        String response = ResponseCodec.decode((String) e.get(RESPONSE), ((Number) e.get(ENCODING)).intValue());
        String category = (String) e.get(CATEGORY);
        long created = ((Number) e.get(CREATED_AT)).longValue();
        long expires = ((Number) e.get(EXPIRES_AT)).longValue();
        Duration ttl = expires == Long.MAX_VALUE || expires <= created ? null : Duration.ofMillis(expires - created);
        return new CacheEntry(partition, (String) e.get(PROMPT), toEmbedding(e.get(vectorField)), response,
                (String) e.get(MODEL), category == null || category.isEmpty() ? null : category, ttl);
    }

    private Embedding toEmbedding(Object stored) {
        if (!(stored instanceof List<?> list) || list.size() != dimension) {
            throw new IllegalStateException("Milvus returned no " + dimension + "-dimensional vector for a hit: " + stored);
        }
        float[] v = new float[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((Number) list.get(i)).floatValue();
        }
        return Embedding.of(v);
    }

    /** The row for an entry whose answer is already encoded to fit. */
    static JsonObject row(String vectorField, CacheEntry entry, ResponseCodec.Encoded response, long nowMillis, long expiresAtMillis) {
        JsonObject row = new JsonObject();
        row.addProperty(ID, id(entry.partition(), entry.queryText()));
        row.addProperty(SCOPE, scope(entry.partition()));
        JsonArray vector = new JsonArray(entry.embedding().dimension());
        for (int i = 0; i < entry.embedding().dimension(); i++) {
            vector.add(entry.embedding().get(i));
        }
        row.add(vectorField, vector);
        row.addProperty(PROMPT, entry.queryText());
        row.addProperty(RESPONSE, response.text());
        row.addProperty(ENCODING, response.encoding());
        row.addProperty(MODEL, entry.model());
        row.addProperty(CATEGORY, entry.category() == null ? "" : entry.category());
        row.addProperty(CREATED_AT, nowMillis);
        row.addProperty(EXPIRES_AT, expiresAtMillis);
        return row;
    }

    /**
     * Writes rows, replacing rows with the same id: by upsert, or (on servers that misplace upserted rows of a
     * partition-key collection, see {@link ServerProfile}) by deleting the ids and inserting the rows. The
     * delete is stamped before the insert, so it never removes the new rows.
     */
    void write(List<JsonObject> rows, ServerProfile.WriteMode mode) {
        if (mode == ServerProfile.WriteMode.UPSERT) {
            client.upsert(UpsertReq.builder().collectionName(name).data(rows).build());
            return;
        }
        StringBuilder ids = new StringBuilder(ID).append(" in [");
        for (int i = 0; i < rows.size(); i++) {
            // ids are hex SHA-256 digests: nothing to escape
            ids.append(i == 0 ? "\"" : ", \"").append(rows.get(i).get(ID).getAsString()).append('"');
        }
        client.delete(DeleteReq.builder().collectionName(name).filter(ids.append(']').toString()).build());
        client.insert(InsertReq.builder().collectionName(name).data(rows).build());
    }

    /** Deletes rows whose expiry has passed; returns how many. */
    long deleteExpired(long nowMillis) {
        return client.delete(DeleteReq.builder().collectionName(name)
                .filter(EXPIRES_AT + " <= " + nowMillis).build()).getDeleteCnt();
    }

    /** Deletes every row. */
    void deleteAll() {
        client.delete(DeleteReq.builder().collectionName(name).filter(ID + " != \"\"").build());
    }

    /** Rows in the collection, expired ones not yet deleted included. */
    long count() {
        QueryResp r = client.query(QueryReq.builder().collectionName(name).filter("")
                .outputFields(List.of("count(*)")).consistencyLevel(ConsistencyLevel.STRONG).build());
        if (r.getQueryResults() == null || r.getQueryResults().isEmpty()) {
            return 0;
        }
        Object n = r.getQueryResults().get(0).getEntity().get("count(*)");
        return n instanceof Number num ? num.longValue() : 0;
    }

    /** Seals the rows written so far into indexed segments (used on Milvus Lite only; see the cache). */
    void flush() {
        client.flush(FlushReq.builder().collectionNames(List.of(name)).build());
    }

    void drop() {
        client.dropCollection(DropCollectionReq.builder().collectionName(name).build());
    }

    /**
     * The {@code scope} of a partition: its SHA-256; for a partition with a tenant key
     * ({@link CachePartitions#tenantKeyOf}), the first {@value #TENANT_PREFIX} digits are those of the tenant key's
     * hash instead ({@link #tenantScopePrefix}), so that one filter on the prefix finds every row of the tenant.
     */
    static String scope(String partition) {
        String whole = sha256(partition);
        String tenantKey = CachePartitions.tenantKeyOf(partition);
        return tenantKey == null ? whole : tenantScopePrefix(tenantKey) + whole.substring(TENANT_PREFIX);
    }

    /** The first {@value #TENANT_PREFIX} hex digits of the scope of every partition with this tenant key. */
    static String tenantScopePrefix(String tenantKey) {
        return sha256("tenant-key\u0000" + tenantKey).substring(0, TENANT_PREFIX);
    }

    /**
     * Deletes every row whose scope starts with {@code prefix} (hex digits only, checked: the filter is built from
     * it); returns the count Milvus reports.
     */
    long deleteScopePrefix(String prefix) {
        if (!prefix.matches("[0-9a-f]{1,64}")) {
            throw new IllegalArgumentException("a scope prefix is lower-case hex, was '" + prefix + "'");
        }
        return client.delete(DeleteReq.builder().collectionName(name)
                .filter(SCOPE + " like \"" + prefix + "%\"").build()).getDeleteCnt();
    }

    /** Rows whose scope starts with {@code prefix} (hex, checked), expired ones not yet deleted included. */
    long countScopePrefix(String prefix) {
        if (!prefix.matches("[0-9a-f]{1,64}")) {
            throw new IllegalArgumentException("a scope prefix is lower-case hex, was '" + prefix + "'");
        }
        QueryResp r = client.query(QueryReq.builder().collectionName(name).filter(SCOPE + " like \"" + prefix + "%\"")
                .outputFields(List.of("count(*)")).consistencyLevel(ConsistencyLevel.STRONG).build());
        if (r.getQueryResults() == null || r.getQueryResults().isEmpty()) {
            return 0;
        }
        Object n = r.getQueryResults().get(0).getEntity().get("count(*)");
        return n instanceof Number num ? num.longValue() : 0;
    }

    static String id(String partition, String prompt) {
        return sha256(partition + '\u0000' + prompt);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static ConsistencyLevel level(MilvusCacheConfig.Consistency c) {
        return ConsistencyLevel.valueOf(c.name().toUpperCase(Locale.ROOT));
    }
}
