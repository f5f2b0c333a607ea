package io.semanticrouter.eval;

import io.semanticrouter.Embedding;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.verify.LinearPairScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code train-pair-scorer}: learns a {@link LinearPairScorer} (the optional second verification stage) from
 * labelled question pairs, and writes it as JSON for {@code cache-pairs --pair-scorer}, {@code calibrate
 * --pair-scorer} and {@code LinearPairScorer.read}.
 */
@Command(name = "train-pair-scorer", mixinStandardHelpOptions = true,
        description = "Train the learned pair scorer on labelled pairs {\"a\", \"b\", \"label\"}.")
final class TrainPairScorerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "labelled pairs (JSONL, as for cache-pairs)")
    Path data;

    @Option(names = "--out", required = true, description = "where to write the scorer (JSON)")
    Path out;

    @Option(names = "--limit", description = "use only the first N pairs")
    Integer limit;

    @Option(names = "--epochs", defaultValue = "8", description = "passes over the data (default 8)")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.0001", description = "L2 penalty (default 0.0001)")
    double l2;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Override
    public Integer call() {
        List<CachePairsCommand.Pair> pairs = CachePairsCommand.read(data);
        if (limit != null) {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be >= 1, was " + limit);
            }
            pairs = pairs.subList(0, Math.min(limit, pairs.size()));
        }
        LinearPairScorer scorer;
        List<LinearPairScorer.Example> examples = new ArrayList<>(pairs.size());
        String modelId;
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            Map<String, Embedding> vectors = CachePairsCommand.embedAll(model, pairs);
            for (CachePairsCommand.Pair p : pairs) {
                examples.add(new LinearPairScorer.Example(vectors.get(p.a()), vectors.get(p.b()), p.label() == 1));
            }
            modelId = model.modelId();
        }
        long t0 = System.nanoTime();
        scorer = LinearPairScorer.train(modelId, examples, epochs, l2);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int right = 0;
        for (LinearPairScorer.Example e : examples) {
            right += (scorer.score(e.a().vector(), e.b().vector()) >= 0.5) == e.positive() ? 1 : 0;
        }
        scorer.write(out);
        spec.commandLine().getOut().printf(Locale.ROOT,
                "train-pair-scorer: %d pairs, %d epochs, trained in %d ms, training accuracy %.4f -> %s%n",
                examples.size(), epochs, ms, (double) right / examples.size(), out);
        return 0;
    }
}
