package io.semanticrouter.eval;

import io.semanticrouter.Embedding;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.eval.calibrate.Calibration;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.LinearPairScorer;
import io.semanticrouter.verify.Rule;
import io.semanticrouter.eval.calibrate.ThresholdCalibrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code calibrate}: chooses the cache's similarity threshold and verification rules from labelled pairs so
 * that the false-hit rate stays under a target with confidence, reports the recall that keeps, and shows what
 * each verification rule contributes (ablation).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Choose threshold + verification rules for a target false-hit rate; ablation of the rules.")
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true,
            description = "labelled pairs (JSONL, as for cache-pairs; an optional \"category\" gets its own threshold)")
    Path data;

    @Option(names = "--target-fhr", defaultValue = "0.01", description = "false-hit rate to stay under (default 0.01)")
    double targetFhr;

    @Option(names = "--confidence", defaultValue = "0.95",
            description = "confidence of the one-sided Wilson bound on the false-hit rate (default 0.95)")
    double confidence;

    @Option(names = "--reference", defaultValue = "0.8",
            description = "fixed threshold at which the ablation also reports rates (default 0.8, as in vLLM Semantic Router)")
    double reference;

    @Option(names = "--out", description = "write the calibration here (YAML, semantic_cache vocabulary)")
    Path out;

    @Option(names = "--pair-scorer", paramLabel = "FILE",
            description = "also calibrate the minimum score of a learned pair scorer (from train-pair-scorer)")
    Path pairScorer;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    @Override
    public Integer call() {
        ThresholdCalibrator calibrator = ThresholdCalibrator.builder().targetFalseHitRate(targetFhr)
                .confidence(confidence).ruleSets(ruleSets()).build();
        List<CachePairsCommand.Pair> pairs = CachePairsCommand.read(data);
        LinearPairScorer learned = pairScorer == null ? null : LinearPairScorer.read(pairScorer);
        double[] scores = new double[pairs.size()];
        List<ThresholdCalibrator.Pair> scored = score(pairs, learned, scores);
        Calibration c;
        try {
            c = calibrator.calibrate(scored);
            if (learned != null) {
                // the scorer's minimum is a second knob: try it in steps and keep what keeps the most recall
                ThresholdCalibrator withScorer = ThresholdCalibrator.builder().targetFalseHitRate(targetFhr)
                        .confidence(confidence).ruleSets(List.of(withScorer(LexicalHitVerifier.defaults().rules()),
                                EnumSet.of(Rule.SCORER))).build();
                for (int k = 1; k <= 9; k++) {
                    double min = k / 10.0;
                    try {
                        Calibration s = withScorer.calibrate(refusedBelow(scored, scores, min)).withPairScorerMin(min);
                        if (s.recall() > c.recall()) {
                            c = s;
                        }
                    } catch (IllegalArgumentException unreachable) {
                        // this minimum cannot reach the target; others may
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new DataException(data + ": " + e.getMessage(), e);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("n", pairs.size());
        summary.put("target_fhr", targetFhr);
        summary.put("confidence", confidence);
        summary.put("threshold", c.similarityThreshold());
        summary.put("rules", EnumSet.copyOf(withNone(c.rules())).stream().map(Rule::key).toList());
        summary.put("false_hit_rate", c.falseHitRate());
        summary.put("false_hit_rate_upper_bound", c.falseHitUpperBound());
        summary.put("recall", c.recall());
        summary.put("precision", c.precision());
        summary.put("category_thresholds", c.categoryThresholds());
        summary.put("pair_scorer_min", c.pairScorerMin());
        summary.put("ablation", ablation(calibrator, c.pairScorerMin() > 0
                ? refusedBelow(scored, scores, c.pairScorerMin()) : scored, c.pairScorerMin() > 0));
        print(spec.commandLine().getOut(), summary);
        if (out != null) {
            c.write(out);
            spec.commandLine().getOut().println("calibration written to " + out);
        }
        if (json != null) {
            Jsonl.writeSummary(json, summary);
        }
        return 0;
    }

    private static Set<Rule> withScorer(Set<Rule> rules) {
        Set<Rule> s = EnumSet.copyOf(rules);
        s.add(Rule.SCORER);
        return s;
    }

    /** The pairs with {@link Rule#SCORER} among their refusals where the learned scorer is below {@code min}. */
    private static List<ThresholdCalibrator.Pair> refusedBelow(List<ThresholdCalibrator.Pair> pairs, double[] scores,
                                                              double min) {
        List<ThresholdCalibrator.Pair> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            ThresholdCalibrator.Pair p = pairs.get(i);
            out.add(scores[i] >= min ? p : new ThresholdCalibrator.Pair(p.similarity(), p.positive(),
                    withScorer(p.rejectedBy()), p.category()));
        }
        return out;
    }

    /** Similarity and the rules that refuse each pair; the learned scorer's score into {@code scores}. */
    private List<ThresholdCalibrator.Pair> score(List<CachePairsCommand.Pair> pairs, LinearPairScorer learned,
                                                 double[] scores) {
        Map<String, Embedding> vectors;
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            vectors = CachePairsCommand.embedAll(model, pairs);
        }
        List<ThresholdCalibrator.Pair> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            CachePairsCommand.Pair p = pairs.get(i);
            Embedding a = vectors.get(p.a());
            Embedding b = vectors.get(p.b());
            scores[i] = learned == null ? 1 : learned.score(a.vector(), b.vector());
            double sim = b.truncated() ? Double.NEGATIVE_INFINITY : a.cosine(b);
            out.add(new ThresholdCalibrator.Pair(sim, p.label() == 1, CachePairsCommand.rejections(p.a(), p.b()),
                    p.category()));
        }
        return out;
    }

    /** Candidate rule sets: all, none, all but one, and each alone. */
    private static List<Set<Rule>> ruleSets() {
        Set<Rule> all = LexicalHitVerifier.defaults().rules();
        List<Set<Rule>> sets = new ArrayList<>();
        sets.add(all);
        sets.add(EnumSet.noneOf(Rule.class));
        for (Rule r : all) {
            sets.add(allBut(all, r));
        }
        return sets;
    }

    private static Set<Rule> allBut(Set<Rule> all, Rule r) {
        Set<Rule> without = EnumSet.copyOf(all);
        without.remove(r);
        return without;
    }

    /** One row per configuration: calibrated threshold and recall at the target, and rates at the reference. */
    private List<Map<String, Object>> ablation(ThresholdCalibrator calibrator, List<ThresholdCalibrator.Pair> scored,
                                               boolean scorer) {
        Set<Rule> all = scorer ? withScorer(LexicalHitVerifier.defaults().rules()) : LexicalHitVerifier.defaults().rules();
        Map<String, Set<Rule>> configs = new LinkedHashMap<>();
        configs.put("cosine only", EnumSet.noneOf(Rule.class));
        configs.put(scorer ? "all rules + pair scorer" : "all rules", all);
        for (Rule r : all) {
            configs.put("all but " + r.key(), allBut(all, r));
        }
        for (Rule r : all) {
            configs.put(r.key() + " only", EnumSet.of(r));
        }
        ThresholdCalibrator.Point base = calibrator.evaluate(scored, reference, EnumSet.noneOf(Rule.class));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Set<Rule>> e : configs.entrySet()) {
            ThresholdCalibrator.Point best = calibrator.best(scored, e.getValue());
            ThresholdCalibrator.Point ref = calibrator.evaluate(scored, reference, e.getValue());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("config", e.getKey());
            row.put("threshold_at_target", best == null ? null : best.threshold());
            row.put("recall_at_target", best == null ? 0.0 : best.recall());
            row.put("false_hit_rate_at_target", best == null ? null : best.falseHitRate());
            row.put("reference_threshold", reference);
            row.put("false_hit_rate_at_reference", ref.falseHitRate());
            row.put("recall_at_reference", ref.recall());
            row.put("false_hits_removed_at_reference", base.falseHits() - ref.falseHits());
            row.put("true_hits_lost_at_reference", base.truePositives() - ref.truePositives());
            rows.add(row);
        }
        return rows;
    }

    private static Set<Rule> withNone(Set<Rule> rules) {
        return rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    @SuppressWarnings("unchecked")
    private void print(PrintWriter o, Map<String, Object> s) {
        o.printf(Locale.ROOT, "calibrate: %s, %d pairs, target false-hit rate %.4f at %.0f%% confidence%n%n",
                data.getFileName(), s.get("n"), targetFhr, confidence * 100);
        new Table("setting", "value")
                .row("threshold", s.get("threshold"))
                .row("rules", s.get("rules"))
                .row("false_hit_rate", s.get("false_hit_rate"))
                .row("false_hit_rate_upper_bound", s.get("false_hit_rate_upper_bound"))
                .row("recall", s.get("recall"))
                .row("precision", s.get("precision"))
                .row("category_thresholds", s.get("category_thresholds"))
                .row("pair_scorer_min", s.get("pair_scorer_min"))
                .print(o);
        o.println();
        o.printf(Locale.ROOT, "ablation (at target: calibrated per row; at reference: threshold %.2f)%n", reference);
        Table t = new Table("config", "threshold@target", "recall@target", "fhr@ref", "recall@ref", "false hits removed@ref",
                "true hits lost@ref");
        for (Map<String, Object> r : (List<Map<String, Object>>) s.get("ablation")) {
            t.row(r.get("config"), r.get("threshold_at_target") == null ? "none" : r.get("threshold_at_target"),
                    r.get("recall_at_target"), r.get("false_hit_rate_at_reference"), r.get("recall_at_reference"),
                    r.get("false_hits_removed_at_reference"), r.get("true_hits_lost_at_reference"));
        }
        t.print(o);
        o.flush();
    }
}
