package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.ConversationAnalyzer;
import io.semanticrouter.ConversationSignals;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.FollowUpDetector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.classifier.ExemplarClassifier;
import io.semanticrouter.embeddings.OnnxEmbedder;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code conversation-routing}: the category of the last user turn decided with its conversation (the router's
 * {@link ConversationAnalyzer}: follow-ups are classified with the earlier turn) against the same turn classified
 * alone, with the shipped default categories; and the re-ask signal's precision and recall. Each conversation
 * goes to the tune or the test half by the SHA-256 of its text ({@link HashSplit}); settings are chosen on tune
 * ({@code --sweep}), the test half is reported once.
 */
@Command(name = "conversation-routing", mixinStandardHelpOptions = true,
        description = "Lines {\"messages\": [msg...], \"category\": str, \"follow_up\": bool, \"reask\": bool,"
                + " \"kind\": str}; msg = {\"role\": user|assistant|system, \"content\": str}, last one a user turn.")
final class ConversationRoutingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "conversations (JSONL)")
    Path data;

    @Option(names = "--split", defaultValue = "test", description = "tune, test or all (default test)")
    String split;

    @Option(names = "--sweep", description = "print the detector settings and re-ask thresholds ranked on this split")
    boolean sweep;

    @Option(names = "--reask-threshold", description = "re-ask similarity threshold (default: the library's)")
    Double reaskThreshold;

    @Option(names = "--short-words", description = "follow-up detector: short messages (default: the library's)")
    Integer shortWords;

    @Option(names = "--pronoun-words", description = "follow-up detector: pronoun rule up to this many words")
    Integer pronounWords;

    @Option(names = "--anaphor-words", description = "follow-up detector: pronoun anywhere up to this many words")
    Integer anaphorWords;

    @Option(names = "--ellipsis-words", description = "follow-up detector: ellipsis rule up to this many words")
    Integer ellipsisWords;

    @Option(names = "--openers", arity = "1", description = "follow-up detector: openers rule, true or false")
    Boolean openers;

    @Option(names = "--context-turns", description = "earlier user turns a follow-up's context may hold, 1 to 3")
    Integer contextTurns;

    @Option(names = "--show", description = "list every turn whose category is wrong with or without context")
    boolean show;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    /** One conversation: its last user turn and the labels of that turn. */
    record Conv(int line, List<ChatMessage> messages, String query, String category, boolean followUp, boolean reask,
                boolean nearReask, String kind) {
        /** The text the split is decided on: every message, one per line. */
        String text() {
            StringBuilder s = new StringBuilder();
            for (ChatMessage m : messages) {
                s.append(m.type()).append(": ").append(ConversationRouting.textOf(m)).append('\n');
            }
            return s.toString();
        }
    }

    static List<Conv> read(Path file) {
        return Jsonl.read(file, (line, i) -> {
            List<ChatMessage> messages = ConversationsCommand.messages(line, "messages");
            if (!(messages.get(messages.size() - 1) instanceof UserMessage last)) {
                throw line.error("the last message must be a user turn");
            }
            return new Conv(line.number(), messages, last.singleText(), line.text("category"), flag(line, "follow_up"),
                    flag(line, "reask"), line.node().has("near_reask") && flag(line, "near_reask"), line.text("kind"));
        });
    }

    private static boolean flag(Jsonl.Line line, String field) {
        JsonNode n = line.node().get(field);
        if (n == null || !n.isBoolean()) {
            throw line.error("field \"" + field + "\" must be true or false, was " + n);
        }
        return n.asBoolean();
    }

    @Override
    public Integer call() {
        List<Conv> all = read(data);
        List<Conv> kept = all.stream().filter(c -> HashSplit.keeps(split, c.text())).toList();
        if (kept.isEmpty()) {
            throw new DataException(data + ": no conversation in split '" + split + "'");
        }
        ConversationAnalyzer analyzer = analyzer(detector(), contextTurns == null ? 2 : contextTurns);
        PrintWriter out = spec.commandLine().getOut();
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            Embedder memo = new Memo(model);
            CategoryClassifier classifier = ExemplarClassifier.builder(memo).defaults().build();
            ConversationRouting run = new ConversationRouting(memo, classifier, kept);
            if (sweep) {
                ConversationRouting.Sweep.print(run, out);
                out.flush();
                return 0;
            }
            ConversationRouting.Result r = run.evaluate(analyzer);
            double threshold = analyzer.reaskThreshold();
            Map<String, Object> summary = r.summary(threshold);
            summary.put("split", split);
            summary.put("data", data.getFileName().toString());
            summary.put("settings", analyzer.toString());
            out.printf("conversation-routing: %s, split %s (%d of %d conversations)%n%n", data.getFileName(), split,
                    kept.size(), all.size());
            r.print(out, threshold, show);
            out.flush();
            if (json != null) {
                Jsonl.writeSummary(json, summary);
            }
        }
        return 0;
    }

    private FollowUpDetector detector() {
        FollowUpDetector.Builder b = FollowUpDetector.builder();
        if (shortWords != null) {
            b.shortWords(shortWords);
        }
        if (pronounWords != null) {
            b.pronounWords(pronounWords);
        }
        if (anaphorWords != null) {
            b.anaphorWords(anaphorWords);
        }
        if (ellipsisWords != null) {
            b.ellipsisWords(ellipsisWords);
        }
        if (openers != null) {
            b.openers(openers);
        }
        return b.build();
    }

    private ConversationAnalyzer analyzer(FollowUpDetector detector, int turns) {
        ConversationAnalyzer.Builder b = ConversationAnalyzer.builder().detector(detector).contextTurns(turns);
        if (reaskThreshold != null) {
            b.reaskThreshold(reaskThreshold);
        }
        return b.build();
    }

    /** Embeds each text once; the sweep asks for the same texts many times. */
    private static final class Memo implements Embedder {
        private final Embedder inner;
        private final Map<String, Embedding> seen = new ConcurrentHashMap<>();

        Memo(Embedder inner) {
            this.inner = inner;
        }

        @Override
        public Embedding embed(String text) {
            return seen.computeIfAbsent(text, inner::embed);
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public int maxTokens() {
            return inner.maxTokens();
        }

        @Override
        public String modelId() {
            return inner.modelId();
        }
    }

    static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    static <T> List<T> list() {
        return new ArrayList<>();
    }
}
