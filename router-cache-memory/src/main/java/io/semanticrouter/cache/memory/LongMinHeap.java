package io.semanticrouter.cache.memory;

import java.util.Arrays;

/**
 * A binary min-heap of primitive {@code long} keys that grows by doubling: no boxing, no objects per entry. The
 * graph walk packs a score and an ordinal into one key ({@link GraphWalker#pack}); a max-heap is this heap over
 * the bitwise complements of the keys. Not thread-safe: one search owns it at a time.
 */
final class LongMinHeap {

    private long[] keys;
    private int size;

    LongMinHeap(int capacity) {
        keys = new long[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The smallest key; the heap must not be empty. */
    long peek() {
        return keys[0];
    }

    /** The key at position {@code i} in heap order, for reading the whole heap without popping it. */
    long at(int i) {
        return keys[i];
    }

    void push(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * size));
        }
        long[] k = keys;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long p = k[parent];
            if (p <= key) {
                break;
            }
            k[i] = p;
            i = parent;
        }
        k[i] = key;
    }

    /** Removes and returns the smallest key; the heap must not be empty. */
    long poll() {
        long top = keys[0];
        long last = keys[--size];
        if (size > 0) {
            siftDown(last);
        }
        return top;
    }

    /** Replaces the smallest key with {@code key} (a poll and a push in one sift); the heap must not be empty. */
    void replaceTop(long key) {
        siftDown(key);
    }

    private void siftDown(long key) {
        long[] k = keys;
        int n = size;
        int i = 0;
        int child;
        while ((child = 2 * i + 1) < n) {
            long c = k[child];
            int right = child + 1;
            if (right < n && k[right] < c) {
                child = right;
                c = k[right];
            }
            if (key <= c) {
                break;
            }
            k[i] = c;
            i = child;
        }
        k[i] = key;
    }
}
