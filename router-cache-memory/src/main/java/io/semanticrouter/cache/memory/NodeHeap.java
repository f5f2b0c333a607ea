package io.semanticrouter.cache.memory;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A binary min-heap of nodes by a two-part key that only ever grows for a given node (insert time, last access,
 * hit count, expiry). Keys are recorded when a node is pushed; a node whose key has grown since is pushed again
 * with its new key when it reaches the top, and a removed node is dropped when it reaches the top. Each re-push
 * pays for an access that happened since the last push, so a pop costs O(log n) amortised, and nothing scans
 * the whole cache. Not thread-safe: the cache calls it under its write lock.
 */
final class NodeHeap {

    /** The current key of a node: {@code out[0]} then {@code out[1]}, compared in that order. */
    interface KeyFunction {
        void key(Node n, long[] out);
    }

    private final KeyFunction keys;
    private final long[] scratch = new long[2];
    private long[] k1 = new long[16];
    private long[] k2 = new long[16];
    private Node[] nodes = new Node[16];
    private int size;

    NodeHeap(KeyFunction keys) {
        this.keys = keys;
    }

    int size() {
        return size;
    }

    void push(Node n) {
        keys.key(n, scratch);
        if (size == nodes.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L);
            if (cap == size) {
                throw new IllegalStateException("eviction heap is full at " + size + " entries");
            }
            k1 = Arrays.copyOf(k1, cap);
            k2 = Arrays.copyOf(k2, cap);
            nodes = Arrays.copyOf(nodes, cap);
        }
        int at = size++;
        set(at, scratch[0], scratch[1], n);
        siftUp(at);
    }

    /**
     * Removes and returns the live node with the smallest current key, or null when none is left. Removed nodes
     * met on the way are dropped; nodes whose key grew are pushed back with the new key.
     *
     * @param skip nodes to drop without returning them (already removed by the caller's bookkeeping)
     */
    Node pollLive(Predicate<Node> skip) {
        while (size > 0) {
            Node top = nodes[0];
            long a = k1[0];
            long b = k2[0];
            removeTop();
            if (top.removed || skip.test(top)) {
                continue;
            }
            keys.key(top, scratch);
            if (scratch[0] != a || scratch[1] != b) {
                push(top);
                continue;
            }
            return top;
        }
        return null;
    }

    /** The node on top without checking it, or null when empty; its recorded first key is {@link #peekKey()}. */
    Node peek() {
        return size == 0 ? null : nodes[0];
    }

    long peekKey() {
        return k1[0];
    }

    void removeTop() {
        size--;
        if (size > 0) {
            set(0, k1[size], k2[size], nodes[size]);
            siftDown(0);
        }
        nodes[size] = null;
    }

    /** Drops every removed node and re-heapifies; O(n), called when removed nodes outnumber live ones. */
    void compact() {
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (!nodes[r].removed) {
                k1[w] = k1[r];
                k2[w] = k2[r];
                nodes[w++] = nodes[r];
            }
        }
        Arrays.fill(nodes, w, size, null);
        size = w;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    void clear() {
        Arrays.fill(nodes, 0, size, null);
        size = 0;
    }

    private void set(int i, long a, long b, Node n) {
        k1[i] = a;
        k2[i] = b;
        nodes[i] = n;
    }

    private boolean less(int i, int j) {
        return k1[i] != k1[j] ? k1[i] < k1[j] : k2[i] < k2[j];
    }

    private void swap(int i, int j) {
        long a = k1[i];
        long b = k2[i];
        Node n = nodes[i];
        set(i, k1[j], k2[j], nodes[j]);
        set(j, a, b, n);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int c = l + 1 < size && less(l + 1, l) ? l + 1 : l;
            if (!less(c, i)) {
                return;
            }
            swap(i, c);
            i = c;
        }
    }
}
