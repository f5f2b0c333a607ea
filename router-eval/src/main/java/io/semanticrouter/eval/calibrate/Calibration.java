package io.semanticrouter.eval.calibrate;

import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.spi.CacheArguments;
import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.PairScorer;
import io.semanticrouter.verify.Rule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link ThresholdCalibrator}: the similarity threshold, the verification rules and stricter
 * per-category thresholds, with what was measured. Saved as YAML in the cache configuration's vocabulary:
 *
 * <pre>
 * semantic_cache:
 *   similarity_threshold: 0.874
 *   hit_verification:
 *     rules: [negation, number, date_version, entity, direction, scope]
 *   category_thresholds:
 *     math: 0.9
 * calibration:
 *   target_false_hit_rate: 0.01
 *   confidence: 0.95
 *   false_hit_rate: 0.004
 *   false_hit_rate_upper_bound: 0.0098
 *   recall: 0.62
 *   precision: 0.97
 *   positives: 2210
 *   negatives: 3900
 * </pre>
 *
 * @param similarityThreshold the cache threshold to configure
 * @param rules               the verification rules to run
 * @param categoryThresholds  stricter thresholds for categories whose own pairs needed them
 * @param pairScorerMin       the minimum score of the learned pair scorer, 0 when none is used
 * @param targetFalseHitRate  the target it was calibrated for
 * @param confidence          the confidence of the bound
 * @param falseHitRate        the measured false-hit rate at the threshold
 * @param falseHitUpperBound  its one-sided upper bound (at most the target)
 * @param recall              the share of positive pairs still served
 * @param precision           the share of served pairs that are positive
 * @param positives           positive pairs measured
 * @param negatives           negative pairs measured
 */
