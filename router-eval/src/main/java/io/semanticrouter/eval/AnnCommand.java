package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;
import io.semanticrouter.cache.memory.AnnIndex;
import io.semanticrouter.cache.memory.GraphScoring;
import io.semanticrouter.cache.memory.GraphWalk;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ann}: the in-memory cache at scale. Embeds a few thousand distinct questions with the real model,
 * repeats them with small random noise (then re-normalised) to reach {@code --entries}, stores them all in one
 * partition of an {@link InMemorySemanticCache} built with its defaults (so the ANN index takes over on its own
 * above its threshold), then looks up {@code --queries} held-out questions through the cache and through an
 * exact scan of the same vectors. Recall@1 is the share of queries whose cache answer is the exact answer.
 *
 * <p>{@code --queries-kind paraphrase} looks up the QQP duplicate partners of stored questions instead, which
 * mostly hit. The cache uses its default similarity threshold unless {@code --threshold} gives another; a hit
 * agrees with the exact scan when it is the exact answer, and a miss when the cache saw the exact best similarity
 * (its nearest candidate was the exact answer, below the threshold). {@code ann} also reports the share of queries
 * whose exact answer is a hit, the recall@1 over those and their cost.
 */
@Command(name = "ann", mixinStandardHelpOptions = true,
        description = "ANN index of the in-memory cache: recall@1 against an exact scan, lookup p50/p99, build time, bytes per entry.")
final class AnnCommand implements Callable<Integer> {

    static final String PARTITION = "ann-bench";

    @Spec
    CommandSpec spec;

    @Option(names = "--entries", required = true, description = "entries to store")
    int entries;

    @Option(names = "--queries", defaultValue = "" + QuestionCopies.DEFAULT_QUERIES, description = "held-out lookups (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--texts", defaultValue = "" + QuestionCopies.DEFAULT_TEXTS, description = "distinct questions embedded to seed the entries (default ${DEFAULT-VALUE})")
    int texts;

    @Option(names = "--noise", defaultValue = "" + QuestionCopies.DEFAULT_NOISE,
            description = "standard deviation of the per-dimension noise added to each copy before re-normalising (default ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--data", description = "JSONL questions (fields text_a and/or text_b); default: QQP from --source")
    Path data;

    @Option(names = "--source", defaultValue = QuestionCopies.DEFAULT_SOURCE, description = "the anchor-data folder (default ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--threads", defaultValue = "2", description = "threads storing entries (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--index-threshold", description = "override the cache's index threshold (default: the cache's own)")
    Integer indexThreshold;

    @Option(names = "--search-beam", split = ",",
            description = "graph search beams (HNSW ef) to measure, comma-separated; the summary is the first (default: the cache's)")
    List<Integer> searchBeams;

    @Option(names = "--scoring", split = ",",
            description = "how the graph search scores nodes: exact, int8, bit, bit-int8, or several comma-separated, measured on"
                    + " the same fill"
                    + " (default: the cache's)")
    List<String> scorings;

    @Option(names = "--walk", split = ",",
            description = "which search walks the graph: direct (the cache's own loop), jvector, or both comma-separated,"
                    + " measured on the same fill (default: the cache's)")
    List<String> walks;

    @Option(names = "--rerank", split = ",",
            description = "candidates an int8 search re-scores exactly, comma-separated (default: the cache's)")
    List<Integer> reranks;

    @Option(names = "--bit-rerank", split = ",",
            description = "candidates a bit search re-scores with int8 codes, comma-separated (default: the cache's)")
    List<Integer> bitReranks;

    @Option(names = "--bit-margin", split = ",",
            description = "how far below the beam's worst int8 score a bit-int8 search still scores a node with int8,"
                    + " comma-separated (default: the cache's)")
    List<Float> bitMargins;

    @Option(names = "--prefetch", split = ",",
            description = "whether the direct walk reads a batch's codes before scoring them: off, on, or both (default: the"
                    + " cache's, on)")
    List<String> prefetches;

