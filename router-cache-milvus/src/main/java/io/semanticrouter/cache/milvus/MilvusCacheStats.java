package io.semanticrouter.cache.milvus;

/**
 * Counters of a {@link MilvusSemanticCache} since it was built. The same figures are published to Micrometer
 * when a registry is given. Once the writer is idle, every accepted entry is in exactly one of
 * {@code rowsWritten}, {@code superseded}, {@code droppedUnavailable}, {@code writeFailures} and
 * {@code skippedOversize}.
 *
 * @param hits               lookups that served an entry
 * @param misses             lookups that found nothing close enough
 * @param lookupErrors       lookups the server failed or timed out
 * @param lookupsRejected    lookups refused without asking the server (circuit open, still connecting)
 * @param unreadableRows     lookups whose best row could not be decoded (answered as misses)
 * @param storesRejected     stores refused without queueing (circuit open)
 * @param storesAccepted     entries queued for writing
 * @param rowsWritten        rows the server acknowledged
 * @param superseded         entries replaced by a later entry for the same question in the same batch
 * @param droppedQueueFull   entries dropped because the write queue was full
 * @param droppedUnavailable entries dropped because the server was unavailable when their batch was due
 * @param writeFailures      entries in batches the server refused or timed out on (a timed-out write may
 *                           still land later, whole)
 * @param skippedOversize    entries not stored because the prompt or answer cannot fit, even compressed
 * @param compressed         answers stored gzip-compressed to fit a VarChar
 * @param expiredDeleted     expired rows deleted by the cleanup
 * @param outages            times the circuit breaker opened
 * @param circuitOpen        whether the breaker is open now
 * @param queuedWrites       entries waiting in the write queue now
 */
public record MilvusCacheStats(long hits, long misses, long lookupErrors, long lookupsRejected, long unreadableRows,
                               long storesRejected, long storesAccepted, long rowsWritten, long superseded,
                               long droppedQueueFull, long droppedUnavailable, long writeFailures,
                               long skippedOversize, long compressed, long expiredDeleted, long outages,
                               boolean circuitOpen, int queuedWrites) {
}
