package io.semanticrouter.examples;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two router instances (think: two pods of one service) sharing one semantic cache on Milvus: what one
 * instance learned, the other serves.
 *
 * <pre>
 * pip install milvus-lite &amp;&amp; milvus-lite server --data-dir /tmp/milvus --port 19530 &amp;
 * mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.semanticrouter.examples.SharedMilvusCacheExample \
 *     [-Dexec.args="http://127.0.0.1:19530"]
 * </pre>
 */
public final class SharedMilvusCacheExample {

    /** Who asks what, in order: instance A, then B with a paraphrase, and the other way round. */
    public static final List<String[]> CONVERSATION = List.of(
            new String[] {"A", "What are the main renewable energy sources?"},
            new String[] {"B", "Which renewable energy sources matter most?"},
            new String[] {"B", "How do I sort a map by its values in Java?"},
            new String[] {"A", "In Java, how can I sort a map by value?"});

    private SharedMilvusCacheExample() {
    }

    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : System.getenv().getOrDefault("MILVUS_URI", "http://127.0.0.1:19530");
        run(System.out, uri, "shared_cache_example", DemoModels.fromEnvironment(Duration.ofMillis(300)));
    }

    /**
     * Runs the conversation against the server at {@code uri}, storing in {@code collection}; returns the
     * responses in order.
     */
    public static List<RoutedResponse> run(PrintStream out, String uri, String collection, Map<String, ChatModel> models) {
        MilvusCacheConfig config = MilvusCacheConfig.builder()
                .connection(MilvusCacheConfig.Connection.builder().uri(uri).build())
                .collection(MilvusCacheConfig.Collection.builder().name(collection).dimension(384).build())
                .build();
        try (OnnxEmbedder embedder = OnnxEmbedder.allMiniLmL6V2();
             MilvusSemanticCache cacheA = MilvusSemanticCache.builder().config(config).similarityThreshold(0.8)
                     .ttl(Duration.ofHours(1)).build();
             MilvusSemanticCache cacheB = MilvusSemanticCache.builder().config(config).similarityThreshold(0.8)
                     .ttl(Duration.ofHours(1)).build()) {
            cacheA.initialize(); // fail fast on a wrong address instead of serving misses
            cacheB.initialize();
            SemanticRouter a = DemoRouter.build(embedder, cacheA, models);
            SemanticRouter b = DemoRouter.build(embedder, cacheB, models);
            out.println("Two router instances, one Milvus collection '" + collection + "' at " + uri);

            List<RoutedResponse> responses = new ArrayList<>();
            for (String[] turn : CONVERSATION) {
                boolean onA = turn[0].equals("A");
                RoutedResponse r = (onA ? a : b).route(List.of(UserMessage.from(turn[1])));
                responses.add(r);
                out.printf(Locale.ROOT, "instance %s: %s%n   -> %s via %s, cache %s%s, %.1f ms%n", turn[0], turn[1],
                        r.text(), r.model(), r.cache().status(),
                        r.cacheHit() ? String.format(Locale.ROOT, " (similarity %.3f to \"%s\")",
                                r.cache().similarity(), r.cache().matchedQuery()) : "",
                        r.timings().total().toNanos() / 1e6);
                // stores are asynchronous; make this one visible before the other instance asks
                (onA ? cacheA : cacheB).awaitPendingWrites(Duration.ofSeconds(10));
            }
            return responses;
        }
    }
}
