package io.semanticrouter.cache.milvus;

import java.time.Duration;

/**
 * The few settings the tests vary, set one at a time on a mutable value that builds the sectioned
 * {@link MilvusCacheConfig} (every value is still checked by the sections' records).
 */
final class TestConfig {

    private final MilvusCacheConfig.Connection.Builder connection = MilvusCacheConfig.Connection.builder();
    private final MilvusCacheConfig.Collection.Builder collection = MilvusCacheConfig.Collection.builder();
    private MilvusCacheConfig.Consistency consistency = MilvusCacheConfig.Search.DEFAULT.consistency();
    private MilvusCacheConfig.Writes writes = MilvusCacheConfig.Writes.DEFAULT;
    private MilvusCacheConfig.Ttl ttl = MilvusCacheConfig.Ttl.DEFAULT;
    private MilvusCacheConfig.Breaker breaker = MilvusCacheConfig.Breaker.DEFAULT;

    private TestConfig() {
    }

    static TestConfig builder() {
        return new TestConfig();
    }

    TestConfig uri(String uri) {
        connection.uri(uri);
        return this;
    }

    TestConfig token(String token) {
        connection.token(token);
        return this;
    }

    TestConfig username(String username) {
        connection.username(username);
        return this;
    }

    TestConfig password(String password) {
        connection.password(password);
        return this;
    }

    TestConfig database(String database) {
        connection.database(database);
        return this;
    }

    TestConfig connectTimeout(Duration timeout) {
        connection.connectTimeout(timeout);
        return this;
    }

    TestConfig requestTimeout(Duration timeout) {
        connection.requestTimeout(timeout);
        return this;
    }

    TestConfig collection(String name) {
        collection.name(name);
        return this;
    }

    TestConfig dimension(int dimension) {
        collection.dimension(dimension);
        return this;
    }

    TestConfig metric(MilvusCacheConfig.Metric metric) {
        collection.metric(metric);
        return this;
    }

    TestConfig autoCreateCollection(boolean create) {
        collection.autoCreateCollection(create);
        return this;
    }

    TestConfig consistency(MilvusCacheConfig.Consistency consistency) {
        this.consistency = consistency;
        return this;
    }

    TestConfig writeMaxDelay(Duration delay) {
        writes = writes.withMaxDelay(delay);
        return this;
    }

    TestConfig writeBatchSize(int rows) {
        writes = writes.withBatchSize(rows);
        return this;
    }

    TestConfig writeQueueCapacity(int entries) {
        writes = writes.withQueueCapacity(entries);
        return this;
    }

    TestConfig cleanupInterval(Duration interval) {
        ttl = new MilvusCacheConfig.Ttl(interval, ttl.serverTtl());
        return this;
    }

    TestConfig serverTtl(Duration serverTtl) {
        ttl = new MilvusCacheConfig.Ttl(ttl.cleanupInterval(), serverTtl);
        return this;
    }

    TestConfig circuitBreaker(int failures, Duration openFor, Duration maxOpenFor) {
        breaker = new MilvusCacheConfig.Breaker(failures, openFor, maxOpenFor);
        return this;
    }

    MilvusCacheConfig build() {
        MilvusCacheConfig.Search d = MilvusCacheConfig.Search.DEFAULT;
        return MilvusCacheConfig.builder().connection(connection.build()).collection(collection.build())
                .search(new MilvusCacheConfig.Search(d.ef(), d.topK(), consistency))
                .writes(writes).ttl(ttl).breaker(breaker).build();
    }
}
