/**
 * A {@link io.semanticrouter.SemanticCache} on Milvus, shared by every router instance that points at the same
 * collection.
 *
 * <p>The public types: {@link io.semanticrouter.cache.milvus.MilvusSemanticCache} (the cache and its builder),
 * {@link io.semanticrouter.cache.milvus.MilvusCacheConfig} (one record per section of {@code milvus.yaml}:
 * {@code Connection}, {@code Collection}, {@code Index}, {@code Search}, {@code Writes}, {@code Ttl},
 * {@code Breaker}; each checks its own values), {@link io.semanticrouter.cache.milvus.MilvusCacheStats} and
 * {@link io.semanticrouter.cache.milvus.IncompatibleCollectionException}.
 *
 * <p>Inside, the cache is a front over parts with one job each:
 * <ul>
 *   <li>{@code MilvusConnection}: the client ({@code ClientFactory} opens it), the server's profile
 *       ({@code ServerProfile}), the circuit breaker ({@code CircuitBreaker}), opening, probing and repairing
 *       the collection ({@code CacheCollection}, {@code CollectionRepair});</li>
 *   <li>{@code WriteBehindWriter}: the bounded queue and the writer thread that sends batches;</li>
 *   <li>{@code Maintenance}: the background thread that connects, probes, flushes Milvus Lite and deletes
 *       expired rows;</li>
 *   <li>{@code CacheCounters}: every counter, read both by {@code stats()} and by the Micrometer meters;</li>
 *   <li>{@code YamlConfigReader}: reads vLLM Semantic Router's {@code milvus.yaml} into the config records and names
 *       the key of any value they refuse; {@code ResponseCodec} compresses answers too long for a VarChar.</li>
 * </ul>
 */
package io.semanticrouter.cache.milvus;
