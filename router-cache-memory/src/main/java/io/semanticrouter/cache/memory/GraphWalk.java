package io.semanticrouter.cache.memory;

/**
 * Which search walks the jvector graph of a large partition. Both walk the same graph with the same beam and
 * score nodes as {@link GraphScoring} says, and every candidate either returns is re-scored exactly and
 * re-checked for removal and expiry before a lookup serves it.
 */
public enum GraphWalk {

    /**
     * The cache's own loop (the default): it reads the graph's neighbour lists directly and keeps its visited set
     * and its heaps in primitive arrays reused from one lookup to the next, so a scored node costs little more
     * than its dot product. With one entry seed (the default; {@code InMemorySemanticCache.Builder.graphEntrySeeds}) it visits
     * the nodes jvector's search visits.
     */
    DIRECT,

    /** jvector's own {@code GraphSearcher}, kept to compare against and as a fallback. */
    JVECTOR
}