    @Option(names = "--patience", split = ",",
            description = "graph walk patience: node expansions without a change in the re-ranked candidates after which a"
                    + " search stops, 0 for off, comma-separated (default: the cache's)")
    List<Integer> patiences;

    @Option(names = "--hit-patience", split = ",",
            description = "graph walk patience once the walk holds a hit at the threshold, 0 for off, comma-separated"
                    + " (default: the cache's)")
    List<Integer> hitPatiences;

    @Option(names = "--entry-seeds", split = ",",
            description = "nodes the graph walk's descent through the upper layers keeps as layer 0's entry points, 1 for"
                    + " HNSW's greedy descent, comma-separated (default: the cache's)")
    List<Integer> entrySeeds;

    @Option(names = "--index", description = "the kind of index: graph or clusters (default: the cache's)")
    String index;

    @Option(names = "--probes", split = ",",
            description = "lists a clusters index scans per lookup, comma-separated (default: the cache's)")
    List<Integer> probes;

    @Option(names = "--group-probes", split = ",",
            description = "groups of centroids a clusters index opens per lookup (once it has 1,024 centroids or more),"
                    + " comma-separated (default: the cache's)")
    List<Integer> groupProbes;

    @Option(names = "--hit-probes", split = ",",
            description = "lists a clusters index scans before it may stop on a hit, comma-separated (default: the cache's)")
    List<Integer> hitProbes;

    @Option(names = "--queries-kind", split = ",",
            description = "heldout (questions not stored, mostly misses), paraphrase (QQP duplicate partners of stored"
                    + " questions, mostly hits), or both comma-separated, measured on one fill (default: heldout)")
    List<String> queryKinds;

    @Option(names = "--threshold",
            description = "the cache's similarity threshold, in (0, 1] (default: the cache's, 0.80); recall@1 compares the"
                    + " cache's nearest entry with the exact one whether it hits or not, and the hit share and the recall@1"
                    + " over hits are reported too")
    Double threshold;

    @Option(names = "--seed", defaultValue = "" + QuestionCopies.DEFAULT_SEED, description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    /** Of the last measured beam: the share of lookups answered with a copy of the exact answer's seed question. */
    private double sameQuestionShare;
    /** Of the last measured beam: graph nodes scored per lookup (0 when the exact scan answered). */
    private double visitsPerLookup;
    /** Of the last measured beam: graph nodes scored with the walk's finer codes per lookup. */
    private double finePerLookup;
    /** Of the last measured beam: the share of lookups whose graph search patience ended. */
    private double settledShare;
    /** Of the last measured beam: p50 of the lookup thread's CPU time, which time spent descheduled does not inflate. */
    private double cpuP50Ms;
    /** The exact scan's CPU time p50. */
    private double exactCpuP50Ms;
    /** Of the last measured beam: exact scores the walk made to check for a hit, per lookup. */
    private double checksPerLookup;
    /** Of the last measured beam: the figures of the queries whose exact answer is a hit. */
    private HitFigures hits;
    /** Seed questions actually used: entry i is a copy of seed i mod this. */
    private int seedCount;

    @Override
    public Integer call() throws Exception {
        validate();
        Plan plan = plan(questions());
        List<String> seedTexts = plan.seeds();
        int seeds = seedTexts.size();
        seedCount = seeds;
        PrintWriter out = spec.commandLine().getOut();
        float[][] base;
        Map<String, float[][]> queryVectors = new LinkedHashMap<>();
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            base = QuestionCopies.vectors(model.embedAll(seedTexts));
            for (String kind : kinds()) {
                queryVectors.put(kind, QuestionCopies.vectors(model.embedAll(kind.equals("paraphrase")
                        ? plan.paraphrase() : plan.heldout())));
            }
        }
        float[][] stored = perturb(base);
        long heapBefore = usedHeap();
        InMemorySemanticCache.Builder b = InMemorySemanticCache.builder().maxEntries(entries).dimension(base[0].length)
                .graphBitCodes(scorings != null && scorings().stream().anyMatch(g -> g.name().startsWith("BIT")));
        if (threshold != null) {
            b.similarityThreshold(threshold);
        }
        if (indexThreshold != null) {
            b.indexThreshold(indexThreshold);
        }
        if (index != null) {
            b.annIndex(annIndex());
        }
        try (InMemorySemanticCache cache = b.build()) {
            long t0 = System.nanoTime();
            QuestionCopies.store(cache, entries, threads, i -> new CacheEntry(PARTITION, seedTexts.get(i % seeds) + " #" + i,
                    Embedding.of(stored[i]), "answer " + i, "bench", null));
            QuestionCopies.awaitIndex(cache, PARTITION);
            double buildS = (System.nanoTime() - t0) / 1e9;
            long bytesPerEntry = Math.max(0, usedHeap() - heapBefore) / entries;
            Map<String, Exact> exact = new LinkedHashMap<>();
            queryVectors.forEach((kind, q) -> exact.put(kind, Exact.of(stored, q)));
            Fill fill = new Fill(queryVectors, exact, buildS, bytesPerEntry, seedTexts, base[0].length);
            Map<String, Object> summary = measureAll(cache, fill, out);
            if (json != null) {
                Jsonl.writeSummary(json, summary);
            }
        }
        return 0;
    }

