package io.semanticrouter.cache.memory;

/**
 * The kind of approximate index a large partition of {@link InMemorySemanticCache} is searched through
 * (docs/ann-index.md compares them).
 */
public enum AnnIndex {
    /** A jvector HNSW graph, walked on int8 codes; hits stop early once they hold an entry above the threshold. */
    GRAPH,
    /**
     * An inverted file: k-means centroids ({@code 4 x sqrt(n)}) with the int8 codes of each centroid's vectors side
     * by side; a lookup scans the lists of its nearest centroids ({@code clusterProbes}), found through groups of
     * centroids once there are many. Trained in the background, again each time the partition has grown by half.
     */
    CLUSTERS
}
