package io.semanticrouter;

import java.util.List;
import java.util.OptionalLong;

/**
 * A semantic cache: answers stored under the embedding of the question that produced them, found again
 * by vector similarity inside one partition.
 *
 * <p>A partition is an opaque key the router derives from the tenant and from everything besides the last
 * question that changes the answer (system prompt, earlier turns, tools, response format, model). An entry
 * is only ever returned for a query of the same partition.
 *
 * <p>Implementations are thread-safe. {@link #search} and {@link #store} either complete or leave the
 * cache as it was: a reader never sees half an entry. Back-end failures surface as {@link CacheException};
 * the router turns them into misses.
 */
public interface SemanticCache extends AutoCloseable {

    /**
     * Finds up to {@code limit} live entries of the query's partition whose similarity reaches the query's
     * threshold ({@link CacheQuery#threshold(double)}: its own when set, otherwise {@link #similarityThreshold()}),
     * most similar first. The router verifies them in that order and serves the
     * first that passes, so a near-duplicate with another meaning does not hide a true paraphrase behind it.
     * {@code search(query, 1).get(0)} is the single best entry.
     *
     * @return the hits, most similar first; when none reaches the threshold, a list holding one miss that
     *         still reports the best similarity seen (NaN when the partition was empty). Never empty.
     * @throws IllegalArgumentException if limit is below 1 or the query's embedding has the wrong dimension
     * @throws CacheException           if the back end fails
     */
    List<CacheResult> search(CacheQuery query, int limit);

    /**
     * Stores an entry. An entry with the same partition and the same query text is replaced.
     *
     * @throws IllegalArgumentException if the entry's embedding has the wrong dimension
     * @throws CacheException           if the back end fails
     */
    void store(CacheEntry entry);

    /** Number of entries currently held (expired entries not yet removed may be counted). */
    long size();

    /** Removes every entry. */
    void clear();

    /**
     * Removes every entry of one tenant: every entry whose partition's tenant key
     * ({@link CachePartitions#tenantKeyOf}) equals {@code tenantKey}. Entries of other tenants, and entries whose
     * partition has no tenant key, stay. Stores accepted before the call are purged too when they belong to the
     * tenant (a back end that writes in the background sends them first); a store that races with the purge may
     * survive it.
     *
     * <p>The default throws {@link UnsupportedOperationException}: a back end that cannot pick one tenant's entries
     * must say so, rather than clear everyone's or nobody's.
     *
     * @param tenantKey the tenant key, as {@link CachePartitions#tenantKey} makes it
     * @return how many entries were removed, or empty when the back end cannot tell
     * @throws NullPointerException          if tenantKey is null
     * @throws IllegalArgumentException      if tenantKey is empty or contains {@value CachePartitions#SEPARATOR}
     * @throws UnsupportedOperationException if the back end cannot purge one tenant
     * @throws CacheException                if the back end fails
     */
    default OptionalLong purgeTenant(String tenantKey) {
        CachePartitions.checkTenantKey(tenantKey);
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot purge one tenant's entries");
    }

    /** The similarity a stored query must reach to be served, in (0, 1]. */
    double similarityThreshold();

    /** Releases resources (threads, connections). The default does nothing. */
    @Override
    default void close() {
    }
}
