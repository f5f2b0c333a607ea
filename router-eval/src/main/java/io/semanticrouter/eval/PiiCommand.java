package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.semanticrouter.pii.PatternPiiDetector;
import io.semanticrouter.classifier.ModelPiiDetector;
import io.semanticrouter.classifier.OnnxTokenClassifier;
import io.semanticrouter.pii.PiiDetector;
import io.semanticrouter.pii.PiiMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code pii}: how well the library's PII detector finds each type of personal data, per text: a type counts
 * as found in a text when the detector reports at least one match of it there.
 */
@Command(name = "pii", mixinStandardHelpOptions = true,
        description = "PII detection per type on lines {\"text\", \"pii\": [TYPE...]}.")
final class PiiCommand implements Callable<Integer> {

    /** The types the pattern detector covers; the rest need a model (PERSON...). */
    static final Set<String> PATTERN_TYPES = Set.of("EMAIL", "PHONE", "CREDIT_CARD", "SSN", "IBAN", "IP_ADDRESS");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "labelled texts (JSONL)")
    Path data;

    @Option(names = "--embedder", description = "not used by this subcommand (accepted for uniform scripts)")
    String embedder;

    @Option(names = "--ner", description = "also run a Hugging Face token-classification export from this directory"
            + " (PERSON, LOCATION...) next to the patterns")
    Path ner;

    @Option(names = "--ner-min-score", defaultValue = "0.5", description = "ignore model entities below this score")
    double nerMinScore;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    record Example(String text, Set<String> types) {
    }

    static List<Example> read(Path file) {
        return Jsonl.read(file, (line, i) -> {
            JsonNode pii = line.node().get("pii");
            if (pii == null || !pii.isArray()) {
                throw line.error("field \"pii\" must be a list of types, was " + pii);
            }
            Set<String> types = new TreeSet<>();
            for (JsonNode t : pii) {
                if (!t.isTextual()) {
                    throw line.error("field \"pii\" must hold strings, found " + t);
                }
                types.add(t.asText());
            }
            return new Example(line.text("text"), types);
        });
    }

    @Override
    public Integer call() {
        List<Example> examples = read(data);
        OnnxTokenClassifier model = ner == null ? null : OnnxTokenClassifier.load(ner);
        try {
            return run(examples, model == null ? PatternPiiDetector.INSTANCE
                    : ModelPiiDetector.builder(model).minScore(nerMinScore).build().withPatterns());
        } finally {
            if (model != null) {
                model.close();
            }
        }
    }

    private int run(List<Example> examples, PiiDetector detector) {
        List<Set<String>> predicted = new ArrayList<>(examples.size());
        long t0 = System.nanoTime();
        for (Example e : examples) {
            Set<String> found = new TreeSet<>();
            for (PiiMatch m : detector.detect(e.text())) {
                found.add(m.type());
            }
            predicted.add(found);
        }
        double msPerText = (System.nanoTime() - t0) / 1e6 / Math.max(1, examples.size());
        Map<String, int[]> counts = counts(examples, predicted);
        Map<String, Object> summary = score(examples, predicted, counts);
        print(spec.commandLine().getOut(), summary, counts, msPerText);
        if (json != null) {
            Jsonl.writeSummary(json, summary);
        }
        return 0;
    }

    /** Per type, text-level {true positives, false positives, false negatives}. */
    static Map<String, int[]> counts(List<Example> examples, List<Set<String>> predicted) {
        Map<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            Set<String> gold = examples.get(i).types();
            Set<String> got = predicted.get(i);
            for (String t : gold) {
                counts.computeIfAbsent(t, k -> new int[3])[got.contains(t) ? 0 : 2]++;
            }
            for (String t : got) {
                if (!gold.contains(t)) {
                    counts.computeIfAbsent(t, k -> new int[3])[1]++;
                }
            }
        }
        return counts;
    }

    /** n, per_type (type -> precision, recall, f1, support), clean_false_positive_rate. */
    static Map<String, Object> score(List<Example> examples, List<Set<String>> predicted, Map<String, int[]> counts) {
        int clean = 0;
        int cleanFlagged = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).types().isEmpty()) {
                clean++;
                cleanFlagged += predicted.get(i).isEmpty() ? 0 : 1;
            }
        }
        Map<String, Object> perType = new LinkedHashMap<>();
        counts.forEach((type, c) -> {
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", p);
            m.put("recall", r);
            m.put("f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
            m.put("support", c[0] + c[2]);
            perType.put(type, m);
        });
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", examples.size());
        s.put("per_type", perType);
        s.put("clean_false_positive_rate", clean == 0 ? 0.0 : (double) cleanFlagged / clean);
        return s;
    }

    @SuppressWarnings("unchecked")
    private void print(PrintWriter out, Map<String, Object> s, Map<String, int[]> counts, double msPerText) {
        out.printf(Locale.ROOT, "pii: %s, %d texts, PatternPiiDetector%s, %.3f ms/text%n%n", data.getFileName(), s.get("n"),
                ner == null ? "" : " + ModelPiiDetector(" + ner + ")", msPerText);
        Table t = new Table("type", "precision", "recall", "f1", "support", "detector");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Object> e : ((Map<String, Object>) s.get("per_type")).entrySet()) {
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            boolean pattern = PATTERN_TYPES.contains(e.getKey());
            t.row(e.getKey(), m.get("precision"), m.get("recall"), m.get("f1"), m.get("support"),
                    pattern ? "pattern" : ner != null ? "model" : "none (needs a model)");
            if (pattern) {
                int[] c = counts.get(e.getKey());
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
        }
        t.print(out);
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        out.printf(Locale.ROOT, "%npattern types together: precision %.4f, recall %.4f, F1 %.4f; clean texts flagged: %.4f%n",
                p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), s.get("clean_false_positive_rate"));
        out.flush();
    }
}
