package io.semanticrouter.eval.bench;

import io.semanticrouter.RoutedResponse;
import io.semanticrouter.StageTimings;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the time of routed requests went, from each answer's {@link StageTimings}: the embedding, the guards and
 * routing together (the router's selection slot), the cache read (search plus hit verification) and the rest
 * (admission, custom stages, building the trace). Records up to {@value #CAPACITY} requests from any number of
 * threads without locking (later ones are counted but not kept); {@link #summary} gives each part's median and
 * its share of the summed total. Not for concurrent {@link #record} and {@link #summary} calls.
 */
final class HitStages {

    static final int CAPACITY = 1 << 16;
    private static final String[] PARTS = {"embedding", "guards+routing", "cache read", "rest"};

    private final long[][] nanos = new long[PARTS.length + 1][CAPACITY];
    private final AtomicInteger count = new AtomicInteger();

    /** Adds one request's timings; requests that {@code onlyHits} excludes (misses) are skipped. */
    void record(RoutedResponse response, boolean onlyHits) {
        if (onlyHits && !response.cacheHit()) {
            return;
        }
        int i = count.getAndIncrement();
        if (i >= CAPACITY) {
            return;
        }
        StageTimings t = response.timings();
        long embed = t.embedding().toNanos();
        long select = t.selection().toNanos();
        long read = t.cacheLookup().toNanos();
        long total = t.total().toNanos();
        nanos[0][i] = embed;
        nanos[1][i] = select;
        nanos[2][i] = read;
        nanos[3][i] = total - embed - select - read;
        nanos[PARTS.length][i] = total;
    }

    /** Forgets every recorded request. */
    void reset() {
        count.set(0);
    }

    /** One line: per part the median in ms and its share of all recorded time, or "no requests recorded". */
    String summary() {
        int n = Math.min(count.get(), CAPACITY);
        if (n == 0) {
            return "no requests recorded";
        }
        double allTime = sum(nanos[PARTS.length], n);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d requests, total p50 %.3f ms;", n,
                median(nanos[PARTS.length], n) / 1e6));
        for (int p = 0; p < PARTS.length; p++) {
            out.append(String.format(Locale.ROOT, " %s p50 %.3f ms (%.1f%% of the time)", PARTS[p],
                    median(nanos[p], n) / 1e6, 100 * sum(nanos[p], n) / allTime));
            out.append(p < PARTS.length - 1 ? "," : "");
        }
        return out.toString();
    }

    private static double sum(long[] values, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += values[i];
        }
        return s;
    }

    private static double median(long[] values, int n) {
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