    /** What every setting is measured against: the queries and exact answers of each kind, and the fill's figures. */
    private record Fill(Map<String, float[][]> queries, Map<String, Exact> exact, double buildS, long bytesPerEntry,
                        List<String> seedTexts, int dim) {
    }

    /** Every setting asked for, on the one fill; returns the first one's summary. */
    private Map<String, Object> measureAll(InMemorySemanticCache cache, Fill fill, PrintWriter out) {
        Map<String, Object> summary = null;
        for (GraphScoring scoring : scorings == null ? List.of(cache.graphScoring()) : scorings()) {
            cache.graphScoring(scoring);
            for (int beam : searchBeams == null ? List.of(cache.searchBeam()) : searchBeams) {
                cache.searchBeam(beam);
                boolean exactWalk = scoring == GraphScoring.EXACT;
                for (int rerank : reranks == null || exactWalk ? List.of(cache.graphRerank()) : reranks) {
                    cache.graphRerank(rerank);
                    for (float[] bit : bitSettings(cache, scoring)) {
                        cache.graphBitRerank((int) bit[0]);
                        cache.graphBitMargin(bit[1]);
                        for (boolean prefetch : prefetches == null ? List.of(cache.graphPrefetch()) : prefetches()) {
                            cache.graphPrefetch(prefetch);
                            for (GraphWalk walk : walks == null ? List.of(cache.graphWalk()) : walks()) {
                                cache.graphWalk(walk);
                                Map<String, Object> s = measurePatiences(cache, fill, out);
                                summary = summary == null ? s : summary;
                            }
                        }
                    }
                }
            }
        }
        return summary;
    }

    /** Refuses, before the fill, a list of option values with one outside [lo, hi]; null (not given) passes. */
    private void checkEach(String option, List<Integer> values, int lo, int hi) {
        if (values != null && values.stream().anyMatch(v -> v < lo || v > hi)) {
            throw new ParameterException(spec.commandLine(), option + " values must be in [" + lo + ", " + hi + "], were "
                    + values);
        }
    }

    /** Every patience and hit patience asked for, with each kind of query; returns the first one's summary. */
    private Map<String, Object> measurePatiences(InMemorySemanticCache cache, Fill fill, PrintWriter out) {
        Map<String, Object> summary = null;
        for (int patience : patiences == null ? List.of(cache.graphPatience()) : patiences) {
            cache.graphPatience(patience);
            for (int hitPatience : hitPatiences == null ? List.of(cache.graphHitPatience()) : hitPatiences) {
                cache.graphHitPatience(hitPatience);
                for (int seeds : entrySeeds == null ? List.of(cache.graphEntrySeeds()) : entrySeeds) {
                    cache.graphEntrySeeds(seeds);
                    Map<String, Object> s = measureProbes(cache, fill, out);
                    summary = summary == null ? s : summary;
                }
            }
        }
        return summary;
    }

