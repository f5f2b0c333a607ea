package io.semanticrouter.cache.milvus;

import io.semanticrouter.CacheException;

/**
 * The Milvus collection exists but cannot hold this cache's entries: another vector dimension or metric,
 * missing fields, or it is missing and {@code auto_create_collection} is off. Retrying does not help, so the
 * cache stops calling Milvus and every lookup and store fails with this exception (the router answers as on
 * a miss). Fix the configuration (another collection name, or drop the old collection) and restart.
 */
public class IncompatibleCollectionException extends CacheException {
    private static final long serialVersionUID = 1L;

    /** An exception saying what does not fit and what to do about it. */
    public IncompatibleCollectionException(String message) {
        super(message);
    }
}
