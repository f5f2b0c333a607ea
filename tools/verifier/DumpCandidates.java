import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;
import dev.langchain4j.data.message.*;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.*;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import io.semanticrouter.verify.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the cache sees for each labelled pair or conversation, for tools/verifier/pair_model_cv.py and
 * cross_encoder.py: the similarity it compares with its threshold (for a conversation, of the follow-up embedding the
 * router files the question under), the default LexicalHitVerifier's verdict (lex_ok), and that of the default
 * verifier with the bundled pair head behind it (verifier_ok: the rules, or the head's second chance for a pair they
 * refuse). Conversations go through a whole router whose verifier records the candidate (and both embeddings) and
 * accepts it, at a cache threshold of 0.05, so every candidate is seen; served or not is decided later.
 * A source-file program, run with the router-eval class path (after bin/router-eval has built it once):
 *
 *   CP="router-eval/target/classes:$(cat router-eval/target/classpath.txt)"
 *   java -cp "$CP" tools/verifier/DumpCandidates.java pairs|convs IN.jsonl OUT.jsonl
 */
public class DumpCandidates {
    static final ObjectMapper M = new ObjectMapper();
    public static void main(String[] args) throws Exception {
        String mode = args[0]; Path in = Path.of(args[1]); Path out = Path.of(args[2]);
        LexicalHitVerifier lex = LexicalHitVerifier.defaults();
        HitVerifier full = PairHeadHitVerifier.of(lex, PairHead.bundled("all-minilm-l6-v2"));
        List<String> lines = new ArrayList<>();
        try (OnnxEmbedder model = OnnxEmbedder.builder().embeddingCacheSize(0).build()) {
            for (String line : Files.readAllLines(in)) {
                if (line.isBlank()) continue;
                JsonNode n = M.readTree(line);
                ObjectNode o = M.createObjectNode();
                if (mode.equals("pairs")) {
                    String a = n.get("a").asText(), b = n.get("b").asText();
                    o.put("a", a); o.put("b", b); o.put("label", n.get("label").asInt());
                    o.put("kind", n.has("kind") ? n.get("kind").asText() : "");
                    Embedding ea = model.embed(a), eb = model.embed(b);
                    o.put("sim", ea.cosine(eb));
                    o.put("lex_ok", lex.verify(a, b).accepted());
                    o.put("verifier_ok", full.verify(a, ea, b, eb).accepted());
                    StringBuilder r = new StringBuilder();
                    for (Verdict v : lex.explain(a, b)) r.append(v.rule()).append(' ');
                    o.put("rules", r.toString().trim());
                } else {
                    List<ChatMessage> cached = msgs(n.get("cached")), query = msgs(n.get("query"));
                    String[] seen = new String[2];
                    Embedding[] seenE = new Embedding[2];
                    HitVerifier rec = new HitVerifier() {
                        public Verdict verify(String c, String q) { seen[0] = c; seen[1] = q; return Verdict.accept(); }
                        public Verdict verify(String c, Embedding ce, String q, Embedding qe) {
                            seenE[0] = ce; seenE[1] = qe; return verify(c, q);
                        }
                    };
                    try (InMemorySemanticCache cache = InMemorySemanticCache.builder().similarityThreshold(0.05).build()) {
                        SemanticRouter router = SemanticRouter.builder().embedder(model).cache(cache)
                                .model("model", new Numbering()).hitVerifier(rec).build();
                        RoutedResponse r0 = router.route(cached);
                        RoutedResponse r1 = router.route(query);
                        o.put("a", last(cached)); o.put("b", last(query));
                        o.put("label", n.get("same_answer").asBoolean() ? 1 : 0);
                        o.put("kind", n.has("kind") ? n.get("kind").asText() : "");
                        o.put("candidate", seen[0] != null);
                        o.put("sim", r1.cache().similarity());
                        o.put("lex_ok", seen[0] != null && lex.verify(seen[0], seen[1]).accepted());
                        o.put("verifier_ok", seen[0] != null
                                && full.verify(seen[0], seenE[0], seen[1], seenE[1]).accepted());
                        o.put("ctx_user", cached.size() >= 3 && cached.get(cached.size() - 3) instanceof UserMessage u ? u.singleText() : "");
                        o.put("ctx_answer", cached.size() >= 2 && cached.get(cached.size() - 2) instanceof AiMessage m ? m.text() : "");
                        o.put("reason", r1.cache().reason());
                    }
                }
                lines.add(M.writeValueAsString(o));
            }
        }
        Files.write(out, lines);
    }
    static String last(List<ChatMessage> ms) { return ((UserMessage) ms.get(ms.size() - 1)).singleText(); }
    static List<ChatMessage> msgs(JsonNode arr) {
        List<ChatMessage> out = new ArrayList<>();
        for (JsonNode m : arr) {
            String c = m.get("content").asText();
            switch (m.get("role").asText()) {
                case "system" -> out.add(SystemMessage.from(c));
                case "user" -> out.add(UserMessage.from(c));
                default -> out.add(AiMessage.from(c));
            }
        }
        return out;
    }
    static final class Numbering implements ChatModel {
        final AtomicInteger calls = new AtomicInteger();
        public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from("answer #" + calls.incrementAndGet()))
                    .finishReason(FinishReason.STOP).build();
        }
    }
}
