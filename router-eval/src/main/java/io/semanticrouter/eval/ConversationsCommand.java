package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code conversations}: does a whole router (conversation-aware cache keys included) serve a cached answer
 * exactly when it still answers the new conversation?
 */
@Command(name = "conversations", mixinStandardHelpOptions = true,
        description = "Lines {\"cached\": [msg...], \"query\": [msg...], \"same_answer\": bool};"
                + " msg = {\"role\": system|user|assistant, \"content\": str}.")
final class ConversationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "conversation pairs (JSONL)")
    Path data;

    @Option(names = "--threshold", defaultValue = "0.8", description = "similarity threshold (default 0.8)")
    double threshold;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    @Option(names = "--show-missed", description = "also list each missed hit with its similarity and why it was missed")
    boolean showMissed;

    @Option(names = "--follow-up-context", arity = "1", description = "look short follow-ups up with the turn before them: true or false (default: the router's default)")
    Boolean followUpContext;

    @Option(names = "--spelling", arity = "1", description = "correct misspelt words in what the cache embeds and verifies: true or false (default: the router's default)")
    Boolean spelling;
    @Option(names = "--pair-head", arity = "1", description = "serve a candidate the rules refused when the bundled learned"
            + " PairHead scores it at least its threshold: true or false (default: the router's default, on with the"
            + " default verifier)")
    Boolean pairHead;

    record Case(int line, List<ChatMessage> cached, List<ChatMessage> query, boolean sameAnswer) {
    }

    static List<Case> read(Path file) {
        return Jsonl.read(file, (line, i) -> {
            JsonNode same = line.node().get("same_answer");
            if (same == null || !same.isBoolean()) {
                throw line.error("field \"same_answer\" must be true or false, was " + same);
            }
            return new Case(line.number(), messages(line, "cached"), messages(line, "query"), same.asBoolean());
        });
    }

    static List<ChatMessage> messages(Jsonl.Line line, String field) {
        JsonNode arr = line.node().get(field);
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw line.error("field \"" + field + "\" must be a non-empty list of messages");
        }
        List<ChatMessage> out = new ArrayList<>();
        for (int k = 0; k < arr.size(); k++) {
            JsonNode m = arr.get(k);
            JsonNode role = m.get("role");
            JsonNode content = m.get("content");
            if (role == null || !role.isTextual() || content == null || !content.isTextual()) {
                throw line.error(field + "[" + k + "] must have string \"role\" and \"content\"");
            }
            switch (role.asText()) {
                case "system" -> out.add(SystemMessage.from(content.asText()));
                case "user" -> out.add(UserMessage.from(content.asText()));
                case "assistant" -> out.add(AiMessage.from(content.asText()));
                default -> throw line.error(field + "[" + k + "].role must be system, user or assistant, was "
                        + role.asText());
            }
        }
        return out;
    }

    /** The case's two conversations, routed in order through a router with a fresh cache: both answers. */
    private RoutedResponse[] replay(OnnxEmbedder model, Case c) {
        // the router is not closed, because closing it would close the shared model
        try (InMemorySemanticCache cache = InMemorySemanticCache.builder().similarityThreshold(threshold).build()) {
            SemanticRouterBuilder builder = SemanticRouter.builder()
                    .embedder(model)
                    .cache(cache)
                    .model("model", new NumberingModel());
            if (followUpContext != null) {
                builder.followUpContext(followUpContext);
            }
            if (spelling != null) {
                builder.cacheSpelling(spelling);
            }
            if (pairHead != null) {
                builder.pairHead(pairHead);
            }
            SemanticRouter router = builder.build();
            return new RoutedResponse[]{router.route(c.cached()), router.route(c.query())};
        } catch (io.semanticrouter.InvalidRequestException e) {
            throw new DataException(data + ":" + c.line() + ": " + e.getMessage());
        }
    }

    private static String lastUserText(List<ChatMessage> messages) {
        for (int k = messages.size() - 1; k >= 0; k--) {
            if (messages.get(k) instanceof UserMessage u && u.hasSingleText()) {
                return u.singleText();
            }
        }
        return "";
    }

    /** A model whose every answer is unique, so a served answer shows which conversation it came from. */
    private static final class NumberingModel implements ChatModel {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from("answer #" + calls.incrementAndGet()))
                    .finishReason(FinishReason.STOP).build();
        }
    }

    @Override
    public Integer call() {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--threshold must be in (0, 1], was " + threshold);
        }
        List<Case> cases = read(data);
        int correct = 0;
        int wrongHits = 0;
        int missedHits = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        try (OnnxEmbedder model = EmbedderOption.load(embedder)) {
            Progress progress = new Progress(System.err, "conversations", cases.size());
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                RoutedResponse[] answers = replay(model, c);
                RoutedResponse second = answers[1];
                boolean served = second.cacheHit() && second.text().equals(answers[0].text());
                String texts = lastUserText(c.cached()) + " / " + lastUserText(c.query());
                if (served == c.sameAnswer()) {
                    correct++;
                } else if (served) {
                    wrongHits++;
                    wrong.add(data + ":" + c.line() + " wrong hit (similarity "
                            + String.format(java.util.Locale.ROOT, "%.3f", second.cache().similarity()) + ")"
                            + (showMissed ? ": " + texts : ""));
                } else {
                    missedHits++;
                    missed.add(data + ":" + c.line() + " missed (" + second.cache().reason() + "): " + texts);
                }
                progress.update(i + 1);
            }
            progress.done();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("n", cases.size());
        summary.put("correct", correct);
        summary.put("wrong_hits", wrongHits);
        summary.put("missed_hits", missedHits);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("conversations: %s, %d cases, threshold %.2f%n%n", data.getFileName(), cases.size(), threshold);
        new Table("metric", "value").row("correct", correct).row("wrong_hits", wrongHits)
                .row("missed_hits", missedHits).print(out);
        wrong.forEach(out::println);
        if (showMissed) {
            missed.forEach(out::println);
        }
        out.flush();
        if (json != null) {
            Jsonl.writeSummary(json, summary);
        }
        return 0;
    }
}
