package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.CacheResult;
import io.semanticrouter.Embedding;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.LinearPairScorer;
import io.semanticrouter.verify.PairHead;
import io.semanticrouter.verify.PairHeadHitVerifier;
import io.semanticrouter.verify.PairScorer;
import io.semanticrouter.verify.SpanEmbeddingScorer;
import io.semanticrouter.verify.SpellingNormalizer;
import io.semanticrouter.eval.calibrate.ThresholdCalibrator;
import io.semanticrouter.verify.Rule;
import io.semanticrouter.verify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * {@code cache-pairs}: how often the semantic cache serves the right answer, and how often a wrong one, on
 * labelled question pairs.
 */
@Command(name = "cache-pairs", mixinStandardHelpOptions = true,
        description = "Cache precision/recall on pairs {\"a\", \"b\", \"label\": 0|1, \"kind\"}.")
final class CachePairsCommand implements Callable<Integer> {

    enum Mode { population, pairwise }

    /** Which hit verification runs after the similarity threshold. */
    enum Verifier { lexical, none }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "question pairs (JSONL)")
    Path data;

    @Option(names = "--threshold", defaultValue = "0.8", description = "similarity threshold (default 0.8, as in vLLM Semantic Router)")
    double threshold;

    @Option(names = "--mode", defaultValue = "population",
            description = "population (default): every a in one cache, look up every b; pairwise: each pair alone")
    Mode mode;

    @Option(names = "--sweep", description = "also report thresholds 0.50 to 0.99")
    boolean sweep;

    @Option(names = "--plot", description = "with --sweep: write the sweep as a PNG chart here")
    Path plot;

    @Option(names = "--verifier", defaultValue = "lexical",
            description = "lexical (default, the router's default): verify hits with the word rules; none: plain cosine")
    Verifier verifier;

    @Option(names = "--span-scorer", paramLabel = "MIN",
            description = "also run the second-stage SpanEmbeddingScorer after the rules; refuse pairs scoring below MIN")
    Double spanScorerMin;

    @Option(names = "--pair-scorer", paramLabel = "FILE",
            description = "also run a learned LinearPairScorer (from train-pair-scorer) after the rules")
    Path pairScorer;

    @Option(names = "--scorer-min", defaultValue = "0.5",
            description = "with --pair-scorer: refuse pairs it scores below this (default 0.5)")
    double scorerMin;

    @Option(names = "--pair-head", arity = "1", description = "also serve a candidate the rules refused when the bundled"
            + " learned PairHead for the embedder scores it at least its threshold: true or false (default: the router's"
            + " default, on with the lexical verifier and no other scorer when a head ships for the embedder)")
    Boolean pairHead;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--spelling", arity = "1", defaultValue = "true",
            description = "correct misspelt words before embedding and verifying, as the router's cache does: true"
                    + " (default, the router's default) or false")
    boolean spelling;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    /** One labelled pair; {@code kind} and {@code category} are optional. */
    record Pair(String a, String b, int label, String kind, String category) {
        Pair(String a, String b, int label, String kind) {
            this(a, b, label, kind, null);
        }
    }

    /** How many of the nearest entries the router verifies before giving up (its default). */
    static final int CANDIDATES = 3;

    /**
     * One entry the cache offered for a question: its similarity, whether it was the pair's own entry, and
     * which verification rules refuse it for the question.
     */
    record Candidate(String cached, double similarity, boolean ownEntry, Set<Rule> rejectedBy) {
        boolean passes(double threshold, Set<Rule> rules) {
            return ThresholdCalibrator.served(similarity, rejectedBy, threshold, rules);
        }
    }

    /**
     * What the cache did for one pair at any threshold: the nearest entries, best first. As in the router, the
     * first one at or above the threshold that the verification rules accept is served.
     */
    record Outcome(List<Candidate> candidates) {
        Outcome(double similarity, boolean ownEntry, Set<Rule> rejectedBy) {
            this(List.of(new Candidate("", similarity, ownEntry, rejectedBy)));
        }

        /** The candidate served at this threshold with these rules, or null for a miss. */
        Candidate served(double threshold, Set<Rule> rules) {
            for (Candidate c : candidates) {
                if (c.similarity() < threshold) {
                    return null;
                }
                if (c.passes(threshold, rules)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** The rules every verifier option runs. */
    static Set<Rule> rules(Verifier v) {
        return v == Verifier.none ? EnumSet.noneOf(Rule.class) : LexicalHitVerifier.defaults().rules();
    }

    /** The rules of the default verifier that refuse serving {@code cached}'s answer to {@code query}. */
    static Set<Rule> rejections(String cached, String query) {
        Set<Rule> out = EnumSet.noneOf(Rule.class);
        for (Verdict v : LexicalHitVerifier.defaults().explain(cached, query)) {
            out.add(v.rule());
        }
        return out;
    }

    static List<Pair> read(Path file) {
        return Jsonl.read(file, (line, i) -> {
            JsonNode l = line.node().get("label");
            int label;
            if (l != null && l.isInt() && (l.asInt() == 0 || l.asInt() == 1)) {
                label = l.asInt();
            } else if (l != null && l.isBoolean()) {
                label = l.asBoolean() ? 1 : 0;
            } else {
                throw line.error("field \"label\" must be 0 or 1, was " + l);
            }
            return new Pair(line.text("a"), line.text("b"), label, line.optionalText("kind"), line.optionalText("category"));
        });
    }

    @Override
    public Integer call() {
        checkOptions();
        List<Pair> pairs = spelling ? corrected(read(data)) : read(data);
        List<Outcome> outcomes;
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        rules.addAll(rules(verifier));
        LinearPairScorer learned = pairScorer == null ? null : LinearPairScorer.read(pairScorer);
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            Map<String, Embedding> vectors = embedAll(model, pairs);
            outcomes = mode == Mode.population ? population(vectors, pairs) : pairwise(vectors, pairs);
            java.util.Optional<PairHead> head = pairHead == null ? PairHead.byDefault(verifier == Verifier.lexical
                    && spanScorerMin == null && pairScorer == null, model.modelId())
                    : pairHead ? java.util.Optional.of(PairHead.bundled(model.modelId())) : java.util.Optional.empty();
            if (head.isPresent()) {
                outcomes = applyPairHead(pairs, outcomes, head.get());
            }
            if (spanScorerMin != null) {
                if (!(spanScorerMin >= 0 && spanScorerMin <= 1)) {
                    throw new IllegalArgumentException("--span-scorer must be in [0, 1], was " + spanScorerMin);
                }
                outcomes = applyScorer(pairs, outcomes, new SpanEmbeddingScorer(model), spanScorerMin, rules, vectors);
                rules.add(Rule.SCORER);
            } else if (learned != null) {
                if (!(scorerMin >= 0 && scorerMin <= 1)) {
                    throw new IllegalArgumentException("--scorer-min must be in [0, 1], was " + scorerMin);
                }
                outcomes = applyScorer(pairs, outcomes, learned, scorerMin, rules, vectors);
                rules.add(Rule.SCORER);
            }
        }
        Map<String, Object> summary = summarize(pairs, outcomes, threshold, rules);
        if (sweep) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int k = 50; k <= 99; k++) {
                Map<String, Object> s = summarize(pairs, outcomes, k / 100.0, rules);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("threshold", k / 100.0);
                row.put("precision", s.get("precision"));
                row.put("recall", s.get("recall"));
                row.put("false_hit_rate", s.get("false_hit_rate"));
                rows.add(row);
            }
            summary.put("sweep", rows);
            if (plot != null) {
                SweepPlot.write(plot, rows, data.getFileName() + " (" + mode + ", " + pairs.size() + " pairs, verifier "
                        + verifier + (spanScorerMin != null ? " + span scorer " + spanScorerMin : "")
                        + (pairScorer != null ? " + pair scorer " + scorerMin : "") + ")");
            }
        }
        print(spec.commandLine().getOut(), summary);
        if (json != null) {
            Jsonl.writeSummary(json, summary);
        }
        return 0;
    }

    /**
     * The pairs as the router's cache sees them with spelling correction on: both questions corrected, so the
     * embeddings and the verifier see the corrected words (the router embeds the corrected text only when a word
     * was corrected, which gives the same vectors).
     */
    static List<Pair> corrected(List<Pair> pairs) {
        SpellingNormalizer speller = SpellingNormalizer.get();
        return pairs.stream().map(p -> new Pair(speller.normalize(p.a()), speller.normalize(p.b()), p.label(), p.kind(),
                p.category())).toList();
    }

    /** Refuses options that are out of range or do not go together. */
    private void checkOptions() {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--threshold must be in (0, 1], was " + threshold);
        }
        if (plot != null && !sweep) {
            throw new IllegalArgumentException("--plot needs --sweep");
        }
        if (spanScorerMin != null && pairScorer != null) {
            throw new IllegalArgumentException("--span-scorer and --pair-scorer cannot be combined");
        }
        if (Boolean.TRUE.equals(pairHead) && (verifier != Verifier.lexical || spanScorerMin != null || pairScorer != null)) {
            throw new IllegalArgumentException("--pair-head runs after the lexical verifier, without another scorer");
        }
    }

    /** Embeds every distinct text of the pairs once, in batches. */
    static Map<String, Embedding> embedAll(OnnxEmbedder model, List<Pair> pairs) {
        java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
        pairs.forEach(p -> {
            texts.add(p.a());
            texts.add(p.b());
        });
        List<String> distinct = new ArrayList<>(texts);
        Map<String, Embedding> out = new HashMap<>(distinct.size() * 2);
        Progress progress = new Progress(System.err, "embedding", distinct.size());
        int batch = 64;
        for (int i = 0; i < distinct.size(); i += batch) {
            List<String> part = distinct.subList(i, Math.min(distinct.size(), i + batch));
            List<Embedding> vectors = model.embedAll(part);
            for (int j = 0; j < part.size(); j++) {
                out.put(part.get(j), vectors.get(j));
            }
            progress.update(i + part.size());
        }
        progress.done();
        return out;
    }

    /**
     * Runs the scorer on every candidate the rules accept at a similarity of at least 0.5 (the lowest threshold
     * reported) and marks those scoring below {@code min} as refused by {@link Rule#SCORER}.
     */
    static List<Outcome> applyScorer(List<Pair> pairs, List<Outcome> outcomes, PairScorer scorer, double min,
                                     Set<Rule> rules, Map<String, Embedding> vectors) {
        List<Outcome> out = new ArrayList<>(outcomes.size());
        Progress progress = new Progress(System.err, "span scorer", outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            List<Candidate> scored = new ArrayList<>();
            for (Candidate c : outcomes.get(i).candidates()) {
                String b = pairs.get(i).b();
                if (c.similarity() >= 0.5 && c.passes(0.5, rules)
                        && scorer.score(c.cached(), vectors.get(c.cached()), b, vectors.get(b)) < min) {
                    Set<Rule> r = EnumSet.of(Rule.SCORER);
                    r.addAll(c.rejectedBy());
                    scored.add(new Candidate(c.cached(), c.similarity(), c.ownEntry(), r));
                } else {
                    scored.add(c);
                }
            }
            out.add(new Outcome(scored));
            if (i % 256 == 0) {
                progress.update(i);
            }
        }
        progress.done();
        return out;
    }

    /**
     * What {@link PairHeadHitVerifier} does in the router: a candidate the rules refused is served when the head
     * scores it at least its threshold (at any similarity; the threshold applies when the outcome is read).
     */
    static List<Outcome> applyPairHead(List<Pair> pairs, List<Outcome> outcomes, PairHead head) {
        List<Outcome> out = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            List<Candidate> scored = new ArrayList<>();
            for (Candidate c : outcomes.get(i).candidates()) {
                boolean rescued = !c.rejectedBy().isEmpty() && Double.isFinite(c.similarity())
                        && PairHeadHitVerifier.headMayServe(c.cached(), pairs.get(i).b())
                        && head.score(c.cached(), pairs.get(i).b(), c.similarity(), false) >= head.threshold();
                scored.add(rescued ? new Candidate(c.cached(), c.similarity(), c.ownEntry(), Set.of()) : c);
            }
            out.add(new Outcome(scored));
        }
        return out;
    }

    /** Every a in one cache (answer = its line), every b looked up; nearest entry and its similarity. */
    static List<Outcome> population(Map<String, Embedding> vectors, List<Pair> pairs) {
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder()
                .similarityThreshold(Double.MIN_NORMAL) // every nearest entry comes back; thresholds apply below
                .maxEntries(pairs.size()).build()) {
            for (int i = 0; i < pairs.size(); i++) {
                Pair p = pairs.get(i);
                cache.store(new CacheEntry("", p.a(), vectors.get(p.a()), Integer.toString(i), "eval", null));
            }
            Outcome[] out = new Outcome[pairs.size()];
            Progress progress = new Progress(System.err, "lookups", pairs.size());
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            IntStream.range(0, pairs.size()).parallel().forEach(i -> {
                Pair p = pairs.get(i);
                Embedding q = vectors.get(p.b());
                if (q.truncated()) {
                    out[i] = new Outcome(Double.NEGATIVE_INFINITY, false, Set.of()); // the router never serves these
                } else {
                    List<Candidate> found = new ArrayList<>(CANDIDATES);
                    for (CacheResult r : cache.search(new CacheQuery("", p.b(), q), CANDIDATES)) {
                        if (r.isHit()) {
                            CacheEntry e = r.entry().orElseThrow();
                            // the same a text on several lines is one entry: any of them is "its own a"
                            found.add(new Candidate(e.queryText(), r.similarity(), e.queryText().equals(p.a()),
                                    rejections(e.queryText(), p.b())));
                        }
                    }
                    out[i] = new Outcome(found);
                }
                int n = done.incrementAndGet();
                if (n % 256 == 0) {
                    synchronized (progress) {
                        progress.update(n);
                    }
                }
            });
            progress.done();
            return List.of(out);
        }
    }

    /** Each pair alone: the similarity of a and b. */
    static List<Outcome> pairwise(Map<String, Embedding> vectors, List<Pair> pairs) {
        List<Outcome> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            Embedding a = vectors.get(p.a());
            Embedding b = vectors.get(p.b());
            out.add(new Outcome(List.of(new Candidate(p.a(), b.truncated() ? Double.NEGATIVE_INFINITY : a.cosine(b), true,
                    rejections(p.a(), p.b())))));
        }
        return out;
    }

    /**
     * The summary at one threshold: n, threshold, precision (1 when nothing hit), recall, false_hit_rate,
     * wrong_entry_hits, per_kind.
     */
    static Map<String, Object> summarize(List<Pair> pairs, List<Outcome> outcomes, double t, Set<Rule> rules) {
        int hits = 0;
        int correct = 0;
        int positives = 0;
        int negatives = 0;
        int negativeHits = 0;
        int wrongEntry = 0;
        Map<String, int[]> kinds = new TreeMap<>(); // kind -> {n, hits}
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Outcome o = outcomes.get(i);
            Candidate served = o.served(t, rules);
            boolean hit = served != null;
            if (p.label() == 1) {
                positives++;
            } else {
                negatives++;
            }
            if (hit) {
                hits++;
                if (p.label() == 1 && served.ownEntry()) {
                    correct++;
                } else if (p.label() == 1) {
                    wrongEntry++;
                } else {
                    negativeHits++;
                }
            }
            if (p.kind() != null) {
                int[] k = kinds.computeIfAbsent(p.kind(), x -> new int[2]);
                k[0]++;
                k[1] += hit ? 1 : 0;
            }
        }
        Map<String, Object> perKind = new LinkedHashMap<>();
        kinds.forEach((kind, k) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", k[0]);
            m.put("hit_rate", (double) k[1] / k[0]);
            perKind.put(kind, m);
        });
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", pairs.size());
        s.put("threshold", t);
        s.put("precision", hits == 0 ? 1.0 : (double) correct / hits);
        s.put("recall", positives == 0 ? 0.0 : (double) correct / positives);
        s.put("false_hit_rate", negatives == 0 ? 0.0 : (double) negativeHits / negatives);
        s.put("wrong_entry_hits", wrongEntry);
        s.put("per_kind", perKind);
        return s;
    }

    @SuppressWarnings("unchecked")
    private void print(PrintWriter out, Map<String, Object> s) {
        out.printf(Locale.ROOT, "cache-pairs: %s, %s mode, %d pairs, threshold %.2f, verifier %s, spelling %s%n%n",
                data.getFileName(), mode, s.get("n"), s.get("threshold"), verifier, spelling ? "on" : "off");
        new Table("metric", "value")
                .row("precision", s.get("precision"))
                .row("recall", s.get("recall"))
                .row("false_hit_rate", s.get("false_hit_rate"))
                .row("wrong_entry_hits", s.get("wrong_entry_hits"))
                .print(out);
        Map<String, Map<String, Object>> kinds = (Map<String, Map<String, Object>>) s.get("per_kind");
        if (!kinds.isEmpty()) {
            out.println();
            Table t = new Table("kind", "n", "hit_rate");
            kinds.forEach((k, m) -> t.row(k, m.get("n"), m.get("hit_rate")));
            t.print(out);
        }
        if (s.containsKey("sweep")) {
            out.println();
            Table t = new Table("threshold", "precision", "recall", "false_hit_rate");
            for (Map<String, Object> row : (List<Map<String, Object>>) s.get("sweep")) {
                double th = (Double) row.get("threshold");
                if (Math.round(th * 100) % 5 == 0) { // every 0.05 on screen; all 50 rows in --json
                    t.row(String.format(Locale.ROOT, "%.2f", th), row.get("precision"), row.get("recall"),
                            row.get("false_hit_rate"));
                }
            }
            t.print(out);
        }
        out.flush();
    }
}
