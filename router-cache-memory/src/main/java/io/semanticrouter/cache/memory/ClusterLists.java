package io.semanticrouter.cache.memory;

import io.github.jbellis.jvector.util.Bits;
import io.semanticrouter.VectorMath;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * An inverted-file index over one partition's vectors: k-means centroids, and for each centroid a list of the
 * int8 codes of the vectors nearest to it, held side by side so that a lookup scans each list it probes as one run
 * of memory. A lookup scores every centroid, scans the lists of the best {@code probes}, and hands back the best
 * accepted ordinals by their int8 scores, which the caller scores again exactly.
 *
 * <p>Until {@link #train} runs, the index has no centroids and one list, which a lookup scans whole. Training is
 * done once, on an index that no lookup sees yet (the cache's background build); after it, {@link #add} places each
 * vector in the list of its nearest centroid. Lists only grow; a removed vector stays in its list and is filtered by
 * the caller's accept test until the cache rebuilds the index. Adds, and training, take this object's lock for the
 * append only; lookups take no lock. Thread-safe.
 */
final class ClusterLists {

    /** Centroids per partition: {@code 4 x sqrt(n)} for n trained vectors (the usual lower end for IVF), at least 1. */
    static int centroidsFor(int n) {
        return (int) Math.max(1, Math.min(MAX_CENTROIDS, Math.round(4 * Math.sqrt(n))));
    }

    /** The most centroids an index trains, whatever its size (65,536: 2 billion vectors give 185,000 by the rule). */
    static final int MAX_CENTROIDS = 1 << 16;
    /** Vectors sampled per centroid to train them. */
    static final int SAMPLE_PER_CENTROID = 40;
    /** Rounds of k-means (Lloyd's iterations). */
    static final int ROUNDS = 8;
    /**
     * From this many centroids on, the centroids are themselves grouped ({@code sqrt(k)} groups, by k-means on the
     * centroids), and a lookup scores the groups first and then only the centroids of its best
     * {@link #GROUP_PROBES} groups, instead of every centroid.
     */
    static final int GROUPED_FROM = 1024;
    /** Groups of centroids a lookup opens, unless the cache is told otherwise; a store opens as many. */
    static final int GROUP_PROBES = 32;

    /** Entries per chunk of a list once it has grown: a list never needs one array longer than this. */
    private static final int CHUNK = 4096;

    private final int dimension;
    private final int stride;
    private final int groupedFrom;
    private final int groupProbes;
    private volatile Layout layout;

    /** An untrained index: one list, scanned whole. */
    ClusterLists(int dimension) {
        this(dimension, GROUPED_FROM, GROUP_PROBES);
    }

    /**
     * As {@link #ClusterLists(int)}, grouping from {@code groupedFrom} centroids, with stores opening
     * {@code groupProbes} groups to find their list.
     */
    ClusterLists(int dimension, int groupedFrom, int groupProbes) {
        this.dimension = dimension;
        this.stride = dimension + 4;
        this.groupedFrom = groupedFrom;
        this.groupProbes = groupProbes;
        this.layout = Layout.untrained();
    }

    /** Vectors the centroids were trained on (0 before {@link #train}). */
    int trainedOn() {
        return layout.trainedOn;
    }

    /** Centroids (0 before {@link #train}). */
    int centroids() {
        return layout.centroidCodes.length / stride;
    }

    /** Appends ordinal {@code ord} with vector {@code v} to the list of its nearest centroid. */
    void add(int ord, float[] v) {
        Layout seen = layout;
        int list = listFor(seen, v);
        synchronized (this) {
            Layout now = layout;
            if (now != seen) { // trained meanwhile: place it by the new centroids
                list = listFor(now, v);
            }
            now.lists[list].append(ord, v, stride, dimension);
        }
    }

    /**
     * Trains centroids on {@code vectors} (k-means on a sample) and moves every vector added so far into the list of
     * its nearest centroid. Only for an index no lookup uses yet: until the move is done, a lookup would miss the
     * vectors being moved.
     *
     * @param vectors the vectors to train on, by position; {@code null} entries are skipped
     * @throws IllegalStateException if the index was trained already
     */
    void train(float[][] vectors, long seed) {
        if (layout.trainedOn > 0) {
            throw new IllegalStateException("the cluster index is trained already");
        }
        float[][] points = Arrays.stream(vectors).filter(v -> v != null).toArray(float[][]::new);
        if (points.length == 0) {
            return;
        }
        Layout trained = Layout.trained(kmeans(points, centroidsFor(points.length), seed), points.length,
                groupedFrom, seed);
        Layout old;
        synchronized (this) {
            old = layout;
            layout = trained;
        }
        old.lists[0].forEach((ord, code) -> {
            int list = listFor(trained, Int8Codes.decode(code, 0, dimension));
            synchronized (this) {
                trained.lists[list].appendCode(ord, code, stride);
            }
        }, stride);
    }

    /**
     * The ordinals of the best {@code k} accepted vectors by int8 score among the lists of the {@code probes}
     * centroids nearest to the query, found by opening {@code groupProbes} groups of centroids when they are grouped.
     * Once {@code hitProbes} lists are scanned, the scan stops as soon as its best candidate scores at least
     * {@code hitBar} exactly ({@code exact} gives that score).
     */
    PartitionIndex.Hits search(float[] query, int k, int probes, int groupProbes, int hitProbes, float hitBar,
                               Bits accept, IntFunction<float[]> exact) {
        Layout l = layout;
        int[] centroidsScored = new int[1];
        int[] order = l.nearest(query, Math.min(probes, l.lists.length), groupProbes, centroidsScored);
        Top top = new Top(k);
        int scanned = 0;
        int checks = 0;
        boolean settled = false;
        for (int p = 0; p < order.length; p++) {
            scanned += l.lists[order[p]].scan(query, top, accept, stride, dimension);
            boolean mayStop = p + 1 >= hitProbes && p + 1 < order.length && top.size > 0;
            if (mayStop && top.scores[0] >= hitBar - PartitionIndex.HIT_MARGIN) {
                checks++;
                float[] v = exact.apply(top.ords[0]);
                if (v != null && VectorMath.dot(query, 0, v, 0, dimension) >= hitBar) {
                    settled = true;
                    break;
                }
            }
        }
        return new PartitionIndex.Hits(Arrays.copyOf(top.ords, top.size), scanned + centroidsScored[0], scanned, settled,
                checks);
    }

    /** Heap bytes of the lists and centroids (codes and ordinals). */
    long bytes() {
        Layout l = layout;
        long total = l.centroidCodes.length;
        for (Posting p : l.lists) {
            total += p.bytes();
        }
        return total;
    }

    /** The list a store of {@code v} goes to: its nearest centroid's, opening {@link #groupProbes} groups. */
    private int listFor(Layout l, float[] v) {
        return l.nearest(v, 1, groupProbes, new int[1])[0];
    }

    /** k-means with cosine assignment (vectors and centroids normalised), on a sample of the points. */
    static float[][] kmeans(float[][] points, int k, long seed) {
        int dim = points.length == 0 ? 0 : points[0].length;
        Random r = new Random(seed);
        int n = Math.min(points.length, SAMPLE_PER_CENTROID * k);
        float[][] sample = new float[n][];
        for (int i = 0; i < n; i++) {
            sample[i] = points[points.length == n ? i : r.nextInt(points.length)];
        }
        float[][] centroids = new float[Math.min(k, Math.max(1, n))][];
        for (int c = 0; c < centroids.length; c++) {
            centroids[c] = n == 0 ? new float[dim] : sample[r.nextInt(n)].clone();
        }
        int[] assigned = new int[n];
        for (int round = 0; round < ROUNDS && n > 0; round++) {
            float[][] cs = centroids;
            IntStream.range(0, n).parallel().forEach(i -> assigned[i] = nearestExact(cs, sample[i]));
            float[][] sums = new float[cs.length][dim];
            for (int i = 0; i < n; i++) {
                float[] s = sums[assigned[i]];
                float[] v = sample[i];
                for (int d = 0; d < dim; d++) {
                    s[d] += v[d];
                }
            }
            for (int c = 0; c < sums.length; c++) {
                if (VectorMath.normalize(sums[c]) == 0) { // an empty cluster restarts at a random point
                    sums[c] = sample[r.nextInt(n)].clone();
                }
            }
            centroids = sums;
        }
        return centroids;
    }

    private static int nearestExact(float[][] centroids, float[] v) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double s = VectorMath.dot(v, 0, centroids[c], 0, v.length);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /**
     * The centroids' int8 codes and their lists; immutable but for the lists' contents. With many centroids, they are
     * ordered by group, group {@code j} holding centroids {@code groupStart[j]} to {@code groupStart[j + 1] - 1}, and
     * each group has the int8 code of its own centroid.
     */
    private static final class Layout {
        final int dimension;
        final int stride;
        final byte[] centroidCodes;
        final Posting[] lists;
        final int trainedOn;
        /** The groups' centroid codes, or null when every centroid is scored. */
        final byte[] groupCodes;
        final int[] groupStart;

        private Layout(int dimension, byte[] centroidCodes, int trainedOn, byte[] groupCodes, int[] groupStart) {
            this.dimension = dimension;
            this.stride = dimension + 4;
            this.centroidCodes = centroidCodes;
            int k = Math.max(1, centroidCodes.length / stride);
            this.lists = new Posting[k];
            Arrays.setAll(lists, i -> new Posting());
            this.trainedOn = trainedOn;
            this.groupCodes = groupCodes;
            this.groupStart = groupStart;
        }

        /** No centroids and one list. */
        static Layout untrained() {
            return new Layout(0, new byte[0], 0, null, null);
        }

        /** Empty lists for {@code centroids}, grouped when there are at least {@code groupedFrom}. */
        static Layout trained(float[][] centroids, int trainedOn, int groupedFrom, long seed) {
            int dim = centroids[0].length;
            float[][] ordered = centroids;
            byte[] groupCodes = null;
            int[] groupStart = null;
            if (centroids.length >= groupedFrom) {
                float[][] groups = kmeans(centroids, (int) Math.round(Math.sqrt(centroids.length)), seed + 1);
                int[] group = new int[centroids.length];
                groupStart = new int[groups.length + 1];
                for (int c = 0; c < centroids.length; c++) {
                    group[c] = nearestExact(groups, centroids[c]);
                    groupStart[group[c] + 1]++;
                }
                for (int j = 0; j < groups.length; j++) {
                    groupStart[j + 1] += groupStart[j];
                }
                ordered = new float[centroids.length][];
                int[] at = Arrays.copyOf(groupStart, groups.length);
                for (int c = 0; c < centroids.length; c++) {
                    ordered[at[group[c]]++] = centroids[c];
                }
                groupCodes = codes(groups, dim);
            }
            return new Layout(dim, codes(ordered, dim), trainedOn, groupCodes, groupStart);
        }

        private static byte[] codes(float[][] vectors, int dim) {
            byte[] codes = new byte[vectors.length * (dim + 4)];
            for (int c = 0; c < vectors.length; c++) {
                Int8Codes.quantize(vectors[c], codes, c * (dim + 4), dim);
            }
            return codes;
        }

        /**
         * The {@code m} lists whose centroids score best for {@code q} by int8 score, best first (list 0 without
         * centroids), adding the centroids and group centroids it scored to {@code scored[0]}. With groups, and unless
         * {@code m} is half the centroids or more, only the centroids of the best {@code groupProbes} groups are scored.
         */
        int[] nearest(float[] q, int m, int groupProbes, int[] scored) {
            int k = centroidCodes.length / stride;
            if (k == 0) {
                return new int[] {0};
            }
            Top top = new Top(Math.min(m, k));
            if (groupCodes == null || 2L * m >= k) {
                offerAll(q, 0, k, top);
                scored[0] += k;
                return Arrays.copyOf(top.ords, top.size);
            }
            int g = groupStart.length - 1;
            Top groups = new Top(Math.min(g, groupProbes));
            for (int j = 0; j < g; j++) {
                groups.offer(j, Int8Codes.score(q, groupCodes, j * stride, dimension));
            }
            scored[0] += g;
            for (int i = 0; i < groups.size; i++) {
                int j = groups.ords[i];
                offerAll(q, groupStart[j], groupStart[j + 1], top);
                scored[0] += groupStart[j + 1] - groupStart[j];
            }
            return Arrays.copyOf(top.ords, top.size);
        }

        private void offerAll(float[] q, int from, int to, Top top) {
            for (int c = from; c < to; c++) {
                top.offer(c, Int8Codes.score(q, centroidCodes, c * stride, dimension));
            }
        }
    }

    /** The best {@code k} (ordinal, score) pairs offered, sorted best first. */
    private static final class Top {
        final int[] ords;
        final float[] scores;
        int size;

        Top(int k) {
            ords = new int[k];
            scores = new float[k];
        }

        boolean wants(float s) {
            return size < ords.length || s > scores[size - 1];
        }

        void offer(int ord, float s) {
            if (!wants(s)) {
                return;
            }
            int at = size < ords.length ? size++ : size - 1;
            while (at > 0 && scores[at - 1] < s) {
                ords[at] = ords[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            ords[at] = ord;
            scores[at] = s;
        }
    }

    /** What {@link Posting#forEach} hands each entry to. */
    private interface EntryVisitor {
        void visit(int ord, byte[] code);
    }

    /**
     * One list: ordinals and their int8 codes (the bytes, then the scale as a float), in chunks that start small,
     * double up to {@link #CHUNK} entries and then stay that size. Appends run under the owner's lock; a reader
     * reads {@code size} first and then the chunks, which were published before it.
     */
    private static final class Posting {
        private volatile Chunks chunks = new Chunks(new byte[0][], new int[0][]);
        private volatile int size;

        void append(int ord, float[] v, int stride, int dimension) {
            int at = size;
            Chunks cs = room(at, stride);
            Int8Codes.quantize(v, cs.codes[at / CHUNK], (at % CHUNK) * stride, dimension);
            cs.ords[at / CHUNK][at % CHUNK] = ord;
            size = at + 1;
        }

        void appendCode(int ord, byte[] code, int stride) {
            int at = size;
            Chunks cs = room(at, stride);
            System.arraycopy(code, 0, cs.codes[at / CHUNK], (at % CHUNK) * stride, stride);
            cs.ords[at / CHUNK][at % CHUNK] = ord;
            size = at + 1;
        }

        /** Chunks with room for entry {@code at}, published (a new object) if they had to grow. */
        private Chunks room(int at, int stride) {
            Chunks cs = chunks;
            int c = at / CHUNK;
            int within = at % CHUNK;
            if (c < cs.ords.length && within < cs.ords[c].length) {
                return cs;
            }
            byte[][] codes = Arrays.copyOf(cs.codes, c + 1);
            int[][] ords = Arrays.copyOf(cs.ords, c + 1);
            int capacity = c < cs.ords.length ? Math.min(CHUNK, 2 * cs.ords[c].length) : Math.min(CHUNK, 16);
            codes[c] = c < cs.codes.length ? Arrays.copyOf(cs.codes[c], capacity * stride) : new byte[capacity * stride];
            ords[c] = c < cs.ords.length ? Arrays.copyOf(cs.ords[c], capacity) : new int[capacity];
            Chunks grown = new Chunks(codes, ords);
            chunks = grown;
            return grown;
        }

        /** Offers every accepted entry to {@code top} by its int8 score; returns the entries scored. */
        int scan(float[] q, Top top, Bits accept, int stride, int dimension) {
            int n = size;
            Chunks cs = chunks;
            for (int c = 0, done = 0; done < n; c++) {
                byte[] codes = cs.codes[c];
                int[] ords = cs.ords[c];
                int m = Math.min(n - done, ords.length);
                for (int i = 0; i < m; i++) {
                    float s = Int8Codes.score(q, codes, i * stride, dimension);
                    if (top.wants(s) && accept.get(ords[i])) {
                        top.offer(ords[i], s);
                    }
                }
                done += m;
            }
            return n;
        }

        void forEach(EntryVisitor visitor, int stride) {
            int n = size;
            Chunks cs = chunks;
            for (int i = 0; i < n; i++) {
                byte[] code = Arrays.copyOfRange(cs.codes[i / CHUNK], (i % CHUNK) * stride, (i % CHUNK + 1) * stride);
                visitor.visit(cs.ords[i / CHUNK][i % CHUNK], code);
            }
        }

        long bytes() {
            Chunks cs = chunks;
            long total = 0;
            for (int c = 0; c < cs.ords.length; c++) {
                total += cs.codes[c].length + 4L * cs.ords[c].length + 32;
            }
            return total;
        }
    }

    /** A list's chunks, replaced as a whole when one is added or grown. */
    private record Chunks(byte[][] codes, int[][] ords) {
    }
}
