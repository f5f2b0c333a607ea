package io.semanticrouter.eval;

import io.semanticrouter.Embedding;
import io.semanticrouter.GuardVerdict;
import io.semanticrouter.classifier.JailbreakEncoder;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.embeddings.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code jailbreak}: how well the library's {@link JailbreakGuard} separates jailbreak attempts from benign
 * prompts. With {@code --train} the guard's exemplars come from that file instead of the shipped defaults.
 */
@Command(name = "jailbreak", mixinStandardHelpOptions = true,
        description = "Jailbreak detection on lines {\"text\", \"label\": jailbreak|benign}.")
final class JailbreakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "labelled prompts (JSONL)")
    Path data;

    @Option(names = "--train", description = "exemplars for the guard (same format); default: the shipped exemplars")
    Path train;

    @Option(names = "--threshold", defaultValue = "0.8", description = "jailbreak confidence that blocks (default 0.8)")
    double threshold;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    @Option(names = "--sweep", description = "also print false-positive rate against recall over learned-model thresholds"
            + " (phrase rules always block)")
    boolean sweep;

    @Option(names = "--exemplars", description = "turn the exemplar-similarity signal on (off by default; --train turns it on)")
    boolean exemplarSignal;

    @Option(names = "--categories", split = ",", description = "categories that block: jailbreak, unsafe (default both)")
    List<String> categories;

    @Option(names = "--model", description = "a learned model file written by train-jailbreak (default: the shipped model)")
    Path modelFile;

    @Option(names = "--encoder", description = "the fine-tuned encoder: a file written by"
            + " tools/jailbreak/finetune_encoder.py, 'shipped', or 'none' (default: the guard's default, the shipped one)")
    String encoderFile;

    @Option(names = "--errors", description = "print the prompts decided wrongly (use on tuning data only)")
    boolean errors;

    @Override
    public Integer call() {
        List<RoutingCommand.Example> examples = RoutingCommand.read(data);
        for (RoutingCommand.Example e : examples) {
            if (!e.label().equals("jailbreak") && !e.label().equals("benign")) {
                throw new DataException(data + ": label must be \"jailbreak\" or \"benign\", was \"" + e.label() + "\"");
            }
        }
        boolean[] blocked = new boolean[examples.size()];
        long t0;
        long t1;
        try (OnnxEmbedder model = EmbedderOption.load(embedder); JailbreakEncoder enc = encoder()) {
            JailbreakGuard.Builder builder = guard(model);
            if (encoderFile != null) {
                builder.encoder(enc);
            }
            JailbreakGuard guard = builder.build();
            List<String> texts = new ArrayList<>();
            examples.forEach(e -> texts.add(e.text()));
            List<Embedding> vectors = model.embedAll(texts);
            t0 = System.nanoTime();
            for (int i = 0; i < examples.size(); i++) {
                GuardVerdict v = guard.check(texts.get(i), vectors.get(i));
                blocked[i] = v.action() == GuardVerdict.Action.BLOCK;
                if (errors && blocked[i] != examples.get(i).label().equals("jailbreak")) {
                    spec.commandLine().getOut().printf("WRONG %s [%s] %s%n", examples.get(i).label(), v.reason(),
                            texts.get(i).replace('\n', ' ').substring(0, Math.min(160, texts.get(i).length())));
                }
            }
            t1 = System.nanoTime();
            if (sweep) {
                sweep(examples, guard, texts, vectors);
            }
        }
        Map<String, Object> summary = score(examples, blocked);
        printByKind(blocked);
        spec.commandLine().getOut().printf(Locale.ROOT, "jailbreak: %s, %d prompts, exemplars %s, threshold %.2f,"
                        + " %.3f ms/prompt after embedding%n%n", data.getFileName(), examples.size(),
                train == null ? "shipped" : train.getFileName(), threshold, (t1 - t0) / 1e6 / Math.max(1, examples.size()));
        Table t = new Table("metric", "value");
        summary.forEach(t::row);
        t.print(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        if (json != null) {
            Jsonl.writeSummary(json, summary);
        }
        return 0;
    }

    /** When the lines carry a {@code kind}, the share blocked per kind (a breakdown; the summary is unchanged). */
    private void printByKind(boolean[] blocked) {
        List<String> kinds = Jsonl.read(data, (line, i) -> {
            String k = line.optionalText("kind");
            return k == null ? "" : k;
        });
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (!kinds.get(i).isEmpty()) {
                int[] c = byKind.computeIfAbsent(kinds.get(i), k -> new int[2]);
                c[0]++;
                c[1] += blocked[i] ? 1 : 0;
            }
        }
        if (byKind.isEmpty()) {
            return;
        }
        Table t = new Table("kind", "n", "blocked");
        byKind.forEach((k, c) -> t.row(k, c[0], String.format(Locale.ROOT, "%.3f", (double) c[1] / c[0])));
        t.print(spec.commandLine().getOut());
        spec.commandLine().getOut().println();
    }

    /** The {@code --encoder} file, or null (none given, or 'none'). */
    private JailbreakEncoder encoder() {
        if (encoderFile == null || encoderFile.equals("none")) {
            return null;
        }
        return encoderFile.equals("shipped") ? JailbreakEncoder.shipped()
                : JailbreakEncoder.load(Path.of(encoderFile), OnnxEmbedder.builder());
    }

    private JailbreakGuard.Builder guard(OnnxEmbedder model) {
        JailbreakGuard.Builder b = JailbreakGuard.builder(model).threshold(threshold).exemplarSignal(exemplarSignal);
        if (modelFile != null) {
            b.learnedModel(io.semanticrouter.classifier.JailbreakModel.read(modelFile));
        }
        if (train != null) {
            b.exemplars(train);
        }
        if (categories != null) {
            b.categories(categories.stream().map(JailbreakGuard.Category::of).collect(Collectors.toSet()));
        }
        return b;
    }

    /**
     * Recall and false-positive rate if the learned model blocked from each threshold (one threshold for every
     * head; the phrase rules and the exemplar signal as configured).
     */
    private void sweep(List<RoutingCommand.Example> examples, JailbreakGuard guard, List<String> texts, List<Embedding> vectors) {
        List<JailbreakGuard.Assessment> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            all.add(guard.assess(texts.get(i), vectors.get(i)));
        }
        Table t = new Table("learned threshold", "recall", "false_positive_rate", "precision", "f1");
        for (int step = 10; step <= 95; step += 5) {
            double th = step / 100.0;
            boolean[] b = new boolean[all.size()];
            for (int i = 0; i < b.length; i++) {
                JailbreakGuard.Assessment a = all.get(i);
                b[i] = !a.rule().isEmpty() || a.exemplar() >= threshold
                        || a.learned().values().stream().anyMatch(p -> p >= th)
                        || a.encoder().values().stream().anyMatch(p -> p >= th);
            }
            Map<String, Object> s = score(examples, b);
            t.row(String.format(Locale.ROOT, "%.2f", th), f(s.get("recall")), f(s.get("false_positive_rate")),
                    f(s.get("precision")), f(s.get("f1")));
        }
        spec.commandLine().getOut().println("sweep (rules always block):");
        t.print(spec.commandLine().getOut());
        spec.commandLine().getOut().println();
    }

    private static String f(Object v) {
        return String.format(Locale.ROOT, "%.3f", (Double) v);
    }

    /** n, precision, recall, f1, false_positive_rate (benign prompts blocked / benign prompts). */
    static Map<String, Object> score(List<RoutingCommand.Example> examples, boolean[] blocked) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int benign = 0;
        for (int i = 0; i < examples.size(); i++) {
            boolean jailbreak = examples.get(i).label().equals("jailbreak");
            benign += jailbreak ? 0 : 1;
            if (blocked[i] && jailbreak) {
                tp++;
            } else if (blocked[i]) {
                fp++;
            } else if (jailbreak) {
                fn++;
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", examples.size());
        s.put("precision", p);
        s.put("recall", r);
        s.put("f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
        s.put("false_positive_rate", benign == 0 ? 0.0 : (double) fp / benign);
        return s;
    }
}
