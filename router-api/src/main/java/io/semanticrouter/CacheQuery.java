package io.semanticrouter;

import java.util.Objects;

/**
 * What the router looks up: the partition, the query text and its embedding.
 *
 * @param partition opaque partition key (tenant + context fingerprint); never null
 * @param text      the query text the embedding was made from; never null
 * @param embedding the query's embedding; never null
 */
public record CacheQuery(String partition, String text, Embedding embedding) {
    public CacheQuery {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedding, "embedding");
    }
}