public record Calibration(double similarityThreshold, Set<Rule> rules, Map<String, Double> categoryThresholds,
                          double pairScorerMin, double targetFalseHitRate, double confidence, double falseHitRate,
                          double falseHitUpperBound, double recall, double precision, int positives, int negatives) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Calibration {
        CacheArguments.threshold(similarityThreshold);
        rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
        categoryThresholds = Map.copyOf(categoryThresholds);
        categoryThresholds.values().forEach(CacheArguments::threshold);
        if (!(pairScorerMin >= 0 && pairScorerMin <= 1)) {
            throw new IllegalArgumentException("pairScorerMin must be in [0, 1], was " + pairScorerMin);
        }
    }

    /**
     * The verifier these settings call for, without a pair scorer.
     *
     * @throws IllegalStateException if the calibration relies on a pair scorer (use {@link #verifier(PairScorer)})
     */
    public HitVerifier verifier() {
        if (pairScorerMin > 0) {
            throw new IllegalStateException("this calibration uses a pair scorer (min " + pairScorerMin
                    + "); pass it to verifier(PairScorer)");
        }
        return rules.isEmpty() ? HitVerifier.acceptAll() : LexicalHitVerifier.builder().rules(rules).build();
    }

    /**
     * The verifier these settings call for, with the pair scorer the calibration was made with.
     *
     * @throws NullPointerException if scorer is null
     */
    public HitVerifier verifier(PairScorer scorer) {
        java.util.Objects.requireNonNull(scorer, "scorer");
        LexicalHitVerifier.Builder b = LexicalHitVerifier.builder().rules(rules);
        return pairScorerMin > 0 ? b.scorer(scorer, pairScorerMin).build() : b.build();
    }

    /** This calibration, made with a pair scorer refusing pairs below {@code min}. */
    public Calibration withPairScorerMin(double min) {
        return new Calibration(similarityThreshold, rules, categoryThresholds, min, targetFalseHitRate, confidence,
                falseHitRate, falseHitUpperBound, recall, precision, positives, negatives);
    }

    /**
     * Puts the verifier and the category thresholds on a router builder. The cache threshold belongs to the
     * cache: build it with {@link #similarityThreshold()}.
     */
    public SemanticRouterBuilder applyTo(SemanticRouterBuilder builder) {
        builder.hitVerifier(verifier());
        categoryThresholds.forEach(builder::categoryThreshold);
        return builder;
    }

    /** This calibration as YAML (see the class comment). */
    public String toYaml() {
        Map<String, Object> cache = new LinkedHashMap<>();
        cache.put("similarity_threshold", similarityThreshold);
        Set<Rule> ordered = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
        Map<String, Object> verification = new LinkedHashMap<>();
        verification.put("rules", ordered.stream().map(Rule::key).toList());
        verification.put("pair_scorer_min", pairScorerMin);
        cache.put("hit_verification", verification);
        if (!categoryThresholds.isEmpty()) {
            cache.put("category_thresholds", new java.util.TreeMap<>(categoryThresholds));
        }
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("target_false_hit_rate", targetFalseHitRate);
        measured.put("confidence", confidence);
        measured.put("false_hit_rate", falseHitRate);
        measured.put("false_hit_rate_upper_bound", falseHitUpperBound);
        measured.put("recall", recall);
        measured.put("precision", precision);
        measured.put("positives", positives);
        measured.put("negatives", negatives);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("semantic_cache", cache);
        root.put("calibration", measured);
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #toYaml()} to a file. */
    public void write(Path file) {
        try {
            Files.writeString(file, toYaml());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a calibration file written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file and the key when a key is missing, unknown or of the
     *                                  wrong type, or a value is out of range
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static Calibration read(Path file) {
        Objects.requireNonNull(file, "file");
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calibration " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Calibration parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a mapping with semantic_cache and calibration");
        }
        onlyKeys(root, "", "semantic_cache", "calibration");
        JsonNode cache = object(root, "semantic_cache");
        JsonNode m = object(root, "calibration");
        onlyKeys(cache, "semantic_cache.", "similarity_threshold", "hit_verification", "category_thresholds");
        onlyKeys(m, "calibration.", "target_false_hit_rate", "confidence", "false_hit_rate",
                "false_hit_rate_upper_bound", "recall", "precision", "positives", "negatives");
        JsonNode verification = object(cache, "hit_verification");
        onlyKeys(verification, "semantic_cache.hit_verification.", "rules", "pair_scorer_min");
        JsonNode ruleList = verification.get("rules");
        if (ruleList == null || !ruleList.isArray()) {
            throw new IllegalArgumentException("semantic_cache.hit_verification.rules must be a list");
        }
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (JsonNode r : ruleList) {
            rules.add(Rule.parse(r.asText()));
        }
        Map<String, Double> categories = new LinkedHashMap<>();
        JsonNode cats = cache.get("category_thresholds");
        if (cats != null) {
            Iterator<Map.Entry<String, JsonNode>> it = cats.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                categories.put(e.getKey(), number(cats, e.getKey(), "semantic_cache.category_thresholds."));
            }
        }
        double scorerMin = verification.has("pair_scorer_min")
                ? number(verification, "pair_scorer_min", "semantic_cache.hit_verification.") : 0;
        return new Calibration(number(cache, "similarity_threshold", "semantic_cache."), rules, categories, scorerMin,
                number(m, "target_false_hit_rate", "calibration."), number(m, "confidence", "calibration."),
                number(m, "false_hit_rate", "calibration."), number(m, "false_hit_rate_upper_bound", "calibration."),
                number(m, "recall", "calibration."), number(m, "precision", "calibration."),
                (int) number(m, "positives", "calibration."), (int) number(m, "negatives", "calibration."));
    }

    private static JsonNode object(JsonNode parent, String key) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(key + " must be a mapping");
        }
        return n;
    }

    private static double number(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException(path + key + " must be a number, was " + n);
        }
        return n.asDouble();
    }

    private static void onlyKeys(JsonNode node, String path, String... allowed) {
        Set<String> ok = Set.of(allowed);
        node.fieldNames().forEachRemaining(k -> {
            if (!ok.contains(k)) {
                throw new IllegalArgumentException("unknown key " + path + k + "; known: " + ok);
            }
        });
    }
}
