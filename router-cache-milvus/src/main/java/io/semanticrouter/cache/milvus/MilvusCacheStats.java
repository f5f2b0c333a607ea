package io.semanticrouter.cache.milvus;

/**
 * Counters of a {@link MilvusSemanticCache} since it was built. The same figures are published to Micrometer
 * when a registry is given.
 *
 * @param hits               lookups that served an entry
 * @param misses             lookups that found nothing close enough
 * @param lookupErrors       lookups the server failed or timed out
 * @param lookupsRejected    lookups refused without asking the server (circuit open, still connecting)
 * @param storesRejected     stores refused without queueing (circuit open)
 * @param storesAccepted     entries queued for writing
 * @param rowsWritten        rows the server acknowledged
 * @param droppedQueueFull   entries dropped because the write queue was full
 * @param droppedUnavailable entries dropped because the server was unavailable when their batch was due
 * @param writeFailures      entries in batches the server refused or timed out on
 * @param skippedOversize    entries not stored because the prompt or answer cannot fit, even compressed
 * @param compressed         answers stored gzip-compressed to fit a VarChar
 * @param expiredDeleted     expired rows deleted by the cleanup
 * @param outages            times the circuit breaker opened
 * @param circuitOpen        whether the breaker is open now
 * @param queuedWrites       entries waiting in the write queue now
 */
public record MilvusCacheStats(long hits, long misses, long lookupErrors, long lookupsRejected, long storesRejected,
                               long storesAccepted,
                               long rowsWritten, long droppedQueueFull, long droppedUnavailable, long writeFailures,
                               long skippedOversize, long compressed, long expiredDeleted, long outages,
                               boolean circuitOpen, int queuedWrites) {
}