    /** Every cluster probe count and hit probe count asked for, with each kind of query; returns the first summary. */
    private Map<String, Object> measureProbes(InMemorySemanticCache cache, Fill fill, PrintWriter out) {
        Map<String, Object> summary = null;
        for (int g : groupProbes == null ? List.of(cache.clusterGroupProbes()) : groupProbes) {
            cache.clusterGroupProbes(g);
            for (int p : probes == null ? List.of(cache.clusterProbes()) : probes) {
                cache.clusterProbes(p);
                for (int h : hitProbes == null ? List.of(cache.clusterHitProbes()) : hitProbes) {
                    cache.clusterHitProbes(h);
                    for (String kind : fill.queries().keySet()) {
                        Map<String, Object> s = measure(cache, fill.exact().get(kind), fill.queries().get(kind), fill);
                        print(out, s, cache, kind, fill);
                        summary = summary == null ? s : summary;
                    }
                }
            }
        }
        return summary;
    }

    private AnnIndex annIndex() {
        String v = index.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("graph") && !v.equals("clusters")) {
            throw new ParameterException(spec.commandLine(), "--index takes graph or clusters, was " + index);
        }
        return v.equals("graph") ? AnnIndex.GRAPH : AnnIndex.CLUSTERS;
    }

    /** The (bit re-rank, bit margin) pairs to measure for a scoring: the lists asked for where they apply. */
    private List<float[]> bitSettings(InMemorySemanticCache cache, GraphScoring scoring) {
        List<float[]> out = new ArrayList<>();
        if (scoring == GraphScoring.BIT && bitReranks != null) {
            bitReranks.forEach(r -> out.add(new float[] {r, cache.graphBitMargin()}));
        } else if (scoring == GraphScoring.BIT_INT8 && bitMargins != null) {
            bitMargins.forEach(m -> out.add(new float[] {cache.graphBitRerank(), m}));
        } else {
            out.add(new float[] {cache.graphBitRerank(), cache.graphBitMargin()});
        }
        return out;
    }

    private List<Boolean> prefetches() {
        List<Boolean> out = new ArrayList<>();
        for (String p : prefetches) {
            String v = p.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("on") && !v.equals("off")) {
                throw new ParameterException(spec.commandLine(), "--prefetch takes off or on, was " + p);
            }
            out.add(v.equals("on"));
        }
        return out;
    }

    private void validate() {
        if (entries < 1 || queries < 1 || texts < 1 || threads < 1 || noise < 0 || !Double.isFinite(noise)) {
            throw new ParameterException(spec.commandLine(), "--entries, --queries, --texts and --threads must be > 0 and"
                    + " --noise >= 0, were " + entries + ", " + queries + ", " + texts + ", " + threads + ", " + noise);
        }
        if (scorings != null) {
            scorings(); // fails on an unknown name before the fill, not after it
        }
        if (walks != null) {
            walks();
        }
        if (prefetches != null) {
            prefetches();
        }
        if (bitMargins != null && bitMargins.stream().anyMatch(m -> !(m >= 0 && m <= 4))) {
            throw new ParameterException(spec.commandLine(), "--bit-margin values must be in [0, 4], were " + bitMargins);
        }
        checkEach("--bit-rerank", bitReranks, 1, 10_000);
        checkEach("--rerank", reranks, 1, 10_000);
        checkEach("--patience", patiences, 0, 100_000);
        checkEach("--hit-patience", hitPatiences, 0, 100_000);
        checkEach("--entry-seeds", entrySeeds, 1, 1024);
        if (index != null) {
            annIndex(); // refuses an unknown name before the fill
        }
        checkEach("--probes", probes, 1, 65536);
        checkEach("--hit-probes", hitProbes, 1, 65536);
        checkEach("--group-probes", groupProbes, 1, 65536);
        if (threshold != null && !(threshold > 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be in (0, 1], was " + threshold);
        }
        if (queryKinds != null) {
            kinds();
        }
        if (indexThreshold != null && indexThreshold < 0) {
            throw new ParameterException(spec.commandLine(), "--index-threshold must be >= 0, was " + indexThreshold);
        }
    }

    private List<GraphScoring> scorings() {
        List<GraphScoring> out = new ArrayList<>();
        for (String name : scorings) {
            try {
                out.add(GraphScoring.valueOf(name.trim().replace('-', '_').toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--scoring takes exact, int8, bit or bit-int8, was " + name);
            }
        }
        return out;
    }

    private List<GraphWalk> walks() {
        List<GraphWalk> out = new ArrayList<>();
        for (String name : walks) {
            try {
                out.add(GraphWalk.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--walk takes direct or jvector, was " + name);
            }
        }
        return out;
    }

    /** The kinds of query asked for, in order, without repeats: heldout and/or paraphrase. */
    private List<String> kinds() {
        if (queryKinds == null) {
            return List.of("heldout");
        }
        List<String> out = new ArrayList<>();
        for (String k : queryKinds) {
            String v = k.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("heldout") && !v.equals("paraphrase")) {
                throw new ParameterException(spec.commandLine(), "--queries-kind takes heldout or paraphrase, was " + k);
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The seed questions, the held-out queries (not stored) and the paraphrase queries (partners of stored ones). */
    private record Plan(List<String> seeds, List<String> heldout, List<String> paraphrase) {
    }

    /**
     * Without paraphrase queries: the first questions seed the entries, the next {@code --queries} are held out.
     * With them: {@code --queries} duplicate pairs (no text in two of them) each give a seed and its partner as a
     * query, the other seeds are the first remaining questions, and the next {@code --queries} are held out.
     */
    private Plan plan(List<String> questions) {
        if (!kinds().contains("paraphrase")) {
            int seeds = QuestionCopies.seedCount(questions.size(), texts, queries);
            return new Plan(questions.subList(0, seeds), questions.subList(seeds, seeds + queries), List.of());
        }
        Set<String> used = new HashSet<>();
        List<String> seedList = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (String[] pair : paraphrasePairs()) {
            if (partners.size() == Math.min(queries, texts)) {
                break;
            }
            if (!used.contains(pair[0]) && !used.contains(pair[1])) {
                used.add(pair[0]);
                used.add(pair[1]);
                seedList.add(pair[0]);
                partners.add(pair[1]);
            }
        }
        if (partners.size() < queries) {
            throw new DataException("--queries-kind paraphrase found " + partners.size() + " usable duplicate pairs for"
                    + " --queries " + queries + " (it needs --texts >= --queries, and that many pairs in the data)");
        }
        List<String> rest = questions.stream().filter(q -> !used.contains(q)).toList();
        int more = Math.min(texts - seedList.size(), rest.size() - queries);
        if (more < 0) {
            throw new DataException("need " + queries + " held-out questions besides the paraphrase pairs, found " + rest.size());
        }
        seedList.addAll(rest.subList(0, more));
        return new Plan(seedList, rest.subList(more, more + queries), partners);
    }

    /** Duplicate pairs (label 1, or no label) of two distinct non-blank texts, shuffled with the seed. */
    private List<String[]> paraphrasePairs() {
        List<String[]> pairs = new ArrayList<>();
        Jsonl.read(data != null ? data : QuestionCopies.qqpFile(source), (line, i) -> {
            JsonNode n = line.node();
            String a = n.path("text_a").asText("").trim();
            String b = n.path("text_b").asText("").trim();
            if (n.path("label").asInt(1) == 1 && !a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                pairs.add(new String[] {a, b});
            }
            return i;
        });
        Collections.shuffle(pairs, new Random(seed));
        return pairs;
    }

    /** Distinct questions in a fixed shuffled order; the first ones seed entries, the next ones are the queries. */
    private List<String> questions() {
        return QuestionCopies.questions(data != null ? data : QuestionCopies.qqpFile(source), seed);
    }

    /** Entry i is seed question i mod seeds, plus noise (none on the first copy), re-normalised. */
    private float[][] perturb(float[][] base) {
        QuestionCopies copies = new QuestionCopies(base, noise, seed);
        float[][] stored = new float[entries][];
        for (int i = 0; i < entries; i++) {
            stored[i] = copies.next();
        }
        return stored;
    }

    /** Exact answers, scan times and the scans' CPU times, computed once for all search beams. */
    private record Exact(int[] answers, double[] sims, long[] nanos, long[] cpuNanos) {
        static Exact of(float[][] stored, float[][] held) {
            double[] sim = new double[1];
            for (int i = 0; i < Math.min(held.length, 50); i++) {
                exact(stored, held[i], sim);
            }
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int[] answers = new int[held.length];
            double[] sims = new double[held.length];
            long[] nanos = new long[held.length];
            long[] cpu = new long[held.length];
            for (int i = 0; i < held.length; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                answers[i] = exact(stored, held[i], sim);
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                sims[i] = sim[0];
            }
            return new Exact(answers, sims, nanos, cpu);
        }
    }

    private Map<String, Object> measure(InMemorySemanticCache cache, Exact exact, float[][] held, Fill fill) {
        for (int i = 0; i < Math.min(held.length, 200); i++) {
            lookup(cache, held[i]);
        }
        long fineBefore = cache.graphNodesFineScored();
        long settledBefore = cache.graphSearchesSettled();
        long checksBefore = cache.graphHitChecks();
        long[] annNanos = new long[held.length];
        long[] cpuNanos = new long[held.length];
        long[] nodes = new long[held.length];
        CacheResult[] results = new CacheResult[held.length];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < held.length; i++) {
            long v0 = cache.graphNodesVisited();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            results[i] = lookup(cache, held[i]);
            annNanos[i] = System.nanoTime() - t0;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - c0;
            nodes[i] = cache.graphNodesVisited() - v0;
        }
        int agree = 0;
        int sameSeed = 0;
        for (int i = 0; i < held.length; i++) {
            int ann = entryNumber(results[i]);
            boolean agrees = agrees(results[i], exact, i);
            agree += agrees ? 1 : 0;
            // a miss names no entry: it counts as the right question only when it saw the exact best similarity
            sameSeed += agrees || ann >= 0 && ann % seedCount == exact.answers()[i] % seedCount ? 1 : 0;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("entries", entries);
        s.put("recall_at_1", round((double) agree / held.length, 4));
        s.put("p50_ms", round(percentile(annNanos, 0.50) / 1e6, 4));
        s.put("p99_ms", round(percentile(annNanos, 0.99) / 1e6, 4));
        s.put("exact_p50_ms", round(percentile(exact.nanos(), 0.50) / 1e6, 4));
        s.put("build_s", round(fill.buildS(), 2));
        s.put("bytes_per_entry", fill.bytesPerEntry());
        sameQuestionShare = round((double) sameSeed / held.length, 4);
        cpuP50Ms = round(percentile(cpuNanos, 0.50) / 1e6, 4);
        exactCpuP50Ms = round(percentile(exact.cpuNanos(), 0.50) / 1e6, 4);
        visitsPerLookup = (double) Arrays.stream(nodes).sum() / held.length;
        finePerLookup = (double) (cache.graphNodesFineScored() - fineBefore) / held.length;
        settledShare = (double) (cache.graphSearchesSettled() - settledBefore) / held.length;
        checksPerLookup = (double) (cache.graphHitChecks() - checksBefore) / held.length;
        hits = HitFigures.of(results, exact, cache.similarityThreshold(), nodes, cpuNanos);
        return s;
    }

    /**
     * The figures of the queries whose exact answer is a hit at the threshold.
     *
     * @param share      the share of queries whose exact answer reaches the threshold
     * @param cacheShare the share of queries the cache answered with a hit
     * @param recall     of the exact hits, the share the cache answered with the exact answer
     * @param hitNodes   graph nodes scored per exact-hit query
     * @param missNodes  graph nodes scored per other query
     * @param cpuP50Ms   p50 of the lookup thread's CPU time over the exact-hit queries
     */
    private record HitFigures(double share, double cacheShare, double recall, double hitNodes, double missNodes,
                              double cpuP50Ms) {
        static HitFigures of(CacheResult[] results, Exact exact, double threshold, long[] nodes, long[] cpuNanos) {
            int hit = 0;
            int cacheHit = 0;
            int found = 0;
            long hitNodes = 0;
            long missNodes = 0;
            long[] hitCpu = new long[results.length];
            for (int i = 0; i < results.length; i++) {
                cacheHit += results[i].isHit() ? 1 : 0;
                if (exact.sims()[i] >= threshold) {
                    found += entryNumber(results[i]) == exact.answers()[i] ? 1 : 0;
                    hitNodes += nodes[i];
                    hitCpu[hit++] = cpuNanos[i];
                } else {
                    missNodes += nodes[i];
                }
            }
            int n = results.length;
            return new HitFigures((double) hit / n, (double) cacheHit / n, hit == 0 ? Double.NaN : (double) found / hit,
                    hit == 0 ? 0 : (double) hitNodes / hit, hit == n ? 0 : (double) missNodes / (n - hit),
                    hit == 0 ? Double.NaN : percentile(Arrays.copyOf(hitCpu, hit), 0.50) / 1e6);
        }
    }

    /**
     * Whether the cache agrees with the exact scan: a hit on the exact answer, or a miss that saw the exact best
     * similarity (so its nearest candidate was the exact answer, which did not reach the threshold).
     */
    private static boolean agrees(CacheResult r, Exact exact, int i) {
        if (r.isHit()) {
            return entryNumber(r) == exact.answers()[i];
        }
        return Math.abs(r.similarity() - exact.sims()[i]) <= 1e-6;
    }

    private static CacheResult lookup(InMemorySemanticCache cache, float[] q) {
        return cache.search(new CacheQuery(PARTITION, "q", Embedding.of(q)), 1).get(0);
    }

    /** The entry number a result answers with, or -1 on a miss. */
    private static int entryNumber(CacheResult r) {
        if (!r.isHit()) {
            return -1;
        }
        String text = r.entry().orElseThrow().queryText();
        return Integer.parseInt(text.substring(text.lastIndexOf('#') + 1));
    }

    /** The entry number an exact scan of every stored vector answers with; its similarity goes to {@code sim[0]}. */
    private static int exact(float[][] stored, float[] q, double[] sim) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < stored.length; i++) {
            double d = VectorMath.dot(q, 0, stored[i], 0, q.length);
            if (d > bestSim) {
                bestSim = d;
                best = i;
            }
        }
        sim[0] = bestSim;
        return best;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static String scoringName(InMemorySemanticCache cache) {
        switch (cache.graphScoring()) {
            case EXACT:
                return "exact";
            case BIT:
                return "bit, int8 re-rank " + cache.graphBitRerank() + ", re-rank " + cache.graphRerank();
            case BIT_INT8:
                return String.format(Locale.ROOT, "bit-int8, margin %.3f, re-rank %d", cache.graphBitMargin(), cache.graphRerank());
            default:
                return "int8, re-rank " + cache.graphRerank();
        }
    }

    private void print(PrintWriter out, Map<String, Object> s, InMemorySemanticCache cache, String kind, Fill fill) {
        List<String> seedTexts = fill.seedTexts();
        long textBytes = 0;
        for (int i = 0; i < Math.min(entries, 10_000); i++) {
            textBytes += (seedTexts.get(i % seedCount) + " #" + i).length() + ("answer " + i).length(); // Latin-1 bytes
        }
        long rawPerEntry = 4L * fill.dim() + textBytes / Math.min(entries, 10_000);
        out.printf(Locale.ROOT, "ann: %d entries (%d distinct questions + noise %.3f), %d %s queries, index %s%n",
                entries, seedCount, noise, queries, kind.equals("heldout") ? "held-out" : "paraphrase",
                cache.isIndexed(PARTITION) ? "on" : "off (exact scan)");
        String walk = scoringName(cache) + ", " + cache.graphWalk().name().toLowerCase(Locale.ROOT) + " walk"
                + (cache.graphPrefetch() || cache.graphWalk() != GraphWalk.DIRECT ? "" : ", no prefetch")
                + (entrySeeds == null ? "" : ", entry seeds " + cache.graphEntrySeeds()) // only when compared
                + patienceName(cache);
        if (cache.annIndex() == AnnIndex.CLUSTERS) {
            walk = "clusters, int8, re-rank " + cache.graphRerank() + ", hit probes " + cache.clusterHitProbes()
                    + (groupProbes == null ? "" : ", groups " + cache.clusterGroupProbes()); // only when compared
        }
        out.printf(Locale.ROOT, "  %s %d (%s): recall@1 %.4f   p50 %.3f ms   p99 %.3f ms   exact p50 %.3f ms%n",
                cache.annIndex() == AnnIndex.CLUSTERS ? "probes" : "search beam",
                cache.annIndex() == AnnIndex.CLUSTERS ? cache.clusterProbes() : cache.searchBeam(), walk,
                s.get("recall_at_1"), s.get("p50_ms"), s.get("p99_ms"), s.get("exact_p50_ms"));
        out.printf(Locale.ROOT, "  answered with a copy of the exact answer's question: %.4f (recall@1 counts only the exact copy);"
                + " nodes scored per lookup: %.0f (with the finer codes: %.0f)%n", sameQuestionShare, visitsPerLookup,
                finePerLookup);
        out.printf(Locale.ROOT, "  CPU time p50 (time descheduled left out): lookup %.3f ms (%.3f us per node scored),"
                + " exact scan %.3f ms%n", cpuP50Ms, visitsPerLookup > 0 ? cpuP50Ms * 1000 / visitsPerLookup : 0.0,
                exactCpuP50Ms);
        out.printf(Locale.ROOT, "  at threshold %.3f: exact answer a hit for %.4f of queries (cache hits %.4f);"
                + " recall@1 over those %.4f; nodes scored per such query %.0f, per other %.0f; their CPU p50 %.3f ms;"
                + " exact hit checks per lookup %.2f%n", cache.similarityThreshold(), hits.share(), hits.cacheShare(),
                hits.recall(), hits.hitNodes(), hits.missNodes(), hits.cpuP50Ms(), checksPerLookup);
        out.printf(Locale.ROOT, "  build %.2f s   %d bytes per entry (raw vector + text bytes: about %d; graph %d MiB)%n",
                s.get("build_s"), s.get("bytes_per_entry"), rawPerEntry, cache.graphBytes() >> 20);
    }

    /** The patience settings of a line, with the share of searches patience ended; empty when both are off. */
    private String patienceName(InMemorySemanticCache cache) {
        int p = cache.graphPatience();
        int h = cache.graphHitPatience();
        if (p == 0 && h == 0) {
            return "";
        }
        return (p == 0 ? "" : ", patience " + p) + (h == 0 ? "" : ", hit patience " + h)
                + String.format(Locale.ROOT, " (ended %.0f%% of searches)", 100 * settledShare);
    }
}
