package io.semanticrouter.cache.memory;

import java.util.Locale;

/** Which entry a full cache gives up first (the {@code eviction_policy} vocabulary of vLLM Semantic Router's configuration). */
public enum EvictionPolicy {
    /** First in, first out: the oldest insert goes. */
    FIFO,
    /** Least recently used: the entry stored or served longest ago goes. */
    LRU,
    /** Least frequently used: the entry served the fewest times goes; ties go to the least recently used. */
    LFU;

    /**
     * Parses {@code fifo}, {@code lru} or {@code lfu}, case-insensitive.
     *
     * @throws IllegalArgumentException for anything else, naming the value
     */
    public static EvictionPolicy parse(String value) {
        if (value != null) {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "fifo":
                    return FIFO;
                case "lru":
                    return LRU;
                case "lfu":
                    return LFU;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("eviction policy must be one of fifo, lru, lfu, was '" + value + "'");
    }
}
