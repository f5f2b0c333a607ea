package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.semanticrouter.classifier.LinearCategoryClassifier;
import io.semanticrouter.classifier.SoftmaxTrainer;
import io.semanticrouter.embeddings.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code train-categories}: trains the linear MMLU-Pro category head ({@link LinearCategoryClassifier}) over the
 * embedder on the RouteLLM MMLU prompts (made chat-like, subjects mapped to categories) and vLLM Semantic
 * Router's MMLU-Pro exemplars, reports each setting's accuracy on a labelled tuning set, and writes the model
 * when one setting is given.
 */
@Command(name = "train-categories", mixinStandardHelpOptions = true,
        description = "Train the MMLU-Pro category head on the MMLU prompts under --source; score settings on --tune.")
final class TrainCategoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", defaultValue = "../shared/anchor-data", description = "the anchor-data folder (default ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--tune", required = true, description = "labelled questions to choose settings on (JSONL {\"text\", \"label\"})")
    Path tune;

    @Option(names = "--l2", split = ",", defaultValue = "1e-4", description = "L2 penalties to try (comma-separated; default ${DEFAULT-VALUE})")
    List<Double> l2;

    @Option(names = "--centroid-weight", split = ",", defaultValue = "0", description = "weights of the added nearest-centroid head to try (default ${DEFAULT-VALUE})")
    List<Double> centroidWeight;

    @Option(names = "--epochs", defaultValue = "30", description = "passes over the data (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--unbalanced", description = "weigh examples equally instead of every category equally")
    boolean unbalanced;

    @Option(names = "--views", defaultValue = "both", description = "training texts per prompt: stem (the question without options), last (its last sentence too, when it has several), both (default)")
    String views;

    @Option(names = "--no-vllm-exemplars", description = "leave out vLLM Semantic Router's MMLU-Pro exemplars")
    boolean noVllmExemplars;

    @Option(names = "--no-own-exemplars", description = "leave out our own chat-style exemplars (mmlu-pro-chat-exemplars.tsv)")
    boolean noOwnExemplars;

    @Option(names = "--exemplar-weight", split = ",", defaultValue = "1", description = "weights of each own chat-style exemplar against one MMLU prompt to try (default ${DEFAULT-VALUE})")
    List<Double> exemplarWeight;

    @Option(names = "--held-out-every", defaultValue = "5", description = "hold out the prompts whose SHA-256 bucket is divisible by this (default ${DEFAULT-VALUE}: a fifth)")
    int heldOutEvery;

    @Option(names = "--calibrate", description = "divide the scores by the temperature that fits --tune best (one setting only)")
    boolean calibrate;

    @Option(names = "--out", description = "write the model here (one setting only)")
    Path out;

    @Option(names = "--held-out-out", description = "write the held-out MMLU prompts here as JSONL, for routing --test")
    Path heldOutOut;

    @Option(names = "--cache", defaultValue = "target/eval/mmlu-embeddings.bin", description = "embedding store between runs (default ${DEFAULT-VALUE})")
    Path cache;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    /** The training set: texts and their category indexes. */
    private record TrainingSet(List<String> texts, int[] labels, boolean[] own) {

        double[] weights(double ownWeight) {
            double[] w = new double[own.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = own[i] ? ownWeight : 1;
            }
            return w;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter pw = spec.commandLine().getOut();
        List<String> labels = LinearCategoryClassifier.MMLU_PRO_CATEGORIES;
        List<RoutingCommand.Example> tuneSet = RoutingCommand.read(tune);
        List<MmluPrompts.Prompt> prompts = MmluPrompts.read(source.resolve("routellm/mmlu_responses"), heldOutEvery);
        TrainingSet set = trainingSet(prompts, labels, pw);
        if (heldOutOut != null) {
            writeHeldOut(prompts);
        }
        boolean single = l2.size() == 1 && centroidWeight.size() == 1 && exemplarWeight.size() == 1;
        if ((out != null || calibrate) && !single) {
            throw new IllegalArgumentException("--out and --calibrate need one --l2, --centroid-weight and --exemplar-weight");
        }
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            EmbeddingStore store = new EmbeddingStore(cache, model);
            float[][] x = store.vectors(set.texts());
            float[][] tx = store.vectors(tuneSet.stream().map(RoutingCommand.Example::text).toList());
            int[] ty = indexes(tuneSet.stream().map(RoutingCommand.Example::label).toList(), labels);
            pw.printf("%-8s %-8s %-8s %-10s %-8s%n", "l2", "centroid", "own", "tune acc", "tune nll");
            LinearCategoryClassifier last = null;
            for (double penalty : l2) {
                for (double cw : centroidWeight) {
                    for (double ow : exemplarWeight) {
                        last = new SoftmaxTrainer().epochs(epochs).l2(penalty).balanced(!unbalanced)
                                .centroidWeight(cw).train(labels, x, set.labels(), set.weights(ow), model.modelId());
                        pw.printf(Locale.ROOT, "%-8.0e %-8.1f %-8.1f %-10.4f %-8.4f%n", penalty, cw, ow,
                                accuracy(last, tx, ty), nll(last, tx, ty, 1));
                        pw.flush();
                    }
                }
            }
            if (single) {
                finish(pw, last, tx, ty);
            }
        }
        return 0;
    }

    /** Calibrates and writes the one trained model, as the options ask. */
    private void finish(PrintWriter pw, LinearCategoryClassifier model, float[][] tx, int[] ty) throws IOException {
        LinearCategoryClassifier m = model;
        if (calibrate) {
            double best = 1;
            for (double t = 0.25; t <= 4.0001; t += 0.05) {
                best = nll(m, tx, ty, t) < nll(m, tx, ty, best) ? t : best;
            }
            m = scaled(m, 1 / best);
            pw.printf(Locale.ROOT, "temperature %.2f: tune nll %.4f%n", best, nll(m, tx, ty, 1));
        }
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String note = note();
            try (OutputStream os = Files.newOutputStream(out)) {
                m.write(os, note);
            }
            pw.println("wrote " + out);
        }
        pw.flush();
    }

    /** How the model was made: the command's settings and the data. */
    private String note() {
        return String.format(Locale.ROOT, "router-eval train-categories --l2 %s --centroid-weight %s"
                        + " --exemplar-weight %s --epochs %d --views %s%s%s%s%s; data: RouteLLM MMLU prompts (training"
                        + " part, held out every %d by SHA-256)%s%s", l2.get(0), centroidWeight.get(0),
                exemplarWeight.get(0), epochs, views, unbalanced ? " --unbalanced" : "",
                noVllmExemplars ? " --no-vllm-exemplars" : "", noOwnExemplars ? " --no-own-exemplars" : "",
                calibrate ? " --calibrate" : "", heldOutEvery,
                noVllmExemplars ? "" : ", vLLM Semantic Router's knowledge_bases/mmlu/labels.json exemplars",
                noOwnExemplars ? "" : ", router-eval's mmlu-pro-chat-exemplars.tsv");
    }

    /** The training texts: the prompts not held out (in the chosen views) and, unless left out, the exemplars. */
    private TrainingSet trainingSet(List<MmluPrompts.Prompt> prompts, List<String> labels, PrintWriter pw) {
        if (!List.of("stem", "last", "both").contains(views)) {
            throw new IllegalArgumentException("--views must be stem, last or both, was '" + views + "'");
        }
        Set<String> peer = peerQuestions();
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int dropped = 0;
        for (MmluPrompts.Prompt p : prompts) {
            if (p.heldOut()) {
                continue;
            }
            if (peer.contains(MmluPrompts.normalised(p.text()))) {
                dropped++;
                continue;
            }
            if (!views.equals("last")) {
                texts.add(p.text());
                names.add(p.label());
            }
            if (!views.equals("stem") && p.lastSentence() != null) {
                texts.add(p.lastSentence());
                names.add(p.label());
            }
        }
        int exemplars = noVllmExemplars ? 0 : addExemplars(texts, names, labels);
        int before = texts.size();
        if (!noOwnExemplars) {
            ownExemplars(texts, names);
        }
        boolean[] own = new boolean[texts.size()];
        java.util.Arrays.fill(own, before, own.length, true);
        pw.printf("train-categories: %d training texts (%d MMLU prompts, %d held out, %d left out as peer-suite"
                        + " questions; %d vLLM SR exemplars; %d own chat exemplars)%n", texts.size(), prompts.size(),
                prompts.stream().filter(MmluPrompts.Prompt::heldOut).count(), dropped, exemplars, own.length - before);
        return new TrainingSet(texts, indexes(names, labels), own);
    }

    /** The questions of vLLM Semantic Router's e2e domain cases, normalised, so that none is trained on. */
    private Set<String> peerQuestions() {
        Path file = source.resolve("vllm-sr/e2e/testcases/testdata/domain_classify_cases.json");
        Set<String> out = new HashSet<>();
        if (Files.isRegularFile(file)) {
            for (JsonNode n : readJson(file)) {
                out.add(MmluPrompts.normalised(n.path("question").asText()));
            }
        }
        return out;
    }

    /** Our own chat-style exemplars, label TAB text, shipped with router-eval. */
    private static void ownExemplars(List<String> texts, List<String> names) {
        try (java.io.InputStream in = TrainCategoriesCommand.class.getResourceAsStream("mmlu-pro-chat-exemplars.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    names.add(parts[0].trim());
                    texts.add(parts[1].trim());
                }
            }
        } catch (IOException e) {
            throw new DataException("cannot read mmlu-pro-chat-exemplars.tsv: " + e.getMessage(), e);
        }
    }

    private int addExemplars(List<String> texts, List<String> names, List<String> labels) {
        Path file = source.resolve("vllm-sr/config/knowledge_bases/mmlu/labels.json");
        int n = 0;
        for (Map.Entry<String, JsonNode> e : readJson(file).path("labels").properties()) {
            if (!labels.contains(e.getKey())) {
                throw new DataException(file + ": unknown category '" + e.getKey() + "'");
            }
            for (JsonNode ex : e.getValue().path("exemplars")) {
                texts.add(ex.asText());
                names.add(e.getKey());
                n++;
            }
        }
        return n;
    }

    private static JsonNode readJson(Path file) {
        try {
            return Jsonl.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new DataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void writeHeldOut(List<MmluPrompts.Prompt> prompts) throws IOException {
        Path parent = heldOutOut.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        StringBuilder sb = new StringBuilder();
        for (MmluPrompts.Prompt p : prompts) {
            if (p.heldOut()) {
                sb.append(Jsonl.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Map.of("text", p.text(), "label", p.label()))).append('\n');
            }
        }
        Files.writeString(heldOutOut, sb.toString());
    }

    private static int[] indexes(List<String> names, List<String> labels) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels.indexOf(names.get(i));
            if (out[i] < 0) {
                throw new DataException("unknown category '" + names.get(i) + "'; expected one of " + labels);
            }
        }
        return out;
    }

    private static double accuracy(LinearCategoryClassifier m, float[][] x, int[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = m.probabilities(x[i]);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                best = p[c] > p[best] ? c : best;
            }
            right += best == y[i] ? 1 : 0;
        }
        return (double) right / x.length;
    }

    /** Mean negative log-likelihood of the right categories, with the scores divided by t. */
    private static double nll(LinearCategoryClassifier m, float[][] x, int[] y, double t) {
        LinearCategoryClassifier s = t == 1 ? m : scaled(m, 1 / t);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum -= Math.log(Math.max(1e-12, s.probabilities(x[i])[y[i]]));
        }
        return sum / x.length;
    }

    private static LinearCategoryClassifier scaled(LinearCategoryClassifier m, double factor) {
        return m.scaled(factor);
    }
}
