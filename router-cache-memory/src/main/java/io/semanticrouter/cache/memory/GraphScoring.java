package io.semanticrouter.cache.memory;

/**
 * How a graph search of the in-memory cache scores the nodes it walks. Whichever is chosen, the candidates the
 * search returns are scored again with the exact dot product of the full vectors, and re-checked for removal
 * and expiry, before a lookup serves one.
 */
public enum GraphScoring {

    /** Every node the search reaches is scored with the full float vector (1,536 bytes at 384 dimensions). */
    EXACT,

    /**
     * Every node the search reaches is scored with an int8 copy of its vector (one byte per dimension and a
     * scale, 388 bytes at 384 dimensions, held in one flat array per partition); the best few candidates are
     * then re-ranked exactly. The copy is quantised per vector, so it needs no training and cannot drift as
     * entries come and go.
     */
    INT8,

    /**
     * Every node the search reaches is scored with a one-bit copy of its vector (the sign of each dimension and
     * a correction factor, 56 bytes at 384 dimensions; see {@code InMemorySemanticCache.graphBitRerank}); the
     * search's best candidates by that coarse score are re-scored with the int8 copy, and the best of those
     * exactly. A node costs about one cache line of memory instead of six, which matters once the int8 copies
     * outgrow the processor's caches.
     */
    BIT,

    /**
     * The one-bit copies screen the neighbours and the int8 copies score those that pass: once the search has
     * scored as many nodes as its beam, a batch of neighbours is first scored with the one-bit codes, and only
     * those within a margin ({@code InMemorySemanticCache.graphBitMargin}) of the beam's worst int8 score are
     * scored with the int8 codes. The search orders and keeps nodes by the int8 score, so with a margin wider than
     * the one-bit error it walks the nodes an {@link #INT8} walk walks, reading one cache line for most of them
     * instead of six. The candidates it returns are re-ranked exactly, as with {@link #INT8}. jvector's walk,
     * which cannot screen, scores int8 codes for this setting.
     */
    BIT_INT8
}
